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

__all__ = ["letters", "own_outlet", "read_dateline"]

# The head before the dash is short; the dash is a hyphen, a double hyphen, an en or em dash.
# The dash has a space before it, so "TRIBUN-BALI.COM, DENPASAR -" keeps its hyphenated outlet.
_OPENER = re.compile(r"^(?P<head>[^\n]{2,60}?)\s(?:--|-|–|—)\s?(?=\S)")
# Reuters writes the day into the dateline: "JAKARTA, Oct 21 (Reuters) -".
_DAY_AFTER_PLACE = re.compile(r",\s?[A-Za-z]{3,9}\.?\s\d{1,2}$")
_PAREN = re.compile(r"^(?P<place>[^()]{2,40}?)\s?\((?P<outlet>[^()]{2,30})\)$")
# A site's address, also under its network's: "KOMPAS.com", "KENDARIPOS.FAJAR.CO.ID".
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+){0,2}\.[a-z]{2,3}$", re.IGNORECASE)
_MAX_PLACE_WORDS = 4
#: The words a lead has at least after "Place:" where the language's press does not write such
#: datelines (read within its first characters only).
_LEAD_WORDS = 20
_LEAD_CHARS = 200
#: Small words inside a place's name: "Dar es Salaam", "Rio de Janeiro", "Ras al Khaimah".
_PARTICLES = frozenset({"es", "de", "del", "da", "do", "al", "el", "la"})
# CNA and the Bangkok Post write the place in capitals and a colon: "SINGAPORE: A property
# agent ...", "PATTAYA: ..."; Borneo Post and The Edge the day in brackets between: "KAPIT
# (Sept 22): ..."; The Express Tribune two places: "LAHORE / ISLAMABAD: ..."; The Himalayan
# Times the day after a comma: "KATHMANDU, MARCH 4: ...".
_COLON_OPENER = re.compile(
    r"^(?P<head>[A-Z][A-Z.'’ /-]{1,40}[A-Z.])(?:\s\([A-Z][a-z]{2,8}\.?\s\d{1,2}\))?"
    r"(?:,\s(?P<month>[A-Za-z]{3,9})\.?\s\d{1,2})?:\s(?=[A-Z\"“‘'(])"
)
# Some outlets write the place as a name with a colon: "Semarang: Badan Meteorologi ..." (Medcom),
# "Pune: The Pune Municipal Corporation ..." (Indian outlets). In a language whose lexicon says
# its press does (`DatelineWords.named_colon`), any such name; elsewhere ("Disclosure:", "Above:",
# "Hollywood Nation:" and "Wendy Brown:" open English paragraphs as often) a one-word name that
# the paragraph names again, or a place and its country ("Doha, Qatar:", The Peninsula).
_NAMED_COLON_OPENER = re.compile(
    r"^(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?P<country>, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)"
    r":\s(?=[A-Z\"“‘'(])"
)
# The Jakarta Globe ends the place with a stop: "Jakarta. Dengue fever cases ...". A word of four
# letters at least, so that "Mrs. Lee" and "Gen. Ali" are not read as one (titles are checked too);
# or a name with a particle, "Dar es Salaam." (The Citizen).
_STOP_OPENER = re.compile(
    r"^(?P<head>[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?|[A-Z][a-z]{2,} (?:es|de|del|da|do|al|el|la) "
    r"[A-Z][a-z]{2,})\.\s(?=[A-Z\"“])"
)
# What parts an outlet from its place in a dateline's head: a comma, or a bar.
_HEAD_PARTS = re.compile(r",| \| ")
# The place in capitals in square brackets (The Business Times): "[SINGAPORE] Shipping ...".
_SQUARE_OPENER = re.compile(r"^\[(?P<head>[A-Z][A-Z.'’ /-]{1,40}[A-Z.])\]\s(?=[A-Z\"“‘'(])")
# An outlet's address in capitals, then the story, no dash: "AKURAT.CO Badan Meteorologi ...".
_ADDRESS_OPENER = re.compile(r"^(?P<head>[A-Z0-9-]{3,}(?:\.[A-Z]{2,3}){1,2})\s(?=[A-Z\"“])")
# A dash right after the place in capitals, without spaces: "DETROIT—Bramwell ...",
# "Harianjogja.com, BANTUL—Harga ...", "KALTIMPOST.ID, SAMARINDA–Genangan ...", or after the
# outlet's address: "JawaPos.com–Pemerintah ...".
_TIGHT_OPENER = re.compile(
    r"^(?P<head>[^\n—–]{1,58}(?:[A-Z]|\.(?i:com|co\.id|id|net)))(?:—|–)(?=[A-Z\"“])"
)
# Kontan writes the place after the outlet's dash, in capitals with a stop: "KONTAN.CO.ID -
# SEMARANG. Otoritas ..."; KR Jogja after a second dash: "Krjogja.com - GUNUNGKIDUL - Tiga ...".
_PLACE_AFTER = re.compile(
    r"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?:[.,]|\s(?:--|-|–|—))\s(?=[A-Z\"“])"
)
# "SHAH ALAM, March 15 —": the day after the place, without an outlet (Malay Mail).
_DAY = re.compile(r"^[A-Z][a-z]{2,8}\.?\s\d{1,2}$")
# An outlet's name after the place, in capitals or run together: "Jakarta, VIVA –",
# "Jakarta, KompasOtomotif -" (not a state's two letters: "New York, NY").
_OUTLET_WORD = re.compile(r"^(?:[A-Z]{3,12}|[A-Z][a-z]+[A-Z][A-Za-z]+)$")
# Run together, a capital inside: "KompasOtomotif", "TimeX"; after a place in capitals too
# ("TIMIKA, TimeX –"), where a word in capitals may be the country ("MANILA, PHILIPPINES").
_RUN_TOGETHER = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
# A known outlet, a comma, the place and a colon: "KBRN, Purwokerto: Petani ..." (RRI).
_OUTLET_COLON_OPENER = re.compile(
    r"^(?P<outlet>[^,:\n]{2,30}), (?P<head>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}):\s(?=[A-Z\"“])"
)


