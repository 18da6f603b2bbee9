"""The words of numbers: how a language writes figures, money, measures and changes.

Every field is a tuple (of words, or of word/value pairs) so a `NumberWords` is hashable and the
patterns built from it can be cached on it. Words are lowercase unless the field says otherwise;
matching is case-insensitive except for `cased_scales`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberWords:
    """Number grammar words: separators, scale words, number words, currencies, units, change verbs.

    The number grammar itself (which separator is a decimal point) is documented in
    `warta.numbers.grammar`; this holds only what differs between languages.
    """

    #: The decimal separator of the language's own convention: "," in Indonesian, "." in English.
    decimal: str = "."
    #: The thousands separator of the language's own convention: "." in Indonesian, "," in English.
    group: str = ","
    #: Scale words after a number to their multiplier: "juta" -> 1e6, "bn" -> 1e9.
    scales: tuple[tuple[str, float], ...] = ()
    #: Scale abbreviations matched with their case, only right after a number: Indonesian "M"
    #: (miliar) and "T" (triliun), English "M" (million) and "K".
    cased_scales: tuple[tuple[str, float], ...] = ()
    #: Words that are a number on their own: "empat" -> 4, "sepuluh" -> 10, "twenty" -> 20.
    number_words: tuple[tuple[str, float], ...] = ()
    #: Words that multiply the number before them inside a spelled number: "puluh" -> 10,
    #: "ratus" -> 100, "hundred" -> 100 ("dua puluh lima" = (2 * 10) + 5).
    multipliers: tuple[tuple[str, float], ...] = ()
    #: Words that add to the number before them: "belas" -> 10 ("dua belas" = 2 + 10).
    adders: tuple[tuple[str, float], ...] = ()
    #: Number words too ambiguous to count alone ("satu", "one" also mean "a", "the same"): they
    #: make a figure only with a scale, a unit or a currency ("satu juta", "one kilometre").
    weak_words: tuple[str, ...] = ()
    #: Plural round numbers that are approximate by nature: "ratusan" -> 100, "thousands" -> 1000.
    approximate_plurals: tuple[tuple[str, float], ...] = ()
    #: Words before a figure that make it approximate: "sekitar", "lebih dari", "nearly".
    approximate: tuple[str, ...] = ()
    #: Words right after a figure that make it approximate: "100 lebih", "50 or so".
    approximate_after: tuple[str, ...] = ()
    #: Currency signs and codes written before the number, to ISO 4217: "Rp" -> "IDR". Cased.
    currency_prefixes: tuple[tuple[str, str], ...] = ()
    #: Currency names written after the number (and its scale), to ISO 4217: "dolar AS" -> "USD".
    currency_words: tuple[tuple[str, str], ...] = ()
    #: Measure units after a number to their symbol: "kilometer" -> "km", "persen" -> "%".
    units: tuple[tuple[str, str], ...] = ()
    #: Measures named before the number, to their symbol: "magnitudo 5,2" -> "M".
    unit_prefixes: tuple[tuple[str, str], ...] = ()
    #: Words that end a metric's name read from the start of its clause: "pada", "tercatat";
    #: "in", "was". The change verbs end it too.
    metric_stops: tuple[str, ...] = ()
    #: Words after a number that make it a time of day: "a.m.", "p.m." (time zones come from the
    #: date words).
    time_words: tuple[str, ...] = ()
    #: Verbs of a rising metric: "naik", "meningkat"; "rose".
    up_verbs: tuple[str, ...] = ()
    #: Verbs of a falling metric: "turun", "menurunkan"; "fell".
    down_verbs: tuple[str, ...] = ()
    #: Verbs of a metric that stayed put: "stagnan", "unchanged".
    flat_verbs: tuple[str, ...] = ()
    #: Words that tie the figure after them to a year: "pada tahun", "pada"; "in".
    year_cues: tuple[str, ...] = ()
    #: Parts of a year written before it with a numeral: "semester I-2023", "kuartal III/2024",
    #: "Q1 2024" ("Q" glued to its numeral).
    year_parts: tuple[str, ...] = ()
    #: Words that make the figure a rate, read with the word after them: "per kg", "setiap hari",
    #: "a day".
    per_words: tuple[str, ...] = ()
    #: The word that opens the value a change started from: "dari"; "from".
    change_from: tuple[str, ...] = ()
    #: Words that open the value a change arrived at: "menjadi", "ke"; "to".
    change_to: tuple[str, ...] = ()
    #: Words that mark the earlier value of a change: "sebelumnya"; "previously".
    previously: tuple[str, ...] = ()
    #: Words between two numbers that make them one range: "hingga", "sampai"; "to".
    range_words: tuple[str, ...] = ()
    #: Words before a number that make it a label, not a figure: "nomor", "pasal", "pukul".
    not_before: tuple[str, ...] = ()
    #: Ordinal prefixes joined to the number by a hyphen or space: Indonesian "ke" ("ke-7").
    ordinal_prefixes: tuple[str, ...] = ()
    #: Words before "ke" that make "ke 30" with a space an ordinal, as "ke-30" always is: "yang ke
    #: 30", "hari ke 5". Elsewhere "ke" opens a change's new value ("naik ke 7 persen").
    ordinal_heads: tuple[str, ...] = ()
    #: Ordinal suffixes joined to the number: English "st", "nd", "rd", "th" ("5th").
    ordinal_suffixes: tuple[str, ...] = ()
    #: Words after a number that end the counted noun before it starts, or are no noun at all:
    #: "diantaranya", "itu"; "of", "the".
    not_quantity: tuple[str, ...] = ()
    #: Verb affixes that end a counted noun: Indonesian "me-", "di-", "ber-", "ter-" ("3 orang
    #: meninggal"), English "-ing", "-ed" ("11 companies representing"). Checked on words of six
    #: letters or more.
    verb_prefixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
