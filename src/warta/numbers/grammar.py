"""Number grammar: a written number to its value, in the conventions of each language.

Digits
------
Indonesian writes a decimal comma and a thousands dot ("32,2", "12.500", "1.234.567,89"); English
the reverse ("32.2", "12,500", "1,234,567.89"). Real Indonesian pages mix both within one article
("7,89%" beside "7.89%"), so the rule reads the shape of the number before the language:

1. Both "." and "," present: the last one is the decimal point, the other groups thousands
   ("1.234,5" and "1,234.5" are both 1234.5). It must occur once, after every group.
2. One separator, more than once: it groups thousands ("1.234.567", "1,234,567").
3. One separator, once, followed by exactly three digits: the language decides. It groups
   thousands when it is the language's group separator ("12.500" in Indonesian, "12,500" in
   English) and is a decimal point otherwise ("0,125" in Indonesian, "1.500" in English).
4. One separator, once, followed by anything but three digits: a decimal point, whatever the
   language ("7.89" on an Indonesian page, "32,2" on an English one).

Exceptions: a lead of "0" or of more than three digits cannot start a thousands group, so the
separator after it is a decimal point ("0.500", "1234,567"); a grouping whose groups are not all
three digits long is no number (dates "31.07.2024", versions "1.2.3") and gives None.

Words
-----
Spelled numbers combine number words, multipliers and adders: "dua puluh lima" = 2 x 10 + 5,
"dua belas" = 2 + 10, "seratus dua puluh ribu" = (100 + 20) x 1000, "two hundred fifty" = 250.
A multiplier below a thousand multiplies the word just before it; a thousand and up multiplies
everything before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.lang.schema import NumberWords

__all__ = ["WordValues", "parse_digits", "parse_words", "read_words", "word_values"]

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SEPARATOR = re.compile(r"[.,]")


def parse_digits(surface: str, words: NumberWords) -> float | None:
    """The value of a number written in digits, or None when it is no well-formed number.

    >>> from warta.lang import lexicon
    >>> parse_digits("1.234.567,89", lexicon("id").numbers)
    1234567.89
    >>> parse_digits("7.89", lexicon("id").numbers), parse_digits("12.500", lexicon("id").numbers)
    (7.89, 12500.0)
    >>> parse_digits("12.500", lexicon("en").numbers), parse_digits("1.2.3", lexicon("en").numbers)
    (12.5, None)
    """
    if surface.isdecimal():  # no separator: most numbers; `\d` is what `isdecimal` accepts
        return float(surface)
    if not _DIGITS.fullmatch(surface):
        return None
    separators = _SEPARATOR.findall(surface)
    if not separators:
        return float(surface)
    parts = _SEPARATOR.split(surface)
    kinds = set(separators)
    if len(kinds) == 2:
        return _mixed(surface, separators, parts)
    if len(separators) > 1:
        return _grouped(parts)
    head, tail = parts
    groups = len(tail) == 3 and _can_lead_group(head) and separators[0] == words.group
    return float(head + tail) if groups else float(f"{head}.{tail}")


def _can_lead_group(head: str) -> bool:
    return 1 <= len(head) <= 3 and not head.startswith("0")


def _grouped(parts: list[str]) -> float | None:
    head, *groups = parts
    if not _can_lead_group(head) or any(len(group) != 3 for group in groups):
        return None
    return float("".join(parts))


def _mixed(surface: str, separators: list[str], parts: list[str]) -> float | None:
    decimal = separators[-1]
    if separators.count(decimal) != 1:
        return None
    whole = _grouped(parts[:-1])
    return None if whole is None else float(f"{int(whole)}.{parts[-1]}")


@dataclass(frozen=True)
class WordValues:
    """A language's number words with their values, for `read_words`."""

    numbers: dict[str, float]
    multipliers: dict[str, float]
    adders: dict[str, float]


@cache
def word_values(words: NumberWords) -> WordValues:
    """The value tables of a language's number words; cached, but a caller reading many numbers
    keeps them, as looking them up hashes the whole `NumberWords`."""
    return WordValues(
        numbers={w: v for w, v in words.number_words},
        multipliers={w: v for w, v in words.multipliers},
        adders={w: v for w, v in words.adders},
    )


def _phrases(tokens: list[str], phrases: dict[str, float]) -> list[str]:
    """The tokens with two-word number words joined: ["a", "dozen"] -> ["a dozen"]."""
    joined: list[str] = []
    for token in tokens:
        if joined and f"{joined[-1]} {token}" in phrases:
            joined[-1] = f"{joined[-1]} {token}"
        else:
            joined.append(token)
    return joined


def parse_words(tokens: list[str], words: NumberWords) -> float | None:
    """The value of a spelled number given as its words, or None when they are no number.

    >>> from warta.lang import lexicon
    >>> parse_words("seratus dua puluh lima ribu".split(), lexicon("id").numbers)
    125000.0
    >>> parse_words(["dua", "belas"], lexicon("id").numbers)
    12.0
    >>> parse_words("two hundred fifty".split(), lexicon("en").numbers)
    250.0
    >>> parse_words("a hundred thousand".split(), lexicon("en").numbers)
    100000.0
    """
    return read_words(tokens, word_values(words))


def read_words(tokens: list[str], table: WordValues) -> float | None:
    """`parse_words` with the language's value tables already at hand."""
    total = current = last = 0.0
    for token in _phrases([t.lower() for t in tokens], table.numbers):
        if token in table.numbers:
            last = table.numbers[token]
            current += last
        elif token in table.adders:
            current += table.adders[token]
            last = current
        elif token in table.multipliers and table.multipliers[token] < 1000:
            scaled = (last or 1) * table.multipliers[token]
            current, last = current - last + scaled, scaled
        elif token in table.multipliers:
            total += (current or 1) * table.multipliers[token]
            current = last = 0.0
        else:
            return None
    return total + current