# A place, perhaps the day, and a known agency in brackets, then the story with no dash: "Taipei,
# July 8 (CNA) More than 3,000 residents ..." (Focus Taiwan); or a colon: "SIDIKALANG
# (Waspada.id): ..." (Waspada).
_BRACKETED_OPENER = re.compile(r"^(?P<head>[^()\n]{2,40}?\s?\([^()\n]{2,30}\)):?\s(?=[A-Z\"“])")


#: The most words of a name after a network's brand: "Radar Banyuwangi", "Radar Jember Jawa Pos".
_MAX_BRANDED_WORDS = 3


@dataclass(frozen=True)
class _Words:
    outlets: frozenset[str]
    brands: frozenset[str]
    kickers: frozenset[str]
    #: Titles before a name, lowercased without their stop: "Mrs. Lee" opens with no place.
    titles: frozenset[str]
    #: Names of days and months, lowercased: "Fridays." opens with no place either.
    days: frozenset[str]
    #: A story's update tag before its dateline: "(UPDATED)", "(1st UPDATE)".
    update_tag: re.Pattern[str]


@cache
def _words(code: str) -> _Words:
    # Every language's outlets: English wires date Indonesian pages and the other way round.
    del code  # the same for every language today; the key keeps the cache per language
    return _Words(
        outlets=frozenset(o for c in LANGUAGES for o in lexicon(c).datelines.outlets),
        brands=frozenset(b for c in LANGUAGES for b in lexicon(c).datelines.brands),
        kickers=frozenset(k for c in LANGUAGES for k in lexicon(c).datelines.kickers),
        titles=frozenset(
            t.lower().rstrip(".") for c in LANGUAGES for t in lexicon(c).people.title_prefixes
        ),
        days=frozenset(
            d for c in LANGUAGES for d in (*lexicon(c).dates.weekdays, *lexicon(c).dates.months)
        ),
        update_tag=re.compile(
            rf"\((?:\d{{1,2}}[a-z]{{0,2}}\s)?(?i:{_update_words()})\)\s",
        ),
    )


