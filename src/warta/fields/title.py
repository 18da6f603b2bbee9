"""The title and the description, as the header classification chose them."""

from __future__ import annotations

from warta.blocks import Block, Label
from warta.blocks.model import labelled

__all__ = ["headline_heading", "read_description", "read_title"]

_SITE_SEPARATORS = (" | ", " - ", " – ", " — ")
_MAX_SITE_WORDS = 4


def read_title(blocks: list[Block]) -> str | None:
    """The text of the block labelled title, if any, without a site name the page also shows
    the title without ("What's next for Gaza | CBC News" over a "What's next for Gaza" line).

    >>> read_title([Block(index=0, text="Banjir di Jakarta", label=Label.TITLE)])
    'Banjir di Jakarta'
    >>> read_title([Block(index=0, text="Banjir di Jakarta | Kompas", label=Label.TITLE),
    ...             Block(index=1, text="Banjir di Jakarta", label=Label.BODY)])
    'Banjir di Jakarta'
    """
    title = next((b for b in blocks if b.label is Label.TITLE), None)
    if title is None:
        return None
    for separator in _SITE_SEPARATORS:
        head, found, site = title.text.rpartition(separator)
        short_site = bool(found and head) and len(site.split()) <= _MAX_SITE_WORDS
        if short_site and any(b.text == head for b in blocks if b is not title):
            return head
    return title.text


def headline_heading(blocks: list[Block], declared: str | None) -> list[Block]:
    """`blocks` with the heading above the story that prints the declared headline (Dawn's
    linked `<h2>`, on a page with no `<h1>`) labelled the title: it is no subheading of the
    body. So is a story's first line when it is the declared headline word for word (Global
    Times' headline `<div>` opens the text of the story's box). The list is copied only when
    there is one.

    >>> blocks = [Block(index=0, text="Parks  revived", label=Label.HEADING),
    ...           Block(index=1, text="KARACHI: The council met.", label=Label.BODY)]
    >>> [b.label.name for b in headline_heading(blocks, "Parks revived")]
    ['TITLE', 'BODY']
    >>> [b.label.name for b in headline_heading(blocks[1:], "KARACHI: The council met.")]
    ['TITLE']
    """
    if not declared:
        return blocks
    wanted = " ".join(declared.split()).casefold()
    for i, block in enumerate(blocks):
        if block.label not in (Label.HEADING, Label.BODY):
            continue
        # A line much longer than the headline is no copy of it, spaces and all.
        near = len(block.text) <= 2 * len(declared) + 2
        if near and " ".join(block.text.split()).casefold() == wanted:
            title = labelled(block, Label.TITLE, None, "declared headline")
            return [*blocks[:i], title, *blocks[i + 1 :]]
        if block.label is Label.BODY:
            break
    return blocks


def read_description(blocks: list[Block]) -> str | None:
    """The lead-in under the title (the dek), if the page shows one."""
    return next((b.text for b in blocks if b.label is Label.DESCRIPTION), None)
