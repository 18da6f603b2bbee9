"""Publication and update times read from the labelled page: candidates, then a choice.

Candidates come from date lines (nearest the title first), then from the body's attribution
("kata Amran, Rabu (31/7/2024)") when the page shows no date line, then from dateparser on the
few short header lines that hold a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.blocks import Block, Label
from warta.fields.dates import DateHit, attribution_date, find_dates, parse_fallback
from warta.lang.schema import Lexicon
from warta.options import Options

__all__ = ["Moments", "read_moments"]

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FALLBACK_LINES = 3
_FALLBACK_MAX_WORDS = 10
_ATTRIBUTION_PARAGRAPHS = 12


@dataclass(frozen=True)
class Moments:
    published: dt.date | None = None
    updated: dt.date | None = None
    #: Where the publication time came from: "date line", "attribution", "dateparser".
    source: str | None = None


def read_moments(blocks: list[Block], lex: Lexicon, options: Options) -> Moments:
    """The publication and update times the visible page gives."""
    hits = date_candidates(blocks, lex)
    published = next((h.value for h in hits if not h.updated), None)
    updated = next((h.value for h in hits if h.updated), None)
    if published is not None:
        return Moments(published=published, updated=updated, source="date line")
    # The first attribution in the body dates the story (the page shows no date line).
    for block in [b for b in blocks if b.label is Label.BODY][:_ATTRIBUTION_PARAGRAPHS]:
        found = attribution_date(block.text, lex)
        if found is not None:
            return Moments(published=found, updated=updated, source="attribution")
    if options.dateparser_fallback:
        for text in _fallback_lines(blocks):
            found = parse_fallback(text, lex)
            if found is not None:
                return Moments(published=found, updated=updated, source="dateparser")
    return Moments(updated=updated)


def date_candidates(blocks: list[Block], lex: Lexicon) -> list[DateHit]:
    """Dates of the date lines, the lines nearest after the title first."""
    title = next((i for i, b in enumerate(blocks) if b.label is Label.TITLE), 0)
    lines = [i for i, b in enumerate(blocks) if b.label is Label.DATE]
    # After the title first, but a date line right above it ("Politics / January 11, 2024" as
    # the kicker) is as near: a date further up is more often the site header's today.
    lines.sort(key=lambda i: (i < title - 1, abs(i - title)))
    return [hit for i in lines for hit in find_dates(blocks[i].text, lex)]


def _fallback_lines(blocks: list[Block]) -> list[str]:
    body = next((i for i, b in enumerate(blocks) if b.label is Label.BODY), len(blocks))
    lines = [
        b.text for b in blocks[:body]
        if b.label is not Label.TITLE and len(b.text.split()) <= _FALLBACK_MAX_WORDS
        and _YEAR.search(b.text)
    ]
    return lines[-_FALLBACK_LINES:]
