"""`render()`: one self-contained HTML report of what warta kept, removed and why.

Every string that came from the page, the record or the file system goes through `_e`
(`html.escape`, quotes included) before it touches the markup; nothing of the page's own HTML is
ever embedded, and no URL from the page becomes a link or an image source.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.blocks.model import Block, Label
from warta.inspect.marks import (
    Mark,
    MarkKind,
    article_marks,
    cut,
    first_of_each,
    paragraph_marks,
)
from warta.inspect.rows import Row, align, record_rows
from warta.inspect.style import CSS, SCRIPT, content_security_policy
from warta.options import Options
from warta.records import Article, Person, paragraph_offsets

if TYPE_CHECKING:  # warta.api imports the whole pipeline; the report needs it only when given raw
    from warta.api import Analysis

_KEPT = frozenset({Label.BODY, Label.HEADING})


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _role(label: Label) -> str:
    """What became of a block: kept in the text, read into a field, removed, or left unused.

    Every label that is not body, boilerplate or unknown feeds a field (title, byline, date,
    caption, credit, image, ...), so a label added later is shown as a field without a change here.
    """
    if label in _KEPT:
        return "kept"
    if label is Label.BOILERPLATE:
        return "removed"
    return "unused" if label is Label.UNKNOWN else "field"


def render(
    article: Article,
    raw: str | bytes | None = None,
    *,
    analysis: Analysis | None = None,
    url: str | None = None,
    language: str | None = None,
    options: Options | None = None,
) -> str:
    """The report of `article` as one HTML document.

    With `raw` (the page the article was read from), the page is analysed again to show its
    blocks; with `analysis` (from `warta.analyse`), its blocks are used as they are; with
    neither, the report shows the record alone (paragraphs, then removed boilerplate).

    >>> import warta
    >>> page = "Judul\\n\\nJakarta - Harga cabai naik 20 persen pekan ini, kata pedagang pasar."
    >>> report = render(warta.extract(page), page)
    >>> report.startswith("<!DOCTYPE html>") and "Harga cabai" in report
    True
    """
    if analysis is None and raw is not None:
        from warta.api import analyse

        analysis = analyse(raw, url=url, language=language, options=options)
    if analysis is None:
        rows, blocks = record_rows(article), None
    else:
        rows, blocks = align(analysis.blocks, article.paragraphs), analysis.blocks
    marks = article_marks(article)
    body = (
        _header(article, blocks)
        + '<div class="layout"><main><h2>The page, block by block</h2>'
        + _rows_html(rows, article, marks)
        + "</main>"
        + _panel(article, blocks, marks)
        + "</div>"
    )
    return _document(f"warta inspect: {article.title or 'untitled page'}", body)


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(content_security_policy())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n"
        f"<script>{SCRIPT}</script>\n</body></html>\n"
    )


# -- header ---------------------------------------------------------------------------------


def _stat(count: int, what: str) -> str:
    return f'<span class="stat"><b>{count}</b> {_e(what)}</span>'


def _header(article: Article, blocks: Sequence[Block] | None) -> str:
    removed = (
        sum(b.label is Label.BOILERPLATE for b in blocks)
        if blocks is not None
        else len(article.boilerplate)
    )
    stats = [
        _stat(len(article.paragraphs), "body paragraphs"),
        _stat(removed, "removed blocks"),
        _stat(len(article.quotes), "quotes"),
        _stat(len(article.figures), "figures"),
        _stat(len(article.changes), "changes"),
    ]
    if blocks is not None:
        stats.insert(0, _stat(len(blocks), "page blocks"))
    legend = " ".join(
        f'<span class="chip {role}">{what}</span>'
        for role, what in (
            ("kept", "kept: article text"),
            ("field", "read into a field"),
            ("removed", "removed + kind"),
            ("unused", "unused"),
        )
    )
    marks = (
        '<span class="m m-quote">quote</span> <span class="m m-figure">figure</span> '
        '<span class="m m-change">change</span> <span class="m m-dateline">dateline</span>'
    )
    return (
        f"<header><h1>{_e(article.title or 'Untitled page')}</h1>"
        f"{_glance(article)}"
        f'<div class="summary">{"".join(stats)}</div>'
        f'<p class="legend">{legend} · {marks} · hover a highlight for its details'
        '<label class="toggle"><input type="checkbox" id="hide-removed"> hide removed blocks'
        "</label></p></header>"
    )


def _names(people: Sequence[Person]) -> str:
    return ", ".join(p.name or f"({p.initials})" for p in people)


def _glance(article: Article) -> str:
    """One line under the title with who, where, when and which page: what a reader checks first."""
    pagination = article.pagination
    facts = [
        ("by", _names(article.authors)),
        ("editor", _names(article.editors)),
        ("dateline", article.dateline.text if article.dateline else ""),
        ("published", article.published.isoformat() if article.published else ""),
        ("updated", article.updated.isoformat() if article.updated else ""),
        ("page", f"{pagination.page} of {pagination.pages or '?'}" if pagination else ""),
        ("outlet", article.outlet or ""),
        ("language", article.language or ""),
    ]
    shown = [
        f'<span class="fact"><span class="none">{_e(name)}</span> {_e(value) if value else _none()}'
        "</span>"
        for name, value in facts
        if value or name in ("by", "dateline", "published")
    ]
    return f'<p class="glance">{" · ".join(shown)}</p>'


# -- the page, block by block ---------------------------------------------------------------


#: This many set-aside blocks in a row are folded under one summary line: a portal page's 200
#: navigation links would otherwise push the article several screens down.
FOLD_AT = 8


def _set_aside(row: Row) -> bool:
    return row.block is not None and _role(row.block.label) in ("removed", "unused")


def _runs(rows: Sequence[Row]) -> list[list[Row]]:
    """Rows grouped into runs: set-aside blocks together, every other row alone."""
    runs: list[list[Row]] = []
    for row in rows:
        if runs and _set_aside(row) and all(_set_aside(r) for r in runs[-1]):
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _fold(run: Sequence[Row], inner: str) -> str:
    """A long run of removed blocks as a closed `<details>`, its kinds counted in the summary."""
    kinds = Counter(
        (r.block.kind.value if r.block.kind else r.block.label.value) for r in run if r.block
    )
    first, last = run[0].block, run[-1].block
    span = f"blocks {first.index}–{last.index}" if first and last else ""
    counts = " · ".join(f"{_e(kind)} ×{n}" for kind, n in kinds.most_common())
    return (
        f'<details class="fold"><summary><span class="chip removed">removed</span> '
        f'<b>{len(run)} blocks</b> <span class="none">{span}</span>: {counts}</summary>'
        f"{inner}</details>"
    )


def _rows_html(rows: Sequence[Row], article: Article, marks: Sequence[Mark]) -> str:
    per_paragraph = paragraph_marks(article.paragraphs, marks)
    offsets = _offsets(article.paragraphs)
    out = []
    for run in _runs(rows):
        inner = "\n".join(_row_html(row, per_paragraph, offsets) for row in run)
        out.append(_fold(run, inner) if len(run) >= FOLD_AT else inner)
    return "\n".join(out)


def _offsets(paragraphs: Sequence[str]) -> list[int]:
    return paragraph_offsets(list(paragraphs))


def _row_html(
    row: Row, per_paragraph: Sequence[Sequence[tuple[Mark, int, int]]], offsets: Sequence[int]
) -> str:
    block = row.block
    label = block.label if block is not None else Label.BODY
    role = _role(label)
    classes = f"blk lab-{label.value} {role}" + (" orphan" if block is None else "")
    chips = f'<span class="chip {role}">{_e(label.value)}</span>'
    if block is not None and block.kind is not None:
        chips += f'<span class="chip kind">{_e(block.kind.value)}</span>'
    why = (
        _e(block.reason)
        if block is not None
        else "paragraph of the record, not found verbatim in a page block"
    )
    where = f'<span class="idx">block {block.index}</span>' if block is not None else ""
    ident = f' id="b{block.index}"' if block is not None else ""
    kind = f' data-kind="{_e(block.kind.value)}"' if block is not None and block.kind else ""
    parts = []
    for part in row.parts:
        if part.paragraph is None:
            tag = "span" if len(row.parts) == 1 else "div"
            cls = "" if len(row.parts) == 1 else ' class="outside"'
            parts.append(f"<{tag}{cls}>{_e(part.text)}</{tag}>")
        else:
            index = part.paragraph
            parts.append(_paragraph_html(part.text, index, per_paragraph[index], offsets[index]))
    return (
        f'<section class="{classes}"{ident} data-label="{_e(label.value)}"{kind}>'
        f'<div class="meta">{chips}<span class="why">{why}</span>{where}</div>'
        f'<div class="text">{"".join(parts)}</div>{_attrs(block)}</section>'
    )


def _attrs(block: Block | None) -> str:
    """What a block without words carries (an image's src and alt), as text: never loaded."""
    if block is None or block.text.strip() or not block.attrs:
        return ""
    shown = " · ".join(f"{name}: {value}" for name, value in sorted(block.attrs.items()))
    return f'<div class="attrs">{_e(shown)}</div>'


def _paragraph_html(
    text: str, index: int, marks: Sequence[tuple[Mark, int, int]], offset: int
) -> str:
    pieces = []
    for piece in cut(text, marks):
        inner = _e(piece.text)
        if piece.marks:
            kinds = " ".join(sorted({f"m-{m.kind.value}" for m in piece.marks}))
            refs = " ".join(m.ref for m in piece.marks)
            hover = "\n".join(f"{m.ref}: {m.note}" for m in piece.marks)
            inner = (
                f'<span class="m {kinds}" data-ref="{_e(refs)}" title="{_e(hover)}">{inner}</span>'
            )
        inner += "".join(
            f'<sup class="ref r-{m.kind.value}" data-ref="{_e(m.ref)}">{_e(m.ref)}</sup>'
            for m in piece.closing
        )
        pieces.append(inner)
    # Notes sit under the paragraph where a mark starts, so a reader sees speaker, value and
    # unit without hovering (and without JavaScript).
    starting = [m for m, _, _ in marks if m.lead and offset <= m.start]
    notes = "".join(_note_html(m) for m in starting)
    return (
        f'<p class="para" id="p{index}" data-paragraph="{index}">'
        f'<span class="pno">¶{index + 1}</span>{"".join(pieces)}</p>'
        + (f'<ul class="notes">{notes}</ul>' if notes else "")
    )


def _note_body(mark: Mark) -> str:
    """A mark's details as HTML; a change's "before → after" is drawn old struck, new bold."""
    drawn = []
    for part in mark.note.split(" · "):
        before, arrow, after = part.partition(" → ")
        if mark.tone and arrow:
            drawn.append(
                f'<span class="before">{_e(before)}</span> → <span class="after">{_e(after)}</span>'
            )
        else:
            drawn.append(_e(part))
    return f'<b class="ref r-{mark.kind.value}">{_e(mark.ref)}</b> ' + " · ".join(drawn)


def _tone(mark: Mark) -> str:
    return f' class="tone-{_e(mark.tone)}"' if mark.tone else ""


def _note_html(mark: Mark) -> str:
    return f'<li{_tone(mark)} data-ref="{_e(mark.ref)}">{_note_body(mark)}</li>'


# -- the side panel: the record's fields ------------------------------------------------------


def _none() -> str:
    return '<span class="none">—</span>'


def _value(value: object) -> str:
    return _none() if value is None or value == "" else _e(value)


def _dl(rows: Iterable[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _person(person: Person) -> str:
    name = _e(person.name) if person.name else _none()
    extra = []
    if person.initials:
        extra.append(f"initials {_e(person.initials)}")
    if person.titles:
        extra.append("titles " + _e(", ".join(person.titles)))
    tail = f' <span class="none">({"; ".join(extra)})</span>' if extra else ""
    return f'{name}{tail} <span class="none">· {_e(person.role.value)}</span>'


def _people(people: Sequence[Person]) -> str:
    return "<br>".join(_person(p) for p in people) if people else _none()


def _fields(article: Article) -> str:
    dateline = article.dateline
    pagination = article.pagination
    pages = (
        _e(f"page {pagination.page} of {pagination.pages or '?'}")
        + (f"<br>next: {_e(pagination.next_url)}" if pagination.next_url else "")
        if pagination is not None
        else _none()
    )
    return _dl(
        [
            ("title", _value(article.title)),
            ("description", _value(article.description)),
            ("authors", _people(article.authors)),
            ("editors", _people(article.editors)),
            ("contributors", _people(article.contributors)),
            ("dateline", _value(dateline.text) if dateline else _none()),
            ("· outlet", _value(dateline.outlet) if dateline else _none()),
            ("· location", _value(dateline.location) if dateline else _none()),
            ("published", _value(article.published.isoformat() if article.published else None)),
            ("updated", _value(article.updated.isoformat() if article.updated else None)),
            ("pagination", pages),
            ("outlet", _value(article.outlet)),
            ("language", _value(article.language)),
            ("url", _value(article.url)),
            ("tags", _e(", ".join(article.tags)) if article.tags else _none()),
        ]
    )


def _images(article: Article) -> str:
    # URLs are shown as text, never loaded or linked: the report makes no request and a
    # "javascript:" URL from a hostile page stays inert.
    if not article.images:
        return _none()
    items = []
    for image in article.images:
        given = [("caption", image.caption), ("credit", image.credit), ("alt", image.alt)]
        rows = [("url", _value(image.url))] + [(k, _e(v)) for k, v in given if v]
        items.append(f"<li>{_dl(rows)}</li>")
    return f'<ol class="items">{"".join(items)}</ol>'


def _mark_list(marks: Sequence[Mark], texts: Sequence[str]) -> str:
    """The panel's list of quotes, figures or changes: what the text says, then the details."""
    if not marks:
        return _none()
    items = [
        f'<li{_tone(m)} data-ref="{_e(m.ref)}">“{_e(text)}”<br>{_note_body(m)}</li>'
        for m, text in zip(marks, texts, strict=True)
    ]
    return f'<ol class="items">{"".join(items)}</ol>'


def _clip(text: str, limit: int = 160) -> str:
    """A long quote shortened for the panel; the body shows it whole, highlighted.

    >>> _clip("a" * 200)[-3:], len(_clip("a" * 200))
    ('a …', 160)
    """
    return text if len(text) <= limit else text[: limit - 2].rstrip() + " …"


def _of(marks: Sequence[Mark], kind: MarkKind) -> list[Mark]:
    return first_of_each([m for m in marks if m.kind is kind])


def _counts(counter: Counter[str]) -> str:
    if not counter:
        return _none()
    return _dl((name, str(count)) for name, count in counter.most_common())


def _panel(article: Article, blocks: Sequence[Block] | None, marks: Sequence[Mark]) -> str:
    if blocks is not None:
        labels = Counter(b.label.value for b in blocks)
        kinds = Counter(b.kind.value for b in blocks if b.label is Label.BOILERPLATE and b.kind)
    else:
        labels = Counter()
        kinds = Counter(b.kind.value for b in article.boilerplate)
    sources = (
        _dl((name, _e(source)) for name, source in sorted(article.sources.items()))
        if article.sources
        else _none()
    )
    sections = [
        ("Record", _fields(article)),
        ("Images", _images(article)),
        (
            "Quotes",
            _mark_list(_of(marks, MarkKind.QUOTE), [_clip(q.text) for q in article.quotes]),
        ),
        ("Figures", _mark_list(_of(marks, MarkKind.FIGURE), [f.text for f in article.figures])),
        (
            "Changes",
            _mark_list(
                _of(marks, MarkKind.CHANGE),
                [f"{c.before.text} → {c.after.text}" for c in article.changes],
            ),
        ),
        ("Removed, by kind", _counts(kinds)),
        ("Blocks, by label", _counts(labels)),
        ("Where each value came from", sources),
    ]
    inner = "".join(f"<h3>{_e(name)}</h3>{content}" for name, content in sections)
    return f"<aside><h2>The record</h2>{inner}</aside>"


# -- several pages: the index ---------------------------------------------------------------


@dataclass(frozen=True)
class IndexEntry:
    """One page in `warta inspect DIR`: where its report is, and a few numbers to scan."""

    name: str
    href: str | None  # the report's path relative to the index; None when the page failed
    title: str | None = None
    paragraphs: int = 0
    removed: int = 0
    quotes: int = 0
    figures: int = 0
    error: str | None = None


def render_index(entries: Sequence[IndexEntry]) -> str:
    """An index of several reports, one row per page.

    >>> "a.html" in render_index([IndexEntry("a.txt", "a.html", "Judul", 3, 2)])
    True
    """
    head = "".join(
        f"<th>{h}</th>" for h in ("page", "title", "paragraphs", "removed", "quotes", "figures")
    )
    rows = [f"<tr>{head}</tr>"]
    for entry in entries:
        name = f'<a href="{_e(entry.href)}">{_e(entry.name)}</a>' if entry.href else _e(entry.name)
        title = (
            f'<span class="error">{_e(entry.error)}</span>' if entry.error else _value(entry.title)
        )
        numbers = "".join(
            f'<td class="num">{n}</td>'
            for n in (entry.paragraphs, entry.removed, entry.quotes, entry.figures)
        )
        rows.append(f"<tr><td>{name}</td><td>{title}</td>{numbers}</tr>")
    body = (
        f"<header><h1>warta inspect: {len(entries)} pages</h1></header>"
        f'<table class="index">{"".join(rows)}</table>'
    )
    return _document("warta inspect: index", body)
