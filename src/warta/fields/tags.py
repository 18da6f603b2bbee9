"""Tags: the topics a page lists under the story ("Tag: banjir depok, pompa air").

A tag list is boilerplate to the body (kind `tags`), and the record's `tags` field all the same.
Pages show it in one of three ways, read in this order:

- under a label: the label line with the tags after it ("Topics: plastic waste, Jakarta"), or
  the label alone with the tags on the lines under it, as a copied page gives a list of links;
- in markup that names it (HTML): the items of an element whose class says "tags";
- with no label at all, on copied text: a run of short lines after the story, most of them in
  the story's own words ("BMKG", "cuaca ekstrem", "hujan lebat" under a story about the rain).
  A menu's items ("Nasional", "Ekonomi", "Olahraga") are not the story's words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from typing import NamedTuple

from warta.blocks import Block, Label
from warta.blocks.spaces import a_to_z
from warta.lang import LANGUAGES, lexicon
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

__all__ = ["Tags", "read_tags"]

#: What separates tags written on one line ("Tiruchi / Madurai", "#banjir #bogor").
_SEPARATORS = re.compile(r"\s*[,;|·•#\n]\s*|\s+/\s+")
#: A line longer than this is no tag: a sentence, a headline.
_MAX_TAG_WORDS = 5
#: A tag the label's own line lists between separators may be longer: "See more on: Greene
#: County (NY), New York State Department of Transportation".
_MAX_LISTED_WORDS = 8
#: A one-word tag longer than this is a list's links copied with nothing between them
#: ("booksromanceauthorreader").
_MAX_WORD_CHARS = 30
#: How many tags a page may list: a longer run of short lines after a label is not all tags.
_MAX_TAGS = 40
#: Tags read before they are told apart: enough for the same tags listed twice over.
_ENOUGH = 4 * _MAX_TAGS
#: A count and its word, where a tag list gives way to a share or comment bar: "0", "0 SHARE",
#: "(42) Comments".
_COUNT = re.compile(r"^\(?\d{1,3}(?:[.,]\d+)?\)?(?:\s+\S+)?$")
#: The longest label of a tag list on a line of its own: "Topik Terkait", "Related Topics:".
_MAX_LABEL_CHARS = 30
#: A tag holds two letters at least: "a" to "h" are an index's letters, "," a stray separator.
_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")
#: A short tag of digits and a letter: "5g", "4G", "G20".
_ALNUM = re.compile(r"^(?=\w*[^\W\d_])(?=\w*\d)\w{2,6}$")
#: The reason `warta.classify.dom` gives the links closing an article's text.
_TRAILING_LINKS = "dom-trailing-links"
#: Why a line alone was given its kind: a lexicon's phrase ("Follow", "Share").
_PHRASE = "phrase"
#: The kinds a tag's own line may have been given before it was known to be one: a short line
#: alone is "other", a link in a list "navigation".
_LISTED_KINDS = frozenset({BoilerplateKind.OTHER, BoilerplateKind.TAGS, BoilerplateKind.NAVIGATION})
#: An unlabelled list: this many lines at least, and this share of them in the story's words,
#: starting this many blocks at most after the story's last paragraph (past its credits, a
#: share bar, an advertisement).
_MIN_UNLABELLED = 3
_ON_TOPIC_SHARE = 0.6
_NEAR = 10
_ABOVE = 500
#: A run of lines each a "#" and a tag is a tag list from this many lines.
_MIN_HASHTAGS = 2
#: A line of tags parted by commas is no longer than this.
_MAX_COMMA_LINE_CHARS = 200
#: The story's characters a tag's words are looked for in.
_STORY_CHARS = 100_000
#: Characters no line of an unlabelled list of tags holds.
_NOT_IN_TAGS = "%:,@•"
#: A list of more lines than this under a tag label is a menu's section ("TOPICS" and forty
#: links).
_MAX_LISTED_LINES = 20
#: Above the story, a list is its tags only when this share of them the story tells of.
_TOLD_SHARE = 0.5
#: Words longer than `_SHORT` letters are compared by their first letters, all but the last
#: and `_STEM` at most.
_SHORT = 4
_STEM = 6
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A copyright line's holder: what follows its sign or word and its years ("© 2025 Diplomat
#: Media Inc.", "Copyright 2008 - 2025 PT Kompas Media Digital", "©2024 FOX News Network").
_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?P<holder>[^\n]{1,60})",
    re.IGNORECASE,
)
_COPYRIGHT_LINES = 3
#: Where a holder's name ends: a stop, comma or bar and a space, or a dash set apart.
_HOLDER_END = re.compile(r"[.,;:|]\s|\s[-–—|·•]\s")
#: An outlet's own word has this many letters at least ("Sky", "Fox"; not "PT").
_MIN_OWN_LETTERS = 3


class Tags(NamedTuple):
    """The tags, the indices of the blocks that list them (their kind is `tags`), and whether
    each says it is one ("#pbak")."""

    names: list[str]
    blocks: frozenset[int]
    labelled: bool = False


_NONE = Tags([], frozenset())


def read_tags(
    blocks: list[Block], lex: Lexicon, outlets: Iterable[str] = (), people: Iterable[str] = ()
) -> Tags:
    """The tags the page lists, in order, each once (up to case), and where they are.
    `outlets`, the names the page's outlet goes by (besides its copyright line's), and `people`,
    its authors' names: a list of tags ends at a line that names either, the heading of the
    outlet's own box ("Fox News First", "Artikel Kompas.com+") or of its author's.

    >>> from warta.lang import lexicon
    >>> tags, other = BoilerplateKind.TAGS, BoilerplateKind.OTHER
    >>> page = [Block(0, "Isi berita.", Label.BODY), Block(1, "Tag:", Label.BOILERPLATE, tags),
    ...         Block(2, "banjir depok", Label.BOILERPLATE, other),
    ...         Block(3, "pompa air", Label.BOILERPLATE, other)]
    >>> read_tags(page, lexicon("id")).names
    ['banjir depok', 'pompa air']
    >>> read_tags([Block(0, "Plastic waste piles up in Jakarta.", Label.BODY),
    ...            Block(1, "Topics: plastic waste, Jakarta", Label.BOILERPLATE, tags)],
    ...           lexicon("en")).names
    ['plastic waste', 'Jakarta']
    """
    story = _Story(blocks, lex, _Own.of(blocks, outlets, people))
    html = bool(blocks) and blocks[0].tag is not None
    # Markup names a list on an HTML page; on copied text, the story's words do.
    found = _labelled(blocks, story) or _hashtags(blocks, story)
    found = found or (_marked(blocks) if html else _unlabelled(story))
    if found and all(blocks[i].text.lstrip()[:1] == "#" for i in found.blocks):
        found = found._replace(labelled=True)  # "#Scam", "#BukitAman": each says it is a tag
    if found:
        # The writer or the wire among the topics to follow ("Sorcha Mulcahy", "The Canadian
        # Press" beside "Wildfires"): they wrote the story, it is not about them.
        writers = story.own.people | _agencies()
        found = found._replace(names=[n for n in found.names if n.casefold() not in writers])
    return found or _NONE


@cache
def _agencies() -> frozenset[str]:
    """The news agencies and outlets the lexicons know, casefolded."""
    return frozenset(o.casefold() for code in LANGUAGES for o in lexicon(code).datelines.outlets)


class _Story:
    """What a list of tags is checked against: the story's own words (read on first use), and
    the lines above it, a menu's items that the page may list again under it."""

    def __init__(self, blocks: list[Block], lex: Lexicon, own: _Own) -> None:
        self.blocks = blocks
        self.lex = lex
        self.own = own

    @cached_property
    def start(self) -> int:
        """Where the story starts: its title, or its first paragraph."""
        starts = (i for i, b in enumerate(self.blocks) if b.label in (Label.TITLE, Label.BODY))
        return next(starts, len(self.blocks))

    @cached_property
    def last(self) -> int:
        """The story's last paragraph (-1: none)."""
        labels = [b.label for b in self.blocks]
        return len(labels) - 1 - labels[::-1].index(Label.BODY) if Label.BODY in labels else -1

    @cached_property
    def spaced(self) -> str:
        """The story's text as its words alone, a space before and after each."""
        labels = (Label.BODY, Label.TITLE, Label.HEADING)
        return story_words(b.text for b in self.blocks[: self.last + 1] if b.label in labels)

    @cached_property
    def above(self) -> set[str]:
        # A menu sits a few hundred lines at most above the story, its items short.
        above = self.blocks[max(0, self.start - _ABOVE) : self.start]
        return {b.text.casefold() for b in above if len(b.text) <= _MAX_WORD_CHARS * 2}

    def told(self, line: str) -> bool:
        """Whether every word of a line that says something is a word of the story: a short
        one as it is, a longer one by its first letters ("Floods" is the story's "flooding",
        "Minibuses" its "minibus")."""
        return told(line, self.spaced, self.lex)

    def on_topic(self, line: str) -> bool:
        """Whether a line under the story is in its words, and no menu item above it."""
        return self.told(line) and line.casefold() not in self.above

    def about(self, lines: list[str]) -> bool:
        """Whether most of the lines are on the story's topic, of those no menu item above it
        (a story's tag is often a section of the site too: "Retail")."""
        own = [line for line in lines if line.casefold() not in self.above] or lines
        on = sum(map(self.on_topic, own))
        return on >= _ON_TOPIC_SHARE * len(own) and on > 0


