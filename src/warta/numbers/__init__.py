"""Figures (numbers with units, money, percentages) and changes between them.

`grammar` reads a written number in each language's conventions, `figures` finds the figures of
a paragraph with their unit, year and counted noun, `changes` pairs them into changes.
"""

from __future__ import annotations

from warta.blocks.spaces import windows
from warta.lang.schema import Lexicon
from warta.numbers.changes import change_patterns_for, find_changes
from warta.numbers.figures import MAX_FIGURES, Found, find_in_paragraph, patterns_for
from warta.records import Change, Figure, paragraph_offsets

__all__ = ["find_figures"]


def find_figures(paragraphs: list[str], lex: Lexicon) -> tuple[list[Figure], list[Change]]:
    """Figures and changes in the body paragraphs, their spans into the joined `Article.text`;
    at most `MAX_FIGURES` figures an article.

    >>> from warta.lang import lexicon
    >>> figures, changes = find_figures(
    ...     ["Indeks e-Gov meningkat dari 2,4 pada tahun 2018 menjadi 4,14 pada tahun 2023."],
    ...     lexicon("id"))
    >>> [(f.value, f.year) for f in figures], changes[0].direction.value, changes[0].metric
    ([(2.4, 2018), (4.14, 2023)], 'up', 'Indeks e-Gov')
    """
    figures: list[Figure] = []
    changes: list[Change] = []
    offsets = paragraph_offsets(paragraphs)
    pat = patterns_for(lex)
    change_pat = change_patterns_for(lex)
    # A counted noun is a word of the text ("orang", "unit"): an article's figures repeat a few
    # of them, held once each in the article (not interned: see `warta.fields.read_fields`).
    held: dict[str, str] = {}
    for index, (paragraph, offset) in enumerate(zip(paragraphs, offsets, strict=True)):
        # A paragraph longer than a window (a table or a dump as one line) is read a window at
        # a time: what a window's matches hold is dropped before the next is read.
        for start, text in windows(paragraph):
            if len(figures) >= MAX_FIGURES:
                return figures, changes
            found = find_in_paragraph(text, lex, pat, MAX_FIGURES - len(figures))
            if not found:
                continue  # most paragraphs
            built = [_figure(f, text, index, offset + start, held) for f in found]
            figures.extend(built)
            changes.extend(find_changes(text, found, built, lex, offset + start, change_pat))
    return figures, changes


#: `Figure.model_validate` without its Python frame: the same validation.
_validate_figure = Figure.__pydantic_validator__.validate_python


def _figure(found: Found, paragraph: str, index: int, offset: int, held: dict[str, str]) -> Figure:
    # Validated from one dict, its span included: one call into the validator instead of two
    # (~1 us less a figure), the same record.
    quantity = found.quantity
    figure: Figure = _validate_figure(
        {
            "text": paragraph[found.start : found.end],
            "value": found.value,
            "unit": found.unit,
            "approximate": found.approximate,
            "year": found.year,
            "quantity": quantity if quantity is None else held.setdefault(quantity, quantity),
            "value_max": found.high,
            "paragraph": index,
            "span": {"start": offset + found.start, "end": offset + found.end},
        }
    )
    return figure
