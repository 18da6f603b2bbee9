"""Figures (numbers with units, money, percentages) and changes between them."""

from __future__ import annotations

from warta.lang.schema import Lexicon
from warta.records import Change, Figure

__all__ = ["find_figures"]


def find_figures(paragraphs: list[str], lex: Lexicon) -> tuple[list[Figure], list[Change]]:
    """Figures and changes in the body, spans into the joined text. Not yet built."""
    return [], []
