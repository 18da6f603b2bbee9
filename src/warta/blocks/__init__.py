"""Blocks: the units a page is cut into before classification (text lines or DOM blocks)."""

from __future__ import annotations

from warta.blocks.model import Block, Label
from warta.ingest import Kind, Page
from warta.options import Options

__all__ = ["Block", "Label", "segment"]


def segment(page: Page, options: Options) -> list[Block]:
    """Cut a page into blocks in reading order."""
    if page.kind is Kind.HTML:
        from warta.blocks.dom import dom_blocks

        return dom_blocks(page, options)
    from warta.blocks.text import text_blocks

    return text_blocks(page.text)
