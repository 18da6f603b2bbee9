"""Fields: the record's values read from labelled blocks and page metadata.

Each field is a chain of candidates in order of precedence, the first present value winning and
its source recorded in `Article.sources`. What the reader sees beats what the page declares for
people and times (a visible byline over meta authors, a visible time over a machine time); the
page's metadata fills what the visible page lacks. To change an order, reorder a chain below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from warta.blocks import Block, Label
from warta.blocks.spaces import a_to_z
from warta.fields.body import read_paragraphs
from warta.fields.dateline import own_outlet, read_dateline
from warta.fields.images import html_images, read_images
from warta.fields.meta import (
    MetaFields,
    joint_byline,
    markup_bylines,
    not_the_site,
    read_meta,
    reconcile_people,
    reconcile_time,
)
from warta.fields.moments import RELATIVE, read_moments
from warta.fields.pagination import read_pagination
from warta.fields.people import merge_people, read_people
from warta.fields.tags import Tags, copyright_holders, read_tags
from warta.fields.title import headline_heading, read_description, read_title
from warta.fields.zones import home_zone
from warta.ingest import Kind, Page
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind, Dateline, Pagination, Role

__all__ = ["Fields", "read_fields"]

T = TypeVar("T")

#: The letters a tag's word needs to name a topic: "longsor", not "of" or "di".
_TOPIC_CHARS = 4


@dataclass(frozen=True)
class Fields:
    """Everything of the Article that comes from blocks and metadata (not quotes or figures)."""

    values: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    #: The boilerplate blocks' texts and kinds, side by side: 16 bytes a block through quotes
    #: and figures, where a dict a block held another 90 (on a copied page, six bytes per input
    #: byte). `boilerplate()` gives them to the Article.
    boilerplate_texts: list[str] = field(default_factory=list)
    boilerplate_kinds: list[BoilerplateKind] = field(default_factory=list)

    def boilerplate(self) -> Iterator[dict[str, Any]]:
        """The boilerplate as plain dicts, validated by the Article in one pass (building a
        hundred Boilerplate models one by one took a fifth of the time of reading a page), made
        one at a time as it validates them."""
        for text, kind in zip(self.boilerplate_texts, self.boilerplate_kinds, strict=True):
            yield {"text": text, "kind": kind}


def first(*candidates: tuple[T | None, str | None]) -> tuple[T | None, str | None]:
    """The first candidate with a value (not None, not empty), and its source.

    >>> first((None, "visible"), ("Judul", "og"))
    ('Judul', 'og')
    """
    for value, source in candidates:
        if value:
            return value, source
    return None, None


def _home_zone(
    meta: MetaFields, page: Page, blocks: list[Block], dateline: Dateline | None, lex: Lexicon
) -> dt.tzinfo | None:
    """The zone of the times the page prints without one, when it declares no machine time (a
    machine time is exact; a zone guessed from the outlet must not outweigh it)."""
    if isinstance(meta.published, dt.datetime) or isinstance(meta.updated, dt.datetime):
        return None
    names = [meta.outlet] if meta.outlet else []
    outlet = dateline.outlet if dateline else None
    return home_zone(names, page.url or meta.canonical, blocks, outlet, lex)


def _on_the_visible_day(
    machine: dt.date | None,
    visible: dt.date | None,
    meta: MetaFields,
    page: Page,
    blocks: list[Block],
    lex: Lexicon,
) -> dt.date | None:
    """A machine time in another zone (UTC) whose day is not the day the page shows, shown in
    the outlet's zone when that makes it the same day: "2025-03-10T16:05:27+00:00" under
    "March 11, 2025" on a Manila paper is 00:05 on the 11th there. Otherwise as it is."""
    if not isinstance(machine, dt.datetime) or visible is None or isinstance(visible, dt.datetime):
        return machine
    if machine.date() == visible:
        return machine
    names = [meta.outlet] if meta.outlet else []
    zone = home_zone(names, page.url or meta.canonical, blocks, None, lex)
    if zone is None:
        return machine
    local = machine.astimezone(zone)
    return local if local.date() == visible else machine


def _shown_in_page(blocks: list[Block]) -> Callable[[str], bool]:
    """Whether a name is written on the page (in any block), casefolded; the page's text is
    put together only when asked."""
    text: list[str] = []

    def shown(name: str) -> bool:
        if not text:
            text.append("\n".join(b.text for b in blocks).casefold())
        return name.casefold() in text[0]

    return shown


def read_fields(blocks: list[Block], page: Page, lex: Lexicon, options: Options) -> Fields:
    """Read every field of the record from the labelled blocks, chained with page metadata."""
    meta = read_meta(page, lex)
    blocks = headline_heading(blocks, meta.title)
    paragraphs = read_paragraphs(blocks)
    dateline = own_outlet(read_dateline(paragraphs[0], lex) if paragraphs else None, meta.outlet)
    outlets = [*meta.outlets, *([dateline.outlet] if dateline and dateline.outlet else [])]
    # A copied page declares no site name: its copyright line names the outlet.
    owners = outlets + copyright_holders(blocks) if page.kind is Kind.TEXT else outlets
    people = read_people(blocks, lex, owners)
    zone = _home_zone(meta, page, blocks, dateline, lex)
    moments = read_moments(blocks, lex, options, page.fetched, zone)
    # A relative time ("5 hours ago") is approximate: a machine time is better; it only gives a
    # bare machine date (a URL's) its time of day.
    exact = isinstance(meta.published, dt.datetime) and moments.source == RELATIVE
    published = meta.published if exact else reconcile_time(meta.published, moments.published)
    time_seen = published is not None and published is moments.published
    # A machine time in UTC is shown in the zone of the page's own visible times ("Updated
    # 6:42 PM EDT"): the same instant, as the reader sees it.
    shown = next(
        (m.tzinfo for m in (moments.published, moments.updated) if isinstance(m, dt.datetime)),
        None,
    )
    published = _shown_in(published, shown)
    if shown is None and published is meta.published:
        published = _on_the_visible_day(published, moments.published, meta, page, blocks, lex)
    seen_update = (moments.updated, RELATIVE if moments.updated_relative else "visible")
    machine_update = (meta.updated, _src(meta, "updated"))
    # A visible byline wins; a JSON-LD author the byline names as editor is the editor.
    bylined = people.authors or markup_bylines(blocks, lex)
    authors, editors, visible = reconcile_people(
        bylined + people.editors, meta.authors, meta.editors, owners, _shown_in_page(blocks)
    )
    if not visible and (writers := joint_byline(authors, people.joint)) is not None:
        authors, visible = writers, True  # the metadata named the first of the byline's writers
    # Reporters ("Pewarta:", "Reporter:", "Reporting by") are authors of the story too.
    reporters = [p for p in bylined if p.role is Role.REPORTER]
    authors = not_the_site(merge_people(authors + reporters), meta.outlet)
    tags = read_tags(blocks, lex, outlets, [p.name for p in authors if p.name])

    chains: dict[str, tuple[Any, str | None]] = {
        # The declared headline that agrees with the visible <h1> (fields.meta.choose_title);
        # on page text nothing is declared and the visible title stands.
        "title": first((meta.title, _src(meta, "title")), (read_title(blocks), "visible")),
        "description": first(
            (read_description(blocks), "visible"), (meta.description, _src(meta, "description"))
        ),
        "authors": (authors, "visible" if visible or reporters else _src(meta, "authors")),
        "editors": (editors, "visible" if people.editors else _src(meta, "editors")),
        # The machine time is exact unless it shows the visible clock time in another zone (WIB
        # labelled "Z"); a visible time refines a bare machine date of the same day.
        "published": (published, moments.source if time_seen else _src(meta, "published")),
        "updated": _updated(
            published,
            seen_update,
            (_shown_in(meta.updated, shown), machine_update[1]),
            moments.updated_relative,
        ),
        "outlet": first(
            (dateline.outlet if dateline else None, "dateline"), (meta.outlet, _src(meta, "outlet"))
        ),
        "tags": _tags(tags, (meta.tags, _src(meta, "tags"))),
    }
    values: dict[str, Any] = {name: value for name, (value, _) in chains.items()}
    sources = {name: source for name, (value, source) in chains.items() if value and source}
    values.update(
        url=meta.canonical or page.url,
        contributors=people.contributors,
        dateline=dateline,
        images=(
            html_images(blocks, meta.images, lex)
            if page.kind is Kind.HTML
            else read_images(blocks, lex) + meta.images
        ),
        # The page's own address says which page it is ("?page=2"), or its canonical one.
        pagination=_pagination(
            read_pagination(blocks, lex, page.url or meta.canonical, opened=dateline is not None),
            meta.next_url,
        ),
        sources=sources,
    )
    values = {k: v for k, v in values.items() if v is not None}
    texts, kinds = removed_blocks(blocks, tags.blocks)
    return Fields(values, paragraphs, boilerplate_texts=texts, boilerplate_kinds=kinds)


def removed_blocks(
    blocks: list[Block], tags: frozenset[int] = frozenset()
) -> tuple[list[str], list[BoilerplateKind]]:
    """The boilerplate of the page, a run of neighbouring blocks of one kind as one block; the
    blocks at `tags` list the page's tags, whatever kind their line alone was given.

    A menu copied from a page is a line per item, a share bar a line per network: each run is
    one removed block (its lines joined by a newline), as it was one block on the page. Nothing
    is lost, and a record holds a fifth as many (every one costs about 170 bytes).

    >>> nav, ad = BoilerplateKind.NAVIGATION, BoilerplateKind.ADVERTISEMENT
    >>> page = [Block(0, "Home", Label.BOILERPLATE, nav), Block(1, "News", Label.BOILERPLATE, nav),
    ...         Block(2, "ADVERTISEMENT", Label.BOILERPLATE, ad), Block(3, "Isi.", Label.BODY),
    ...         Block(4, "Home", Label.BOILERPLATE, nav)]
    >>> texts, kinds = removed_blocks(page)
    >>> texts, [kind.value for kind in kinds]
    (['Home\\nNews', 'ADVERTISEMENT', 'Home'], ['navigation', 'advertisement', 'navigation'])
    """
    runs: list[list[str]] = []
    kinds: list[BoilerplateKind] = []
    last = -2
    for at, b in enumerate(blocks):
        if b.label is not Label.BOILERPLATE or not b.kind:
            continue
        kind = BoilerplateKind.TAGS if at in tags else b.kind
        if at == last + 1 and kind is kinds[-1]:
            runs[-1].append(b.text)
        else:
            runs.append([b.text])
            kinds.append(kind)
        last = at
    # A page repeats its boilerplate (a menu above and below the story, "Share" by every
    # picture): equal texts are held once. Not by `sys.intern`: the interpreter's table of
    # interned strings would take every line of every page, and each time it grows it copies
    # itself (2 MB in a process that has imported lxml and dateparser) inside one `extract`.
    held: dict[str, str] = {}
    texts = []
    for lines in runs:
        text = lines[0] if len(lines) == 1 else "\n".join(lines)
        texts.append(held.setdefault(text, text))
    return texts, kinds


def _tags(shown: Tags, declared: tuple[list[str], str]) -> tuple[list[str], str | None]:
    """The tag list the page shows, else the declared keywords. When a page has both and they
    share no word (a page's tags and its keywords are often worded apart: "tanah longsor"
    shown, "longsor banjarnegara" declared), the list read is some other list of links ("Most
    viewed", a menu), and the declared keywords stand; not when each tag shown says it is one
    ("#Scam" beside a declared "scam syndicate")."""
    seen, (keywords, source) = shown.names, declared
    disjoint = _tag_words(seen).isdisjoint(_tag_words(keywords))
    if seen and keywords and not shown.labelled and disjoint:
        return keywords, source
    return (seen, "visible") if seen else declared


def _tag_words(tags: list[str]) -> set[str]:
    """The tags, and those of their words long enough to name a topic."""
    words = (w for tag in tags for w in a_to_z(tag.casefold()).split() if len(w) >= _TOPIC_CHARS)
    return {*map(str.casefold, tags), *words}


def _pagination(seen: Pagination | None, next_url: str | None) -> Pagination | None:
    """The visible pager's page and pages, with the next page's address the page declares.
    <link rel="next"> alone says there is a next page, so this one is not the last; which one it
    is the visible pager says, and without one the first is the likely guess."""
    if seen is None:
        return Pagination(page=1, next_url=next_url) if next_url else None
    if next_url and seen.next_url is None:
        return seen.model_copy(update={"next_url": next_url})
    return seen


def _updated(
    published: dt.date | None,
    seen: tuple[dt.date | None, str],
    machine: tuple[dt.date | None, str | None],
    relative: bool,
) -> tuple[dt.date | None, str | None]:
    """The update time: the visible one reconciled with the machine one as the publication time
    is (a visible "UPDATED : 21 Oct 2024 at 17:10" without a zone takes the machine time of that
    clock time), a relative one only when there is no machine time; none when it is the
    publication time itself, to the second (JSON-LD gives `dateModified` equal to
    `datePublished`). A day alone equal to the publication day is kept: the page says it was
    updated that day."""
    if relative:
        found = first(machine, seen)
    else:
        value = reconcile_time(machine[0], seen[0])
        found = (value, seen[1] if value is seen[0] and value is not None else machine[1])
    same = isinstance(found[0], dt.datetime) and isinstance(published, dt.datetime)
    return (None, None) if same and found[0] == published else found


def _shown_in(moment: dt.date | None, zone: dt.tzinfo | None) -> dt.date | None:
    """`moment` in `zone` when it is a UTC time and the page shows its times in another zone."""
    if zone is None or not isinstance(moment, dt.datetime) or moment.utcoffset() != _UTC:
        return moment
    return moment.astimezone(zone)


_UTC = dt.timedelta(0)


def _src(meta: Any, name: str) -> str:
    return str(meta.sources.get(name, "meta"))
