"""Pictures of a copied page: captions and their credits ("Istimewa", "KOMPAS.com/NAMA",
"(ANTARA FOTO/...)"). A copied page has no image URLs; the HTML path adds them."""

from __future__ import annotations

import re

from warta.blocks import Block, Label
from warta.records import Image

__all__ = ["read_images", "split_credit", "trailing_credit"]

_TRAILING_CREDIT = re.compile(r"\((?P<credit>[^()]{2,50}/[^()]{2,60})\)\s*$")


def read_images(blocks: list[Block]) -> list[Image]:
    """One image per caption, with the credit written in it or on the line beside it.

    >>> [i.credit for i in read_images([
    ...     Block(index=0, text="Istimewa", label=Label.CREDIT),
    ...     Block(index=1, text="Warga berkumpul di balai desa.", label=Label.CAPTION)])]
    ['Istimewa']
    """
    images: list[Image] = []
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if block.label is not Label.CAPTION:
            continue
        caption, credit = split_credit(block.text)
        if credit is None:
            j = _credit_beside(blocks, i, used)
            if j is not None:
                used.add(j)
                credit = _clean(blocks[j].text)
        images.append(Image(caption=caption, credit=credit))
    for i, block in enumerate(blocks):
        if block.label is Label.CREDIT and i not in used and not _has_caption_beside(blocks, i):
            images.append(Image(credit=_clean(block.text)))
    return images


def _credit_beside(blocks: list[Block], i: int, used: set[int]) -> int | None:
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and blocks[j].label is Label.CREDIT and j not in used:
            return j
    return None


def _has_caption_beside(blocks: list[Block], i: int) -> bool:
    return any(
        0 <= j < len(blocks) and blocks[j].label is Label.CAPTION for j in (i - 1, i + 1)
    )


def _clean(text: str) -> str:
    return text.strip().strip("()").strip()


def trailing_credit(text: str) -> str | None:
    """The photo credit closing a caption: "Warga menyeberang ... (KOMPAS.com/RINA K)".

    >>> trailing_credit("Warga menyeberangi banjir di Jakarta.(KOMPAS.com/RINA KUSUMAWATI)")
    'KOMPAS.com/RINA KUSUMAWATI'
    >>> trailing_credit("kata Sugeng, Kamis (14/3/2024).") is None
    True
    """
    return split_credit(text)[1]


def split_credit(text: str) -> tuple[str, str | None]:
    """A caption and the credit closing it.

    >>> split_credit("Warga menyeberang.(KOMPAS.com/RINA K)")
    ('Warga menyeberang.', 'KOMPAS.com/RINA K')
    """
    match = _TRAILING_CREDIT.search(text)
    if not match:
        return text, None
    credit = match["credit"].strip()
    left, _, right = credit.partition("/")
    # "(ams/idh)" are a writer's initials; "(14/3/2024)" is a date.
    lettered = any(c.isalpha() for c in left) and any(c.isalpha() for c in right)
    if credit.islower() or not lettered:
        return text, None
    return text[: match.start()].rstrip(), credit
