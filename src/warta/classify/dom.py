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

from dataclasses import replace
from functools import cache

from warta.blocks import Block, Label
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
        "mostread", "lainnya",
    ),
    K.ADVERTISEMENT: (
        "ad", "ads", "adv", "advert", "advertisement", "advertorial", "iklan", "banner",
        "sponsor", "sponsored", "dfp", "adsbygoogle", "adslot", "adunit", "parallax",
    ),
    K.BREADCRUMB: ("breadcrumb", "breadcrumbs", "crumb", "crumbs"),
    K.TAGS: ("tag", "tags", "topik", "topic", "topics", "keyword", "keywords"),
    K.COMMENTS: ("comment", "comments", "komentar", "disqus"),
    K.FOOTER: ("footer", "foot"),
    K.NAVIGATION: ("nav", "navbar", "navigation", "menu", "sidebar"),
    K.SUBSCRIBE: ("newsletter", "subscribe", "subscription", "langganan", "signup"),
    K.PAGINATION: ("pagination", "paging", "pager", "halaman"),
    K.PROMO: ("promo", "promotion", "cta"),
    K.UI: (
        "print", "toolbar", "fontsize", "bookmark", "gallery", "slideshow", "carousel", "thumbs",
        "lightbox", "overlay", "modal", "views",
    ),
}
#: Class/id tokens of the page's own metadata lines: captions, credits, bylines, dates.
MARKUP_LABELS: dict[Label, tuple[str, ...]] = {
    Label.CAPTION: ("caption", "figcaption", "keterangan", "wp-caption"),
    Label.CREDIT: ("credit", "credits", "copyright"),
    Label.BYLINE: ("byline", "author", "authors", "penulis", "reporter", "writer", "meta"),
    Label.DATE: ("date", "time", "timestamp", "published", "pubdate", "updated", "tanggal"),
}
#: Embedded posts quoted in the story (a tweet under a "social-embed" wrapper) are part of it.
QUOTED_EMBEDS = ("tweet", "instagram", "quote")
#: Labels the word rules give from a block's own words, which DOM features do not overturn.
WORD_LABELS = frozenset({
    Label.TITLE, Label.DESCRIPTION, Label.BYLINE, Label.DATE, Label.CAPTION, Label.CREDIT,
})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_CAPTION_TAGS = frozenset({"figcaption", "caption"})
#: A block whose text is at least this share link text is a link list, not prose.
LINK_LIST_DENSITY = 0.5
#: An unlinked block this long inside the article is prose whatever its first words.
LONG_PROSE_WORDS = 25


@cache
def _label_lookup() -> dict[str, Label]:
    return {word: label for label, words in MARKUP_LABELS.items() for word in words}


def markup_label(classes: str) -> Label | None:
    """The metadata label the class/id words name, if any.

    >>> markup_label("entry-meta byline")
    <Label.BYLINE: 'byline'>
    """
    lookup = _label_lookup()
    return next((lookup[t] for t in classes.split() if t in lookup), None)


@cache
def _lookup() -> tuple[dict[str, K], tuple[tuple[str, K], ...]]:
    exact = {word: kind for kind, words in MARKUP_WORDS.items() for word in words}
    inside = tuple((w, k) for w, k in exact.items() if len(w) >= 5)
    return exact, inside


def markup_kind(classes: str) -> K | None:
    """The boilerplate kind the class/id words name, if any.

    >>> markup_kind("post related-posts")
    <BoilerplateKind.RELATED: 'related'>
    >>> markup_kind("article socialshare") is K.SHARE
    True
    >>> markup_kind("read content") is None
    True
    """
    exact, inside = _lookup()
    tokens = classes.split()
    if any(embed in token for token in tokens for embed in QUOTED_EMBEDS):
        return None
    for token in tokens:
        kind = exact.get(token)
        if kind is not None:
            return kind
        for word, kind in inside:
            if word in token:
                return kind
    return None


def apply_dom(blocks: list[Block], lex: Lexicon, options: Options) -> list[Block]:
    """Revise word-rule labels with DOM features; text-path blocks (no `tag`) pass unchanged.

    >>> b = Block(index=0, text="Hujan deras turun sejak pagi.", tag="p", in_article=True)
    >>> apply_dom([b], None, Options())[0].label  # type: ignore[arg-type]
    <Label.BODY: 'body'>
    """
    return [b if b.tag is None else _label(b) for b in blocks]


def _label(block: Block) -> Block:
    if block.tag == "img":
        return replace(block, label=Label.IMAGE, kind=None, reason="dom-image")
    if block.tag == "h1":
        # Every <h1> is a title candidate (a logo may be one too); fields choose among them.
        return replace(block, label=Label.TITLE, kind=None, reason="dom-h1")
    if not block.in_article:
        return _outside(block)
    kind = markup_kind(block.classes)
    if kind is not None and block.label not in WORD_LABELS:
        return _boilerplate(block, kind, "dom-class")
    if block.tag in _CAPTION_TAGS or "figure" in block.attrs:
        label = block.label if block.label is Label.CREDIT else Label.CAPTION
        return replace(block, label=label, kind=None, reason="dom-caption")
    if _word_decided(block):
        return block
    named = markup_label(block.classes)
    if named is not None:
        return replace(block, label=named, kind=None, reason="dom-class-label")
    # Inside the article a linked line is usually the story's own (a linked name, a list of
    # sources); only a lone short link is a stray tag or menu item.
    if block.link_density >= 0.9 and block.words <= 3:
        return _boilerplate(block, K.NAVIGATION, "dom-links")
    if block.tag in _HEADINGS:
        return replace(block, label=Label.HEADING, kind=None, reason="dom-heading")
    return replace(block, label=Label.BODY, kind=None, reason="dom-article")


def _outside(block: Block) -> Block:
    if block.label in WORD_LABELS:
        return block
    kind = markup_kind(block.classes)
    if kind is None:
        kind = K.NAVIGATION if block.link_density >= LINK_LIST_DENSITY else block.kind or K.OTHER
    return _boilerplate(block, kind, "dom-outside")


def _word_decided(block: Block) -> bool:
    # Boilerplate the word rules found by a phrase ("Baca juga", "Halaman 1 2") stands; their
    # guess from length alone ("other") does not, since the container is the better evidence.
    if block.label in WORD_LABELS:
        return True
    if block.words >= LONG_PROSE_WORDS and block.link_density < 0.3:
        return False  # "Selanjutnya, menteri ..." opens a paragraph, not a pager
    return block.label is Label.BOILERPLATE and block.kind not in (None, K.OTHER)


def _boilerplate(block: Block, kind: K, reason: str) -> Block:
    return replace(block, label=Label.BOILERPLATE, kind=kind, reason=reason)
