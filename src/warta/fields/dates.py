"""Dates and times as pages write them, read with cheap patterns built from the lexicon.

"Rabu, 31 Juli 2024 18:53 WIB", "Kompas.com - 14/03/2024, 16:47 WIB", "Nov. 19, 2019 8:03 am ET",
"October 21, 2024 3:15 PM GMT+7", "2024-07-31T18:53". A time with a zone gives an aware
datetime; a date without a zone gives a bare `date` (a naive time of day would be a guess).
dateparser is only a bounded fallback (`parse_fallback`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import alternation, folded
from warta.lang.schema import Lexicon

__all__ = [
    "DateHit", "attribution_date", "find_dates", "may_hold_date", "parse_fallback", "relative_dates"
]

#: dateparser's parsers of absolute times only (`relative_dates` reads relative ones).
_ABSOLUTE_PARSERS = ["custom-formats", "absolute-time"]
#: The longest text handed to dateparser: it is slow, and unbounded input is a denial of service.
_FALLBACK_CHARS = 80
#: Where a date may be: a four-digit year, or a day, month and two-digit year with slashes and a
#: time after them ("09/24/25 8:17 PM ET").
_YEAR = re.compile(
    r"(?<!\d)\d{4}|(?<![\d/.])\d{1,2}/\d{1,2}/\d{2}(?=,?\s{1,3}\d{1,2}[:.]\d{2}(?!\d))"
)
#: A date and the same date again, run together, closing a short line.
_MAX_TWICE_CHARS = 120
_TWICE = re.compile(r"(\d[^\n]{4,38}?\d{4})\1$")
_OFFSET_ZONE = re.compile(r"(?:gmt|utc)\s?[+-]\s?(?:\d{1,2}:\d{2}|\d{3,4}|\d{1,2})", re.I)
_GLUED = r"(?-i:(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z]{3}[\s.]))"
#: The date in parentheses of an Indonesian attribution, "(31/7/2024)"; searched for alone first,
#: since its opening parenthesis lets the engine skip ahead, where the weekday alternation in
#: front of it is tried at every position (34 us a paragraph).
_PAREN_DATE = r"\(\s?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4})\s?\)"
_PAREN_DATE_ALONE = re.compile(_PAREN_DATE)
#: How far a date reaches before its year ("Wednesday 31 September") and after it (an ISO time).
_BEFORE_YEAR = 24
_AFTER_YEAR = 24
#: The century of a year written with two digits ("09/24/25"): news pages date this one.
_CENTURY = 2000


@dataclass(frozen=True)
class DateHit:
    """A date found in a line: its value, where it sits, whether a label calls it an update,
    and whether its time is in the page's home zone, the line writing none (`find_dates`)."""

    value: dt.date
    start: int
    end: int
    updated: bool = False
    zone_guessed: bool = False


@dataclass(frozen=True)
class _Patterns:
    date: re.Pattern[str]
    time_after: re.Pattern[str]
    time_before: re.Pattern[str]
    attribution: re.Pattern[str]
    updated_before: re.Pattern[str]
    published_at: re.Pattern[str]
    updated_day: re.Pattern[str]
    updated_at: re.Pattern[str]
    ago: re.Pattern[str]
    months: dict[str, int]
    zones: dict[str, int]
    units: dict[str, int]
    order: str


