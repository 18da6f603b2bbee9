"""The page's home time zone: the zone its times are in when it prints one without a zone.

Many outlets print "Published 7:30am, 3 Sep 2024" or "Kamis, 15 Mei 2025 | 13:47" and leave the
zone to the reader, who knows the site: Hong Kong's time, Jakarta's. A time with no zone is an
unknown instant, so without a home zone only its day is kept. The zone is looked for, in order:

1. the page's legend of its times ("AEST = Australian Eastern Standard Time ...", "All times
   shown are AEST"), in a line that is not the story's;
2. the outlet the page says it is: its site name (`og:site_name`, JSON-LD publisher), its host
   and the host's country code, for a country of one time zone (".sg", ".ie", ".co.id"), its
   copyright line ("Copyright © 2024 South China Morning Post Publishers Ltd."), its logo's
   text alone on a line near the top, each looked up in the lexicons' `outlet_zones`;
3. the language's press (`home_zone`: Indonesian outlets print Jakarta's time, WIB);
4. the outlet in the story's dateline, often a wire's, whose zone is the page's only where
   nothing above says otherwise.

Only a page that declares no machine time is given a home zone: a machine time is exact, and
a guessed zone must not outweigh it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warta.blocks import Block, Label
from warta.ingest.urls import host
from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import trie
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

__all__ = ["home_zone"]

#: Country codes of countries in one time zone (or whose press prints one, as Indonesia's does
#: Jakarta's), to that zone. A host's last label is one of these in "straitstimes.com.sg".
_COUNTRY_ZONES = {
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila",
    "id": "Asia/Jakarta", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "mm": "Asia/Yangon",
    "kh": "Asia/Phnom_Penh", "la": "Asia/Vientiane", "bn": "Asia/Brunei",
    "hk": "Asia/Hong_Kong", "mo": "Asia/Macau", "tw": "Asia/Taipei", "kr": "Asia/Seoul",
    "jp": "Asia/Tokyo", "cn": "Asia/Shanghai", "in": "Asia/Kolkata", "pk": "Asia/Karachi",
    "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu", "ae": "Asia/Dubai",
    "qa": "Asia/Qatar", "sa": "Asia/Riyadh", "il": "Asia/Jerusalem", "tr": "Europe/Istanbul",
    "ie": "Europe/Dublin", "uk": "Europe/London", "nz": "Pacific/Auckland",
    "za": "Africa/Johannesburg", "ke": "Africa/Nairobi", "ng": "Africa/Lagos",
    "gh": "Africa/Accra", "eg": "Africa/Cairo", "de": "Europe/Berlin", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
    "gr": "Europe/Athens", "fj": "Pacific/Fiji", "pg": "Pacific/Port_Moresby",
    "sb": "Pacific/Guadalcanal", "vu": "Pacific/Efate",
    # Not ".to" nor ".ws" (Tonga, Samoa): addresses sold the world over.
}  # fmt: skip
#: The page's lines an outlet names itself in.
_OWN_KINDS = frozenset({BoilerplateKind.COPYRIGHT, BoilerplateKind.FOOTER})
#: How many copyright and footer lines are looked in: the last few of the page.
_OWN_LINES = 8
#: The lines at the top of a page a logo's text may be among.
_TOP_LINES = 20
#: The characters of a line an outlet's name is looked for in.
_NAME_CHARS = 200


def home_zone(
    site_names: Iterable[str],
    url: str | None,
    blocks: list[Block],
    dateline_outlet: str | None,
    lex: Lexicon,
) -> dt.tzinfo | None:
    """The zone the page's times are in when it prints none, or None when nothing says.

    >>> from warta.lang import lexicon
    >>> str(home_zone(["The Straits Times"], None, [], None, lexicon("en")))
    'Asia/Singapore'
    >>> str(home_zone([], "https://www.irishtimes.com/news/a", [], None, lexicon("en")))
    'Europe/Dublin'
    >>> str(home_zone([], None, [], None, lexicon("id")))
    'Asia/Jakarta'
    >>> home_zone([], None, [], None, lexicon("en")) is None
    True
    """
    named = _named(site_names, host(url), blocks, dateline_outlet, lex)
    return next((zone for name in named if name and (zone := _zone(name))), None)


def _named(
    site_names: Iterable[str],
    site_host: str,
    blocks: list[Block],
    dateline_outlet: str | None,
    lex: Lexicon,
) -> Iterator[str | None]:
    """The zones the page names, most trusted first, each looked for only when needed."""
    yield _legend_zone(blocks)
    yield from map(_outlet_zone, site_names)
    yield _host_zone(site_host)
    yield _COUNTRY_ZONES.get(site_host.rsplit(".", 1)[-1]) if "." in site_host else None
    # The copyright line before the other footer lines, which may name other outlets ("This
    # service may include material from AFP, Reuters ... and the BBC").
    own = [b for b in blocks if b.kind in _OWN_KINDS][-_OWN_LINES:]
    own.sort(key=lambda b: b.kind is not BoilerplateKind.COPYRIGHT)
    yield from (_outlet_zone(b.text) for b in own)
    # The outlet's name alone on a line near the top: a logo's text ("Bangkok Post").
    yield from (_outlet_zones().get(_key(b.text)) for b in blocks[:_TOP_LINES] if len(b.text) < 40)
    # The language's press before the dateline's outlet, often a wire's ("BEIJING (Xinhua) -"
    # on an Indonesian site, which prints Jakarta's time).
    yield lex.dates.home_zone
    yield _outlet_zone(dateline_outlet) if dateline_outlet else None


def _legend_zone(blocks: list[Block]) -> str | None:
    """The region of the zone a line outside the story names as the page's: "AEST =
    Australian Eastern Standard Time which is 10 hours ahead of GMT", "All times shown are
    AEST (...)". The page's last short lines only, where a footer states it."""
    scan, regions, needles = _legend_scan()
    # The last short lines outside the story (a page's legend is in its footer), scanned at
    # once, a line a `^`.
    short = (
        b.text
        for b in reversed(blocks)
        if b.label is not Label.BODY and len(b.text) <= _LEGEND_CHARS
    )
    lines = "\n".join(islice(short, _LEGEND_LINES))
    # Most pages have none: the scan runs only where a legend's sign or word is, found in C.
    lowered = lines.lower()
    if "=" not in lines and not any(word in lowered for word in needles):
        return None
    for match in scan.finditer(lines):
        region = regions.get((match["abbr"] or match["after"]).lower())
        if region:
            return region
    return None


