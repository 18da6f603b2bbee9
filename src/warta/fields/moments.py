"""Publication and update times read from the labelled page: candidates, then a choice.

Candidates come from date lines (nearest the title first), then, when the caller says when the
page was fetched, from relative times on them ("5 HOURS AGO", "2 jam yang lalu"), then from the
body's attribution ("kata Amran, Rabu (31/7/2024)") when the page shows no date line, then from
dateparser on the few short header lines that hold a year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from warta.blocks import Block, Label
from warta.fields.dates import (
    DateHit,
    attribution_date,
    find_dates,
    parse_fallback,
    relative_dates,
    updated_at,
)
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind

__all__ = ["RELATIVE", "Moments", "read_moments"]

#: The source of a time read from a relative one ("5 hours ago"): approximate, so any machine
#: time of the page is preferred to it.
RELATIVE = "relative"

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A number that may be a day of the month: one or two digits standing alone.
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_FALLBACK_LINES = 3
_FALLBACK_MAX_WORDS = 10
_ATTRIBUTION_PARAGRAPHS = 12
#: How far after the body's last paragraph a date line is still the story's.
_CLOSING_LINES = 3
_MAX_LABEL_CHARS = 30
#: A time of day: "10:42", "16.47 WIB".
_CLOCK = re.compile(r"(?<![\d.,/])\d{1,2}[:.]\d{2}(?![\d.,/])")
#: A line that is only a time of day, maybe with its zone: "4:38 PM MYT", "16.47 WIB".
_TIME_ALONE = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Za-z+\-:0-9]{1,9})?\s*$"
)


@dataclass(frozen=True)
class Moments:
    published: dt.date | None = None
    updated: dt.date | None = None
    #: Where the publication time came from: "date line", `RELATIVE`, "attribution",
    #: "dateparser".
    source: str | None = None
    #: Whether the update time is a relative one ("Last updated 1 hour ago").
    updated_relative: bool = False


def read_moments(
    blocks: list[Block],
    lex: Lexicon,
    options: Options,
    fetched: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> Moments:
    """The publication and update times the visible page gives; `fetched` (aware) is when the
    page was fetched, against which its relative times are read; `zone`, the page's home zone,
    that of the times it prints without one (`warta.fields.zones`)."""
    body = [i for i, b in enumerate(blocks) if b.label is Label.BODY]
    end = _story_end(blocks, body)
    lines = _date_lines(blocks)
    found_lines = [(i, hit) for i in lines for hit in _line_dates(blocks, i, lex, zone)]
    # Date lines well after the body are the related stories' (a list of links, each with its
    # date), unless they repeat the title ("<title> November 21, 2025" in a list of recent
    # posts dates the story): the story's own attribution comes first.
    title = next((b.text for b in blocks if b.label is Label.TITLE), None)
    own = [hit for i, hit in found_lines if i <= end or (title and title in blocks[i].text)]
    # "PUBLISHED 3 SECONDS AGO" under the headline: the story's own line, read once the time it
    # counts from is known; one after the body is a teaser's or a comment's.
    ago = (
        [h for i in lines if i <= end for h in relative_dates(blocks[i].text, lex, fetched)]
        if fetched is not None
        else []
    )
    updated = next((h.value for h in own if h.updated), None)
    updated_relative = False
    if updated is None:
        updated = next((h.value for h in ago if h.updated), None)
        updated_relative = updated is not None
    others = [hit for _, hit in found_lines]
    published, source = _published(blocks, body, own, ago, others, lex, options)
    return Moments(published, updated, source, updated_relative)


def _published(
    blocks: list[Block],
    body: list[int],
    own: list[DateHit],
    ago: list[DateHit],
    others: list[DateHit],
    lex: Lexicon,
    options: Options,
) -> tuple[dt.date | None, str | None]:
    """The publication time and its source: the story's own date line, or its relative time,
    or the body's attribution, or any date line, or dateparser."""
    for hits, source in ((own, "date line"), (ago, RELATIVE)):
        first = next((h for h in hits if not h.updated), None)
        if first is not None:
            return _timed(first, hits), source
    # The first attribution in the body dates the story (the page shows no date line).
    for i in body[:_ATTRIBUTION_PARAGRAPHS]:
        attributed = attribution_date(blocks[i].text, lex)
        if attributed is not None:
            return attributed, "attribution"
    found = next((h.value for h in others if not h.updated), None)
    if found is not None:
        return found, "date line"
    if options.dateparser_fallback:
        for text in _fallback_lines(blocks, lex):
            parsed = parse_fallback(text, lex)
            if parsed is not None:
                return parsed, "dateparser"
    return None, None


