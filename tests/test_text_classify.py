"""Classification of copied page lines: the behaviours the text path relies on."""

from __future__ import annotations

import pytest

import warta
from warta.api import analyse
from warta.blocks import Block, Label
from warta.classify.header import label_header, slug_words
from warta.classify.shape import UNDECIDED, Verdict, shape_of
from warta.lang import lexicon
from warta.records import BoilerplateKind

LEAD = "BANDUNG, KOMPAS.com - Pemerintah Kota Bandung menambah 40 bus listrik untuk enam koridor."
BODY = [
    "Kepala Dinas Perhubungan Kota Bandung mengatakan bus mulai beroperasi pada awal April nanti.",
    "Menurut dia, tarif bus listrik tetap sama dengan tarif bus kota yang berlaku saat ini.",
    "Warga diminta memanfaatkan layanan itu untuk mengurangi kemacetan di pusat kota Bandung.",
    "Pemerintah kota juga akan menambah halte baru di sepanjang koridor yang dilalui bus listrik.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def labels(text: str) -> dict[str, Label]:
    return {b.text: b.label for b in analyse(text).blocks}


def test_widget_inside_the_body_is_removed_without_cutting_it() -> None:
    text = page("Bus Listrik Tambah Enam Koridor di Bandung", LEAD, BODY[0],
                "Baca juga: Tarif Angkot Bandung Naik Mulai Bulan Depan", BODY[1],
                "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", BODY[2], BODY[3])
    article = warta.extract(text)
    assert article.paragraphs == [LEAD, *BODY]
    kinds = {b.text: b.kind for b in article.boilerplate}
    # The two lines of the ad slot are one removed block: neighbours of one kind.
    ad = "ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT"
    assert kinds[ad] is BoilerplateKind.ADVERTISEMENT
    widget = "Baca juga: Tarif Angkot Bandung Naik Mulai Bulan Depan"
    assert kinds[widget] is BoilerplateKind.RELATED


def test_short_sentence_between_body_lines_stays() -> None:
    quote = '"Kami siap," katanya.'
    article = warta.extract(page("Bus Listrik Enam Koridor", LEAD, BODY[0], quote, *BODY[1:]))
    assert quote in article.paragraphs


def test_subheading_between_body_lines_is_kept() -> None:
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", LEAD, BODY[0], BODY[1],
                                 "Tarif Tetap Sama", BODY[2], BODY[3]))
    assert "Tarif Tetap Sama" in article.paragraphs


def test_subheading_under_a_read_more_box_is_kept_and_its_headline_is_not() -> None:
    related = "Tarif Angkot Bandung Naik Mulai Bulan Depan, Ini Rinciannya"
    text = page("Bus Listrik Tambah Enam Koridor", LEAD, BODY[0], BODY[1], "Baca juga:",
                related, "Tarif Bus Listrik", BODY[2], BODY[3])
    article = warta.extract(text)
    assert "Tarif Bus Listrik" in article.paragraphs
    assert related not in article.paragraphs
    # A related card's writer under its headline speaks of nothing the story does.
    card = page(EN_TITLE, *EN_BODY[:2], "Related Article", "Town hall to close for a year",
                "Marta Quist", *EN_BODY[2:])
    assert "Marta Quist" not in warta.extract(card, language="en").paragraphs


def test_one_word_subheading_between_paragraphs_is_kept_and_a_recurring_label_is_not() -> None:
    body = [*EN_BODY[:2], "Repairs", *EN_BODY[2:]]
    assert "Repairs" in warta.extract(page(EN_TITLE, *body), language="en").paragraphs
    # "Library" over a player, again and again: a widget's label, though the story says it.
    labelled = [EN_BODY[0], "Library", EN_BODY[1], "Library", EN_BODY[2], EN_BODY[3]]
    assert "Library" not in warta.extract(page(EN_TITLE, *labelled), language="en").paragraphs


