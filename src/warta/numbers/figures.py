"""Figures: the numbers of a paragraph with their unit, currency, scale, year and counted noun.

Candidates come from two precompiled patterns, digits and spelled numbers. Each is then read
outward, a step at a time: the text on its left can make it no figure (a label such as "Nomor",
"ke-", a month), a sum of money ("Rp") or approximate ("sekitar"); the text on its right can make
it a date or a time, extend it into a range, and gives its scale, currency or unit, its counted
noun and the year it is tied to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from heapq import merge
from typing import NamedTuple

from warta.lang.regex import folded
from warta.lang.schema import Lexicon
from warta.numbers.grammar import parse_digits, read_words
from warta.numbers.patterns import Patterns, patterns

__all__ = ["MAX_FIGURES", "Found", "find_in_paragraph", "patterns_for"]

#: How far left of a number its currency, approximation or label word is looked for.
_LEFT = 48
#: Figures read from one article at most. News articles hold tens; a page of thousands is a
#: table or an attack, and reading all of a megabyte of "12,5 persen naik" took 10 s.
MAX_FIGURES = 1000
#: Numbers looked at per figure allowed, so a page of numbers that are no figures stays cheap too.
_LOOKS_PER_FIGURE = 20


class Found(NamedTuple):
    """A figure in one paragraph, with the extents the change finder needs.

    `start`/`end` bound the figure's own text ("Rp 2,5 miliar"); `tail` is where its counted noun
    or year phrase ends ("32,2 persen pada tahun 2018" ends after "2018"). A named tuple, as
    every candidate number makes one: three times cheaper to build than a frozen dataclass.
    """

    start: int
    end: int
    value: float
    unit: str | None = None
    approximate: bool = False
    year: int | None = None
    quantity: str | None = None
    high: float | None = None
    tail: int = 0
    #: The year was written right after the figure, so no later figure can claim it.
    holds_year: bool = False


class _Number(NamedTuple):
    """A number candidate before its right-hand context is read."""

    start: int
    end: int
    value: float
    currency: str | None
    approximate: bool
    spelled: bool
    weak: bool
    #: The words before the number itself (after any currency sign), read once for every test
    #: on its left that does not involve the currency.
    words: list[str]


def patterns_for(lex: Lexicon) -> Patterns:
    """The cached patterns of a lexicon's language."""
    return patterns(lex.numbers, tuple(lex.dates.months), tuple(lex.dates.timezones))


def find_in_paragraph(
    text: str, lex: Lexicon, pat: Patterns | None = None, limit: int = MAX_FIGURES
) -> list[Found]:
    """The figures of one paragraph, in order, at most `limit` of them.

    >>> from warta.lang import lexicon
    >>> [(f.value, f.unit, f.year) for f in find_in_paragraph(
    ...     "Angka stunting turun dari 32,2 persen pada tahun 2018 menjadi 7,89% pada 2023.",
    ...     lexicon("id"))]
    [(32.2, '%', 2018), (7.89, '%', 2023)]
    """
    pat = pat or patterns_for(lex)
    spelled = _spelled_candidates(text, pat)
    if not spelled and not _has_digit(text, pat):
        return []
    digits = pat.digits.finditer(text)
    candidates = merge(digits, spelled, key=lambda m: m.start()) if spelled else digits
    context: _Context | None = None
    found: list[Found] = []
    claimed = 0  # where the last year a figure holds ends: no later figure takes that year
    consumed = 0
    for looked, match in enumerate(candidates):
        if len(found) >= limit or looked >= limit * _LOOKS_PER_FIGURE:
            break
        if match.start() < consumed:
            continue
        number = _read_number(match, text, lex, pat)
        figure = _read_right(number, text, pat, lex) if number else None
        if number is not None:
            consumed = max(consumed, number.end)
        if figure is not None:
            context = context or _Context.of(text, pat)
            found.append(_with_year(figure, text, pat, claimed, context))
            claimed = max(claimed, found[-1].tail if found[-1].holds_year else 0)
            consumed = max(consumed, found[-1].tail)
    return found


