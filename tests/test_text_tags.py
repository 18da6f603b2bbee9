"""Tags from a copied page's tag list: inline after the label, or a line each after it."""

from __future__ import annotations

import pytest

import warta

BODY = (
    "Judul Berita Tentang Banjir di Kota Depok Hari Ini\n"
    "DEPOK - Hujan deras sejak pagi membuat ratusan rumah di enam kecamatan tergenang air.\n"
)


def test_tags_listed_a_line_each_stop_at_the_footer() -> None:
    page = BODY + "Tag:\nbanjir depok\npompa air\nCopyright 2025 Kompas. All Rights Reserved.\n"
    assert warta.extract(page).tags == ["banjir depok", "pompa air"]


def test_tags_inline_after_the_label() -> None:
    page = BODY.replace("DEPOK", "Jakarta ●") + "Topics: floods, Depok, #rain\n"
    assert warta.extract(page, language="en").tags == ["floods", "Depok", "rain"]


def test_a_count_ends_the_list_and_no_tag_repeats() -> None:
    page = BODY + "Tags\nbanjir\nBanjir\n0 SHARE\nWhatsApp\n"
    assert warta.extract(page).tags == ["banjir"]


def test_no_tag_list_no_tags() -> None:
    assert warta.extract(BODY).tags == []


def test_thousands_of_tag_lines_give_the_first_forty() -> None:
    # Each tag read was a string and its key held to the end: 36 bytes per byte of such a page.
    lines = "".join(f"Tag: topik{i}a, topik{i}b, topik{i}c\n" for i in range(3_000))
    tags = warta.extract(BODY + lines).tags
    assert tags[:4] == ["topik0a", "topik0b", "topik0c", "topik1a"] and len(tags) == 40


# -- lists no label heads, and the labels of other lists ----------------------------------------

STORY = (
    "Dishub Tambah Armada Bus Sekolah di Kabupaten Grobogan\n"
    "Berita\nNasional\nOlahraga\n"
    "GROBOGAN - Dinas Perhubungan Kabupaten Grobogan menambah delapan armada bus sekolah gratis "
    "mulai pekan depan untuk siswa di kecamatan terpencil.\n"
    "Kepala Dinas Perhubungan Grobogan mengatakan bus sekolah itu melayani rute Purwodadi menuju "
    "Wirosari setiap pagi dan siang hari.\n"
    "Bus sekolah gratis tahun lalu mengangkut lebih dari 1.200 siswa setiap hari, naik dari "
    "tahun sebelumnya yang hanya 800 siswa.\n"
)


def test_a_list_under_the_story_in_its_own_words_is_its_tags() -> None:
    # No label: the lines name what the story is about. The share bar ends the list.
    page = STORY + "(ams/idh)\nbus sekolah\nDinas Perhubungan\nGrobogan\nWirosari\nBagikan\n"
    article = warta.extract(page)
    assert article.tags == ["bus sekolah", "Dinas Perhubungan", "Grobogan", "Wirosari"]
    assert ("bus sekolah\nDinas Perhubungan\nGrobogan\nWirosari", "tags") in [
        (b.text, b.kind.value) for b in article.boilerplate
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # A menu under the story: not the story's words.
        "Tentang Kami\nRedaksi\nPedoman Media Siber\nKarir\n",
        # The site's sections, listed above the story too: a menu, though the story says them.
        "Berita\nNasional\nOlahraga\n",
        # An ingredient list is no tag list.
        "2 bus sekolah\n8 armada\n1.200 siswa\n",
    ],
)
def test_other_lists_under_the_story_are_not_its_tags(tail: str) -> None:
    assert warta.extract(STORY + tail).tags == []


@pytest.mark.parametrize(
    ("label", "tags"),
    [
        (
            "See more on: Greene County (NY), New York State Department of Transportation",
            ["Greene County (NY)", "New York State Department of Transportation"],
        ),
        (
            "Related Topics\nTiruchi / Madurai / urban planning",
            ["Tiruchi", "Madurai", "urban planning"],
        ),
        ("Tags / Keywords:\nPenang\nWater Tariff\nReport it to us.", ["Penang", "Water Tariff"]),
        (
            "Tags:\ntidal flooding\nSemarang\nRelated News\nSea wall finished",
            ["tidal flooding", "Semarang"],
        ),
        (
            "Related topics\nLeipzig\nAir pollution\nSkip next section Explore more\nExplore more",
            ["Leipzig", "Air pollution"],
        ),
        ("MORE ABOUT\nTransport\nLondon\nMOST READ", ["Transport", "London"]),
        # The Bangkok Post's label, and the next box's heading.
        ("Related search:\nTransport\nLondon\nMost Recent\nBus fares rise again",
         ["Transport", "London"]),
    ],
)
def test_labels_and_separators_of_english_tag_lists(label: str, tags: list[str]) -> None:
    page = (
        "Night buses to run every ten minutes on four routes\n"
        "LONDON - Four night bus routes will run every ten minutes from May, transport bosses "
        "announced on Tuesday, in a trial that lasts until the end of the year.\n"
        "Passenger numbers on the routes rose by 18 per cent since January, officials said.\n"
        f"{label}\n"
    )
    assert warta.extract(page, language="en").tags == tags