def test_title_after_site_name_lines_and_before_the_byline() -> None:
    title = "Bus Listrik Tambah Enam Koridor di Bandung Mulai April"
    labelled = labels(page("Kompas.com", "News", "Regional", "Bandung", title,
                           "Kompas.com - 14/03/2024, 16:47 WIB",
                           "Penulis Rina Kusumawati | Editor Andi Prasetyo", LEAD, *BODY))
    assert labelled[title] is Label.TITLE
    assert labelled["Kompas.com"] is Label.BOILERPLATE


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("id", "Scroll kebawah untuk lanjut membaca"),
        # A syndicated story's note on where it ran first, with the other title.
        ("id", "Artikel ini sebelumnya tayang di Bangkapos.com dengan judul Bus Listrik Tambah "
               "Koridor"),
        ("en", "Watch more News on HarbourTV"),
        ("en", "For more updates on the storm, follow Harbour News on Facebook and X."),
        ("en", "Start the day with a short summary of the news. Sign up to our newsletter."),
        ("en", "Hide Ad"),  # an ad's button, left in the story by a copied page
        ("en", "This field is required"),  # a newsletter form's warning
        # An editor's note on what an update changed.
        ("en", "Update 3/4/25, 1:15 p.m. ET: This article was updated with a statement from "
               "the port authority."),
    ],
)
def test_calls_between_the_paragraphs_are_not_body(language: str, line: str) -> None:
    body = BODY if language == "id" else EN_BODY
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor di Bandung", body[0], line,
                                 *body[1:]), language=language)
    assert article.paragraphs == body


def test_teaser_feed_after_the_story_is_not_body() -> None:
    feed = [line for n in range(6) for line in (
        f"Berita Lain Nomor {n} yang Tidak Terkait Cerita Ini",
        f"DETIKNEWS | Kamis 18 Jun 2015, 0{n}:20 WIB Ringkasan berita lain nomor {n} yang panjang "
        "dan berisi beberapa kalimat tentang peristiwa lain di kota lain hari ini.",
    )]
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", LEAD, *BODY, "(rul/ega)",
                                 "Baca Juga", *feed))
    assert article.paragraphs == [LEAD, *BODY]


def test_comments_after_the_story_are_not_body() -> None:
    comments = []
    for n in range(5):
        comments += [f"pembaca{n}", f"Kamis, 14 Maret 2024 1{n}:00 WIB",
                     "Menurut saya kebijakan ini bagus sekali tetapi jumlah bus masih kurang "
                     "banyak untuk kota sebesar Bandung, semoga segera ditambah lagi nanti."]
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", LEAD, *BODY, "Komentar",
                                 *comments))
    assert article.paragraphs == [LEAD, *BODY]


def test_caption_and_credit_go_to_images() -> None:
    caption = "Bus listrik melintas di Jalan Asia Afrika, Bandung, Kamis (14/3/2024)."
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", "zoom-in Bus Listrik",
                                 "Istimewa", caption, LEAD, *BODY))
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Istimewa")]
    assert caption not in article.paragraphs


def test_labelled_date_line_with_byline_and_reading_time() -> None:
    line = "Rina Kusumawati · Kompas · Published: Aug 08, 2024 4:00 AM EDT | 4 min read"
    labelled = labels(page("Bus Listrik Tambah Enam Koridor di Bandung", line, LEAD, *BODY))
    assert labelled[line] is Label.DATE


def test_relative_time_stamps_are_date_lines() -> None:
    labelled = labels(page("Bus Listrik Tambah Enam Koridor", LEAD, *BODY, "2 days ago at 07:47 am",
                           "3 jam yang lalu"))
    assert labelled["2 days ago at 07:47 am"] is Label.DATE
    assert labelled["3 jam yang lalu"] is Label.DATE


def test_two_word_byline() -> None:
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", "Pewarta: Monalisa",
                                 LEAD, *BODY))
    assert [p.name for p in article.authors] == ["Monalisa"]


