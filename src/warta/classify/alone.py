"""Context-free labels: what a block is from its own words and features. Placeholder rules."""

from __future__ import annotations

from dataclasses import replace

from warta.blocks import Block, Label
from warta.lang.schema import Lexicon
from warta.options import Options


def label_each(blocks: list[Block], lex: Lexicon, options: Options) -> list[Block]:
    return [_label(block, lex, options) for block in blocks]


def _label(block: Block, lex: Lexicon, options: Options) -> Block:
    lowered = block.text.lower()
    for kind, phrases in lex.boilerplate.starts.items():
        if lowered.startswith(phrases):
            return replace(block, label=Label.BOILERPLATE, kind=kind, reason="starts")
    if block.words >= options.min_body_words:
        return replace(block, label=Label.BODY, reason="long")
    return block
