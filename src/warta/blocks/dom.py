"""DOM to blocks: one walk over the lxml tree, then the article container.

A block is the text between two block-level boundaries (a `<p>`, a `<div>`'s own text, a `<br>`
line, a list item, a heading, a table cell), in reading order, with the features classification
needs: its tag, the class/id words around it, link density, depth, and whether it sits inside
the detected article container. Chrome the reader never reads as the article (scripts, styles,
navigation, asides, footers, forms' controls, hidden elements) is skipped during the walk.

The container is found with Readability's scoring (Mozilla Readability.js, after Arc90): every
paragraph scores its parent and, less, its further ancestors by length and commas; class/id
words nudge a candidate; link-heavy candidates lose; the best one, and its siblings that score
close to it, form the article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import lxml.etree

from warta.blocks.fold import FOLD_CHARS, short
from warta.blocks.model import NO_ATTRS, Block, dom_block
from warta.blocks.spaces import collapse
from warta.ingest import Page
from warta.ingest.sanitize import substitute
from warta.ingest.tree import text_of
from warta.ingest.urls import clean, join, split
from warta.lang.regex import trie
from warta.options import Options

#: Elements whose content is never article text.
SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "canvas", "audio", "video", "map", "button", "select", "input", "textarea", "option",
    "nav", "footer", "head", "title", "link", "meta", "dialog", "frameset", "frame",
})
#: Roles of overlays (cookie consent, sign-up prompts) that sit in the page but are never read.
_OVERLAY_ROLES = frozenset({"dialog", "alertdialog"})
#: The attributes that can hide an element.
_HIDING = frozenset({"hidden", "aria-modal", "role", "style"})
#: An <aside> is a sidebar, unless a template put the story itself in one: this much text in
#: paragraphs of sentence length says so.
_ASIDE_PROSE_CHARS = 600
_SENTENCE_CHARS = 120
#: Table cells are read along their row: one block per `<tr>` ("Jl. Sudirman 12"), as a
#: browser copies a table.
CELLS = frozenset({"td", "th"})
#: Elements that flow inside a line; every other element starts a new block.
INLINE = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
    "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture", "source", "nobr",
    # Empty elements that libxml2 (2.14) leaves open: what follows an unclosed one up to its
    # parent's end is parsed as its content ("<embed src=...><p>..." puts the paragraphs inside).
    "embed", "keygen",
})
#: Blocks of these tags give their score to their parent; a `<div>` with its own text scores
#: itself (old Indonesian layouts put the whole story in one `<div>` cut by `<br>`s).
_PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "font"})
_SELF_SCORING = frozenset(
    {"div", "td", "tr", "section", "article", "main", "span", "center", "body"}
)
_TAG_WEIGHT = {
    "div": 5.0, "article": 5.0, "main": 5.0, "section": 2.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0,
    "dt": -3.0, "li": -3.0, "form": -3.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0,
    "h5": -5.0, "h6": -5.0, "th": -5.0,
}
#: Class/id words of an article container, and of everything that is not one. Markup words, not
#: a language's: outlets everywhere name their containers in English, or in Indonesian
#: ("isi", "artikel", "berita", "konten").
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|detail|isi|artikel|"
    r"berita|konten",
)
# A prefix tree: as an alternation of its fifty words it took twice as long to search.
_NEGATIVE = re.compile(
    trie(
        (
            "hidden banner combx comment komentar com- contact foot masthead media meta outbrain "
            "promo related terkait rekomendasi scroll share shoutbox sidebar skyscraper sponsor "
            "shopping tags tool widget popular populer terpopuler breadcrumb menu nav social "
            "subscribe newsletter advert iklan recommend trending bacajuga baca-juga author-bio "
            "cookie consent gdpr onetrust popup modal paywall-prompt"
        ).split()
    )
)
# Reader comments can hold more text than the story; their wrapper's name always counts.
_COMMENTS = re.compile(r"comment|komentar|disqus")
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4"})
#: How many levels from a candidate container up a comment's box is looked for, and the names
#: of such a box.
_COMMENT_LEVELS = 3
_COMMENT_BOX = re.compile(r"(?:^|\s)(?:comment|komentar|disqus)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: Text for screen readers only, which no reader sees: a link's ", opens new tab", an icon's
#: "Share on Facebook".
_SCREEN_READER = re.compile(
    r"visually-?hidden|visually_hidden|hide-visually|sr-only|screen-?reader|element-invisible"
    r"|offscreen",
    re.I,
)
_INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: Commas of the Latin, CJK and Arabic scripts.
_COMMAS = (",", "\uff0c", "\u3001", "\u060c")
_WORDS = re.compile(r"[a-z0-9]+")
_IMAGE_SOURCES = ("src", "data-src", "data-original", "data-lazy-src", "data-srcset", "srcset")


#: Images a page is read with at most: a news page shows tens (the corpus's most: 193 `<img>`s,
#: logos and thumbnails included); past this many each would cost some 400 bytes, twenty per
#: byte of its tag, for a page that is a wall of thumbnails or an attack.
MAX_IMAGES = 1_000

#: An element holding this much of the article's text is a wrapper of the story, whatever its
#: class says ("sidebar-grid__content" on Politico holds the whole story).
WRAPPER_CHARS = 1500
#: Nor does the class of an element holding this much unlinked text: a related-links box or a
#: share bar is mostly links, a story cut into "sidebar-grid__content" chunks is prose.
PROSE_CHARS = 400
PROSE_LINK_DENSITY = 0.25


@dataclass(slots=True)
class _Raw:
    """A block as the walk finds it, before features that need the whole page."""

    text: str
    owner: Any  # the innermost block-level element holding the text
    link_chars: int
    depth: int
    attrs: Mapping[str, str]
    tag: str = ""


def dom_blocks(page: Page, options: Options) -> list[Block]:
    """Cut an HTML page into blocks with DOM features, in reading order.

    >>> from warta.ingest.html import read_html
    >>> page = read_html('<html><body><nav><a href="/">Beranda</a></nav><article>'
    ...     '<h1>Banjir di Bogor</h1><p>Hujan deras sejak pagi membuat sungai meluap, kata warga, '
    ...     'dan ratusan rumah terendam.</p></article></body></html>', url=None, options=Options())
    >>> [(b.tag, b.text[:15], b.in_article) for b in dom_blocks(page, Options())]
    [('h1', 'Banjir di Bogor', True), ('p', 'Hujan deras sej', True)]
    """
    root = page.tree
    if root is None:
        return []
    # Relative links resolve against the URL given, else the page's own canonical URL.
    walk = _walk(root, page.url or page.meta.canonical, options)
    raws = walk.raws
    # An article's own <footer> is read for its tags and notes, never as the story.
    footed = {e for footer in walk.footers for e in footer.iter()} if walk.footers else set()
    story = [raw for raw in raws if raw.owner not in footed] if footed else raws
    scores = _score(story, _Scores(chars=walk.chars, link_chars=walk.link_sums))
    container = find_container(scores)
    # Wrappers that hold most of the article carry the post's own classes (WordPress writes
    # "tag-elections category-politics" on the post): their words say nothing about a block.
    wrapper = min(
        0.5 * sum(scores.chars.get(element, 0) for element in container), WRAPPER_CHARS
    )
    chains = _Chains(container, scores, wrapper)
    placed = [
        (raw, False, f"{chains.place(raw.owner)[1]} footer")
        if raw.owner in footed
        else (raw, *chains.place(raw.owner))
        for raw in raws
    ]
    # Images far from the article are logos, avatars and thumbnails of other stories; the lead
    # photo often sits just outside the text container, under the same article wrapper.
    near = _wrappers(container)
    kept = [
        p
        for p in placed
        if p[0].tag != "img" or p[1] or (_under(p[0], near) and p[0].owner not in footed)
    ]
    # Blocks are built once the images are dropped, so each gets its final index at once.
    return [_block(i, *place, walk.base) for i, place in enumerate(kept)]


def _wrappers(container: frozenset[Any]) -> frozenset[Any]:
    # The container's parent and grandparent: the article's header, lead photo and body.
    found: set[Any] = set()
    for element in container:
        for ancestor in _lineage(element.getparent(), 2):
            if ancestor.tag != "body":
                found.add(ancestor)
    return frozenset(found)


def _under(raw: _Raw, wrappers: frozenset[Any]) -> bool:
    return any(a in wrappers for a in raw.owner.iterancestors()) or raw.owner in wrappers


# -- the walk -----------------------------------------------------------------------------------


class _Walk:
    """The state of one walk over one tree; never shared between pages."""

    def __init__(self, base: str | None, options: Options) -> None:
        self.base = base
        self.options = options
        self.parts: list[str] = []
        self.link_chars = 0
        self.links = 0  # how many <a> are open around the current text
        self.href: str | None = None
        self.stack: list[Any] = []  # open block-level elements
        self.depth = 0
        self.figure = 0
        self.figures: list[int] = []
        self.raws: list[_Raw] = []
        # Text and link characters under each block element: a block adds its own to its owner,
        # and a closing element hands its sums to the element around it (once per element, not
        # once per block per open element, nor by walking every block's ancestors afterwards).
        self.chars: dict[Any, int] = {}
        # Only elements with link text below them: most hold none (an entry is some 100 bytes,
        # for each element of a page that wraps every paragraph in divs).
        self.link_sums: dict[Any, int] = {}
        # Past the page's first thousands of blocks, the short ones fold (`warta.blocks.fold`):
        # the texts of the last block while it is still open to more.
        self.fold: list[str] = []
        self.fold_chars = 0
        self.images = 0
        self.footers: list[Any] = []  # the article footers read (a page's are skipped)

    def add(self, text: str | None) -> None:
        if text:
            if not self.parts and not self.links and text.isspace():
                # The indentation before a block's first words: the text is stripped anyway.
                # (Inside a link it is kept, since link characters count it.)
                return
            self.parts.append(text)
            if self.links:
                self.link_chars += len(text) - text.count(" ")

    def flush(self) -> None:
        if not self.parts:  # most calls: a block element opened or closed with no text since
            self.href = None
            return
        joined = "".join(self.parts)
        if joined.isspace():  # the indentation between tags: no block, nothing to count
            self.parts, self.link_chars, self.href = [], 0, None
            return
        if not joined.isascii():  # a flag CPython keeps on the string: no scan for ASCII text
            joined = substitute(_INVISIBLE_CHARS, _nothing, joined)
        text = collapse(joined)
        if text and self.stack:
            folding = short(len(self.raws), text)
            if folding and self.fold:
                self._fold_in(text)
            else:
                self._new_raw(text, folding)
        self.parts, self.link_chars, self.href = [], 0, None

    def _new_raw(self, text: str, folding: bool) -> None:
        self.end_fold()
        attrs: dict[str, str] = {}
        if self.href and self.link_chars * 2 > len(text):
            # Resolved only here, for the few blocks that are links: most <a> never need it.
            attrs["href"] = resolve(self.base, self.href)
        if self.figures:
            attrs["figure"] = str(self.figures[-1])
        owner = self.stack[-1]
        if len(text) <= _MAX_PAGER_CHARS and (text.isdigit() or "1 2" in text):
            current = _current_page(owner, text)
            if current:
                attrs["page"] = current  # the pager's link marked as the page shown
        self.raws.append(_Raw(text, owner, self.link_chars, self.depth, attrs or NO_ATTRS))
        self._count(owner, text)
        if folding:
            self.fold, self.fold_chars = [text], len(text)

    def _fold_in(self, text: str) -> None:
        """Add a short block's text to the open fold. Its characters count for the element
        around the block's own (open still, so its sums reach the ancestors when it closes),
        not for the block's element, which would be kept as a key of the sums for each."""
        raw = self.raws[-1]
        raw.link_chars += self.link_chars
        self.fold.append(text)
        self.fold_chars += len(text) + 1
        self._count(self.stack[-2] if len(self.stack) > 1 else self.stack[-1], text)
        if self.fold_chars >= FOLD_CHARS:
            self.end_fold()

    def end_fold(self) -> None:
        """Close the open fold: the last block's text is its pieces, a line each."""
        if len(self.fold) > 1:
            self.raws[-1].text = "\n".join(self.fold)
        self.fold, self.fold_chars = [], 0

    def _count(self, owner: Any, text: str) -> None:
        self.chars[owner] = self.chars.get(owner, 0) + len(text) - text.count(" ")
        if self.link_chars:
            self.link_sums[owner] = self.link_sums.get(owner, 0) + self.link_chars

    def close(self) -> None:
        """End the innermost open block element; its sums count for the one around it."""
        element = self.stack.pop()
        size = self.chars.get(element)
        if size is not None and self.stack:
            parent = self.stack[-1]
            self.chars[parent] = self.chars.get(parent, 0) + size
            links = self.link_sums.get(element)
            if links:
                self.link_sums[parent] = self.link_sums.get(parent, 0) + links

    def image(self, element: Any) -> None:
        if self.images == MAX_IMAGES:
            return
        src = next((element.get(a) for a in _IMAGE_SOURCES if element.get(a)), None)
        if not src or src.startswith("data:") or element.get("width") in ("0", "1"):
            return
        src = _first_source(src)
        if not src:
            return
        # Resolved when the block is built: most images are dropped as far from the article.
        attrs = {"src": src}
        for name in ("alt", "title"):
            if element.get(name):
                attrs[name] = " ".join(element.get(name).split())
        if self.figures:
            attrs["figure"] = str(self.figures[-1])
        if _icon(element):
            attrs["icon"] = "1"  # a block all the same: it parts the text around it
        self.flush()
        if self.stack:
            self.end_fold()
            self.raws.append(_Raw("", self.stack[-1], 0, self.depth, attrs, tag="img"))
            self.images += 1