def _update_words() -> str:
    words = {w for c in LANGUAGES for w in lexicon(c).dates.updated if " " not in w}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def read_dateline(text: str, lex: Lexicon) -> Dateline | None:
    """The dateline opening `text`, or None.

    >>> read_dateline("TRIBUNNEWS.COM, JAKARTA - Plh. Dirjen memimpin rapat.", lexicon("id"))
    Dateline(outlet='TRIBUNNEWS.COM', location='JAKARTA', text='TRIBUNNEWS.COM, JAKARTA -')
    >>> read_dateline("Jakarta (ANTARA) - Hujan turun.", lexicon("id")).outlet
    'ANTARA'
    >>> read_dateline("Labuan Bajo, NTT (ANTARA) - Arrivals rose.", lexicon("en")).location
    'Labuan Bajo, NTT'
    >>> read_dateline("KAPIT (Sept 22): Patients no longer travel.", lexicon("en")).location
    'KAPIT'
    >>> read_dateline("Jember (beritajatim.com) – Dinas Kesehatan mencatat.", lexicon("id")).outlet
    'beritajatim.com'
    >>> read_dateline("KBRN, Purwokerto: Petani mulai panen.", lexicon("id")).location
    'Purwokerto'
    >>> read_dateline("Pune: The Pune civic body cut water.", lexicon("en")).location
    'Pune'
    >>> read_dateline("[SINGAPORE] Port volumes rose.", lexicon("en")).location
    'SINGAPORE'
    >>> read_dateline("KABARMADURA.ID | SUMENEP–Tim SAR tiba.", lexicon("id")).location
    'SUMENEP'
    >>> read_dateline("(1st UPDATE) MANILA, Philippines – Prices held.", lexicon("en")).text
    '(1st UPDATE) MANILA, Philippines –'
    >>> read_dateline("Disclosure: The author owns shares.", lexicon("en")) is None
    True
    """
    words = _words(lex.code)
    tag = words.update_tag.match(text) if text[:1] == "(" else None
    if tag is not None:
        # "(1st UPDATE) MANILA, Philippines – ...": the dateline after the story's update tag,
        # written with it.
        tagged = read_dateline(text[tag.end() :], lex)
        return tagged and tagged.model_copy(update={"text": text[: tag.end()] + tagged.text})
    match = _TIGHT_OPENER.match(text) or _OPENER.match(text)
    # A dateline is followed by a sentence; "Jokowi - sapaan akrabnya -" is an aside.
    if not match or text[match.end()].islower():
        return _undashed_dateline(text, words, lex)
    head = match["head"].strip()
    found = _parse_head(head, words)
    if found is None:
        return None
    outlet, location = found
    end = match.end()
    if location is None and outlet is not None:
        after = _PLACE_AFTER.match(text, end)
        if after is not None and after["place"].lower() not in words.kickers:
            location, end = after["place"], after.end()
    written = text[:end].rstrip()
    return Dateline(outlet=outlet, location=location, text=written)


