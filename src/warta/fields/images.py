"""Pictures of a copied page: captions and their credits ("Istimewa", "KOMPAS.com/NAMA",
"(ANTARA FOTO/...)"). A copied page has no image URLs; the HTML path adds them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.blocks import Block, Label
from warta.blocks.model import labelled
from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import trie
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind, Image

__all__ = [
    "CREDIT_LABEL_REASON", "DASHED_CREDIT", "CreditWords", "clean_credit", "credit_label_alone",
    "credit_shaped", "credit_words", "html_images", "read_images", "split_credit", "ticker",
    "trailing_credit",
]

_MAX_CREDIT_WORDS = 8
_NUMERIC_SLASH = re.compile(r"\d/\d")
#: A credit after a spaced dash, by its words ("... on Tuesday afternoon. - BERNAMAPIX", The
#: Sun, Malaysia), not an outlet signing its story off ("... supermarkets. – Rappler.com").
DASHED_CREDIT = re.compile(r"(?<=[.!?\"”])\s[-–—]\s(?P<credit>[A-Z][^-–—]{1,40})$")
#: After such a dash, an agency's initials and its word for the picture: "... on Tuesday. —
#: SPA photo" (Saudi Gazette). Not the initials alone: "... at all four entrances. — VNS" is
#: Viet Nam News signing its story off.
_DASHED_AGENCY = re.compile(r"[A-Z]{2,5} (?:photo|photos|pic|file photo)$")
_CREDIT_TAILS = (
    re.compile(r"[(\[](?P<credit>[^()\[\]]{2,80})[)\]]\s*$"),
    re.compile(r"(?<=[.!?\"”])\s(?P<credit>©[^©]{2,60})$"),
    # After a bar: "... in June. | Kyodo" (The Japan Times).
    re.compile(r"(?<=[.!?\"”])\s\|\s(?P<credit>[A-Z][^|]{1,40})$"),
    # After the last sentence; a dot only in an outlet's domain ("... deras. Medcom.id/Anang
    # B", "Foto: dok. JPNN.com", not "pic.twitter.com/..."), and the stop of an initial or a
    # short abbreviation is no sentence's end ("... / RENATO D. VILLACRUZ", "Foto: Dok. BPBD").
    re.compile(
        r"(?<=[.!?\"”])\s(?P<credit>[^.!?\s](?:[^.!?]|\.(?=(?i:com|id|co\.id|co|net|org|tv)\b)"
        r"|(?:(?<=\b[A-Za-z])|(?<=\b[A-Za-z][a-z])|(?<=\b[A-Za-z][a-z]{2}))\.(?=\s))"
        r"{1,80})\.?$"
    ),
    # After a double dash: "... today. --fotoBERNAMA (2024) COPYRIGHT RESERVED" (Bernama).
    re.compile(r"(?<=[.!?\"”])\s?--\s?(?P<credit>\w[^-]{1,60})$"),
    # After a spaced slash: "... on April 13. / The Irrawaddy", "... festival. / CJ".
    re.compile(r"(?<=[.!?\"”])\s/\s(?P<credit>[A-Z][^/]{1,40})$"),
    DASHED_CREDIT,
    # Between dashes glued to the last sentence: "... 13 Mei 2025.-Ani Lestari/HARIAN DISWAY-".
    re.compile(r"(?<=[.!?\"”])-(?P<credit>[^-\s][^-]{1,60})-$"),
)
#: A copyright sign and a name after a caption with no stop: "... across the UK © Bloomberg"
#: (the Financial Times); no year or "Copyright" after it ("Sports data © STATS 2018",
#: "Hearst Newspapers © Copyright Hearst ..." are a footer's lines).
_SIGNED_TAIL = re.compile(r"(?<=[a-z])\s(?P<credit>©\s?(?!Copyright)[A-Z][^©\d]{1,60})$")
#: The fewest words of a caption a `_SIGNED_TAIL` closes.
_MIN_SIGNED_CAPTION_WORDS = 4
#: After a bar with no stop before it, a labelled credit or an agency's initials, perhaps
#: with a second bar: "... rusted shut | Photo: Ann Lee | ThePrint", "... in 2024 | ANI".
_BAR_TAIL = re.compile(r"\s\|\s(?P<credit>[^|]{2,40}(?:\s\|\s[^|]{2,30})?)$")
_INITIALS_CREDIT = re.compile(r"[A-Z]{2,6}(?:/[A-Z][\w .]{1,30})?")
#: The tails read as a bar's credit is: a few words (see `credit_shaped`).
_BARRED = (_CREDIT_TAILS[2], _CREDIT_TAILS[4], _CREDIT_TAILS[5])
#: In brackets, a source and a name after its colon, each a few capitalised words: how the ABC
#: credits a picture ("(ABC News: Ann Lee)", "(Reuters: Tom Ng)", "(Supplied: Tresco FNC)").
_SOURCE_AND_NAME = re.compile(
    r"^[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}: [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,4}$"
)
#: In brackets, a photographer's name for an outlet: "(Ann Lee for The Washington Post)".
_NAME_FOR_OUTLET = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} for [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}$"
)
#: In brackets, a photographer's name, a dash and the agency: "( Ann Lee - Anadolu Agency )".
_NAME_DASH_AGENCY = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} [-–—] "
    r"(?P<agency>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})$"
)
#: The most words of a source in capitals in square brackets closing a caption.
_SQUARED_WORDS = 8
#: What a body's name in brackets has not: a number or a comma (a citation, a list).
_NUMBER_OR_COMMA = re.compile(r"[\d,]")
#: Lowercase words inside a body's name: "Ministry of Health", "Office of the President".
_NAME_PARTICLES = frozenset({"of", "and", "the", "for", "on", "de", "la", "du", "van", "von"})
#: Words a caption has at least before a credit's label that follows it with no stop.
_MIN_RUN_IN_CAPTION_WORDS = 4
#: An outlet's initials before a credit opener: "ST PHOTO:", "AFP PHOTO".
_OUTLET_INITIALS = 5
#: More words than this on either side of a credit's slash, two of them lowercase, are a phrase.
_PHRASE_WORDS = 3
#: Words a credit after a caption's bar may have.
_BAR_CREDIT_WORDS = 4
#: "Bernama pic": an agency, then its word for a picture.
_PICTURED_WORDS = 3
#: A credit's label alone on its line is short: "Keterangan foto :".
_MAX_LABEL_CHARS = 24
#: After an agency's initials: its word for a photo and the day it was taken ("CNA photo July
#: 8, 2025", Focus Taiwan).
_PHOTO_OF_DAY = re.compile(r"^photo [a-z]{3,9}\.? \d{1,2}, \d{4}$")
#: A market's move: an arrow or a percentage ("PSEi 6,418.72 ▲ 0.38%").
_MARKET = re.compile(r"[▲▼△▽↑↓]|\d%")
_MARKET_CHARS = frozenset("▲▼△▽↑↓%")
_DATE_TAIL = re.compile(r"(?<=[A-Za-z])/\d{1,2}/\d{1,2}/\d{2,4}$")
# "... di Grammy Awards ke-58. (Grammy)": a capitalised name in brackets after the last sentence.
# One word only: Suara closes its stories with the reporter's name in brackets, "(Luh Wayanti)".
_NAMES_AFTER_STOP = re.compile(
    r"(?<=[.!?])\s?\((?P<credit>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})\)$"
)
_NAME_AFTER_STOP = re.compile(r"(?<=[.!?])\s?\((?P<credit>[A-Z][^\W\d_][\w.&'-]{0,29})\)$")


@dataclass(frozen=True)
class CreditWords:
    credits: frozenset[str]
    openers: tuple[str, ...]
    #: A credit's label at the start of a text: "Foto: ", "Photo by ", "Credit...".
    label: re.Pattern[str]
    #: A label that a name follows, with no colon: "Photo by ", "Illustration by ".
    by_label: re.Pattern[str]
    #: A one-word label run into the credit's capitals: "fotoBERNAMA".
    label_glued: re.Pattern[str]
    #: A labelled credit closing a caption, after its last sentence with or without a space:
    #: "... since Aug. 9.Credit...Devon Marsh for The New York Times".
    label_tail: re.Pattern[str]
    #: One-word labels, which may also close a credit: "Bernama pic".
    pictured: frozenset[str]
    #: Every label, lowercased: "foto", "sumber", "photo credit".
    labels: frozenset[str]
    #: The words of a body's name ("office", "ministry", "dinas"), lowercased.
    bodies: frozenset[str]
    #: A writer's jobs ("columnist", "wartawan"): after a name's slash, a byline's, no credit.
    writers: frozenset[str]


@cache
def _credit_words(code: str) -> CreditWords:
    """Photo credits and their openers, of every lexicon (credits are often English on
    Indonesian pages), lowercased: "istimewa", "getty images", "antara foto"."""
    del code  # the same for every language today; the key keeps the cache per language
    lexicons = [lexicon(c) for c in LANGUAGES]
    labels = {w for lex in lexicons for w in lex.boilerplate.credit_labels}
    # "Photo by X" needs no colon; "Photo: X", "Photo : X", "Credit...X", "Image source, X" (a
    # label for screen readers) do.
    # A label ending in a preposition is followed by the name, with no colon between.
    ends = (" by", " oleh", " of", " from", " courtesy")  # "Photo courtesy PCB" too
    by = trie(w for w in labels if w.endswith(ends))
    colon = trie(w for w in labels if not w.endswith(ends))
    return CreditWords(
        credits=frozenset(w for lex in lexicons for w in lex.boilerplate.credits),
        openers=tuple(w for lex in lexicons for w in lex.boilerplate.credit_openers),
        label=re.compile(rf"^(?:(?:{by})\s+|(?:{colon})\s*(?::|,|\.\.\.|…)\s*)", re.I),
        by_label=re.compile(rf"^(?i:{by})\s+(?=[A-Z])"),
        label_glued=re.compile(rf"^(?i:{trie(w for w in labels if ' ' not in w)})(?=[A-Z]{{2}})"),
        # After the last sentence's stop, or after a space when the label is capitalised and
        # takes a colon: "... outside shops Credit: Harriet Lowe/SWNS" (The Telegraph).
        label_tail=re.compile(
            rf"(?:(?<=[.!?\"”])[-–—]?\s?(?P<credit>(?i:{colon})\s*(?::|\.\.\.|…|\|)\s*\S.{{0,80}})"
            rf"|(?<=\w)\s(?P<capital>(?=[A-Z])(?i:{colon})\s?:\s*[A-Z].{{0,80}}))$"
        ),
        pictured=frozenset(w for w in labels if " " not in w),
        labels=frozenset(labels),
        bodies=frozenset(w for lex in lexicons for w in lex.speech.institutions),
        writers=frozenset(w for lex in lexicons for w in lex.people.writing_jobs),
    )


def credit_words(lex: Lexicon) -> CreditWords:
    return _credit_words(lex.code)


#: Why a credit's label alone on its line was set aside (`warta.classify.context`).
CREDIT_LABEL_REASON = "credit's label"


def credit_label_alone(text: str, lex: Lexicon) -> bool:
    """Whether `text` is only a credit's label, on a line of its own over the credit: "Sumber :",
    "Foto:", "Photo credit:".

    >>> credit_label_alone("Sumber :", lexicon("id")), credit_label_alone("Hujan", lexicon("id"))
    (True, False)
    """
    return len(text) <= _MAX_LABEL_CHARS and text.rstrip(" :").lower() in credit_words(lex).labels


def read_images(blocks: list[Block], lex: Lexicon) -> list[Image]:
    """One image per caption, with the credit written in it or on the line beside it.

    >>> [i.credit for i in read_images([
    ...     Block(index=0, text="Istimewa", label=Label.CREDIT),
    ...     Block(index=1, text="Warga berkumpul di balai desa.", label=Label.CAPTION)],
    ...     lexicon("id"))]
    ['Istimewa']
    """
    images: list[Image] = []
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if block.label is not Label.CAPTION:
            continue
        caption, credit = split_credit(block.text, lex)
        if credit is None:
            j = _credit_beside(blocks, i, used)
            if j is not None:
                used.add(j)
                credit = blocks[j].text
        images.append(_image(None, None, caption, credit, lex))
    for i, block in enumerate(blocks):
        if block.label is Label.CREDIT and i not in used and not _has_caption_beside(blocks, i):
            images.append(_image(None, None, None, block.text, lex))
    return _distinct(images)


def html_images(blocks: list[Block], lead: list[Image], lex: Lexicon) -> list[Image]:
    """The lead image from metadata, then the article's images with their captions and credits.

    >>> from warta.lang import lexicon
    >>> blocks = [Block(0, "", Label.IMAGE, tag="img", attrs={"src": "a.jpg", "figure": "1"}),
    ...           Block(1, "Warga mengungsi. (Foto: ANTARA/Budi)", Label.CAPTION,
    ...                 tag="figcaption", attrs={"figure": "1"})]
    >>> image = html_images(blocks, [], lexicon("id"))[0]
    >>> image.caption, image.credit
    ('Warga mengungsi.', 'ANTARA/Budi')
    """
    found: list[Image] = []
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        src = block.attrs.get("src")
        if block.label is not Label.IMAGE or not src or src in seen or "icon" in block.attrs:
            continue  # an icon, an avatar: sized so by the markup
        seen.add(src)
        caption, credit = _caption_of(blocks, i, lex)
        if caption is None and credit is None and not block.in_article:
            continue  # a thumbnail of another story, an avatar, a logo: not the article's
        if caption is not None:
            caption = without_action(caption)
        if credit is None and caption is not None and _credit_alone(caption, lex):
            caption, credit = None, caption  # "Illustration by Ann Lee": no caption, a credit
        if caption is not None and (credit is None or clean_credit(credit, lex) is None):
            # A credit set in the caption's own words: "... Senin (3/2/2025). (Beritasatu/X)".
            caption, credit = split_credit(caption, lex)
            if credit is None and (named := _NAMES_AFTER_STOP.search(caption)) is not None:
                # In a figure's caption, a few capitalised words in brackets after its last
                # sentence are its source: "... on Tuesday. (Sing Tao)". (In a copied page's
                # prose, Suara closes a story with its reporter's name so.)
                caption, credit = caption[: named.start()].rstrip(), named["credit"]
        found.append(_image(src, block.attrs.get("alt"), caption, credit, lex))
    # The lead image is usually also the article's first photo, which has the caption: the
    # same file, or the same picture at another size ("...-1200x800.jpg", ".../box_1000/...").
    pictures = {picture(url) for url in seen} - {""}
    leads = [i for i in lead if i.url not in seen and picture(i.url or "") not in pictures]
    if leads and leads[0].caption is None:
        # With pictures of its own the page captions the lead in a figure only (a menu may be
        # taken for a caption by its words).
        taken = {image.caption for image in found}
        leads[0] = _captioned(leads[0], blocks, lex, taken, figures_only=bool(found))
    return leads + found


def _credit_alone(text: str, lex: Lexicon) -> bool:
    """Whether a figure's caption is only its credit: a label a name follows ("Photo by",
    "Illustration by") and a few words.

    >>> _credit_alone("Illustration by Ann Lee", lexicon("en"))
    True
    >>> _credit_alone("Photo by Ann Lee shows the bridge after the flood", lexicon("en"))
    False
    """
    return (
        len(text.split()) <= _MAX_CREDIT_WORDS
        and _credit_words(lex.code).by_label.match(text) is not None
        and not any(word.islower() for word in text.split()[2:])
    )


def _captioned(
    lead: Image, blocks: list[Block], lex: Lexicon, taken: set[str | None], figures_only: bool
) -> Image:
    """The lead image with the caption its page shows before the story, when no picture of
    the page's own took it (an `<img>` the page sets outside the story's box: Kompas; The
    Guardian, whose other pictures are the story's own)."""
    for block in blocks:
        if block.label is Label.BODY:
            break
        if figures_only and block.tag != "figcaption":
            continue
        if block.label is Label.CAPTION and block.words >= _MIN_CREDITED_WORDS:
            # (A few words are a player's "Live" or an outlet's "(The Independent)".)
            captioned = _image(lead.url, lead.alt, *split_credit(block.text, lex), lex)
            return lead if captioned.caption in taken else captioned
    return lead