#: The largest side, in pixels, of a picture the markup sizes as an icon or an avatar: no
#: photograph of the story is printed this small.
_ICON_PIXELS = 100


#: The longest text of a pager looked at for the page it marks as shown: "Halaman 1 2 3
#: Selanjutnya", or a page's number alone.
_MAX_PAGER_CHARS = 60
#: Class words that mark a pager's link as the page shown.
_CURRENT_WORDS = frozenset({"active", "current", "selected", "is-active", "is-current"})
#: How many elements of a pager are looked at for the page shown.
_PAGER_ELEMENTS = 60


def _current_page(owner: Any, text: str) -> str | None:
    """The page a pager marks as the one shown (`aria-current="page"`, or "active" or "current"
    among the classes): its link's number, when `owner` (the pager, or a page's item) marks
    one; None otherwise."""
    if text.isdigit():
        return text if len(text) <= 3 and _marked_current(owner) else None
    for element in islice(owner.iter(), _PAGER_ELEMENTS):
        if element is not owner and _marked_current(element):
            number = text_of(element).strip()
            return number if number.isdigit() and len(number) <= 3 else None
    return None


def _marked_current(element: Any) -> bool:
    if element.get("aria-current") == "page":
        return True
    classes = element.get("class")
    return bool(classes) and not _CURRENT_WORDS.isdisjoint(classes.lower().split())