@cache
def _patterns(code: str) -> _Patterns:
    """Date patterns from the words of every lexicon (pages mix languages: an Indonesian page
    often dates its English wire copy in English), ordered numerically as `code` writes dates."""
    lexicons = [lexicon(c) for c in LANGUAGES]
    own = lexicon(code)
    months: dict[str, int] = {}
    zones: dict[str, int] = {}
    units: dict[str, int] = {}
    for lex in lexicons:
        months.update(lex.dates.months)
        zones.update(lex.dates.timezones)
        units.update(lex.dates.units)
    weekdays = {w for lex in lexicons for w in lex.dates.weekdays}
    time_words = {w for lex in lexicons for w in lex.dates.time_words}
    updated = {w for lex in lexicons for w in lex.dates.updated}
    # Any word where a month or a zone may stand, checked against the lexicon afterwards: an
    # alternation of every month and zone name tried at every position of a line took a tenth
    # of a millisecond per line.
    month = r"[^\W\d_]{3,10}(?![^\W\d_])"
    # "GMT+7", "GMT+07:00", "GMT+700" (ANTARA English); a zone in capitals glued to the next
    # capitalised word ("9:14 a.m. ETUpdated", as a copied NYT page runs two lines together).
    zone = (
        r"(?:(?:gmt|utc)\s?[+-]\s?(?:\d{1,2}:\d{2}|\d{3,4}|\d{1,2})"
        r"|[^\W\d_]{2,5}(?![^\W\d_])|(?-i:[A-Z]{2,4}(?=[A-Z][a-z])))"
    )
    date = (
        rf"(?<![\d/.])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?[\s-]{{0,3}}(?P<m1>{month})\.?,?[\s-]{{1,3}}(?P<y1>\d{{4}})(?!\d)"
        # CNBC runs the year into the time: "APR 28 20232:23 PM EDT".
        rf"|(?P<m2>{month})\.?\s{{1,3}}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(?P<y2>\d{{4}})"
        rf"(?:(?!\d)|(?=\d{{1,2}}:\d\d))"
        rf"|(?<![\d/.])(?P<a3>\d{{1,2}})[/.-](?P<b3>\d{{1,2}})[/.-](?P<y3>\d{{4}})(?!\d)"
        # Two digits of the year with slashes, a time right after ("09/24/25 8:17 PM ET").
        rf"|(?<![\d/.])(?P<a6>\d{{1,2}})/(?P<b6>\d{{1,2}})/(?P<y6>\d{{2}})"
        rf"(?=,?\s{{1,3}}\d{{1,2}}[:.]\d{{2}}(?!\d))"
        # Year first, then month and day with a slash: "2025/04/15", Xinhua's "2025 04/15".
        rf"|(?<![\d/])(?P<y5>\d{{4}})(?:/|\s{{1,3}})(?P<m5>\d{{1,2}})/(?P<d5>\d{{1,2}})(?![\d/])"
        rf"|(?<!\d)(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})"
        rf"(?:[T ](?P<H4>\d{{2}}):(?P<M4>\d{{2}})(?::\d{{2}}(?:\.\d+)?)?"
        rf"(?P<z4>Z|[+-]\d{{2}}:?\d{{2}})?)?"
    )
    words = alternation(time_words)
    # "7:30 pm", "16.47", or an hour alone with its "am" or "pm" ("5 AM PT", the Los Angeles
    # Times; "6 p.m.").
    clock = (
        r"(?:(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.]\d{2})?\s?(?P<ampm>[ap]\.?m\.?)?"
        r"|(?P<Hh>\d{1,2})\s?(?P<ampmh>[ap]\.?m\.?)(?![^\W\d_]))"
    )
    # "11:37, UK" (Sky News): a comma may stand between the time and its zone; "September 22,
    # 2025, Monday at 6:45 PM" (Borneo Post): the weekday between the date and the time.
    day_name = rf"(?:(?:{alternation(weekdays)})\.?[\s,]{{1,3}})?"
    time_after = (
        rf"[\s,|·•●/–—-]{{0,6}}{day_name}(?:(?:{words})\s{{1,2}})?{clock},?\s?(?:(?P<tz>{zone}))?"
    )
    # "10:12 PM EDT, Tue May 2, 2024": the time, then perhaps a weekday, then the date; "3:10
    # p.m. ET on March 4, 2025": perhaps the word that introduces a date.
    on_words = {w for lex in lexicons for w in lex.dates.on_words}
    time_before = (
        rf"{clock}\s?(?:(?P<tz>{zone}))?[\s,|·•●/–—-]{{0,4}}(?:(?:{alternation(on_words)})\s{{1,2}})?"
        rf"(?:(?:{alternation(weekdays)})\.?[\s,]{{0,3}})?$"
    )
    attribution = rf"(?:{alternation(set(own.dates.weekdays))})\s?{_PAREN_DATE}"
    updated_before = rf"(?:{alternation(updated)})\b[^\n]{{0,40}}$"
    published = {w for lex in lexicons for w in lex.dates.published}
    # "Updated March 27, 2025 — 1.14pm, first published at 5.00am": a time of the same day.
    published_at = (
        rf"(?<![^\W\d_])(?:{alternation(published)})\s{{1,2}}(?:(?:{words})\s{{1,2}})?{clock}"
        rf"\s?(?:(?P<tz>{zone}))?"
    )
    # "Posted: Jul 09, 2025 4:12 PM CST | Last Updated: July 9" (CBC): the update's day without
    # its year, which is the date's before it.
    updated_day = (
        rf"(?<![^\W\d_])(?:{alternation(updated)})\s?:?\s{{0,2}}"
        rf"(?:(?P<m1>{month})\.?\s{{1,3}}(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s{{1,3}}(?P<m2>{month}))"
        rf"(?![\d:.])(?![^\n]{{0,4}}\d{{4}})"
    )
    # "Updated 9:12 a.m. ET" alone on the line under the date (The New York Times): the time of
    # an update on the date's day.
    updated_at = (
        rf"^\s*(?:{alternation(updated)})\s?:?\s{{1,2}}(?:(?:{words})\s{{1,2}})?{clock}"
        rf"\s?(?:(?P<tz>{zone}))?\s*$"
    )
    # "5 HOURS AGO", "2 jam yang lalu", "3h ago": a count, a unit, a word of the past.
    relative = {w for lex in lexicons for w in lex.dates.relative}
    ago = (
        rf"(?<![\w.,])(?P<n>\d{{1,3}})\s?(?P<unit>{alternation(units)})\.?\s{{1,3}}"
        rf"(?:{alternation(relative)})(?!\w)"
    )
    flags = re.IGNORECASE
    return _Patterns(
        # Every form starts a word, or a month glued to the word before ("TimesNovember 21",
        # Wired's "GEARAPR 28, 2024"): trying it inside words was most of the search's time.
        date=re.compile(rf"(?:(?<!\w)|{_GLUED})(?:{date})", flags),
        time_after=re.compile(time_after, flags),
        time_before=re.compile(time_before, flags),
        attribution=re.compile(attribution, flags),
        updated_before=re.compile(updated_before, flags),
        published_at=re.compile(published_at, flags),
        updated_day=re.compile(updated_day, flags),
        updated_at=re.compile(updated_at, flags),
        ago=re.compile(ago, flags),
        months=months,
        zones=zones,
        units=units,
        order=own.dates.order,
    )