def picture(url: str) -> str:
    """What names a picture in its URL, whatever size it is served at: the file's name,
    lowercased, without the query and a size suffix; "" when the name is too short to tell
    pictures apart (".../master/5000.jpg": its width).

    >>> picture("https://x.com/wp-content/uploads/2025/02/court-20250219-1200x800.jpg?w=1")
    'court-20250219.jpg'
    >>> picture("https://x.com/image/2817740061.jpg_gen/derivatives/box_1000/2817740061.jpg")
    '2817740061.jpg'
    >>> picture("https://i.x.co.uk/img/media/0_0_5000_3000/master/5000.jpg")
    ''
    """
    name = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()
    name = _SIZE_SUFFIX.sub("", name)
    return name if len(name.rsplit(".", 1)[0]) >= _MIN_PICTURE_NAME else ""


#: The fewest characters of a file's name, its extension aside, that name one picture.
_MIN_PICTURE_NAME = 8


#: A size a CMS appends to a picture's file name: "-1200x800", "_640x360", "-scaled".
_SIZE_SUFFIX = re.compile(r"(?:[-_]\d{2,5}x\d{2,5}|-scaled)(?=\.\w{3,4}$)")


def ends_with_action(lowered: str) -> bool:
    """Whether a lowercased line ends with the link to an action (see `without_action`)."""
    return lowered.endswith(_actions())