def _icon(element: Any) -> bool:
    """Whether an `<img>` declares both sides no larger than an icon's ("48" by "48")."""
    sides = (element.get("width") or "", element.get("height") or "")
    # ASCII digits, few of them: "²" is a digit to `isdigit` and no number to `int`, and a
    # width of thousands of digits is past what `int` reads.
    return all(
        0 < len(side) <= 3 and side.isascii() and side.isdigit() and int(side) <= _ICON_PIXELS
        for side in sides
    )


def _nothing(_: re.Match[str]) -> str:
    return ""


#: A `src` or `srcset` value's first URL (see `_first_source`).
_SOURCE = re.compile(r"[^\s,]\S*")


def _first_source(src: str) -> str:
    """The first URL of a `src` or `srcset` value ("a.jpg 1x, b.jpg 2x" gives "a.jpg"), or ""
    when it holds none (" , " from a broken page). As a browser reads a `srcset`: a URL runs
    to the next space, and may hold commas ("w_300,h_200/a.jpg"), but neither starts nor ends
    with one.

    >>> _first_source("a.jpg 480w, b.jpg 800w"), _first_source(" b.jpg "), _first_source(" , ")
    ('a.jpg', 'b.jpg', '')
    >>> _first_source("/upload/w_300,h_200/a.jpg 300w, /upload/w_600,h_400/a.jpg 600w")
    '/upload/w_300,h_200/a.jpg'
    """
    first = _SOURCE.search(src)
    return first.group().rstrip(",") if first else ""