def may_hold_date(text: str) -> bool:
    """Whether `text` has what every date `find_dates` reads has: a four-digit year, or a day,
    month and two-digit year with slashes and a time after them. A cheap test first."""
    return _YEAR.search(text) is not None


def find_dates(text: str, lex: Lexicon, zone: dt.tzinfo | None = None) -> list[DateHit]:
    """Every date in `text`, with its time and zone when written next to it; a time written
    without a zone is in `zone` (the page's home zone, `warta.fields.zones`), or when that is
    None, unknown: only its day is kept.

    >>> [h.value.isoformat() for h in find_dates("Rabu, 31 Juli 2024 18:53 WIB", lexicon("id"))]
    ['2024-07-31T18:53:00+07:00']
    >>> [str(h.value) for h in find_dates("Kompas.com - 14/03/2024", lexicon("id"))]
    ['2024-03-14']
    """
    pats = _patterns(lex.code)
    hits: list[DateHit] = []
    at = 0
    # Every date has a four-digit year, or is a timed one with slashes: look only around one
    # (searching the whole line with the date pattern cost a tenth of a millisecond per line).
    for year in _YEAR.finditer(text):
        at = max(at, year.start() - _BEFORE_YEAR)
        window_end = min(len(text), year.end() + _AFTER_YEAR)
        while (match := pats.date.search(text, at, window_end)) is not None:
            day = _day(match, pats)
            if day is None:
                at = match.start() + 1  # not a month after all: look again one character on
                continue
            at = match.end()
            hits.append(_hit(day, match, text, pats, zone))
    if hits and (late := pats.published_at.search(text, hits[-1].end)) is not None:
        hits.append(_published_at(hits[-1], late, pats, zone))
    if hits and (yearless := pats.updated_day.search(text, hits[-1].end)) is not None:
        updated = _updated_day(hits[-1], yearless, pats)
        if updated is not None:
            hits.append(updated)
    if not hits and len(text) <= _MAX_TWICE_CHARS and (twice := _TWICE.search(text)):
        # "Published On 22 May 202522 May 2025": a screen reader's copy run into the date.
        return find_dates(text[: twice.end(1)], lex, zone)
    return hits