class _Own(NamedTuple):
    """What names the page's own outlet (a distinctive word of each of its names: "kompas",
    "rappler", "diplomat") and its authors (their names, casefolded)."""

    words: frozenset[str]
    people: frozenset[str]

    @classmethod
    def of(cls, blocks: list[Block], outlets: Iterable[str], people: Iterable[str]) -> _Own:
        names = (_distinctive(name) for name in (*outlets, *_holders(blocks)))
        return cls(frozenset(n for n in names if n), frozenset(p.casefold() for p in people))

    def named(self, line: str, story: _Story) -> bool:
        """Whether `line` is an author's name, or names the outlet ("Fox News First") by a word
        that is not one of the story's: "Khmer New Year" is a tag of a story about it on the
        Khmer Times, "Dishub Medan" one on Tribun Medan."""
        folded = line.casefold()
        # "Ann Lee | Outdoors reporter": the bio's heading names the author beside her job.
        if folded in self.people or any(piece in self.people for piece in _split(folded)):
            return True
        own = [w for w in a_to_z(folded).split() if w in self.words]
        return bool(own) and any(f" {w} " not in story.spaced for w in own)


def _copyright_lines(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.kind is BoilerplateKind.COPYRIGHT][-_COPYRIGHT_LINES:]


def _holders(blocks: list[Block]) -> Iterator[str]:
    """What follows each copyright sign or word of the page's copyright lines, as written."""
    return (m["holder"] for b in _copyright_lines(blocks) for m in _HOLDER.finditer(b))


