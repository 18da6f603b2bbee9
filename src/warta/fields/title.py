"""The title and the description, as the header classification chose them."""

from __future__ import annotations

from warta.blocks import Block, Label

__all__ = ["read_description", "read_title"]


def read_title(blocks: list[Block]) -> str | None:
    """The text of the block labelled title, if any.

    >>> read_title([Block(index=0, text="Banjir di Jakarta", label=Label.TITLE)])
    'Banjir di Jakarta'
    """
    return next((b.text for b in blocks if b.label is Label.TITLE), None)


def read_description(blocks: list[Block]) -> str | None:
    """The lead-in under the title (the dek), if the page shows one."""
    return next((b.text for b in blocks if b.label is Label.DESCRIPTION), None)