def test_initials_only_byline() -> None:
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", LEAD, *BODY, "(rdp/imk)"))
    assert [(p.initials, p.name) for p in article.authors] == [("rdp", None)]
    assert [p.initials for p in article.editors] == ["imk"]


def test_a_detik_dateline_on_its_own_line_opens_the_lead() -> None:
    article = warta.extract(page("Bus Listrik Tambah Enam Koridor", "Rina K - detikNews",
                                 "Bandung -", BODY[0], *BODY[1:]))
    assert article.paragraphs[0] == f"Bandung - {BODY[0]}"
    assert article.dateline is not None and article.dateline.location == "Bandung"


def test_every_block_is_decided() -> None:
    for block in analyse(page("Menu", "Bus Listrik Tambah Enam Koridor", LEAD, *BODY, "x")).blocks:
        assert block.label is not Label.UNKNOWN
        assert (block.label is Label.BOILERPLATE) == (block.kind is not None)


EN_BODY = [
    "The council said on Tuesday that the new library would open in the old mill next spring, "
    "after two years of repairs to the roof and the walls of the building.",
    "Residents have asked for a library in the north of the town for more than a decade, and "
    "the council said the building was the only one large enough to hold it.",
    "The work will cost about four million pounds, most of it paid by a heritage grant that was "
    "approved by the national lottery fund in the summer of last year.",
    "A spokesperson for the council said that the opening hours would be announced in the new "
    "year, once the staff for the building had been hired and trained.",
]
EN_TITLE = "Council opens new library in the old mill after two years of repairs"


@pytest.mark.parametrize(
    ("name", "header"),
    [
        # Kicker, title, dek, byline: the title sits between two title-shaped lines, not in a
        # list of related headlines.
        ("kicker-title-dek", ["Open navigation menu", "The Town Desk", EN_TITLE,
                              "Readers waited ten years for it. Will the old mill be worth it?",
                              "By Laura Bennett", "March 3, 2025"]),
        # A dek exactly as long as the headline above it is still the dek.
        ("dek-as-long", ["Mobile deals", "SIM-only deals", EN_TITLE,
                         "Council spends four million on a library in the north of the town now",
                         "By Mark Hollis 3 March 2025 • 9:15am"]),
        # "Home <title>": a breadcrumb glued to the title repeats it.
        ("breadcrumb-repeat", ["Search", f"Home {EN_TITLE}", "Regions", EN_TITLE,
                               "byAmina Juma", "December 23, 2024"]),
        # A line under the byline is a picture's caption, not the title.
        ("caption-under-byline", ["Get the app", "Health", EN_TITLE, "By Serafina Kenny",
                                  "Builders at work on the roof of the old mill in May. Jo Kent",
                                  "2025-03-29T11:36:01Z"]),
        # A row of share buttons says the same words over and over.
        ("share-row", ["Podcasts", "Local NewsPREMIUM", EN_TITLE, "March 3, 2025 at 06:21 pm",
                       "Share current article via EmailShare current article via "
                       "FacebookShare current article via XShare current article via LinkedIn",
                       "Jo Kent", "Journalist"]),
        # Icon-font ligatures copied as text mark a toolbar.
        ("icon-toolbar", ["MY ACCOUNT",
                          "Saved articles bookmark Account settings account_circle Manage "
                          "newsletters mail Log out logout Contact us alternate_email",
                          EN_TITLE, "Readers waited ten years for the library in the north of "
                          "town, and it opens next spring", "Jo Kent",
                          "March 3, 2025 11:30 am (Updated 11:54 am)"]),
        # Under a "Latest News" breadcrumb, a line its byline follows is the headline.
        ("latest-news-breadcrumb", ["HOMEPAGE", "Latest News", "TOWN", EN_TITLE,
                                    "By Jo Kent and Sam Reid The Town Press",
                                    "Posted March 3, 2025 10:05 am"]),
    ],
)
def test_title_in_a_header_layout(name: str, header: list[str]) -> None:
    article = warta.extract(page(*header, *EN_BODY), language="en")
    assert article.title == EN_TITLE, name


