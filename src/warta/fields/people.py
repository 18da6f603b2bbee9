"""People: bylines and credit lines read into `Person`s with roles.

Shapes, by outlet convention: "Penulis: X", "Editor: Y", "Penulis X | Editor Y" (Kompas),
"Pewarta: X" (ANTARA), "Laporan wartawan Tribunnews.com, X" (Tribun), "Oleh X", "By X",
"(Reporting by A and B; Editing by C)" (Reuters), "X - detikNews" (detik), and initials at the end
of the body, "(ams/idh)": the writer, then the editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from warta.blocks import Block, Label
from warta.fields.dateline import letters
from warta.fields.dates import find_dates
from warta.ingest.metadata import MAX_PEOPLE
from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import alternation, folded
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind, Person, Role

__all__ = [
    "LINES_UNDER_LABEL",
    "OVER_LABEL",
    "Credits",
    "after_conjunction",
    "bare_name",
    "bare_names",
    "by_word_line",
    "initials",
    "initials_line",
    "is_by_word",
    "is_byline_button",
    "merge_people",
    "parse_byline",
    "read_people",
    "role_label",
]

#: A byline is a short line; a longer one is prose that happens to start with "By".
_MAX_BYLINE_WORDS = 24
#: A wire's credit line of several roles parted by semicolons, each name with the city it
#: filed from, runs longer: "Reporting by Ann Lee in Oslo and ...; Editing by ...".
MAX_CREDIT_LINE_WORDS = 40
_MAX_NAME_WORDS = 5
_MIN_UNLABELLED_NAME_WORDS = 2
_MAX_BARE_NAME_WORDS = 4
#: Longer bare names hold a particle ("van", "bin").
_PLAIN_NAME_WORDS = 3
#: What sets a name apart from the date or outlet after it on one line.
_NAME_APART = re.compile(r"\s*[|•·]\s*|\s+/\s+")
#: A name glued to the next word: "ThorntonNews".
_GLUED = re.compile(r"^([A-Z][a-z’'-]+)([A-Z][a-z]+)$")
#: The reason classification gives a name on the line over its role's label ("Sapeta Leavasa"
#: over "Author", as an author box under a story sets them).
OVER_LABEL = "over a role's label"
#: How many lines under a role's label on a line of its own may each name one of its people.
LINES_UNDER_LABEL = 4
#: How far after the body's last paragraph a byline still closes the article.
_CLOSING_LINES = 3
#: How many times and buttons are cut from a byline's end ("Ann Lee Follow 4 min read").
_MAX_TAILS = 3
#: The most words of a job a slash sets after a name ("/Senior Staff Writer").
_MAX_JOB_WORDS = 3
#: A byline is at most so many characters: a longer line is none, and is not searched (the
#: separators' patterns backtrack over a long run of spaces).
_MAX_BYLINE_CHARS = 400
#: Names a line of bare names joins at most: "Ann Lee, Bo Kim and Jo Hale".
_MAX_BARE_NAMES = 4
#: Names read from a page's bylines before the rest are let go (a few times the most a record
#: keeps, `MAX_PEOPLE` a role, for the same names given twice).
_ENOUGH_NAMED = 4 * MAX_PEOPLE
#: Separators a byline's line may open with, left from the line it was set beside.
_LEADERS = "|·•"
#: A word in capitals of two letters or more: an outlet's or a body's, not a name's.
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
#: A word of a name: a capital, then letters, with an inner hyphen or apostrophe ("O’Regan").
_BARE_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?$")
#: A code of initials in lowercase: letters, or a letter and a digit for a desk's editors
#: ("(mas/r5)" at Jawa Pos's regional papers).
_CODE = r"(?:[a-z]{2,6}|[a-z][0-9])"
#: A code after the first may be one letter: "(ikh/b)", the desk's letter (Fajar's papers),
#: or a desk's letter and number: "(dip/hns/S-2)" (Koran Jakarta).
_LATER_CODE = r"(?:[a-z]{1,6}|[a-z][0-9]|[A-Z]-[0-9])"
_INITIALS = re.compile(rf"\((?P<all>{_CODE}(?:/{_LATER_CODE}){{1,3}})\)\s*$")
#: The codes of a sign-off in brackets, one or more: "ant", "wk/em", "ikh/b".
SIGN_OFF_CODES = rf"{_CODE}(?:/{_LATER_CODE}){{0,3}}"
_CODES_LOW = SIGN_OFF_CODES
#: A desk's sign-off closing the story's last paragraph: a dash, codes in capitals, a comma
#: and the outlet ("—VBL, GMA Integrated News"); how far from the end it is looked for.
_SIGN_OFF = re.compile(
    r"[—–]\s?(?P<codes>[A-Z]{2,4}(?:/[A-Z]{2,4}){0,2}),"
    r"\s(?P<outlet>[A-Z][\w.&'-]*(?: [\w.&'-]+){0,4})$"
)
#: A correspondent's name and the place they filed from: "CITRA DEWI (MAKASSAR)".
_FILED_FROM = re.compile(r"(?P<name>[^()]{4,40}?)\s\((?P<place>[A-Z][A-Z .'-]{1,30})\)")
_SIGN_OFF_CHARS = 60
#: The writers' roles, one for telling whether someone is named in it.
_WRITING = {Role.REPORTER: Role.AUTHOR}
#: How many lines over the copyright line a masthead's "Editor: ..." stands at most.
_MASTHEAD_REACH = 10
#: Lines of other stories' links that make a box between a story and a masthead.
_BOX_LINES = 3
#: The reporter's name and the paper's address in brackets, on a line under the story: "(Gede
#: Arya Pratama/balipost)" (Bali Post).
_NAME_SLASH_PAPER = re.compile(
    r"^\((?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,4})/(?P<paper>[a-z][\w.-]{2,30})\)$"
)
#: In capitals, one code is short ("(WHS)"); a longer word in brackets is a source ("[CNET]").
_CODES_UP = r"[A-Z]{2,3}|[A-Z]{2,6}(?:/[A-Z]{2,6}){1,3}"
#: A line of initials alone (see `initials_line`), and the longest such line.
_INITIALS_ALONE = re.compile(
    rf"^(?:\((?P<closed>{_CODES_LOW}|{_CODES_UP})\)"
    rf"|\[(?P<bracketed>{_CODES_LOW})\]"
    # Kaltimtoday's "[RZL | TOS]": the writer's and the editor's codes in capitals, barred.
    r"|\[(?P<barred>[A-Z]{2,4}(?:\s?[|/]\s?[A-Z]{2,4}){1,2})\]"
    rf"|/(?P<slashed>[a-z]{{2,4}})"
    rf"|(?P<sourced>{_CODES_LOW})\s\([^()]{{2,40}}\))$"
)
#: CNA's closing line: the source, then the writer's initials and the editor's in brackets,
#: "Source: CNA/ja(mi)", or one code alone, "Source: Agencies/rj".
_SOURCE_LINE = re.compile(
    r"^source\s?:\s?[^/()]{2,40}/(?P<first>[a-z]{2,4})(?:\((?P<second>[a-z]{2,4})\))?$", re.I
)
#: CNA's (Taiwan) end mark and its editor's initials: "Enditem/MC".
_END_ITEM = re.compile(r"^(?i:enditem)\s?/\s?(?P<code>[A-Za-z]{1,4})$")
_MAX_INITIALS_LINE = 80
#: How many lines under the story's last paragraph its source line may stand.
_SOURCE_REACH = 3
#: The longest line that is a role's label alone ("To contact the editors responsible for this
#: story:").
_MAX_LABEL_CHARS = 80
_SEGMENTS = re.compile(r"\s*[|;•·]\s*")
#: A section's name and a dash before a byline: "News - Ann Lee, CNBC Indonesia".
_SECTION_DASH = re.compile(r"^(?P<section>[A-Za-z]{3,12}) [-–—] (?P<rest>\S.{4,120})$")
#: The section a byline's line may open with, before a bar: "India News | Reported by ...".
_SECTION_WORDS = 3
_SECTION_LIST_WORDS = 8
# "... · Jum'at", "..., Jurnalis-Selasa": a weekday left between a byline and its date (only
# when it is one: "by Cristina Laila Apr. 28" keeps "Laila").
_WEEKDAY_TAIL = re.compile(r"[\s·•|,\-–—]+(?P<word>[^\W\d_']+(?:'[^\W\d_]+)?),?$")
#: "Brazil0", "You1,2": a science outlet's affiliation marks after a name.
_AFFILIATION_MARKS = "0123456789*†‡,"
#: The trailing segments of a byline that are not names: "By Ann Lee | Fox News", "By Ann
#: Lee - Associated Press": the desk or the outlet after the name.
_DESK = re.compile(r"\s+(?:[-–—/|])\s+")
#: "for" before the outlet a byline's writer wrote for: "By Jo Hale for MailOnline".
_FOR = re.compile(r"\s+for\s+(?=\S)", re.IGNORECASE)
_MAX_MASTHEAD_WORDS = 5
_DOMAIN = re.compile(r"^[\w-]+(?:\.[a-z]{2,3}){1,2}$", re.IGNORECASE)
#: A contact address after a name: "Editor : ARDI WICAKSONO (ardi.w@example.id)", "Ann Lee
#: <ann@example.com>", "Ann Lee, ann@example.com", "Ann Lee in Oslo at alee@example.com;".
_EMAIL_TAIL = re.compile(
    r"[\s,]*(?:\sat\s+)?[(\[<]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[)\]>]?[;,.]?\s*$"
)
_YEAR_DIGITS = re.compile(r"\d{4}")
#: The place a writer filed from, in square brackets after the name (Mongabay).
_PLACE_TAIL = re.compile(r"\s+\[[^\[\]]{2,40}\]$")
#: "Dimas Prasetyo / AW": the writer, then the editor's initials (a BeritaSatu-style byline).
_NAME_THEN_INITIALS = re.compile(r"^(?P<rest>[^/]{3,60}?)\s*/\s*(?P<initials>[A-Z]{2,4})$")


@dataclass(frozen=True)
class _Patterns:
    #: Byline openers (labels, "by", "laporan wartawan") bucketed by first character.
    openers: dict[str, tuple[str, ...]]
    label: re.Pattern[str]
    by: re.Pattern[str]
    reporter: re.Pattern[str]
    name_then_outlet: re.Pattern[str]
    name_then_label: re.Pattern[str]
    #: Names, a comma, and a writer's job: "Mayu Ishikawa and Ryo Takeda, Nikkei staff writers",
    #: "Rudi Hartono, Koresponden Kupang".
    name_then_job: re.Pattern[str]
    desk_intro: re.Pattern[str]
    splitter: re.Pattern[str]
    #: A slash before a label, parting two roles: "Rep: Ann Lee/ Red: Bo Kim".
    label_slash: re.Pattern[str]
    label_comma: re.Pattern[str]
    label_stop: re.Pattern[str]
    label_colon: re.Pattern[str]
    #: A writer named after a dash closing the last paragraph: "... Oct. 9. — with Ann Lee".
    closing_with: re.Pattern[str]
    labels: dict[str, Role]
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    outlets: frozenset[str]
    #: The first words of the outlets' names ("abc" of "abc news"), which a desk's name opens.
    outlet_heads: frozenset[str]
    #: The words of a section or a kicker, lowercased: "news", "berita", "opini".
    sections: frozenset[str]
    mastheads: frozenset[str]
    #: Weekday names of every language, apostrophes dropped ("jumat" for "Jum'at").
    weekdays: frozenset[str]
    jobs: frozenset[str]
    places: frozenset[str]
    #: Whether the page's language writes a writer's town after their name (`PeopleWords`).
    stations: bool
    #: The page language's stopwords: "the" before an organisation's name (not every
    #: language's: Indonesian "dan" is an English given name).
    stopwords: frozenset[str]
    #: Words no writer's name holds: staff words, outlets, and the words of photo credits'
    #: openers ("foto", "dok", "photo"), as a photo desk's "Antara Foto / HM" does.
    desks: frozenset[str]
    #: The words that open a byline without a colon ("by", "oleh"), lowercased.
    by_words: tuple[str, ...]
    #: What a name may be glued to with no space between (`_unglued`): the by-words and the
    #: one-word role labels ("penulis", "editor"), lowercased, longest first.
    glue_words: tuple[str, ...]
    #: Buttons a byline carries for its writer, lowercased: "follow", "ikuti".
    buttons: frozenset[str]
    #: A reading time alone on its line: "5 min read", "3 menit baca".
    reading_time: re.Pattern[str]
    #: What a copied page runs into a byline's end: a time ("7 hours", "2 minutes read") or a
    #: button ("Follow"); `glued`, a button with no space before it ("Ann LeeTwitter").
    tail: re.Pattern[str]
    glued: re.Pattern[str]
    dated: re.Pattern[str]
    dated_label: re.Pattern[str]
    #: A date after an "on" word with no colon: "By Ann Lee on March 3, 2024".
    dated_on: re.Pattern[str]
    dated_dash: re.Pattern[str]
    #: Outlets and staff words that may follow a name ("... The Associated Press"), longest
    #: first.
    trailers: tuple[str, ...]
    #: The trailers each after a space, for telling at once whether a name ends with any.
    trailer_ends: tuple[str, ...]


def _buckets(words: set[str]) -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = {}
    for word in words:
        buckets.setdefault(word[:1].lower(), []).append(word.lower())
    return {first: tuple(found) for first, found in buckets.items()}


@cache
def _patterns(code: str) -> _Patterns:
    """Byline patterns: the page language's words first, the other languages' too, since an
    Indonesian page may carry "Editor:" and an English one "Reporting by"."""
    lexicons = [lexicon(code)] + [lexicon(c) for c in LANGUAGES if c != code]
    labels: dict[str, Role] = {}
    for lex in reversed(lexicons):
        labels.update(lex.people.labels)
    people = [lex.people for lex in lexicons]
    by = {w for p in people for w in p.by}
    closing = {w for p in people for w in p.closing_with}
    intro = {w for p in people for w in p.reporter_intro}
    conj = {w for p in people for w in p.conjunctions}
    outlets = {w for lex in lexicons for w in lex.datelines.outlets}
    phrases = {w for p in people for w in p.not_names if " " in w}
    trailers = tuple(sorted(phrases | outlets, key=len, reverse=True))
    buttons = {w for p in people for w in p.buttons}
    units = {w for lex in lexicons for w in lex.dates.units}
    on_words = {w for lex in lexicons for w in lex.dates.on_words}
    weekdays = {w for lex in lexicons for w in lex.dates.weekdays}
    months = {w for lex in lexicons for w in lex.dates.months}
    dated = on_words | {
        w for lex in lexicons for w in (*lex.dates.published, *lex.dates.updated)
    }
    reading = {w for p in people for w in p.reading}
    after_time = {w for lex in lexicons for w in lex.dates.relative} | reading
    writing_jobs = {w for p in people for w in p.writing_jobs}
    flags = re.IGNORECASE
    return _Patterns(
        openers=_buckets(set(labels) | by | intro),
        # "Redaktur & Reporter : Ani": one person in two roles (JPNN).
        label=re.compile(
            rf"^(?P<label>{alternation(set(labels))})"
            rf"(?:\s?&\s?(?P<second>{alternation(set(labels))}))?"
            r"\s?(?::|-|–|,|\s)\s*(?P<rest>\S.*)$",
            flags,
        ),
        by=re.compile(rf"^(?:{alternation(by)})\s?:?\s(?P<rest>\S.*)$", flags),
        # "Laporan wartawan Tribunnews.com, Fahdi Fahlevi"; an outlet's address needs no comma
        # ("Laporan Reporter Tribunlampung.co.id Fajar Nugraha Putra").
        reporter=re.compile(
            rf"^(?:{alternation(intro)})\s(?:(?P<outlet>[^,]{{2,60}}),\s?"
            rf"|(?P<address>[\w-]+(?:\.[a-z]{{2,3}}){{1,2}})\s)(?P<rest>\S.*)$",
            flags,
        ),
        # "Bagus Kurniawan - detikNews", "Ahmad Fauzan (The Jakarta Post)"
        name_then_outlet=re.compile(
            r"^(?P<rest>[^-–—()]{3,60}?)\s(?:[-–—]\s(?P<outlet>\S[^-–—]{1,40})"
            r"|\((?P<paren>[^()]{2,40})\))$"
        ),
        # "Fadli Ramadhan, Jurnalis" (Okezone)
        name_then_label=re.compile(
            rf"^(?P<rest>[^,]{{3,60}}),\s?(?P<label>{alternation(set(labels))})$", flags
        ),
        # The job last ("Nikkei staff writers"), or before an outlet or a place in capitals
        # ("Koresponden Kupang").
        name_then_job=re.compile(
            rf"^(?P<rest>[^,]{{3,80}}),\s?(?:[\w.'’-]+\s){{0,3}}"
            rf"(?i:{alternation(writing_jobs)})s?"
            r"(?:\s[A-Z][\w.'’-]*){0,2}$"
        ),
        desk_intro=re.compile(
            rf"^(?:[A-Z][\w.'’-]*\s){{1,3}}(?:staff\s)?"
            rf"(?i:{alternation(writing_jobs)})s?\s+(?=[A-Z])"
        ),
        splitter=re.compile(rf"\s*,\s*|\s+(?:{alternation(conj)})\s+", flags),
        label_slash=re.compile(rf"\s*/\s*(?=(?:{alternation(set(labels))})\s?[:\-–\s])", flags),
        # "Reported by Ann Lee, Edited by Bo Kim": a role's label after a comma opens a part.
        label_comma=re.compile(
            rf",\s+(?=(?:{alternation(set(labels))})\s?[:\s])"
            # Not a writer's job that opens with a label's word: "Ann Lee, Contributing writer".
            rf"(?!(?:{alternation(set(labels))})\s(?:{alternation(writing_jobs)})s?$)",
            flags,
        ),
        # "Translated by Ann Lee. Edited by Bo Kim": and after a sentence's stop (not an
        # initial's: "Ann B. By ..." is no part).
        label_stop=re.compile(
            rf"(?<=[^\W\d_]{{2}})\.\s+(?=(?:{alternation(set(labels))})\s?[:\s])", flags
        ),
        # "Rep: Ann Lee Red: Bo Kim" (Republika's two labels in a row): after a name's word,
        # a label written capitalised with its colon opens a part.
        label_colon=re.compile(
            rf"(?<=[^\W\d_]{{2}})\s+(?=(?:{alternation(_capitalised(labels))})\s?:)"
        ),
        closing_with=re.compile(
            rf"(?<=[.!?\"”’])\s[—–-]{{1,2}}\s?(?i:{alternation(closing)})"
            rf"\s(?P<names>[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|and|&))*)$"
            if closing
            else "(?!)"
        ),
        labels={k.lower(): v for k, v in labels.items()},
        prefixes=frozenset(w for p in people for w in p.title_prefixes),
        suffixes=frozenset(w for p in people for w in p.title_suffixes),
        particles=frozenset(w for p in people for w in p.name_particles),
        # A credit such as "Foto: Istimewa" names no one.
        not_names=frozenset(w for p in people for w in p.not_names)
        | frozenset(w for lex in lexicons for w in lex.boilerplate.credits),
        outlets=frozenset(outlets),
        outlet_heads=frozenset(o.split()[0] for o in outlets if o.split()[0].isalpha()),
        # Not a picture's label: "Photo - Ann Lee, Reuters" credits a photographer.
        sections=frozenset(k for lex in lexicons for k in lex.datelines.kickers)
        - {w for lex in lexicons for w in (*lex.boilerplate.credit_labels, "video", "photos")},
        mastheads=frozenset(w for lex in lexicons for w in lex.datelines.masthead_words),
        weekdays=frozenset(w.replace("'", "") for lex in lexicons for w in lex.dates.weekdays),
        jobs=frozenset(w for p in people for w in p.jobs),
        places=frozenset(w for p in people for w in p.places),
        stations=people[0].stations,
        stopwords=frozenset(lexicons[0].stopwords),
        desks=frozenset(w for p in people for w in p.not_names)
        | frozenset(w for lex in lexicons for w in lex.boilerplate.credits)
        | frozenset(outlets)
        | frozenset(
            w
            for lex in lexicons
            for opener in lex.boilerplate.credit_openers
            for w in re.findall(r"[^\W\d_]+", opener.lower())
        ),
        by_words=tuple(sorted({w.lower() for w in by}, key=len, reverse=True)),
        glue_words=tuple(
            sorted(
                {w.lower() for w in by} | {w.lower() for w in labels if w.isalpha()},
                key=len,
                reverse=True,
            )
        ),
        buttons=frozenset(w.lower() for w in buttons),
        reading_time=re.compile(
            rf"^\d{{1,3}}\s?(?:{alternation(units)})\.?\s(?:{alternation(reading)})$", flags
        ),
        tail=re.compile(
            rf"[\s·•|,]+(?:\d{{1,3}}\s?(?:{alternation(units)})\.?"
            rf"(?:\s+(?:{alternation(after_time)}))?|{alternation(buttons)})\s*$",
            flags,
        ),
        glued=re.compile(rf"(?<=[a-z’'])(?:{alternation(w.capitalize() for w in buttons)})$"),
        # "Penulis: Ani Lestari Pada: Selasa, 12 Mar 2024, 18:42 WIB": the date after the name;
        # without a colon, a date with its year: "By Ann Lee on March 3, 2024".
        dated=re.compile(rf"\s+(?:{alternation(dated)})\s?:\s.*\d.*$", flags),
        # A field of its own that is a labelled date: "Published: 5 hours ago".
        dated_label=re.compile(rf"(?:{alternation(dated)})\s?:\s.*\d", flags),
        dated_on=re.compile(rf"\s+(?:{alternation(on_words)})\s(?=.*\d{{4}}).*$", flags),
        # After a dash or a bar, a date with its day and year: "Penulis: Ani Lestari - Senin,
        # 4 Nov 2024 13:20 WIB", "By Ann Lee - April 9, 2025 @ 3:25pm".
        dated_dash=re.compile(
            rf"\s+[-–—|·•]\s+(?:(?:{alternation(weekdays)})\.?,?\s+)?"
            rf"(?:(?:{alternation(months)})\.?\s+)?\d{{1,2}}\b(?=.*\d{{4}}).*$",
            flags,
        ),
        trailers=trailers,
        trailer_ends=tuple(" " + w for w in trailers),
    )


def parse_byline(text: str, lex: Lexicon) -> list[Person] | None:
    """The people a byline names, or None when `text` is not a byline.

    >>> found = parse_byline("Penulis Rina K | Editor Andi P", lexicon("id"))
    >>> [(p.name, p.role.value) for p in found]
    [('Rina K', 'author'), ('Andi P', 'editor')]
    >>> [(p.name, p.role.value) for p in parse_byline("Redaktur & Reporter : Ani", lexicon("id"))]
    [('Ani', 'editor'), ('Ani', 'reporter')]
    >>> parse_byline("By Tuesday, the troops had left the city.", lexicon("en")) is None
    True
    >>> [p.name for p in parse_byline("News - Dimas Aji, CNBC Indonesia", lexicon("id"))]
    ['Dimas Aji']
    """
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    if text[:1] in _LEADERS:
        # "| Editor: Ani" under "Penulis: Bo Kim": the bar between the two, copied to the line
        # of the second.
        text = text.lstrip(_LEADERS + " ")
    pats = _patterns(lex.code)
    sectioned = _SECTION_DASH.match(text)
    if sectioned and sectioned["section"].lower() in pats.sections:
        return _section_byline(sectioned["rest"], lex, pats)
    if not _may_hold_byline(text, pats):
        return None
    if "|" in text:
        text = _undated(text, lex, pats)
    text = _untailed(text, pats)
    words = len(text.split())
    if words > (MAX_CREDIT_LINE_WORDS if ";" in text else _MAX_BYLINE_WORDS) or words < 2:
        return None
    if " | " in text and (closing := _shouted_writer(text.strip(), lex, pats)) is not None:
        return [closing]
    if " | " in text and (team := _shouted_team(text.strip(), lex)) is not None:
        return team
    signed = _NAME_SLASH_PAPER.match(text.strip())
    if signed is not None:
        return [Person(name=signed["name"], role=Role.AUTHOR)]
    if not _may_be_byline(text, pats):
        return None
    body = text.strip().lstrip("—– ")  # "— With assistance from Ann Lee" closing a story
    if body[:1] in "([" and body[-1:] in ")]":
        body = body[1:-1].strip()  # "(Reporting by ...; Editing by ...)"
    if "/" in body:
        body = pats.label_slash.sub(" | ", body)
    if "," in body:
        body = pats.label_comma.sub(" | ", body)
    if ". " in body:
        body = pats.label_stop.sub(" | ", body)
    if body.count(":") > 1:
        body = pats.label_colon.sub(" | ", body)
    people: list[Person] = []
    for k, segment in enumerate(_SEGMENTS.split(body)):
        if not segment:
            continue
        found = _segment(_unglued(segment, pats), pats)
        if found is None:
            if people and ";" in body:
                continue  # "...; Additional reporting by the Beijing newsroom; Editing by ..."
            if people:
                break  # "By Ann Lee | Fox News": the outlet after the names
            if k == 0 and "|" in body and _section(segment):
                continue  # "India News | Reported by ...": the section before the byline
            return None
        people.extend(found)
    return people or None


def _section_byline(rest: str, lex: Lexicon, pats: _Patterns) -> list[Person] | None:
    """The writers after a section's name and a dash, when their outlet closes the line: "News
    - Ann Lee, CNBC Indonesia" (CNBC Indonesia's line over the headline)."""
    names, comma, outlet = rest.rpartition(", ")
    if not comma or not _is_outlet(outlet.strip(), pats):
        return None
    return bare_names(names, lex) or None


