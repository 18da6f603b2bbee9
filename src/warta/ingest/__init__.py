"""Ingest: raw str or bytes to a `Page` (decoded, kind detected, HTML parsed, language guessed)."""

from __future__ import annotations

import re

from warta.errors import EmptyInputError, InputTooLargeError
from warta.ingest.encoding import decode
from warta.ingest.page import Kind, Page, PageMeta
from warta.options import Options

__all__ = ["Kind", "Page", "PageMeta", "looks_like_html", "read_page"]

# A page is HTML when its start shows a doctype or one of the document's structural tags; a
# stray "<b>" in copied text does not make it HTML.
_HTML_START = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<article[\s>]",
    re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?>")


def looks_like_html(text: str) -> bool:
    """Whether `text` is HTML markup rather than page text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Penulis: Budi\\nJakarta - Hujan <deras> turun.")
    False
    """
    head = text[:5000].lstrip()
    if head.startswith("<") and _HTML_START.search(head[:1000]):
        return True
    sample = text[:20_000]
    if not _HTML_START.search(sample) or len(_TAG.findall(sample)) < 5:
        return False
    # Markup has tags on most of its lines; a copied page may carry a stray line of tracking
    # <img> tags or a pasted <div> (two of the slasherrb-id text files open with one).
    lines = [line for line in sample.split("\n") if line.strip()]
    tagged = sum(1 for line in lines if _TAG.search(line))
    return tagged * 4 >= len(lines)


def read_page(raw: str | bytes, *, url: str | None, options: Options) -> Page:
    """Decode, detect the kind, parse HTML, and guess the language."""
    if len(raw) > options.max_bytes:
        raise InputTooLargeError(
            f"input is {len(raw):,} bytes, over Options.max_bytes={options.max_bytes:,}; "
            "raise the limit or cut the page"
        )
    text = decode(raw) if isinstance(raw, bytes) else raw
    if not text.strip():
        raise EmptyInputError("the input is empty or only whitespace")
    if looks_like_html(text):
        from warta.ingest.html import read_html

        return read_html(text, url=url, options=options)
    from warta.ingest.text import read_text

    return read_text(text, url=url)
