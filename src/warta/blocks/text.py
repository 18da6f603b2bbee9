"""Page text to blocks: a copied page has one line per paragraph, menu item or widget."""

from __future__ import annotations

from warta.blocks.model import Block, line_block


def text_blocks(text: str) -> list[Block]:
    """One block per non-empty line, spaces collapsed.

    >>> [b.text for b in text_blocks("Judul\\n\\n  Isi   berita. \\n")]
    ['Judul', 'Isi berita.']
    """
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [line_block(i, line) for i, line in enumerate(line for line in lines if line)]