def _timed(found: DateHit, hits: list[DateHit]) -> dt.date:
    """A bare date, or the same day's time another of the story's date lines gives ("This
    story is from October 21, 2024" over "Ann Lee / TNN / Oct 21, 2024, 22:47 IST"). A time
    whose zone the page did not write is as good as bare against one whose zone it did: the
    sidebar's "04 November 2015 | 19:14" over the story's "04 November, 2015 | 07:28 WIB".
    Against a bare date it says more: an edition's "2025-03-04" over "Published 04 Mar, 2025
    06:03am" in the home zone (Business Recorder)."""
    if isinstance(found.value, dt.datetime) and not found.zone_guessed:
        return found.value
    day = found.value.date() if isinstance(found.value, dt.datetime) else found.value
    timed = [
        h
        for h in hits
        if not h.updated and isinstance(h.value, dt.datetime) and h.value.date() == day
    ]
    written = next((h.value for h in timed if not h.zone_guessed), None)
    if written is not None or isinstance(found.value, dt.datetime):
        return written or found.value
    return timed[0].value if timed else found.value


def _line_dates(blocks: list[Block], i: int, lex: Lexicon, zone: dt.tzinfo | None) -> list[DateHit]:
    """The dates of line `i`; a bare date followed by a line that is only its time ("Monday, 10
    Jun 2024" over "4:38 PM MYT") is read with that time."""
    hits = find_dates(blocks[i].text, lex, zone)
    if hits and i > 0 and _update_label(blocks[i - 1].text, lex):
        # "Updated" on a line of its own over its date (The Straits Times).
        hits = [replace(h, updated=True) for h in hits]
    if hits and i + 1 < len(blocks) and not any(h.updated for h in hits):
        # "Updated 9:12 a.m. ET" alone under the date line: an update on the same day.
        later = updated_at(blocks[i + 1].text, hits[-1], lex, zone)
        if later is not None:
            return [*hits, later]
    if (
        len(hits) == 1
        and not isinstance(hits[0].value, dt.datetime)
        and i + 1 < len(blocks)
        and _TIME_ALONE.match(blocks[i + 1].text)
    ):
        joined = find_dates(f"{blocks[i].text} {blocks[i + 1].text}", lex, zone)
        if len(joined) == 1 and isinstance(joined[0].value, dt.datetime):
            return joined
    return hits


def _update_label(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only an update's label: "Updated", "Diperbarui:"."""
    return len(text) <= _MAX_LABEL_CHARS and text.strip(" :").lower() in lex.dates.updated


def _story_end(blocks: list[Block], body: list[int]) -> int:
    """The last line that may still date the story: a few after the body, and none past the
    heading of a list of other stories ("MOST READ", "Berita Terkini"), whose dates are theirs."""
    if not body:
        return len(blocks)
    end = min(len(blocks), body[-1] + _CLOSING_LINES + 1)
    for i in range(body[-1] + 1, end):
        if blocks[i].kind is BoilerplateKind.RELATED:
            return i
    return end - 1


def _date_lines(blocks: list[Block]) -> list[int]:
    """The date lines and bylines, the lines nearest after the title first."""
    title = next((i for i, b in enumerate(blocks) if b.label is Label.TITLE), 0)
    # A byline may carry the date: "By Ann Lee - Associated Press - Friday, April 28, 2023".
    lines = [i for i, b in enumerate(blocks) if b.label is Label.DATE or b.label is Label.BYLINE]
    # After the title first, but a date line right above it ("Politics / January 11, 2024" as
    # the kicker) is as near: a date further up is more often the site header's today. So is a
    # bare date right above it when a line under it gives the time ("Rabu, 14 Mei 2025" over
    # the headline, "Selasa, 13 Mei 2025 10:42 WIB" under the byline).
    timed_below = any(i > title and _CLOCK.search(blocks[i].text) for i in lines)

    def near(i: int) -> tuple[bool, bool, int]:
        bare_above = i == title - 1 and timed_below and not _CLOCK.search(blocks[i].text)
        return i < title - 1, bare_above, abs(i - title)

    lines.sort(key=near)
    return lines


def _fallback_lines(blocks: list[Block], lex: Lexicon) -> list[str]:
    """The short lines above the body that dateparser may read: each with a year and a number of
    a day, and no date the cheap patterns read ("Updated 4:27 PM CDT, May 14, 2024" is an update,
    not a date they missed; "Election 2024" names no day). Over every corpus and held-out page,
    dateparser read nothing but such lines, at 2.5 ms each."""
    body = next((i for i, b in enumerate(blocks) if b.label is Label.BODY), len(blocks))
    lines = [
        b.text
        for b in blocks[:body]
        if b.label is not Label.TITLE
        and len(b.text.split()) <= _FALLBACK_MAX_WORDS
        and _YEAR.search(b.text)
        and _DAY_NUMBER.search(_YEAR.sub(" ", b.text))
    ]
    return [line for line in lines[-_FALLBACK_LINES:] if not find_dates(line, lex)]
