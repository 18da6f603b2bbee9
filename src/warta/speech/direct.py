"""Direct quotes: quoted words with the attribution next to them.

A quotation is a quote when an attribution stands after it ('," kata Amran', '," Smith said'),
before it ('Arif mengatakan: “'), or when it fills its paragraph, continuing the last speaker.
A quotation with none of these is a scare quote, a programme name or a title, and is dropped.
Quotes over several paragraphs (an unclosed opening continued by a paragraph that opens with a
mark) and quotes split by their attribution ('"...," ujar X. "..."') become one quote each.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from warta.records import QuoteKind
from warta.speech.grammar import (
    END,
    MASK,
    START,
    STOPS,
    TEXT,
    TOK_START,
    WORD,
    Grammar,
    Tok,
    View,
    Views,
    capital,
    content_span,
    sentence_at,
)
from warta.speech.marks import Marked
from warta.speech.speakers import Mention, MentionKind, after_verb, pronoun, subject

#: A numeric date in an attribution, as Indonesian outlets write it: "Rabu (31/7/2024)".
_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
#: How many tokens may stand before the verb in an attribution after a quote ("the 35-year-old
#: mother of two said"): more, and the words are a sentence of their own.
_SUBJECT_WINDOW = 8
#: ... and how many when they are a name with its role ("Jochen Weber, a spokesperson for
#: Germany's development ministry, told DW").
_NAMED_SUBJECT_WINDOW = 16
#: The fewest words a quote alone in its paragraph needs to be taken as the last speaker's.
_MIN_ALONE_WORDS = 4
#: How many tokens before a quote are read for an attribution that introduces it.
_REACH = 64
#: What ends a quoted clause before an attribution: '," kata', '." he said', '?" she asked'.
_CLAUSE_END = ",.?!…"


class Attribution(NamedTuple):
    """Who said it and how: `mention` None means a quote standing alone, the last speaker's.
    (Named tuples here and in `Found`: every quote makes one, and they are cheap to build.)"""

    mention: Mention | None
    cue: str | None
    date: dt.date | None
    paragraph: int
    at: int
    region: tuple[int, int]


class Found(NamedTuple):
    """A quote before speaker resolution: its pieces as (paragraph, start, end)."""

    kind: QuoteKind
    parts: tuple[tuple[int, int, int], ...]
    attribution: Attribution


def find_direct(
    views: Views, marks: list[list[Marked]], gram: Grammar
) -> Iterator[tuple[int, Attribution | None, Found | None]]:
    """Direct quotes, one group of quotations at a time, in reading order: the paragraph the
    group starts in, its attribution (so reported speech skips its region) and its quote.
    A generator, so that the caller reads paragraphs as the groups pass them and holds the
    views of only the few paragraphs in between."""
    raws = [(p, m) for p, ms in enumerate(marks) for m in ms]
    i = 0
    while i < len(raws):
        group, attribution, i = _group(raws, i, views, gram)
        if attribution is None:
            attribution = _before(views[group[0][0]], group[0][1], gram)
        if attribution is None and _alone(views, group):
            p, m = group[0]
            attribution = Attribution(None, None, None, p, m.start, (m.start, m.start))
        if attribution is None:
            yield group[0][0], None, None
            continue
        parts = tuple((p, m.start, m.end) for p, m in group if m.end > m.start)
        quote = Found(QuoteKind.DIRECT, parts, attribution) if parts else None
        yield group[0][0], attribution, quote
        then = continuation(views[attribution.paragraph], attribution, gram)
        if then is not None:
            yield group[0][0], None, then


def _group(
    raws: list[tuple[int, Marked]], i: int, views: Views, gram: Grammar
) -> tuple[list[tuple[int, Marked]], Attribution | None, int]:
    """The quotations from `i` that make one quote, its attribution after, and the next index."""
    group = [raws[i]]
    attribution: Attribution | None = None
    j = i + 1
    while True:
        p, m = group[-1]
        nxt = raws[j] if j < len(raws) else None
        if m.close is None:
            if nxt and nxt[0] == p + 1 and nxt[1].open <= views[nxt[0]].first:
                group.append(nxt)
                j += 1
                continue
            break
        v = views[p]
        cap = nxt[1].open if nxt and nxt[0] == p else len(v.text)
        tail = _after(v, m, cap, gram)
        if tail is None:
            break
        if attribution is None:
            attribution = tail
            if nxt and nxt[0] == p and not v.text[tail.region[1] : nxt[1].open].strip():
                after_next = (
                    raws[j + 1][1].open if j + 1 < len(raws) and raws[j + 1][0] == p else None
                )
                cap2 = after_next if after_next is not None else len(v.text)
                if nxt[1].close is None or _after(v, nxt[1], cap2, gram) is None:
                    group.append(nxt)
                    j += 1
                    continue
        break
    return group, attribution, j


def _alone(views: Views, group: list[tuple[int, Marked]]) -> bool:
    (p0, first), (p1, last) = group[0], group[-1]
    if first.open > views[p0].first or last.region[1] < views[p1].last:
        return False
    words = sum(len(views[p].text[m.start : m.end].split()) for p, m in group)
    return words >= _MIN_ALONE_WORDS


def _words_in(v: View, start: int, end: int) -> list[Tok]:
    return v.between(start, end)


def _after(v: View, m: Marked, cap: int, gram: Grammar) -> Attribution | None:
    """The attribution right after a closing mark, up to the end of its sentence."""
    assert m.close is not None
    begin = m.close + 1
    _, end = sentence_at(v.bounds, begin)
    end = min(max(end, begin), cap)
    toks = _words_in(v, begin, end)
    while toks and toks[0][TEXT] in ",;:":
        toks = toks[1:]
    if not toks:
        return None
    mention, cue = _read_after(v, toks, gram, _ends_clause(v.text, m))
    if cue is None:
        return None
    # '," Hayashida said, adding that ...': the attribution ends at the comma, and what follows
    # is reported speech of its own (`_continuation`).
    end = next(
        (
            toks[k][START]
            for k in range(1, len(toks) - 1)
            if toks[k][TEXT] == "," and toks[k + 1][WORD] in gram.continuations
        ),
        end,
    )
    return Attribution(
        mention, cue, _date(v.text[begin:end], gram), v.paragraph, begin, (begin, end)
    )


def continuation(v: View, attribution: Attribution, gram: Grammar) -> Found | None:
    """Reported speech right after an attribution, by the same speaker: '," Hayashida said,
    adding that shares could swing ...' gives "shares could swing ..."; so does "..., but
    added that ..."."""
    if attribution.mention is None:
        return None
    start, end = attribution.region
    _, stop = sentence_at(v.bounds, start)
    # The five tokens from the attribution's end, not all to the sentence's: a sentence of many
    # quotes would be read again for each.
    lo = bisect_left(v.toks, end, key=TOK_START)
    toks = [t for t in v.toks[lo : lo + 5] if t[END] <= stop]
    if len(toks) > 3 and toks[1][WORD] in gram.clause_joiners and toks[2][WORD] in gram.reported:
        toks = toks[:1] + toks[2:]  # ", but added that ...": the verb is the cue
    elif len(toks) < 3 or toks[1][WORD] not in gram.continuations:
        return None
    if toks[0][TEXT] != ",":
        return None
    first = 3 if toks[2][WORD] in gram.complementizers else 2
    if first >= len(toks) or not toks[first][TEXT][0].isalnum():
        return None
    begin = toks[first][START]
    if v.masked.find(MASK, begin, stop) >= 0:
        return None  # 'said, adding, “...”': a quote of its own
    span = content_span(v.text, begin, stop)
    if span is None:
        return None
    cue = toks[1]
    said = attribution._replace(cue=cue[TEXT], at=cue[START], region=(end, stop))
    return Found(QuoteKind.INDIRECT, ((v.paragraph, *span),), said)


