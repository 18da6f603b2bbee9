"""Page text (what a browser copies from a page) to a `Page`."""

from __future__ import annotations

import re

from warta.ingest.page import Kind, Page
from warta.ingest.sanitize import substitute
from warta.lang import identify

# Zero-width characters and the BOM carry nothing; non-breaking and other odd spaces are spaces.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v"
_NEWLINES = "\u2028\u2029\x85"
# One pass over the page for all three (three substitutions each scanned the whole page).
_ODD = re.compile(f"\r\n?|[{_INVISIBLE}{_SPACES}{_NEWLINES}]")


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    if char[0] == "\r" or char in _NEWLINES:
        return "\n"
    return "" if char in _INVISIBLE else " "


def normalise(text: str) -> str:
    """Unify newlines and spaces; keep everything a reader sees.

    >>> normalise("a\\u00a0b\\r\\nc\\u200b")
    'a b\\nc'
    """
    return substitute(_ODD, _replacement, text)


def read_text(text: str, *, url: str | None) -> Page:
    return read_normalised(normalise(text), url=url)


def read_normalised(text: str, *, url: str | None) -> Page:
    """`read_text` of a text `normalise` has already been through."""
    return Page(kind=Kind.TEXT, text=text, url=url, language=identify(text))