def copyright_holders(blocks: list[Block]) -> list[str]:
    """Who the page's copyright lines name, up to the sentence or part after the name: "Dhaka
    Tribune" of "© 2025 Dhaka Tribune. All rights reserved.", the outlet on a copied page,
    which declares no site name."""
    return [
        name for h in _holders(blocks) if (name := _HOLDER_END.split(h, maxsplit=1)[0].strip())
    ]


def _distinctive(name: str) -> str | None:
    """The first word of an outlet's name that is its own: "Kompas" of "PT Kompas Media
    Digital", "Diplomat" of "The Diplomat"; none of a name of common words."""
    words = (w for w in a_to_z(name.casefold()).split() if len(w) >= _MIN_OWN_LETTERS)
    return next((w for w in words if w not in _common_words()), None)


@cache
def _common_words() -> frozenset[str]:
    """Words that name no outlet of their own: every language's stopwords, and the words of
    a copyright line and of a company's name ("copyright", "reserved", "media", "group")."""
    return frozenset(
        word
        for code in LANGUAGES
        for word in (*lexicon(code).stopwords, *lexicon(code).datelines.company_words)
    )


def _labelled(blocks: list[Block], story: _Story) -> Tags | None:
    labels = _labels()
    found: list[str] = []
    at: set[int] = set()
    for i in [i for i, b in enumerate(blocks) if b.kind in _LISTED_KINDS]:
        block = blocks[i]
        if block.kind is not BoilerplateKind.TAGS and not _headed(block.text):
            continue
        rest = _after_label(block.text, labels)
        if rest is None:
            continue
        if rest:
            pieces = _pieces(rest, _MAX_LISTED_WORDS)
            if block.tag is not None and len(pieces) < 2:
                continue  # "Tags banjir Bogor": an HTML list's links run together, not one tag
            places = [i]
            if len(pieces) == 1 and block.tag is None:
                # "Tags: Bangkok" / "BMA" / "street food": copied, the first tag runs into
                # the label's line and the others follow one a line, each in the story's words
                # (not "Related Posts", the next box's heading).
                for j, line in _buttonless(_listed(blocks, i + 1, story)):
                    more = _line_pieces(blocks[j], line)
                    if not all(map(story.told, more)):
                        break
                    pieces += more
                    places.append(j)
        else:
            listed = _buttonless(_listed(blocks, i + 1, story))
            pieces = [tag for j, line in listed for tag in _line_pieces(blocks[j], line)]
            places = [j for j, _ in listed]
        if i < story.start and not _mostly_told(pieces, story):
            # Above the story, the site's trending topics or its sections, few of them the
            # story's ("Diplomacy", "Economy", ... under "Topics").
            continue
        found.extend(pieces)
        at.update(places)
        if len(found) >= _ENOUGH:
            break  # a page of thousands of tag lines is no tag list
    return _tags(found, at)


