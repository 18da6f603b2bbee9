"""The body: the paragraphs as written, dateline included, subheadings kept."""

from __future__ import annotations

from warta.blocks import Block, Label

__all__ = ["read_paragraphs"]


def read_paragraphs(blocks: list[Block]) -> list[str]:
    """Body and heading blocks in page order.

    >>> read_paragraphs([Block(index=0, text="Isi.", label=Label.BODY),
    ...                  Block(index=1, text="Baca juga: X", label=Label.BOILERPLATE)])
    ['Isi.']
    """
    return [b.text for b in blocks if b.label in (Label.BODY, Label.HEADING)]
