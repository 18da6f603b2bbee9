"""The header above the body: which line is the title, which the description (lead-in, dek).

Candidates apart from choosing (after htmldate): `title_candidates` scores every title-shaped line
before the body; `label_header` takes the best, then the first prose line after it as the
description, and marks repeats of the title ("zoom-in <title>") as such.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from warta.blocks import Block, Label
from warta.classify.shape import Shape, Verdict
from warta.records import BoilerplateKind

__all__ = ["TitleCandidate", "label_header", "title_candidates"]

_MIN_TITLE_WORDS = 2
_MAX_TITLE_WORDS = 35
_MIN_TITLE_CHARS = 12
_MAX_TITLE_CHARS = 300
_MIN_DESCRIPTION_WORDS = 8
#: How far around a candidate to look for the byline or date that usually sits next to a title.
_NEAR = 3
#: Weights of the evidence for a title. A byline or a date beside it is the strongest sign; a
#: repeat elsewhere on the page ("zoom-in <title>", a breadcrumb) is next; a line among other
#: title-shaped lines is a menu or a list of related stories.
_BESIDE_BYLINE = 3.0
_REPEATED = 3.0
_IN_LIST = -2.5
_SHOUTING = -2.0
_PER_WORD = 0.25
_WORDS_COUNTED = 12
_PER_LINE_AWAY = 0.05
_META = (Label.BYLINE, Label.DATE, Label.CREDIT, Label.CAPTION)


@dataclass(frozen=True)
class TitleCandidate:
    index: int
    score: float


def label_header(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], start: int
) -> list[Verdict]:
    """Label the title, the description and the title's repeats among `blocks[:start]`."""
    candidates = title_candidates(blocks, verdicts, shapes, start)
    if not candidates:
        return verdicts
    best = max(candidates, key=lambda c: (c.score, c.index))
    out = list(verdicts)
    out[best.index] = Verdict(Label.TITLE, None, "title")
    key = _key(blocks[best.index].text)
    for i, block in enumerate(blocks):
        # "zoom-in <title>", "<title> - Outlet": the title again, with little around it.
        if not len(key) <= len(block.text) <= len(key) * 2 or key not in _key(block.text):
            continue
        if i != best.index and verdicts[i].label is not Label.BODY:
            out[i] = Verdict(Label.BOILERPLATE, BoilerplateKind.TITLE_REPEAT, "title repeat")
    for i in range(best.index + 1, start):
        if out[i].label is Label.UNKNOWN and shapes[i].words >= _MIN_DESCRIPTION_WORDS:
            out[i] = Verdict(Label.DESCRIPTION, None, "after title")
            break
    return out


def title_candidates(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], start: int
) -> list[TitleCandidate]:
    """Every title-shaped line before the body, scored."""
    texts = Counter(_key(block.text) for block in blocks)
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict.reason == "image":
            # "zoom-in <title>": the picture's label repeats the title.
            texts[_key(block.text).split(" ", 1)[-1]] += 1
    shaped = [_title_shaped(blocks[i].text, verdicts[i], shapes[i]) for i in range(start)]
    return [
        TitleCandidate(i, _title_score(blocks, verdicts, shapes, shaped, i, start, texts))
        for i in range(start)
        if shaped[i]
    ]


def _title_shaped(text: str, verdict: Verdict, shape: Shape) -> bool:
    # `size`, not `words`: a Japanese or Chinese title has no spaces between its words.
    return (
        verdict.label is Label.UNKNOWN
        and shape.size >= _MIN_TITLE_WORDS
        and shape.words <= _MAX_TITLE_WORDS
        and _MIN_TITLE_CHARS <= len(text) <= _MAX_TITLE_CHARS
        and shape.letters
        and not text.endswith((".", ",", ":"))
    )


def _title_score(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], shaped: list[bool],
    i: int, start: int, texts: Counter[str],
) -> float:
    score = min(shapes[i].words, _WORDS_COUNTED) * _PER_WORD
    score -= (start - i) * _PER_LINE_AWAY
    around = verdicts[max(0, i - 1) : i] + verdicts[i + 1 : i + 1 + _NEAR]
    if any(v.label in _META for v in around):
        score += _BESIDE_BYLINE
    if texts[_key(blocks[i].text)] > 1:
        score += _REPEATED
    neighbours = (i > 0 and shaped[i - 1]) + (i + 1 < start and shaped[i + 1])
    if neighbours == 2:
        score += _IN_LIST
    if blocks[i].text.isupper():
        score += _SHOUTING
    return score


def _key(text: str) -> str:
    # Block texts come with their spaces collapsed; case is all that differs between repeats.
    return text.casefold()