def test_a_menu_under_a_topics_heading_is_not_a_tag_list() -> None:
    menu = "".join(f"Rubrik {i}\n" for i in range(30))
    assert warta.extract(BODY + "Topik\n" + menu).tags == []


def test_trending_topics_above_the_story_are_not_its_tags() -> None:
    # Above the headline, a list none of whose topics the story speaks of is the site's.
    page = "Kompas.com\nTAG\n#Pilkada\n#Timnas Indonesia\n#Harga Emas\n" + BODY
    assert warta.extract(page).tags == []
    # One that the story speaks of is the story's ("Related topics" over an AP headline).
    assert warta.extract("Tag\nBanjir\nDepok\n" + BODY).tags == ["Banjir", "Depok"]
    # The site's sections, one of which the story happens to name, are the site's.
    sections = "Topik\nPolitik\nEkonomi\nHujan\nOlahraga\nTeknologi\nGaya Hidup\n"
    assert warta.extract("Kompas.com\n" + sections + BODY).tags == []


def test_one_line_of_the_storys_topics_parted_by_commas_is_its_tags() -> None:
    page = STORY + "Follow us:\nBus Sekolah, Dinas Perhubungan Grobogan, Wirosari\nKomentar\n"
    assert warta.extract(page).tags == ["Bus Sekolah", "Dinas Perhubungan Grobogan", "Wirosari"]
    # A line of other topics is the site's list, not the story's.
    other = STORY + "Follow us:\nPilkada, Timnas Indonesia, Harga Emas\nKomentar\n"
    assert warta.extract(other).tags == []


EN_PAGE = [
    "World",
    "Business",
    "Retail",
    "Kobato Mart to test staffless night shifts in small towns",
    "March 18, 2025 15:20 JST",
    "TOKYO -- Convenience store chain Kobato Mart will run some rural shops without staff at night "
    "from April, as a labor shortage deepens in Japan's shrinking towns.",
    "The retail chain said cameras and self-checkout machines would let customers shop after "
    "10 p.m., when finding night workers has become hardest.",
]


def test_suggested_topics_label_a_wires_tags() -> None:
    page = "\n".join([*EN_PAGE, "Suggested Topics:", "Retail", "Labor", "Buy licensing rights"])
    assert warta.extract(page).tags == ["Retail", "Labor"]


def test_unlabelled_tags_opening_with_a_hot_topic_of_the_menu_above() -> None:
    # "Labor" heads the site's list of hot topics above the story, and its tag list below.
    tags = ["Labor", "Japan", "Convenience stores", "Night shifts"]
    page = "\n".join(["Hot topics", "Labor", *EN_PAGE, "(kt/ms)", *tags, "Read Next"])
    assert warta.extract(page).tags == tags


def test_unlabelled_tags_one_of_them_a_section_of_the_site_above() -> None:
    # "Retail" is a menu item above the story too; of the others two are in its words.
    tags = ["Japan", "Retail", "Labor", "Automation"]
    page = "\n".join([*EN_PAGE, "Sign up to our newsletters", "Sign up", *tags, "Read Next"])
    assert warta.extract(page).tags == tags


@pytest.mark.parametrize(
    ("heading", "after", "language"),
    [
        ("Jangan Lewatkan", "VIDEO: Detik-detik Banjir Rendam Depok", "id"),
        ("Baca berikutnya", "Warga Depok Keluhkan Pompa Air yang Rusak", "id"),
        ("Share options", "Facebook", "en"),
    ],
)
def test_the_next_boxs_heading_ends_the_tag_list(heading: str, after: str, language: str) -> None:
    page = BODY + f"Tag:\nbanjir depok\npompa air\n{heading}\n{after}\n© 2025 Kompas\n"
    assert warta.extract(page, language=language).tags == ["banjir depok", "pompa air"]


