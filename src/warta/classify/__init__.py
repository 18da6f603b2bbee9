"""Classification: each block alone, then revised with its neighbours (after jusText)."""

from __future__ import annotations

from warta.blocks import Block
from warta.classify.alone import label_each
from warta.classify.context import revised
from warta.classify.dom import apply_dom
from warta.classify.header import slug_words
from warta.classify.shape import Shape, Verdict, shape_of
from warta.lang.schema import Lexicon
from warta.options import Options

__all__ = ["classify", "classify_consuming"]


def classify(
    blocks: list[Block], lex: Lexicon, options: Options, url: str | None = None
) -> list[Block]:
    """Label every block: body, title, byline, caption, ..., or boilerplate with its kind. The
    page's `url`, when given, is evidence for the title (its slug is made from the headline).

    >>> from warta.blocks.text import text_blocks
    >>> from warta.lang import lexicon
    >>> page = ("Menu\\nJudul Berita Hari Ini\\n"
    ...         "Jakarta - Hujan deras turun sejak pagi hingga sore, kata petugas.")
    >>> [b.label.value for b in classify(text_blocks(page), lexicon("id"), Options())]
    ['boilerplate', 'title', 'body']
    """
    decided = _decided(blocks, lex, options, slug_words(url))
    # HTML path: DOM features (article container, class/id words, links) settle what words cannot.
    return apply_dom(blocks, decided, lex, options)


def classify_consuming(
    blocks: list[Block], lex: Lexicon, options: Options, url: str | None = None
) -> list[Block]:
    """`classify`, emptying `blocks`: each unlabelled block is dropped as its labelled one is
    built, so the page's blocks are never held twice (on a copied page, a hundred bytes and more
    a line at classification's peak). For `extract`, which hands over the list `segment` made
    and has no other use for it; `classify` leaves its input as it was.

    >>> from warta.blocks.text import text_blocks
    >>> from warta.lang import lexicon
    >>> blocks = text_blocks("Menu\\nJakarta - Hujan deras turun sejak pagi, kata petugas.")
    >>> [b.label.value for b in classify_consuming(blocks, lexicon("id"), Options())], blocks
    (['boilerplate', 'body'], [])
    """
    decided = _decided(blocks, lex, options, slug_words(url))
    return apply_dom(blocks, decided, lex, options, consume=True)


def _decided(
    blocks: list[Block], lex: Lexicon, options: Options, slug: frozenset[str]
) -> list[Verdict]:
    """The word rules' verdicts, alone and then with neighbours. The shapes and first verdicts
    are dropped on return, before `apply_dom` builds the labelled blocks beside the unlabelled
    ones (on a copied page they are a third of what classification holds)."""
    shapes = _shapes(blocks, lex)
    return revised(blocks, label_each(blocks, shapes, lex, options), shapes, lex, options, slug)


def _shapes(blocks: list[Block], lex: Lexicon) -> list[Shape]:
    # Pages repeat lines (menus, footers, a copied page's empty lines): each text measured once.
    # And most lines are short, their shapes alike (two words, no stop, no digit): equal shapes
    # are held once.
    known: dict[str, Shape] = {}
    alike: dict[Shape, Shape] = {}
    shapes: list[Shape] = []
    for block in blocks:
        shape = known.get(block.text)
        if shape is None:
            shape = shape_of(block, lex)
            shape = known[block.text] = alike.setdefault(shape, shape)
        shapes.append(shape)
    return shapes