def _undashed_dateline(text: str, words: _Words, lex: Lexicon) -> Dateline | None:
    """A dateline with no dash: a place and a colon or a stop, or in square brackets, or an
    outlet's address alone."""
    address = _ADDRESS_OPENER.match(text)
    if address is not None:
        return Dateline(outlet=address["head"], location=None, text=address["head"])
    bracketed = _BRACKETED_OPENER.match(text)
    if bracketed is not None:
        found = _parse_head(bracketed["head"], words)
        if found is not None and found[0] is not None and _is_outlet(found[0], words):
            written = text[: bracketed.end()].rstrip()
            return Dateline(outlet=found[0], location=found[1], text=written)
    cited = _OUTLET_COLON_OPENER.match(text)
    if cited is not None and _is_outlet(cited["outlet"], words):
        return Dateline(
            outlet=cited["outlet"], location=cited["head"], text=text[: cited.end()].rstrip()
        )
    named = _NAMED_COLON_OPENER.match(text)
    if (
        named is not None
        and not lex.datelines.named_colon
        and not named["country"]
        and not _named_again(named, text)
        and not (" " not in named["head"] and _lead_after(text, named.end()))
    ):
        named = None
    colon = _COLON_OPENER.match(text)
    if colon is not None and colon["month"] and colon["month"].lower() not in words.days:
        colon = None  # "KATHMANDU, MARCH 4:" but not "ROME, ITALY 2:"
    match = colon or named or _STOP_OPENER.match(text) or _SQUARE_OPENER.match(text)
    if match is None:
        return None
    place = match["head"].strip()
    lowered = place.lower()
    if lowered in words.kickers or not words.kickers.isdisjoint(lowered.split()):
        return None  # "BREAKING:", "ST PHOTO:", "Watch:"
    if not _is_place(place) or lowered.rpartition(" ")[2] in words.titles:
        return None  # "Mrs. Lee", "State Rep. Colleen Farrow speaks ..."
    if lowered.rstrip("s") in words.days:
        return None  # "Fridays. A weekly digest ..."
    return Dateline(outlet=None, location=place, text=text[: match.end()].rstrip())


def _lead_after(text: str, start: int) -> bool:
    """Whether a story's lead follows a one-word name and its colon: a long sentence
    ("Sandakan: Oil palm smallholders on the east coast are leaving ...", Daily Express; "Dubai:
    ...", Gulf News), not a title's rest or a note ("Disclosure: The author owns shares.")."""
    rest = text[start : start + _LEAD_CHARS]
    return len(rest.split()) >= _LEAD_WORDS and rest[:1].isupper()


def _named_again(match: re.Match[str], text: str) -> bool:
    """Whether the opening "Name:" is one word that the paragraph names again, as a whole word
    ("Pune: The Pune Municipal Corporation ..."; not "Wendy Brown: A Conversation ...")."""
    head = match["head"]
    return " " not in head and re.search(rf"\b{re.escape(head)}\b", text[match.end() :]) is not None


def _parse_head(head: str, words: _Words) -> tuple[str | None, str | None] | None:
    paren = _PAREN.match(head)
    if paren:
        place, outlet = paren["place"].strip(), paren["outlet"].strip()
        place = _DAY_AFTER_PLACE.sub("", place)
        # "Labuan Bajo, East Nusa Tenggara (ANTARA) -": a place and its province.
        placed = all(_is_place(part) for part in place.split(",", 1))
        # The outlet a name or an address: "Jember (beritajatim.com) –".
        named = _is_name(outlet) or bool(_DOMAIN.match(outlet))
        return (outlet, place) if placed and named else None
    place, _, last = head.rpartition(" ")
    run_in = place and _is_outlet(last, words) and last.isupper()
    if run_in and all(_is_place(part.strip()) for part in place.split(",", 1)):
        return last, place  # "New York CNN —", "Madison, Wisconsin CNN —"
    if "," in head or " | " in head:
        # "KABARMADURA.ID | SUMENEP–": a bar parts the outlet from the place as a comma does.
        first, second = (part.strip() for part in _HEAD_PARTS.split(head, maxsplit=1))
        if _is_outlet(first, words) and _is_place(second):
            return first, second
        if _is_outlet(second, words) and _is_place(first):
            return second, first
        if _is_place(first) and (
            (_OUTLET_WORD.match(second) and not first.isupper()) or _RUN_TOGETHER.match(second)
        ):
            return second, first  # "Jakarta, VIVA –", "TIMIKA, TimeX –"
        if _is_place(first) and (_is_place(second) or _DAY.match(second)):
            # "Hola, Kenya –", "ILOILO CITY, Philippines –"; "SHAH ALAM, March 15 —".
            return None, first if _DAY.match(second) else head
        return None
    first_word = head.split(maxsplit=1)[:1]
    if _is_outlet(head, words) or (first_word and _is_outlet(first_word[0], words)):
        return head, None  # "RM.id  Rakyat Merdeka -": the address, then the paper's name
    if head.lower() in words.kickers:
        return None  # "News - Ann Lee, CNBC Indonesia": a section's name, no place
    return (None, head) if _is_place(head) else None