def _headed(text: str) -> bool:
    """Whether a block markup did not name a tag list opens with a tag label on a line of its
    own, the tags on the lines under it: a box of links under "Topik" read as one block."""
    end = text.find("\n", 0, _MAX_LABEL_CHARS)
    return end > 0 and _after_label(text[:end], _labels()) == ""


def _mostly_told(pieces: list[str], story: _Story) -> bool:
    told = sum(1 for piece in pieces if story.told(piece))
    return told > 0 and told >= len(pieces) * _TOLD_SHARE


def _hashtags(blocks: list[Block], story: _Story) -> Tags | None:
    """Under the story, the first run of lines each a "#" and a tag ("#uin sunan kalijaga"):
    the "#" says what they are, no label needed."""
    run: list[int] = []
    for i in range(story.last + 1, min(len(blocks), story.last + 1 + _ENOUGH)):
        block = blocks[i]
        text = block.text.strip()
        tagged = block.label is Label.BOILERPLATE and text[:1] == "#" and text[1:2].isalnum()
        if tagged and _tag_like(text[1:]):
            run.append(i)
            continue
        if len(run) >= _MIN_HASHTAGS:
            break
        run = []
    return _tags((blocks[i].text for i in run), set(run)) if len(run) >= _MIN_HASHTAGS else None


@cache
def _labels() -> tuple[str, ...]:
    """The labels of a tag list in every language (an Indonesian page may say "Tags"), longest
    first: "topik terkait" before "topik", "tags / keywords" before "tags"."""
    phrases = {
        phrase.rstrip(":")
        for code in LANGUAGES
        for kind in (lexicon(code).boilerplate.starts, lexicon(code).boilerplate.exact)
        for phrase in kind.get(BoilerplateKind.TAGS, ())
    }
    return tuple(sorted(phrases, key=len, reverse=True))


def _after_label(text: str, labels: tuple[str, ...]) -> str | None:
    """What follows a tag label opening `text` ("Tags: a, b" gives "a, b"; "Tag" gives ""), or
    None when no label opens it."""
    # The head alone: a huge line is not lowercased whole (a transient of 14 bytes a character).
    lowered = text[: len(labels[0]) + 1].lower() if labels else ""
    for label in labels:
        if lowered.startswith(label):
            rest = text[len(label) :]
            if rest[:1].isalnum():
                continue  # "Tagihan ...": a word that starts like the label
            return rest.strip(" :\t\n")
    return None


def _line_pieces(block: Block, line: str) -> list[str]:
    """The tags of a listed line: a link is one tag, commas and all ("Business, Economics and
    Finance"); a line of text may list several."""
    href = block.attrs.get("href")
    # One link, wholly: "Dark Mode, leaderboards, Strava" is three links and the commas between.
    whole = block.link_density >= 1.0
    if href and whole and line == block.text.strip() and _tag_like(line, _MAX_LISTED_WORDS):
        # "Reuse this content" is a link too; "Facebook" linked to a topic page is a tag.
        other = line.lower().strip(_EDGE) in _other_phrases(labels=True)
        return [] if other and not _TAG_PATH.search(href) else [line]
    return _pieces(line)


def _split(line: str) -> list[str]:
    return _SEPARATORS.split(line, _MAX_TAGS)[:_MAX_TAGS]