def test_the_headline_under_a_bulleted_list_and_the_sites_date() -> None:
    # Other stories between "»" marks, the last of them over the site's "today" date: the item
    # between two marks is a list's, and the line whose own date has the byline under it heads
    # the story (the item over the site's date has a date under it too).
    title = "Council opens library in the old mill"
    header = ["Must Read"]
    for item in ("Land registry office moves to the port", "Ferry service resumes",
                 "Bridge repairs delayed again", "Ferry to the island resumes after a storm",
                 "Town hall closes for repairs in the spring"):
        header += ["»", item]
    header += ["Tuesday, 04/03/2025", title, "Tuesday, 4 March 2025 15:06 | 998 Views",
               "By Jo Kent"]
    assert warta.extract(page(*header, *EN_BODY), language="en").title == title


def test_a_line_opening_with_an_ellipsis_is_not_the_title() -> None:
    # "…as residents cry foul": the second half of a two-line dek, never the headline.
    title = "Library opens in the old mill"
    text = page("News", title, "Local News", title, "by Town TimesMarch 3, 202501747", "Share0",
                "…as residents of the north say the long wait for a library is finally over",
                "March 3, 2025", *EN_BODY)
    assert warta.extract(text, language="en").title == title


def test_a_date_line_repeating_the_title_keeps_its_date() -> None:
    # "<title> <date>" in a list of recent posts dates the story when its header shows no date.
    title = "Library opens in the old mill"
    text = page("News", title, "By Jo Kent", *EN_BODY, "Recent Posts",
                f"{title} November 21, 2025", "Bus fares rise again November 20, 2025")
    assert labels(text)[f"{title} November 21, 2025"] is Label.DATE
    article = warta.extract(text, language="en")
    assert article.title == title
    assert article.published is not None and article.published.isoformat() == "2025-11-21"


def test_a_long_first_paragraph_after_the_title_is_no_description() -> None:
    # A dek is a sentence or two; forty words between the title and the body open the story
    # (the body run may start a line late on a blog page with no dek).
    lead = (
        "In July the council agreed to spend four million pounds on a library in the old mill, "
        "the largest building in the north of the town, after residents had asked for one for more "
        "than a decade and a heritage grant paid most of the bill."
    )
    dek = "Readers waited ten years for a library in the north of the town. It opens in spring."
    lines = [EN_TITLE, "March 3, 2025 | by Jo Kent", lead, EN_BODY[0]]
    blocks = [Block(index=i, text=t) for i, t in enumerate(lines)]
    shapes = [shape_of(b, lexicon("en")) for b in blocks]
    verdicts = [UNDECIDED, Verdict(Label.DATE), UNDECIDED, Verdict(Label.BODY)]
    out = label_header(blocks, verdicts, shapes, 3)
    assert [v.label for v in out[:3]] == [Label.TITLE, Label.DATE, Label.UNKNOWN]
    blocks[2] = Block(index=2, text=dek)
    shapes[2] = shape_of(blocks[2], lexicon("en"))
    assert label_header(blocks, verdicts, shapes, 3)[2].label is Label.DESCRIPTION


@pytest.mark.parametrize(
    ("header", "footer", "expected"),
    [
        # A date line right above the title (a "Section / date" kicker) beats an issue date
        # further down the page.
        (["Current Issue", "Politics / January 11, 2024", EN_TITLE, "By Jo Kent"],
         ["Current Issue", "December 25, 2023/January 1, 2024, Issue"], "2024-01-11"),
        # A date further up is the site header's today: one after the title wins.
        (["November 24, 2025", "Menu", "News", EN_TITLE, "Jo Kent", "November 21, 2025"],
         [], "2025-11-21"),
        # So is a bare date right above the title when a line under it gives the time.
        (["News", "Monday, November 24, 2025", EN_TITLE, "Jo Kent",
          "Sunday, November 23, 2025 10:42 AM ET"], [], "2025-11-23T10:42:00-05:00"),
    ],
)
def test_the_date_nearest_the_title(header: list[str], footer: list[str], expected: str) -> None:
    article = warta.extract(page(*header, *EN_BODY, *footer), language="en")
    assert article.published is not None and article.published.isoformat() == expected


