"""URLs as pages and callers give them, read without ever raising.

`urllib.parse` raises `ValueError` on a URL it cannot read ("http://[", an unclosed IPv6 host),
and such URLs come from anywhere: the `url` argument, a `<link rel=canonical>`, an `<a href>`,
JSON-LD. Every URL warta reads goes through here: a URL that cannot be read is kept as written
(nothing is lost), and what would have been read from it is simply absent.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["join", "split"]


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
    """`urljoin(base, url)`, or `url` as written when either cannot be read.

    >>> join("https://example.com/news/a.html", "../img/b.jpg")
    'https://example.com/img/b.jpg'
    >>> join("http://[", "/img/b.jpg")
    '/img/b.jpg'
    """
    try:
        return urljoin(base, url)
    except ValueError:
        return url
