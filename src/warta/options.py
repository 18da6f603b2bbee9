"""One frozen options object: every tunable threshold, named and documented once."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Options(BaseModel):
    """How `warta.extract` reads a page. Pass one explicitly; there are no global settings.

    >>> Options(quotes=False).quotes
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: Inputs larger than this (in bytes; a str counts its UTF-8 bytes) raise `InputTooLargeError`
    #: before any parsing. Time and memory grow linearly with the input below it.
    max_bytes: int = Field(default=50_000_000, ge=1)
    #: HTML elements nested deeper than this are dropped before parsing, their text kept. At most
    #: 250: libxml2 stops at 256 levels and silently loses the rest of the page.
    max_depth: int = Field(default=200, ge=8, le=250)
    #: Find direct and reported quotes (in a language with a lexicon, `warta.lang.LANGUAGES`, or
    #: one not identified: an article known to be in another language has none).
    quotes: bool = True
    #: Find figures and changes (in the same languages as quotes: decimal marks differ).
    figures: bool = True
    #: Fall back to dateparser when the cheap date patterns find nothing.
    dateparser_fallback: bool = True
    #: A block of at least this many words, of sentence shape, is body even without neighbours.
    min_body_words: int = Field(default=10, ge=1)
