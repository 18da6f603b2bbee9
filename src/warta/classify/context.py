"""Context-sensitive revision: a block's label given its neighbours. Placeholder rules."""

from __future__ import annotations

from dataclasses import replace

from warta.blocks import Block, Label
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind


def revise(blocks: list[Block], lex: Lexicon, options: Options) -> list[Block]:
    return [
        replace(b, label=Label.BOILERPLATE, kind=BoilerplateKind.OTHER, reason="short")
        if b.label is Label.UNKNOWN
        else b
        for b in blocks
    ]