def _walk(root: Any, base: str | None, options: Options) -> _Walk:
    state = _Walk(base, options)
    max_depth = options.max_depth
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    skipped = False
    for event, element in walker:
        tag = element.tag  # read once: lxml builds a new string on every read
        if event == "start":
            if not isinstance(tag, str) or _skipped(tag, element) or state.depth > max_depth:
                # The next event is this element's own "end": it only adds the tail.
                walker.skip_subtree()
                skipped = True
                continue
            _start(state, tag, element)
        elif skipped:
            skipped = False
            state.add(element.tail)
        else:
            _end(state, tag, element)
    state.flush()
    state.end_fold()
    return state


def _skipped(tag: str, element: Any) -> bool:
    if tag in SKIP:
        return tag != "footer" or _page_footer(element)
    # One call for the names of the element's attributes, where most hold none that hides.
    hiding = not _HIDING.isdisjoint(element.keys())
    if hiding and (element.get("hidden") is not None or element.get("aria-modal") == "true"):
        return True
    if hiding and element.get("role") in _OVERLAY_ROLES:
        return True
    if tag == "aside":
        return not _holds_prose(element)
    if tag == "span":
        classes = element.get("class")
        if classes and _SCREEN_READER.search(classes):
            return True
    style = element.get("style") if hiding else None
    if style and _HIDDEN_STYLE.search(style):
        return True
    # A page <header> holds the masthead and menu; an article's own <header> holds its title.
    return tag == "header" and element.find(".//h1") is None


