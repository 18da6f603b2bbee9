"""Ingest: raw str or bytes to a `Page` (decoded, kind detected, HTML parsed, language guessed)."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from dataclasses import replace

from warta.errors import EmptyInputError, InputTooLargeError
from warta.ingest import urls
from warta.ingest.encoding import decode_keeping_utf8
from warta.ingest.page import Kind, Page, PageMeta
from warta.ingest.sanitize import (
    clean,
    refuse_binary,
    refuse_junk_and_clean,
    refuse_junk_bytes,
    utf16_without_bom,
)
from warta.options import Options

__all__ = [
    "Kind", "Page", "PageMeta", "fetched_time", "looks_like_html", "optional_text", "read_page"
]

# A page is HTML when its start shows a doctype or one of the document's structural tags; a
# stray "<b>" in copied text does not make it HTML.
_HTML_START = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<article[\s>]",
    re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?>")


# Whitespace and the invisible characters a copy from a browser can carry (zero-width space,
# word joiner, BOM, soft hyphen): a page of only these is empty.
_BLANK = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]*")
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


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


def _clean_url(url: str | None) -> str | None:
    """The caller's URL as the record may hold it: no NUL, control character or lone surrogate
    (they would break the output's JSON; "http://\\x1f/a" joined to an image's path), no
    surrounding space; None when nothing is left.

    >>> _clean_url(" https://example.com/a\\x00b "), _clean_url("\\x1f")
    ('https://example.com/ab', None)
    """
    if url is None:
        return None
    # `clean` keeps the whitespace controls text may hold (tab, line and form feeds): a URL may
    # not, and urllib drops some of them itself.
    return urls.clean(clean(url)) or None


def fetched_time(fetched: dt.datetime | None) -> dt.datetime | None:
    """When the caller says the page was fetched, aware: a naive time is taken as UTC (what
    crawlers and WARC headers write).

    >>> fetched_time(dt.datetime(2024, 5, 2, 20, 35)).isoformat()
    '2024-05-02T20:35:00+00:00'
    """
    if fetched is None:
        return None
    if not isinstance(fetched, dt.datetime):
        raise TypeError(f"fetched must be a datetime, not {type(fetched).__name__}")
    return fetched if fetched.tzinfo is not None else fetched.replace(tzinfo=dt.timezone.utc)


def read_page(
    raw: str | bytes, *, url: str | None, options: Options, fetched: dt.datetime | None = None
) -> Page:
    """Decode, check and clean the input, detect its kind, parse HTML, and guess a text page's
    language (an HTML page's is told from its blocks); `fetched` (see `fetched_time`) is kept on
    the page.

    Raises `InputTooLargeError` over `Options.max_bytes`, `UndecodableInputError` for binary data,
    `EmptyInputError` when no text is left; otherwise the page's text is safe for lxml and JSON
    (no NUL, no lone surrogates) and, for HTML, nested no deeper than `Options.max_depth`.

    >>> read_page(b"Judul\\x00\\n\\nIsi berita.", url=None, options=Options()).text
    'Judul\\n\\nIsi berita.'
    """
    raw = _page_argument(raw, options)
    url = _clean_url(optional_text("url", url))
    when = fetched_time(fetched)
    # `utf8`: the text's UTF-8 when that is the input itself, for the checks and the parser.
    text, utf8 = _decode(raw) if isinstance(raw, bytes) else (raw, None)
    cleaned = refuse_junk_and_clean(text, utf8)
    if cleaned is not text:
        text, utf8 = cleaned, None
    if _BLANK.fullmatch(text):
        raise EmptyInputError("the input is empty or only whitespace")
    if looks_like_html(text):
        from warta.ingest.html import read_html

        page = read_html(text, url=url, options=options, utf8=utf8)
    else:
        from warta.ingest.text import normalise, read_normalised

        # Normalised here, not in `read_text`: this frame's decoded text would be held beside the
        # normalised copy while the language is identified.
        del cleaned
        text = normalise(text)
        page = read_normalised(text, url=url)
    return page if when is None else replace(page, fetched=when)


def _page_argument(raw: object, options: Options) -> str | bytes:
    """The page as `str` or `bytes`, its size checked: a `bytearray` or `memoryview` (a network
    buffer) is read as its bytes. Any other type is a caller's mistake, told as such, not a
    failure deep in the pipeline.

    >>> _page_argument(bytearray(b"<p>Isi</p>"), Options())
    b'<p>Isi</p>'
    >>> _page_argument(None, Options())
    Traceback (most recent call last):
    TypeError: the page must be str or bytes, not NoneType
    """
    if not isinstance(options, Options):
        raise TypeError(f"options must be a warta.Options, not {type(options).__name__}")
    if isinstance(raw, memoryview | bytearray):
        size = raw.nbytes if isinstance(raw, memoryview) else len(raw)
        _check_size(b"", options.max_bytes, size)  # before the copy
        return bytes(raw)
    if not isinstance(raw, str | bytes):
        hint = " (read the file first: path.read_bytes())" if isinstance(raw, os.PathLike) else ""
        raise TypeError(f"the page must be str or bytes, not {type(raw).__name__}{hint}")
    _check_size(raw, options.max_bytes)
    return raw


def optional_text(name: str, value: object) -> str | None:
    """`value`, checked to be a `str` or None: a caller's wrong type is told as such."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    return value


def _check_size(raw: str | bytes, max_bytes: int, size: int | None = None) -> None:
    size = len(raw) if size is None else size
    # A str is measured in UTF-8 bytes, encoding only when its length alone cannot decide.
    if isinstance(raw, str) and max_bytes // 4 < size <= max_bytes:
        size = len(raw.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputTooLargeError(
            f"input is {size:,} bytes, over Options.max_bytes={max_bytes:,}; "
            "raise the limit or cut the page"
        )


def _decode(raw: bytes) -> tuple[str, bytes | None]:
    refuse_binary(raw)
    wide = utf16_without_bom(raw)
    if wide:
        return raw.decode(wide, "replace"), None
    if not raw.startswith(_WIDE_BOMS):
        # Judge the raw bytes before the encoding detector spends seconds on megabytes of junk.
        refuse_junk_bytes(raw)
    return decode_keeping_utf8(raw)
