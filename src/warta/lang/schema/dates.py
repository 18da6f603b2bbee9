from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateWords:
    """Words of dates and times."""

    #: Month names and abbreviations, lowercased, to month number.
    months: dict[str, int] = field(default_factory=dict)
    #: Day names and abbreviations, lowercased.
    weekdays: tuple[str, ...] = ()
    #: Time zone abbreviations to UTC offsets in minutes: "WIB" -> 420.
    timezones: dict[str, int] = field(default_factory=dict)
    #: Time zone abbreviations to the region whose clock they name (IANA): a page's legend
    #: ("AEST = Australian Eastern Standard Time", "All times shown are AEST") says it prints
    #: that region's time, summer time included.
    zone_regions: dict[str, str] = field(default_factory=dict)
    #: What a legend says before the abbreviation: "all times shown are", "waktu dalam".
    zone_legends: tuple[str, ...] = ()
    #: Labels before an update time: "Diperbarui", "Updated".
    updated: tuple[str, ...] = ()
    #: Labels before a publication time: "Diterbitkan", "Published".
    published: tuple[str, ...] = ()
    #: Words of a relative time: "2 days ago", "3 jam lalu". A short line with a number and one
    #: of these is a date line (a comment's or a teaser's), though it gives no date.
    relative: tuple[str, ...] = ()
    #: Units of a relative time to their length in seconds: "jam" -> 3600. Read only against
    #: the time a page was fetched (`warta.extract(..., fetched=...)`); months and years are
    #: too coarse to date a story and are not listed.
    units: dict[str, int] = field(default_factory=dict)
    #: Words that introduce a date: after a time ("3:10 p.m. ET on March 4, 2025"), after a
    #: name ("Penulis: Ani Pada: Selasa, 12 Mar 2024").
    on_words: tuple[str, ...] = ()
    #: Words between a date and its time: "pukul", "at".
    time_words: tuple[str, ...] = ()
    #: "dmy" or "mdy": how numeric dates are ordered in this language.
    order: str = "dmy"
    #: dateparser's language code, for the fallback.
    dateparser: str = "en"
    #: The time zone (IANA name) the language's press prints its times in when a page writes a
    #: time with no zone and names no outlet of `outlet_zones`: Indonesian outlets are in
    #: Jakarta (WIB). None where the language's press spans many zones (English).
    home_zone: str | None = None
    #: Outlets that print their times without a zone, to the zone (IANA name) they print them
    #: in: "south china morning post" -> "Asia/Hong_Kong". Names lowercased, as a site names
    #: itself, as its copyright line does, or as its host does without dots ("scmp"). An empty
    #: zone marks a name outlets in different zones share ("abc news"), which alone says none.
    outlet_zones: dict[str, str] = field(default_factory=dict)