def updated_at(
    text: str, last: DateHit, lex: Lexicon, zone: dt.tzinfo | None = None
) -> DateHit | None:
    """The update a line gives as its time alone, under the date line whose hit is `last`:
    "Updated 9:12 a.m. ET" under "March 5, 2025, 6:00 a.m. ET" is at 9:12 that day (the next
    day when that is before the date line's time).

    >>> from warta.lang import lexicon
    >>> last = find_dates("March 5, 2025, 6:00 a.m. ET", lexicon("en"))[0]
    >>> updated_at("Updated 9:12 a.m. ET", last, lexicon("en")).value.isoformat()
    '2025-03-05T09:12:00-05:00'
    """
    pats = _patterns(lex.code)
    clock = pats.updated_at.match(text) if len(text) <= _MAX_UPDATE_LINE_CHARS else None
    if clock is None:
        return None
    day = last.value.date() if isinstance(last.value, dt.datetime) else last.value
    value = _combine(day, clock, pats, zone)
    before = isinstance(last.value, dt.datetime) and isinstance(value, dt.datetime)
    if before and value < last.value:
        value = _combine(day + dt.timedelta(days=1), clock, pats, zone)
    if not isinstance(value, dt.datetime):
        return None  # no zone to place the time in: the day alone says nothing new
    guessed = _guessed(value, _known_zone(clock, pats))
    return DateHit(value, clock.start(), clock.end(), updated=True, zone_guessed=guessed)


#: The longest line `updated_at` reads: a label, a time and its zone.
_MAX_UPDATE_LINE_CHARS = 40


def _published_at(
    last: DateHit, clock: re.Match[str], pats: _Patterns, zone: dt.tzinfo | None
) -> DateHit:
    """The publication time that a line gives after its update, on the same day and without
    the date: "first published at 5.00am"."""
    day = last.value.date() if isinstance(last.value, dt.datetime) else last.value
    value = _combine(day, clock, pats, zone)
    guessed = _guessed(value, _known_zone(clock, pats))
    return DateHit(value, clock.start(), clock.end(), updated=False, zone_guessed=guessed)


def _updated_day(last: DateHit, found: re.Match[str], pats: _Patterns) -> DateHit | None:
    """The update's day a line gives without the year after a full date: the date's year, or
    the next when the month comes earlier in the year ("Dec 30, 2024 ... Updated: Jan 2")."""
    day = last.value.date() if isinstance(last.value, dt.datetime) else last.value
    month = pats.months.get(folded(found["m1"] or found["m2"]))
    if month is None:
        return None
    year = day.year + (month < day.month)
    try:
        value = dt.date(year, month, int(found["d1"] or found["d2"]))
    except ValueError:
        return None  # "Updated: February 30"
    if value < day:
        return None
    return DateHit(value, found.start(), found.end(), updated=True, zone_guessed=False)


