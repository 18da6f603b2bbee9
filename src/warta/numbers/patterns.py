"""The patterns the figure and change finders use, built once per language from its words.

Every pattern is a flat alternation of lexicon words between fixed separators, so none can
backtrack catastrophically: the only repeated groups (`(?:[\\s-]+WORD)*`, `(?:[.,]\\d+)*`) start
with a separator that no word or digit can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from warta.lang.regex import alternation, trie
from warta.lang.schema import NumberWords
from warta.numbers.grammar import WordValues, word_values


def _year(name: str = "year") -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?![\d.,]\d)"


def _word(words: Iterable[str]) -> str:
    """Whole words only, as a prefix tree (see `trie`): lookarounds instead of \\b, which
    mishandles "%", "a.m." and "±".

    >>> bool(re.fullmatch(_word(["%", "km"]), "km")), bool(re.search(_word(["km"]), "skm"))
    (True, False)
    """
    return trie(words, whole=True)


@dataclass(frozen=True)
class Patterns:
    """One language's figure patterns and the word tables behind them."""

    digits: re.Pattern[str]
    spelled: re.Pattern[str]
    #: The same, case-sensitive, for lowercased text: 2-3x faster than IGNORECASE, and the scan
    #: for spelled numbers is most of what figures cost a page.
    spelled_lower: re.Pattern[str]
    #: A cheap necessary condition for `spelled_lower`, searched first: a strong number word or
    #: an approximate plural, or a weak word before what it must precede, after a character that
    #: is no ASCII letter, digit, "_" or "-" (`may_spell_start` at the very start). Nine
    #: paragraphs in ten hold no spelled number. Opening on a character class, one scan skips
    #: from space to space; the words alone were tried at every letter, 1.6x slower, and words
    #: ending in one ("often", "gotten") passed.
    may_spell: re.Pattern[str]
    may_spell_start: re.Pattern[str]
    #: A digit of another script than ASCII's, looked for only in text that is not ASCII and
    #: holds no ASCII digit: the scan stops at non-ASCII characters alone, where `\d` is tried at
    #: every character (2-3x slower).
    other_digit: re.Pattern[str]
    # Matched at the end of a number, in this order.
    ordinal_suffix: re.Pattern[str]
    time_after: re.Pattern[str]
    month_after: re.Pattern[str]
    range_next: re.Pattern[str]
    scale: re.Pattern[str]
    cased_scale: re.Pattern[str]
    currency_word: re.Pattern[str]
    unit: re.Pattern[str]
    approximate_after: re.Pattern[str]
    noun: re.Pattern[str]
    year_after: re.Pattern[str]
    year_after_brackets: re.Pattern[str]
    per: re.Pattern[str]
    # Phrases looked up among the words just before a number, lowercased.
    labels: frozenset[str]
    approximate: frozenset[str]
    ordinal_prefixes: frozenset[str]
    ordinal_heads: frozenset[str]
    change_from: frozenset[str]
    cues: frozenset[str]
    # Searched in a sentence.
    year_anywhere: re.Pattern[str]
    year_number: re.Pattern[str]
    sentence_break: re.Pattern[str]
    # Word tables.
    scales: dict[str, float]
    cased_scales: dict[str, float]
    currency_prefixes: dict[str, str]
    currency_words: dict[str, str]
    units: dict[str, str]
    money: frozenset[str]
    unit_prefixes: dict[str, str]
    unit_prefix_words: frozenset[str]
    plurals: dict[str, float]
    values: WordValues
    weak: frozenset[str]
    not_quantity: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_suffixes: tuple[str, ...]


def _lower(pairs: Iterable[tuple[str, str | float]]) -> list[str]:
    """The words of (word, value) pairs, lowercased: the spelled-number scan runs on lowercased
    text."""
    return [w.lower() for w, _ in pairs]