def test_a_headline_over_the_pictures_credit_is_the_title() -> None:
    # The only title-shaped line sits above the lead picture's credit and was read as its caption.
    title = "Town council: What is it and what does it do?"
    article = warta.extract(page("Skip to content", title, "Getty Images", *EN_BODY), language="en")
    assert article.title == title


_FLOOD_HEADLINE = "Flood barrier fails in Shrewsbury as river reaches record height overnight"
_FLOOD_PAGE = "\n".join(
    [
        "Latest News",
        "River Severn",
        _FLOOD_HEADLINE,
        "DRAMATIC FOOTAGE: Residents describe water pouring through the town centre after "
        "temporary barriers gave way in the early hours of Sunday",
        "News",
        "09:12, 16 Feb 2025",
        "Hundreds of homes in Shrewsbury were flooded overnight after a temporary barrier on the "
        "River Severn gave way as the water reached a record height.",
        "The Environment Agency said the river peaked at 5.4 metres shortly after 3am, higher "
        "than during the storms of 2020.",
        "Council officials opened two rest centres and said more than 300 people had registered "
        "by Sunday morning.",
    ]
)


def test_the_url_slug_names_the_headline_even_in_a_list_above_it() -> None:
    # The headline sits under "Latest News", where it reads as a list item, and a long dek below
    # it looks more like a title; the slug was made from the headline.
    url = "https://www.example.co.uk/news/latest-news/flood-barrier-fails-shrewsbury-river-3412"
    assert warta.extract(_FLOOD_PAGE, url=url).title == _FLOOD_HEADLINE


def test_a_slug_of_few_or_other_words_is_no_evidence() -> None:
    without = warta.extract(_FLOOD_PAGE).title
    for url in (
        "https://www.example.co.uk/news/3412",
        "https://www.example.co.uk/news/storm-darragh-trains-cancelled-midlands",
    ):
        assert warta.extract(_FLOOD_PAGE, url=url).title == without


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (None, set()),
        ("https://x.id/read/2025/03/14/101500/banjir-rendam-desa", {"banjir", "rendam", "desa"}),
        ("https://x.com/caf%C3%A9-d%C3%A9j%C3%A0-vu-paris/", {"cafe", "deja", "vu", "paris"}),
        (
            "https://x.com/a/you-ll-never-walk-alone_2024?utm=rss",
            {"you", "ll", "never", "walk", "alone"},
        ),
        ("https://x.com/politik", set()),
    ],
)
def test_slug_words(url: str | None, words: set[str]) -> None:
    assert slug_words(url) == words


def test_slug_words_match_a_headline_across_accents_and_apostrophes() -> None:
    from warta.classify.header import _slug_score

    slug = slug_words("https://x.com/news/youll-never-guess-googles-cafe-prices")
    assert _slug_score("You'll never guess Google’s café prices", slug) > 0