def _shouted_writer(text: str, lex: Lexicon, pats: _Patterns) -> Person | None:
    """The writer's name in capitals, a bar, then the agency the story drew on, as Tempo closes
    its English stories: "NOVITA ARDIANTI | ANTARA".

    >>> _shouted_writer("ANI LESTARI | ANTARA", lexicon("en"), _patterns("en")).name
    'Ani Lestari'
    """
    name, bar, source = text.partition(" | ")
    if not bar or not name.isupper() or not _is_outlet(source.strip(), pats):
        return None
    return bare_name(name, lex, shouted=True)


def _shouted_team(text: str, lex: Lexicon) -> list[Person] | None:
    """Writers' names in capitals between bars, one a correspondent with the place they filed
    from, as Koran Tempo closes its stories: "ANI LESTARI | BO SANTOSO | CITRA DEWI (MAKASSAR)".
    Without a place, capitals between bars are as often a menu's ("LIGA INGGRIS | LIGA ITALIA").

    >>> [(p.name, p.role.value) for p in _shouted_team("ANI LESTARI | CITRA DEWI (MAKASSAR)",
    ...                                                lexicon("id"))]
    [('Ani Lestari', 'author'), ('Citra Dewi', 'contributor')]
    >>> _shouted_team("LIGA INGGRIS | LIGA ITALIA", lexicon("id")) is None
    True
    """
    parts = text.split(" | ")
    if len(parts) < 2 or not text.isupper():
        return None
    people: list[Person] = []
    placed = False
    for part in parts:
        filed = _FILED_FROM.fullmatch(part.strip())
        person = bare_name(filed["name"] if filed else part.strip(), lex, shouted=True)
        if person is None:
            return None
        if filed:
            placed = True
            person = person.model_copy(update={"role": Role.CONTRIBUTOR})
        people.append(person)
    return people if placed else None


