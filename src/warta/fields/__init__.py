"""Fields: the record's values read from labelled blocks and page metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warta.blocks import Block, Label
from warta.ingest import Page
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import Boilerplate

__all__ = ["Fields", "read_fields"]


@dataclass(frozen=True)
class Fields:
    """Everything of the Article that comes from blocks and metadata (not quotes or figures)."""

    values: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)


def read_fields(blocks: list[Block], page: Page, lex: Lexicon, options: Options) -> Fields:
    paragraphs = [b.text for b in blocks if b.label in (Label.BODY, Label.HEADING)]
    boilerplate = [
        Boilerplate(text=b.text, kind=b.kind) for b in blocks if b.label is Label.BOILERPLATE and b.kind
    ]
    return Fields(values={"boilerplate": boilerplate, "url": page.url}, paragraphs=paragraphs)