def without_action(caption: str) -> str:
    """A figure's caption without the link to an action run into its end: "... REUTERS/Ann
    Lee/File Photo Purchase Licensing Rights"."""
    if not caption.lower().endswith(_actions()):
        return caption
    cut = True
    while cut:
        cut = False
        lowered = caption.lower()
        for action in _actions():
            if lowered.endswith(action) and len(caption) > len(action):
                # "... Purchase Licensing Rights, opens new tab": a link, and what a screen
                # reader says of it.
                caption, cut = caption[: -len(action)].rstrip(" ,/"), True
                break
    return caption


@cache
def _actions() -> tuple[str, ...]:
    """The UI and share phrases of every lexicon of two words or more, longest first."""
    phrases = {
        p
        for code in LANGUAGES
        for kind in (BoilerplateKind.UI, BoilerplateKind.SHARE)
        for p in lexicon(code).boilerplate.exact.get(kind, ())
        if " " in p
    }
    return tuple(sorted(phrases, key=len, reverse=True))


def _caption_of(blocks: list[Block], at: int, lex: Lexicon) -> tuple[str | None, str | None]:
    figure = blocks[at].attrs.get("figure")
    near: list[Block] = []
    for block in blocks[at + 1 : at + 5]:
        same = figure is not None and block.attrs.get("figure") == figure
        mark = block.label is not Label.IMAGE and not any(c.isalnum() for c in block.text)
        if mark or _COUNTER.match(block.text):
            continue  # a gallery's "1 of 2" over the slide's caption, a "|" beside it
        if same and block.kind is BoilerplateKind.UI and block.reason == "phrase":
            continue  # the figure's button: "Open this photo in gallery:", "Enlarge"
        if block.label in _PICTURE_LINES or (same and block.label is not Label.IMAGE):
            near.append(block)
        elif block.label is Label.BOILERPLATE and _credited(block, lex):
            # A slide's caption its markup does not name ("CarouselSlide-infoDescription"),
            # which its closing credit shows to be one: "... (AP Photo/Ann Lee)".
            near.append(labelled(block, Label.CAPTION, None, "credited caption"))
        elif block.label is not Label.BOILERPLATE or block.words > _TOGGLE_WORDS:
            break  # past the picture; a "hide caption" toggle between its lines is not
    # The caption is the figure's own <figcaption> if it has one: a credit may come first
    # ("Leicestershire Police" over the picture, then its caption).
    # Inside it, a span its markup names the caption is the caption, the rest of the
    # <figcaption> its attribution ("<span class='caption'>...</span> <span>Ann Lee, CC BY</span>").
    # (Not a wire's licensing link, set in the <figcaption> after the caption's span.)
    captions = [
        b for b in near if b.label is not Label.CREDIT and b.text.strip().lower() not in _actions()
    ]
    main = next(
        (b for b in captions if b.tag != "figcaption" and _named_caption(b)),
        next((b for b in captions if b.tag == "figcaption"), captions[0] if captions else None),
    )
    # A link over the picture ("Photo/Illutration", The Asahi Shimbun's badge) reads as a
    # credit; a caption closing with its own ("... (Ann Lee)") names the one credited.
    credit = next(
        (
            b.text
            for b in near
            if b.label is Label.CREDIT
            and not (b.link_density >= _WHOLLY_LINKED and _credits_itself(main, lex))
        ),
        None,
    )
    if credit is None and main is not None and main.tag != "figcaption":
        # the rest of the <figcaption> around a named caption: its attribution
        rest = (b for b in captions if b.tag == "figcaption" and b.words <= _ATTRIBUTION_WORDS)
        credit = next((b.text for b in rest), None)
    if credit is None:
        # Beside the caption, a short line without a sentence is the credit ("PA Archive").
        credit = next((b.text for b in captions if b is not main and _credit_like(b)), None)
    return (main.text if main else None), credit