def _page_footer(element: Any) -> bool:
    """A page's <footer> holds the site's links; an article's own holds its tags and notes."""
    return next(element.iterancestors("article"), None) is None


def _holds_prose(element: Any) -> bool:
    lengths = (len(text_of(p)) for p in element.iter("p"))
    return sum(n for n in lengths if n >= _SENTENCE_CHARS) >= _ASIDE_PROSE_CHARS


def _start(state: _Walk, tag: str, element: Any) -> None:
    state.depth += 1
    if tag == "img":
        state.image(element)
    elif tag == "br":
        state.flush()
    elif tag in CELLS and not _has_blocks(element):
        state.add(" ")
    elif tag in INLINE and not _credit(tag, element):
        if tag == "a":
            state.links += 1
            if state.href is None and element.get("href"):
                state.href = element.get("href").strip()
    else:
        state.flush()
        state.stack.append(element)
        if tag == "footer":
            state.footers.append(element)
        if tag == "figure":
            state.figure += 1
            state.figures.append(state.figure)
    state.add(element.text)


def _has_blocks(cell: Any) -> bool:
    # A layout table's cell holds divs and paragraphs: a block of its own, not a data cell.
    return any(isinstance(c.tag, str) and c.tag not in INLINE and c.tag != "br" for c in cell)


#: "cap" as a word of a class name: "img-cap", not "capital" or "recap".
_CAP = re.compile(r"(?<![a-z])cap(?![a-z])")
#: A picture's word in a class name: a "cap" beside none is a drop cap's ("drop-cap").
_PICTURE = re.compile(r"img|image|photo|foto|pic")


def _credit(tag: str, element: Any) -> bool:
    # A photo caption or credit set inline ("<span class=credit>ANTARA/Budi</span>") is a line
    # of its own to the reader, and to the image record. (A link stays a link: "more caption"
    # toggles are links.)
    if tag == "a":
        return False
    names = (element.get("class") or "").lower()  # "imageCredit"
    # Quintype's pages (Prothom Alo, The Quint) set the credit as "attribution"; The Island's
    # theme the caption as "mvp-post-img-cap".
    return (
        "credit" in names
        or "caption" in names
        or "attribution" in names
        or ("cap" in names and bool(_CAP.search(names)) and bool(_PICTURE.search(names)))
    )


def _end(state: _Walk, tag: str, element: Any) -> None:
    state.depth -= 1
    # An element on top of the stack at its end is one `_start` opened a block for: asking the
    # stack spares testing the element again (its class for a credit, a cell's children).
    if state.stack and state.stack[-1] is element:
        state.flush()
        state.close()
        if tag == "figure":
            state.figures.pop()
    elif tag in CELLS:  # a data cell: its text goes on along the row
        state.add(" ")
    elif tag == "a":
        state.links -= 1
    state.add(element.tail)


# -- the article container ----------------------------------------------------------------------


@dataclass
class _Scores:
    """Per-element sums over the blocks below each element, keyed by the element itself."""

    score: dict[Any, float] = field(default_factory=dict)
    chars: dict[Any, int] = field(default_factory=dict)
    link_chars: dict[Any, int] = field(default_factory=dict)

    def link_density(self, element: Any) -> float:
        chars = self.chars.get(element, 0)
        return self.link_chars.get(element, 0) / chars if chars else 0.0

    def final(self, element: Any) -> float:
        return self.score.get(element, 0.0) * (1.0 - self.link_density(element))


