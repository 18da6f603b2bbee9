"""Page text to blocks: a copied page has one line per paragraph, menu item or widget."""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.blocks.fold import SINGLE_BLOCKS, folded
from warta.blocks.model import Block, line_block
from warta.blocks.spaces import collapse

_LINE = re.compile(r"[^\n]+")


def text_blocks(text: str) -> list[Block]:
    """One block per non-empty line, spaces collapsed; on a page of thousands of lines, the runs
    of short lines after the first thousands are folded into fewer blocks (`warta.blocks.fold`).

    >>> [b.text for b in text_blocks("Judul\\n\\n  Isi   berita. \\n")]
    ['Judul', 'Isi berita.']
    """
    lines_read = folded(line for line in map(collapse, _lines(text)) if line)
    return [line_block(i, line) for i, line in enumerate(lines_read)]


def _lines(text: str) -> Iterator[str]:
    """The page's lines, each dropped once its block holds its collapsed text: a list of them
    all kept to the end would hold a second copy of the page, and 57 bytes a line, beside the
    blocks."""
    if text.count("\n") >= SINGLE_BLOCKS:
        # Lines enough to fold: not even listed at first (a page of one-letter lines would
        # hold 29 bytes per byte in the list), but found one at a time.
        return map(re.Match.group, _LINE.finditer(text))
    # A page's usual few hundred: split at once in C, each taken out of the list as it is read.
    lines = text.split("\n")
    lines.reverse()
    take = lines.pop
    return (take() for _ in range(len(lines)))
