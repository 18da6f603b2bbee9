"""Page text to blocks: a copied page has one line per paragraph, menu item or widget."""

from __future__ import annotations

from warta.blocks.model import Block, line_block
from warta.blocks.spaces import collapse


def text_blocks(text: str) -> list[Block]:
    """One block per non-empty line, spaces collapsed.

    >>> [b.text for b in text_blocks("Judul\\n\\n  Isi   berita. \\n")]
    ['Judul', 'Isi berita.']
    """
    # The page's lines are taken out of their list as they are read, each dropped once its
    # block holds its collapsed text: the list would otherwise keep a second copy of the page
    # (and 57 bytes a line) to the end, beside all the blocks.
    lines = text.split("\n")
    lines.reverse()
    take = lines.pop
    collapsed = (collapse(take()) for _ in range(len(lines)))
    return [line_block(i, line) for i, line in enumerate(line for line in collapsed if line)]