def _credits_itself(caption: Block | None, lex: Lexicon) -> bool:
    """Whether a caption closes with its own credit in brackets: "... (Ann Lee)"."""
    return caption is not None and (
        _credited(caption, lex) or _NAMES_AFTER_STOP.search(caption.text) is not None
    )


def _credited(block: Block, lex: Lexicon) -> bool:
    """Whether a block is a sentence closed by a credit in brackets: a caption."""
    if not block.text.endswith((")", "]")) or block.words < _MIN_CREDITED_WORDS:
        return False
    caption, credit = split_credit(block.text, lex)
    if credit is None and (named := _NAMES_AFTER_STOP.search(block.text)) is not None:
        caption, credit = block.text[: named.start()], named["credit"]  # "... (Humas Polri)"
    return credit is not None and len(caption.split()) >= _MIN_CREDITED_WORDS


def closed_by_credit(text: str, lex: Lexicon) -> bool:
    """Whether a sentence closes with a credit or a source's name in brackets, as captions do:
    "... mencari dua ABK yang hilang. (Humas Basarnas Makassar)".

    >>> closed_by_credit("Tim SAR menyisir perairan Selayar. (Humas Basarnas)", lexicon("id"))
    True
    >>> closed_by_credit("Harga cabai naik menjadi Rp 80.000 (per kilogram).", lexicon("id"))
    False
    """
    return split_credit(text, lex)[1] is not None or _NAMES_AFTER_STOP.search(text) is not None


