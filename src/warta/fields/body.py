"""The body: the paragraphs as written, dateline included, subheadings kept."""

from __future__ import annotations

from warta.blocks import Block, Label

__all__ = ["read_paragraphs"]

_DASHES = ("-", "–", "—")
_MAX_DATELINE_WORDS = 6


def read_paragraphs(blocks: list[Block]) -> list[str]:
    """Body and heading blocks in page order; a dateline copied on a line of its own ("Jakarta -")
    opens the paragraph after it.

    >>> read_paragraphs([Block(index=0, text="Jakarta -", label=Label.BODY),
    ...                  Block(index=1, text="Hujan turun.", label=Label.BODY),
    ...                  Block(index=2, text="Baca juga: X", label=Label.BOILERPLATE)])
    ['Jakarta - Hujan turun.']
    """
    paragraphs: list[str] = []
    carried = ""
    pieces = False  # whether `carried` holds the first pieces of a dateline copied a line each
    # No story ends with a subheading: one after its last paragraph heads the next box ("Bisnis
    # Video" over a player).
    last = max((i for i, b in enumerate(blocks) if b.label is Label.BODY), default=-1)
    for i, block in enumerate(blocks):
        if block.label is not Label.BODY and (block.label is not Label.HEADING or i > last):
            continue
        text = block.text.strip()
        if block.reason == "dateline" and not text.endswith(_DASHES):
            carried, pieces = f"{carried}{text} ", True  # "Madison, Wisconsin" / "CNN" / "—"
            continue
        if pieces:
            carried, pieces = f"{carried}{text} ", False
            continue
        if block.text.endswith(_DASHES) and len(block.text.split()) <= _MAX_DATELINE_WORDS:
            if carried:
                # One dateline opens a paragraph; a second in a row is a line of its own (each
                # added to the last, a run of them was copied over and over).
                paragraphs.append(carried.strip())
            carried = f"{block.text} "
            continue
        paragraphs.append(carried + block.text)
        carried = ""
    if carried:
        paragraphs.append(carried.strip())
    return paragraphs