def test_hashtags_under_a_label_end_at_the_first_line_without_one() -> None:
    # IDN Times: "Topik", the tags each with "#", then the credits box's heading.
    page = BODY + "Topik\n#banjir depok\n#pompa air\nEditorial Team\nPenulis\nAni Lestari\n"
    assert warta.extract(page).tags == ["banjir depok", "pompa air"]


def test_lines_each_a_hashtag_under_the_story_are_its_tags() -> None:
    # Not in the story's words: the "#" alone says they are tags.
    page = STORY + "(ams/idh)\nBagikan\n#pendidikan\n#jawa tengah\n#transportasi\nBerita Terkait\n"
    assert warta.extract(page).tags == ["pendidikan", "jawa tengah", "transportasi"]


def test_tags_under_a_promotion_with_its_own_headline_are_no_links() -> None:
    # "Tonton juga Video: <headline>" carries its headline: no box of links follows it.
    page = (
        STORY + "(ams/idh)\nTonton juga Video: Detik-detik Bus Sekolah Melintasi Jembatan Darurat\n"
        "bus sekolah\nDinas Perhubungan\nGrobogan\nWirosari\nBerita Terkait\n"
    )
    assert warta.extract(page).tags == ["bus sekolah", "Dinas Perhubungan", "Grobogan", "Wirosari"]


_HARBOUR = (
    "Harbour ferry terminal to open a year late\n"
    "By Marta Quist\n"
    "The harbour authority said on Monday that the new ferry terminal in Khmer Bay would open "
    "in March, two years later than planned, after the builder ran short of steel.\n"
    "Passengers will buy tickets from kiosks on the quay and board from two covered bridges, "
    "the authority said in a statement.\n"
)


@pytest.mark.parametrize(
    ("tail", "tags"),
    [
        # The outlet's own newsletter box under the tags, named as its copyright line names it.
        ("Topics\nferries\nharbour authority\nTidewater Brief\nA weekly digest of our best "
         "stories.\n© 2025 Tidewater Media Inc. All rights reserved.\n",
         ["ferries", "harbour authority"]),
        # The author's box under the tags.
        ("Topics\nferries\nharbour authority\nMarta Quist\nMarta covers transport.\n",
         ["ferries", "harbour authority"]),
        # The author's bio under its heading: her name, a bar and her job.
        ("Topics\nferries\nharbour authority\nMarta Quist | Transport reporter\n",
         ["ferries", "harbour authority"]),
        # A tag with a word of the outlet's name that the story uses too is the story's.
        ("Topics\nferries\nKhmer Bay\n© 2025 Khmer Tidings Ltd.\n", ["ferries", "Khmer Bay"]),
    ],
)  # fmt: skip
def test_a_tag_list_ends_at_the_outlets_or_the_authors_own_box(tail: str, tags: list[str]) -> None:
    assert warta.extract(_HARBOUR + tail, language="en").tags == tags


_MAKASSAR = [
    "Banjir Rendam Tiga Kecamatan di Makassar",
    "Selasa, 14 Januari 2025 | 10:12 WITA",
    "Makassar, IDN Times - Banjir merendam permukiman di tiga kecamatan di Kota Makassar sejak "
    "Senin malam setelah hujan deras turun lebih dari enam jam.",
    "Badan Penanggulangan Bencana Daerah mencatat sedikitnya 1.200 warga mengungsi ke masjid "
    "dan sekolah terdekat hingga Selasa pagi.",
]


@pytest.mark.parametrize(
    ("label", "after"),
    [
        # IDN Times: the box naming the writer and the editor, under its English heading.
        ("Topik:", ["Editorial Team", "Rahmat Hidayat", "Writer"]),
        # A paid edition's link, a box's heading, a button.
        ("Topik:", ["Rappler+"]),
        ("Topik:", ["Artikel Kompas.com+"]),
        ("Topik:", ["More Articles"]),
        ("Topik:", ["comment"]),
        ("Tags:", ["Gift this article", "Penulis: Rahmat Hidayat"]),
        # Tribun's box repeating the writer and the editor.
        ("Tags:", ["Meta Data", "Penulis: Rahmat Hidayat"]),
    ],
)
def test_a_tag_list_ends_at_the_next_boxs_title_or_a_button(label: str, after: list[str]) -> None:
    import warta

    page = "\n".join([*_MAKASSAR, label, "Banjir Makassar", "BPBD Makassar", *after])
    assert warta.extract(page).tags == ["Banjir Makassar", "BPBD Makassar"]
