"""Per-language lexicons and language identification."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import import_module
from operator import methodcaller

from warta.lang.schema import Lexicon

#: Languages with a lexicon, the first being the default.
LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "en"

_strip_punctuation = methodcaller("strip", ".,;:!?\"'()[]{}“”‘’«»/|-–—…•·*")
_PROSE_CHARS = 60
#: About a thousand words of prose decide between languages as well as the whole page does.
_PROSE_SAMPLE = 6000


@cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language (ISO 639-1); unknown codes get the default language's.

    >>> lexicon("id").code
    'id'
    """
    base = code.lower().split("-")[0].split("_")[0]
    if base not in LANGUAGES:
        base = DEFAULT_LANGUAGE
    module = import_module(f"warta.lang.{base}")
    lex: Lexicon = module.LEXICON
    return lex


def identify(text: str, hint: str | None = None, sample: int = 20_000) -> str | None:
    """Guess the language of `text` among `LANGUAGES` by counting stopwords.

    Returns None when no lexicon's stopwords are seen; `hint` (e.g. `<html lang>`) breaks ties and
    stands when the text is too short to judge.

    >>> identify("Menurut dia, ini adalah yang terbaik untuk kami dan mereka.")
    'id'
    """
    # Prose lines only (menus hold no stopwords, only time), as whitespace tokens with their edge
    # punctuation cut: a word regex over the whole page took longer than the rest of ingest.
    head = text[:sample]
    prose = " ".join(line for line in head.split("\n") if len(line) > _PROSE_CHARS) or head
    counts = Counter(map(_strip_punctuation, prose[:_PROSE_SAMPLE].lower().split()))
    words = counts.total()
    # Count each stopword once per language, not each word of the page once per language.
    scores = {code: sum(counts[w] for w in lexicon(code).stopwords) for code in LANGUAGES}
    best = max(scores, key=lambda code: scores[code])
    hinted = hint.lower().split("-")[0] if hint else None
    if hinted and hinted not in scores and scores[best] < 0.08 * words:
        return hinted  # a language we have no lexicon for, and the text does not contradict it
    if scores[best] < 3:
        return hinted or (best if scores[best] else None)
    if hinted in scores and scores[hinted] * 1.5 >= scores[best]:
        return hinted
    return best