_HARBOUR_BODY = [
    "The harbour authority said on Monday that the new ferry terminal would open in March, two "
    "years later than planned, after the builder ran short of steel.",
    "Passengers will be able to buy tickets from kiosks on the quay and board from two covered "
    "bridges, the authority said in a statement.",
    "The old terminal, built in 1968, will be pulled down next winter to make room for a park.",
]


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the author's name alone on a line, by the date line (one line may stand between)
        (["Marta Quist", "Published March 3, 2025 9:26pm"], ["Marta Quist"]),
        (["Published March 3, 2025 9:26pm", "Share", "Marta Quist"], ["Marta Quist"]),
        # button words are not a name; nor is a name far from any date
        (["Previous Post", "Published March 3, 2025 9:26pm"], []),
        (["Marta Quist", "Share", "Save", "Listen", "March 3, 2025"], []),
        # "By" on a line of its own, the name under it
        (["By", "Marta Quist", "|"], ["Marta Quist"]),
        # a list of topics by the date
        (["Topics", "Harbour Authority,", "Lise Brandt", "March 3, 2025"], []),
        # in capitals right by the date, the header's style
        (["MARTA QUIST", "PUBLISHED 2 HOURS AGO"], ["Marta Quist"]),
        (["Published March 3, 2025 9:26pm", "MARTA QUIST"], ["Marta Quist"]),
        (["MARTA QUIST", "Share", "March 3, 2025"], []),
        # beside a labelled byline, a bare line is something else
        (["Dive Deeper", "By Marta Quist", "March 3, 2025"], ["Marta Quist"]),
        # but under "By" and one writer, a second writer's name goes on with it (Liputan6)
        (["By Marta Quist", "Lise Brandt", "March 3, 2025"], ["Marta Quist", "Lise Brandt"]),
        (["By Marta Quist and Lise Brandt", "Harbour Radio North", "March 3, 2025"],
         ["Marta Quist", "Lise Brandt"]),
        # over the outlet's name
        (["2 hours ago", "Share", "Save", "Marta Quist", "BBC News"], ["Marta Quist"]),
        (["Marta Quist", "Harbour Authority"], []),
    ],
)
def test_a_bare_name_by_the_date_is_the_author(header: list[str], authors: list[str]) -> None:
    text = "\n".join(["Ferry terminal to open a year late", *header, *_HARBOUR_BODY])
    assert [p.name for p in warta.extract(text).authors] == authors


def test_capitals_by_a_date_far_under_the_title_are_a_section_not_a_name() -> None:
    # A menu and a list of related stories between the header and the body: section, headline,
    # date.
    header = ["Ferry terminal to open a year late", "March 3, 2025"]
    menu = ["FIND YOUR NEXT FERRY", "Choose route", "North Quay", "South Quay", "Island Loop"]
    related = ["FERRY NEWS", "Harbour shuttle tested", "January 22, 2025"]
    related += ["FERRY REVIEWS", "New island route tried", "February 2, 2025"]
    text = "\n".join([*header, *menu, *related, *_HARBOUR_BODY])
    assert warta.extract(text).authors == []


def test_a_name_the_lead_speaks_of_is_the_subject_not_the_author() -> None:
    # A profile box beside the date ("Marta Quist: Video") names the story's subject.
    lead = "Marta Quist, the harbour authority's chief, said the ferry terminal would open late."
    text = "\n".join(
        ["Ferry terminal to open a year late", "Marta Quist", "March 3, 2025", lead,
         *_HARBOUR_BODY]
    )
    assert warta.extract(text).authors == []


_CREDIT_RUN_BODY = [
    "LAMPUNGRAYA.ID, METRO - Dinas Perhubungan Kota Metro menutup Jembatan Sumbersari selama "
    "dua pekan mulai Senin untuk mengganti lantai jembatan yang berlubang.",
    "Kendaraan roda empat dialihkan melalui Jalan Ki Hajar Dewantara, sementara sepeda motor "
    "masih boleh melintas di jalur darurat di sisi timur jembatan.",
    "Petugas akan berjaga di kedua ujung jembatan setiap hari hingga pekerjaan selesai.",
]


def test_the_headline_over_its_credits_beats_its_repeat_over_the_picture() -> None:
    # Disway's copied header: the headline, the credits one a line, the date, then the
    # headline again as the picture's label over its caption.
    title = "Jembatan Sumbersari Ditutup Dua Pekan untuk Perbaikan Lantai"
    page = "\n".join(
        [
            "Beranda",
            "Metro Raya",
            title,
            "Reporter:",
            "Fikri Ramadhan",
            "|",
            "Editor:",
            "Wulan Sari",
            "|",
            "Senin 02-06-2025,09:15 WIB",
            title,
            "Petugas memasang pembatas di Jembatan Sumbersari, Senin. -Foto: Fikri Ramadhan-",
            *_CREDIT_RUN_BODY,
        ]
    )
    article = warta.extract(page)
    assert article.title == title
    assert [p.name for p in article.authors] == ["Fikri Ramadhan"]
    assert [p.name for p in article.editors] == ["Wulan Sari"]


