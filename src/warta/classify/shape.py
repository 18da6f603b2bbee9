"""The shape of a line of text (length, sentence ending, stopword density, after jusText), and the
verdict the classification phases pass between them.

Both are computed once per block and handed along, so no rule measures a line twice. They are
tuples, not dataclasses, and blocks are only rebuilt once at the end: building a frozen dataclass
per line per phase dominated classification time on pages of many short lines.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warta.blocks import Block, Label
from warta.blocks.model import labelled
from warta.blocks.spaces import pieces, word_count
from warta.fields.people import SIGN_OFF_CODES, closing_writers
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

__all__ = ["Shape", "Verdict", "relabel", "shape_of"]

# A sentence ends with a stop, possibly inside closing quotes or brackets.
_STOPS = frozenset(".!?。！？…")
_CLOSERS = "'\"”’»)]"
# A stop, then the writer's and editor's initials closing the story ("... katanya. (wk/em)",
# "(ikh/b)", Rakyat Merdeka's "[HES]"), or Tribun's end mark ("... pekan depan. (*)").
_SIGNED_OFF = re.compile(
    rf"[.!?…][\"”’']?\s?(?:\((?:\*|{SIGN_OFF_CODES})\)|\[(?:[A-Z]{{2,5}}|[a-z]{{2,6}})\])$"
)
# A stop, then an outlet's mark of two or three capitals: "... she said. DM".
_MARKED = re.compile(r"[.!?…][\"”’']?\s[A-Z]{2,3}$")
# A dash near the end of a line, which a writer named after the last paragraph needs.
_TAIL_DASH = re.compile(r"[—–]|\s-")
_TAIL_CHARS = 60
#: Words of a last paragraph with a writer named after its dash, at least.
_MIN_CLOSED_WORDS = 8
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Scripts written without spaces (CJK) hold about two characters a word.
_CHARS_PER_WORD_NO_SPACES = 2
_MAX_WORD_CHARS = 20
_MEASURED_WORDS = 10


class Shape(NamedTuple):
    """Features of one line."""

    words: int  # whitespace-separated tokens
    size: int  # words, estimated from characters for scripts without spaces
    sentence: bool  # ends like a sentence
    #: Share of the page language's stopwords among the words; only measured on lines long enough
    #: to be body (0.0 on shorter ones), since no rule asks it of a short line.
    stop_ratio: float
    upper_start: bool  # starts with a capital letter, a digit or a quote
    letters: bool  # has any letter at all
    digits: bool  # has any digit


class Verdict(NamedTuple):
    """A block's label so far, its boilerplate kind, and the rule that gave it."""

    label: Label
    kind: BoilerplateKind | None = None
    reason: str = ""


UNDECIDED = Verdict(Label.UNKNOWN)
#: A block longer than this is not a paragraph of any story: a megabyte "paragraph" is junk or
#: an attack. It is not measured (each measure would copy it, a few bytes per byte each) and is
#: boilerplate whatever it says.
MAX_PARAGRAPH_CHARS = 50_000
TOO_LONG = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "too long")
#: Characters a word takes, with its space, in the estimate of a too long block's words.
_CHARS_PER_WORD = 6


def shape_of(block: Block, lex: Lexicon) -> Shape:
    """Measure a block's text.

    >>> from warta.lang import lexicon
    >>> text = "Hujan deras turun di Jakarta sejak pagi dan siang, kata petugas."
    >>> s = shape_of(Block(index=0, text=text), lexicon("id"))
    >>> (s.words, s.sentence, round(s.stop_ratio, 2))
    (11, True, 0.27)
    """
    text = block.text
    if len(text) > MAX_PARAGRAPH_CHARS:
        estimate = len(text) // _CHARS_PER_WORD
        return Shape(estimate, estimate, False, 0.0, False, True, False)
    words = word_count(text)
    size = words
    if words and len(text) / words > _MAX_WORD_CHARS:
        size = max(words, len(text) // _CHARS_PER_WORD_NO_SPACES)
    ratio = 0.0
    if size >= _MEASURED_WORDS:
        # Whitespace tokens, not a word regex: a stopword with a comma attached is missed, which
        # costs a little precision and saves most of the time this function took.
        # A piece at a time: a block that is one enormous line holds a piece's words at once.
        stop = lex.stopwords.__contains__
        ratio = sum(sum(map(stop, piece.lower().split())) for piece in pieces(text)) / words
    first = text[:1]
    return Shape(
        words=words,
        size=size,
        sentence=text.rstrip(_CLOSERS)[-1:] in _STOPS
        or (text[-1:] in ")]" and _signed_off(text))
        # "... “What else can I do?” DM": the outlet's mark closing its story (Daily Maverick).
        or (words >= _MIN_CLOSED_WORDS and text[-1:].isupper() and _marked(text))
        # "... on Oct. 9. — with Ann Lee": the last paragraph, a writer named after it
        or (
            words >= _MIN_CLOSED_WORDS
            and text[-1:].isalpha()
            and _TAIL_DASH.search(text, max(0, len(text) - _TAIL_CHARS)) is not None
            and bool(closing_writers(text, lex))
        ),
        stop_ratio=ratio,
        upper_start=first.isupper() or first.isdigit() or first in "\"“'‘(",
        letters=_LETTER.search(text) is not None,
        digits=_DIGIT.search(text) is not None,
    )


def relabel(block: Block, verdict: Verdict) -> Block:
    """`block` with the verdict's label (`dataclasses.replace` without its field introspection)."""
    return labelled(block, verdict.label, verdict.kind, verdict.reason)


def _marked(text: str) -> bool:
    return _MARKED.search(text, max(0, len(text) - 8)) is not None


def _signed_off(text: str) -> bool:
    """Whether a line ends with a sentence and then initials in brackets, as Indonesian outlets
    close a story's last paragraph: "... katanya. (wk/em)", "... pekan depan. (ant)", "(*)".

    >>> _signed_off("Warga bertahan, katanya. (wk/em)"), _signed_off("Rapat ditunda (lihat foto)")
    (True, False)
    """
    closed = text.endswith((")", "]"))
    return closed and _SIGNED_OFF.search(text, max(0, len(text) - 40)) is not None
