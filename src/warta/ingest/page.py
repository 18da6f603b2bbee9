"""The ingested page: decoded text, and for HTML the parsed tree and its metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Kind(str, Enum):
    HTML = "html"
    TEXT = "text"


@dataclass(frozen=True)
class PageMeta:
    """Metadata a page declares about itself (`<meta>`, OpenGraph, JSON-LD, `<time>`, `<link>`).

    Each value is a list of candidates `(value, source)` in the page's order; choosing among them
    is the job of `warta.fields`.
    """

    titles: list[tuple[str, str]] = field(default_factory=list)
    descriptions: list[tuple[str, str]] = field(default_factory=list)
    site_names: list[tuple[str, str]] = field(default_factory=list)
    authors: list[tuple[str, str]] = field(default_factory=list)
    editors: list[tuple[str, str]] = field(default_factory=list)
    published: list[tuple[str, str]] = field(default_factory=list)
    modified: list[tuple[str, str]] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)
    canonical: str | None = None
    next_url: str | None = None
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    #: The texts of the first five `<h1>`s with any, spaces collapsed: what the visible headline
    #: says, against which `warta.fields` checks the declared titles.
    headings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Page:
    """What ingest hands to segmentation."""

    kind: Kind
    text: str  # the decoded input (HTML source or page text)
    url: str | None = None
    #: The identified language code, or None: a text page's from its text as it is read, an
    #: HTML page's from its blocks once segmented (`warta.blocks.identified`).
    language: str | None = None
    meta: PageMeta = field(default_factory=PageMeta)
    #: On the HTML path, the parsed root: a plain `lxml.etree` element (not `lxml.html`; read its
    #: text with `warta.ingest.tree.text_of`).
    tree: Any = None
    #: When the page was fetched, as the caller says (aware): what its relative times ("5 hours
    #: ago") count back from.
    fetched: dt.datetime | None = None
