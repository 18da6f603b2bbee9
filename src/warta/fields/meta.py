"""Field values a page declares in its metadata (JSON-LD, OpenGraph, `<meta>`, `<time>`).

`read_meta` turns `Page.meta` candidates into values with their sources; `read_fields` chains them
with what the visible page says. Placeholder until the HTML path lands: empty on every page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from warta.ingest import Page
from warta.lang.schema import Lexicon
from warta.records import Image, Person


@dataclass(frozen=True)
class MetaFields:
    """One value per field from the page's metadata, each with its source ("jsonld", "og", ...)."""

    title: str | None = None
    description: str | None = None
    outlet: str | None = None
    authors: list[Person] = field(default_factory=list)
    editors: list[Person] = field(default_factory=list)
    published: dt.date | None = None
    updated: dt.date | None = None
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    canonical: str | None = None
    next_url: str | None = None
    #: field name -> where its value came from.
    sources: dict[str, str] = field(default_factory=dict)


def read_meta(page: Page, lex: Lexicon) -> MetaFields:
    return MetaFields()
