"""The shape of a line of text: length, sentence ending, stopword density (after jusText).

Computed once per block and handed to both classification phases, so no rule measures a line twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.blocks import Block
from warta.lang.schema import Lexicon

__all__ = ["Shape", "shape_of"]

# A sentence ends with a stop, possibly inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)\]]{0,3}$")
_WORD = re.compile(r"[^\W\d_]+")
# Scripts written without spaces (CJK) hold about two characters a word.
_CHARS_PER_WORD_NO_SPACES = 2
_MAX_WORD_CHARS = 20


@dataclass(frozen=True, slots=True)
class Shape:
    """Features of one line."""

    words: int  # whitespace-separated tokens
    size: int  # words, estimated from characters for scripts without spaces
    sentence: bool  # ends like a sentence
    stop_ratio: float  # share of the page language's stopwords among the words
    upper_start: bool  # starts with a capital letter, a digit or a quote
    letters: bool  # has any letter at all


def shape_of(block: Block, lex: Lexicon) -> Shape:
    """Measure a block's text.

    >>> from warta.lang import lexicon
    >>> s = shape_of(Block(index=0, text="Hujan deras turun di Jakarta sejak pagi."), lexicon("id"))
    >>> (s.words, s.sentence, round(s.stop_ratio, 2))
    (7, True, 0.14)
    """
    text = block.text
    tokens = text.split()
    words = len(tokens)
    size = words
    if words and len(text) / words > _MAX_WORD_CHARS:
        size = max(words, len(text) // _CHARS_PER_WORD_NO_SPACES)
    found = _WORD.findall(text.lower())
    stops = sum(1 for w in found if w in lex.stopwords)
    first = text[:1]
    return Shape(
        words=words,
        size=size,
        sentence=_SENTENCE_END.search(text) is not None,
        stop_ratio=stops / len(found) if found else 0.0,
        upper_start=first.isupper() or first.isdigit() or first in "\"“'‘(",
        letters=bool(found),
    )
