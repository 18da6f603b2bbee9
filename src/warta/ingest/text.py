"""Page text (what a browser copies from a page) to a `Page`."""

from __future__ import annotations

import re

from warta.ingest.page import Kind, Page
from warta.lang import identify

# Zero-width characters and the BOM carry nothing; non-breaking and other odd spaces are spaces.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalise(text: str) -> str:
    """Unify newlines and spaces; keep everything a reader sees.

    >>> normalise("a\\u00a0b\\r\\nc\\u200b")
    'a b\\nc'
    """
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text)


def read_text(text: str, *, url: str | None) -> Page:
    text = normalise(text)
    return Page(kind=Kind.TEXT, text=text, url=url, language=identify(text))