def relative_dates(text: str, lex: Lexicon, fetched: dt.datetime) -> list[DateHit]:
    """Every relative time in `text` ("5 HOURS AGO", "2 jam yang lalu") as the moment it names,
    counted back from when the page was `fetched` (an aware datetime): under a day, a time to
    the minute in `fetched`'s zone; days and weeks, a date (the hour is not said).

    >>> fetched = dt.datetime(2024, 10, 24, 18, 39, 21, tzinfo=dt.timezone.utc)
    >>> [h.value.isoformat() for h in relative_dates("Diperbarui 2 jam yang lalu", lexicon("id"),
    ...                                              fetched)]
    ['2024-10-24T16:39:00+00:00']
    >>> [str(h.value) for h in relative_dates("3 days ago", lexicon("en"), fetched)]
    ['2024-10-21']
    """
    pats = _patterns(lex.code)
    hits = []
    for match in pats.ago.finditer(text):
        seconds = int(match["n"]) * pats.units[folded(match["unit"])]
        try:
            moment = fetched - dt.timedelta(seconds=seconds)
        except OverflowError:  # fetched in year 1
            continue
        if not _YEARS[0] <= moment.year <= _YEARS[1]:
            continue
        value = moment.date() if seconds >= _DAY else moment.replace(second=0, microsecond=0)
        before = text[max(0, match.start() - 45) : match.start()]
        updated = pats.updated_before.search(before) is not None
        hits.append(DateHit(value=value, start=match.start(), end=match.end(), updated=updated))
    return hits


_DAY = 24 * 60 * 60
#: The years a story's date may fall in: any other is a misreading.
_YEARS = (1990, 2100)


def _hit(
    day: dt.date, match: re.Match[str], text: str, pats: _Patterns, zone: dt.tzinfo | None
) -> DateHit:
    value, start, end, guessed = _with_time(day, match, text, pats, zone)
    if pats.order == "mdy" and not guessed and (swapped := _day_first(match, value)) is not None:
        value = swapped
    before = text[max(0, start - 45) : start]
    updated = pats.updated_before.search(before) is not None
    return DateHit(value, start, end, updated, guessed)


def attribution_date(text: str, lex: Lexicon) -> dt.date | None:
    """The date of an Indonesian body attribution, "kata Amran, Rabu (31/7/2024)".

    >>> attribution_date("kata Amran, Rabu (31/7/2024).", lexicon("id"))
    datetime.date(2024, 7, 31)
    """
    if _PAREN_DATE_ALONE.search(text) is None:
        return None  # every attribution holds one
    match = _patterns(lex.code).attribution.search(text)
    if not match:
        return None
    year = int(match["y"])
    year = year + 2000 if year < 100 else year
    return _safe_date(year, int(match["m"]), int(match["d"]))


def parse_fallback(text: str, lex: Lexicon) -> dt.date | None:
    """dateparser on a short line the cheap patterns missed, with the page's language set."""
    from dateparser import parse  # heavy: only imported when the fallback is needed

    moment = parse(
        text[:_FALLBACK_CHARS],
        languages=[lex.dates.dateparser],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            # Not "relative-time": "5 hours ago" and "yesterday" would be read against the
            # clock of the machine running warta, a different record every day.
            "PARSERS": _ABSOLUTE_PARSERS,
        },
    )
    if moment is None or not _YEARS[0] <= moment.year <= _YEARS[1]:
        return None
    if moment.tzinfo is None:
        return dt.date(moment.year, moment.month, moment.day)
    return dt.datetime.fromisoformat(moment.isoformat())