def _undated(text: str, lex: Lexicon, pats: _Patterns) -> str:
    """A line of fields between bars without the fields that are dates: "Politics |
    Published: 5 hours ago | Last Updated: 2 hours ago | Written by Ann Lee" keeps the section
    and the byline.

    >>> _undated("Local | March 3, 2025 | By Ann Lee", lexicon("en"), _patterns("en"))
    'Local | By Ann Lee'
    """
    segments = text.split("|")
    kept = [s for s in segments if not _dated_segment(s.strip(), lex, pats)]
    return text if len(kept) == len(segments) else " | ".join(s.strip() for s in kept)


def _dated_segment(segment: str, lex: Lexicon, pats: _Patterns) -> bool:
    if pats.dated_label.match(segment):
        return True  # "Published: 5 hours ago", "Updated: 12.03.2024"
    return any(ch.isdigit() for ch in segment) and bool(find_dates(segment, lex))


def _section(segment: str) -> bool:
    """A section's name, or a list of them, opening a line before its byline: "India News",
    "Funeral, National, Top Story"."""
    return len(segment.split()) <= _SECTION_WORDS or (
        "," in segment and len(segment.split()) <= _SECTION_LIST_WORDS
    )


def _untailed(text: str, pats: _Patterns) -> str:
    """`text` without the times and buttons a copied page runs into a byline's end: "Kyle
    Wiggers 7 hours", "Ann Lee 2 minutes read", "By Sarah LazareTwitter", "Ann Lee Follow"."""
    if "@" in text:
        text = _EMAIL_TAIL.sub("", text)
    if ":" in text:
        text = pats.dated.sub("", text)
    if _YEAR_DIGITS.search(text):
        text = pats.dated_dash.sub("", pats.dated_on.sub("", text))
    if text.endswith("]"):
        text = _PLACE_TAIL.sub("", text)  # "oleh Ani Lestari [Gorontalo]": where she wrote from
    if "/" in text:
        text = _slashed_job(text, pats)
    for _ in range(_MAX_TAILS):
        cut = pats.tail.sub("", text)
        cut = pats.glued.sub("", cut)
        if cut == text:
            break
        text = cut
    return text


