"""Classification: each block alone, then revised with its neighbours (after jusText)."""

from __future__ import annotations

from warta.blocks import Block
from warta.classify.alone import label_each
from warta.classify.context import revise
from warta.classify.dom import apply_dom
from warta.lang.schema import Lexicon
from warta.options import Options

__all__ = ["classify"]


def classify(blocks: list[Block], lex: Lexicon, options: Options) -> list[Block]:
    """Label every block: body, title, byline, caption, ..., or boilerplate with its kind."""
    labelled = revise(label_each(blocks, lex, options), lex, options)
    # HTML path: DOM features (article container, class/id words, links) settle what words cannot.
    return apply_dom(labelled, lex, options)