def _day(match: re.Match[str], pats: _Patterns) -> dt.date | None:
    if match["y1"]:
        month = pats.months.get(match["m1"].lower())
        return _safe_date(int(match["y1"]), month, int(match["d1"])) if month else None
    if match["y2"]:
        month = pats.months.get(match["m2"].lower())
        return _safe_date(int(match["y2"]), month, int(match["d2"])) if month else None
    if match["y3"]:
        return _numeric(int(match["y3"]), int(match["a3"]), int(match["b3"]), pats)
    if match["y6"]:
        return _numeric(_CENTURY + int(match["y6"]), int(match["a6"]), int(match["b6"]), pats)
    if match["y5"]:
        return _safe_date(int(match["y5"]), int(match["m5"]), int(match["d5"]))
    return _safe_date(int(match["y4"]), int(match["m4"]), int(match["d4"]))


def _day_first(match: re.Match[str], value: dt.date) -> dt.date | None:
    """A numeric date read month first ("06/01/2026") read again day first when the time after
    it is written in a zone that writes the day first, Europe's and Africa's
    (`_DAY_FIRST_OFFSETS`): Euronews' "06/01/2026 - 13:55 GMT+1" is 6 January. Only a written
    zone tells: Deutsche Welle's English pages write "06/03/2024" for June 3 with none."""
    first, second = (match["a3"], match["b3"]) if match["y3"] else (match["a6"], match["b6"])
    if first is None or first == second or int(first) > 12 or int(second) > 12:
        return None  # not numeric, or no other reading
    offset = value.utcoffset() if isinstance(value, dt.datetime) else None
    if offset is None or not _DAY_FIRST_OFFSETS[0] <= offset <= _DAY_FIRST_OFFSETS[1]:
        return None
    return value.replace(month=value.day, day=value.month)


#: The UTC offsets of the zones where English writes a numeric date day first: Europe and
#: Africa (the Americas write the month first, and Asia both: the Philippines month first).
_DAY_FIRST_OFFSETS = (dt.timedelta(hours=0), dt.timedelta(hours=3))


def _numeric(year: int, first: int, second: int, pats: _Patterns) -> dt.date | None:
    # The language's order decides, unless the numbers themselves do (a day above 12).
    if first > 12 or (pats.order == "dmy" and second <= 12):
        return _safe_date(year, second, first)
    return _safe_date(year, first, second)


def _with_time(
    day: dt.date, match: re.Match[str], text: str, pats: _Patterns, zone: dt.tzinfo | None
) -> tuple[dt.date, int, int, bool]:
    """The date with its time, where the two start and end, and whether its zone is `zone`
    (none written)."""
    start = match.start()
    if match["H4"]:
        value = _iso_time(day, match, zone)
        return value, start, match.end(), _guessed(value, bool(match["z4"]))
    after = pats.time_after.match(text, match.end())
    if after:
        known = _known_zone(after, pats)
        value = _combine(day, after, pats, zone)
        # Without a zone the time ends at its minutes, or at its "am"/"pm" ("9:05 am").
        end = after.end() if known else max(after.end(g) for g in ("M", "ampm", "ampmh"))
        return value, start, end, _guessed(value, known)
    before = pats.time_before.search(text, max(0, start - 30), start)
    if before:
        value = _combine(day, before, pats, zone)
        return value, before.start(), match.end(), _guessed(value, _known_zone(before, pats))
    return day, start, match.end(), False


def _guessed(value: dt.date, known: bool) -> bool:
    return not known and isinstance(value, dt.datetime)


def _iso_time(day: dt.date, match: re.Match[str], home: dt.tzinfo | None) -> dt.date:
    """A time written as ISO 8601 ("2025-04-08 16:31", "2024-07-31T10:15:00+07:00"): in its
    written zone, or in the page's home zone when it writes none."""
    if not match["H4"]:
        return day
    hour, minute = int(match["H4"]), int(match["M4"])
    zone = match["z4"]
    if zone:
        return _at(day, hour, minute, 0 if zone.upper() == "Z" else _signed_minutes(zone)) or day
    return _in_home(day, hour, minute, home)