def _slashed_job(text: str, pats: _Patterns) -> str:
    """A name without the job a slash sets after it: "Delroy Whitfield/Guest Columnist".

    >>> pats = _patterns("en")
    >>> _slashed_job("Ann Lee / Staff Writer", pats), _slashed_job("Ann Lee/Bo Kim", pats)
    ('Ann Lee', 'Ann Lee/Bo Kim')
    """
    name, _, job = text.rpartition("/")
    words = job.lower().split()
    if name.strip() and 0 < len(words) <= _MAX_JOB_WORDS and words[-1] in pats.jobs:
        return name.strip()
    return text


def timed_name(text: str, lex: Lexicon) -> bool:
    """Whether `text` ends in a time a copied page ran into it ("Kyle Wiggers 7 hours"): a
    line that dates itself, so a name in it stands next to the story's date.

    >>> timed_name("Kyle Wiggers 7 hours", lexicon("en")), timed_name("Kyle Wiggers", lexicon("en"))
    (True, False)
    """
    if len(text) > _MAX_BYLINE_CHARS:
        return False
    match = _patterns(lex.code).tail.search(text)
    return match is not None and any(c.isdigit() for c in match.group())


def _unglued(segment: str, pats: _Patterns) -> str:
    """"bySauli Giliard": a copied page may lose the space after "by", and markup the one
    between a role's label and the name beside it ("EditorFadhila Rahmasari": two elements, no
    space); a capitalised name right after the word (and a lowercase or capitalised word, not
    "BY" opening a headline in capitals) says where it was.

    >>> _unglued("PenulisNurul Azizah", _patterns("id")), _unglued("Editorial", _patterns("en"))
    ('Penulis Nurul Azizah', 'Editorial')
    """
    lowered = segment[:12].lower()
    for word in pats.glue_words:
        rest = segment[len(word) : len(word) + 2]
        glued = len(rest) == 2 and rest[0].isupper() and rest[1].islower()
        if lowered.startswith(word) and glued and not segment[: len(word)].isupper():
            return f"{segment[: len(word)]} {segment[len(word) :]}"
    return segment


#: What `_may_be_byline` looks for past a line's first word, in any line it could pass once its
#: tail is cut ("Ann Lee (Reuters) 7 hours" ends with a bracket once "7 hours" is).
_BYLINE_MARKS = ("|", " - ", " – ", " — ", ")", "/", ",")


def _may_hold_byline(text: str, pats: _Patterns) -> bool:
    """The look of `_may_be_byline` before the tail is cut, which no line fails that would pass
    it after: most lines of a page (menus, headlines) are let go without the tail's patterns."""
    lowered = text.lower().lstrip("([—– ")
    bucket = pats.openers.get(lowered[:1])
    if bucket and lowered.startswith(bucket):
        return True
    return any(mark in text for mark in _BYLINE_MARKS)


def _may_be_byline(text: str, pats: _Patterns) -> bool:
    """A cheap first look before the patterns: does the line open with a byline word, hold a dash
    before an outlet, close with a bracket, or end with ", <label>"?"""
    lowered = text.lower().lstrip("([—– ")
    bucket = pats.openers.get(lowered[:1])
    if bucket and lowered.startswith(bucket):
        return True
    if " | " in lowered:
        # "India News | Reported by ...": a byline word after the section.
        after = lowered.split(" | ", 1)[1]
        bucket = pats.openers.get(after[:1])
        if bucket and after.startswith(bucket):
            return True
    if " - " in text or " – " in text or " — " in text or text.endswith(")"):
        return True
    if "/" in text and _NAME_THEN_INITIALS.match(text):
        return True
    if "," not in text:
        return False
    return text.rsplit(",", 1)[1].strip().lower() in pats.labels or bool(
        pats.name_then_job.match(text)
    )


def _segment(segment: str, pats: _Patterns) -> list[Person] | None:
    match = pats.reporter.match(segment)
    if match:
        return _names(match["rest"], Role.REPORTER, pats)
    match = pats.label.match(segment)
    if match:
        role = pats.labels[folded(match["label"])]
        label = match["label"]
        colon = label.endswith(":") or ":" in segment[match.end("label") : match.start("rest")]
        # Without a colon a label word may just start a phrase ("FOTO TERPOPULER"): the name
        # after it must then look like a full name.
        if colon or len(match["rest"].split()) >= _MIN_UNLABELLED_NAME_WORDS:
            # "Penulis Kontributor Batu, Imam Rosidin": the reporter's intro after the label.
            intro = pats.reporter.match(match["rest"])
            named = _names(intro["rest"] if intro else match["rest"], role, pats)
            if named and match["second"]:
                second = pats.labels[folded(match["second"])]
                named += [p.model_copy(update={"role": second}) for p in named]
            return named
        return None
    match = pats.by.match(segment)
    if match:
        # "By Ann Lee and Bo Kim / Yomiuri Shimbun Staff Writers", "By Tom Lee - Associated
        # Press": the desk after the slash or the dash; "By Jo Hale for MailOnline": the outlet.
        rest = _without_for(_DESK.split(match["rest"], 1)[0])
        # "by Xinhua writers Liu Qingyang, Zhou Meiling": the desk and the job before the names.
        rest = pats.desk_intro.sub("", rest, count=1)
        named = _names(rest, Role.AUTHOR, pats)
        if named is None and _is_outlet(rest.strip().rstrip("."), pats):
            # "By Associated Press": the agency wrote it, and no one is named.
            return [Person(name=rest.strip().rstrip("."), role=Role.AUTHOR)]
        return named
    match = pats.name_then_outlet.match(segment)
    if match and _is_outlet(match["outlet"] or match["paren"], pats):
        if match["paren"] and " " not in match["rest"].strip():
            return None  # "Berlin (dpa)": a place and the agency, a dateline's shape
        return _names(match["rest"], Role.AUTHOR, pats)
    match = pats.name_then_label.match(segment)
    if match:
        return _names(match["rest"], pats.labels[folded(match["label"])], pats)
    match = pats.name_then_job.match(segment)
    if match:
        # No label says these are names: each must look like a full one ("Residents, many of
        # them journalists" names no one).
        named = _names(match["rest"], Role.AUTHOR, pats) or []
        names = [(person.name or "").lower().split() for person in named]
        full = all(len(n) >= _MIN_UNLABELLED_NAME_WORDS for n in names)
        # Nor a desk's: "BBC Scotland, Highlands and Islands reporter" is the beat under a name.
        desk = any(pats.desks.intersection(n) for n in names)
        return named if named and full and not desk else None
    match = _NAME_THEN_INITIALS.match(segment)
    if match:
        # A person's full name, not a photo desk's ("Antara Foto / HM").
        named = _names(match["rest"], Role.AUTHOR, pats) or []
        words = (named[0].name or "").lower().split() if len(named) == 1 else []
        words.append(match["initials"].lower())  # not an agency: "Robert Bukaty / AP"
        if len(words) > 2 and not any(w.strip(".") in pats.desks for w in words):
            return [*named, Person(initials=match["initials"], role=Role.EDITOR)]
    return None


def _without_for(text: str) -> str:
    """A byline's names without the outlet they wrote for: "Jo Hale for MailOnline", "DOLORES
    CHANG FOR DAILYMAIL.COM" (what follows "for" is capitalised throughout: a name has no "for"
    in it)."""
    parts = _FOR.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0]:
        words = parts[1].split()
        if words[0].lower() == "the":
            words = words[1:]  # "for the Guardian"
        if words and all(w[:1].isupper() for w in words):
            return parts[0]
    return text


def _is_outlet(text: str, pats: _Patterns) -> bool:
    return text.lower() in pats.outlets or bool(_DOMAIN.match(text) or _NETWORK_SITE.match(text))


def _capitalised(labels: Iterable[str]) -> set[str]:
    """Byline labels as a line writes them capitalised, without their colon: "Rep", "Red"."""
    return {label.rstrip(":").capitalize() for label in labels}


def _desk(part: str, pats: _Patterns) -> bool:
    """A desk or station of an outlet under a byline: the outlet's name in capitals, then one
    to three capitalised words ("ABC Rural", "BBC Sport", "CNN Business"), not a person.

    >>> _desk("ABC Rural", _patterns("en")), _desk("Abc Rural", _patterns("en"))
    (True, False)
    """
    words = part.split()
    if not 1 < len(words) <= _DESK_WORDS + 1:
        return False
    first, *rest = words
    return (
        len(first) > 1
        and first.isupper()
        and first.lower() in pats.outlet_heads
        and all(w[:1].isupper() and not w.isupper() for w in rest)
    )


#: The most words after an outlet's name a desk's name holds.
_DESK_WORDS = 3


#: A network's name run into one of its regional sites or desks: "detikKalimantan",
#: "detikSumbagsel", "TribunJambi" (the network in lowercase or capitalised, the site in capitals).
_NETWORK_SITE = re.compile(r"^(?:detik|[Tt]ribun|[Kk]ompas|[Ss]uara)[A-Z][a-z]{2,}(?:\.com)?$")