def find_container(scores: _Scores) -> frozenset[Any]:
    """The elements that hold the article: the best-scoring candidate and its close siblings."""
    if not scores.score:
        return frozenset()
    best = max(scores.score, key=scores.final)
    if _in_comment(best):
        # A long reader's comment can outscore the story: its text's box is named "content"
        # too. The best candidate outside every comment is the story's.
        best = max((e for e in scores.score if not _in_comment(e)), key=scores.final, default=best)
    top = _climb(_common_ancestor(best, scores), scores)
    sections = _same_class(best, scores)
    return frozenset(_with_siblings(top, scores) + sections + _section_titles(sections))


def _anchor_of_own_text(ident: str, element: Any) -> bool:
    """Whether a heading's id is its own words made an anchor ("a-race-against-time" of "‘A
    race against time’"), which names no box: "time" there is no date's."""
    words = _WORDS.findall(ident.lower())
    return bool(words) and words == _WORDS.findall(text_of(element).lower())[: len(words)]


def _section_titles(sections: list[Any]) -> list[Any]:
    """The heading right before each of the story's repeated sections: Liputan6 titles each
    page of a story ("<h2>Puncak Arus Mudik ...</h2>" over its "item-content" div)."""
    if len(sections) < 2:
        return []
    titles = []
    for section in sections:
        before = section.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()  # past a comment
        if before is not None and before.tag in _SECTION_HEADINGS:
            titles.append(before)
    return titles


def _in_comment(element: Any) -> bool:
    """Whether an element is, or sits right inside, a box named as a reader's comment: "comment
    first" > "comment_content" > "content" (MacRumors); a name that starts with the word, not
    one that holds it ("noloaddisqus" on a WordPress post)."""
    for box in _lineage(element, _COMMENT_LEVELS):
        for name in (box.get("class"), box.get("id")):
            if name and _COMMENT_BOX.search(name.lower()):
                return True
    return False


def _same_class(best: Any, scores: _Scores) -> list[Any]:
    """Elements named like the best candidate that score near it: a template that cuts the story
    into repeated body sections (Condé Nast's "body__inner-container") repeats their class."""
    name = best.get("class")
    if not name:
        return []
    floor = 0.2 * scores.final(best)
    # Only within the story's own region: four levels up from the best section at most.
    region = _lineage(best, 5)[-1]
    return [
        e for e in scores.score
        if e.get("class") == name
        and scores.final(e) >= floor
        and _is_within(e, region)
        and not _in_comment(e)
    ]


def _score(raws: list[_Raw], scores: _Scores) -> _Scores:
    """Readability's paragraph scores, added to `scores`, whose text sums the walk filled."""
    # The paragraphs of a story share their parent: its ancestors are looked up once.
    lineages: dict[Any, list[Any]] = {}
    for raw in raws:
        if raw.tag or len(raw.text) < 25:
            continue
        tag = raw.owner.tag
        if tag not in _PARAGRAPH_TAGS and tag not in _SELF_SCORING:
            continue
        points = 1.0 + _commas(raw.text) + min(len(raw.text) / 100, 3.0)
        first = raw.owner if tag in _SELF_SCORING else raw.owner.getparent()
        if first not in lineages:
            lineages[first] = _lineage(first, 5)
        for level, element in enumerate(lineages[first]):
            if element not in scores.score:
                scores.score[element] = _initial(element)
            scores.score[element] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    return scores


def _commas(text: str) -> int:
    return sum(map(text.count, _COMMAS))


def _lineage(element: Any, levels: int) -> list[Any]:
    out: list[Any] = []
    while element is not None and len(out) < levels and element.tag != "html":
        out.append(element)
        element = element.getparent()
    return out


def _initial(element: Any) -> float:
    return _TAG_WEIGHT.get(element.tag, 0.0) + class_weight(element)


def class_weight(element: Any) -> float:
    """Readability's class/id weight: +25 for article-like names, -25 for chrome-like ones.

    >>> import lxml.html
    >>> class_weight(lxml.html.fromstring('<div class="read__content">x</div>'))
    25.0
    >>> class_weight(lxml.html.fromstring('<div id="related-news">x</div>'))
    -25.0
    """
    weight = 0.0
    for name in (element.get("class"), element.get("id")):
        if not name:
            continue
        lowered = name.lower()
        if _NEGATIVE.search(lowered):
            weight -= 25
        if _POSITIVE.search(lowered):
            weight += 25
    return weight