@cache
def patterns(words: NumberWords, months: tuple[str, ...], zones: tuple[str, ...]) -> Patterns:
    """Compile the figure patterns of one language; cached, so built once per language.

    `months` and `zones` come from the language's date words, so no month is typed twice.
    """
    i = re.IGNORECASE
    number_words = _lower(words.number_words)
    continuing = number_words + _lower(words.multipliers) + _lower(words.adders)
    plurals = _lower(words.approximate_plurals)
    weak_words = [w.lower() for w in words.weak_words]
    strong = [w for w in number_words if w not in weak_words]
    # "satu", "one", "a" start a number only before another number word, a scale, a unit or a
    # currency ("satu juta", "a dozen", "one kilometre"): the lookahead keeps "salah satu" and
    # every English "a" from becoming a candidate at all.
    follows = _word(
        [*continuing, *_lower(words.scales), *_lower(words.units), *_lower(words.currency_words)]
    )
    weak = alternation(weak_words) or "(?!)"
    first = rf"{alternation(strong)}|(?:{weak})(?=[\s-]+{follows})"
    may_spell = rf"(?:{trie([*strong, *plurals])}(?!\w)|(?:{weak})[\s-]+{follows})"
    spelled = (
        rf"(?<![\w-])(?:(?P<plural>{alternation(plurals)})"
        rf"|(?P<words>(?:{first})(?:[\s-]+(?:{alternation(continuing)}))*))"
        rf"(?![\w-])"
    )
    # "pada tahun 2018", "pada Maret 2024", "in January 2024", "pada 17 Agustus 2023",
    # "pada semester I-2023", "in Q1 2024".
    parts = alternation(words.year_parts) or "(?!)"
    part = rf"(?<!\w)(?:{parts})\s*(?:[IV]{{1,3}}|[1-4])\s*[-/]?\s*"
    cued_year = (
        rf"{_word(words.year_cues)}\s+(?:(?:\d{{1,2}}\s+)?{_word(months)}\s+|{part})?{_year()}"
    )
    stop_words = set(words.not_quantity) | set(continuing) | set(plurals)
    stop_words |= set(_lower(words.scales)) | set(_lower(words.units))
    stop_words |= set(words.up_verbs) | set(words.down_verbs) | set(words.year_cues)
    return Patterns(
        digits=re.compile(r"\d+(?:[.,]\d+)*"),
        spelled=re.compile(spelled, i),
        spelled_lower=re.compile(spelled),
        may_spell=re.compile(rf"[^0-9A-Za-z_-]{may_spell}"),
        may_spell_start=re.compile(may_spell),
        other_digit=re.compile(r"[^\x00-\x7f](?<=\d)"),
        ordinal_suffix=re.compile(rf"(?:{alternation(words.ordinal_suffixes) or '(?!)'})(?!\w)", i),
        time_after=re.compile(rf"\s*{_word([*words.time_words, *zones])}", i),
        month_after=re.compile(rf"\s+{_word(months)}", i),
        range_next=re.compile(
            rf"\s*(?:[-–]|(?<!\w)(?:{alternation(words.range_words)})(?!\w))\s*"
            rf"(?:(?P<high>\d+(?:[.,]\d+)*)(?![\d/:])|(?=[^\W\d_]))",
            i,
        ),
        scale=re.compile(rf"[\s-]*{_word(_lower(words.scales))}", i),
        cased_scale=re.compile(rf"\s?(?:{alternation(dict(words.cased_scales))})(?!\w)"),
        currency_word=re.compile(rf"[\s-]*{_word(_lower(words.currency_words))}", i),
        unit=re.compile(rf"(?:\s*|-){_word(_lower(words.units))}", i),
        approximate_after=re.compile(rf"\s*{_word(words.approximate_after)}", i),
        noun=re.compile(r"\s+([^\W\d_](?:[\w'’-]*\w)?)"),
        # "Rp 48,6 triliun ($3,08 miliar) for 2023": the year after a bracket closing on a figure.
        year_after=re.compile(rf"\s*\)?,?\s*(?:{cued_year}|\(\s*{_year('paren')}\s*\))", i),
        year_after_brackets=re.compile(rf"\s*\([^()]{{0,40}}\)\s*,?\s*{cued_year}", i),
        per=re.compile(rf"\s*{_word(words.per_words)}\s*[^\W\d_]+", i),
        labels=frozenset(w.lower() for w in (*words.not_before, *months)),
        approximate=frozenset(w.lower() for w in words.approximate),
        ordinal_prefixes=frozenset(words.ordinal_prefixes),
        ordinal_heads=frozenset(words.ordinal_heads),
        change_from=frozenset(words.change_from),
        cues=frozenset(w.lower() for w in words.year_cues),
        year_anywhere=re.compile(cued_year, i),
        # Years are rare and cue words common: find the years first, then look for a cue before
        # each, rather than trying every cue at every position.
        # The lookbehind stands after "19"/"20" so the scan can skip to a 1 or a 2 (3x faster).
        year_number=re.compile(r"(?:19|20)(?<![\d.,]..)\d\d(?![\d.,]\d)"),
        sentence_break=re.compile(r"[.!?;]\s+(?=[^\w\s]*[A-Z0-9])"),
        scales={w.lower(): v for w, v in words.scales},
        cased_scales=dict(words.cased_scales),
        currency_prefixes=dict(words.currency_prefixes),
        currency_words={w.lower(): c for w, c in words.currency_words},
        units={w.lower(): u for w, u in words.units},
        money=frozenset(c for _, c in (*words.currency_prefixes, *words.currency_words)),
        unit_prefixes={w.lower(): u for w, u in words.unit_prefixes},
        unit_prefix_words=frozenset(w.lower() for w, _ in words.unit_prefixes),
        plurals={w.lower(): v for w, v in words.approximate_plurals},
        values=word_values(words),
        weak=frozenset(words.weak_words),
        not_quantity=frozenset(stop_words),
        verb_prefixes=words.verb_prefixes,
        verb_suffixes=words.verb_suffixes,
    )