@dataclass(frozen=True)
class _Context:
    """What the year finder needs of a paragraph, read once when it has a figure."""

    sentences: list[int]
    #: Where each "pada (tahun) 2018", "in 2023" of the paragraph starts, and its year.
    year_starts: list[int]
    years: list[int]

    @classmethod
    def of(cls, text: str, pat: Patterns) -> _Context:
        cued = [
            cue
            for year in pat.year_number.finditer(text)
            if (cue := _cued_year(text, year.end(), pat)) and not _is_label_year(text, cue.start())
        ]
        # Sentences matter only to a figure with a cued year before it: most paragraphs have none.
        breaks = pat.sentence_break.finditer(text) if cued else ()
        return cls(
            sentences=[0, *(m.end() for m in breaks)],
            year_starts=[m.start() for m in cued],
            years=[int(m.group("year")) for m in cued],
        )


def _cued_year(text: str, end: int, pat: Patterns) -> re.Match[str] | None:
    """The cue and year ending at `end` ("pada tahun 2018"), if a cue opens it."""
    start = max(0, end - _LEFT)
    for cue in pat.year_anywhere.finditer(text, start, end):
        if cue.end() == end:
            return cue
    return None


def _is_label_year(text: str, start: int) -> bool:
    # "Nomor 81 Tahun 2024": the year of a regulation's number, not of any figure.
    return text[max(0, start - 2) : start].strip()[-1:].isdigit()


def _words_before(text: str, start: int) -> tuple[list[str], str]:
    """The last words before `start`, and the token glued to the number ("Rp", "ke-", "(").

    Label, approximation and currency words are looked up among these, which is cheaper than a
    regex anchored at the end of the text and reads the same.
    """
    left = text[max(0, start - _LEFT) : start]
    words = left.split()[-4:]
    glued = words.pop() if words and left and not left[-1].isspace() else ""
    return words, glued


_OPENERS = "([\"'“"


@cache
def _shape(phrases: frozenset[str]) -> tuple[int, frozenset[str]]:
    """Words in the longest of `phrases` (at most 3), and the words phrases end with (a frozenset
    caches its own hash, so the lookup is cheap)."""
    longest = min(3, max((phrase.count(" ") + 1 for phrase in phrases), default=0))
    return longest, frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


def _ends_with(words: list[str], phrases: frozenset[str]) -> int:
    """How many of the last `words` form one of `phrases` (lowercased), 0 when none do."""
    if not words:
        return 0
    longest, lasts = _shape(phrases)
    # Most numbers have no such word before them: rule that out on the last word alone.
    last = words[-1].lower()
    if last not in lasts:
        bare = last.lstrip(_OPENERS)
        if bare == last and last[-1] not in ".:":
            return 0  # nothing to strip, so no other form to look up
        if not ({last.rstrip(".:"), bare, bare.rstrip(".:")} & lasts):
            return 0
    # A phrase of n words joined holds n - 1 spaces whatever is stripped, so no more words are
    # tried than the longest phrase has.
    for count in range(min(longest, len(words)), 0, -1):
        phrase = (words[-1] if count == 1 else " ".join(words[-count:])).lower()
        phrase = phrase.lstrip(_OPENERS)
        if phrase in phrases or phrase.rstrip(".:") in phrases:
            return count
    return 0


def _read_number(match: re.Match[str], text: str, lex: Lexicon, pat: Patterns) -> _Number | None:
    """The candidate's value and what its left side says, or None when it is no figure."""
    start, end = match.span()
    words, glued = _words_before(text, start)
    if _ends_with(words, pat.labels) or _is_ordinal(words, glued, pat):
        return None
    if match.re is not pat.digits:
        return _spelled(match, words, lex, pat)
    left = text[max(0, start - 2) : start]
    value = _digit_value(match.group(), left, text, end, lex)
    if value is None or _is_age(text, start, end):
        return None
    currency, at = _currency(words, glued, text, start, pat)
    if currency is None and left[-1:].isalpha():
        return None  # glued to a word: "G20", "B1234", "COVID19"
    before = words[:-1] if currency and not glued else words
    return _Number(
        start=at,
        end=end,
        value=value,
        currency=currency,
        approximate=bool(_ends_with(before, pat.approximate)) or glued in pat.approximate,
        spelled=False,
        weak=False,
        words=words,
    )