def _pieces(text: str, words: int = _MAX_TAG_WORDS) -> list[str]:
    """The tags a line or a block lists, without the labels among them ("Keywords:", "More on",
    "Email link") nor before them ("Published under: 2024 Election")."""
    pieces = (_LABELLED.sub("", piece) for piece in _split(text))
    other = _other_phrases(labels=True)
    return [
        piece
        for piece in pieces
        if piece and _tag_like(piece, words) and piece.lower().strip(_EDGE) not in other
    ]


#: A label before a tag in one item: "Published under: 2024 Election".
_LABELLED = re.compile(r"^[^:]{1,30}:\s+(?=\S)")
_EDGE = " :|-"


@cache
def _other_phrases(labels: bool = False) -> frozenset[str]:
    """Every language's lines of boilerplate other than a tag list's ("More on", "Share"), and
    with `labels` a tag list's labels too ("Related topics"): the lines no tag is."""
    return frozenset(
        phrase.strip(_EDGE)
        for code in LANGUAGES
        for kind, phrases in lexicon(code).boilerplate.exact.items()
        if labels or kind is not BoilerplateKind.TAGS
        for phrase in phrases
    )


def _listed(blocks: list[Block], start: int, story: _Story) -> list[tuple[int, str]]:
    """The lines listed after a label alone, with their blocks: the short lines of the
    boilerplate blocks right after it, up to the first that is no tag (a copyright line, a
    sentence, another list's heading, a line naming the page's own outlet or author)."""
    found: list[tuple[int, str]] = []
    named = 0  # the lines with a word in them ("," parts AP's tags)
    marked = False  # whether markup has named an item a tag
    for i in range(start, len(blocks)):
        block = blocks[i]
        if _button_by_each(blocks, i):
            continue  # a copied button beside each item: "Wildfires" / "Follow"
        if block.label is not Label.BOILERPLATE or not _listed_kind(block, bool(found)):
            break
        if block.tag in _HEADINGS and block.kind is not BoilerplateKind.TAGS:
            # The next box's heading ("Apresiasi Spesial" under a tag box); when lists of links
            # follow it too, the label heads one section of a menu ("Topics", "TV Programs").
            listed = blocks[i + 1 : i + 1 + _MIN_UNLABELLED]
            menu = len(listed) == _MIN_UNLABELLED and all(b.tag == "li" for b in listed)
            return [] if menu else found
        if block.tag is not None and marked and block.kind is not BoilerplateKind.TAGS:
            return found  # past the items markup names tags: the next box (an author's bio)
        if (
            found
            and block.tag != "li"
            and block.kind is not BoilerplateKind.TAGS
            and _LETTERS.search(block.text)
            and all(blocks[j].tag == "li" for j, _ in found)
        ):
            return found  # past a list's items: the next box's title ("Konten Premium")
        marked = marked or block.kind is BoilerplateKind.TAGS
        lines = [line.strip() for line in block.text.splitlines() if line.strip()]
        if not lines or any(not all(map(_tag_like, _split(line))) for line in lines):
            break
        if found and all(t[:1] == "#" for _, t in found) and lines[0][:1] != "#":
            break  # past "#Banjir" / "#BPBD DKI": "Editorial Team", the next box's heading
        if any(story.own.named(line, story) for line in lines):
            if found:
                break
            continue  # the writer first among topics to follow (The Globe and Mail)
        found.extend((i, line) for line in lines)
        named += sum(bool(_LETTERS.search(line)) for line in lines)
        if named > _MAX_LISTED_LINES or len(found) > 2 * _MAX_LISTED_LINES:
            return []  # a menu under a "Topics" heading, not a story's tags
    return found


def _button_by_each(blocks: list[Block], i: int) -> bool:
    """Whether line `i` is a button a copied list repeats beside each item, every other line
    ("Wildfires" / "Follow" / "Federal government" / "Follow")."""
    block = blocks[i]
    if block.kind is not BoilerplateKind.UI or block.reason != _PHRASE or block.tag is not None:
        return False
    return any(0 <= j < len(blocks) and blocks[j].text == block.text for j in (i - 2, i + 2))


