"""The dateline that opens a story: "TRIBUNNEWS.COM, JAKARTA -", "Jakarta (ANTARA) -",
"JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "WASHINGTON (Reuters) -", "Jakarta -".

The dateline stays in the first paragraph (paragraphs are as written); this module only reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.lang import LANGUAGES, lexicon
from warta.lang.schema import Lexicon
from warta.records import Dateline

__all__ = ["read_dateline"]

# The head before the dash is short; the dash is a hyphen, a double hyphen, an en or em dash.
# The dash has a space before it, so "TRIBUN-BALI.COM, DENPASAR -" keeps its hyphenated outlet.
_OPENER = re.compile(r"^(?P<head>[^\n]{2,60}?)\s(?:--|-|–|—)\s?(?=\S)")
# Reuters writes the day into the dateline: "JAKARTA, Oct 21 (Reuters) -".
_DAY_AFTER_PLACE = re.compile(r",\s?[A-Za-z]{3,9}\.?\s\d{1,2}$")
_PAREN = re.compile(r"^(?P<place>[^()]{2,40}?)\s?\((?P<outlet>[^()]{2,30})\)$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[a-z]{2,3}){1,2}$", re.IGNORECASE)
_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class _Words:
    outlets: frozenset[str]


@cache
def _words(code: str) -> _Words:
    # Every language's outlets: English wires date Indonesian pages and the other way round.
    del code  # the same for every language today; the key keeps the cache per language
    return _Words(
        outlets=frozenset(o for c in LANGUAGES for o in lexicon(c).datelines.outlets),
    )


def read_dateline(text: str, lex: Lexicon) -> Dateline | None:
    """The dateline opening `text`, or None.

    >>> read_dateline("TRIBUNNEWS.COM, JAKARTA - Plh. Dirjen memimpin rapat.", lexicon("id"))
    Dateline(outlet='TRIBUNNEWS.COM', location='JAKARTA', text='TRIBUNNEWS.COM, JAKARTA -')
    >>> read_dateline("Jakarta (ANTARA) - Hujan turun.", lexicon("id")).outlet
    'ANTARA'
    """
    match = _OPENER.match(text)
    # A dateline is followed by a sentence; "Jokowi - sapaan akrabnya -" is an aside.
    if not match or text[match.end()].islower():
        return None
    head = match["head"].strip()
    found = _parse_head(head, _words(lex.code))
    if found is None:
        return None
    outlet, location = found
    written = text[: match.end()].rstrip()
    return Dateline(outlet=outlet, location=location, text=written)


def _parse_head(head: str, words: _Words) -> tuple[str | None, str | None] | None:
    paren = _PAREN.match(head)
    if paren:
        place, outlet = paren["place"].strip(), paren["outlet"].strip()
        place = _DAY_AFTER_PLACE.sub("", place)
        return (outlet, place) if _is_place(place) and _is_name(outlet) else None
    if "," in head:
        first, _, second = (part.strip() for part in head.partition(","))
        if _is_outlet(first, words) and _is_place(second):
            return first, second
        if _is_outlet(second, words) and _is_place(first):
            return second, first
        return None
    if _is_outlet(head, words):
        return head, None
    return (None, head) if _is_place(head) else None


def _is_outlet(text: str, words: _Words) -> bool:
    return text.lower() in words.outlets or bool(_DOMAIN.match(text))


def _is_place(text: str) -> bool:
    tokens = text.split()
    return (
        0 < len(tokens) <= _MAX_PLACE_WORDS
        and all(t[0].isupper() for t in tokens)
        and not any(c.isdigit() for c in text)
    )


def _is_name(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) <= _MAX_PLACE_WORDS and tokens[0][0].isupper()
