"""The number grammar: written numbers to values, per language, as tables and as properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.lang import lexicon
from warta.numbers.grammar import parse_digits, parse_words

ID = lexicon("id").numbers
EN = lexicon("en").numbers


@pytest.mark.parametrize(
    ("surface", "indonesian", "english"),
    [
        ("32,2", 32.2, 32.2),  # a comma before one digit is a decimal point anywhere
        ("7.89", 7.89, 7.89),  # the mixed case: an English decimal on an Indonesian page
        ("12.500", 12500, 12.5),  # dot + three digits: the language decides
        ("12,500", 12.5, 12500),
        ("1.234.567", 1234567, 1234567),  # repeated: a thousands separator in both
        ("1,234,567", 1234567, 1234567),
        ("1.234.567,89", 1234567.89, 1234567.89),  # both: the last one is the decimal point
        ("1,234,567.89", 1234567.89, 1234567.89),
        ("0,125", 0.125, 0.125),  # a leading zero cannot open a thousands group
        ("0.500", 0.5, 0.5),
        ("1234,567", 1234.567, 1234.567),  # nor can four digits
        ("2024", 2024, 2024),
        ("4,14", 4.14, 4.14),
    ],
)
def test_digits_read_in_each_language(surface: str, indonesian: float, english: float) -> None:
    assert parse_digits(surface, ID) == pytest.approx(indonesian)
    assert parse_digits(surface, EN) == pytest.approx(english)


@pytest.mark.parametrize(
    "surface",
    ["1.2.3", "31.07.2024", "1,23,456", "1.234,5,6", "12a", "", "1.2345.678"],
)
def test_malformed_digits_are_no_number(surface: str) -> None:
    assert parse_digits(surface, ID) is None
    assert parse_digits(surface, EN) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("empat", 4),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("dua puluh lima", 25),
        ("seratus", 100),
        ("tiga ratus dua puluh", 320),
        ("seribu", 1000),
        ("dua ribu lima ratus", 2500),
        ("seratus dua puluh lima ribu", 125000),
        ("tiga juta", 3e6),
    ],
)
def test_indonesian_words(words: str, value: float) -> None:
    assert parse_words(words.split(), ID) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("four", 4),
        ("twenty five", 25),
        ("two hundred fifty", 250),
        ("a dozen", 12),
        ("two dozen", 24),
        ("three thousand", 3000),
        ("one hundred twenty five thousand", 125000),
    ],
)
def test_english_words(words: str, value: float) -> None:
    assert parse_words(words.split(), EN) == value


def test_unknown_words_are_no_number() -> None:
    assert parse_words(["empat", "kota"], ID) is None


def _grouped(whole: int, separator: str) -> str:
    digits = str(whole)
    groups = []
    while len(digits) > 3:
        digits, group = digits[:-3], digits[-3:]
        groups.insert(0, group)
    return separator.join([digits, *groups])


def _written(whole: int, decimals: str, grouped: bool, decimal: str, group: str) -> str:
    head = _grouped(whole, group) if grouped else str(whole)
    return f"{head}{decimal}{decimals}" if decimals else head


numbers = st.tuples(
    st.integers(min_value=0, max_value=10**13),
    st.text(alphabet="0123456789", max_size=4),
    st.booleans(),
)


@given(numbers)
def test_any_indonesian_number_reads_back(number: tuple[int, str, bool]) -> None:
    whole, decimals, grouped = number
    written = _written(whole, decimals, grouped, decimal=",", group=".")
    assert parse_digits(written, ID) == float(f"{whole}.{decimals or 0}")


@given(numbers)
def test_any_english_number_reads_back(number: tuple[int, str, bool]) -> None:
    whole, decimals, grouped = number
    written = _written(whole, decimals, grouped, decimal=".", group=",")
    assert parse_digits(written, EN) == float(f"{whole}.{decimals or 0}")


_ID_UNITS = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def _spell_id(n: int) -> str:
    """Indonesian for 1 <= n < 1e9, by the school rules: se- for one ten/hundred/thousand."""
    if n >= 1_000_000:
        rest = n % 1_000_000
        return f"{_spell_id(n // 1_000_000)} juta {_spell_id(rest) if rest else ''}".strip()
    if n >= 1000:
        head = "seribu" if n // 1000 == 1 else f"{_spell_id(n // 1000)} ribu"
        return f"{head} {_spell_id(n % 1000)}".strip() if n % 1000 else head
    if n >= 100:
        head = "seratus" if n // 100 == 1 else f"{_ID_UNITS[n // 100]} ratus"
        return f"{head} {_spell_id(n % 100)}".strip() if n % 100 else head
    if n >= 20:
        head = f"{_ID_UNITS[n // 10]} puluh"
        return f"{head} {_ID_UNITS[n % 10]}" if n % 10 else head
    if n >= 12:
        return f"{_ID_UNITS[n - 10]} belas"
    return {10: "sepuluh", 11: "sebelas"}[n] if n >= 10 else _ID_UNITS[n]


@given(st.integers(min_value=1, max_value=999_999_999))
def test_any_spelled_indonesian_number_reads_back(n: int) -> None:
    assert parse_words(_spell_id(n).split(), ID) == n


_PIECES = st.sampled_from(
    ["1", "23", "4.500", "7,89", "2018", " ", "  ", ".", ",", "-", "/", ":", "(", ")", "%", "Rp",
     "$", "persen", "juta", "miliar", "dua", "puluh", "satu", "a", "dozen", "pada tahun", "in",
     "dari", "menjadi", "to", "from", "naik", "fell", "ke-", "th", "Nomor", "Juli", "Sebelumnya",
     "kota", "people", "sekitar", "about", "\n", "é", "—"]
)


@given(st.lists(_PIECES, max_size=60), st.sampled_from(["id", "en"]))
def test_any_text_gives_consistent_figures(pieces: list[str], language: str) -> None:
    from warta.numbers import find_figures

    paragraphs = ["".join(pieces), "Sebelumnya " + "".join(reversed(pieces))]
    figures, changes = find_figures(paragraphs, lexicon(language))
    text = "\n\n".join(paragraphs)
    for figure in figures:
        assert text[figure.span.start : figure.span.end] == figure.text
        assert figure.value == figure.value and figure.value >= 0  # finite, not NaN
    for change in changes:
        assert change.before in figures and change.after in figures
        assert change.span.start <= min(change.before.span.start, change.after.span.start)
