"""DOM-feature rules for the HTML path: where a block sits says more than its words.

They run after the word rules (`alone`, `context`), which every block gets on both paths, and
settle what markup decides: outside the article container is boilerplate; inside it, a block
under a share bar, a related-links card or an ad slot is boilerplate of that kind; a link-heavy
block is a link list; a subheading is a heading; an image is an image; the rest is body. Labels
the word rules gave from the block's own words (a byline, a dateline, "Baca juga") stand.

The class/id words below are markup words, the same on pages in every language (outlets name
their CSS in English, sometimes in Indonesian), so they live here rather than in a lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from warta.blocks import Block, Label
from warta.blocks.model import labelled
from warta.blocks.spaces import lower
from warta.classify.alone import CAPTION_AND_CREDIT, MENU_ROW, opens_related, promo_phrase
from warta.classify.context import BEFORE_DATELINE, LONE_CREDIT, PULL_QUOTE, UNPLACED
from warta.classify.shape import MAX_PARAGRAPH_CHARS, Verdict, relabel
from warta.fields.images import trailing_credit
from warta.lang import LANGUAGES, lexicon
from warta.lang.regex import trie
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind as K

#: Class/id tokens (split on anything but a-z0-9) that mark boilerplate, by kind. A token counts
#: when it equals a word, or, for words of five letters or more, when it contains one
#: ("relatedposts", "socialshare").
MARKUP_WORDS: dict[K, tuple[str, ...]] = {
    K.SHARE: ("share", "sharing", "social", "sosmed", "socmed", "sharebar"),
    K.RELATED: (
        "related", "terkait", "recommend", "rekomendasi", "bacajuga", "baca", "lihatjuga",
        "readmore", "populer", "popular", "terpopuler", "trending", "outbrain", "taboola",
        "mostread", "lainnya", "terkini", "terbaru",
        # a link to another story set inside this one (The Washington Post)
        "interstitial",
    ),
    K.ADVERTISEMENT: (
        "ad", "ads", "adv", "advert", "advertisement", "advertorial", "iklan", "banner",
        "sponsor", "sponsored", "dfp", "adsbygoogle", "adslot", "adunit", "parallax",
    ),
    K.BREADCRUMB: ("breadcrumb", "breadcrumbs", "crumb", "crumbs"),
    K.TAGS: ("tag", "tags", "tagging", "topik", "topic", "topics", "keyword", "keywords"),
    K.COMMENTS: ("comment", "comments", "komentar", "disqus"),
    K.FOOTER: ("footer", "foot"),
    K.NAVIGATION: ("nav", "navbar", "navigation", "menu", "sidebar"),
    K.SUBSCRIBE: ("newsletter", "subscribe", "subscription", "langganan", "signup"),
    K.PAGINATION: ("pagination", "paging", "pager", "halaman"),
    K.PROMO: (
        "promo", "promotion", "cta", "video",
        # a box asking readers for money: The Guardian's "epic", a "support-box", "donate"
        "epic", "support", "donate", "donation", "contribute", "contributions",
    ),
    # A writer's biography under the story ("AuthorBio-description").
    K.OTHER: ("authorbio", "bio", "biography"),
    K.UI: (
        "print", "toolbar", "fontsize", "bookmark", "gallery", "slideshow", "carousel", "thumbs",
        "lightbox", "overlay", "modal", "views",
        # the reader's reaction buttons under the story ("How does this make you feel?")
        "mood", "reactions",
        # a summary box over the story ("Key Points")
        "keypoints", "keypoint", "takeaways", "synopsis",
        # a player's preview of its transcript (NPR's "audio-module-transcript-preview")
        "preview",
    ),
}
#: Class/id tokens of the page's own metadata lines: captions, credits, bylines, dates.
MARKUP_LABELS: dict[Label, tuple[str, ...]] = {
    Label.CAPTION: ("caption", "figcaption", "keterangan", "wp-caption"),
    Label.BYLINE: ("byline", "author", "authors", "penulis", "reporter", "writer"),
    Label.DATE: ("date", "time", "timestamp", "published", "pubdate", "updated", "tanggal"),
    # The standfirst under the headline, which says what the story is about in one sentence.
    Label.DESCRIPTION: ("dek", "standfirst", "chapo", "chapeau", "abstract"),
}
#: Embedded posts quoted in the story (a tweet under a "social-embed" wrapper) are part of it.
QUOTED_EMBEDS = ("tweet", "instagram", "quote")
#: Labels the word rules give from a block's own words, which DOM features do not overturn.
WORD_LABELS = frozenset({
    Label.TITLE, Label.DESCRIPTION, Label.BYLINE, Label.DATE, Label.CAPTION, Label.CREDIT,
})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CAPTION_TAGS = frozenset({"figcaption", "caption"})
#: The boxes whose pictures are not the story's (not "share" nor "sidebar": a lead picture
#: sits in a "shareable" box, Metro, or a "hero sidebar grid", Politico).
_NOT_THE_STORYS = frozenset({K.RELATED, K.ADVERTISEMENT, K.COMMENTS, K.SUBSCRIBE})
_LIST_TAGS = frozenset({"li", "dd", "dt", "tr", "td", "th", "pre"})
_PICTURE_WORDS = ("caption", "credit", "foto", "photo", "image", "img", "pic", "figure", "media")
#: Class tokens of a picture's box, beside which an author is the picture's credit.
_PHOTO_TOKENS = frozenset({"foto", "photo", "image", "img", "picture", "figure"})
_AUTHOR_TOKENS = frozenset({"author", "authors", "photographer", "fotografer"})
#: Class tokens that, beside a picture's token, name its caption: "mvp-post-img-cap" (The
#: Island's theme), "detay-foto-aciklama" (Anadolu: "açıklama", description), "desc".
_DESCRIBING_TOKENS = frozenset({"cap", "desc", "description", "aciklama", "keterangan"})
#: A list item at least this share link text is a link to another story.
_WHOLLY_LINKED = 0.95
#: A block whose text is at least this share link text is a link list, not prose.
LINK_LIST_DENSITY = 0.5
#: An unlinked block this long inside the article is prose whatever its first words.
LONG_PROSE_WORDS = 25
#: Bylines, dates and credits are short; a longer block under such a class is something else.
MAX_META_WORDS = 20
#: A block this short without a sentence end, which the word rules left out, stays out.
SHORT_FRAGMENT_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", ":")


@cache
def _label_lookup() -> dict[str, Label]:
    return {word: label for label, words in MARKUP_LABELS.items() for word in words}


def markup_label(classes: str) -> Label | None:
    """The metadata label the class/id words name, if any; a caption's word may be part of a
    longer one ("imagecaption", "photocredit" for a credit beside it).

    >>> markup_label("entry-meta byline")
    <Label.BYLINE: 'byline'>
    >>> markup_label("imagecaption mol-img-group")
    <Label.CAPTION: 'caption'>
    """
    lookup = _label_lookup()
    tokens = classes.split()
    for token in tokens:
        label = lookup.get(token)
        if label is Label.BYLINE and _PHOTO_TOKENS.intersection(tokens):
            return Label.CAPTION  # "photo__author": the picture's author is its credit
        if label is not None:
            return label
        if "caption" in token or "credit" in token or "cptn" in token:
            return Label.CAPTION  # "img_cptn" (The Times of India)
    if not _DESCRIBING_TOKENS.isdisjoint(tokens) and not _PHOTO_TOKENS.isdisjoint(tokens):
        return Label.CAPTION
    return None


@cache
def _lookup() -> tuple[dict[str, K], tuple[tuple[str, K], ...], re.Pattern[str], re.Pattern[str]]:
    exact = {word: kind for kind, words in MARKUP_WORDS.items() for word in words}
    inside = tuple((w, k) for w, k in exact.items() if len(w) >= 5)
    # One scan of the class string says whether any word can match at all: most blocks' classes
    # hold none, and testing each word in each token was a tenth of the HTML path's time. A
    # second scan, per token, says whether a token can hold one of the longer words.
    anywhere = re.compile(trie(exact))
    within = re.compile(trie(w for w, _ in inside))
    return exact, inside, anywhere, within


def markup_kind(classes: str) -> K | None:
    """The boilerplate kind the class/id words name, if any.

    >>> markup_kind("post related-posts")
    <BoilerplateKind.RELATED: 'related'>
    >>> markup_kind("article socialshare") is K.SHARE
    True
    >>> markup_kind("read content") is None
    True
    >>> markup_kind("read also")
    <BoilerplateKind.RELATED: 'related'>
    """
    exact, inside, anywhere, within = _lookup()
    # Embed words hold no space, so one in the string is one in a token.
    if anywhere.search(classes) is None or any(embed in classes for embed in QUOTED_EMBEDS):
        return _split_related(classes)
    found = None
    for token in classes.split():
        found = _token_kind(token, exact, inside, within)
        if found is not None:
            break
    if found is None:
        return _split_related(classes)
    if found in _LISTS_OF_TAGS and _TAGS_WORD.search(classes):
        # "related-topics", "nav detail-body-tag": a list of the story's tags.
        return K.TAGS
    return found


#: A related box's label split in two by its class's hyphen: "read-also", "baca-juga".
_SPLIT_RELATED = re.compile(r"\b(?:read (?:also|more|next)|also read|baca juga|lihat juga)\b")


def _split_related(classes: str) -> K | None:
    """RELATED for a box whose class splits its two words apart: "read-also" (The Peninsula),
    "baca-juga"."""
    split = ("read" in classes or "juga" in classes) and _SPLIT_RELATED.search(classes)
    return K.RELATED if split else None


#: Kinds a tag list's own words may come after: its links are related pages to a menu.
_LISTS_OF_TAGS = frozenset({K.RELATED, K.NAVIGATION})
_TAGS_WORD = re.compile(rf"\b(?:{trie(MARKUP_WORDS[K.TAGS])})\b")


def _token_kind(
    token: str, exact: dict[str, K], inside: tuple[tuple[str, K], ...], within: re.Pattern[str]
) -> K | None:
    kind = exact.get(token)
    if kind is not None or within.search(token) is None:
        return kind
    for word, kind in inside:
        if word in token:
            return kind
    return None


def apply_dom(
    blocks: list[Block],
    verdicts: list[Verdict],
    lex: Lexicon,
    options: Options,
    *,
    consume: bool = False,
) -> list[Block]:
    """Label the blocks: the word rules' verdicts revised with DOM features; text-path blocks
    (no `tag`) get their verdicts unchanged.

    The verdicts come as tuples beside the blocks, not as labelled blocks: a block is built
    once, with its final label, rather than once per phase. With `consume`, `blocks` is emptied
    as the labelled blocks are built, each unlabelled block dropped as its labelled one is made:
    the page's blocks are then never held twice (on a copied page that was the peak of
    classification); for a caller with no other use for them.

    >>> b = Block(index=0, text="Hujan deras turun sejak pagi.", tag="p", in_article=True)
    >>> apply_dom([b], [Verdict(Label.UNKNOWN)], lexicon("id"), Options())[0].label
    <Label.BODY: 'body'>
    """
    if len(blocks) != len(verdicts):
        raise ValueError(f"{len(blocks)} blocks for {len(verdicts)} verdicts")
    markup = _Markup()
    if consume:
        blocks.reverse()
        take = blocks.pop
        out = [
            relabel(b, v) if (b := take()).tag is None else _label(b, v, lex, markup)
            for v in verdicts
        ]
    else:
        out = [
            relabel(b, v) if b.tag is None else _label(b, v, lex, markup)
            for b, v in zip(blocks, verdicts, strict=True)
        ]
    _introduce_links(out, lex)
    _drop_trailing_links(out)
    _kickers_over_title(out)
    return out


#: The most words of a series' or section's kicker over the headline.
_MAX_KICKER_WORDS = 8


def _kickers_over_title(blocks: list[Block]) -> None:
    """A short line the container holds over the headline (Kompas.id's series, "Tenggelamnya
    Pesisir Utara Jawa (3)") is its kicker, not the story's first paragraph: the story is under
    its headline. Relabels `apply_dom`'s own new list in place."""
    title = next((i for i, b in enumerate(blocks) if b.label is Label.TITLE), None)
    if title is None or not any(b.label is Label.BODY for b in blocks[title + 1 :]):
        return
    for i in range(title):
        block = blocks[i]
        if (
            block.label is Label.BODY
            and block.tag is not None
            and block.words <= _MAX_KICKER_WORDS
            and not block.text.rstrip().endswith(_SENTENCE_ENDS)
        ):
            blocks[i] = _boilerplate(block, K.NAVIGATION, "dom-kicker")


class _Markup:
    """`markup_kind` and `markup_label` of each class string of one page, read once: the blocks
    of a page share their class strings (every paragraph of the story has the same)."""

    def __init__(self) -> None:
        self.kinds: dict[str, K | None] = {}
        self.labels: dict[str, Label | None] = {}

    def kind(self, classes: str) -> K | None:
        if classes not in self.kinds:
            self.kinds[classes] = markup_kind(classes)
        return self.kinds[classes]

    def label(self, classes: str) -> Label | None:
        if classes not in self.labels:
            self.labels[classes] = markup_label(classes)
        return self.labels[classes]


def _introduce_links(blocks: list[Block], lex: Lexicon) -> None:
    """A linked headline right after a "Baca juga:" / "Lihat juga" / "Related:" line is the card
    it opens, a paragraph or a heading (CNA's `<h3>` in the card's link); so are the linked
    headlines after it, a list of them under a "READ MORE" that reads as a button too.
    Relabels `apply_dom`'s own new list in place (a copy was 8 bytes a block more at the peak)."""
    for i in range(1, len(blocks)):
        before, block = blocks[i - 1], blocks[i]
        prose = block.label is Label.BODY or block.label is Label.HEADING
        if not prose or block.link_density < 0.9 or before.label is not Label.BOILERPLATE:
            continue
        if before.kind is K.RELATED or (before.kind is K.UI and opens_related(before.text, lex)):
            blocks[i] = _boilerplate(block, K.RELATED, "dom-card")


def _drop_trailing_links(blocks: list[Block]) -> None:
    """Linked lines after the story's last prose ("Our Standards: ...", "More from ...", other
    stories' linked headlines in `<h3>`s) are the template's, even inside the container; linked
    lines between paragraphs are the story's. Relabels `apply_dom`'s own new list in place."""
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if (block.label is not Label.BODY and block.label is not Label.HEADING) or not block.tag:
            continue
        if block.link_density < 0.9:
            break
        blocks[i] = _boilerplate(block, K.RELATED, "dom-trailing-links")


def _label(block: Block, verdict: Verdict, lex: Lexicon, markup: _Markup) -> Block:
    if len(block.text) > MAX_PARAGRAPH_CHARS:
        # No story has a paragraph this long; a megabyte "paragraph" is junk or an attack, and
        # later stages would only spend their time on it.
        return _boilerplate(block, K.OTHER, "dom-too-long")
    if block.tag == "img":
        kind = markup.kind(block.classes)
        if kind in _NOT_THE_STORYS:
            # A related story's thumbnail, an ad's picture: not the story's.
            return _boilerplate(block, kind, "dom-image-box")
        return labelled(block, Label.IMAGE, None, "dom-image")
    if block.tag == "h1":
        # Every <h1> is a title candidate (a logo may be one too); fields choose among them.
        return labelled(block, Label.TITLE, None, "dom-h1")
    if not block.in_article:
        return _outside(block, verdict, markup)
    kind = markup.kind(block.classes)
    # A label the words only guessed from the block's place (a caption "beside a credit") does
    # not stand against the markup's kind.
    pictured = verdict.label in (Label.CAPTION, Label.CREDIT)
    # Nor does a title its place guessed stand against a breadcrumb's box: "Home › Ekonomi".
    crumbs = kind is K.BREADCRUMB and verdict.label is Label.TITLE
    if kind is not None and (
        verdict.label not in WORD_LABELS
        or (pictured and not _word_decided(block, verdict, lex))
        or crumbs
    ):
        return _boilerplate(block, kind, "dom-class")
    if block.tag in _CAPTION_TAGS or "figure" in block.attrs:
        return _figure_line(block, verdict)
    named = markup.label(block.classes)
    if named is not None and not _fits(named, block, verdict):
        named = None
    if verdict is BEFORE_DATELINE:
        # The story starts at its dateline: above it, only what markup names (a byline box).
        if named is Label.CAPTION:
            return _caption(block, verdict)
        return relabel(block, verdict) if named is None else _named(block, named)
    if named is Label.CAPTION and (verdict.kind is K.COPYRIGHT or verdict is LONE_CREDIT):
        # "©2025 Merdeka.com/Rizal Fahmi Anwar" in a picture's credit box: its credit.
        return _caption(block, verdict)
    if named is Label.CAPTION and _guessed(block, verdict, lex):
        # A picture's caption or credit as its markup names it ("imageCaption", "credit"),
        # where the words only guessed: a lead from its place under the title, a fragment from
        # its shortness ("Reuben Falk for NPR").
        return _caption(block, verdict)
    if named in _META_LABELS and verdict.reason == UNPLACED:
        # A short line no word rule placed, in a box the markup names: The Standard's writer
        # in `<p class="news-author">` after the last paragraph.
        return _named(block, named)
    if _word_decided(block, verdict, lex):
        return relabel(block, verdict)
    if named is Label.CAPTION:
        return _caption(block, verdict)
    if named is not None:
        return _named(block, named)
    # Inside the article a linked line is usually the story's own (a linked name, a list of
    # sources); only a lone short link is a stray tag or menu item.
    if block.link_density >= 0.9 and block.words <= 3:
        return _boilerplate(block, K.NAVIGATION, "dom-links")
    if block.tag == "li" and block.link_density >= _WHOLLY_LINKED:
        # An item that is wholly a link, a headline's words: a box of other stories set in
        # the story as a list (BBC's links block), not a list of the story's own.
        return _boilerplate(block, K.RELATED, "dom-linked-item")
    if block.link_density >= 0.9 and _SECTION_LINK.search(block.attrs.get("href", "")):
        # The story's sections as links, "Hong Kong Law & Crime" over the headline: each to
        # a category page (WordPress's "/category/law-crime/").
        return _boilerplate(block, K.NAVIGATION, "dom-section-links")
    if block.tag in _HEADINGS:
        return labelled(block, Label.HEADING, None, "dom-heading")
    if block.words == 1 and block.text.isdigit():
        # A number alone: a button's count ("Like 12"), a list's marker, no paragraph.
        return _boilerplate(block, K.UI, "dom-count")
    return labelled(block, Label.BODY, None, "dom-article")


def _named(block: Block, label: Label) -> Block:
    return labelled(block, label, None, "dom-class-label")


def _outside(block: Block, verdict: Verdict, markup: _Markup) -> Block:
    # Outside the container, markup speaks first: a figure's caption is a caption, a breadcrumb
    # is a breadcrumb whatever its words look like, an "author" box is a byline.
    if block.tag in _CAPTION_TAGS or "figure" in block.attrs:
        return _figure_line(block, verdict)
    if verdict.label in _META_LABELS and markup.label(block.classes) is verdict.label:
        # Words and markup agree ("timestamp" over "Updated 6:42 PM EDT ..."): a class word
        # of a box around it ("headline__footer") does not make it the page's footer.
        return relabel(block, verdict)
    kind = markup.kind(block.classes)
    if kind is K.FOOTER and verdict.label in _META_LABELS and _STORY_PART.search(block.classes):
        # "b1-article-footer" holding "Editor: Yoseph Natanael": the story's own footer, where
        # its people are named, not the page's.
        return relabel(block, verdict)
    if kind is not None:
        return _boilerplate(block, kind, "dom-outside-class")
    named = markup.label(block.classes)
    if named is Label.CAPTION:
        if verdict.label not in _META_LABELS:
            return _caption(block, verdict)
        # A byline in a box named "credit" (Kompas "read__credit") is the writers' credit.
        named = None
    if named is not None and _fits(named, block, verdict):
        return _named(block, named)
    # On a page the <h1> is the title; a title guessed from a line's shape is something else.
    if verdict.label in WORD_LABELS and verdict.label is not Label.TITLE:
        return relabel(block, verdict)
    kind = K.NAVIGATION if block.link_density >= LINK_LIST_DENSITY else verdict.kind or K.OTHER
    if verdict.reason == "phrase" and verdict.kind is not None:
        kind = verdict.kind  # "Ikuti kami di Google News": a linked call, by its own words
    return _boilerplate(block, kind, "dom-outside")


_META_LABELS = (Label.DATE, Label.BYLINE)
#: A link to a category's page: WordPress's "/category/", its Indonesian themes' "/kategori/".
_SECTION_LINK = re.compile(r"/(?:category|kategori)/")
#: Class words of the story's own parts: its footer is "article-footer", "post-footer".
_STORY_PART = re.compile(r"\b(?:article|artikel|post|entry|story|detail|berita)\b")


def _fits(label: Label, block: Block, verdict: Verdict) -> bool:
    # Bylines and dates are short; a long block under such a class is something else. Captions
    # run as long as they like. A byline with no digit in a date's box is no date: Merdeka's
    # "mdk-date-reporter" holds "Reporter : ... | Editor : ...".
    if label is Label.DATE and verdict.label is Label.BYLINE:
        return any(c.isdigit() for c in block.text)
    return label in (Label.CAPTION, Label.DESCRIPTION) or block.words <= MAX_META_WORDS


def _figure_line(block: Block, verdict: Verdict) -> Block:
    """A line of a figure: its caption or credit, unless the words named it a button of the
    figure's ("Open this photo in gallery:", "Enlarge")."""
    if verdict.kind is K.UI and verdict.reason == "phrase":
        return relabel(block, verdict)
    return _caption(block, verdict)


def _caption(block: Block, verdict: Verdict) -> Block:
    # In a figure, "credit" in the markup or a credit line in the words make a credit. Elsewhere
    # the word names the writers' box (Kompas "read__credit"), so it is only trusted here.
    credit = verdict.label is Label.CREDIT or _credit_named(block.classes)
    label = Label.CREDIT if credit else Label.CAPTION
    return labelled(block, label, None, "dom-caption")


def _credit_named(classes: str) -> bool:
    """Whether the class words nearest the block name a credit rather than a caption: a
    "credit" span in a "credit-caption" box is the credit, a "caption" in it the caption."""
    for token in classes.split():
        if "credit" in token or "attribution" in token or token in _AUTHOR_TOKENS:
            return True  # and a picture's author ("photo__author"), its source (Quintype's)
        if "caption" in token:
            return False
    return False


def _guessed(block: Block, verdict: Verdict, lex: Lexicon) -> bool:
    """Whether the word rules' label is a guess that markup overrules: a lead, or boilerplate
    for no phrase of the lexicon."""
    if verdict.label is Label.DESCRIPTION:
        return True
    return verdict.label is Label.BOILERPLATE and not _phrase(block.text, lex)


#: "(Xinhua/Tang Wenhao)", "(ANTARA FOTO/Budi Santoso)" closing a line, and the photo
#: editor's initials after the name: "(ANTARA FOTO/Fikri Ardiansyah/rwa)".
_CREDIT_IN_BRACKETS = re.compile(r"\([^()/]{2,40}(?:/[^()/]{2,40}){1,2}\)$")


#: The kinds the word rules give a long line by the phrase opening it (`classify.alone`).
_LONG_PHRASE_KINDS = frozenset({K.OTHER, K.SUBSCRIBE})


def _word_decided(block: Block, verdict: Verdict, lex: Lexicon) -> bool:
    """Whether the word rules' label stands against the container's evidence.

    Bylines, dates, captions and credits stand. Boilerplate stands when the block's own words
    say so (a lexicon phrase: "Baca juga", "Halaman"), or when it is a short fragment with no
    sentence in it; a guess from the block's place in a run of text does not, since on a page the
    container knows the run better.
    """
    if verdict.label in (Label.CAPTION, Label.CREDIT):
        # "Beside a credit" is a guess from position; in the article's text only markup makes
        # a caption (a figure, a caption class), or the first paragraph after a photo is lost;
        # or the caption's own credit, an agency and a name in brackets at its end ("...
        # April 14, 2025. (Xinhua/Tang Wenhao)"), which no paragraph of a story ends with.
        credit = _CREDIT_IN_BRACKETS.search(block.text)
        if verdict.reason == CAPTION_AND_CREDIT and credit and " " in credit.group():
            return True  # not "(Mvi/Ali)", the writer's and editor's initials
        if verdict.reason == CAPTION_AND_CREDIT and block.text.rstrip().endswith(")"):
            # A credit in brackets by its words, no slash: "(Dok. BPBD Banjarnegara)".
            return " " in (trailing_credit(block.text, lex) or "")
        return any(word in block.classes for word in _PICTURE_WORDS)
    if verdict.label is Label.TITLE:
        return False  # the <h1> is the title; prose in the container guessed as one is prose
    if verdict.label in WORD_LABELS:
        return True
    if verdict.label is not Label.BOILERPLATE:
        return False
    lowered = lower(block.text)
    if promo_phrase(lowered, block.words, lex):
        return True  # "CNN's Ann Lee contributed to this report.", a newsletter's call
    if any(p in lowered for p in _phrases(lex.code)[2]):
        return True  # a phrase no story holds, at any length: "Disclaimer: ..."
    if verdict.reason == "phrase" and verdict.kind in _LONG_PHRASE_KINDS:
        return True  # an editor's note, a call to subscribe: opened by its phrase, however long
    if block.words >= LONG_PROSE_WORDS and block.link_density < 0.3:
        return False  # "Selanjutnya, menteri ..." opens a paragraph, not a pager
    if _phrase(block.text, lex):
        return True
    if verdict.reason == "widget link" and block.link_density >= LINK_LIST_DENSITY:
        return True  # a linked headline under "More on this story", in a list or not
    if verdict.reason == "summary":
        return True  # an item of the summary box under "Key Points", "In short:"
    if verdict.reason == MENU_ROW.reason:
        return True  # "Support HKFP | Code of Ethics | Spotted an error? | Contact | ..."
    if verdict.reason == "skipped box":
        return True  # between "Skip the newsletter promotion" and "End of newsletter promotion"
    if verdict.reason == "author bio":
        return True  # "Ann Lee is a reporter covering ...", the byline's writer, closing it
    if verdict.reason == PULL_QUOTE:
        return True  # a quote the story prints again, set large beside it
    if block.tag in _LIST_TAGS or block.tag in _HEADINGS:
        return False  # list items, table rows and subheadings of the story are short by nature
    return block.words <= SHORT_FRAGMENT_WORDS and not block.text.rstrip().endswith(_SENTENCE_ENDS)


def _phrase(text: str, lex: Lexicon) -> bool:
    starts, exact, contains = _phrases(lex.code)
    lowered = lower(text).lstrip("* ")  # an editor's note: "* This report was first ..."
    return (
        lowered.startswith(starts)
        or lowered.strip(" .:!") in exact
        or any(p in lowered for p in contains)
    )


@cache
def _phrases(code: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """Every language's phrases, the page's own first, as on copied text: an Indonesian page
    shows "ADVERTISEMENT" and "hide caption" in English."""
    every = [lexicon(code).boilerplate] + [lexicon(c).boilerplate for c in LANGUAGES if c != code]

    def flat(by_kind: dict[K, tuple[str, ...]]) -> tuple[str, ...]:
        return tuple(p for phrases in by_kind.values() for p in phrases)

    starts = tuple(p for words in every for p in flat(words.starts))
    exact = frozenset(p for words in every for p in flat(words.exact))
    return starts, exact, tuple(p for words in every for p in flat(words.contains))


def _boilerplate(block: Block, kind: K, reason: str) -> Block:
    return labelled(block, Label.BOILERPLATE, kind, reason)
