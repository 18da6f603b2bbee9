"""Changes: a metric moving between two figures of one sentence, or of two when the second
opens with "Sebelumnya"/"Previously".

Four shapes, tried in this order so a figure joins at most one change:

1. "dari X (pada tahun A) menjadi Y (pada tahun B)", "from X in A to Y in B": before, after.
2. "naik menjadi Y dari (sebelumnya) X", "rose to Y in 2023 from X": after, before.
3. "X, naik dari Y", "X, up from Y": after, before, the verb between them.
4. "... X. Sebelumnya, ... Y": after, before, across a sentence break.

The two figures must share a unit (both percentages, both rupiah ...). The direction comes from
the values; the verb, when there is one, is kept as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from warta.lang.regex import alternation
from warta.lang.schema import Lexicon, NumberWords
from warta.numbers.figures import Found
from warta.records import Change, Direction, Figure, Span

__all__ = ["change_patterns_for", "find_changes"]

_WORDS_BETWEEN = 6
_LOOK_BACK = 240
# A dateline opening the paragraph, "Bandung (ANTARA) - ", "JAKARTA, March 4 (Reuters) - ".
_DATELINE = re.compile(r"^.{0,70}?\s(?:--|-|–|—)\s")
_PARENS = re.compile(r"\([^()]*\)")
_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _ChangePatterns:
    from_end: re.Pattern[str]
    to_end: re.Pattern[str]
    to_between: re.Pattern[str]
    from_between: re.Pattern[str]
    verb_from_between: re.Pattern[str]
    previously_start: re.Pattern[str]
    verb: re.Pattern[str]
    sentence_break: re.Pattern[str]
    clause_break: re.Pattern[str]
    stops: frozenset[str]
    up: frozenset[str]
    down: frozenset[str]


def _w(words: tuple[str, ...]) -> str:
    return rf"(?<!\w)(?:{alternation(words) or '(?!)'})(?!\w)"


def change_patterns_for(lex: Lexicon) -> _ChangePatterns:
    """The cached change patterns of a lexicon's language, to look up once an article."""
    return _patterns(lex.numbers)


@cache
def _patterns(words: NumberWords) -> _ChangePatterns:
    i = re.IGNORECASE
    approx = rf"(?:{_w(words.approximate)}\s+)?"
    verbs = (*words.up_verbs, *words.down_verbs, *words.flat_verbs)
    gap = rf"(?:\s+[^\s.;]+){{0,{_WORDS_BETWEEN}}}?"
    previously = rf"(?:\s+{_w(words.previously)})?"
    return _ChangePatterns(
        from_end=re.compile(rf"{_w(words.change_from)}{previously}\s+{approx}$", i),
        to_end=re.compile(rf"{_w(words.change_to)}(?:\s+[^\W\d]+){{0,2}}?\s+{approx}$", i),
        to_between=re.compile(rf"^\s*,?{gap}\s+{_w(words.change_to)}\s+{approx}$", i),
        from_between=re.compile(
            rf"^\s*,?{gap}\s+{_w(words.change_from)}{previously}\s+{approx}$", i
        ),
        verb_from_between=re.compile(
            rf"^\s*,\s*(?P<verb>{_w(verbs)})\s+{_w(words.change_from)}[^.;]{{0,60}}$", i
        ),
        previously_start=re.compile(rf"\W*{_w(words.previously)}", i),
        verb=re.compile(_w(verbs), i),
        sentence_break=re.compile(r"[.!?;]\s+(?=[^\w\s]*[A-Z0-9])"),
        clause_break=re.compile(r"[,;:]\s"),
        stops=frozenset(
            w.lower() for w in (*words.metric_stops, *verbs, *words.change_from, *words.change_to)
        ),
        up=frozenset(words.up_verbs),
        down=frozenset(words.down_verbs),
    )


@dataclass(frozen=True)
class _Pair:
    before: int
    after: int
    anchor: int  # the metric and verb are read from the text before this offset
    verb: str | None = None