#: The longest line a zone's legend is read in, and how many of the page's last such lines.
_LEGEND_CHARS = 160
_LEGEND_LINES = 60


@cache
def _legend_scan() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """A scan for a legend ("AEST = ...", "All times shown are AEST"), every language's
    abbreviations to their regions, and the legends' telling words ("times", "waktu": each a
    word of five letters or more that is no stopword), one of which a legend in words holds."""
    regions: dict[str, str] = {}
    legends: set[str] = set()
    needles: set[str] = set()
    for code in LANGUAGES:
        lex = lexicon(code)
        regions.update(lex.dates.zone_regions)
        legends.update(lex.dates.zone_legends)
        needles.update(
            word
            for phrase in lex.dates.zone_legends
            for word in phrase.split()
            if len(word) >= _MIN_NEEDLE_CHARS and word not in lex.stopwords
        )
    words = rf"(?i:{trie(legends)})" if legends else "(?!)"
    return (
        re.compile(
            rf"^[ \t]*(?P<abbr>[A-Z]{{2,5}})[ \t]*=[ \t]*[A-Z]"
            rf"|\b{words}[ \t]+(?P<after>[A-Z]{{2,5}})\b",
            re.MULTILINE,
        ),
        regions,
        frozenset(needles),
    )


#: The fewest letters of a legend's word looked for before its scan.
_MIN_NEEDLE_CHARS = 5


def _outlet_zone(text: str) -> str | None:
    """The zone of the outlet `text` names as whole words, the longest name first: a site name
    ("TribunBali.com"), a copyright line ("© 2024 Mediacorp Pte Ltd."), read in its first
    `_NAME_CHARS` characters (a hostile page's megabyte "copyright line" is not read whole)."""
    match = _outlet_scan().search(f" {_key(text[:_NAME_CHARS])} ")
    return _outlet_zones().get(match[1]) if match else None


def _host_zone(site_host: str) -> str | None:
    """The zone of the outlet a host names: whole ("abc.net.au") or by one of its labels
    ("www.straitstimes.com")."""
    if not site_host:
        return None
    zones = _outlet_zones()
    labels = site_host.removeprefix("www.").split(".")
    candidates = (" ".join(labels), *labels)
    return next((zones[c] for c in candidates if c in zones), None)


def _key(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


@cache
def _outlet_zones() -> dict[str, str]:
    """Every language's outlets and their zones: a page names its outlet whatever its language
    (an English story on Antara's site)."""
    zones: dict[str, str] = {}
    for code in LANGUAGES:
        zones.update({_key(name): zone for name, zone in lexicon(code).dates.outlet_zones.items()})
    return zones


@cache
def _outlet_scan() -> re.Pattern[str]:
    """A scan for an outlet's name as whole words in a keyed line, the longest first."""
    return re.compile(rf" ({trie(_outlet_zones())}) ")


@cache
def _zone(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # no time zone database on this machine
        return None
