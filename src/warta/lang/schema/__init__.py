"""The lexicon schema every language fills: the same families of words in each.

Words live in `warta.lang.<code>`; patterns built from them live next to their only user, built
once in a cached function. No extractor module types a language word of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.lang.schema.boilerplate import BoilerplateWords
from warta.lang.schema.datelines import DatelineWords
from warta.lang.schema.dates import DateWords
from warta.lang.schema.numbers import NumberWords
from warta.lang.schema.people import PeopleWords
from warta.lang.schema.speech import SpeechWords


@dataclass(frozen=True)
class Lexicon:
    """All the words warta knows in one language."""

    code: str  # ISO 639-1
    #: Frequent function words, for language identification.
    stopwords: frozenset[str]
    people: PeopleWords
    dates: DateWords
    boilerplate: BoilerplateWords
    datelines: DatelineWords
    speech: SpeechWords
    numbers: NumberWords


__all__ = [
    "BoilerplateWords",
    "DateWords",
    "DatelineWords",
    "Lexicon",
    "NumberWords",
    "PeopleWords",
    "SpeechWords",
]