def find_changes(
    paragraph: str,
    found: list[Found],
    figures: list[Figure],
    lex: Lexicon,
    offset: int,
    pat: _ChangePatterns | None = None,
) -> list[Change]:
    """The changes of one paragraph, given its figures (`found` and `figures` in step).

    >>> from warta.lang import lexicon
    >>> from warta.numbers import find_figures
    >>> _, changes = find_figures(["Inflation fell from 5.2% in 2022 to 3.1% in 2023."],
    ...                           lexicon("en"))
    >>> changes[0].metric, changes[0].before.year, changes[0].after.value, changes[0].direction
    ('Inflation', 2022, 3.1, <Direction.DOWN: 'down'>)
    """
    if len(found) < 2:
        return []
    pat = pat or _patterns(lex.numbers)
    pairs: list[_Pair] = []
    used: set[int] = set()
    starts = [0, *(m.end() for m in pat.sentence_break.finditer(paragraph))]
    neighbours = _neighbours(paragraph, found)
    candidates = [
        *_forward(paragraph, found, pat, neighbours),
        *_reversed(paragraph, found, pat, neighbours),
        *_verb_between(found, pat, [n for n in neighbours if _same_unit(found, n)]),
        *_previously(paragraph, found, pat, starts),
    ]
    for pair in candidates:
        if pair.before not in used and pair.after not in used:
            used |= {pair.before, pair.after}
            pairs.append(pair)
    pairs.sort(key=lambda p: min(p.before, p.after))
    return [_change(paragraph, p, found, figures, pat, offset, starts) for p in pairs]


#: Two figures' indices and the words between them.
_Neighbours = tuple[int, int, str]


def _neighbours(paragraph: str, found: list[Found]) -> list[_Neighbours]:
    """Pairs of figures of one unit with only words between them, brackets removed; a figure in
    brackets may sit between ("Rp 20.892 triliun ($1,33 triliun) ..."). A figure without a unit
    may share the other's ("dari 10 menjadi 15 persen", "to 193.5 million tons from 161.9")."""
    pairs = []
    for i in range(len(found) - 1):
        for j in range(i + 1, min(i + 3, len(found))):
            between = paragraph[found[i].tail : found[j].start]
            between = _PARENS.sub(" ", between) if "(" in between else between
            if j == i + 2 and _DIGIT.search(between):
                break  # the figure between is not in brackets
            if None in (found[i].unit, found[j].unit) or found[i].unit == found[j].unit:
                pairs.append((i, j, between))
    return pairs


def _same_unit(found: list[Found], pair: _Neighbours) -> bool:
    return found[pair[0]].unit == found[pair[1]].unit


def _forward(
    paragraph: str, found: list[Found], pat: _ChangePatterns, neighbours: list[_Neighbours]
) -> list[_Pair]:
    """'dari X menjadi Y': the first figure is the value before."""
    return _opened(paragraph, found, pat.from_end, pat.to_between, neighbours, first_is_before=True)


def _reversed(
    paragraph: str, found: list[Found], pat: _ChangePatterns, neighbours: list[_Neighbours]
) -> list[_Pair]:
    """'rose to Y from X': the first figure is the value after."""
    return _opened(
        paragraph, found, pat.to_end, pat.from_between, neighbours, first_is_before=False
    )


def _opened(
    paragraph: str,
    found: list[Found],
    opening: re.Pattern[str],
    between: re.Pattern[str],
    neighbours: list[_Neighbours],
    *,
    first_is_before: bool,
) -> list[_Pair]:
    # Two neighbouring figures, the first opened by its connector ("dari", "to") and the gap
    # between them the other connector ("menjadi", "from").
    pairs = []
    opened: re.Match[str] | None = None
    last = -1
    for i, j, gap in neighbours:
        if i != last:  # a figure opens up to two pairs: read its left side once
            opened = opening.search(paragraph[max(0, found[i].start - 40) : found[i].start])
            last = i
        if opened and between.match(gap):
            anchor = found[i].start - (len(opened.string) - opened.start())
            before, after = (i, j) if first_is_before else (j, i)
            pairs.append(_Pair(before=before, after=after, anchor=anchor))
    return pairs


def _verb_between(
    found: list[Found], pat: _ChangePatterns, neighbours: list[_Neighbours]
) -> list[_Pair]:
    pairs = []
    for i, j, between in neighbours:
        # The verb follows a comma opening the gap: most gaps have none, and a test is cheaper.
        verb = pat.verb_from_between.match(between) if between.lstrip()[:1] == "," else None
        if verb:
            pairs.append(_Pair(before=j, after=i, anchor=found[i].start, verb=verb.group("verb")))
    return pairs