def _masthead(text: str, pats: _Patterns) -> bool:
    """An outlet's name by its shape: capitalised words, the last a word that ends outlets'
    names and no person's ("ABS-CBN News", "Kyodo News"). Only after a name and a comma: alone,
    "Latest News" and "Local News" are sections.

    >>> _masthead("ABS-CBN News", _patterns("en")), _masthead("Ann News", _patterns("en"))
    (True, True)
    >>> _masthead("Ann Lee", _patterns("en")), _masthead("the news", _patterns("en"))
    (False, False)
    """
    words = text.split()
    return (
        1 < len(words) <= _MAX_MASTHEAD_WORDS
        and words[-1].lower() in pats.mastheads
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


def _names(text: str, role: Role, pats: _Patterns) -> list[Person] | None:
    people: list[Person] = []
    parts = pats.splitter.split(text.strip().rstrip("."))
    pieces = [piece for whole in parts for piece in _slashed(whole)]
    for at, part in enumerate(pieces):
        part = _without_outlet(part, pats)  # "Vasilisa Stepanenko  The Associated Press"
        part = _PLACED.sub("", part)  # "Reporting by Ingrid Solberg in Oslo"
        lowered = part.lower()
        if not part or lowered in pats.not_names or _is_outlet(part, pats) or _desk(part, pats):
            continue
        if people and _filed_in(part, pats):
            break  # "By TPN, in News, Business": the sections the story is filed in
        if people and any(word in pats.not_names for word in lowered.split()):
            continue  # "By Jon King, News Reporter": the job after the name
        if people and lowered.split()[-1] in pats.jobs:
            continue  # "By Ann Lee/Guest Columnist"
        if people and _masthead(part, pats):
            continue  # "By Ann Lee, ABS-CBN News": her outlet
        if people and _filed_from(part, pats):
            continue  # "By Ann Lee, Benin City and Bo Kim": where she filed from
        if pats.stations and at == len(pieces) - 1 and _after_full_name(people, text, part):
            continue  # "By Tunde Akinwale, Ibadan": his town
        if people and _organisation(part, pats):
            continue  # "Contributing: Ann Lee, The Arizona Republic": her paper
        if lowered in pats.suffixes and people:
            # "Dr. Drs. Amran, MT": the degree after the comma belongs to the name before it.
            last = people[-1]
            people[-1] = last.model_copy(update={"titles": [*last.titles, part]})
            continue
        person = _person(_jobless(part, pats), role, pats)
        if person is None:
            return None
        people.append(person)
    return people or None


def _after_full_name(people: list[Person], text: str, part: str) -> bool:
    """Whether the byline's last part is one capitalised word after a comma and a full name."""
    name = people[-1].name if people else None
    return (
        name is not None
        and " " in name
        and part.isalpha()
        and part[:1].isupper()
        and not part.isupper()
        and text.rstrip(" .").endswith(f", {part}")
    )


def _jobless(part: str, pats: _Patterns) -> str:
    """A byline's name without the job after it: glued to it ("Meg JamesStaff Writer") or after
    a full name ("Priya Ramanathan Globe Staff"); three words ending in one are left as written
    ("Jerusalem Post Staff", the paper's own byline).

    >>> _jobless("Priya Ramanathan Globe Staff", _patterns("en"))
    'Priya Ramanathan'
    """
    tokens = part.split()
    glued = any(_GLUED.match(t) for t in tokens[1:-1])
    if len(tokens) <= _MIN_UNLABELLED_NAME_WORDS + 1 and not glued:
        return part
    return " ".join(_without_job(tokens, pats))


def _slashed(part: str) -> list[str]:
    """A part of a byline as its names: two full names set apart by a slash are two people
    ("Pewarta: Muhammad Riezky Pratama/Aulia Nurhasanah", ANTARA's regional desks).

    >>> _slashed("Ann Lee/Bo Kim Hale"), _slashed("Ann Lee/Reuters")
    (['Ann Lee', 'Bo Kim Hale'], ['Ann Lee/Reuters'])
    """
    left, slash, right = part.partition("/")
    if slash and " " in left.strip() and " " in right.strip() and "/" not in right:
        return [left.strip(), right.strip()]
    return [part]


#: Where a named reporter filed from, after the name: "Ingrid Solberg in Oslo", "Ann Lee in New
#: York" (capitalised words after a lowercase "in"), or the section the story is filed on ("By
#: Ann Lee on Sarawak", Borneo Post).
_PLACED = re.compile(r"(?<=\S)\s+(?:in|on)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def _organisation(part: str, pats: _Patterns) -> bool:
    """"The Arizona Republic": a determiner, then capitalised words (a name has no "the")."""
    first, *rest = part.split()
    return first.lower() in pats.stopwords and bool(rest) and all(w[:1].isupper() for w in rest)


def _filed_from(part: str, pats: _Patterns) -> bool:
    """"Benin City", "Kota Bogor": capitalised words, a place's word first or last."""
    words = part.split()
    return (
        len(words) > 1
        and all(word[:1].isupper() for word in words)
        and (words[-1].lower() in pats.places or words[0].lower() in pats.places)
    )


def _station(part: str, pats: _Patterns) -> bool:
    """A writer's station after their name: one capitalised word that is no name's word
    ("Chattogram"), or a place named with a place's word ("Benin City")."""
    words = part.split()
    if len(words) > 1:
        return _filed_from(part, pats)
    word = part.strip()
    return (
        word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
        and word.lower() not in pats.not_names
    )


def _filed_in(part: str, pats: _Patterns) -> bool:
    """"in News": a lowercase word (not a name's particle), then capitalised section names."""
    first, *rest = part.split()
    return (
        first.islower()
        and first not in pats.particles
        and bool(rest)
        and all(word[:1].isupper() for word in rest)
    )


def _person(text: str, role: Role, pats: _Patterns) -> Person | None:
    tokens = text.split()
    if tokens and tokens[-1][:1].isalpha():
        tokens[-1] = tokens[-1].rstrip(_AFFILIATION_MARKS) or tokens[-1]
    titles = []
    while tokens and tokens[0].lower() in pats.prefixes and len(tokens) > 1:
        titles.append(tokens.pop(0))
    trailing: list[str] = []
    while tokens and tokens[-1].lower() in pats.suffixes and len(tokens) > 1:
        trailing.insert(0, tokens.pop())
    if not 1 <= len(tokens) <= _MAX_NAME_WORDS or not all(_name_token(t, pats) for t in tokens):
        return None
    if all(t.lower() in pats.not_names for t in tokens):
        return None  # a desk, no one: "WRITER: Online Reporters", "Penulis: Tim Redaksi"
    name = " ".join(tokens)
    if " " in name and name.isupper():
        name = name.title()  # "Editor: ARDI WICAKSONO", as the markup's names are read
    return Person(name=name, role=role, titles=titles + trailing)


def _name_token(token: str, pats: _Patterns) -> bool:
    if token.lower() in pats.particles:
        return True
    first = token[0]
    if token.endswith(("'s", "’s")):
        return False  # a possessive: "Ann Lee's Most Recent Stories"
    return first.isupper() and not any(c.isdigit() for c in token)


def bare_name(
    text: str, lex: Lexicon, *, shouted: bool = False, plain: int = _PLAIN_NAME_WORDS
) -> Person | None:
    """A line that is a person's name and nothing else, as sites print the author under the
    headline ("Dan Jervis-Bardy"): two to four capitalised words, not in capitals throughout (a
    menu's "WATCH LIVE"), no common word ("The West Australian"), nothing a byline label or a
    credit says. Whether such a line *is* the author depends on where it stands: see
    `warta.classify`, which says when a line in capitals may be a name (`shouted`: right by
    the date line, as templates set "DYLAN JONES" over "5 HOURS AGO"); it is then written as
    a name is.

    >>> bare_name("Dan Jervis-Bardy", lexicon("en")).name
    'Dan Jervis-Bardy'
    >>> [bare_name(t, lexicon("en")) for t in ("The West Australian", "WATCH LIVE", "Politics")]
    [None, None, None]
    >>> bare_name("CHRIS WILSON-SMITH", lexicon("en"), shouted=True).name
    'Chris Wilson-Smith'
    >>> bare_name("Anna Whitcombe in London", lexicon("en")).name
    'Anna Whitcombe'

    `plain`: the most words of a name with no particle ("Van", "bin"); where the page says a
    name stands (over the writer's job), four: "Megan Teo Jia Hui".
    """
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    pats = _patterns(lex.code)
    text = _untailed(text, pats)
    if text.lower() in pats.not_names or _desk(text, pats):
        return None  # "ABC Rural": the writer's desk under the byline
    if shouted and text.isupper():
        text = text.title()
    text = _without_outlet(text, pats)  # "Tom Davies Associated Press"
    text = _PLACED.sub("", text)  # "Anna Whitcombe in London": where she filed from
    tokens = _without_job(text.split(), pats)
    if not _MIN_UNLABELLED_NAME_WORDS <= len(tokens) <= _MAX_BARE_NAME_WORDS or text.isupper():
        return None
    if any(t.lower() in lex.stopwords or t.lower() in pats.not_names for t in tokens):
        return None
    if not all(_BARE_NAME_TOKEN.match(t) or t.lower() in pats.particles for t in tokens):
        return None
    if len(tokens) > plain and not any(t.lower() in pats.particles for t in tokens):
        return None  # "Senzo Meyiwa Murder Trial": a topic; "Fouzia Van Der Fort" a name
    return _person(" ".join(tokens), Role.AUTHOR, pats)


def bare_names(
    text: str, lex: Lexicon, *, shouted: bool = False, plain: int = _PLAIN_NAME_WORDS
) -> list[Person]:
    """`bare_name` for a line of one name or a few joined by "and" or commas, each a bare name:
    "Edith Cheung and Marcus Ho". Empty unless every part is a name.

    >>> [p.name for p in bare_names("Edith Cheung and Marcus Ho", lexicon("en"))]
    ['Edith Cheung', 'Marcus Ho']
    >>> bare_names("Cheung and the Post", lexicon("en"))
    []
    >>> [p.name for p in bare_names("Edith Cheung and AP", lexicon("en"))]
    ['Edith Cheung']
    """
    whole = bare_name(text, lex, shouted=shouted, plain=plain)  # "Al Goldis, AP" too
    if whole is not None or len(text) > _MAX_BYLINE_CHARS:
        return [whole] if whole else []
    if text.count(" | ") == 1:
        if lex.people.bare_editor:
            return _writer_then_editor(text, lex, shouted)
        # Elsewhere two writers, each perhaps with their beat: "Eleanor Hayes, Health
        # Correspondent | Tom Whitcombe" (The Times).
        left, right = (bare_names(part, lex, shouted=shouted) for part in text.split(" | "))
        return [*left, *right] if left and right else []
    pats = _patterns(lex.code)
    parts = pats.splitter.split(text.strip())
    if not 1 < len(parts) <= _MAX_BARE_NAMES:
        return []
    # "Adam Vidler and AP", "Meg Kinnard and Errin Haines, Associated Press": the agency after
    # the names, left out as `parse_byline` leaves it out of "By Adam Vidler and AP" (one
    # before them, "BBC News, East Midlands", is the desk's line, with no name in it).
    while len(parts) > 1 and _is_outlet(parts[-1], pats):
        parts.pop()
    if len(parts) == 2 and _station(parts[1], pats) and not _ACRONYM.search(parts[0]):
        # "Mohammad Shahidul Alam, Chattogram": the writer, then the city they filed from (not
        # "BBC Bengali, Dhaka", a desk's line).
        parts.pop()
    people = [bare_name(part, lex, shouted=shouted, plain=plain) for part in parts]
    return [p for p in people if p is not None] if all(people) else []


def _writer_then_editor(text: str, lex: Lexicon, shouted: bool) -> list[Person]:
    """Two bare names parted by a bar, as Suara prints its byline: the writer, then the editor,
    in the order closing initials give them ("(ams/idh)").

    >>> [(p.name, p.role.value) for p in bare_names("Ani Lestari | Bayu Aji", lexicon("id"))]
    [('Ani Lestari', 'author'), ('Bayu Aji', 'editor')]
    """
    writer, editor = (bare_name(part, lex, shouted=shouted) for part in text.split(" | "))
    if writer is None or editor is None:
        return []
    return [writer, editor.model_copy(update={"role": Role.EDITOR})]


def is_outlet(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only a news outlet's name ("BBC", "Reuters", "kompas.com").

    >>> is_outlet("BBC", lexicon("en")), is_outlet("Duncan Walker", lexicon("en"))
    (True, False)
    """
    return _is_outlet(text.strip(), _patterns(lex.code))


def without_intro(text: str, lex: Lexicon) -> str:
    """A writer's name without the reporter's intro and place before it, as a site's metadata
    may give it: "Kontributor Yogyakarta, Ani Lestari" is Ani Lestari.

    >>> without_intro("Kontributor Demak, Ani Lestari", lexicon("id"))
    'Ani Lestari'
    """
    if len(text) > _MAX_BYLINE_CHARS:
        return text
    match = _patterns(lex.code).reporter.match(text.strip())
    return match["rest"] if match else text


def is_by_word(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only a byline's opening word ("By", "Oleh"), split from the name.

    >>> is_by_word(" By ", lexicon("en")), is_by_word("Bye", lexicon("en"))
    (True, False)
    """
    return text.strip().lower() in _patterns(lex.code).by_words


def by_word_line(text: str, lex: Lexicon) -> bool:
    """Whether `text` opens with a byline's word, then a name: "Oleh Ann Lee", "By Bo Kim".

    >>> by_word_line("Oleh Galih Nugroho", lexicon("id")), by_word_line("Bye now", lexicon("en"))
    (True, False)
    """
    first, _, rest = text.strip().partition(" ")
    return bool(rest) and first.lower() in _patterns(lex.code).by_words


def is_byline_button(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only a button a byline carries for its writer ("+ FOLLOW", "Ikuti").

    >>> is_byline_button("+ FOLLOW", lexicon("en")), is_byline_button("Share", lexicon("en"))
    (True, False)
    """
    return text.strip(" +").lower() in _patterns(lex.code).buttons


def by_the_byline(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only what a template sets between a byline and its date: a button
    ("+ FOLLOW"), a separator ("•") or a reading time ("5 min read").

    >>> [by_the_byline(t, lexicon("en")) for t in ("•", "5 min read", "Ann Lee")]
    [True, True, False]
    """
    stripped = text.strip()
    return (
        is_byline_button(stripped, lex)
        or not any(c.isalnum() for c in stripped)
        or _patterns(lex.code).reading_time.match(stripped) is not None
    )


def role_label(text: str, lex: Lexicon) -> str | None:
    """`text` as a byline label when it is only one, on a line of its own over the name:
    "Reporter", "Editor:" (Tempo English copies each role's label above its name).

    >>> role_label("Editor", lexicon("en")), role_label("Editorial", lexicon("en"))
    ('Editor', None)
    """
    if len(text) > _MAX_LABEL_CHARS:
        return None  # and a block of a megabyte is not copied to be looked up
    label = text.strip().rstrip(":").strip()
    return label if label.lower() in _patterns(lex.code).labels else None


def _without_job(tokens: list[str], pats: _Patterns) -> list[str]:
    """The name before a job title: "Amy Lee Political Correspondent" is Amy Lee; glued in a
    copied page, "Lucy ThorntonNews Reporter" is Lucy Thornton; set apart by a comma, "Dimas Aryo
    Wicaksono, Jurnalis" is the whole name before it. Otherwise the name is taken to be two
    words, as most are."""
    if len(tokens) < _MIN_UNLABELLED_NAME_WORDS + 1 or tokens[-1].lower() not in pats.jobs:
        return tokens
    comma = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(",")), None)
    if comma is not None and comma + 1 >= _MIN_UNLABELLED_NAME_WORDS:
        return [*tokens[:comma], tokens[comma].rstrip(",")]
    for i, token in enumerate(tokens[:-1]):
        glued = _GLUED.match(token)
        if glued and i >= 1:
            return [*tokens[:i], glued[1]]
    return tokens[:_MIN_UNLABELLED_NAME_WORDS]


def _without_outlet(text: str, pats: _Patterns) -> str:
    """A name without the outlet printed after it: "Tom Davies Associated Press", "Tom Lee
    Reuters". An outlet of one word is cut only where two words of a name stay before it: it
    may be a surname ("John Efe", "Kofi Ansa")."""
    lowered = text.lower()
    if not lowered.endswith(pats.trailer_ends):
        return _without_masthead(text, pats)
    for words in pats.trailers:
        if lowered.endswith(" " + words):
            name = text[: -len(words)].rstrip(" ,-–—")
            if " " in words or len(name.split()) >= _MIN_UNLABELLED_NAME_WORDS:
                return name
    return _without_masthead(text, pats)


def _without_masthead(text: str, pats: _Patterns) -> str:
    name, comma, outlet = text.rpartition(", ")
    if comma and _masthead(outlet, pats):
        return name  # "Bianca Dela Paz, ABS-CBN News"
    return text


def closing_writers(text: str, lex: Lexicon) -> list[Person]:
    """The writers a story's last paragraph names after a dash: "... on Oct. 9. — with Ann Lee".

    >>> [p.name for p in closing_writers("Rates stay. — with Ann Lee and Bo Kim", lexicon("en"))]
    ['Ann Lee', 'Bo Kim']
    """
    tail = text[-_SIGN_OFF_CHARS:]
    if "—" not in tail and "–" not in tail and " -" not in tail:
        return []
    match = _patterns(lex.code).closing_with.search(tail)
    if match is None:
        return []
    return bare_names(match["names"], lex)


def initials(text: str, lex: Lexicon | None = None) -> list[Person]:
    """Initials closing a story, "(ams/idh)": the first is the writer, the others editors; or
    a desk's sign-off with the outlet, "—VBL, GMA Integrated News" (GMA), one code alone the
    editor's, as on a line of its own (`initials_line`).

    >>> [(p.initials, p.role.value) for p in initials("... kata dia. (ams/idh)")]
    [('ams', 'author'), ('idh', 'editor')]
    >>> [(p.initials, p.role.value) for p in initials("... by Thursday. —VBL, GMA News",
    ...                                                  lexicon("en"))]
    [('VBL', 'editor')]
    """
    tail = text[-_SIGN_OFF_CHARS:]
    match = _INITIALS.search(tail)
    if match:
        codes = match["all"].split("/")
    elif lex is not None and (signed := _SIGN_OFF.search(tail)) and _masthead(
        signed["outlet"], _patterns(lex.code)
    ):
        codes = signed["codes"].split("/")
        if len(codes) == 1:
            return [Person(initials=codes[0], role=Role.EDITOR)]
    else:
        return []
    return [
        Person(initials=code, role=Role.AUTHOR if i == 0 else Role.EDITOR)
        for i, code in enumerate(codes)
    ]


def initials_line(text: str, lex: Lexicon) -> list[Person]:
    """A line of initials alone, closing a story: "(ams/idh)", the writer then editors; "dh/kb
    (dpa, epd)" with the agencies after them (DW); one code alone, "(eyt)", "(WHS)", "[dan]" or
    "/cb" (Sindonews, Medcom, Merdeka, Inquirer), is the editor's, the writer being named above.
    An agency is no one's initials: "(AFP)".

    >>> [(p.initials, p.role.value) for p in initials_line("dh/kb (dpa, epd)", lexicon("en"))]
    [('dh', 'author'), ('kb', 'editor')]
    >>> [(p.initials, p.role.value) for p in initials_line("(WHS)", lexicon("id"))]
    [('WHS', 'editor')]
    >>> initials_line("(AFP)", lexicon("en")), initials_line("Berlin (dpa)", lexicon("en"))
    ([], [])
    >>> [(p.initials, p.role.value) for p in initials_line("Source: CNA/ja(mi)", lexicon("en"))]
    [('ja', 'author'), ('mi', 'editor')]
    >>> [(p.initials, p.role.value) for p in initials_line("[RZL | TOS]", lexicon("id"))]
    [('RZL', 'author'), ('TOS', 'editor')]
    """
    if len(text) > _MAX_INITIALS_LINE:
        return []
    cited = _SOURCE_LINE.match(text.strip())
    if cited:
        codes = [c for c in (cited["first"], cited["second"]) if c]
        roles = [Role.EDITOR] if len(codes) == 1 else [Role.AUTHOR, Role.EDITOR]
        return [Person(initials=c, role=r) for c, r in zip(codes, roles, strict=True)]
    ended = _END_ITEM.match(text.strip())
    if ended:
        return [Person(initials=ended["code"], role=Role.EDITOR)]
    match = _INITIALS_ALONE.match(text.strip())
    if not match:
        return []
    found = match["closed"] or match["bracketed"] or match["slashed"] or match["sourced"]
    codes = (found or match["barred"].replace("|", "/")).replace(" ", "").split("/")
    pats = _patterns(lex.code)
    if any(code.lower() in pats.outlets or f"{code.lower()}.com" in pats.outlets for code in codes):
        return []  # "(AFP)", and "(tan/jpnn)" signs for JPNN, the names given in full
    if len(codes) == 1:
        return [Person(initials=codes[0], role=Role.EDITOR)]
    return [
        Person(initials=code, role=Role.AUTHOR if i == 0 else Role.EDITOR)
        for i, code in enumerate(codes)
    ]


def merge_people(people: list[Person]) -> list[Person]:
    """One person per name and side (writing or editing): the first role wins, except that
    author beats reporter (a Tribun page names its writer as "Penulis" and again as "Laporan
    wartawan"). Someone a page names in full as both writer and editor ("Redaktur & Reporter :
    Ani", JPNN) is on both sides."""
    merged: dict[tuple[str, bool], Person] = {}
    for person in people:
        # Initials are one person whatever the sides: "(des/des)" signs a story written and
        # edited by one hand.
        editing = person.role is Role.EDITOR and person.name is not None
        key = (_name_key(person.name or person.initials or ""), editing)
        known = merged.get(key)
        if known is None:
            merged[key] = person
        elif known.role is Role.REPORTER and person.role is Role.AUTHOR:
            merged[key] = person.model_copy(update={"titles": known.titles or person.titles})
        elif not known.titles and person.titles:
            merged[key] = known.model_copy(update={"titles": person.titles})
    # Initials that are a named person's own ("(rhp/...)" under "Laporan oleh Rahmat Hidayat
    # Purnomo", "(rfm)" under "Rifki Maulana") are that person again.
    names = [p.name for p in merged.values() if p.name]
    return [
        p
        for p in merged.values()
        if p.name or not any(_own_initials((p.initials or "").casefold(), n) for n in names)
    ]


def _own_initials(initials: str, name: str) -> bool:
    """Whether `initials` (casefolded) are `name`'s: the first letters of its words, or its
    first and last words' first letters with letters of the name between them, in order ("rfm"
    for Rifki Maulana, as Suara Surabaya writes it).

    >>> _own_initials("rhp", "Rahmat Hidayat Purnomo"), _own_initials("rfm", "Rifki Maulana")
    (True, True)
    >>> _own_initials("rfp", "Rifki Maulana"), _own_initials("mr", "Rifki Maulana")
    (False, False)
    """
    words = [w for w in name.casefold().split() if w[:1].isalpha()]
    if initials == "".join(w[0] for w in words):
        return True
    if len(initials) < 3 or len(words) < 2:
        return False
    if initials[0] != words[0][0] or initials[-1] != words[-1][0]:
        return False
    letters = iter("".join(words)[1:-len(words[-1])])
    return all(letter in letters for letter in initials[1:-1])


def _name_key(name: str) -> str:
    """A name as compared with another: casefolded, a letter written twice as once ("Gebeilly"
    in a credit line is the byline's "Gebeily")."""
    return _DOUBLED.sub(r"\1", name.casefold())


_DOUBLED = re.compile(r"([^\W\d_])\1")


_WRITERS = (Role.AUTHOR, Role.REPORTER)


@dataclass(frozen=True)
class Credits:
    """The people of an article by list: authors (writers and reporters), editors, contributors."""

    authors: list[Person]
    editors: list[Person]
    contributors: list[Person]
    #: The writers each byline line names that names more than one ("Oleh Ani Lestari & Bo
    #: Kim"), in page order.
    joint: list[list[Person]] = field(default_factory=list)


def after_conjunction(text: str, lex: Lexicon) -> str | None:
    """What follows a conjunction opening `text`: a byline going on on its next line ("and NUR
    AQILAH ZAINAL" under "By TAN MEI LING"), else None.

    >>> after_conjunction("and Bo Kim", lexicon("en")), after_conjunction("Bo Kim", lexicon("en"))
    ('Bo Kim', None)
    """
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in lex.people.conjunctions else None


def _bare(text: str, lex: Lexicon) -> list[Person]:
    # A byline's line: where it stands says it names people, so four plain words are a name
    # ("Megan Teo Jia Hui"), as a topic elsewhere may be ("Senzo Meyiwa Murder Trial"); one
    # that goes on with a conjunction names the byline's next writer, in its capitals or not.
    rest = after_conjunction(text, lex)
    if rest is not None:
        return bare_names(rest, lex, shouted=True, plain=_MAX_BARE_NAME_WORDS)
    return bare_names(text, lex, plain=_MAX_BARE_NAME_WORDS)


def names_before_date(text: str, lex: Lexicon) -> list[Person]:
    """The writers a date line names before its date: "Ann Lee · CBC News · Posted: Aug 8".

    >>> [(p.name, p.initials) for p in names_before_date("Ann Lee / FER | July 22, 2025",
    ...                                                  lexicon("en"))]
    [('Ann Lee', None), (None, 'FER')]
    """
    # "Ann Lee | Published 4 months ago", "Ann Lee · Outlet · Posted: Aug 8": a name (or a
    # few), then the date or the outlet, set apart by a separator (not a comma: "Jakarta
    # Selatan, 12 Maret").
    # "Ann Lee / FER | July 22, 2025": the writer and the editor's initials before a bar (the
    # Jakarta Globe); not "Ann Lee / TNN / Oct 21": a wire's code.
    head, bar, _ = text.partition(" | ")
    if bar and " / " in head:
        pair = parse_byline(head, lex) or []
        initials = [p.initials for p in pair if p.role is Role.EDITOR and p.initials]
        wire = bool(initials) and _is_outlet(initials[0], _patterns(lex.code))
        if any(p.name for p in pair) and initials and not wire:
            return pair
    parts = _NAME_APART.split(text.strip(), maxsplit=1)
    if len(parts) > 1:
        # "Fadli Ramadhan, Jurnalis · ...": a byline label after the name gives the role.
        labelled = _patterns(lex.code).name_then_label.match(parts[0])
        named = parse_byline(parts[0], lex) if labelled else None
        if named:
            return named[:1]
        # "Ann Lee, Bo Kim · CBC News · Posted: ...": the writers' names, each bare.
        names = bare_names(parts[0], lex)
        if names:
            return names
    hits = find_dates(text, lex)
    head = text[: hits[0].start].strip(" ·•|,-–—") if hits else ""
    if not head:
        return []
    tail = _WEEKDAY_TAIL.search(head)
    pats = _patterns(lex.code)
    word = tail["word"].lower().replace("'", "") if tail else ""
    if tail and (word in pats.weekdays or word in pats.not_names):
        head = head[: tail.start()]  # "... Jum'at", "Ann Lee Updated" before the date
    head = head.strip(" ·•|,-–—")
    found = parse_byline(head, lex)
    if found:
        return found
    # "Ann Lee and Bo Kim 7th March 2025" (Punch): writers joined, no "By"; one bare name
    # could be the place the date was written in.
    writers = bare_names(head, lex)
    return writers if len(writers) > 1 else []


def _source_line(block: Block, lex: Lexicon) -> list[Person]:
    return initials_line(block.text, lex) if block.text[:6].lower() == "source" else []


def _photographers(blocks: list[Block], lex: Lexicon) -> list[Person]:
    """The photographers that pictures' credits name under a photographer's label
    ("Photographer: Ann Lee/Bloomberg", "Foto: ANTARA FOTO/Ann Lee"): contributors, as a
    byline's are; the desk or agency beside the name is not.

    >>> blocks = [Block(0, "Photographer: Ann Lee/Bloomberg", Label.CREDIT)]
    >>> [p.name for p in _photographers(blocks, lexicon("en"))]
    ['Ann Lee']
    """
    found: list[Person] = []
    for block in blocks:
        if block.label is not Label.CREDIT or len(found) >= MAX_PEOPLE:
            continue
        if ":" not in block.text and " by " not in block.text[:24].lower():
            continue  # no label a photographer is named under ("Photographer:", "Photo by")
        for person in parse_byline(block.text, lex) or []:
            if person.role is not Role.PHOTOGRAPHER or not person.name:
                continue
            named = next(filter(None, (bare_name(p, lex) for p in person.name.split("/"))), None)
            if named is not None:
                found.append(named.model_copy(update={"role": Role.PHOTOGRAPHER}))
    return found


def _bare_editor(named: list[Person], bare_ids: set[int]) -> list[Person]:
    """A bare name by the date on a page whose reporter a label names elsewhere ("Kontributor :
    Ani Lestari" closing it) is its editor: the Suara network shows the editor under the
    headline, unlabelled, when a correspondent wrote the story; unless an editor is named. For
    the languages whose lexicon says their press does (`PeopleWords.bare_editor`)."""
    reporters = [p for p in named if p.role is Role.REPORTER and p.name and id(p) not in bare_ids]
    if not reporters or any(p.role is Role.EDITOR for p in named):
        return named
    return [
        p.model_copy(update={"role": Role.EDITOR}) if id(p) in bare_ids and p.name else p
        for p in named
    ]


def _editor_not_writer(named: list[Person]) -> list[Person]:
    """`named` without the writer's role of someone a line labels editor, when someone else
    wrote the story: Kendari Pos shows its editor as "by Ardiansyah" over the story, closes it
    with the writer's initials "(ikh/b)" and then "Editor: Ardiansyah"."""
    editors = {_name_key(p.name) for p in named if p.name and p.role is Role.EDITOR}
    doubled = {_name_key(p.name) for p in named if p.name and p.role is Role.AUTHOR} & editors
    if not doubled:
        return named
    writers = (p.name or p.initials or "" for p in named if p.role in _WRITERS)
    if all(_name_key(name) in doubled for name in writers):
        return named
    return [
        p for p in named if not (p.role is Role.AUTHOR and p.name and _name_key(p.name) in doubled)
    ]


def _label_around(blocks: list[Block], block: Block, lex: Lexicon) -> str | None:
    """The role's label of a byline on its own line: over it, or under it when classification
    read the name so ("Sapeta Leavasa" over "Author")."""
    if block.reason == OVER_LABEL and block.index + 1 < len(blocks):
        return role_label(blocks[block.index + 1].text, lex)
    return _label_above(blocks, block.index, lex)


def _label_above(blocks: list[Block], index: int, lex: Lexicon) -> str | None:
    """The role's label on its own line over a byline and the bylines above it ("Editor" over
    "Sekar Ayu"; "To contact the reporters on this story:" over two lines of names)."""
    for i in range(index - 1, max(index - 1 - LINES_UNDER_LABEL, -1), -1):
        if not blocks[i].text.strip():
            continue  # the person's avatar between the label and the name
        label = role_label(blocks[i].text, lex)
        if label is not None or blocks[i].label is not Label.BYLINE:
            return label
    return None


def _credits(blocks: list[Block], lex: Lexicon) -> tuple[list[Block], Block | None]:
    """The bylines and date lines that speak of this article, and the body's last paragraph.

    A bare "By ..." line well after the body (a few lines on it still closes it) is a related
    story's, once a byline above named someone, and so is one between the body's paragraphs once
    a byline above the body did; labelled credits there ("Editor: ...", "Additional reporting
    by ...") stay. A date line well after the body is then a comment's ("Faisal K | 8 hours
    ago | Reply") or a related story's: the name before its date is no writer of this one."""
    credits: list[Block] = []
    first: Block | None = None
    last: Block | None = None
    for block in blocks:
        label = block.label
        if label is Label.BODY:
            first = first or block
            last = block
        elif label is Label.BYLINE or label is Label.DATE:
            credits.append(block)
    if first is None or last is None:
        return credits, last
    start, end = first.index, last.index
    by_words = _patterns(lex.code).by_words
    credits = [
        b
        for b in credits
        if b.label is not Label.BYLINE or not _masthead_line(blocks, b, end, by_words)
    ]
    # A writer's "By ..." line may hold the date too ("By Ann Lee 30 August 2023 • 4:45pm"),
    # read as the date line it also is.
    by = [b.text.lstrip("([").lower().startswith(by_words) for b in credits]
    signed = [b.label is Label.BYLINE or s for b, s in zip(credits, by, strict=True)]
    if not any(b.index < end for b, s in zip(credits, signed, strict=True) if s):
        return credits, last
    # Inside the body too, once the header named someone: a box of other stories the body runs
    # around ("More Trending": a headline, its date, "By ...").
    headed = any(b.index < start for b, s in zip(credits, signed, strict=True) if s)
    # Past a box of other stories after the body ("More from Recommended"), a dated "By ..."
    # line is one of its stories', however near.
    boxed = next(
        (b.index for b in blocks if b.index > end and b.kind is BoilerplateKind.RELATED), None
    )
    kept = [
        b
        for b, s in zip(credits, by, strict=True)
        if (b.label is Label.BYLINE and not s)
        or (
            _placed(b.index, start, end, headed)
            and not (s and b.label is Label.DATE and boxed is not None and b.index > boxed)
        )
    ]
    return kept, last


def _masthead_line(
    blocks: list[Block], block: Block, end: int, by_words: tuple[str, ...]
) -> bool:
    """Whether a byline is the paper's masthead, not this story's: "Editor: ..." in the page's
    footer, after the body and a box of other stories (a few lines of them: ANTARA's byline
    comes after one "Baca juga" link) and a few lines over the copyright line (New Age, The
    Business Standard). A writer's "BY ..." there is the story's (JoongAng Daily signs under
    its related box, over its copyright note)."""
    at = block.index
    if at <= end or at >= len(blocks) or blocks[at] is not block:
        return False  # (blocks indexed as they stand in the page only)
    if block.text.lstrip("([").lower().startswith(by_words):
        return False
    below = blocks[at + 1 : at + 1 + _MASTHEAD_REACH]
    if not any(b.kind is BoilerplateKind.COPYRIGHT for b in below):
        return False
    related = (b for b in blocks[end + 1 : at] if b.kind is BoilerplateKind.RELATED)
    return next(islice(related, _BOX_LINES - 1, None), None) is not None


def _placed(index: int, start: int, end: int, headed: bool) -> bool:
    """Whether a bare "By ..." line at `index` is this story's: above its body, a few lines
    under it, or between its paragraphs when no byline stood above them."""
    if index < start:
        return True
    if index > end:
        return index - end <= _CLOSING_LINES
    return not headed


def read_people(blocks: list[Block], lex: Lexicon, outlets: Iterable[str] = ()) -> Credits:
    """Everyone the bylines and closing initials name, one person per name. `outlets`: the
    names the site goes by, which name no one in a role ("oleh Sumut Pos" over a story its
    closing "(map/ram)" signs)."""
    named: list[Person] = []
    unlabelled: list[Person] = []
    joint: list[list[Person]] = []
    credits, last = _credits(blocks, lex)
    for block in credits:
        if len(named) >= _ENOUGH_NAMED:
            break  # thousands of byline lines are a list of staff, or an attack
        if block.label is Label.BYLINE:
            text = block.text
            if role_label(text, lex) is not None:
                continue  # "Editor" over the name: the label, read with the name under it
            found = parse_byline(text, lex)
            label = _label_around(blocks, block, lex) if found is None else None
            if label is not None:
                text = f"{label}: {text}"
                found = parse_byline(text, lex)
            if found is None and (bare := _bare(text, lex)):
                unlabelled.extend(bare)
                named.extend(bare)
                if len(bare) > 1 and "|" not in text:
                    # "Ann Lee and Bo Kim" by the date, no "By" (not Suara's "writer | editor")
                    joint.append(bare)
                continue
            writers = [p for p in found or () if p.name and p.role in _WRITERS]
            if len(writers) > 1:
                joint.append(writers)
            named.extend(
                found
                or initials_line(text, lex)
                # "Agus Rahmat · Senin, 18 November 2024 - 14:35 WIB", read as a byline
                or names_before_date(text, lex)
            )
        elif block.label is Label.DATE:
            # "Fadli Ramadhan, Jurnalis · Jum'at 08 Maret 2024 16:20 WIB": a byline, then the date.
            dated = names_before_date(block.text, lex)
            named.extend(dated)
            writers = [p for p in dated if p.name and p.role in _WRITERS]
            if len(writers) > 1:
                joint.append(writers)
    named.extend(_photographers(blocks, lex))
    if last is not None:
        # "Source: CNA/ja(mi)" under the story, which a phrase sets aside as its source.
        after = blocks[last.index + 1 : last.index + 1 + _SOURCE_REACH]
        named.extend(p for b in after if b.label is not Label.BODY for p in _source_line(b, lex))
        named.extend(initials(last.text, lex))
        named.extend(closing_writers(last.text, lex))
    # A bare name ("Hendra Saputra" by the date, with an avatar) that a labelled line also
    # names ("Editor: Hendra Saputra") has that line's role.
    bare_ids = {id(p) for p in unlabelled}
    labelled = {_name_key(p.name) for p in named if p.name and id(p) not in bare_ids}
    named = [p for p in named if id(p) not in bare_ids or _name_key(p.name or "") not in labelled]
    if lex.people.bare_editor:
        named = _bare_editor(named, bare_ids)
    people = merge_people(_editor_not_writer(named))
    # Initials stand in for a role only when no one is named in it.
    # A reporter named in full writes the story as its author does: "(ari/luh)" closing it
    # adds no writer beside "Reporter: Komang Ari Wiguna".
    houses = {letters(o) for o in outlets}
    roles_named = {
        _WRITING.get(p.role, p.role) for p in people if p.name and letters(p.name) not in houses
    }
    people = [p for p in people if p.name or _WRITING.get(p.role, p.role) not in roles_named]
    return Credits(
        authors=[p for p in people if p.role in _WRITERS][:MAX_PEOPLE],
        editors=[p for p in people if p.role is Role.EDITOR][:MAX_PEOPLE],
        contributors=[
            p for p in people if p.role in (Role.PHOTOGRAPHER, Role.CONTRIBUTOR)
        ][:MAX_PEOPLE],
        joint=joint[:MAX_PEOPLE],
    )