def _known_zone(clock: re.Match[str], pats: _Patterns) -> bool:
    zone = clock["tz"]
    # "GMT+7" must carry its offset: the fuzzer found "UTCy" (a zone glued to the next word)
    # taken for an offset zone, and int("y") raised.
    return bool(zone) and (zone.lower() in pats.zones or _OFFSET_ZONE.fullmatch(zone) is not None)


def _combine(
    day: dt.date, clock: re.Match[str], pats: _Patterns, home: dt.tzinfo | None
) -> dt.date:
    hour, minute = _hour(clock), int(clock["M"] or 0)
    if _known_zone(clock, pats):
        return _at(day, hour, minute, _zone_minutes(clock["tz"], pats, day)) or day
    return _in_home(day, hour, minute, home)


def _in_home(day: dt.date, hour: int, minute: int, home: dt.tzinfo | None) -> dt.date:
    if home is None or not (0 <= hour < 24 and 0 <= minute < 60):
        return day  # a time without a zone is local to someone unknown: keep the day only
    offset = home.utcoffset(dt.datetime(day.year, day.month, day.day, hour, minute))
    return day if offset is None else _at(day, hour, minute, offset // _MINUTE) or day


_MINUTE = dt.timedelta(minutes=1)


def _hour(clock: re.Match[str]) -> int:
    """The hour of a clock time on the 24-hour clock: "7:30 pm" is 19."""
    hour = int(clock["H"] or clock["Hh"])
    ampm = (clock["ampm"] or clock["ampmh"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        return hour + 12
    if ampm == "am" and hour == 12:
        return 0
    return hour


#: US zones named without saying standard or daylight time ("5:00 AM ET"): an hour later from
#: the second Sunday of March to the first Sunday of November.
_US_GENERIC = frozenset({"et", "ct", "mt", "pt"})
#: British time named as the country's ("11:37, UK", Sky News): GMT, an hour later in summer.
_UK_GENERIC = frozenset({"uk"})


def _zone_minutes(zone: str, pats: _Patterns, day: dt.date | None = None) -> int:
    key = zone.lower().replace(" ", "")
    if key in pats.zones:
        daylight = day is not None and (
            (key in _US_GENERIC and _us_daylight(day)) or (key in _UK_GENERIC and _eu_daylight(day))
        )
        return pats.zones[key] + (60 if daylight else 0)
    return _signed_minutes(key[3:])  # "gmt+7", "utc-05:00"


def _us_daylight(day: dt.date) -> bool:
    """Whether US daylight saving time is on that day (the rule since 2007)."""
    march, november = dt.date(day.year, 3, 8), dt.date(day.year, 11, 1)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)  # the second Sunday of March
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)  # the first of November
    return start <= day < end


def _eu_daylight(day: dt.date) -> bool:
    """Whether British (and European) summer time is on that day: from the last Sunday of March
    to the last Sunday of October."""
    march, october = dt.date(day.year, 3, 31), dt.date(day.year, 10, 31)
    start = march - dt.timedelta(days=(march.weekday() + 1) % 7)  # the last Sunday of March
    end = october - dt.timedelta(days=(october.weekday() + 1) % 7)  # and of October
    return start <= day < end


def _signed_minutes(text: str) -> int:
    sign = -1 if text.strip().startswith("-") else 1
    digits = text.strip().lstrip("+-").replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return sign * (int(hours) * 60 + int(minutes))


def _at(day: dt.date, hour: int, minute: int, offset: int) -> dt.datetime | None:
    if not (0 <= hour < 24 and 0 <= minute < 60 and abs(offset) < 24 * 60):
        return None
    zone = dt.timezone(dt.timedelta(minutes=offset))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not _YEARS[0] <= year <= _YEARS[1]:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
