"""Times printed without a zone: placed in the page's home zone when the page says which
(its outlet, its host, its language's press), kept as a day when nothing does."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import warta
from warta.blocks import Block, Label
from warta.fields.dates import find_dates
from warta.fields.zones import home_zone
from warta.lang import lexicon
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

EN, ID = lexicon("en"), lexicon("id")


def _time(year: int, month: int, day: int, hour: int, minute: int, offset: int) -> dt.datetime:
    return dt.datetime(
        year, month, day, hour, minute, tzinfo=dt.timezone(dt.timedelta(hours=offset))
    )


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        # Hong Kong's time, all year.
        ("Published: 7:30am, 3 Sep 2024", "Asia/Hong_Kong", _time(2024, 9, 3, 7, 30, 8)),
        ("Published: 7:30pm, 3 Sep 2024", "Asia/Hong_Kong", _time(2024, 9, 3, 19, 30, 8)),
        # Dublin's summer time, then its winter time: the zone's offset on that day.
        ("Tue Jul 09 2024 - 05:45", "Europe/Dublin", _time(2024, 7, 9, 5, 45, 1)),
        ("Tue Jan 09 2024 - 05:45", "Europe/Dublin", _time(2024, 1, 9, 5, 45, 0)),
        # A zone the line writes is the line's, whatever the page's home.
        ("Sabtu, 2 Maret 2024 | 09.15 WITA", "Asia/Jakarta", _time(2024, 3, 2, 9, 15, 8)),
        # Written as ISO 8601 without a zone (The Korea Times: "Posted : 2025-04-08 16:31").
        ("Posted : 2025-04-08 16:31", "Asia/Seoul", _time(2025, 4, 8, 16, 31, 9)),
        # No time: a day, home or not.
        ("Kamis, 15 Mei 2025", "Asia/Jakarta", dt.date(2025, 5, 15)),
    ],
)  # fmt: skip
def test_a_time_without_a_zone_is_in_the_home_zone(text: str, zone: str, expected: dt.date) -> None:
    lex = ID if "Maret" in text or "Mei" in text else EN
    hits = find_dates(text, lex, ZoneInfo(zone))
    assert hits[0].value == expected
    assert type(hits[0].value) is type(expected)
    assert hits[0].zone_guessed == (isinstance(expected, dt.datetime) and "WITA" not in text)


def test_without_a_home_zone_a_time_without_one_is_only_its_day() -> None:
    assert find_dates("Published: 7:30am, 3 Sep 2024", EN)[0].value == dt.date(2024, 9, 3)


def _own(text: str) -> Block:
    return Block(0, text, Label.BOILERPLATE, BoilerplateKind.COPYRIGHT)


@pytest.mark.parametrize(
    ("site_names", "url", "own", "outlet", "lex", "expected"),
    [
        (["The Straits Times"], None, [], None, EN, "Asia/Singapore"),
        # A host: whole, by one of its labels, or by its country.
        ([], "https://www.abc.net.au/news/a", [], None, EN, "Australia/Sydney"),
        ([], "https://www.irishtimes.com/news/a", [], None, EN, "Europe/Dublin"),
        ([], "https://www.dailyexample.co.uk/news/a", [], None, EN, "Europe/London"),
        ([], "https://berita.contoh.co.id/a", [], None, EN, "Asia/Jakarta"),
        # The copyright line: the longest outlet it names.
        ([], None, ["Copyright © 2025 The Times of India. All rights reserved."], None, EN,
         "Asia/Kolkata"),
        ([], None, ["© 2024 Mediacorp Pte Ltd. All rights reserved."], None, EN,
         "Asia/Singapore"),
        # The site over its copyright line, and either over the dateline's wire.
        (["Bangkok Post"], None, ["© 2024 SPH Media"], None, EN, "Asia/Bangkok"),
        ([], None, [], "Bernama", EN, "Asia/Kuala_Lumpur"),
        # A wire's dateline on an Indonesian page: the page prints Jakarta's time.
        ([], None, [], "Xinhua", ID, "Asia/Jakarta"),
        # The Pacific's outlets and hosts; a vanity host is no country's.
        ([], None, ["Copyright 2025, The Fiji Times."], None, EN, "Pacific/Fiji"),
        ([], "https://www.example.com.fj/news/a", [], None, EN, "Pacific/Fiji"),
        ([], "https://news.example.to/a", [], None, EN, None),
        (["Viet Nam News"], None, [], None, EN, "Asia/Ho_Chi_Minh"),
        # A regional outlet over its language's press.
        (["TribunBali.com"], None, [], None, ID, "Asia/Makassar"),
        ([], None, [], None, ID, "Asia/Jakarta"),
        # Bangladesh's "The Business Standard", India's "Business Standard"; Washington's
        # broadcasters for Asia.
        ([], None, ["© 2025 The Business Standard. All rights reserved."], None, EN, "Asia/Dhaka"),
        ([], None, ["Copyright © 2025 Business Standard Private Ltd."], None, EN, "Asia/Kolkata"),
        ([], None, ["Radio Free Asia © 1998-2025."], None, EN, "America/New_York"),
        ([], None, ["© 2025 BusinessWorld Publishing Corp."], None, EN, "Asia/Manila"),
        # Sri Lanka's Daily Mirror by its host's country, not Britain's Mirror by a word.
        (["Daily Mirror"], "https://www.dailymirror.lk/news/a", [], None, EN, "Asia/Colombo"),
        ([], None, ["Copyright © 2025 The Edge Singapore."], None, EN, "Asia/Singapore"),
        ([], None, ["© Business Recorder 2025. Reproduction is not allowed."], None, EN,
         "Asia/Karachi"),
        ([], None, ["© 2025 The Himalayan Times. All rights reserved."], None, EN,
         "Asia/Kathmandu"),
        ([], None, ["© 2025 Nation Media Group. All rights reserved."], None, EN,
         "Africa/Nairobi"),
        # Lagos's "Guardian Newspapers", not London's "Guardian News & Media".
        ([], None, ["© 2025 Guardian Newspapers. All rights reserved."], None, EN,
         "Africa/Lagos"),
        ([], None, ["© 2025 The Myanmar Times. All rights reserved."], None, EN, "Asia/Yangon"),
        # A North American city's paper prints its city's time; Riyadh's, Riyadh's.
        ([], None, ["Copyright © 2025 The Seattle Times Company. All rights reserved."], None,
         EN, "America/Los_Angeles"),
        ([], None, ["©2025 Boston Globe Media Partners, LLC"], None, EN, "America/New_York"),
        (["Star Tribune"], None, [], None, EN, "America/Chicago"),
        ([], None, ["© 2025 Saudi Gazette."], None, EN, "Asia/Riyadh"),
        # English is printed in every zone: nothing said, no zone.
        ([], None, ["© 2025 Example Media Group"], "Reuters", EN, None),
        ([], "https://www.example.com/a", [], None, EN, None),
    ],
)  # fmt: skip
def test_the_home_zone_is_the_one_the_page_says(
    site_names: list[str],
    url: str | None,
    own: list[str],
    outlet: str | None,
    lex: Lexicon,
    expected: str | None,
) -> None:
    zone = home_zone(site_names, url, [_own(line) for line in own], outlet, lex)
    assert (str(zone) if zone else None) == expected


def test_the_outlets_name_alone_near_the_top_is_its_logo() -> None:
    blocks = [Block(0, "Bangkok Post", Label.BOILERPLATE, BoilerplateKind.NAVIGATION)]
    assert str(home_zone([], None, blocks, None, EN)) == "Asia/Bangkok"
    # Further down, the same words are a related story's or a menu's.
    far = [Block(i, "Menu", Label.BOILERPLATE, BoilerplateKind.NAVIGATION) for i in range(30)]
    assert home_zone([], None, [*far, *blocks], None, EN) is None


_STORY = [
    "Harbour ferry terminal to open a year late",
    "Published: 7:30pm, 3 Sep 2024",
    "The harbour authority said on Monday that the new ferry terminal would open in "
    "March, two years later than planned, after the builder ran short of steel.",
    "Passengers will be able to buy tickets from kiosks on the quay and board from two "
    "covered bridges, the authority said in a statement on its website.",
]


def test_a_copied_page_is_dated_in_its_outlets_zone() -> None:
    page = "\n".join([*_STORY, "Copyright © 2024 South China Morning Post Publishers Ltd."])
    assert warta.extract(page).published == _time(2024, 9, 3, 19, 30, 8)


@pytest.mark.parametrize(
    ("holder", "offset"),
    [
        # Canberra keeps daylight saving (AEDT in September's spring), Brisbane does not.
        ("The Canberra Times", 10),
        ("Nationwide News Pty Ltd, publisher of The Courier-Mail", 10),
    ],
)
def test_australian_papers_print_their_own_time(holder: str, offset: int) -> None:
    page = "\n".join([*_STORY, f"© 2024 {holder}"])
    assert warta.extract(page).published == _time(2024, 9, 3, 19, 30, offset)


def test_a_summer_time_in_canberra_is_eleven_hours_ahead() -> None:
    lines = ["Published: 7:30pm, 3 Dec 2024", *_STORY[1:], "© 2024 The Canberra Times"]
    assert warta.extract("\n".join(lines)).published == _time(2024, 12, 3, 19, 30, 11)


@pytest.mark.parametrize(
    ("legend", "expected"),
    [
        # The legend names the standard time; the page prints the region's clock, summer time
        # included (December in Sydney: AEDT, eleven hours ahead).
        ("AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT", 11),
        ("All times shown are AEST (Australian Eastern Standard Time) unless stated.", 11),
        ("All times are in IST", 5.5),
    ],
)
def test_a_legend_of_the_pages_times_gives_its_zone(legend: str, expected: float) -> None:
    dated = [_STORY[0], "Published: 7:30pm, 3 Dec 2024", *_STORY[2:]]
    lines = [*dated, "© 2024 Example Media", legend]
    published = warta.extract("\n".join(lines)).published
    assert isinstance(published, dt.datetime)
    assert published.utcoffset() == dt.timedelta(hours=expected)
    assert (published.hour, published.minute) == (19, 30)


def test_a_legend_in_the_story_is_not_the_pages() -> None:
    lines = [*_STORY, "Officials said all times are EST in the new timetable for the ferries."]
    assert warta.extract("\n".join(lines)).published == dt.date(2024, 9, 3)


def test_a_name_two_outlets_share_names_no_zone() -> None:
    # "ABC News" is Australia's broadcaster and America's network: the logo alone says neither,
    # and the copyright line under it says which.
    logo = Block(0, "ABC News", Label.BOILERPLATE, BoilerplateKind.NAVIGATION)
    assert home_zone([], None, [logo], None, EN) is None
    assert home_zone(["ABC News"], None, [], None, EN) is None
    assert str(home_zone([], None, [logo, _own("© 2025 ABC")], None, EN)) == "Australia/Sydney"
    us = _own("© 2025 ABC News Internet Ventures")
    assert str(home_zone([], None, [logo, us], None, EN)) == "America/New_York"


def test_the_copyright_line_names_the_outlet_before_other_footer_lines() -> None:
    sources = Block(
        0,
        "This service may include material from AFP, Reuters, CNN and the BBC",
        Label.BOILERPLATE,
        BoilerplateKind.FOOTER,
    )
    zone = home_zone([], None, [sources, _own("© 2025 ABC")], None, EN)
    assert str(zone) == "Australia/Sydney"


def test_a_copied_page_of_no_known_outlet_keeps_the_day() -> None:
    page = "\n".join([*_STORY, "© 2024 Example Media Group"])
    assert warta.extract(page).published == dt.date(2024, 9, 3)


def test_an_indonesian_page_prints_jakarta_time() -> None:
    page = "\n".join(
        [
            "Ekspor Kopi Lampung Naik pada Kuartal Pertama",
            "Kamis, 15 Mei 2025 | 13:47",
            "Nilai ekspor kopi robusta dari Lampung pada kuartal pertama tahun ini naik "
            "dibandingkan periode yang sama tahun lalu, menurut data dinas perdagangan.",
            "Sebagian besar kopi dikirim ke Jepang dan Mesir melalui Pelabuhan Panjang, kata "
            "Kepala Dinas Perdagangan Lampung, Rina Oktaviani, di Bandar Lampung.",
        ]
    )
    assert warta.extract(page).published == _time(2025, 5, 15, 13, 47, 7)


def test_a_machine_time_is_not_outweighed_by_a_guessed_zone() -> None:
    # The page declares 10:15 UTC and shows the same clock time without a zone: it shows UTC,
    # and the Indonesian press's zone (WIB) must not make 10:15 WIB of it.
    html = (
        '<html lang="id"><head><meta property="article:published_time" '
        'content="2024-07-31T10:15:00Z"><title>Banjir di Depok</title></head><body><article>'
        "<h1>Banjir di Depok</h1><div class='date'>Rabu, 31 Juli 2024 10:15</div>"
        "<p>Hujan deras sejak pagi membuat Sungai Ciliwung meluap dan merendam ratusan rumah "
        "warga di enam kelurahan, kata petugas pemadam kebakaran setempat.</p>"
        "<p>Warga mengungsi ke masjid dan sekolah terdekat sambil menunggu air surut, dan "
        "petugas membagikan makanan serta selimut kepada para pengungsi.</p>"
        "</article></body></html>"
    )
    published = warta.extract(html).published
    assert published == dt.datetime(2024, 7, 31, 10, 15, tzinfo=dt.timezone.utc)


def test_a_written_zone_beats_a_guessed_one_of_the_same_day() -> None:
    # A sidebar's date with a bare time sits nearer the headline than the story's own, which
    # writes its zone: the story's time stands.
    page = "\n".join(
        [
            "Ekspor Kopi Lampung Naik pada Kuartal Pertama",
            "Terpopuler: Kamis, 15 Mei 2025 | 19:14",
            "Kamis, 15 Mei 2025 | 07:28 WIB",
            *[
                "Nilai ekspor kopi robusta dari Lampung pada kuartal pertama tahun ini naik "
                "dibandingkan periode yang sama tahun lalu, menurut data dinas perdagangan.",
                "Sebagian besar kopi dikirim ke Jepang dan Mesir melalui Pelabuhan Panjang, "
                "kata Kepala Dinas Perdagangan Lampung, Rina Oktaviani, di Bandar Lampung.",
            ],
        ]
    )
    assert warta.extract(page).published == _time(2025, 5, 15, 7, 28, 7)


def test_a_bare_date_over_the_days_time_in_the_home_zone_takes_the_time() -> None:
    # Business Recorder: the edition's "2025-03-04" over "Published 04 Mar, 2025 06:03am".
    page = "\n".join(
        [
            "Pakistan", "Print", "2025-03-04", "Sindh sets the wheat support price",
            "Published 04 Mar, 2025 06:03am",
            "The provincial cabinet on Monday fixed the support price of wheat for the coming "
            "harvest, officials said after the meeting in Karachi.",
            "Growers had asked for a higher price to cover the cost of fertiliser and diesel, "
            "which rose sharply over the past year.",
            "© Business Recorder 2025. Reproduction is not allowed.",
        ]
    )
    published = warta.extract(page).published
    assert isinstance(published, dt.datetime)
    assert published.isoformat() == "2025-03-04T06:03:00+05:00"