def _ends_clause(text: str, m: Marked) -> bool:
    """Whether the quotation ends a clause: a stop or a comma at its end, inside the closing
    mark or right after it ('siap,”', 'ready."', 'ready",'). Without one, the quoted words run
    on into the sentence ('"climate-resilient" reef tours, say ...')."""
    assert m.close is not None
    return (
        (m.end > m.start and text[m.end - 1] in _CLAUSE_END)
        or any(c in _CLAUSE_END for c in text[m.end : m.close])
        or text[m.close + 1 : m.close + 2] in (",", ".")
    )


def _read_after(
    v: View, toks: list[Tok], gram: Grammar, closed: bool
) -> tuple[Mention | None, str | None]:
    """The speaker and cue of an attribution after a quote: a verb first ('," kata Budi',
    '," said Budi') or, after a quote that ends a clause (`closed`), a subject first ('," Budi
    said')."""
    form = gram.verb_form(toks[0])
    if form is not None and capital(toks[0]) and not _ends_sentence_inside(v.text, toks[0]):
        # 'Koperasi „Sumber Rejeki” Tutur, ...': a capital inside the sentence is a name (the
        # district of Tutur), not the verb "tutur".
        form = None
    if form is not None:
        verb, by_pronoun = form
        if by_pronoun:
            return pronoun("-" + toks[0][WORD][len(verb) :]), toks[0][TEXT].rstrip(".")
        mention = after_verb(v.text, toks[1:], gram)
        if mention is None and verb in gram.reported:
            # '... buku “Politik Beras”, mengatakan cadangan ...': a verb of reported speech
            # with no speaker after it has its subject before the quote, which is a title.
            return None, None
        return mention, toks[0][TEXT].rstrip(".")
    for k, tok in enumerate(toks[:_NAMED_SUBJECT_WINDOW]):
        if k and tok[WORD] in gram.verbs:
            if not closed:
                # '"climate-resilient" reef tours, say ...', '"growing fast" and affects ...,
                # Noem said': the quoted words run on into a sentence, which is reported speech.
                return None, None
            mention = subject(v.text, toks[:k], gram)
            if mention is None and toks[k - 1][WORD] in gram.documents:
                # '...,” the statement said.': a body's written words, by no one named (not the
                # last speaker's, which a quote without a speaker would be).
                words = v.text[toks[0][START] : toks[k - 1][END]]
                return Mention(MentionKind.UNNAMED, words), tok[TEXT].rstrip(".")
            if k >= _SUBJECT_WINDOW and (mention is None or mention.kind is MentionKind.PRONOUN):
                # A sentence of its own, unless someone named or described with a role ("a
                # spokesperson for Spain's health ministry said").
                return None, None
            return mention, tok[TEXT].rstrip(".")
    return None, None


