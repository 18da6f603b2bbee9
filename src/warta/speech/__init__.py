"""Quotes and reported speech, with speakers resolved across the article."""

from __future__ import annotations

from warta.lang.schema import Lexicon
from warta.records import Quote

__all__ = ["find_quotes"]


def find_quotes(paragraphs: list[str], lex: Lexicon) -> list[Quote]:
    """Direct and reported quotes in the body, spans into the joined text. Not yet built."""
    return []
