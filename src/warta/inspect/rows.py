"""Lay the record's paragraphs over the page's blocks, so the report shows one reading order.

Field readers may reshape a body block before it becomes a paragraph (a dateline kept, a trailing
"(ams/idh)" cut, two lines joined), so a paragraph is looked up *inside* the text of the next body
blocks rather than compared for equality. A paragraph found nowhere verbatim is still shown, in
order, as a row of its own: the report must never hide part of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.blocks.model import Block, Label
from warta.records import Article

#: Labels whose blocks can hold article paragraphs.
_BODY_LABELS = frozenset({Label.BODY, Label.HEADING})
#: How many paragraphs may be missing verbatim before the one a block holds; further off, a
#: match is more likely a repeated sentence than the same paragraph.
_LOOKAHEAD = 4


@dataclass(frozen=True)
class Part:
    """A stretch of a row's text: paragraph `paragraph` of the article, or text outside it."""

    text: str
    paragraph: int | None = None


@dataclass(frozen=True)
class Row:
    """One line of the report: a page block, or a paragraph found in no block (`block` None)."""

    block: Block | None
    parts: tuple[Part, ...]


def _find_next(text: str, paragraphs: Sequence[str], first: int) -> tuple[int, int] | None:
    """The first of the next few non-empty paragraphs found in `text`: (paragraph, position)."""
    for index in range(first, min(first + _LOOKAHEAD + 1, len(paragraphs))):
        paragraph = paragraphs[index]
        at = text.find(paragraph) if paragraph else -1
        if at >= 0:
            return index, at
    return None


def _body_row(block: Block, paragraphs: Sequence[str], first: int) -> tuple[list[Row], int]:
    """A body block's row, preceded by rows for paragraphs skipped before its first match."""
    rows: list[Row] = []
    parts: list[Part] = []
    rest, nxt = block.text, first
    while (hit := _find_next(rest, paragraphs, nxt)) is not None:
        index, at = hit
        rows += [Row(None, (Part(paragraphs[i], i),)) for i in range(nxt, index)]
        if at:
            parts.append(Part(rest[:at]))
        parts.append(Part(paragraphs[index], index))
        rest, nxt = rest[at + len(paragraphs[index]) :], index + 1
    if rest.strip() or not parts:
        parts.append(Part(rest))
    return [*rows, Row(block, tuple(parts))], nxt


def align(blocks: Sequence[Block], paragraphs: Sequence[str]) -> list[Row]:
    """Every block in order, with the paragraphs placed where their text sits.

    >>> blocks = [Block(0, "Menu"), Block(1, "Jakarta - Hujan turun.", Label.BODY)]
    >>> [[(p.text, p.paragraph) for p in r.parts] for r in align(blocks, ["Hujan turun."])]
    [[('Menu', None)], [('Jakarta - ', None), ('Hujan turun.', 0)]]
    """
    rows: list[Row] = []
    nxt = 0
    for block in blocks:
        if block.label in _BODY_LABELS:
            found, nxt = _body_row(block, paragraphs, nxt)
            rows += found
        else:
            rows.append(Row(block, (Part(block.text),)))
    rows += [Row(None, (Part(paragraphs[i], i),)) for i in range(nxt, len(paragraphs))]
    return rows


def record_rows(article: Article) -> list[Row]:
    """Rows from the record alone (no page at hand): the paragraphs, then what was removed."""
    rows = [Row(None, (Part(p, i),)) for i, p in enumerate(article.paragraphs)]
    for index, removed in enumerate(article.boilerplate):
        block = Block(index, removed.text, Label.BOILERPLATE, removed.kind, "from the record")
        rows.append(Row(block, (Part(removed.text),)))
    return rows