def _buttonless(listed: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines listed without the button after each item ("UK companies" / "Add to myFT"): a
    list names a tag once, so a line it shows again is no tag."""
    seen = Counter(line for _, line in listed)
    if len(seen) == len(listed):
        return listed
    return [(i, line) for i, line in listed if seen[line] == 1]


def _listed_kind(block: Block, going: bool) -> bool:
    # A tag of several words linked at the article's end, once the list is `going`, was taken
    # for one of its trailing links ("Dinas Perdagangan Kota Semarang" after "Ramadan 2025").
    return block.kind in _LISTED_KINDS or (going and block.reason == _TRAILING_LINKS)


def _marked(blocks: list[Block]) -> Tags | None:
    """The items of the page's tag list where markup names it and no label line heads it: the
    short texts of the blocks the markup gave kind `tags` (headings aside), else a run of links
    to the site's tag pages ("/tag/new-jersey", "/topic/road-safety"). One link alone is not
    a list: a "Purchase Licensing Rights" link may sit in a box named for tags."""
    found: list[str] = []
    at: set[int] = set()
    # A page lists its "trending topics" above the story, its own tags below it.
    start = next((i for i, b in enumerate(blocks) if b.label is Label.TITLE), 0)
    other = False  # in a list another label heads: "TRENDING:" in a box named "topics"
    for i in range(start, len(blocks)):
        block = blocks[i]
        if block.kind is not BoilerplateKind.TAGS:
            other = False
            if found:
                break  # the first list only
            continue
        if block.text.lower().strip(_EDGE) in _other_phrases():
            other = True
        if other or block.tag in _HEADINGS or not _BOX_TITLE.isdisjoint(block.classes.split()):
            continue  # the box's heading, as a heading or named so: "article-tags__title"
        pieces = _pieces(block.text, _MAX_LISTED_WORDS)
        if pieces:
            found.extend(pieces)
            at.add(i)
        elif found:
            break
        if len(found) >= _ENOUGH:
            break
    if len(found) < 2:
        found, at = _tag_links(blocks)
    return _tags(found, at) if len(found) >= 2 else None


#: Class words of a box's own heading.
_BOX_TITLE = frozenset({"title", "heading", "header", "label", "judul"})
#: A link to a site's page of a tag or topic: a path segment that says so.
_TAG_PATH = re.compile(r"/(?:tags?|topics?|topik|tema|label)/[^/?#]", re.I)


def _tag_links(blocks: list[Block]) -> tuple[list[str], set[int]]:
    """The first run of neighbouring link blocks to tag pages, two at least, that no label of
    another list heads ("Trending")."""
    links = [
        i
        for i, b in enumerate(blocks)
        if (href := b.attrs.get("href")) and _TAG_PATH.search(href) and _tag_like(b.text)
    ]
    run: list[int] = []
    for i in [*links, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= 2 and not _heads_other(blocks, run[0] - 1):
            return [blocks[j].text for j in run], set(run)
        run = [i]
    return [], set()


def _heads_other(blocks: list[Block], at: int) -> bool:
    return at >= 0 and blocks[at].text.lower().strip(_EDGE) in _other_phrases()


def _unlabelled(story: _Story) -> Tags | None:
    """A list of tags no label heads, on copied text: after the story's last paragraph, a run of
    short lines, most of them in the story's own words."""
    blocks, last = story.blocks, story.last
    if last < 0:
        return None
    run: list[int] = []
    end = min(len(blocks), last + 1 + _ENOUGH)
    for i in range(last + 1, end + 1):
        if i < end and _listed_line(blocks[i]):
            run.append(i)
            continue
        if (run[0] if run else i) > last + _NEAR:
            return None  # past the story's credits and widgets: the page's own menus
        if len(run) >= _MIN_UNLABELLED:
            topical = _topical(blocks, run, story)
            if topical is not None:
                return topical
        if not run and i < end and _comma_line(blocks[i]):
            # "Bengaluru Traffic, AI Traffic Signals, Bengaluru Traffic Police": one line.
            pieces = _split(blocks[i].text)
            if story.about(pieces) and all(map(story.on_topic, pieces)):
                return _tags(pieces, {i})
        run = []
    return None


def _comma_line(block: Block) -> bool:
    """A short line of a few short phrases parted by commas, and nothing else."""
    text = block.text
    if block.label is not Label.BOILERPLATE or block.kind not in _LISTED_KINDS:
        return False
    if text.count(",") < _MIN_UNLABELLED - 1 or len(text) > _MAX_COMMA_LINE_CHARS:
        return False
    return all(piece and _tag_like(piece) and not piece[:1].isdigit() for piece in _split(text))


def _listed_line(block: Block) -> bool:
    text = block.text
    return (
        block.tag is None
        and block.label is Label.BOILERPLATE
        and block.kind in _LISTED_KINDS
        and "\n" not in text
        # "1 tsp cinnamon", "%165 votes", "Email: ...", "Nature 647, 20-23": other lists' lines.
        and not text[:1].isdigit()
        and not any(c in text for c in _NOT_IN_TAGS)
        and _tag_like(text)
        and text.lower().strip(_EDGE) not in _other_phrases(labels=True)
    )


def story_words(texts: Iterable[str]) -> str:
    """A story's paragraphs as their words alone (runs of a to z, casefolded), a space before
    and after each: what `told` looks words up in. Its first `_STORY_CHARS` characters are
    enough to know its topics, and bound each look-up on a huge page. Each paragraph is made
    words alone by itself, so that what is held at once is the words, one byte a character."""
    parts: list[str] = []
    size = 0
    for text in texts:
        if size >= _STORY_CHARS:
            break
        parts.append(a_to_z(text[: _STORY_CHARS - size].casefold()))
        size += len(parts[-1])
    return " ".join(["", *parts, ""])


def told(
    line: str, spaced: str, lex: Lexicon, *, every: bool = True, but: int = 0
) -> bool:
    """Whether every word of `line` that says something (with `every=False`, one of them; with
    `but`, all but that many of two or more) is a word of a story's `story_words`: a short one
    as it is, a longer one by its first letters ("Floods" is the story's "flooding").

    >>> from warta.lang import lexicon
    >>> story = story_words(["Flooding hit Bogor as the river rose."])
    >>> told("Banjir Bogor", story, lexicon("id")), told("Floods in Bogor", story, lexicon("en"))
    (False, True)
    >>> told("Banjir Bogor", story, lexicon("id"), every=False)
    True
    """
    stop = lex.stopwords
    words = [w for w in a_to_z(line.casefold()).split() if len(w) > 2 and w not in stop]
    found = (_stem(w) in spaced for w in words)
    if but:
        return len(words) >= 2 and sum(found) >= len(words) - but
    return bool(words) and (all(found) if every else any(found))


def _stem(word: str) -> str:
    """What a story's text holds where it has `word`: " nhs " whole, " floo" as a start."""
    return f" {word} " if len(word) <= _SHORT else f" {word[: min(len(word) - 1, _STEM)]}"


def _topical(blocks: list[Block], run: list[int], story: _Story) -> Tags | None:
    """The lines of a run from the first in the story's words, when enough of them are."""
    lines = [blocks[i].text for i in run]
    # From the first in the story's words, a menu's item too: a "Hot Issue" above the story
    # may be its first tag ("Pemutihan Pajak"). Most of them must be no menu's (`about`).
    on = [story.told(line) for line in lines]
    if True not in on:
        return None
    first = on.index(True)
    if len(run) - first < _MIN_UNLABELLED or not story.about(lines[first:]):
        return None
    tags = _tags(lines[first:], set(run[first:]))
    return tags if tags is not None and len(tags.names) >= _MIN_UNLABELLED else None


def _tag_like(line: str, words: int = _MAX_TAG_WORDS) -> bool:
    return (
        len(line.split()) <= words
        and (len(line) <= _MAX_WORD_CHARS or " " in line.strip())
        # Nor a paid edition's link: "Rappler+", "Artikel Kompas.com+".
        and not line.endswith((".", "!", "?", ":", "+"))
        and not _COUNT.match(line)
    )


def _tags(found: Iterable[str], at: set[int]) -> Tags | None:
    names = _unique(found)[:_MAX_TAGS]
    return Tags(names, frozenset(at)) if names else None


def _unique(tags: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for tag in (t.strip(" \t\u200b,;").lstrip("#").strip() for t in tags):
        key = tag.lower()
        # Two letters, or a letter and a digit ("5g", "G20"); not "1" or a lone "A".
        if (_LETTERS.search(tag) or _ALNUM.match(tag)) and key not in seen:
            seen.add(key)
            out.append(tag)
    return out