def _named_caption(block: Block) -> bool:
    """Whether the block's own first class names a caption ("caption", "image-caption")."""
    own = block.classes.split()[:1]
    return bool(own) and "caption" in own[0]


_PICTURE_LINES = (Label.CAPTION, Label.CREDIT)
#: The link density of a line that is wholly a link.
_WHOLLY_LINKED = 0.9
#: The fewest words of a caption known by its closing credit alone.
_MIN_CREDITED_WORDS = 5
#: How many of a caption's buttons may stand between it and its credit.
_CAPTION_BUTTONS = 2
#: The most words of a figure's attribution beside its named caption (names and a licence).
_ATTRIBUTION_WORDS = 16
#: A line of no more words than this, between a picture and its caption, is a toggle.
_TOGGLE_WORDS = 3


def _credit_like(block: Block) -> bool:
    text = block.text.rstrip()
    return block.words <= _MAX_CREDIT_WORDS and not text.endswith((".", "!", "?"))


def _image(
    url: str | None, alt: str | None, caption: str | None, credit: str | None, lex: Lexicon
) -> Image:
    return Image(
        url=url,
        alt=alt,
        caption=clean_caption(caption, lex) if caption else None,
        credit=clean_credit(credit, lex) if credit else None,
    )


def _distinct(images: list[Image]) -> list[Image]:
    """Each picture once: a gallery repeats the captions shown beside the story."""
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for image in images:
        key = (image.caption, image.credit)
        if key not in seen:
            seen.add(key)
            out.append(image)
    return out


#: A gallery's counter alone: "1 of 2", "3 / 10", "2 dari 5".
_COUNTER = re.compile(r"^\s*\d{1,3}\s*(?:of|dari|/)\s*\d{1,3}\s*$")
#: What opens a caption and is not part of it: the outlet's name as in a dateline ("SOLOPOS.COM
#: - "), a gallery's counter ("1 of 2 | ", "[1/5]", Reuters' "Item 1 of 2 ").
_CAPTION_OPENER = re.compile(
    r"^(?:[A-Z][A-Z0-9-]*(?:\.[A-Z]{2,4}){1,2}\s+[-–—]\s+|\d{1,3}\s+(?:of|dari)\s+\d{1,3}\s*\|\s*"
    r"|\[\d{1,3}/\d{1,3}\]\s*|Item\s\d{1,3}\sof\s\d{1,3}\s+)"
)


