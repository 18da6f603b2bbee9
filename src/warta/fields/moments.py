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
#: How far after the body's last paragraph a date line is still the story's.
_CLOSING_LINES = 3


@dataclass(frozen=True)
class Moments:
    published: dt.date | None = None
    updated: dt.date | None = None
    #: Where the publication time came from: "date line", "attribution", "dateparser".
    source: str | None = None


def read_moments(blocks: list[Block], lex: Lexicon, options: Options) -> Moments:
    """The publication and update times the visible page gives."""
    body = [i for i, b in enumerate(blocks) if b.label is Label.BODY]
    end = body[-1] + _CLOSING_LINES if body else len(blocks)
    found_lines = date_candidates(blocks, lex)
    hits = [hit for _, hit in found_lines]
    # Date lines well after the body are the related stories' (a list of links, each with its
    # date), unless they repeat the title ("<title> November 21, 2025" in a list of recent
    # posts dates the story): the story's own attribution comes first.
    title = next((b.text for b in blocks if b.label is Label.TITLE), None)
    own = [
        hit for i, hit in found_lines if i <= end or (title and title in blocks[i].text)
    ]
    published = next((h.value for h in own if not h.updated), None)
    updated = next((h.value for h in own if h.updated), None)
    if published is not None:
        return Moments(published=published, updated=updated, source="date line")
    # The first attribution in the body dates the story (the page shows no date line).
    for i in body[:_ATTRIBUTION_PARAGRAPHS]:
        found = attribution_date(blocks[i].text, lex)
        if found is not None:
            return Moments(published=found, updated=updated, source="attribution")
    published = next((h.value for h in hits if not h.updated), None)
    if published is not None:
        return Moments(published=published, updated=updated, source="date line")
    if options.dateparser_fallback:
        for text in _fallback_lines(blocks):
            found = parse_fallback(text, lex)
            if found is not None:
                return Moments(published=found, updated=updated, source="dateparser")
    return Moments(updated=updated)


def date_candidates(blocks: list[Block], lex: Lexicon) -> list[tuple[int, DateHit]]:
    """Dates of the date lines (and bylines) with the index of their line, the lines nearest
    after the title first."""
    title = next((i for i, b in enumerate(blocks) if b.label is Label.TITLE), 0)
    # A byline may carry the date: "By Ann Lee - Associated Press - Friday, April 28, 2023".
    lines = [i for i, b in enumerate(blocks) if b.label is Label.DATE or b.label is Label.BYLINE]
    # After the title first, but a date line right above it ("Politics / January 11, 2024" as
    # the kicker) is as near: a date further up is more often the site header's today.
    lines.sort(key=lambda i: (i < title - 1, abs(i - title)))
    return [(i, hit) for i in lines for hit in find_dates(blocks[i].text, lex)]


def _fallback_lines(blocks: list[Block]) -> list[str]:
    body = next((i for i, b in enumerate(blocks) if b.label is Label.BODY), len(blocks))
    lines = [
        b.text for b in blocks[:body]
        if b.label is not Label.TITLE and len(b.text.split()) <= _FALLBACK_MAX_WORDS
        and _YEAR.search(b.text)
    ]
    return lines[-_FALLBACK_LINES:]
