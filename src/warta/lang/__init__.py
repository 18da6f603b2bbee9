"""Per-language lexicons and language identification."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import import_module
from operator import methodcaller

from warta.lang import others
from warta.lang.schema import Lexicon

#: Languages with a lexicon, the first being the default.
LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "en"

_strip_punctuation = methodcaller("strip", ".,;:!?\"'()[]{}“”‘’«»/|-–—…•·*")
_PROSE_CHARS = 60
#: The fewest distinct function words of another language that tell it.
_MIN_OTHER = 3
#: About a thousand words of prose decide between languages as well as the whole page does.
_PROSE_SAMPLE = 6000
#: Words are counted this many characters at a time: a piece's words are made, counted and
#: dropped before the next piece's are (all the sample's words at once were the page's peak).
_PIECE = 500
#: A line of prose: longer than `_PROSE_CHARS`.
_PROSE_LINE = re.compile(f"^[^\\n]{{{_PROSE_CHARS + 1},}}", re.MULTILINE)


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language (ISO 639-1); unknown codes get the default language's.

    >>> lexicon("id").code
    'id'
    """
    base = _base(code)
    if base not in LANGUAGES:
        base = DEFAULT_LANGUAGE
    module = import_module(f"warta.lang.{base}")
    lex: Lexicon = module.LEXICON
    return lex


def has_lexicon(code: str | None) -> bool:
    """Whether warta has a lexicon for the language `code` (ISO 639-1, a region allowed).

    >>> has_lexicon("id"), has_lexicon("en-GB"), has_lexicon("pt")
    (True, True, False)
    """
    return code is not None and _base(code) in LANGUAGES


def _base(code: str) -> str:
    return code.lower().split("-")[0].split("_")[0]


@cache
def _stopwords() -> frozenset[str]:
    words = [lexicon(code).stopwords for code in LANGUAGES]
    return frozenset().union(*words, *others.STOPWORDS.values())


def identify(text: str, hint: str | None = None, sample: int = 20_000) -> str | None:
    """Guess the language of `text` by counting stopwords: among `LANGUAGES`, or one of the
    languages of `warta.lang.others` when its words outnumber theirs.

    Returns None when no lexicon's stopwords are seen; `hint` (e.g. `<html lang>`) breaks ties and
    stands when the text is too short to judge.

    >>> identify("Menurut dia, ini adalah yang terbaik untuk kami dan mereka.")
    'id'
    >>> identify("Segundo ele, a obra não foi concluída e os moradores estão sem água.")
    'pt'
    """
    counts, words = _stopword_counts(text, sample)
    # Count each stopword once per language, not each word of the page once per language.
    scores = {code: sum(counts[w] for w in lexicon(code).stopwords) for code in LANGUAGES}
    best = max(scores, key=lambda code: scores[code])
    hinted = _base(hint) if hint else None
    foreign = {code: sum(counts[w] for w in words_) for code, words_ in others.STOPWORDS.items()}
    other = max(foreign, key=lambda code: foreign[code])
    if foreign[other] > scores[best] and _distinct(counts, others.STOPWORDS[other]) >= _MIN_OTHER:
        # "para", "di" and "as" are Portuguese, Italian and English words too: a page whose own
        # function words outnumber ours, and are several (a Zulu "uma" is no Portuguese page),
        # is in a language we have no lexicon for.
        return hinted if hinted and hinted not in scores else other
    if hinted and hinted not in scores and scores[best] < 0.08 * words:
        return hinted  # a language we have no lexicon for, and the text does not contradict it
    if scores[best] < 3:
        return hinted or (best if scores[best] else None)
    if hinted in scores and scores[hinted] * 1.5 >= scores[best]:
        return hinted
    return best


def _distinct(counts: Counter[str], words: frozenset[str]) -> int:
    return sum(1 for word in words if counts[word])


def _stopword_counts(text: str, sample: int) -> tuple[Counter[str], int]:
    """How often each stopword of any lexicon is seen among the first `_PROSE_SAMPLE` characters
    of the prose lines of the head of `text` (its first `sample` characters; all of the head when
    it has none) joined by spaces, and how many words those characters hold: whitespace tokens,
    lowercased, their edge punctuation cut.

    Prose lines only (menus hold no stopwords, only time), as whitespace tokens: a word regex over
    the whole page took longer than the rest of ingest. The words of one piece (`_pieces`) at a
    time are made and counted: no list of the page's lines or of the sample's words is held.

    >>> _stopword_counts("Menu\\n" + "Ini adalah berita yang baik untuk kami, " * 2, 20_000)
    (Counter({'ini': 2, 'adalah': 2, 'yang': 2, 'untuk': 2, 'kami': 2}), 14)
    """
    stopword = _stopwords().__contains__
    counts: Counter[str] = Counter()
    words = 0
    for piece in _pieces(text, sample):
        tokens = piece.lower().split()
        words += len(tokens)
        counts.update(filter(stopword, map(_strip_punctuation, tokens)))
        del tokens  # not held while the next piece is made
    return counts, words


def _pieces(text: str, sample: int) -> Iterator[str]:
    """The sample in pieces of about `_PIECE` characters cut where no word is: the prose lines of
    the head (`text[:sample]`, read in place, not copied) joined by spaces up to `_PROSE_SAMPLE`
    characters, a long line cut at its spaces; the head's start if it has no prose line."""
    left = _PROSE_SAMPLE
    lines: list[str] = []
    size = 0
    for line in _PROSE_LINE.finditer(text, 0, sample):
        if left < _PROSE_SAMPLE:
            left -= 1  # the space joining it to the line before
        if left <= 0:
            break
        start, end = line.start(), line.end()
        left -= end - start
        if end - start > _PIECE:
            yield from _cut(text, start, min(end, end + left))
            continue
        lines.append(line.group() if left >= 0 else text[start : end + left])
        size += end - start
        if size >= _PIECE:
            yield " ".join(lines)
            lines, size = [], 0
    if lines:
        yield " ".join(lines)
    if left == _PROSE_SAMPLE:
        yield from _cut(text, 0, min(len(text), sample, _PROSE_SAMPLE))


def _cut(text: str, start: int, end: int) -> Iterator[str]:
    """`text[start:end]` in pieces of at most `_PIECE` characters, each ending after a space or
    line end (a piece without one runs to `end`)."""
    while end - start > _PIECE:
        cut = max(text.rfind(" ", start, start + _PIECE), text.rfind("\n", start, start + _PIECE))
        if cut <= start:
            break
        yield text[start : cut + 1]
        start = cut + 1
    yield text[start:end]
