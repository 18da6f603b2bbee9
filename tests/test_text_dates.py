"""Dates as pages write them: one behaviour per row."""

from __future__ import annotations

import datetime as dt

import pytest

import warta
from warta.fields.dates import attribution_date, find_dates
from warta.lang import lexicon

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("id", "Rabu, 31 Juli 2024 18:53 WIB", dt.datetime(2024, 7, 31, 18, 53, tzinfo=WIB)),
        ("id", "Kompas.com - 14/03/2024, 16:47 WIB", dt.datetime(2024, 3, 14, 16, 47, tzinfo=WIB)),
        ("id", "Senin, 12 Feb 2024 14:33 WIB", dt.datetime(2024, 2, 12, 14, 33, tzinfo=WIB)),
        ("id", "Sabtu, 2 Maret 2024 | 09.15 WITA", dt.datetime(2024, 3, 2, 9, 15, tzinfo=WITA)),
        ("id", "Jumat, 8 Mar 2024 07:00 WIT", dt.datetime(2024, 3, 8, 7, 0, tzinfo=WIT)),
        ("id", "Selasa 16 Jun 2015, 14:05 WIB", dt.datetime(2015, 6, 16, 14, 5, tzinfo=WIB)),
        ("id", "Kamis, 05/11/2015 10:08 WIB", dt.datetime(2015, 11, 5, 10, 8, tzinfo=WIB)),
        ("id", "Rabu, 6 Maret 2024", dt.date(2024, 3, 6)),
        ("en", "Jakarta ● Tue, August 20, 2024", dt.date(2024, 8, 20)),
        (
            "en",
            "October 21, 2024 3:15 PM GMT+7",
            dt.datetime(2024, 10, 21, 15, 15, tzinfo=WIB),
        ),
        (
            "en",
            "Nov. 19, 2019 8:03 am ET",
            dt.datetime(2019, 11, 19, 8, 3, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("en", "Published 2 May 2024, 10:00 GMT", dt.datetime(2024, 5, 2, 10, 0, tzinfo=UTC)),
        # CNBC runs the year into the time.
        ("en", "PUBLISHED FRI, APR 28 20232:23 PM EDT", dt.datetime(
            2023, 4, 28, 14, 23, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("en", "2024-05-02T10:00:00+02:00", dt.datetime(
            2024, 5, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
        # A time without a zone is local to someone unknown: the day only.
        ("en", "May 2, 2024 10:00", dt.date(2024, 5, 2)),
        # A month glued to the word before it by the copy.
        ("en", "GEARAPR 28, 2024 10:00 AM", dt.date(2024, 4, 28)),
        ("en", "by Lesotho TimesNovember 21, 2025", dt.date(2025, 11, 21)),
        # Month names of the other language are read too (English copy on Indonesian pages).
        ("id", "August 20, 2024", dt.date(2024, 8, 20)),
        # Year first, then month and day after a slash: "2025/04/15", or "2025 04/15" as a
        # date set in spans copies.
        ("en", "2025 04/15 20:41:37", dt.date(2025, 4, 15)),
        ("en", "Posted 2025/4/5", dt.date(2025, 4, 5)),
        # The weekday between the date and its time.
        ("en", "September 22, 2025, Monday at 6:45 PM GMT+8", dt.datetime(
            2025, 9, 22, 18, 45, tzinfo=WITA)),
        # The time first, then the word that introduces the date; an ISO date too.
        ("en", "Updated at 5:36 PM CST on Nov 18, 2019", dt.datetime(
            2019, 11, 18, 17, 36, tzinfo=dt.timezone(dt.timedelta(hours=-6)))),
        ("en", "Updated at 3:10 p.m. ET on 2025-03-04.", dt.datetime(
            2025, 3, 4, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("id", "Pukul 10.00 WIB pada Selasa, 4 Maret 2025", dt.datetime(
            2025, 3, 4, 10, 0, tzinfo=WIB)),
        # The year in two digits, a time right after it (The Hill's byline).
        ("en", "By Ann Lee - 11/18/19 11:04 PM EST", dt.datetime(
            2019, 11, 18, 23, 4, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("id", "Rabu, 24/09/25 14:05 WIB", dt.datetime(2025, 9, 24, 14, 5, tzinfo=WIB)),
        # An hour alone with its "am" or "pm" (the Los Angeles Times, AP); a number alone after
        # the date is no hour.
        ("en", "March 11, 2025 5 AM PT", dt.datetime(
            2025, 3, 11, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7)))),
        ("en", "5 p.m. ET on March 4, 2025", dt.datetime(
            2025, 3, 4, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("en", "July 1, 2025 5 people were hurt", dt.date(2025, 7, 1)),
    ],
)
def test_first_date(language: str, text: str, expected: dt.date) -> None:
    hits = find_dates(text, lexicon(language))
    assert hits, text
    assert hits[0].value == expected
    assert type(hits[0].value) is type(expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Diperbarui 12 Mar 2024, 15:05 WIB"),
        ("en", "Updated: 10:12 PM EDT, Tue May 2, 2024"),
        ("en", "Last updated Aug 28, 2024"),
    ],
)
def test_updated_label(language: str, text: str) -> None:
    assert [h.updated for h in find_dates(text, lexicon(language))] == [True]


def test_published_and_updated_on_one_line() -> None:
    hits = find_dates("Published May 1, 2024 10:00 GMT Updated May 2, 2024", lexicon("en"))
    assert [(h.value.day, h.updated) for h in hits] == [(1, False), (2, True)]
    # The publication's time after the update's, on the same day and without the date.
    aedt = dt.timezone(dt.timedelta(hours=11))
    hits = find_dates("Updated March 27, 2025 — 1.14pm AEDT,first published at 5.00am AEDT",
                      lexicon("en"))
    assert [(h.value, h.updated) for h in hits] == [
        (dt.datetime(2025, 3, 27, 13, 14, tzinfo=aedt), True),
        (dt.datetime(2025, 3, 27, 5, 0, tzinfo=aedt), False),
    ]


def test_a_zoneless_time_in_the_outlets_own_zone() -> None:
    # Outlets of the lexicon's zone table: New Zealand's Stuff, Sarawak's Borneo Post.
    story = ("The council said on Tuesday that the new library would open in the old mill next "
             "spring, after two years of repairs to the roof and the walls of the building.")
    for outlet, line, expected in (
        ("© Stuff Limited 2025", "05:00, Feb 18 2025", "2025-02-18T05:00:00+13:00"),
        ("© 2025 The Borneo Post Online", "September 22, 2025, Monday at 6:45 PM",
         "2025-09-22T18:45:00+08:00"),
    ):
        page = "\n".join(["Library opens in the old mill after repairs", line, story, story,
                          outlet])
        published = warta.extract(page, language="en").published
        assert published is not None and published.isoformat() == expected, outlet


@pytest.mark.parametrize(
    "text",
    [
        "tahun 2024 lalu", "31/2/2024", "nomor 12/34/5678", "Liga 1 2024/2025", "32 Juli 2024",
        # two digits of a year with no time after them: a score, a fraction, a file number
        "skor 3/1/25 di babak kedua", "berkas 12/7/24",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, lexicon("id")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kata Amran melalui keterangan tertulis, Rabu (31/7/2024).", dt.date(2024, 7, 31)),
        ("ujar dia, Senin (4/3/24).", dt.date(2024, 3, 4)),
        ("kata dia, Rabu (13/3) malam.", None),
        ("pada 31/7/2024 lalu", None),
    ],
)
def test_attribution_date(text: str, expected: dt.date | None) -> None:
    assert attribution_date(text, lexicon("id")) == expected


_STORY = [
    "Banjir Rendam Tiga Desa di Grobogan",
    "GROBOGAN - Hujan deras yang mengguyur Kabupaten Grobogan sejak Kamis sore membuat Sungai "
    "Lusi meluap dan merendam tiga desa, kata Kepala BPBD Agus Santoso, Jumat (14/3/2025).",
    "Petugas gabungan mengevakuasi 312 warga ke balai desa dan masjid terdekat sejak pagi, dan "
    "bantuan logistik berupa beras serta selimut telah dikirim ke lokasi pengungsian.",
    "Ketinggian air di permukiman mencapai 80 sentimeter pada Jumat pagi dan mulai surut menjelang "
    "sore, menurut petugas di lapangan yang terus memantau debit sungai.",
]
_RELATED = [
    "Berita Terkait",
    "Harga Cabai Melonjak Jelang Ramadhan",
    "Rabu, 12 Februari 2025 10:15 WIB",
    "Jalan Tol Semarang-Demak Dibuka Bulan Depan",
    "Senin, 10 Februari 2025 08:00 WIB",
    "Pasar Johar Ramai Pengunjung",
    "Sabtu, 8 Februari 2025 16:45 WIB",
]


def test_related_stories_dates_yield_to_the_attribution() -> None:
    # The page shows no date line of its own: the related stories' dates after the body are
    # theirs, the attribution in the lead dates this one.
    article = warta.extract("\n".join([*_STORY, "Tag: banjir", "Bagikan", *_RELATED]))
    assert article.published == dt.date(2025, 3, 14)



def test_a_byline_carries_the_date() -> None:
    page = "\n".join(
        [
            "Harbour ferry terminal to open a year late",
            "By Marta Quist - Harbour Times - Friday, April 28, 2023",
            "The harbour authority said on Monday that the new ferry terminal would open in "
            "March, two years later than planned, after the builder ran short of steel.",
            "Passengers will be able to buy tickets from kiosks on the quay and board from two "
            "covered bridges, the authority said in a statement on its website.",
        ]
    )
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Marta Quist"]
    assert article.published == dt.date(2023, 4, 28)


def test_a_date_run_into_its_screen_reader_copy() -> None:
    from warta.fields.dates import find_dates
    from warta.lang import lexicon

    hits = find_dates("Published On 22 May 202522 May 2025", lexicon("en"))
    assert [str(h.value) for h in hits] == ["2025-05-22"]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("02 Ago 2017", True),  # a month the lexicon does not know: dateparser may
        ("Election 2024", False),  # a year and no day
        ("Updated 4:27 PM CDT, May 14, 2024", False),  # read by the patterns: an update
        ("Kamis, 15 Mei 2025 | 13:47 WIB", False),
    ],
)
def test_dateparser_reads_only_what_the_patterns_could_not(line: str, read: bool) -> None:
    from warta.blocks import Block, Label
    from warta.fields.moments import _fallback_lines

    blocks = [Block(0, "Judul", Label.TITLE), Block(1, line), Block(2, "Isi berita.", Label.BODY)]
    assert (_fallback_lines(blocks, lexicon("en")) == [line]) is read


def test_a_date_line_with_a_two_digit_year_gives_the_update() -> None:
    page = "\n".join(
        [
            "House passes stopgap bill to keep agencies open through November",
            "by Ann Lee and Bo Kim - 09/24/25 8:17 PM ET",
            "Updated 09/24/25 9:05 PM ET",
            "The House on Wednesday narrowly passed a stopgap funding bill that would keep the "
            "government open for eight more weeks, sending the measure to the Senate.",
            "The bill passed 214-211, with three members of the majority voting against it.",
        ]
    )
    article = warta.extract(page)
    eastern = dt.timezone(dt.timedelta(hours=-4))
    assert article.published == dt.datetime(2025, 9, 24, 20, 17, tzinfo=eastern)
    assert article.updated == dt.datetime(2025, 9, 24, 21, 5, tzinfo=eastern)


def test_an_update_given_as_its_time_alone_under_the_date_line() -> None:
    # The New York Times: "Updated 9:12 a.m. ET" alone under "March 5, 2025, 6:00 a.m. ET".
    import datetime as dt

    import warta

    page = "\n".join(
        [
            "Flood insurance bills climb for Houston homeowners",
            "By Claire Whitaker",
            "March 5, 2025, 6:00 a.m. ET",
            "Updated 9:12 a.m. ET",
            "Homeowners across the Houston area are opening renewal notices this winter that show "
            "their flood insurance premiums rising by a fifth or more.",
            "The federal program that insures most of them is phasing in new rates that price "
            "each home by its own risk rather than by its flood zone.",
        ]
    )
    article = warta.extract(page)
    eastern = dt.timezone(dt.timedelta(hours=-5))
    assert article.published == dt.datetime(2025, 3, 5, 6, 0, tzinfo=eastern)
    assert article.updated == dt.datetime(2025, 3, 5, 9, 12, tzinfo=eastern)