def _is_ordinal(words: list[str], glued: str, pat: Patterns) -> bool:
    if glued:
        return glued.endswith("-") and glued[:-1].lower() in pat.ordinal_prefixes  # "ke-7"
    spaced = len(words) >= 2 and words[-1].lower() in pat.ordinal_prefixes
    return spaced and words[-2].lower() in pat.ordinal_heads  # "yang ke 30"


def _currency(
    words: list[str], glued: str, text: str, start: int, pat: Patterns
) -> tuple[str | None, int]:
    """The currency written before the number ("Rp", "US$", "($"), and where the figure starts."""
    token = glued or (words[-1] if words else "")
    sign = token.lstrip("([\"'“")
    if sign not in pat.currency_prefixes:
        return None, start
    return pat.currency_prefixes[sign], text.rindex(sign, 0, start)


def _digit_value(surface: str, left: str, text: str, end: int, lex: Lexicon) -> float | None:
    # A number glued after "-" or "+" to a word or a number is a code, a range's second half or a
    # day count: "COVID-19", "H-3", "2023-2025".
    before, after = left[-1:], text[end : end + 1]  # "" at either end of the paragraph
    if before and before in "-+/:" and left[-2:-1].isalnum():
        return None
    dated = after != "" and after in "/:" and text[end + 1 : end + 2].isdigit()
    if (before and before in "/:") or dated:
        return None  # dates "31/7/2024", times "14:30", ratios
    if text[end : end + 1] == "(" and text[end + 1 : end + 2].isalnum():
        return None  # codes: "401(k)"
    if len(surface) > 1 and surface[0] == "0" and surface[1].isdigit():
        return None  # phone numbers and clock times: "0812", "021", "08.00"
    return parse_digits(surface, lex.numbers)


def _is_age(text: str, start: int, end: int) -> bool:
    """A bare number right after a name is an age: "Asep Suryana (52), mengatakan" (Indonesian
    outlets), "librarian Cynthia Hurd, 54; coach ..." (AP lists of victims)."""
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    listed = text[start - 2 : start] == ", " and text[end : end + 1] == ";" and end - start <= 3
    if not bracketed and not listed:
        return False
    before = text[max(0, start - 30) : start].rstrip(" (,").split()
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()


def _has_digit(text: str, pat: Patterns) -> bool:
    # Ten substring searches (memchr) are 4x faster than one regex scan for [0-9].
    for digit in "0123456789":
        if digit in text:
            return True
    return not text.isascii() and pat.other_digit.search(text) is not None


def _spelled_candidates(text: str, pat: Patterns) -> list[re.Match[str]]:
    lowered = text.lower()
    if pat.may_spell_start.match(lowered):
        first = 0
    elif may := pat.may_spell.search(lowered):
        first = may.start() + 1  # no spelled number starts before the word `may_spell` found
    else:
        return []
    if len(lowered) == len(text):  # offsets hold unless lowercasing changed a length ("İ")
        return list(pat.spelled_lower.finditer(lowered, first))
    return list(pat.spelled.finditer(text))


def _spelled(match: re.Match[str], words: list[str], lex: Lexicon, pat: Patterns) -> _Number | None:
    surface = " ".join(match.group().lower().replace("-", " ").split())
    plural = match.group("plural")
    value = pat.plurals[surface] if plural else read_words(surface.split(), pat.values)
    if value is None:
        return None
    return _Number(
        start=match.start(),
        end=match.end(),
        value=value,
        currency=None,
        approximate=bool(plural) or bool(_ends_with(words, pat.approximate)),
        spelled=True,
        weak=not plural and all(word in pat.weak for word in surface.split()),
        words=words,
    )


def _read_right(number: _Number, text: str, pat: Patterns, lex: Lexicon) -> Found | None:
    """Read the figure's right side: range, scale, currency or unit, approximation, noun."""
    at = number.end
    if pat.ordinal_suffix.match(text, at) or pat.month_after.match(text, at):
        return None  # "5th", "17 Agustus"
    ranged = _read_range(number, text, pat, lex)
    if ranged is None:
        return None
    high, at = ranged
    if number.value <= 24 and pat.time_after.match(text, at):
        return None  # "13.21 WIB", "11 a.m."
    glued = text[at : at + 1].isalpha()
    scale, at = _scale(text, at, pat, number.currency is not None)
    unit, at = _unit(text, at, pat, number.currency)
    if glued and at == number.end:
        return None  # letters glued on that are no unit: "5th", "4G", "2nd"
    # No currency here (`_unit` returned it as the unit), so the number starts at its digits.
    unit = unit or _unit_before(number.words, pat)
    if scale == 1 and unit is None and _is_bare(number, text, pat):
        return None
    after = pat.approximate_after.match(text, at)
    approximate = number.approximate or after is not None
    at = after.end() if after else at
    # A measure can count something ("10 ton beras"); money and percentages do not.
    counts = unit is None or (unit != "%" and number.currency is None and unit not in pat.money)
    quantity, tail = _noun(text, at, pat) if counts else (None, at)
    per = pat.per.match(text, tail)
    tail = per.end() if per else tail
    return Found(
        start=number.start,
        end=at,
        value=number.value * scale,
        unit=unit,
        approximate=approximate,
        quantity=quantity,
        high=high * scale if high is not None else None,
        tail=tail,
    )


def _read_range(
    number: _Number, text: str, pat: Patterns, lex: Lexicon
) -> tuple[float | None, int] | None:
    """The range's upper end and where it ends ("10-15", "10 hingga 15"), or None for a period of
    years ("2023-2025"), which is no figure. "dari 10 hingga 15" is a change, not a range."""
    ranged = pat.range_next.match(text, number.end)
    if not ranged or _ends_with(_left_words(number, text), pat.change_from):
        return None, number.end
    if ranged.group("high") is None:
        return _spelled_high(number, text, ranged.end(), pat, lex)
    high = parse_digits(ranged.group("high"), lex.numbers)
    if high is not None and _is_year(ranged.group("high"), high) and _is_year_number(number):
        return None
    if _is_score(text, number, ranged, high):
        return None
    if high is None or high <= number.value:
        return None, number.end  # "in 2021 to 35.3": not a range
    return high, ranged.end()


def _is_score(text: str, number: _Number, ranged: re.Match[str], high: float | None) -> bool:
    """ "menang 3-1", "Titusville 53-9", "Heritage (1-0)": a score or a record, no figure. A
    range runs upwards and rarely from nothing, so a hyphen between a number and a lower one, or
    after a zero, is a score, and so is any hyphenated pair in brackets."""
    hyphen = text[number.end : number.end + 1]
    joined = hyphen != "" and hyphen in "-–" and ranged.group().strip() == ranged.group()
    if not joined or high is None:
        return False
    closes = text[ranged.end() : ranged.end() + 1] == ")"
    bracketed = number.start > 0 and text[number.start - 1] == "(" and closes
    return high <= number.value or bracketed or number.value == 0  # "kalah 0-3"


def _spelled_high(
    number: _Number, text: str, at: int, pat: Patterns, lex: Lexicon
) -> tuple[float | None, int]:
    """The spelled upper end of a spelled range: "five to seven percent", "dua hingga tiga"."""
    spelled = pat.spelled.match(text, at) if number.spelled else None
    if spelled is None or spelled.group("words") is None:
        return None, number.end
    high = read_words(spelled.group().lower().replace("-", " ").split(), pat.values)
    if high is None or high <= number.value:
        return None, number.end
    return high, spelled.end()


def _is_bare(number: _Number, text: str, pat: Patterns) -> bool:
    """A number with no scale, unit or currency that is no figure on its own."""
    if _is_year_number(number, pat):
        return True  # a bare year: "2023", "tahun 2014", "in 1816"
    if number.end - number.start >= 5 and _is_code(text[number.start : number.end]):
        return True  # "Kring Pajak 1500200": long numbers nobody grouped are codes
    return number.weak  # "salah satu", "one of"


def _is_code(surface: str) -> bool:
    return surface.isdigit() and len(surface) >= 5


def _is_year(surface: str, value: float) -> bool:
    return surface.isdigit() and len(surface) == 4 and 1900 <= value <= 2100


def _is_year_number(number: _Number, pat: Patterns | None = None) -> bool:
    """Four ungrouped digits from 1900 to 2100, or from 1000 after a year cue ("in 1816"):
    counts that size are written grouped ("1.500 orang", "1,500 people")."""
    if number.spelled or number.currency is not None or number.end - number.start != 4:
        return False
    if number.value != int(number.value) or not 1000 <= number.value <= 2100:
        return False
    if number.value >= 1900:
        return True
    return pat is not None and bool(_ends_with(number.words, pat.cues))


def _scale(text: str, at: int, pat: Patterns, money: bool) -> tuple[float, int]:
    found = pat.scale.match(text, at)
    if found:
        word = " ".join(folded(found.group()).replace("-", " ").split())
        return pat.scales[word], found.end()
    # "Rp 5 M", "$3B": a capital letter is a scale only on money.
    cased = pat.cased_scale.match(text, at) if money else None
    if cased:
        return pat.cased_scales[cased.group().strip()], cased.end()
    return 1.0, at


def _unit(text: str, at: int, pat: Patterns, currency: str | None) -> tuple[str | None, int]:
    word = pat.currency_word.match(text, at)
    if word and currency is None:
        return pat.currency_words[_key(word.group())], word.end()
    if currency is not None:
        return currency, at
    unit = pat.unit.match(text, at)
    if unit:
        return pat.units[_key(unit.group())], unit.end()
    return None, at


def _key(surface: str) -> str:
    return " ".join(folded(surface).lstrip("-").split())


def _left_words(number: _Number, text: str) -> list[str]:
    """The words before the figure, currency sign included in the figure."""
    return _words_before(text, number.start)[0] if number.currency else number.words


def _unit_before(words: list[str], pat: Patterns) -> str | None:
    found = _ends_with(words, pat.unit_prefix_words)
    return pat.unit_prefixes[folded(words[-1])] if found else None


def _noun(text: str, at: int, pat: Patterns) -> tuple[str | None, int]:
    """The counted noun after a figure, at most two words: "31 kota percontohan"."""
    words: list[str] = []
    end = at
    while len(words) < 2:
        word = pat.noun.match(text, end)
        if word is None or not _is_noun(word.group(1).lower(), pat):
            break
        words.append(word.group(1))
        end = word.end()
    return (" ".join(words) or None), end


def _is_noun(word: str, pat: Patterns) -> bool:
    if word in pat.not_quantity:
        return False
    verb = word.startswith(pat.verb_prefixes) or word.endswith(pat.verb_suffixes)
    return len(word) < 6 or not verb


def _with_year(figure: Found, text: str, pat: Patterns, claimed: int, context: _Context) -> Found:
    """Tie the figure to a year: right after it ("pada tahun 2018"), else earlier in its sentence
    ("Pada 2023, ekspor mencapai ..."), never a year another figure already holds."""
    after = pat.year_after.match(text, figure.tail)
    if after:
        year = int(after.group("year") or after.group("paren"))
        return figure._replace(year=year, tail=after.end(), holds_year=True)
    bracketed = pat.year_after_brackets.match(text, figure.tail)
    if bracketed:
        return figure._replace(year=int(bracketed.group("year")))
    last = bisect_left(context.year_starts, figure.start) - 1
    if last < 0:
        return figure
    sentence = context.sentences[bisect_right(context.sentences, figure.start) - 1]
    if context.year_starts[last] >= max(sentence, claimed):
        return figure._replace(year=context.years[last])
    return figure