def clean_caption(caption: str, lex: Lexicon) -> str | None:
    """A caption without what opens it and is not its words: the outlet's name ("SOLOPOS.COM -
    Warga ..."), a gallery's counter ("1 of 2 | ..."), a credit's label ("Foto: Ilustrasi ...").

    >>> from warta.lang import lexicon
    >>> clean_caption("SOLOPOS.COM - Warga melintasi jembatan.", lexicon("id"))
    'Warga melintasi jembatan.'
    >>> clean_caption("Item 1 of 2 A man walks past the bank.", lexicon("en"))
    'A man walks past the bank.'
    """
    words = _credit_words(lex.code)
    text = words.label.sub("", _CAPTION_OPENER.sub("", caption.strip()), count=1).strip()
    # "English Ivy is easy to grow (" over "Getty Images)": the credit's bracket, opened here.
    return text.removesuffix("(").rstrip() or None


def clean_credit(credit: str, lex: Lexicon) -> str | None:
    """A credit as the person or agency credited: without the brackets or dash around it, the
    label before it ("Foto:", "Photo by", "Credit..."), or a closing stop.

    >>> from warta.lang import lexicon
    >>> clean_credit("(Foto: Dimas Haryo/detikcom)", lexicon("id"))
    'Dimas Haryo/detikcom'
    >>> clean_credit("— Picture by Firdaus Latif", lexicon("en"))
    'Firdaus Latif'
    >>> clean_credit("Image:", lexicon("en")) is None
    True
    >>> EN = lexicon("en")
    >>> clean_credit("| AFP", EN), clean_credit("Image Credit: Supplied", EN)
    ('AFP', 'Supplied')
    >>> clean_credit("Picture supplied", EN)
    'Supplied'
    >>> split_credit("Bus menunggu di terminal.-Foto: Ani/Sumeks.co-", lexicon("id"))
    ('Bus menunggu di terminal.', 'Foto: Ani/Sumeks.co')
    >>> clean_credit("Foto: Ani/Sumeks.co-", lexicon("id")), clean_credit("Photo by -", EN)
    ('Ani/Sumeks.co', None)
    >>> clean_credit("REUTERS/Ann Lee Purchase Licensing Rights, opens new tab", lexicon("en"))
    'REUTERS/Ann Lee'
    >>> clean_credit("Foto/Dok. BPBD Trenggalek", lexicon("id"))
    'Dok. BPBD Trenggalek'
    >>> clean_credit("File photo: Star", EN)
    'Star'
    """
    text = without_action(credit.strip())
    if text.lower() in _actions():
        return None  # "Purchase Licensing Rights" alone: a link, no one credited
    while len(text) > 2 and text[0] + text[-1] in ("()", "[]"):
        text = text[1:-1].strip()
    # "| Frontier": the bar it followed; "-Foto: Ani/Sumeks.co-": the dashes around it.
    text = text.lstrip("—–-/| ").rstrip(" .—–-")
    words = _credit_words(lex.code)
    if text.lower() in words.labels:
        return None  # "Photo by -": a label, no one after it
    text = words.label.sub("", text, count=1).strip()
    lowered = text.lower()
    labelled = (o for o in words.openers if lowered.startswith(o) and _labels_only(o, words))
    if opener := next(labelled, None):
        text = text[len(opener) :].strip()  # "File photo: CNA/Ann Lee"; not "Supplied: ..."
        if not text:
            return None
    label, slash, rest = text.partition("/")
    if slash and rest.strip() and label.lower() in words.pictured:
        text = rest.strip()  # "Foto/Dok. BPBD Trenggalek" (Sindonews): the label, a slash
    label, _, rest = text.partition(" ")
    if label.lower() in words.labels and rest.lower() in words.credits:
        text = rest[:1].upper() + rest[1:]  # "Picture supplied": a credit word after the label
    if text.endswith(")") and "(" not in text:
        text = text[:-1].rstrip()  # "Getty Images/Cultura RF)": its bracket opened a line above
    return text or None


def _labels_only(opener: str, words: CreditWords) -> bool:
    """Whether a credit's opener is labels alone and a colon ("file photo:"), which say nothing
    of who is credited ("supplied:", "courtesy of" do)."""
    return opener.endswith(":") and all(w in words.labels for w in opener[:-1].split())


def _credit_beside(blocks: list[Block], i: int, used: set[int]) -> int | None:
    for step in (-1, 1):
        j = _past_buttons(blocks, i, step)
        if 0 <= j < len(blocks) and blocks[j].reason == CREDIT_LABEL_REASON:
            j += step  # "Sumber :" between the caption and its credit
        if 0 <= j < len(blocks) and blocks[j].label is Label.CREDIT and j not in used:
            return j
    return None


def _has_caption_beside(blocks: list[Block], i: int) -> bool:
    return any(
        0 <= (j := _past_buttons(blocks, i, step)) < len(blocks)
        and blocks[j].label is Label.CAPTION
        for step in (-1, 1)
    )


