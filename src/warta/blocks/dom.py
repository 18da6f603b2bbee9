"""DOM to blocks. Placeholder until the HTML path lands: block-level text in document order."""

from __future__ import annotations

from warta.blocks.model import Block
from warta.ingest import Page
from warta.options import Options

_SKIP = frozenset({"script", "style", "noscript", "template", "svg"})


def dom_blocks(page: Page, options: Options) -> list[Block]:
    root = page.tree
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = root.text_content().split("\n")
    texts = [" ".join(line.split()) for line in lines]
    return [Block(index=i, text=t) for i, t in enumerate(t for t in texts if t)]
