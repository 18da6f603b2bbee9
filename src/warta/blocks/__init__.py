"""Blocks: the units a page is cut into before classification (text lines or DOM blocks)."""

from __future__ import annotations

from dataclasses import replace

from warta.blocks.model import Block, Label
from warta.ingest import Kind, Page
from warta.lang import identify
from warta.options import Options

__all__ = ["Block", "Label", "identified", "segment"]

#: How much of an HTML page's text its language is told from.
_SAMPLE_CHARS = 20_000


def segment(page: Page, options: Options) -> list[Block]:
    """Cut a page into blocks in reading order."""
    if page.kind is Kind.HTML:
        from warta.blocks.dom import dom_blocks

        return dom_blocks(page, options)
    from warta.blocks.text import text_blocks

    return text_blocks(page.text)


def identified(page: Page, blocks: list[Block]) -> Page:
    """An HTML page with its language told from its blocks' text, the first `_SAMPLE_CHARS`
    characters a reader sees (no scripts, no head), a block a line; its declared language
    (`<html lang>`, og:locale, ...) breaks ties. A text page, identified as it was read, is
    returned as it is.

    >>> from warta.ingest.html import read_html
    >>> page = read_html('<html lang="id"><body><p>The rain fell on the city and the river rose '
    ...                  'over the roads of the old town.</p></body></html>', url=None,
    ...                  options=Options())
    >>> identified(page, segment(page, Options())).language
    'en'
    """
    if page.kind is not Kind.HTML:
        return page
    lines: list[str] = []
    size = 0
    for block in blocks:
        if size >= _SAMPLE_CHARS:
            break
        lines.append(block.text)
        size += len(block.text) + 1
    hint = page.meta.languages[0][0] if page.meta.languages else None
    return replace(page, language=identify("\n".join(lines), hint=hint))