def _ends_sentence_inside(text: str, tok: Tok) -> bool:
    """Whether the quote before `tok` ended its sentence ('... siap.” Kata dia ...')."""
    before = text[: tok[START]].rstrip()
    return len(before) > 1 and before[-2] in STOPS


def _before(v: View, m: Marked, gram: Grammar) -> Attribution | None:
    """An attribution that introduces the quote: 'Arif mengatakan: “...', 'Ramos told a news
    conference: “...'."""
    start, _ = sentence_at(v.bounds, m.open)
    # The last `_REACH` tokens before the quote: a sentence of many quotes would otherwise be
    # read from its start for each.
    hi = bisect_left(v.toks, m.open, key=TOK_START)
    lo = bisect_left(v.toks, start, lo=max(0, hi - _REACH), hi=hi, key=TOK_START)
    toks = v.toks[lo:hi]
    if len(toks) < 2 or toks[-1][TEXT] not in ",:":
        return None
    for k in range(len(toks) - 2, -1, -1):
        tok = toks[k]
        if tok[WORD] in gram.verbs or tok[WORD] in gram.reported:
            head = _strip_adverbs(toks[:k], gram)
            mention = subject(v.text, head, gram)
            if mention is None:
                return None
            if len(toks) > 2 and toks[-3][TEXT] == "," and toks[-2][WORD] in gram.continuations:
                # 'X said A, adding: “...': the quote's cue is "adding"; "said A" is left to
                # be read as reported speech.
                tok, start = toks[-2], toks[-3][START]
            return Attribution(mention, tok[TEXT], None, v.paragraph, tok[START], (start, m.open))
    return None


def _strip_adverbs(toks: list[Tok], gram: Grammar) -> list[Tok]:
    """Drop the adverbs between a speaker and the verb ("Amran juga menambahkan")."""
    while len(toks) > 1:
        n = gram.adverbs.ending_at(toks)
        if not n or n >= len(toks):
            break
        toks = toks[:-n]
    return toks


def _date(text: str, gram: Grammar) -> dt.date | None:
    match = _DATE.search(text)
    if match is None:
        return None
    a, b, year = (int(g) for g in match.groups())
    day, month = (a, b) if gram.day_first else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:  # "31/2/2024": not a date, so the attribution carries none
        return None