def _common_ancestor(top: Any, scores: _Scores) -> Any:
    # When several near-equal candidates share an ancestor, the article was split between them.
    best = scores.final(top)
    ranked = sorted(scores.score, key=scores.final, reverse=True)[1:6]
    close = [c for c in ranked if best and scores.final(c) / best >= 0.75]
    if len(close) < 3:
        return top
    for ancestor in top.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        inside = sum(1 for c in close if _is_within(c, ancestor))
        if inside >= 3:
            return ancestor
    return top


def _is_within(element: Any, ancestor: Any) -> bool:
    return any(a is ancestor for a in element.iterancestors())


def _climb(top: Any, scores: _Scores) -> Any:
    # Readability: a parent that scores well above a third of its child holds more of the story.
    last = scores.final(top)
    threshold = last / 3
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if parent not in scores.score:
            parent = parent.getparent()
            continue
        score = scores.final(parent)
        if score < threshold:
            break
        if score > last:
            top = parent
            break
        last = score
        parent = parent.getparent()
    while (parent := top.getparent()) is not None and parent.tag not in ("body", "html") and len(
        parent
    ) == 1:
        top = parent
    return top


def _with_siblings(top: Any, scores: _Scores) -> list[Any]:
    parent = top.getparent()
    if parent is None:
        return [top]
    best = scores.final(top)
    threshold = max(10.0, best * 0.2)
    top_class = top.get("class") or ""
    chosen = [top]
    for sibling in parent:
        if sibling is top or not isinstance(sibling.tag, str):
            continue
        bonus = best * 0.2 if top_class and sibling.get("class") == top_class else 0.0
        scored = sibling in scores.score and scores.final(sibling) + bonus >= threshold
        if scored or (sibling.tag == "p" and _reads_as_paragraph(sibling, scores)):
            chosen.append(sibling)
    return chosen


def _reads_as_paragraph(element: Any, scores: _Scores) -> bool:
    chars = scores.chars.get(element, 0)
    density = scores.link_density(element)
    if chars > 80:
        return density < 0.25
    text = text_of(element).strip()
    return bool(text) and density == 0 and text.endswith(".")


# -- blocks with features -----------------------------------------------------------------------


def _block(index: int, raw: _Raw, inside: bool, classes: str, base: str | None) -> Block:
    total = len(raw.text) - raw.text.count(" ")
    attrs = raw.attrs
    if raw.tag == "img":
        attrs = {**attrs, "src": resolve(base, attrs["src"])}
    text = raw.text
    if raw.link_chars and _TAG_CLASS.search(classes):
        text = _listed_links(raw)
    return dom_block(
        index,
        text,
        raw.tag or raw.owner.tag,
        classes,
        raw.link_chars / total if total else 0.0,
        raw.depth,
        inside,
        attrs,
    )


#: A tag list's block is shorter, and its element holds fewer links.
_MAX_TAG_LIST_CHARS = 1_000
_MAX_TAG_LINKS = 60
#: Class/id words of a tag list ("tags", "topic", "keywords").
_TAG_CLASS = re.compile(r"tag|topi[ck]|keyword")


def _listed_links(raw: _Raw) -> str:
    """A list's links that run together in one block ("Tag: DBD Demam Berdarah Jakarta Barat")
    kept apart, a line each after what comes before them ("Tag:"); else the block's text. A
    block longer than a tag list, or an element of more links, is left as it is."""
    if len(raw.text) > _MAX_TAG_LIST_CHARS:
        return raw.text
    links = [collapse(text_of(a)) for a in islice(raw.owner.iter("a"), _MAX_TAG_LINKS + 1)]
    links = [link for link in links if link]
    if len(links) > _MAX_TAG_LINKS:
        return raw.text
    joined = " ".join(links)
    if len(links) < 2 or not raw.text.endswith(joined):
        return raw.text
    head = raw.text[: len(raw.text) - len(joined)].strip()
    return "\n".join([head, *links] if head else links)


#: How many levels above a block its ancestors' class/id words are read.
_CLASS_LEVELS = 6
#: Elements whose place and class words are remembered: a page's blocks share a few hundred
#: ancestors; past this many, a page wrapping each paragraph in divs of its own would hold
#: them all (some 200 bytes each) for no reuse, and an ancestor is read again instead.
_MAX_REMEMBERED = 20_000


