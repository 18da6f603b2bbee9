"""Context-sensitive revision: a block's label given its neighbours (jusText's second phase).

1. A credit's neighbour sentence is its caption.
2. The body is the densest run of body lines: the maximum-sum stretch where body lines score by
   their length and every other line costs (Kadane). Body-shaped lines far outside it — teasers,
   related stories, comments — are not the article.
3. The run starts at the story's dateline when one opens a line near its start ("JAKARTA,
   KOMPAS.com - ..."): what precedes it is the header (lead-in, caption).
4. Inside the run, short sentences stay body, short headings between body lines are headings, and
   widgets the lexicon knows ("Baca juga", "Berita Rekomendasi") stay removed.
5. The header before the body gives the title and the description (`warta.classify.header`).
6. Whatever is still undecided is boilerplate, its kind read from where it sits.
"""

from __future__ import annotations

from dataclasses import replace

from warta.blocks import Block, Label
from warta.classify.header import label_header
from warta.classify.shape import Shape
from warta.fields.dateline import read_dateline
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind

__all__ = ["body_run", "revise"]

#: What a non-body line costs the body run. Lines that are surely not body (a byline, a date, a
#: "Baca juga" widget) cost more than a short line of unknown purpose, which may be a subheading.
_COST_UNKNOWN = 3.0
_COST_KNOWN = 8.0
#: A short sentence counts for part of its words: it is body-like but proves less than a paragraph.
_SHORT_SENTENCE_WEIGHT = 0.5
_MIN_SHORT_SENTENCE_WORDS = 4
#: The dateline must open one of the run's first few body lines to move the run's start.
_DATELINE_REACH = 4
_MAX_HEADING_WORDS = 16
_SURE_NOT_BODY = (Label.BOILERPLATE, Label.BYLINE, Label.DATE, Label.CREDIT, Label.CAPTION)


def revise(blocks: list[Block], shapes: list[Shape], lex: Lexicon, options: Options) -> list[Block]:
    """Relabel blocks with their neighbours in view; returns new blocks, every one decided."""
    blocks = _captions(blocks, shapes)
    start, end = body_run(blocks, shapes)
    start = _dateline_start(blocks, start, end, lex)
    blocks = [_in_run(blocks, shapes, i) if start <= i < end else _outside(b, i < start)
              for i, b in enumerate(blocks)]
    blocks = label_header(blocks, shapes, start, lex)
    return [_settle(b, i < start) for i, b in enumerate(blocks)]


def _captions(blocks: list[Block], shapes: list[Shape]) -> list[Block]:
    """The sentence beside a lone credit line is the picture's caption."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.label is not Label.CREDIT:
            continue
        after_marker = i > 0 and blocks[i - 1].reason == "image"
        order = (i + 1, i - 1) if after_marker else (i - 1, i + 1)
        for j in order:
            if 0 <= j < len(blocks) and _caption_like(blocks[j], shapes[j]):
                out[j] = replace(blocks[j], label=Label.CAPTION, reason="beside credit")
                break
    return out


def _caption_like(block: Block, shape: Shape) -> bool:
    return (
        block.label in (Label.UNKNOWN, Label.BODY)
        and shape.words >= _MIN_SHORT_SENTENCE_WORDS
        and block.reason != "dateline"
    )


def _score(block: Block, shape: Shape) -> float:
    if block.label is Label.BODY:
        return float(shape.size)
    if block.label in _SURE_NOT_BODY:
        return -_COST_KNOWN
    if shape.sentence and shape.words >= _MIN_SHORT_SENTENCE_WORDS:
        return shape.size * _SHORT_SENTENCE_WEIGHT
    return -_COST_UNKNOWN


def body_run(blocks: list[Block], shapes: list[Shape]) -> tuple[int, int]:
    """The maximum-sum stretch `[start, end)` of line scores: the article's body.

    Empty (0, 0) when the page has no body line at all.
    """
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, (block, shape) in enumerate(zip(blocks, shapes, strict=True)):
        if total <= 0:
            total, start = 0.0, i
        total += _score(block, shape)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


def _dateline_start(blocks: list[Block], start: int, end: int, lex: Lexicon) -> int:
    seen = 0
    for i in range(start, end):
        if blocks[i].label is not Label.BODY:
            continue
        if read_dateline(blocks[i].text, lex) is not None:
            return i
        seen += 1
        if seen >= _DATELINE_REACH:
            break
    return start


def _in_run(blocks: list[Block], shapes: list[Shape], i: int) -> Block:
    block, shape = blocks[i], shapes[i]
    if block.label is not Label.UNKNOWN:
        return block
    if shape.sentence and shape.words >= _MIN_SHORT_SENTENCE_WORDS // 2:
        return replace(block, label=Label.BODY, reason="sentence in body")
    if _heading_like(block, shape) and _body_next(blocks, i):
        return replace(block, label=Label.HEADING, reason="heading in body")
    return block


def _heading_like(block: Block, shape: Shape) -> bool:
    return 2 <= shape.words <= _MAX_HEADING_WORDS and shape.upper_start and shape.letters


def _body_next(blocks: list[Block], i: int) -> bool:
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return after is not None and after.label is Label.BODY


def _outside(block: Block, before: bool) -> Block:
    if block.label is not Label.BODY:
        return block
    if before:
        return replace(block, label=Label.UNKNOWN, reason="prose before body")
    return replace(
        block, label=Label.BOILERPLATE, kind=BoilerplateKind.RELATED, reason="after body"
    )


def _settle(block: Block, before: bool) -> Block:
    if block.label is not Label.UNKNOWN:
        return block
    kind = BoilerplateKind.NAVIGATION if before else BoilerplateKind.OTHER
    return replace(block, label=Label.BOILERPLATE, kind=kind, reason="unplaced")