def test_a_reading_bar_over_the_date_does_not_take_the_headline() -> None:
    # "Now Reading" and the headline in a bar over today's date; the headline with its own
    # byline and date further down is the one.
    title = "Harbour Council Votes to Extend Ferry Night Service"
    page = "\n".join(
        [
            "Now Reading",
            title,
            "Newsletter",
            "June 20, 2025",
            "Home",
            "News",
            title,
            "by Carla Medeiros",
            "June 19, 2025",
            "The harbour council voted on Thursday to keep the night ferry running until "
            "midnight through the summer, after a petition signed by 2,400 residents.",
            "Councillors said the longer service would cost about $180,000 a season.",
        ]
    )
    analysis = analyse(page)
    titles = [i for i, b in enumerate(analysis.blocks) if b.label is Label.TITLE]
    assert [analysis.blocks[i].text for i in titles] == [title]
    assert titles[0] > 1  # the headline under "Home" / "News", not the bar's
    assert [p.name for p in analysis.article.authors] == ["Carla Medeiros"]


def test_a_section_the_menu_names_over_the_headline_is_no_title() -> None:
    # "Asia & the Pacific" is a menu item and the kicker over the headline; the headline under
    # it, with its standfirst below, is no dek of the kicker's.
    title = "Port authority orders night inspections of every crane after cable snaps at terminal"
    page = "\n".join(
        [
            "The Harbour Ledger",
            "Asia & the Pacific",
            "Business",
            "Opinion",
            "Sep 10, 2025",
            "Asia & the Pacific",
            title,
            "Operators must certify load cables within a week; union says two cranes had been "
            "flagged in spring and kept working through the summer peak",
            "By Tamar Levin",
            "10 September 2025, 11:27 am",
            "A cable on a gantry crane at the container terminal snapped on Tuesday night, "
            "dropping an empty container onto a quay where no one was working, officials said.",
            "The port authority said every crane would be inspected at night for two weeks.",
            "Asia & the Pacific",
        ]
    )
    assert warta.extract(page).title == title


def test_a_name_by_the_date_with_its_role_on_the_line_under_it() -> None:
    # The editor's name under the date, "Editor" under it; the writer signs off in initials.
    page = "\n".join(
        [
            "Beranda",
            "Surabaya",
            "Jembatan Penyeberangan Orang di Wonokromo Ditutup untuk Pengecatan",
            "Senin, 12 Mei 2025 | 10:15 WIB",
            "Dewi Anggraini",
            "Editor",
            "Bagikan",
            "KOTABARU.ID - Jembatan penyeberangan orang di depan Terminal Joyoboyo ditutup "
            "selama sepekan mulai Senin untuk pengecatan ulang dan penggantian lantai.",
            "Pejalan kaki diarahkan menyeberang lewat zebra cross yang dijaga petugas Dinas "
            "Perhubungan pada jam sibuk. (fjr/dew)",
        ]
    )
    article = warta.extract(page)
    assert [(p.name, p.initials) for p in article.authors] == [(None, "fjr")]
    assert [p.name for p in article.editors] == ["Dewi Anggraini"]


def test_a_last_paragraph_closed_by_the_outlets_mark_is_the_storys() -> None:
    # Daily Maverick closes its stories with " DM" after the last sentence.
    last = 'Back at the depot, Dube had filled two drums. "I will come back tomorrow," she said. DM'
    page = "\n".join(
        [
            "Water tankers run dry as Soweto outage enters third day",
            "By Thandeka Dube",
            "08 Oct 2025",
            "The queue for the water tanker in Dobsonville stretched past four houses on Tuesday "
            "afternoon, and the truck was empty within fifteen minutes of arriving.",
            "The city said a burst main at the Commando reservoir would take two more days to fix.",
            last,
            "Thandeka Dube",
            "Thandeka Dube is a reporter covering local government in Gauteng.",
            "Gift this article",
        ]
    )
    assert warta.extract(page).paragraphs[-1] == last