def _is_outlet(text: str, words: _Words) -> bool:
    return text.lower() in words.outlets or bool(_DOMAIN.match(text)) or _branded(text, words)


def _branded(text: str, words: _Words) -> bool:
    """A network's paper: its brand, then a capitalised name ("Radar Madiun")."""
    first, _, rest = text.partition(" ")
    return (
        first.lower() in words.brands
        and 0 < len(rest.split()) <= _MAX_BRANDED_WORDS
        and rest[:1].isupper()
    )


def _is_place(text: str) -> bool:
    tokens = [t for t in text.split() if t != "/"]  # "LAHORE / ISLAMABAD": two places
    return (
        0 < len(tokens) <= _MAX_PLACE_WORDS
        and tokens[0][0].isupper()
        and all(t[0].isupper() or t in _PARTICLES for t in tokens[1:])
        and not any(c.isdigit() for c in text)
    )


def _is_name(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) <= _MAX_PLACE_WORDS and tokens[0][0].isupper()


def own_outlet(dateline: Dateline | None, site_name: str | None) -> Dateline | None:
    """The dateline with the site's own name, which no lexicon need know, read as its outlet
    where it was taken for a place: "SURABAYA, HARIAN DISWAY -", "TIMESINDONESIA, MALANG -",
    "KABAR BANTEN -" on pages whose declared site name is "Harian Disway", "TIMES Indonesia",
    "Kabar Banten" (in any case, spaced or run together).

    >>> own_outlet(Dateline(location="SURABAYA, HARIAN DISWAY", text="SURABAYA, HARIAN DISWAY -"),
    ...            "Harian Disway")
    Dateline(outlet='HARIAN DISWAY', location='SURABAYA', text='SURABAYA, HARIAN DISWAY -')
    >>> own_outlet(Dateline(location="BANDUNG", text="BANDUNG -"), "Kabar Banten").outlet is None
    True
    >>> own_outlet(Dateline(outlet="Medan", location="Analisadaily", text="Analisadaily (Medan) –"),
    ...            "Analisadaily.com").location
    'Medan'
    >>> own_outlet(Dateline(location="KOTA, JP Radar Kediri", text="KOTA, JP Radar Kediri –"),
    ...            "Radar Kediri").outlet
    'JP Radar Kediri'
    """
    if dateline is None or not dateline.location or not site_name:
        return dateline
    site = letters(site_name)
    names = {site, letters(_TLD.sub("", site_name))}
    if dateline.outlet:
        # "Analisadaily (Medan) –": the site's name outside the brackets, the place in them.
        if letters(dateline.location) in names:
            return Dateline(outlet=dateline.location, location=dateline.outlet, text=dateline.text)
        return dateline
    parts = [part.strip() for part in dateline.location.split(",")]
    if len(site) < 4 or len(parts) > 2:
        return dateline
    for i, part in enumerate(parts):
        # Also under the network's prefix: "KOTA, JP Radar Kediri –" on "Radar Kediri".
        spelled = letters(part)
        if spelled in names or (len(parts) == 2 and spelled.endswith(tuple(names))):
            place = parts[1 - i] if len(parts) == 2 else None
            return Dateline(outlet=part, location=place, text=dateline.text)
    return dateline


#: A site name's address ending: "Analisadaily.com" is "Analisadaily" in its dateline.
_TLD = re.compile(r"\.(?:com|co\.id|id|net|org|co)$", re.IGNORECASE)


def letters(text: str) -> str:
    """A name's letters and digits, casefolded: how a site's name compares in any spelling.

    >>> letters("TIMES Indonesia"), letters("Kompas.com")
    ('timesindonesia', 'kompascom')
    """
    return "".join(c for c in text.casefold() if c.isalnum())