def _previously(
    paragraph: str, found: list[Found], pat: _ChangePatterns, starts: list[int]
) -> list[_Pair]:
    """ "... tercatat 1,2 juta ton. Sebelumnya, stok beras ... hanya 800 ribu ton." """
    pairs = []
    for j in range(1, len(found)):
        start = _sentence_start(paragraph, found[j].start, starts)
        a, b = found[j - 1], found[j]
        if not pat.previously_start.match(paragraph, start):
            continue
        same_sentence = _sentence_start(paragraph, a.start, starts) == _sentence_start(
            paragraph, start - 1, starts
        )
        if a.tail <= start and a.unit == b.unit and same_sentence:
            pairs.append(_Pair(before=j, after=j - 1, anchor=a.start))
    return pairs


def _sentence_start(text: str, at: int, starts: list[int]) -> int:
    start = starts[bisect_right(starts, at) - 1]
    if start == 0 and (dateline := _DATELINE.match(text)) and dateline.end() <= at:
        start = dateline.end()
    return start


def _change(
    paragraph: str,
    pair: _Pair,
    found: list[Found],
    figures: list[Figure],
    pat: _ChangePatterns,
    offset: int,
    starts: list[int],
) -> Change:
    before, after = figures[pair.before], figures[pair.after]
    # Metric, subject and verb sit within a clause or two of the figures; a bounded look-back
    # keeps a paragraph with thousands of figures and no full stop linear.
    sentence = max(_sentence_start(paragraph, pair.anchor, starts), pair.anchor - _LOOK_BACK)
    verb = pair.verb
    metric, subject, start = _metric(paragraph, sentence, pair.anchor, pat)
    if verb is None:
        verbs = list(pat.verb.finditer(paragraph, sentence, pair.anchor))
        verb = verbs[-1].group() if verbs else None
    end = max(found[pair.before].end, found[pair.after].end)
    return Change(
        metric=metric,
        subject=subject,
        before=before,
        after=after,
        direction=_direction(before.value, after.value),
        verb=verb,
        span=Span(
            start=offset + min(start, found[pair.before].start, found[pair.after].start),
            end=offset + end,
        ),
    )


def _direction(before: float, after: float) -> Direction:
    if after > before:
        return Direction.UP
    return Direction.DOWN if after < before else Direction.FLAT


def _metric(
    paragraph: str, sentence: int, anchor: int, pat: _ChangePatterns
) -> tuple[str | None, str | None, int]:
    """The metric's name, the subject when named, and where the metric starts.

    "Kabupaten Sumedang ... menurunkan angka stunting dari": the verb's object is the metric and
    the capitalised name opening the clause the subject. "Indeks e-Gov meningkat dari": no object,
    so the metric is the noun phrase opening the clause.
    """
    verbs = list(pat.verb.finditer(paragraph, sentence, anchor))
    if verbs:
        obj = paragraph[verbs[-1].end() : anchor].strip(" ,")
        words = _TOKEN.findall(obj)
        if 0 < len(words) <= _WORDS_BETWEEN and not re.search(r"\d", obj):
            clause = _clause_start(paragraph, sentence, verbs[-1].start(), pat)
            subject = _capitalised(paragraph[clause : verbs[-1].start()])
            return " ".join(words), subject, clause
    limit = verbs[-1].start() if verbs else anchor
    clause = _clause_start(paragraph, sentence, limit, pat)
    return _leading_phrase(paragraph[clause:anchor], pat), None, clause


def _clause_start(paragraph: str, sentence: int, limit: int, pat: _ChangePatterns) -> int:
    start = sentence
    for found in pat.clause_break.finditer(paragraph, sentence, limit):
        start = found.end()
    return start


def _leading_phrase(clause: str, pat: _ChangePatterns) -> str | None:
    words: list[str] = []
    for token in _TOKEN.findall(clause):
        if token.lower() in pat.stops or re.search(r"\d", token) or len(words) == _WORDS_BETWEEN:
            break
        words.append(token)
    return " ".join(words) or None


def _capitalised(clause: str) -> str | None:
    words: list[str] = []
    for token in _TOKEN.findall(clause):
        if not token[:1].isupper():
            break
        words.append(token)
    return " ".join(words) or None