def test_a_photographers_name_under_a_dated_caption_is_its_credit() -> None:
    caption = (
        "Rep. Dana Whitfield (D-Ore.) speaks to reporters outside the Capitol after the vote on "
        "Wednesday, Sept. 24, 2025."
    )
    page = "\n".join(
        [
            "House passes stopgap bill to keep agencies open through November",
            "by Ann Lee - 09/24/25 8:17 PM ET",
            "Share",
            caption,
            "Marcus Wheaton",
            "The House on Wednesday narrowly passed a stopgap funding bill that would keep the "
            "government open for eight more weeks, sending the measure to the Senate.",
            "The bill passed 214-211, with three members of the majority voting against it.",
        ]
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Marcus Wheaton")]
    assert article.paragraphs[0].startswith("The House on Wednesday")


def test_a_photographers_name_and_paper_under_a_dated_caption_is_its_credit() -> None:
    # The USA Today network: "Show Caption" / "Hide Caption", the photo's title, the caption,
    # then "Name, Paper".
    caption = "Workers leave the assembly plant after the first shift on Wednesday, Feb. 19, 2025."
    page = "\n".join(
        [
            "Carmaker to cut second shift at river plant as demand cools",
            "Ann Lee",
            "Published 11:29 a.m. ET Feb. 19, 2025",
            "Show Caption",
            "Hide Caption",
            "Plant cuts shift",
            caption,
            "Marcus Wheaton, Detroit Free Press",
            "The carmaker will end the second shift at its river plant in April, laying off about "
            "900 hourly workers as demand for its coupe slows, the company said.",
            "More: Michigan's auto jobs outlook for 2025: where hiring is up",
            "The plant will keep running one shift building the coupe and the convertible.",
        ]
    )
    article = warta.extract(page, language="en")
    credit = "Marcus Wheaton, Detroit Free Press"
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]
    assert article.paragraphs[0].startswith("The carmaker will end")
    assert not any(p.startswith(("More:", "Plant cuts")) for p in article.paragraphs)


def test_a_caption_on_both_sides_of_the_zoom_button_under_its_credit() -> None:
    caption = (
        "PERESMIAN - Pengurus BUMDes dan perangkat desa memotong pita peresmian homestay desa di "
        "Kecamatan Sidamulih, Senin (17/3/2025)."
    )
    page = "\n".join(
        [
            "BUMDes Resmikan Delapan Homestay di Pangandaran",
            "Penulis: Yogi Pratama | Editor: Rina Lestari",
            "Selasa, 18 Maret 2025 13:47 WIB",
            "TRIBUNCONTOH.COM/YOGI PRATAMA",
            caption,
            "zoom-in-whitePerbesar",
            caption,
            "Kepala desa mengatakan pembangunan homestay memakai dana penyertaan modal desa "
            "sebesar Rp 640 juta yang dikucurkan bertahap sejak 2023.",
            "Setiap unit dilengkapi dua kamar tidur, kamar mandi dalam, dan teras menghadap sawah.",
        ]
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "TRIBUNCONTOH.COM/YOGI PRATAMA")
    ]
    assert caption not in article.paragraphs


def test_a_sections_path_over_the_headline_is_no_title() -> None:
    title = "Harbour bridge to close to cars for two weekends as crews inspect its lift machinery"
    page = "\n".join(
        [
            "The Harbour Times",
            "Local News",
            "Business",
            "Sports",
            "Local News | Transportation",
            title,
            "Aug. 12, 2025 at 4:18 pm",
            "By",
            "Marta Quill",
            "The harbour bridge will close to all traffic for two weekends this month while "
            "engineers inspect the gears and motors that raise its span.",
            "The closures will run from Friday night to Monday morning, officials said.",
        ]
    )
    assert warta.extract(page).title == title
