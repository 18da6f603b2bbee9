"""Pagination of a story split over pages.

Copied page links run together: "Halaman" then "12" means pages 1 and 2, "12345678910" pages
1 to 10. "Halaman 2 dari 3" / "Page 2 of 3" says it outright. Which page this is comes from the
URL when known ("?page=2"), else from the links: no "previous" link means the first page, a
"previous" link without a "next" one the last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import parse_qs

from warta.blocks import Block, Label
from warta.ingest.urls import split
from warta.lang import LANGUAGES, lexicon
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind, Pagination

__all__ = ["page_links", "read_pagination"]

_MAX_PAGES = 99
#: Page links and "Halaman 2 dari 3" are short; longer lines are not looked at.
_MAX_LINK_CHARS = 60
#: How far a carousel's "Previous" may be from its "Next" (see `_carousel`).
_CAROUSEL_REACH = 8
#: What stands around a pager's word: "« Sebelumnya", "Next ›", "Halaman :".
_AROUND = " :«»‹›<>←→⇐⇒⇦⇨⇰"
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"^\d[\d ]{0,40}$")
_LEADING_DIGITS = re.compile(r"^\d[\d ]{0,40}(?![\d/.,:])")
_STORY = (Label.TITLE, Label.BODY)
_URL_PAGE = re.compile(r"/(?:page|halaman)/?(\d{1,2})/?$", re.IGNORECASE)
#: The most digits of a page number an address gives.
_MAX_PAGE_DIGITS = 3


@dataclass(frozen=True)
class _Words:
    page_word: tuple[str, ...]
    starts: tuple[str, ...]
    of: re.Pattern[str]
    next: frozenset[str]
    previous: frozenset[str]
    #: The same, longest first: "previous page" is looked for before "previous".
    previous_longest: tuple[str, ...]


@cache
def _words(code: str) -> _Words:
    lexicons = [lexicon(code)] + [lexicon(c) for c in LANGUAGES if c != code]
    words = {w for lex in lexicons for w in lex.boilerplate.page_word}
    ofs = {w for lex in lexicons for w in lex.boilerplate.page_of}
    previous = {w for lex in lexicons for w in lex.boilerplate.page_previous}
    alternation = "|".join(re.escape(w) for w in sorted(words))
    of = "|".join(re.escape(w) for w in sorted(ofs))
    return _Words(
        # Longest first: "pages" before "page".
        page_word=tuple(sorted(words, key=len, reverse=True)),
        starts=tuple(words),
        # "Halaman 2 dari 3", "Page 2 of 3", "Halaman 1/2", the links after it or not.
        of=re.compile(
            rf"^(?:{alternation})\s(?P<page>\d{{1,2}})(?:\s(?:{of})\s|\s?/\s?)(?P<pages>\d{{1,2}})(?!\d)",
            re.IGNORECASE,
        ),
        next=frozenset(w for lex in lexicons for w in lex.boilerplate.page_next),
        previous=frozenset(previous),
        previous_longest=tuple(sorted(previous, key=len, reverse=True)),
    )


def page_links(text: str) -> int | None:
    """How many pages run-together page links name: "12" -> 2, "12345678910" -> 10.

    >>> page_links("12"), page_links("12345678910"), page_links("1 2 3"), page_links("2024")
    (2, 10, 3, None)
    """
    digits = text.replace(" ", "")
    expected, at = 1, 0
    while at < len(digits) and expected <= _MAX_PAGES:
        label = str(expected)
        if not digits.startswith(label, at):
            return None
        at += len(label)
        expected += 1
    pages = expected - 1
    return pages if pages >= 2 else None


def read_pagination(
    blocks: list[Block], lex: Lexicon, url: str | None, *, opened: bool = True
) -> Pagination | None:
    """Which page of how many, or None for a story on one page. `opened`: whether the story's
    first paragraph opens with a dateline, as a paginated story's first page does and its
    later pages, which go on mid-story, do not."""
    words = _words(lex.code)
    pages, has_next, has_previous, stated = None, False, False, None
    marked: int | None = None  # the page a pager's markup marks as shown
    html = bool(blocks) and blocks[0].tag is not None  # only markup marks a page
    # "Sebelumnya" / "Berikutnya" above the headline step through the site's stories.
    start = next((i for i, b in enumerate(blocks) if b.label in _STORY), len(blocks))
    for i, block in enumerate(blocks):
        # Only the pagination widget's lines, and "Halaman 2 dari 3" (which no phrase marks).
        if len(block.text) > _MAX_LINK_CHARS or block.label is not Label.BOILERPLATE:
            continue
        lowered = block.text.lower().strip(_AROUND)
        # A pager's links whose markup marks the page shown are a pager, whatever its kind.
        pager = block.kind is BoilerplateKind.PAGINATION or (html and "page" in block.attrs)
        if not pager and not (
            lowered.startswith(words.starts) or _after_previous(lowered, words) is not None
        ):
            continue  # "« Sebelumnya", which no phrase marks for its arrow
        of = words.of.match(lowered)
        if of:
            stated = (int(of["page"]), int(of["pages"]))
        marked = marked or (_marked_page(blocks, i) if html else None)
        pages = _links_after(blocks, i, lowered, words) or pages
        if pager and (leading := _LEADING_DIGITS.match(lowered)):
            pages = page_links(leading[0]) or pages  # "‹ 1 2 3 › Tampilkan Semua"
            if _DIGITS.match(lowered) and not (i and _DIGITS.match(blocks[i - 1].text)):
                pages = _links(blocks, i) or pages  # the pager's links a line each: "1", "2"
        if i > start and not _carousel(blocks, i, lowered, words):
            # A pager's links in one block: "Halaman Sebelumnya 1 2 3 Selanjutnya".
            paged = pager or _pager_shaped(lowered, words)
            tokens = lowered.split() if paged and _DIGIT.search(lowered) else [lowered]
            has_next = has_next or not words.next.isdisjoint(tokens)
            has_previous = has_previous or not words.previous.isdisjoint(tokens)
    if stated and 1 <= stated[0] <= stated[1]:
        return Pagination(page=stated[0], pages=stated[1])
    if pages is None and not has_previous:
        return None
    page = (
        _page_from_url(url)
        or (marked if marked is not None and (pages is None or marked <= pages) else None)
        or _page_after_slug(url, pages)
        or _page_from_links(pages, has_next, has_previous, opened)
    )
    if pages is not None and page > pages:
        pages = None
    return Pagination(page=page, pages=pages)


def _marked_page(blocks: list[Block], i: int) -> int | None:
    """The page the pager's markup marks as shown, on its line or on the links a line each
    under it (`warta.blocks.dom` keeps it as the block's "page")."""
    for block in blocks[i : i + _MAX_PAGES + 1]:
        page = block.attrs.get("page")
        if page is not None:
            return int(page) or None
        if block is not blocks[i] and not _DIGITS.match(block.text.strip(_AROUND)):
            break
    return None


def _pager_shaped(lowered: str, words: _Words) -> bool:
    """Whether a block is only a pager's links, whatever kind it was given: page numbers, two at
    least, and "previous" and "next" words, after the pager's word or not ("Previous 1 2 3
    Next", a box of trailing links to the markup; not a gallery's "Previous 1 Next")."""
    tokens = lowered.split()
    if tokens and tokens[0].rstrip(":") in words.page_word:
        tokens = tokens[1:]  # "Halaman 1 2 3 Selanjutnya": the pager's word before its links
    steps = words.next | words.previous
    numbers = sum(t.isdigit() for t in tokens)
    return numbers >= 2 and all(t.isdigit() or t in steps for t in tokens)


def _carousel(blocks: list[Block], i: int, lowered: str, words: _Words) -> bool:
    """Whether a "Previous" or "Next" line steps through a carousel of other stories: its
    counterpart a few lines on, with headlines between them, not page links."""
    if lowered in words.previous:
        counterparts, step = words.next, 1
    elif lowered in words.next:
        counterparts, step = words.previous, -1
    else:
        return False
    between = 0
    j = i + step
    while 0 <= j < len(blocks) and abs(j - i) <= _CAROUSEL_REACH:
        text = blocks[j].text.lower().strip(" :")
        if text in counterparts:
            return between > 0
        if not _DIGITS.match(text):
            between += 1
        j += step
    return False


def _links_after(blocks: list[Block], i: int, lowered: str, words: _Words) -> int | None:
    """How many pages the links after a page word name: on its line ("Halaman : 1 2"), on the
    next line run together ("12"), or a line each ("1", "2"), a "previous" link between or
    not ("Halaman:" / "Sebelumnya" / "12"); or the links after a "previous" link alone ("«
    Sebelumnya" / "1" / "2" / "3")."""
    word = next((w for w in words.page_word if lowered.startswith(w)), None)
    if word is None:
        rest = _after_previous(lowered, words)
        if rest is None:
            return None
        if not rest:
            return _links(blocks, i + 1)
        leading = _LEADING_DIGITS.match(rest)  # "« Sebelumnya 1 2": the links on its line
        return page_links(leading[0]) if leading else None
    rest = lowered[len(word) :].strip(" :")
    previous = _after_previous(rest, words)
    rest = previous if previous else rest  # "Halaman Sebelumnya 1 2 3 Selanjutnya"
    if rest.strip(_AROUND) in words.next:
        return _links(blocks, i + 1, words)  # "Halaman selanjutnya ⇰" / "12Selanjutnya"
    if rest:
        # "Halaman : 1 2 Show All", "Halaman 1 2 Selanjutnya": the links, then other words.
        leading = _LEADING_DIGITS.match(rest)
        return page_links(leading[0]) if leading else None
    start = i + 1
    if start < len(blocks) and blocks[start].text.lower().strip(_AROUND) in words.previous:
        start += 1
    return _links(blocks, start, words)  # "Halaman" / "12Selanjutnya »" too


def _links(blocks: list[Block], start: int, words: _Words | None = None) -> int | None:
    """How many pages the links from line `start` name: a line each or run together, between
    arrows ("«123»"), or run into the next page's link ("12Selanjutnya", with `words`)."""
    links = []
    for block in blocks[start : start + _MAX_PAGES]:
        text = block.text.strip(_AROUND)
        if _DIGITS.match(text):
            links.append(text)
            continue
        leading = _LEADING_DIGITS.match(text)
        tail = text[leading.end() :].strip(_AROUND).lower() if leading else ""
        if words is not None and not links and leading and tail in words.next:
            links.append(leading[0])
        break
    return page_links(" ".join(links)) if links else None


def _after_previous(lowered: str, words: _Words) -> str | None:
    """What follows a "previous" link opening the line ("" for the link alone), or None."""
    for word in words.previous_longest:
        if lowered.startswith(word) and not lowered[len(word) : len(word) + 1].isalnum():
            return lowered[len(word) :].strip(_AROUND)
    return None


def _page_from_url(url: str | None) -> int | None:
    parts = split(url) if url else None
    if parts is None:
        return None
    values = parse_qs(parts.query).get("page")
    # ASCII digits, a few: "²" is a digit to `isdigit` and no number to `int`, and `int` reads
    # no more than 4,300 digits.
    value = values[0] if values else ""
    if len(value) <= _MAX_PAGE_DIGITS and value.isascii() and value.isdigit():
        return int(value) or None
    match = _URL_PAGE.search(parts.path)
    return int(match[1]) or None if match else None


def _page_after_slug(url: str | None, pages: int | None) -> int | None:
    """The page a number after the story's slug names, WordPress's ".../sea-lane-gambit/2/",
    when the pager shows that many pages (a number closing any other address may be a day)."""
    parts = split(url) if url and pages else None
    if parts is None or pages is None:
        return None
    *_, slug, number = ["", "", *parts.path.rstrip("/").split("/")]
    if not (len(number) <= _MAX_PAGE_DIGITS and number.isascii() and number.isdigit()):
        return None
    if "-" not in slug or not any(c.isalpha() for c in slug):
        return None  # ".../2025/03/05": a day
    page = int(number)
    return page if 1 <= page <= pages else None


def _page_from_links(pages: int | None, has_next: bool, has_previous: bool, opened: bool) -> int:
    if not has_previous and (opened or has_next or pages is None):
        return 1
    if not has_previous:
        # A pager that shows neither a "previous" nor a "next" link ("Halaman: 1 2 Show All",
        # "«123»"), over a story going on mid-way with no dateline: a later page, the second
        # (of two, the last), which the page does not say more about.
        return 2
    if not has_next and pages is not None:
        return pages
    # A "previous" link and a "next" one: a middle page, at least the second.
    return 2