def _past_buttons(blocks: list[Block], i: int, step: int) -> int:
    """The line next to `i` on one side, past the caption's buttons between a caption and its
    credit (NPR's "hide caption" / "toggle caption")."""
    j = i + step
    ui = BoilerplateKind.UI
    while 0 <= j < len(blocks) and abs(j - i) <= _CAPTION_BUTTONS and blocks[j].kind is ui:
        j += step
    return j


def trailing_credit(text: str, lex: Lexicon) -> str | None:
    """The photo credit closing a caption: "Warga menyeberang ... (KOMPAS.com/RINA K)".

    >>> trailing_credit("Warga menyeberangi banjir.(KOMPAS.com/RINA KUSUMAWATI)", lexicon("id"))
    'KOMPAS.com/RINA KUSUMAWATI'
    >>> trailing_credit("kata Sugeng, Kamis (14/3/2024).", lexicon("id")) is None
    True
    """
    return split_credit(text, lex)[1]


def split_credit(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """A caption and the credit closing it, in brackets ("(ANTARA FOTO/...)", "[Suara.com/X]",
    "(Foto: PSSI)", "(ist)") or after the caption's last sentence ("... Bandung Barat.
    TEMPO/Prima Mulia", "... ©2024 Merdeka.com").

    >>> split_credit("Warga menyeberang.(KOMPAS.com/RINA K)", lexicon("id"))
    ('Warga menyeberang.', 'KOMPAS.com/RINA K')
    >>> split_credit("Kereta melintas di Padalarang. TEMPO/Prima Mulia", lexicon("id"))
    ('Kereta melintas di Padalarang.', 'TEMPO/Prima Mulia')
    >>> split_credit("The plant opened on Tuesday. — SPA photo", lexicon("en"))
    ('The plant opened on Tuesday.', 'SPA photo')
    >>> split_credit("Its depot outside Leeds © Bloomberg", lexicon("en"))
    ('Its depot outside Leeds', '© Bloomberg')
    """
    words = _credit_words(lex.code)
    text = without_action(text)  # Reuters' "... REUTERS/Ann Lee Purchase Licensing Rights"
    for pattern in _CREDIT_TAILS:
        match = pattern.search(text)
        bar, bracketed = pattern in _BARRED, pattern is _CREDIT_TAILS[0]
        if match and match.start() > 0 and (
            credit_shaped(match["credit"], words, bar=bar, bracketed=bracketed)
            or (bracketed and _source_in_brackets(text, match, words))
            or (pattern is DASHED_CREDIT and _DASHED_AGENCY.match(match["credit"]) is not None)
        ):
            # "... Monday. - BERNAMAPIX": the dash before the credit is no part of it.
            return text[: match.start()].rstrip(), match["credit"].strip().lstrip("-–— ")
    match = words.label_tail.search(text)
    if match and (match["credit"] or _captions(text[: match.start()])):
        # "... on Monday. PHOTO | FILE" (Nation Media Group): the label is the credit's.
        return text[: match.start()].rstrip(), (match["credit"] or match["capital"]).strip()
    match = _BAR_TAIL.search(text)
    if match and _captions(text[: match.start()]):  # not "Alex Wong | Getty Images", a credit
        credit = match["credit"].strip()
        if credit_shaped(credit, words) or _INITIALS_CREDIT.fullmatch(credit):
            return text[: match.start()].rstrip(), credit
    match = _NAME_AFTER_STOP.search(text)
    if match:
        return text[: match.start()].rstrip(), match["credit"]
    match = _SIGNED_TAIL.search(text)
    if match and len(text[: match.start()].split()) >= _MIN_SIGNED_CAPTION_WORDS:
        return text[: match.start()].rstrip(), match["credit"]
    return text, None


def _source_in_brackets(text: str, match: re.Match[str], credits: CreditWords) -> bool:
    """Whether a caption closes with a source's name in brackets, after its last sentence: in
    capitals in square brackets, "... on Tuesday. [MINISTRY OF TRADE]" (Korean outlets); a
    body's name, its words capitalised and one a body's word, in parentheses, "... on Sept.
    10. (Israel Defense Forces)" (not "(Luh Sari)", Suara's reporter closing a story, nor
    "(Editing by Tom Hale)", a wire story's sign-off)."""
    credit = match["credit"]
    words = credit.split()
    if text[: match.start()].rstrip()[-1:] not in ".!?\"”" or not 1 < len(words) <= _SQUARED_WORDS:
        return False  # and not "[HES]", the editor's initials closing a paragraph (RM.id)
    if text[match.start()] == "[":
        return credit.isupper()
    if credit.isupper() and " FOR " in credit:
        return True  # "(DINAS PERTANIAN FOR RADAR MADIUN)": a handout, as the paper credits it
    # After a caption's full stop only (a headline ends "!"), and no number or comma: "(Shahih
    # Muslim No.1762)" is a citation, "(Multi-User Support, Handoff and More)" a subtitle.
    return (
        text[: match.start()].rstrip().endswith(".")
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
        and any(w.lower().removesuffix("'s") in credits.bodies for w in words)
        and not credit.isupper()
        and not _NUMBER_OR_COMMA.search(credit)
    )


def ticker(text: str) -> bool:
    """Whether `text` moves like a market ticker's line, neither a caption nor a credit.

    >>> ticker("PSEi 6,418.72 ▲ 0.38%"), ticker("Warga antre di Pasar Remu, Sorong.")
    (True, False)
    """
    return not _MARKET_CHARS.isdisjoint(text) and _MARKET.search(text) is not None


def _captions(text: str) -> bool:
    """Whether `text`, before a credit's label with no stop between them, is a caption: a few
    words ("In Picture: ...", "Image Credit: ..." are a link's and a label's), no bracket left
    open ("(Photo Credit : PTI)" is one credit)."""
    return (
        len(text.split()) >= _MIN_RUN_IN_CAPTION_WORDS
        and text.count("(") <= text.count(")")
        and text.count("[") <= text.count("]")
    )


def credit_shaped(
    text: str, words: CreditWords, *, bar: bool = False, bracketed: bool = False
) -> bool:
    """Whether `text` reads as a photo credit: a credit word, a credit opener ("Foto:",
    "ANTARA FOTO"), a copyright sign, or names around one slash ("KOMPAS.com/RINA K"); in
    brackets, an agency and its word for a picture ("(Bernama pic)")."""
    credit = text.strip().lstrip("/ ")  # "... 2024. /Pikiran Rakyat/Fauzan Akbar"
    if not _MARKET_CHARS.isdisjoint(credit) and _MARKET.search(credit) is not None:
        return False  # "PHP/USD 56.945 ▼ 0.12": a market ticker's line, no one credited
    lowered = credit.lower().lstrip("—–- ")  # "— Picture by Firdaus Latif"
    if lowered in words.credits or lowered.startswith(words.openers) or credit.startswith("©"):
        return True
    # "| Kyodo", "| Reuters": a few words after a caption's bar; after a double dash, a label
    # may run into the credit ("--fotoBERNAMA").
    if (
        bar
        and len(credit.split()) <= _BAR_CREDIT_WORDS
        and (credit[:1].isupper() or words.label_glued.match(credit))
    ):
        return True
    first, _, rest = lowered.partition(" ")
    initials = credit[: len(first)].isupper() and 0 < len(first) <= _OUTLET_INITIALS
    if initials and (rest.startswith(words.openers) or rest in words.credits):
        return True  # "ST PHOTO: DESMOND FOO", "AFP PHOTO / ...", "BW FILE PHOTO"
    if initials and _PHOTO_OF_DAY.match(rest):
        return True  # "CNA photo July 8, 2025": the agency's photo, and the day it was taken
    if (
        bracketed
        and credit[:1].isupper()
        and first not in words.labels
        and rest.startswith(words.openers)
    ):
        return True  # "(Express Photo by Ann Lee)": the paper's word, then the opener
    parts = lowered.split()
    pictured = 1 < len(parts) <= _PICTURED_WORDS and parts[-1] in words.pictured
    if bracketed and pictured and credit[:1].isupper():
        return True  # "(Bernama pic)", "(NSTP photo)": an agency's word for its picture
    agency = _NAME_DASH_AGENCY.match(credit) if bracketed else None
    if agency and agency["agency"].lower().removesuffix(" agency") in words.credits:
        return True  # "( Ann Lee - Anadolu Agency )", Anadolu's own pictures
    source, via, passer = lowered.rpartition(" via ")
    if bracketed and via and source and passer in words.credits and credit[:1].isupper():
        return True  # "(Philippine Coast Guard via AP)": a handout an agency passed on
    if bracketed and (_SOURCE_AND_NAME.match(credit) or _NAME_FOR_OUTLET.match(credit)):
        # "(ABC Central West: Imogen Hartley)", "(Evan Castellano for The Washington Post)"
        return True
    if "/" not in credit or len(credit.split()) > _MAX_CREDIT_WORDS or credit.islower():
        # "(ams/idh)" are a writer's initials.
        return False
    if "://" in credit:
        return False  # "Android: http://bit.ly/app": a link, no one credited
    # "KONTAN/Bagas Nugraha/10/09/2024": a credit may close with the day the photo was taken.
    credit = _DATE_TAIL.sub("", credit)
    if _NUMERIC_SLASH.search(credit):
        return False  # "(14/3/2024)", "14/03/2024, 16:47 WIB": a date
    left, _, right = credit.partition("/")
    if right.split() and right.split()[-1].lower() in words.writers:
        return False  # "Delroy Whitfield/Guest Columnist": a writer and their job
    for side in (left.split(), right.split()):
        if len(side) > _PHRASE_WORDS and sum(w.islower() for w in side) >= 2:
            # "– With reports from Ana Reyes/Rappler.com": a sign-off; "Sign-up/manage your
            # newsletter subscriptions ...": a call; neither a credit.
            return False
    # "(14/3/2024)" is a date; a credit has letters on both sides of its slash, and a name
    # after it ("A/S" closes a company's name).
    return any(c.isalpha() for c in left) and sum(c.isalpha() for c in right) >= 2
