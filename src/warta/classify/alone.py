"""Context-free labels: what a block is from its own words and shape (jusText's first phase).

Lexicon phrases make boilerplate ("Baca juga: ...", "ADVERTISEMENT"), byline and date shapes make
bylines and date lines, photo credits make credits, and a long sentence-shaped line is body.
Everything else stays UNKNOWN for the context phase to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.blocks import Block, Label
from warta.blocks.spaces import lower
from warta.classify.shape import MAX_PARAGRAPH_CHARS, TOO_LONG, UNDECIDED, Shape, Verdict
from warta.fields.dates import find_dates, may_hold_date
from warta.fields.images import (
    DASHED_CREDIT,
    credit_shaped,
    credit_words,
    ends_with_action,
    trailing_credit,
    without_action,
)
from warta.fields.people import MAX_CREDIT_LINE_WORDS, initials_line, parse_byline
from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import trie
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind

__all__ = ["is_image_marker", "is_menu_item", "label_each"]

#: A "starts with" phrase only marks a short line: "Baca juga: <headline>" is short, while a body
#: sentence that merely opens with "Iklan" is long.
_MAX_PHRASE_WORDS = 25
#: The most words of a call to sign up that its opening phrase marks.
_MAX_CALL_WORDS = 40
#: A date line is a date plus a few words ("Kompas.com -", "Diperbarui"), not a sentence with one.
_MAX_DATE_LINE_WORDS = 16
_MAX_DATE_LINE_REST = 6
#: A byline of several people with their roles and towns runs longer than a date line, its roles
#: apart by semicolons: "Reporting by Ann Lee in Oslo; additional reporting by Bo Kim in Bergen;
#: Editing by Jo Hale".
_MAX_BYLINE_WORDS = 20
#: A line of fields between bars may hold dates beside the byline ("News | Published: 5 hours
#: ago | Last Updated: 2 hours ago | Written by Ann Lee"): the reader drops them, then counts.
_MAX_FIELDS_LINE_WORDS = 30
_MAX_RELATIVE_DATE_WORDS = 8
#: Separators count as words here ("Ann Lee | Outlet Published: 04 Mar 2025 - 9:05 am | Last
#: updated: 04 Mar 2025 - 9:41 am" is 25): the rest after the dates is bounded below.
_MAX_LABELLED_DATE_LINE_WORDS = 30
#: Words of prose under a lead-in that a picture's marker opens ("Zoom in: ...").
_MIN_LEAD_IN_WORDS = 8
#: Words a labelled date line holds besides its dates: two writers, the outlet, "Posted:" and
#: an update's label and day ("Ann Lee, Bo Kim · CBC News · Posted: ... | Last Updated: July 9").
_MAX_LABELLED_DATE_LINE_REST = 12
#: What may stand between a date's label and the date: "Posted: Aug 8", "Updated - Oct 21".
_LABEL_GAP = " :-–—|·•,"
_SEPARATOR_TOKENS = frozenset("·•|-–—●/")
_MAX_CREDIT_WORDS = 8
#: A body line without a final stop must be long, and made of running prose (stopwords).
_LONG_PROSE_WORDS = 20
_MIN_PROSE_STOPS = 0.1
_EDGE = " \t:|•·-–—>»›"
#: A number in a counting button, stood for by "#" in the lexicon's exact phrases.
_NUMBER = re.compile(r"\d+")
_MARKUP = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*[\s>/]")
_ADDRESSES = ("http://", "https://", "www.")
#: Captions end with their credit: "... (ANTARA FOTO/X)", "... [Suara.com/X]", "... TEMPO/X".
_CLOSERS = (")", "]")
_CREDIT_TAIL_CHARS = 80
_MIN_CAPTION_WORDS = 3
#: What a line of initials alone opens with, or it ends with ")" ("dh/kb (dpa, epd)").
_INITIALS_OPENERS = "([/"


@dataclass(frozen=True)
class _Phrases:
    exact: dict[str, BoilerplateKind]
    #: "Starts with" phrases bucketed by their first character: one `str.startswith` over a few
    #: phrases instead of a regex alternation over all of them, on every line of the page.
    starts: dict[str, tuple[str, ...]]
    starts_kind: dict[str, BoilerplateKind]
    #: "Contains" phrases as one prefix tree (longest phrase first, as an alternation would
    #: match, and a fifth quicker to search on every line), and each phrase's kind.
    contains: re.Pattern[str]
    contains_kind: dict[str, BoilerplateKind]
    #: The same for the phrases that mark a short block only.
    promo: re.Pattern[str]
    promo_kind: dict[str, BoilerplateKind]
    credits: frozenset[str]
    #: The credits as a caption may end with them, with or without a closing stop.
    credit_endings: tuple[str, ...]
    credit_openers: tuple[str, ...]
    #: The openers that label a credit ("photo:", "picture by"), found anywhere in a caption's
    #: tail: "... on Nov 12. PHOTO: SHIN MIN DAILY NEWS", "... — Picture by Firdaus Latif".
    credit_labels: re.Pattern[str]
    image_markers: tuple[str, ...]
    #: "Published", "Diperbarui", ...: words that say a date is the page's own.
    date_labels: tuple[str, ...]
    relative: frozenset[str]


@cache
def _phrases(code: str) -> _Phrases:
    """Boilerplate phrases of the page language first, then of the others: an Indonesian page
    shows "ADVERTISEMENT" and "SCROLL TO CONTINUE WITH CONTENT" in English."""
    lexicons = [lexicon(code)] + [lexicon(c) for c in LANGUAGES if c != code]
    exact: dict[str, BoilerplateKind] = {}
    for lex in reversed(lexicons):
        for kind, phrases in lex.boilerplate.exact.items():
            exact.update(dict.fromkeys(phrases, kind))
    starts: dict[str, BoilerplateKind] = {}
    contains: dict[str, BoilerplateKind] = {}
    promo: dict[str, BoilerplateKind] = {}
    for lex in reversed(lexicons):
        for kind, phrases in lex.boilerplate.starts.items():
            starts.update(dict.fromkeys(phrases, kind))
        for kind, phrases in lex.boilerplate.contains.items():
            contains.update(dict.fromkeys(phrases, kind))
        for kind, phrases in lex.boilerplate.promo.items():
            promo.update(dict.fromkeys(phrases, kind))
    return _Phrases(
        exact=exact,
        starts=_buckets(starts),
        starts_kind=starts,
        contains=re.compile(trie(contains)),
        contains_kind=contains,
        promo=re.compile(trie(promo)),
        promo_kind=promo,
        credits=frozenset(w for lex in lexicons for w in lex.boilerplate.credits),
        credit_endings=tuple(
            f" {w}{stop}" for lex in lexicons for w in lex.boilerplate.credits for stop in ("", ".")
        ),
        credit_openers=tuple(w for lex in lexicons for w in lex.boilerplate.credit_openers),
        credit_labels=re.compile(
            trie(
                (
                    w
                    for lex in lexicons
                    for w in lex.boilerplate.credit_openers
                    if w.endswith((":", " by", " of", " from", "...", "…"))
                ),
                whole=True,
            )
        ),
        image_markers=tuple(w for lex in lexicons for w in lex.boilerplate.image_markers),
        relative=frozenset(w for lex in lexicons for w in lex.dates.relative),
        date_labels=tuple(
            w for lex in lexicons for w in (*lex.dates.published, *lex.dates.updated)
        ),
    )


def _buckets(phrases: dict[str, BoilerplateKind]) -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):  # the longest phrase wins
        buckets.setdefault(phrase[:1], []).append(phrase)
    return {first: tuple(found) for first, found in buckets.items()}


#: The verdicts a line can get on its own, built once and shared by the lines given them.
_MARKUP_LINE = Verdict(Label.BOILERPLATE, BoilerplateKind.ADVERTISEMENT, "markup")
IMAGE_MARKER_REASON = "image"
_IMAGE_MARKER = Verdict(Label.BOILERPLATE, BoilerplateKind.UI, IMAGE_MARKER_REASON)
_ADDRESS = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "address")
BYLINE = Verdict(Label.BYLINE, None, "byline")
_CREDIT = Verdict(Label.CREDIT, None, "credit")
_DATE = Verdict(Label.DATE, None, "date")
_RELATIVE_DATE = Verdict(Label.DATE, None, "relative date")
#: A caption whose line carries its own credit: "Warga antre. (ANTARA/Ani)".
CAPTION_AND_CREDIT = "caption+credit"
_CAPTION = Verdict(Label.CAPTION, None, CAPTION_AND_CREDIT)
_LONG = Verdict(Label.BODY, None, "long")
#: The exchange rate a wire story closes with, in brackets: the story's own line.
_CONVERSION_NOTE = Verdict(Label.BODY, None, "conversion")
_CONVERSION = re.compile(r"^\([^()=]{0,20}\d[^()=]{0,20}=[^()=]{0,20}\d[^()=]{0,40}\)$")
MENU_ROW = Verdict(Label.BOILERPLATE, BoilerplateKind.NAVIGATION, "links between bars")
#: A row of a site's links between bars: how many at least, of how many words each at most.
_MIN_ROW_ITEMS = 4
_MAX_ROW_ITEM_WORDS = 3
_PHRASE = {kind: Verdict(Label.BOILERPLATE, kind, "phrase") for kind in BoilerplateKind}
#: A media player's length on a line of its own, as a copied page keeps it ("01:42", "02:14 -
#: Source: CNN"): the player's furniture, which like an ad's slot neither joins nor parts the
#: paragraphs around it.
PLAYER_LENGTH = Verdict(Label.BOILERPLATE, BoilerplateKind.UI, "player length")
#: Only a label with its colon may follow the length: "08:00 - Registration opens" is a
#: programme's line, which a story may list.
_LENGTH_LINE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s+[-–—]\s+\w+:(?:\s+\S+){0,2})?")


def label_each(
    blocks: list[Block], shapes: list[Shape], lex: Lexicon, options: Options
) -> list[Verdict]:
    """A verdict for every block on its own; UNKNOWN where its own evidence does not decide."""
    phrases = _phrases(lex.code)
    # A verdict depends on the text alone, and menus, footers and teaser lists repeat their
    # lines (a sixth of a news page's blocks): each distinct text is judged once.
    known: dict[str, Verdict] = {}
    verdicts: list[Verdict] = []
    for block, shape in zip(blocks, shapes, strict=True):
        verdict = known.get(block.text)
        if verdict is None:
            verdict = known[block.text] = _label(block.text, shape, lex, phrases, options)
        verdicts.append(verdict)
    return verdicts


#: A photo's credit written as its copyright, an outlet and its photographer: "©2025
#: Merdeka.com/Fajar Nur Hidayat" (the copyright line of a page names no one after a slash).
_COPYRIGHT_CREDIT = re.compile(
    r"©\s?\d{4}\s?[\w.-]+/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}$"
)


def _label(text: str, shape: Shape, lex: Lexicon, phrases: _Phrases, options: Options) -> Verdict:
    if len(text) > MAX_PARAGRAPH_CHARS:
        return TOO_LONG
    if text[:1] == "©" and _COPYRIGHT_CREDIT.match(text):
        return _CREDIT
    lowered = lower(text)
    kind = _boilerplate_kind(lowered, shape, phrases)
    if kind is not None:
        return _PHRASE[kind]
    if text.startswith("<") and _MARKUP.match(text):
        # Markup copied with the page (tracking pixels, ad links): not text anyone reads.
        return _MARKUP_LINE
    if shape.words == 1 and lowered.startswith(_ADDRESSES):
        # A web address alone on its line (the page's own, a share link): no headline, no credit.
        return _ADDRESS
    if lowered.startswith(phrases.image_markers) and not _lead_in(lowered, shape):
        return _IMAGE_MARKER  # is_image_marker, without its lookup
    if text[:1].isdigit() and _LENGTH_LINE.fullmatch(text):
        return PLAYER_LENGTH
    if text[:1] == "(" and _CONVERSION.match(text):
        return _CONVERSION_NOTE  # "($1 = 1.7599 New Zealand dollars)" closing a wire story
    if shape.size < _MIN_CAPTION_WORDS and not shape.digits and not text.startswith("("):
        # A word or two without digits (most lines of a menu) can only still be a short byline
        # ("Pewarta: Monalisa"), an editor's initials ("[dan]", "/cb") or a credit; "(ams/idh)"
        # initials open with a bracket.
        if (shape.words > 1 or text[:1] in _INITIALS_OPENERS) and _is_byline(text, shape, lex):
            return BYLINE
        if "/" in text and initials_line(text, lex):
            return BYLINE  # "Enditem/MC": an end mark and the editor's initials
        credit = _is_credit(text, shape, lex)
        return _CREDIT if credit else UNDECIDED
    # Bylines and date lines first: "Kompas.com - 14/03/2024, 16:47 WIB" has a slash too.
    if _is_byline(text, shape, lex):
        return BYLINE
    if _is_date_line(text, shape, lex):
        return _DATE
    if shape.digits and shape.words <= _MAX_RELATIVE_DATE_WORDS and _relative(lowered, phrases):
        # "2 days ago at 07:47 am": a comment's time stamp (no date to read, but a date line).
        return _RELATIVE_DATE
    if ends_with_action(lowered):
        # A copied gallery runs the link beside a picture into its caption: "... REUTERS/Ann
        # Lee Purchase Licensing Rights, opens new tab".
        text = without_action(text)
        lowered = lower(text)
    tail = text[-_CREDIT_TAIL_CHARS:]
    credited = (
        text.endswith(_CLOSERS)
        or "/" in tail
        or "©" in tail
        or " | " in tail  # "... on Wednesday. | Image from DOST-Pagasa"
        or phrases.credit_labels.search(lowered, len(lowered) - len(tail)) is not None
        or lowered.endswith(phrases.credit_endings)  # "... last year. — Filepic"
        or (_has_dash(tail) and DASHED_CREDIT.search(tail) is not None)  # ". - BERNAMAPIX"
    )
    caption = credited and _MIN_CAPTION_WORDS <= shape.words <= options.min_body_words * 6
    if caption and trailing_credit(text, lex):
        return _CAPTION
    if _is_credit(text, shape, lex):
        return _CREDIT
    if _is_prose(shape, options):
        return _LONG
    if _menu_row(text, shape):
        return MENU_ROW
    return UNDECIDED


def _menu_row(text: str, shape: Shape) -> bool:
    """Whether a line is a row of a site's links between bars: "Support HKFP | Code of Ethics |
    Spotted an error? | Contact | Newsletter". A byline or a date line between bars has its
    label or its digits, and is read before."""
    if shape.digits or shape.sentence or " | " not in text:
        return False
    items = text.split(" | ")
    return len(items) >= _MIN_ROW_ITEMS and all(
        0 < len(item.split()) <= _MAX_ROW_ITEM_WORDS for item in items
    )


def _boilerplate_kind(lowered: str, shape: Shape, phrases: _Phrases) -> BoilerplateKind | None:
    if lowered[:1] == "*":
        lowered = lowered.lstrip("* ")  # an editor's note: "*Artikel ini diperbarui ..."
    short = shape.words <= _MAX_PHRASE_WORDS
    if short and lowered.endswith(":"):
        # A label with its colon heads what follows: "Read More:" a box of links, where "Read
        # more" alone is a button.
        kind = _starting_kind(lowered, phrases)
        if kind is not None:
            return kind
    kind = phrases.exact.get(lowered.strip(_EDGE))
    if kind is not None:
        return kind
    if short and shape.digits:
        # A button that counts: "View 6 Images", the lexicon's "view # images".
        kind = phrases.exact.get(_NUMBER.sub("#", lowered.strip(_EDGE)))
        if kind is not None:
            return kind
    if short:
        kind = _starting_kind(lowered, phrases)
        if kind is not None:
            return kind
        if shape.words > 1 and _share_row(lowered, phrases):
            return BoilerplateKind.SHARE
        promo = phrases.promo.search(lowered)
        if promo:
            return phrases.promo_kind[promo.group()]
    else:
        kind = _starting_kind(lowered, phrases)
        if kind is BoilerplateKind.OTHER:
            # An editor's note runs as long as it must: "This article was amended on 15 March
            # 2025. An earlier version said ...", "Correction: ...".
            return kind
        if kind is BoilerplateKind.SUBSCRIBE and shape.words <= _MAX_CALL_WORDS:
            # A call to sign up says what the newsletter brings: "Sign up for our Future Earth
            # newsletter to get the week's biggest ... delivered to your inbox ...".
            return kind
    match = phrases.contains.search(lowered)
    return phrases.contains_kind[match.group()] if match else None


def _share_row(lowered: str, phrases: _Phrases) -> bool:
    """A row of share buttons run together, each word one: "facebook x whatsapp email"."""
    share = BoilerplateKind.SHARE
    return all(phrases.exact.get(word.strip(_EDGE)) is share for word in lowered.split())


def _starting_kind(lowered: str, phrases: _Phrases) -> BoilerplateKind | None:
    """The kind of the `starts` phrase `lowered` opens with, if any."""
    bucket = phrases.starts.get(lowered[:1])
    if bucket and lowered.startswith(bucket):
        return phrases.starts_kind[next(p for p in bucket if lowered.startswith(p))]
    return None


def promo_phrase(lowered: str, words: int, lex: Lexicon) -> bool:
    """Whether a block of `words` words holds a phrase that marks a short block only ("...
    contributed to this report.", "Sign up for our morning newsletter.")."""
    return words <= _MAX_PHRASE_WORDS and _phrases(lex.code).promo.search(lowered) is not None


def is_menu_item(text: str, lex: Lexicon) -> bool:
    """Whether `text` is one of the lexicon's words for a site's own pages ("Home", "Beranda"),
    as a breadcrumb opens with.

    >>> is_menu_item(" Home ", lexicon("en")), is_menu_item("Jakarta", lexicon("en"))
    (True, False)
    """
    kind = _phrases(lex.code).exact.get(text.strip().lower())
    return kind in (BoilerplateKind.UI, BoilerplateKind.NAVIGATION)


def opens_related(text: str, lex: Lexicon) -> bool:
    """Whether `text` opens with a phrase that heads other stories' links ("Read more", "Baca
    juga"), as a button reading the same does too ("READ MORE" over a list of links).

    >>> opens_related("READ MORE", lexicon("en")), opens_related("Share", lexicon("en"))
    (True, False)
    """
    lowered = lower(text).strip(_EDGE)
    return _starting_kind(lowered, _phrases(lex.code)) is BoilerplateKind.RELATED


def _has_dash(text: str) -> bool:
    return "- " in text or "– " in text or "— " in text


def _lead_in(lowered: str, shape: Shape) -> bool:
    """Whether a line opening with a picture's marker is prose under a lead-in: Axios's "Zoom
    in: The council approved ..." is a paragraph, "zoom-in <title>" a copied button."""
    return shape.sentence and shape.words >= _MIN_LEAD_IN_WORDS and ":" in lowered[:16]


def is_image_marker(lowered: str, lex: Lexicon) -> bool:
    """A line a copied picture leaves behind: "zoom-in <title>"."""
    return lowered.startswith(_phrases(lex.code).image_markers)


def _is_credit(text: str, shape: Shape, lex: Lexicon) -> bool:
    if shape.words > _MAX_CREDIT_WORDS or (shape.sentence and not text.endswith(")")):
        return False
    return credit_shaped(text.strip("()[] "), credit_words(lex))


def _is_byline(text: str, shape: Shape, lex: Lexicon) -> bool:
    if (text[:1] in _INITIALS_OPENERS or text.endswith(")")) and initials_line(text, lex):
        return True  # "(ams/idh)", "(WHS)", "/cb", "dh/kb (dpa, epd)"
    if shape.words > _MAX_DATE_LINE_WORDS and not (
        # "Reporting by ... in Copenhagen; Additional reporting by ...; Editing by ...",
        # "India News | Reported by ... | Updated: ...".
        (shape.words <= MAX_CREDIT_LINE_WORDS and ";" in text)
        or (shape.words <= _MAX_FIELDS_LINE_WORDS and " | " in text)
    ):
        return False
    return parse_byline(text, lex) is not None


def _is_date_line(text: str, shape: Shape, lex: Lexicon) -> bool:
    if shape.words > _MAX_LABELLED_DATE_LINE_WORDS or not shape.digits or not may_hold_date(text):
        return False
    hits = find_dates(text, lex)
    if not hits:
        return False
    rest = text
    for hit in reversed(hits):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    words = [w for w in rest.split() if w not in _SEPARATOR_TOKENS]
    if len(words) <= _MAX_DATE_LINE_REST and shape.words <= _MAX_DATE_LINE_WORDS:
        return True
    if len(words) <= _MAX_LABELLED_DATE_LINE_REST and not text[hits[-1].end :].strip():
        # "by Ann Lee and Bo Kim March 5, 2025": a byline, the date closing its line.
        head = text[: hits[0].start].strip(" ·•|,-–—")
        if head and parse_byline(head, lex) is not None:
            return True
    # "Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8",
    # "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read": a labelled date says
    # what it is, and may bring a byline or a reading time along.
    if len(words) > _MAX_LABELLED_DATE_LINE_REST or not _date_label(rest.lower(), lex):
        return False
    # A sentence with a label word somewhere ("The matter was posted for hearing on January
    # 27, 2025.") is prose; in a sentence, the label must stand right before its date.
    if not text.rstrip().endswith("."):
        return True
    labels = _phrases(lex.code).date_labels
    return any(text[: hit.start].rstrip(_LABEL_GAP).lower().endswith(labels) for hit in hits)


def _relative(lowered: str, phrases: _Phrases) -> bool:
    return any(word in phrases.relative for word in lowered.split())


def _date_label(lowered: str, lex: Lexicon) -> bool:
    return any(label in lowered for label in _phrases(lex.code).date_labels)


def _is_prose(shape: Shape, options: Options) -> bool:
    if shape.size < options.min_body_words:
        return False
    long_prose = shape.size >= _LONG_PROSE_WORDS and shape.stop_ratio >= _MIN_PROSE_STOPS
    return shape.sentence or long_prose
