"""Figures and changes, one behaviour per row. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from warta.lang import lexicon
from warta.numbers import find_figures
from warta.records import Direction, Figure


def _figures(text: str, language: str = "id") -> list[Figure]:
    return find_figures([text], lexicon(language))[0]


def _values(text: str, language: str = "id") -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in _figures(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("id", "Dana desa sebesar Rp 1,5 triliun cair pekan ini.", [(1.5e12, "IDR")]),
        ("id", "Harganya Rp16.250 per dolar AS.", [(16250, "IDR")]),
        ("id", "Nilainya Rp. 3,5 M saja.", [(3.5e9, "IDR")]),
        ("id", "Ekspor mencapai 20,52 miliar dolar AS.", [(20.52e9, "USD")]),
        ("id", "Inflasi 2,75 persen dan 3,05%.", [(2.75, "%"), (3.05, "%")]),
        ("id", "Pada kuartal itu pertumbuhan 7.89% tercatat.", [(7.89, "%")]),
        ("id", "Jalan sepanjang 12,5 km dibangun di lahan 40 hektare.", [(12.5, "km"), (40, "ha")]),
        ("id", "Produksi 13.450 ribu ton.", [(13.45e6, "t")]),
        ("id", "Sebanyak 1.254 rumah rusak.", [(1254, None)]),
        ("id", "Ada dua belas desa terdampak.", [(12, None)]),
        ("id", "Puluhan warga mengungsi.", [(10, None)]),
        ("id", "Kenaikan 10-15 persen diperkirakan.", [(10, "%")]),
        ("id", "Gempa bermagnitudo 5,2 terjadi.", [(5.2, "M")]),
        ("en", "The deal is worth $3.5 billion.", [(3.5e9, "USD")]),
        ("en", "Shares closed at 2,650 rupiah.", [(2650, "IDR")]),
        ("en", "About 4,000 people fled.", [(4000, None)]),
        ("en", "Two dozen flights were canceled.", [(24, None)]),
        ("en", "Winds reached 175 kilometers per hour.", [(175, "km/h")]),
        ("en", "The 11.8-kilometer line opens.", [(11.8, "km")]),
        ("en", "It cost 140 billion yen.", [(140e9, "JPY")]),
        ("en", "Profit was 48.6 trillion rupiah.", [(48.6e12, "IDR")]),
    ],
)
def test_figures_are_read(language: str, text: str, expected: list[tuple[float, str]]) -> None:
    found = _values(text, language)
    # Units exactly, values approximately (pytest.approx takes no nested tuples).
    assert [unit for _, unit in found] == [unit for _, unit in expected]
    assert [value for value, _ in found] == pytest.approx([value for value, _ in expected])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Sidang Tahunan ke-7 digelar di Laos."),  # ordinal
        ("id", "Pertemuan diadakan pada bulan Juli 2023."),  # month and year
        ("id", "Ia terpilih untuk periode 2023-2025."),  # a period of years
        ("id", "Keterangan tertulis, Rabu (31/7/2024)."),  # numeric date
        ("id", "Gempa terjadi pukul 13.21 WIB."),  # time
        ("id", "Aturan itu ada dalam UU Nomor 23 Tahun 2014."),  # law number
        ("id", "Hubungi posko di nomor 0812-2233-4455."),  # phone number
        ("id", "Pasien COVID-19 dirawat di ruang isolasi."),  # code
        ("id", "Ketua Asep Suryana (52), mengatakan hal itu."),  # age after a name
        ("id", "Indonesia menjadi salah satu anggota."),  # lone "satu"
        ("id", "Tahun 2023 menjadi tahun sibuk."),  # bare year
        ("id", "Tiket dijual mulai H-3 Lebaran."),  # day count label
        ("en", "It was the 5th meeting of the network."),  # ordinal suffix
        ("en", "JAKARTA, March 4 (Reuters) - Markets opened."),  # date
        ("en", "The statement came at 11 a.m. Jakarta time."),  # time
        ("en", "One of the officials declined to comment."),  # lone "one"
        ("en", "It was adopted under Law No. 17/2003."),  # law number
        ("en", "Apple shipped iOS 17.2.1 in December."),  # version
        ("id", "Ia menginap di hotel bintang lima."),  # a name's number word
        ("id", "Ia merayakan ulang tahunnya yang ke 30."),  # ordinal with a space
        ("id", "Persib menang 3-1 atas tamunya."),  # a score
        ("id", "Timnya kalah 0-3 di kandang."),  # a score from nil
        ("en", "Heritage (1-0) beat Titusville (0-1) on Friday."),  # win-loss records
        ("en", "Both trigger so-called type 2 immune responses."),  # a label
        ("en", "It was founded in 1816 in the city."),  # an old year after a cue
        ("en", "The dead were teacher Anna Reyes, 54; and Tom Hill, 38; both locals."),  # ages
    ],
)
def test_not_figures(language: str, text: str) -> None:
    assert _figures(text, language) == []


def test_a_figure_knows_what_it_counts_and_its_year() -> None:
    empat, kota = _figures("Empat topik itu dibahas. ASCN memiliki 31 kota percontohan untuk itu.")
    assert (empat.value, empat.quantity) == (4, "topik")
    assert (kota.value, kota.quantity) == (31, "kota percontohan")
    [share] = _figures("Pada 2023, pangsa pasar mencapai 12 persen.")
    assert share.year == 2023
    [growth] = _figures("Ekonomi tumbuh 5,05 persen pada tahun 2023.")
    assert growth.year == 2023
    [profit] = _figures("Laba mencapai Rp 5 triliun pada kuartal III/2024.")
    assert profit.year == 2024


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "unit"),
    [
        ("id", "Kenaikan 10-15 persen diperkirakan.", 10, 15, "%"),
        ("id", "Harga naik 10 hingga 15 persen.", 10, 15, "%"),
        ("en", "It takes about 5-8 minutes.", 5, 8, None),
        ("en", "Save between 25 and 30 times your expenses.", 25, 30, None),
        ("en", "About five to seven percent of energy.", 5, 7, "%"),
        ("id", "Harga naik dua hingga tiga persen.", 2, 3, "%"),
    ],
)
def test_ranges(language: str, text: str, low: float, high: float, unit: str | None) -> None:
    [figure] = _figures(text, language)
    assert (figure.value, figure.value_max, figure.unit) == (low, high, unit)


def test_a_spelled_number_before_to_is_no_range_without_a_second_number() -> None:
    [five] = _figures("Count down from five to the end.", "en")
    assert (five.value, five.value_max, five.text) == (5, None, "five")


def test_a_falling_pair_is_no_range() -> None:
    # "2021 to 35.3": a year and the next figure, not a range from 2021 down to 35.3.
    figures = _figures("It fell from 37.8 percent in 2021 to 35.3 percent.", "en")
    summary = [(f.value, f.value_max, f.year) for f in figures]
    assert summary == [(37.8, None, 2021), (35.3, None, None)]


def test_approximate_figures() -> None:
    assert [f.approximate for f in _figures("Sekitar 20.000 liter dan 3 ton.")] == [True, False]
    assert [f.approximate for f in _figures("more than 300,000 villagers", "en")] == [True]


def test_spans_index_the_joined_text() -> None:
    paragraphs = ["Judul tanpa angka.", "Harga naik menjadi Rp 2,5 miliar."]
    [figure], _ = find_figures(paragraphs, lexicon("id"))
    text = "\n\n".join(paragraphs)
    assert text[figure.span.start : figure.span.end] == figure.text == "Rp 2,5 miliar"
    assert figure.paragraph == 1


@pytest.mark.parametrize(
    ("language", "text", "metric", "before", "after", "direction"),
    [
        (
            "id",
            "Indeks e-Gov meningkat dari 2,4 pada tahun 2018 menjadi 4,14 pada tahun 2023.",
            "Indeks e-Gov",
            2.4,
            4.14,
            Direction.UP,
        ),
        (
            "id",
            "Sementara itu, inflasi tahunan tercatat 3,05 persen, naik dari 2,75 persen.",
            "inflasi tahunan",
            2.75,
            3.05,
            Direction.UP,
        ),
        (
            "id",
            "Stok beras tercatat 1,2 juta ton. Sebelumnya, stok itu hanya 800 ribu ton.",
            "Stok beras",
            800e3,
            1.2e6,
            Direction.UP,
        ),
        (
            "id",
            "Harga cabai turun dari Rp 80.000 ke Rp 55.000 per kilogram.",
            "Harga cabai",
            80000,
            55000,
            Direction.DOWN,
        ),
        (
            "en",
            "Indonesia's coal output rose to 775 million tonnes from 687 million tonnes.",
            "Indonesia's coal output",
            687e6,
            775e6,
            Direction.UP,
        ),
        (
            "en",
            "Nationally, the stunting rate declined from 24.4 percent to 21.6 percent.",
            "the stunting rate",
            24.4,
            21.6,
            Direction.DOWN,
        ),
        (
            "en",
            "Damage reached 1.2 billion pesos ($21 million), up from 450 million pesos.",
            "Damage",
            450e6,
            1.2e9,
            Direction.UP,
        ),
    ],
)
def test_changes(
    language: str, text: str, metric: str, before: float, after: float, direction: Direction
) -> None:
    _, changes = find_figures([text], lexicon(language))
    [change] = changes
    assert change.metric == metric
    assert (change.before.value, change.after.value) == pytest.approx((before, after))
    assert change.direction is direction


def test_a_change_names_its_subject() -> None:
    text = (
        "Kabupaten Sumedang mempresentasikan kesuksesan menurunkan angka stunting dari "
        "32,2 persen pada tahun 2018 menjadi 7,89% pada tahun 2023."
    )
    [change] = find_figures([text], lexicon("id"))[1]
    assert (change.metric, change.subject, change.verb) == (
        "angka stunting",
        "Kabupaten Sumedang",
        "menurunkan",
    )
    assert (change.before.year, change.after.year) == (2018, 2023)


@pytest.mark.parametrize(
    "text",
    [
        "Ekspor naik 8 persen menjadi 20 miliar dolar AS.",  # a rise by an amount: no before
        "Harga tiket mulai Rp 150.000 hingga Rp 450.000 per orang.",  # a price range
        "Impor Rp 45 triliun dari 13 ribu ton barang.",  # different units
    ],
)
def test_not_changes(text: str) -> None:
    assert find_figures([text], lexicon("id"))[1] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("10 orang tewas.", 10), ("Rp 5 juta", 5e6), ("Turun 7,5", 7.5), ("10-15 persen", 10)],
)
def test_a_figure_at_either_end_of_a_paragraph(text: str, value: float) -> None:
    assert [f.value for f in _figures(text)] == [value]


def test_an_article_gives_at_most_max_figures() -> None:
    from warta.numbers.figures import MAX_FIGURES

    paragraphs = ["12,5 persen naik " * (MAX_FIGURES // 2)] * 3
    figures, _ = find_figures(paragraphs, lexicon("id"))
    assert len(figures) == MAX_FIGURES
    assert [f.paragraph for f in figures[-2:]] == [1, 1]


def test_no_digits_no_work() -> None:
    assert find_figures(["Tidak ada angka di sini.", ""], lexicon("id")) == ([], [])


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Seven villages flooded.", [7]),  # at the very start of the paragraph
        ("en", "Rain (seven days of it) fell.", [7]),  # after a bracket
        ("en", "It rained often: twelve days.", [12]),  # "often" ends in a number word
        ("en", "Cafés twelve, bars nine, shops eleven.", [12, 9, 11]),  # after a non-ASCII letter
        ("en", "The caféseven stayed shut.", []),  # glued to a non-ASCII letter: no number
        ("id", "Lurah—tiga orang—datang.", [3]),  # after a dash that is no hyphen
    ],
)
def test_spelled_numbers_are_found_at_any_word_boundary(
    language: str, text: str, expected: list[float]
) -> None:
    assert [f.value for f in _figures(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harga naik ５ persen “kemarin”.", [(5, "%")]),  # fullwidth digit, no ASCII digit
        ("Sebanyak ١٢ rumah rusak — kata warga.", [(12, None)]),  # Arabic-Indic digits
    ],
)
def test_digits_of_other_scripts_are_read(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected
