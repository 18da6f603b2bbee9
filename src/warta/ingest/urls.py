"""URLs as pages and callers give them, read without ever raising.

`urllib.parse` raises `ValueError` on a URL it cannot read ("http://[", an unclosed IPv6 host),
and such URLs come from anywhere: the `url` argument, a `<link rel=canonical>`, an `<a href>`,
JSON-LD. Every URL warta reads goes through here: a URL that cannot be read is kept as written
(nothing is lost), and what would have been read from it is simply absent.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["clean", "host", "join", "split"]

#: Control characters: no URL holds them, and a record must not ("/foto/k\x0bg" from an
#: `<img src>` would break a consumer's JSON or a log line).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def clean(url: str) -> str:
    """`url` without control characters (urllib drops only some of them), stripped.

    >>> clean(" /foto/k\\x0bg\\x00 ")
    '/foto/kg'
    """
    return _CONTROLS.sub("", url).strip()


def split(url: str) -> SplitResult | None:
    """`urlsplit(url)`, or None when the URL cannot be read.

    >>> split("https://example.com/a?b=1").netloc
    'example.com'
    >>> split("http://[") is None
    True
    """
    try:
        return urlsplit(url)
    except ValueError:
        return None


def join(base: str, url: str) -> str:
    """`urljoin(base, url)`, or `url` as written when either cannot be read; without control
    characters either way.

    >>> join("https://example.com/news/a.html", "../img/b.jpg")
    'https://example.com/img/b.jpg'
    >>> join("http://[", "/img/\x0bb.jpg")
    '/img/b.jpg'
    """
    url = clean(url)
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def host(url: str | None) -> str:
    """The host of `url`, lowercased; "" when there is none or the URL cannot be read.

    >>> host("https://www.Example.com/a"), host(None), host("http://[")
    ('www.example.com', '', '')
    """
    parts = split(url) if url else None
    return (parts.hostname or "") if parts is not None else ""
