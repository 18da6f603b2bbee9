"""What must hold of every record `extract` returns, whatever the input.

`problems(article)` lists each broken promise; the tests assert it is empty and the fuzz
harnesses report a non-empty one as a finding.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import warta
from warta.records import PARAGRAPH_SEPARATOR, paragraph_offsets


def strings(value: Any) -> Iterator[str]:
    """Every string inside a dumped record, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def problems(article: warta.Article) -> list[str]:
    """Every way `article` breaks the output contract; empty when it keeps it.

    >>> problems(warta.extract("Judul\\n\\nJakarta - Hujan deras turun sejak pagi, kata petugas."))
    []
    """
    try:
        dumped = json.loads(article.model_dump_json())
    except ValueError as error:  # pydantic's serialisation error is a ValueError
        return [f"the record does not serialise to JSON: {error}"]
    found = [f"unclean string {text[:60]!r}" for text in strings(dumped) if _unclean(text)]
    if article.text != PARAGRAPH_SEPARATOR.join(article.paragraphs):
        found.append("text is not the paragraphs joined")
    return found + _span_problems(article)


def _unclean(text: str) -> bool:
    return any(
        char == "\x00" or "\ud800" <= char <= "\udfff" or (char < " " and char not in "\t\n\r")
        for char in text
    )


def _span_problems(article: warta.Article) -> list[str]:
    text, starts = article.text, paragraph_offsets(article.paragraphs)
    found: list[str] = []

    def inside(what: str, start: int, end: int, paragraph: int) -> None:
        if not 0 <= start <= end <= len(text):
            found.append(f"{what} span {start}:{end} outside the text ({len(text)})")
        elif paragraph >= len(starts):
            found.append(f"{what} paragraph {paragraph} of {len(starts)}")
        elif not starts[paragraph] <= start <= end <= starts[paragraph] + len(
            article.paragraphs[paragraph]
        ):
            found.append(f"{what} span {start}:{end} outside paragraph {paragraph}")

    for quote in article.quotes:
        found += _quote_problems(quote, text, starts, article.paragraphs)
    figures = [*article.figures, *(f for c in article.changes for f in (c.before, c.after))]
    for figure in figures:
        inside("figure", figure.span.start, figure.span.end, figure.paragraph)
        if text[figure.span.start : figure.span.end] != figure.text:
            found.append(f"figure text {figure.text[:40]!r} is not its span")
    for change in article.changes:
        inside("change", change.span.start, change.span.end, change.before.paragraph)
        for figure in (change.before, change.after):
            if not change.span.start <= figure.span.start <= figure.span.end <= change.span.end:
                found.append(f"change figure {figure.text[:40]!r} outside the change span")
    return found


def _quote_problems(
    quote: warta.Quote, text: str, starts: list[int], paragraphs: list[str]
) -> list[str]:
    """A quote may run over paragraphs (news style reopens the mark in each one) and be split
    by its attribution: `parts` are its pieces, `text` their join, `span` first start to last end.
    """
    start, end, label = quote.span.start, quote.span.end, f"quote {quote.text[:40]!r}"
    if not 0 <= start <= end <= len(text):
        return [f"{label}: span {start}:{end} outside the text ({len(text)})"]
    if quote.paragraph >= len(paragraphs):
        return [f"{label}: paragraph {quote.paragraph} of {len(paragraphs)}"]
    opening = starts[quote.paragraph]
    found = []
    if not opening <= start <= opening + len(paragraphs[quote.paragraph]):
        found.append(f"{label}: span starts outside its paragraph {quote.paragraph}")
    parts = quote.parts or [quote.span]
    if quote.parts and (parts[0].start != start or parts[-1].end != end):
        found.append(f"{label}: span is not first part start to last part end")
    for part in parts:
        piece = text[part.start : part.end]
        if not start <= part.start <= part.end <= end:
            found.append(f"{label}: part {part.start}:{part.end} outside the span")
        elif piece.strip() not in quote.text and quote.text.strip() not in piece:
            found.append(f"{label}: part {piece[:40]!r} is not in the quote text")
    return found