class _Chains:
    """Where each block sits: inside the container or not, and the class/id words above it.

    Blocks share most of their ancestors (every paragraph of the story sits in the same few
    wrappers), so what is above an element is worked out once per page for each element and
    each number of levels left to read, not once per block below it.
    """

    def __init__(self, container: frozenset[Any], scores: _Scores, wrapper: float) -> None:
        self.container = container
        self.scores = scores
        self.wrapper = wrapper
        self.placed: dict[tuple[Any, int], tuple[bool, str]] = {}
        self.names: dict[Any, str] = {}
        self.inside: dict[Any, bool] = {}

    def place(self, element: Any, levels: int = _CLASS_LEVELS) -> tuple[bool, str]:
        """Whether `element` is in the container, and the class/id words (space-joined) between
        it and the container, or its nearest `levels` ancestors outside it, leaving out wrappers
        of most of the article."""
        key = (element, levels)
        known = self.placed.get(key)
        if known is None:
            known = self._place(element, levels)
            if len(self.placed) < _MAX_REMEMBERED:
                self.placed[key] = known
        return known

    def _place(self, element: Any, levels: int) -> tuple[bool, str]:
        # The container is checked first: a page whose paragraphs sit right in <body> has the
        # body for its container.
        if element is None:
            return False, ""
        if element in self.container:
            return True, ""
        if element.tag in ("body", "html"):
            return False, ""
        if levels == 0:
            return self._within(element), ""
        inside, above = self.place(element.getparent(), levels - 1)
        names = self.names.get(element)
        if names is None:
            names = self._names(element)
            if len(self.names) < _MAX_REMEMBERED:
                self.names[element] = names
        return inside, f"{names} {above}" if names and above else names or above

    def _names(self, element: Any) -> str:
        scores = self.scores
        chars = scores.chars.get(element, 0)
        wraps = (bool(self.wrapper) and chars >= self.wrapper) or (
            chars >= PROSE_CHARS and scores.link_density(element) < PROSE_LINK_DENSITY
        )
        words: list[str] = []
        # Some sites name their boxes in `data-component` ("newsletter-signup", "share") or in
        # the names they give their tests ("related-links").
        ident = element.get("id")
        if ident and element.tag in _SECTION_HEADINGS and _anchor_of_own_text(ident, element):
            ident = None  # "a-race-against-time": the heading's own words as its anchor
        for name in (
            element.get("class"),
            ident,
            element.get("data-component"),
            element.get("data-testid"),
        ):
            if name and not (wraps and not _COMMENTS.search(name.lower())):
                words.extend(_WORDS.findall(name.lower()))
        return " ".join(words)

    def _within(self, element: Any) -> bool:
        # Whether `element` or an ancestor below <body> is in the container, remembered for
        # every element passed on the way up.
        passed: list[Any] = []
        found = False
        while element is not None:
            known = self.inside.get(element)
            if known is not None:
                found = known
                break
            if element in self.container:
                found = True
                break
            if element.tag in ("body", "html"):
                break
            passed.append(element)
            element = element.getparent()
        for seen in passed:
            self.inside[seen] = found
        return found


def resolve(base: str | None, url: str) -> str:
    """`url` made absolute against `base`, as `urllib.parse.urljoin` does.

    >>> resolve("https://example.com/news/a.html", "../img/b.jpg")
    'https://example.com/img/b.jpg'
    """
    url = clean(url)
    if not base:
        return url
    # Most links and images are absolute or start at the site's root, and `urljoin` parses and
    # rebuilds both URLs to join them (about 20 microseconds each). It changes such a URL only
    # when parsing and unparsing does (an empty "?", ";" or "#" dropped, tabs and newlines
    # removed, a bracketed or non-ASCII host checked) or when a "." or ".." segment is resolved.
    # A URL with none of those is joined by hand, to the same string.
    if not _plain(url):
        return join(base, url)
    if url.startswith(("https://", "http://")):
        host = url.index("//") + 2
        if url[host : host + 1] not in ("", "/", "?"):  # a host, not an empty one
            return url
    elif url.startswith("/") and not url.startswith("//") and "/." not in url:
        parts = split(base)
        if parts is not None and parts.scheme in ("https", "http") and parts.netloc:
            return f"{parts.scheme}://{parts.netloc}{url}"
    return join(base, url)


def _plain(url: str) -> bool:
    query = url.find("?")
    return (
        url.isascii()
        and not any(c in url for c in _URL_PARSE_MARKS)
        and (query < 0 or query < len(url) - 1)  # a query is kept when it is not empty
    )


_URL_PARSE_MARKS = ("#", ";", "[", "]", "\t", "\r", "\n")
