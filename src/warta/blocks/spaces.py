"""Whitespace work on a block's text in bounded memory.

Splitting a text into words makes a string of about fifty bytes a word: ten bytes and more per
byte of a long text. A block that is one enormous line (a hostile page, a dump) is read in
pieces cut at whitespace instead, so that what is held at once is a piece's words, not the
text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["collapse", "lower", "pieces", "windows", "word_count"]

#: How long a piece is, at least (it runs on to the next whitespace).
PIECE = 8192
_SPACE = re.compile(r"\s")


def pieces(text: str, size: int = PIECE) -> Iterator[str]:
    """`text` in consecutive pieces of `size` characters or a little more, each cut before a
    whitespace character, so that no word is cut (a word longer than a piece is one piece).

    >>> list(pieces("ab cd ef", 2))
    ['ab', ' cd', ' ef']
    """
    if len(text) <= size:
        yield text
        return
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + size)
        end = space.start() if space else len(text)
        yield text[start:end]
        start = end


def collapse(text: str) -> str:
    """`text` with its whitespace runs made one space and its ends stripped: what
    `" ".join(text.split())` gives, without holding every word of a long text at once.

    >>> collapse("  Isi   berita.\\t ")
    'Isi berita.'
    """
    if len(text) <= PIECE:
        return " ".join(text.split())
    return " ".join(filter(None, (" ".join(piece.split()) for piece in pieces(text))))


def lower(text: str) -> str:
    """`text.lower()`, a piece at a time when it is long and not ASCII: CPython lowercases such a
    text in a buffer of twelve bytes a character.

    >>> lower("ÖL " * 5000) == ("ÖL " * 5000).lower()
    True
    """
    if len(text) <= PIECE or text.isascii():
        return text.lower()
    return "".join(piece.lower() for piece in pieces(text))


#: Every byte but a to z, as a space.
_NOT_A_TO_Z = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))


def a_to_z(lowered: str) -> str:
    """A lowercased text with every character but a to z made a space, in C (by way of bytes,
    a character outside ASCII as "?"): its runs of a to z, split in bulk by `str.split`.

    >>> a_to_z("jalan-jalan ke café, 2024").split()
    ['jalan', 'jalan', 'ke', 'caf']
    """
    return lowered.encode("ascii", "replace").translate(_NOT_A_TO_Z).decode("ascii")


def word_count(text: str) -> int:
    """How many whitespace-separated words `text` holds: `len(text.split())`, in pieces."""
    return sum(len(piece.split()) for piece in pieces(text))


#: How long a paragraph a stage reads at once (quotes, figures): longer ones, which prose hardly
#: has, are read a window of about this many characters at a time, cut at a sentence's end.
WINDOW = 4096
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def windows(text: str, size: int = WINDOW) -> Iterator[tuple[int, str]]:
    """`text` as (offset, window) pairs of about `size` characters, each cut after a sentence's
    end when one is found in the window's second half, else before a whitespace character
    (else, with no space for as long again, right there): what a stage that holds objects for
    each word reads at once.

    >>> [w for _, w in windows("Satu dua. Tiga empat. Lima.", 12)]
    ['Satu dua. ', 'Tiga empat. ', 'Lima.']
    """
    start = 0
    while len(text) - start > size:
        end = start + size
        stops = [m.end() for m in _SENTENCE_END.finditer(text, start + size // 2, end)]
        if stops:
            end = stops[-1]
        elif space := _SPACE.search(text, end, end + size):
            end = space.start()
        # else a window's length without a space, no word of prose: cut where it is.
        yield start, text[start:end]
        start = end
    yield start, text[start:]
