"""Quotes, figures and changes as marks on the article text, cut into flat pieces per paragraph.

Spans of different records overlap freely (a figure inside a quote, a change spanning two
figures, two quotes sharing a sentence), and HTML elements must nest. So instead of nesting one
element per mark, a paragraph is cut at every mark boundary into pieces, and each piece carries
the set of marks that cover it: one flat `<span>` per piece, classed by all its marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from warta.records import Article, Change, Direction, Figure, Quote, paragraph_offsets


class MarkKind(str, Enum):
    DATELINE = "dateline"
    QUOTE = "quote"
    FIGURE = "figure"
    CHANGE = "change"


@dataclass(frozen=True)
class Mark:
    """One highlighted stretch of `Article.text`, with what it means in words."""

    ref: str  # "Q1", "F2", "C1": shown beside the text and in the side panel
    kind: MarkKind
    start: int
    end: int
    note: str  # the hover text: speaker and cue, or value, unit and year
    tone: str = ""  # a change's direction, for colouring before -> after
    lead: bool = True  # the first piece of its record: its details are listed where it starts


@dataclass(frozen=True)
class Piece:
    """A stretch of one paragraph with the marks covering all of it."""

    text: str
    marks: tuple[Mark, ...]
    #: Marks whose last character in this paragraph is the last one of this piece: their ref
    #: is shown right after it, so a reader sees where each highlight stops.
    closing: tuple[Mark, ...] = ()


def format_value(value: float) -> str:
    """A figure's value as a person reads it: grouped digits, no float noise.

    >>> format_value(1.5e12), format_value(7.89), format_value(-3.0), format_value(2e20)
    ('1,500,000,000,000', '7.89', '-3', '2e+20')
    """
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e15 else f"{value:g}"


def quote_note(quote: Quote) -> str:
    """>>> from warta.records import QuoteKind, Span
    >>> quote_note(Quote(text="x", kind=QuoteKind.DIRECT, speaker="Budi", cue="kata",
    ...                  paragraph=0, span=Span(start=0, end=1)))
    'direct quote · speaker: Budi · cue: kata'
    """
    parts = [f"{quote.kind.value} quote"]
    speaker = quote.speaker or quote.speaker_mention
    parts.append(f"speaker: {speaker}" if speaker else "speaker: unknown")
    if quote.speaker_mention and quote.speaker and quote.speaker_mention != quote.speaker:
        parts.append(f"mentioned as: {quote.speaker_mention}")
    if quote.speaker_role:
        parts.append(f"role: {quote.speaker_role}")
    if quote.cue:
        parts.append(f"cue: {quote.cue}")
    if quote.date:
        parts.append(f"date: {quote.date.isoformat()}")
    return " · ".join(parts)


def figure_note(figure: Figure) -> str:
    """>>> from warta.records import Span
    >>> figure_note(Figure(text="Rp 1,5 triliun", value=1.5e12, unit="IDR", year=2024,
    ...                    paragraph=0, span=Span(start=0, end=14)))
    'value: 1,500,000,000,000 · unit: IDR · year: 2024'
    """
    parts = [f"value: {'≈ ' if figure.approximate else ''}{format_value(figure.value)}"]
    if figure.unit:
        parts.append(f"unit: {figure.unit}")
    if figure.year is not None:
        parts.append(f"year: {figure.year}")
    if figure.quantity:
        parts.append(f"of: {figure.quantity}")
    return " · ".join(parts)


def figure_short(figure: Figure) -> str:
    """The value and unit alone, for drawing a change as before -> after."""
    unit = f" {figure.unit}" if figure.unit else ""
    return f"{'≈ ' if figure.approximate else ''}{format_value(figure.value)}{unit}"


# Arrows, not colours: whether a fall is good news (stunting) or bad (exports) is the reader's call.
_ARROWS = {Direction.UP: "▲", Direction.DOWN: "▼", Direction.FLAT: "▶"}


def change_note(change: Change) -> str:
    parts = []
    if change.metric:
        parts.append(f"metric: {change.metric}")
    if change.subject:
        parts.append(f"subject: {change.subject}")
    parts.append(f"{figure_short(change.before)} → {figure_short(change.after)}")
    parts.append(f"direction: {change.direction.value} {_ARROWS[change.direction]}")
    if change.verb:
        parts.append(f"verb: {change.verb}")
    return " · ".join(parts)


def _dateline_marks(article: Article) -> list[Mark]:
    # The record keeps the dateline as written; marking it where the first paragraph holds it
    # shows at a glance whether the reader took the right words.
    dateline = article.dateline
    if dateline is None or not dateline.text or not article.paragraphs:
        return []
    at = article.paragraphs[0].find(dateline.text)
    if at < 0:
        return []
    parts = [
        f"{name}: {value}"
        for name, value in (("outlet", dateline.outlet), ("location", dateline.location))
        if value
    ]
    note = " · ".join(["dateline", *parts])
    return [Mark("D", MarkKind.DATELINE, at, at + len(dateline.text), note)]


def article_marks(article: Article) -> list[Mark]:
    """Every quote, figure and change of the record as marks, numbered in record order.

    A quote in several pieces gives several marks with the same `ref`.
    """
    marks = _dateline_marks(article)
    # A quote split by its attribution ('"...," ujar X. "..."') is marked piece by piece, so
    # the attribution between the pieces is not drawn as quoted words.
    marks += [
        Mark(f"Q{n}", MarkKind.QUOTE, part.start, part.end, quote_note(q), lead=not i)
        for n, q in enumerate(article.quotes, 1)
        for i, part in enumerate(q.parts or [q.span])
    ]
    marks += [
        Mark(f"F{n}", MarkKind.FIGURE, f.span.start, f.span.end, figure_note(f))
        for n, f in enumerate(article.figures, 1)
    ]
    marks += [
        Mark(f"C{n}", MarkKind.CHANGE, c.span.start, c.span.end, change_note(c), c.direction.value)
        for n, c in enumerate(article.changes, 1)
    ]
    return marks


def paragraph_marks(
    paragraphs: Sequence[str], marks: Sequence[Mark]
) -> list[list[tuple[Mark, int, int]]]:
    """For each paragraph, the marks touching it with their start and end inside it.

    A span that crosses the blank line between paragraphs is clipped to each; a span outside
    the text (a bug upstream) is dropped rather than drawn at a wrong place.

    >>> m = Mark("Q1", MarkKind.QUOTE, 2, 7, "")
    >>> [[(mark.ref, s, e) for mark, s, e in p] for p in paragraph_marks(["abcd", "efgh"], [m])]
    [[('Q1', 2, 4)], [('Q1', 0, 1)]]
    """
    offsets = paragraph_offsets(list(paragraphs))
    found: list[list[tuple[Mark, int, int]]] = []
    for paragraph, offset in zip(paragraphs, offsets, strict=True):
        inside = []
        for mark in marks:
            start = max(mark.start - offset, 0)
            end = min(mark.end - offset, len(paragraph))
            if start < end:
                inside.append((mark, start, end))
        found.append(inside)
    return found


def cut(text: str, marks: Sequence[tuple[Mark, int, int]]) -> list[Piece]:
    """Cut one paragraph into pieces at every mark boundary.

    >>> q, f = Mark("Q1", MarkKind.QUOTE, 0, 0, ""), Mark("F1", MarkKind.FIGURE, 0, 0, "")
    >>> [(p.text, [m.ref for m in p.marks]) for p in cut("naik 5 persen", [(q, 0, 8), (f, 5, 13)])]
    [('naik ', ['Q1']), ('5 p', ['Q1', 'F1']), ('ersen', ['F1'])]
    """
    bounds = sorted({0, len(text), *(s for _, s, _ in marks), *(e for _, _, e in marks)})
    pieces = []
    for start, end in pairwise(bounds):
        covering = tuple(m for m, s, e in marks if s <= start and end <= e)
        closing = tuple(m for m, _, e in marks if e == end)
        pieces.append(Piece(text[start:end], covering, closing))
    return pieces


def first_of_each(marks: Sequence[Mark]) -> list[Mark]:
    """One mark per ref, the first, in order: for listing records rather than pieces.

    >>> [m.start for m in first_of_each([Mark("Q1", MarkKind.QUOTE, 0, 2, ""),
    ...                                  Mark("Q1", MarkKind.QUOTE, 5, 8, "")])]
    [0]
    """
    seen: dict[str, Mark] = {}
    for mark in marks:
        seen.setdefault(mark.ref, mark)
    return list(seen.values())
