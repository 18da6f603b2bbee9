"""Page shapes found by held-out pages (`tests/data/pages`): each the smallest page that shows
one, with invented content."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import warta
from warta.blocks import Block, Label
from warta.fields.dateline import read_dateline
from warta.fields.dates import find_dates
from warta.fields.images import split_credit
from warta.fields.people import bare_names, parse_byline
from warta.lang import lexicon
from warta.records import BoilerplateKind

EN = lexicon("en")
PAGES = Path(__file__).parent / "data" / "pages"

STORY = [
    "JAKARTA (Reuters) - Indonesia's nickel exports rose to a record in October as new smelters "
    "came on line in Sulawesi, the trade ministry said on Thursday.",
    "Shipments of nickel pig iron and ferronickel were worth $3.1 billion last month, up 14% "
    "from a year earlier, while volumes rose 9% to 1.2 million tonnes.",
    "The ministry expects exports to keep growing next year as three more smelters in Central "
    "Sulawesi and North Maluku start production in the first half.",
    "Analysts said lower nickel prices could slow investment in new plants if they stay below "
    "$16,000 a tonne for more than a few months.",
]


def _text_page(*tail: str, head: tuple[str, ...] = ()) -> str:
    lines = [
        "Reuters",
        "World",
        "Business",
        "Indonesia's nickel exports hit October record as smelters ramp up",
        *head,
        "November 7, 2024 10:12 AM GMT+7",
        *STORY,
        *tail,
        "Most read",
        "Oil steadies as traders weigh supply outlook",
        "© 2024 Reuters. All rights reserved.",
    ]
    return "\n".join(lines)


def test_a_reporter_filing_from_a_town_is_named_without_it() -> None:
    people = parse_byline(
        "Reporting by Ani Lestari in Jakarta; additional reporting by Bo Kim in Seoul; "
        "Editing by Jo Hale",
        EN,
    )
    assert [(p.name, p.role.value) for p in people or []] == [
        ("Ani Lestari", "reporter"),
        ("Bo Kim", "contributor"),  # the byline's writers are its reporters
        ("Jo Hale", "editor"),
    ]
    assert [p.name for p in parse_byline("By Ani Lestari in New York", EN) or []] == ["Ani Lestari"]


def test_a_long_sign_off_is_a_byline_not_a_paragraph() -> None:
    sign_off = (
        "Reporting by Ani Lestari in Jakarta; additional reporting by Bo Kim in Seoul; "
        "Editing by Jo Hale"
    )
    article = warta.extract(_text_page(sign_off))
    assert sign_off not in article.paragraphs
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert [p.name for p in article.contributors] == ["Bo Kim"]
    assert [p.name for p in article.editors] == ["Jo Hale"]


def test_a_sentence_opening_with_a_label_word_stays_prose() -> None:
    # Long, and no semicolon between roles: a sentence about an author, not a byline.
    line = (
        "Author Rina Kusuma, from Bandung, spoke about writing her first novel on a phone during "
        "the long commute to work."
    )
    assert (
        line
        in warta.extract(_text_page(head=("By Ani Lestari",)).replace(STORY[2], line)).paragraphs
    )


def test_names_joined_by_and_are_each_a_bare_name() -> None:
    assert [p.name for p in bare_names("Edith Chan and Marcus Ho", EN)] == [
        "Edith Chan",
        "Marcus Ho",
    ]
    assert [p.name for p in bare_names("Al Goldis, Associated Press", EN)] == ["Al Goldis"]
    assert bare_names("Chan and the Post", EN) == []
    # The agency after the names is no person; a desk's line opening with the outlet names none.
    assert [p.name for p in bare_names("Edith Chan and AP", EN)] == ["Edith Chan"]
    assert bare_names("Harbour News, East Midlands", EN) == []


def test_a_byline_in_a_box_of_other_stories_inside_the_body_is_theirs() -> None:
    box = ("More Trending", "Ferry operators strike over new port fees", "World", "1 day ago",
           "By Dewi Kartika")
    page = _text_page(head=("By Ani Lestari",)).replace(STORY[2], "\n".join((*box, STORY[2])))
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari"]


def test_a_label_repeated_before_every_paragraph_and_ad_slots_part_nothing() -> None:
    # A template that sets "Article content" before every paragraph and an ad slot after the
    # lead: the label is the site's (no heading), and neither splits the story.
    filler = ("Article content", "Advertisement 1", "Story continues below",
              "This advertisement has not loaded yet, but your article continues below.",
              "We apologize, but this video has failed to load.")
    lines = ["Article content", STORY[0], *filler]
    for paragraph in STORY[1:]:
        lines += ["Article content", paragraph]
    article = warta.extract(_text_page(head=("By Ani Lestari",)).replace(
        "\n".join(STORY), "\n".join(lines)))
    assert article.paragraphs == STORY
    assert sum(b.text == "Article content" for b in article.boilerplate) == len(STORY) + 1


def test_a_bare_name_by_the_date_that_a_label_calls_editor_is_the_editor() -> None:
    # The editor's name with an avatar over the date; the writer and the editor, labelled,
    # under the story.
    page = _text_page("Writer: Bo Kim", "Editor: Ani Lestari", head=("Ani Lestari",))
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Bo Kim"]
    assert [p.name for p in article.editors] == ["Ani Lestari"]
    # Named again by a byline of its own, the writer stays the writer.
    article = warta.extract(_text_page("By Ani Lestari", head=("Ani Lestari",)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]


def test_a_name_and_a_news_outlet_after_a_comma_is_the_byline() -> None:
    # An outlet known by its shape alone, its last word one that ends outlets' names.
    article = warta.extract(_text_page(head=("Ani Lestari, Harbour Bay News",)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert [p.name for p in parse_byline("By Ani Lestari, Harbour Bay News", EN) or []] == [
        "Ani Lestari"
    ]
    # Alone, such a line is a section: no name.
    assert bare_names("Latest News", EN) == []


def test_a_name_and_an_agency_by_the_date_is_the_byline() -> None:
    article = warta.extract(_text_page(head=("Ani Lestari and AP",)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]


def test_a_byline_among_sections_and_dates_between_bars() -> None:
    line = ("Business, Asia, Top Story 1 | Published: 5 hours ago | Last Updated: 2 hours ago | "
            "Written by Ani Lestari")
    article = warta.extract(_text_page(head=(line,)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert article.description is None


def test_the_authors_bio_after_the_story_is_not_the_story() -> None:
    bio = "Lestari covers energy and mining in Indonesia for Reuters."
    article = warta.extract(_text_page(bio, "Ani Lestari", head=("By Ani Lestari",)))
    assert bio not in article.paragraphs
    assert article.paragraphs[-1] == STORY[-1]
    assert any(b.kind.value == "other" and bio in b.text for b in article.boilerplate)


def test_the_writers_job_between_the_name_and_the_bio_is_not_the_story() -> None:
    # The name and the job over the date, and again over the bio closing the story (Stuff).
    bio = "Lestari covers energy, mining and the nickel smelters of Sulawesi for the bureau."
    lines = ["Nickel exports hit record", "Ani Lestari", "Energy Reporter", "05:00, Feb 18 2025",
             *STORY, "Ani Lestari", "Energy Reporter", bio, "Share this article", "Comments"]
    article = warta.extract("\n".join(lines))
    assert article.paragraphs == STORY


def test_a_quoted_namesake_closing_the_story_is_not_a_bio() -> None:
    last = "Lestari said the ministry would publish the figures for November next month."
    article = warta.extract(_text_page(last, head=("By Ani Lestari",)))
    assert article.paragraphs[-1] == last


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jakarta Daily on WhatsApp Channel for the latest news.",
        "Join our Telegram channel for breaking news alerts.",
        "Send your story ideas to newsdesk@example.com.",
        "This audio is generated by an AI tool.",
        "Jakarta Daily writer Bo Kim in Seoul contributed to this report.",
        "Bo Kim in Palu contributed to this article.",
        "Download the Harbour News app from the App Store for iPhone or Google Play for Android.",
        "With files from Ann Lee",
        "Follow Harbour News on WhatsApp for the day's main stories.",
        "Get breaking news sent straight to your phone: turn on push alerts in our app.",
        "Register for free to save this article and read it later.",
        "Our Standards: The Example Trust Principles.",
        "Disclaimer: this story is not advice to buy or sell any share.",
        "Shannon Pierce contributed.",
        "Write to Ann Lee at ann.lee@example.com and Bo Kim at bo.kim@example.com",
        "Show comments",
        "The Daily values your comments but kindly requests all posts are on topic.",
        "Get breaking news and updates from the area sent to your inbox.",
        "Follow Example Times on Telegram for the latest news and updates.",
        "Get the Riverina's top stories delivered to your inbox each week. It's free.",
        "Text on this site may not be reused or fed to AI tools without written permission.",
        "Enjoyed this story? Subscribe for full access from $4 a month.",

        "The week's best reads, every Sunday in our free newsletter.",
        # Editors' notes on where else the story ran.
        "This story also runs in the June 2, 2025 print edition of the Valley Times.",
        "* This report was first published in the Bangla edition of the Daily Example.",
        "Only part of the stories distributed to subscribers through the wire is published "
        "on the website.",
    ],
)
def test_calls_and_credits_under_a_story_are_boilerplate(line: str) -> None:
    article = warta.extract(_text_page(line))
    assert line not in article.paragraphs
    assert line in [b.text for b in article.boilerplate]


def test_a_story_about_whatsapp_channels_keeps_its_paragraph() -> None:
    # Long prose holding a promo phrase is prose: the phrases mark short blocks only.
    line = (
        "The ministry said it would use its WhatsApp channel and its Telegram channel to warn "
        "residents of floods, landslides and other disasters in the coming rainy season, which "
        "forecasters expect to start early in November this year."
    )
    assert line in warta.extract(_text_page().replace(STORY[3], line)).paragraphs


def test_text_for_screen_readers_only_is_not_read() -> None:
    html = (
        "<html><body><article><h1>Nickel exports hit a record</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY[:3])
        + '<p>The figures are in the <a href="/x">statement<span class="visually-hidden">'
        ", opens new tab</span></a> the ministry published.</p></article></body></html>"
    )
    text = warta.extract(html).text
    assert "opens new tab" not in text
    assert "in the statement the ministry published." in text


@pytest.mark.parametrize(
    ("code", "text", "outlet", "location"),
    [
        ("en", "SINGAPORE: A property agent was jailed on Tuesday.", None, "SINGAPORE"),
        ("en", "NEW YORK: Prices rose for a third month.", None, "NEW YORK"),
        ("en", "Hola, Kenya – Floodwater rose overnight.", None, "Hola, Kenya"),
        ("en", "ILOILO CITY, Philippines – Taps ran dry.", None, "ILOILO CITY, Philippines"),
        ("en", "SHAH ALAM, March 15 — The state government said.", None, "SHAH ALAM"),
        ("en", "New York, NY – The range of ad units grew.", None, "New York, NY"),
        (
            "id",
            "KONTAN.CO.ID - SEMARANG. Otoritas Jasa Keuangan mencabut izin.",
            "KONTAN.CO.ID",
            "SEMARANG",
        ),
        ("id", "Jakarta, VIVA – PT Jasa Marga memberlakukan satu arah.", "VIVA", "Jakarta"),
        # A dash right after the place in capitals, no spaces around it.
        ("en", "DETROIT—Bramwell Industries said it would cut jobs.", None, "DETROIT"),
        ("id", "Harianjogja.com, BANTUL—Harga cabai naik lagi.", "Harianjogja.com", "BANTUL"),
        ("id", "KALTIMPOST.ID, SAMARINDA–Genangan air kembali.", "KALTIMPOST.ID", "SAMARINDA"),
        # The outlet's name run into the place, as CNN's two spans copy.
        ("en", "New York CNN — Airline profits rose.", "CNN", "New York"),
        ("en", "Madison, Wisconsin CNN — Officials began a recount.", "CNN", "Madison, Wisconsin"),
        # A place and its province before the agency in brackets.
        (
            "en",
            "Labuan Bajo, East Nusa Tenggara (ANTARA) - Arrivals rose.",
            "ANTARA",
            "Labuan Bajo, East Nusa Tenggara",
        ),
        # The day after the place in capitals, then a colon (The Himalayan Times).
        ("en", "POKHARA, JUNE 12: Lakeside hotels reported.", None, "POKHARA"),
        # A place and its country before a colon (The Peninsula).
        ("en", "Lusail, Qatar: The ministry opened a clinic.", None, "Lusail, Qatar"),
        # The outlet's address in brackets, then a colon (Waspada).
        ("id", "KABANJAHE (Waspada.id): Harga jeruk turun.", "Waspada.id", "KABANJAHE"),
        # The place after the outlet's dash, between dashes (KR Jogja).
        ("id", "Krjogja.com - SLEMAN - Warga menanam padi.", "Krjogja.com", "SLEMAN"),
        # One word and a colon before a long lead (Daily Express, Gulf News).
        ("en", "Tawau: Smallholders on the east coast are leaving fresh fruit bunches to rot on "
         "their trees because they cannot find enough workers, a cooperative said.", None,
         "Tawau"),
        # A place with a particle in its name, then a stop (The Citizen).
        ("en", "Dar es Salaam. Traders asked the ministry.", None, "Dar es Salaam"),
        ("en", "Rio de Janeiro - Police closed the beach.", None, "Rio de Janeiro"),
        # A network's paper by its brand and its town (Jawa Pos's Radar papers).
        ("id", "BALEREJO, Radar Contoh – Petani turun ke sawah.", "Radar Contoh", "BALEREJO"),
    ],
)
def test_datelines_without_a_known_outlet(
    code: str, text: str, outlet: str | None, location: str
) -> None:
    found = read_dateline(text, lexicon(code))
    assert found is not None and (found.outlet, found.location) == (outlet, location)
    assert text.startswith(found.text)


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Police have closed the toll road.",
        "ST PHOTO: DESMOND FOO",
        "DEAR ABBY: My husband never listens.",
        "UPDATE: The minister has since resigned.",
        "ROUND 2, GAME 4: The home side won.",
        # A reader's note in the comments, however long.
        "Edit: I'm going to predict that a face sensor with an upgraded camera is likely to "
        "come before the new keyboard does, whatever the analysts say this week.",
        "Wendy: A conversation on the year's books.",
    ],
)
def test_a_kicker_in_capitals_is_no_dateline(text: str) -> None:
    assert read_dateline(text, EN) is None


def test_the_sites_name_outside_the_brackets_is_the_outlet() -> None:
    from warta.fields.dateline import own_outlet

    found = own_outlet(read_dateline("Harianmedan (Binjai) – Harga naik.", lexicon("id")),
                       "Harianmedan.com")
    assert found is not None and (found.outlet, found.location) == ("Harianmedan", "Binjai")


def test_the_sites_name_under_its_networks_prefix_is_the_outlet() -> None:
    from warta.fields.dateline import own_outlet

    found = own_outlet(read_dateline("KOTA, JP Radar Madiun – Harga naik.", lexicon("id")),
                       "Radar Madiun")
    assert found is not None and (found.outlet, found.location) == ("JP Radar Madiun", "KOTA")


def test_a_lead_under_a_caption_with_its_credit_stays_the_lead() -> None:
    page = "\n".join(
        [
            "Kontan",
            "KEUANGAN / PERBANKAN",
            "OJK Cabut Izin Usaha BPR di Kendal, LPS Siapkan Pembayaran Klaim",
            "Kamis, 14 November 2024 / 18:05 WIB",
            "Reporter: Nadia Kurnia | Editor: Hendra Saputra",
            "ILUSTRASI. Kantor Otoritas Jasa Keuangan (OJK). KONTAN/Bagas Nugraha/10/09/2024",
            "KONTAN.CO.ID - SEMARANG. Otoritas Jasa Keuangan (OJK) mencabut izin usaha sebuah "
            "bank perekonomian rakyat di Kabupaten Kendal, Jawa Tengah, sejak Kamis (14/11).",
            "Keputusan itu diambil setelah bank tersebut tidak mampu memperbaiki permodalan dan "
            "likuiditasnya dalam masa pengawasan selama satu tahun terakhir.",
            "Lembaga Penjamin Simpanan akan membayar klaim simpanan nasabah setelah proses "
            "verifikasi data selesai dalam waktu paling lama 90 hari kerja.",
            "Copyright © 2024 Kontan",
        ]
    )
    article = warta.extract(page)
    assert article.paragraphs[0].startswith("KONTAN.CO.ID - SEMARANG. Otoritas")
    assert article.dateline is not None and article.dateline.location == "SEMARANG"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Nov 13, 2024 4:32 PM PHT", "2024-11-13T16:32:00+08:00"),
        ("Friday, 15 Mar 2024 4:05 PM MYT", "2024-03-15T16:05:00+08:00"),
        # US zones named without standard or daylight time follow the season.
        ("October 23, 2024 5:00 AM ET", "2024-10-23T05:00:00-04:00"),
        ("December 3, 2024 5:00 AM ET", "2024-12-03T05:00:00-05:00"),
        ("March 10, 2024 9:00 AM PT", "2024-03-10T09:00:00-07:00"),
    ],
)
def test_zones_the_lexicon_names(line: str, iso: str) -> None:
    hits = find_dates(line, EN)
    assert [h.value.isoformat() for h in hits] == [iso]


def _html_dated(visible: str, published: str, modified: str) -> str:
    return (
        "<html><head><script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "datePublished": "{published}", '
        f'"dateModified": "{modified}"}}</script></head><body><article>'
        "<h1>Pattaya to charge for parking on Beach Road</h1>"
        f"<div class='date'>{visible}</div>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>"
    )


def test_a_visible_update_time_without_a_zone_takes_the_machine_time() -> None:
    article = warta.extract(
        _html_dated(
            "PUBLISHED : 21 Oct 2024 at 15:36 | UPDATED : 21 Oct 2024 at 17:10",
            "2024-10-21T15:36:00+07:00",
            "2024-10-21T17:10:00+07:00",
        )
    )
    assert article.published.isoformat() == "2024-10-21T15:36:00+07:00"
    assert article.updated.isoformat() == "2024-10-21T17:10:00+07:00"


def test_a_modified_time_equal_to_the_published_one_is_no_update() -> None:
    same = "2024-10-21T15:36:00+07:00"
    article = warta.extract(_html_dated("21 Oct 2024", same, same))
    assert article.published.isoformat() == same
    assert article.updated is None


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Motorists drive through a flooded road on Nov 12. PHOTO: SHIN MIN DAILY NEWS",
            "SHIN MIN DAILY NEWS",
        ),
        (
            "Residents hold up umbrellas waiting for the water to subside. ST PHOTO: DESMOND FOO",
            "ST PHOTO: DESMOND FOO",
        ),
        (
            "Rubbish dumped by the roadside in Section 7, Shah Alam. — Picture by Firdaus Latif",
            "Firdaus Latif",
        ),
        ("Green minibuses queue at a terminus in Kwun Tong. Photo: Kelvin Yau", "Kelvin Yau"),
    ],
)
def test_a_caption_with_its_labelled_credit_is_no_title_and_no_body(
    caption: str, credit: str
) -> None:
    page = _text_page(head=(caption, "By Ani Lestari"))
    article = warta.extract(page)
    assert article.title == "Indonesia's nickel exports hit October record as smelters ramp up"
    assert caption not in article.paragraphs
    # The credit without its label ("Photo:", "Picture by"); an outlet's own ("ST PHOTO") stays.
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption[: caption.index(".") + 1], credit)
    ]


@pytest.mark.parametrize(
    "label", ["This article is more than 1 month old", "Font: Ukuran Font: Kecil Besar"]
)
def test_labels_over_the_headline_are_no_title(label: str) -> None:
    lines = _text_page().splitlines()
    lines.insert(3, label)
    article = warta.extract("\n".join(lines))
    assert article.title == lines[4]
    assert any(b.kind.value == "ui" and label in b.text for b in article.boilerplate)


ID = lexicon("id")


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # A contact address after the name is no part of it.
        ("Editor : Ardi Wicaksana (ardi.w@example.id)", [("Ardi Wicaksana", "editor")]),
        # Names in capitals are read in the case a person writes them.
        ("Editor: ARDI WICAKSANA", [("Ardi Wicaksana", "editor")]),
        # Republika's abbreviated labels, and two roles parted by a slash.
        (
            "Rep: Dedi Kurnia Saputra/ Red: Hasan Fikri",
            [("Dedi Kurnia Saputra", "reporter"), ("Hasan Fikri", "editor")],
        ),
        # The writer, then the editor's initials (BeritaSatu, Jakarta Globe).
        ("Dimas Pratama / AW", [("Dimas Pratama", "author"), ("AW", "editor")]),
        # The date after a dash, and the reading time run into it.
        (
            "Penulis: Wulan Sekar Arum - Senin, 4 Nov 2024 13:20 WIB dibaca normal 3 menit",
            [("Wulan Sekar Arum", "author")],
        ),
        ("Reporter: Wulan Sekar Arum | 04/11/2024, 13:20 WIB", [("Wulan Sekar Arum", "reporter")]),
    ],
)
def test_byline_shapes(line: str, people: list[tuple[str, str]]) -> None:
    found = parse_byline(line, ID) or []
    assert [(p.name or p.initials, p.role.value) for p in found] == people


@pytest.mark.parametrize(
    "line",
    [
        "Antara Foto / HM",  # a photo desk and its initials
        "Robert Bukaty / AP",  # a photographer and the agency
        "Red Sox Win Again",  # "Red" is a label only with its colon
    ],
)
def test_credit_and_headline_shapes_are_no_byline(line: str) -> None:
    assert parse_byline(line, ID) is None


def test_each_role_label_on_its_own_line_names_the_next_line() -> None:
    head = ("Reporter", "Hanif Pratama", "Translator", "Ravi Wijaya", "Editor", "Sekar Ayu")
    article = warta.extract(_text_page(head=head))
    assert [p.name for p in article.authors] == ["Hanif Pratama"]
    assert [p.name for p in article.editors] == ["Sekar Ayu"]
    assert [p.name for p in article.contributors] == ["Ravi Wijaya"]


def _html_page(header: str, *before: str) -> str:
    return (
        "<html><head><title>Nickel exports hit a record</title></head><body><article>"
        f"<h1>Indonesia's nickel exports hit October record</h1>{header}"
        + "".join(f"<p>{p}</p>" for p in (*before, *STORY))
        + "</article></body></html>"
    )


def test_a_byline_running_into_its_date_names_the_writer() -> None:
    # Outside the container, the markup calls it the author's box: a byline, with its date.
    header = (
        "<div class='author-info'><a href='/r/ani'>Ani Lestari</a> · "
        "<span>Senin, 18 November 2024 - 14:35 WIB</span></div>"
    )
    article = warta.extract(_html_page("").replace("<article>", header + "<article>"))
    assert [p.name for p in article.authors] == ["Ani Lestari"]


def test_prose_above_the_dateline_in_the_container_is_not_the_story() -> None:
    promo = "Get the day's top stories in short cards on our new app. Give it a try."
    dek = "Shipments of nickel pig iron rose to a record as new smelters came on line in Sulawesi."
    article = warta.extract(_html_page("", dek, promo))
    assert article.description == dek
    assert article.paragraphs == STORY
    assert promo in [b.text for b in article.boilerplate]


def test_a_linked_heading_under_a_related_label_is_a_card() -> None:
    page = _html_page("").replace(
        f"<p>{STORY[2]}</p>",
        "<div class='card'><h2>Related:</h2><a href='/x'><h3>Smelter output doubles in "
        f"Morowali park</h3></a></div><p>{STORY[2]}</p>",
    )
    article = warta.extract(page)
    assert article.paragraphs == STORY


def test_a_machine_time_agreeing_with_the_visible_minute_gives_its_seconds() -> None:
    article = warta.extract(
        _html_dated("21 Oct 2024 15:36 WIB", "2024-10-21T08:36:42Z", "2024-10-21T08:36:42Z")
    )
    assert article.published.isoformat() == "2024-10-21T15:36:42+07:00"


@pytest.mark.parametrize(
    "line",
    [
        "Related news: Nickel smelter in Morowali doubles its output",
        "SKIP ADVERTISEMENT",
        "(Updates with the ministry's comment in the fourth paragraph.)",
        "While you're here: every Friday our editors send a letter on the week in mining.",
        "By registering, you agree with our Terms of Use and Privacy Policy.",
        "Sign up for our morning briefing and get the day's stories first.",
    ],
)
def test_more_furniture_under_and_inside_a_story_is_boilerplate(line: str) -> None:
    article = warta.extract(_text_page(line))
    assert line not in article.paragraphs
    assert any(line in b.text for b in article.boilerplate)


def test_a_sign_off_in_the_html_container_is_not_the_story() -> None:
    sign_off = "Jakarta Daily's Bo Kim contributed to this report."
    page = _html_page("").replace("</article>", f"<p>{sign_off}</p></article>")
    article = warta.extract(page)
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Contributing: Ani Lestari, The Jakarta Daily", "Ani Lestari"),
        ("— With assistance from Bo Kim", "Bo Kim"),
    ],
)
def test_contributors_closing_a_story(line: str, name: str) -> None:
    article = warta.extract(_text_page(line, head=("By Jo Hale",)))
    assert [p.name for p in article.contributors] == [name]
    assert line not in article.paragraphs


def test_contact_lines_under_their_labels_name_reporters_and_editors() -> None:
    tail = (
        "To contact the reporter on this story:",
        "Ani Lestari in Jakarta at alestari@example.com",
        "To contact the editors responsible for this story:",
        "Jo Hale at jhale@example.com",
        "Bo Kim, Ria Sani",
    )
    article = warta.extract(_text_page(*tail))
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert [p.name for p in article.editors] == ["Jo Hale", "Bo Kim", "Ria Sani"]
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("dh/kb (dpa, epd)", [("dh", "author"), ("kb", "editor")]),  # DW
        ("(WHS)", [("WHS", "editor")]),  # one code alone is the editor's
        ("[dan]", [("dan", "editor")]),
        ("/cb", [("cb", "editor")]),
        # A desk's letter and number after the codes (Koran Jakarta).
        ("(dip/hns/S-2)", [("dip", "author"), ("hns", "editor"), ("S-2", "editor")]),
    ],
)
def test_initials_on_a_line_of_their_own_close_a_story(
    line: str, people: list[tuple[str, str]]
) -> None:
    article = warta.extract(_text_page(line))
    found = [(p.initials, p.role.value) for p in article.authors + article.editors]
    assert found == people
    assert line not in article.paragraphs


@pytest.mark.parametrize("line", ["(AFP)", "[CNET]", "Berlin (dpa)"])
def test_an_agency_or_a_source_is_no_initials(line: str) -> None:
    article = warta.extract(_text_page(line))
    assert article.authors == [] and article.editors == []


def test_a_summary_box_label_is_no_author() -> None:
    article = warta.extract(_text_page(head=("By Jo Hale", "Key Points")))
    assert [p.name for p in article.authors] == ["Jo Hale"]


def test_a_possessive_is_no_name() -> None:
    assert parse_byline("Reporter: Jo Hale's Most Recent Stories", EN) is None


def test_a_credit_line_with_its_own_caption_leaves_the_lead_under_it() -> None:
    page = "\n".join(
        [
            "Hujan Lebat Diprakirakan Guyur Jawa Tengah Sepekan ke Depan",
            "Ani Lestari • 04 Desember 2024 11:32",
            "Ilustrasi hujan deras. Contoh.id/Bagus Prasetya",
            "Semarang: Badan Meteorologi memprakirakan hujan lebat mengguyur sebagian besar "
            "wilayah Jawa Tengah selama sepekan ke depan.",
            "Warga yang tinggal di lereng bukit diminta waspada terhadap longsor, kata kepala "
            "stasiun klimatologi setempat.",
            "Petugas juga menyiapkan posko di tiap kecamatan yang rawan banjir dan longsor.",
        ]
    )
    article = warta.extract(page)
    assert article.paragraphs[0].startswith("Semarang: Badan Meteorologi")
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Ilustrasi hujan deras.", "Contoh.id/Bagus Prasetya")
    ]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (("Penulis", "Kontributor Demak, Ani Lestari", "Editor", "Bo Prasetya"), "Ani Lestari"),
        (("Ani Lestari , Jurnalis-Selasa, 27 Agustus 2024 |15:41 WIB",), "Ani Lestari"),
    ],
)
def test_indonesian_byline_shapes(head: tuple[str, ...], name: str) -> None:
    page = _text_page(head=head).replace("November 7, 2024 10:12 AM GMT+7\n", "")
    article = warta.extract(page)
    assert [p.name for p in article.authors] == [name]


@pytest.mark.parametrize(
    ("line", "isos"),
    [
        ("June 3, 2024 18:12 GMT+700", ["2024-06-03T18:12:00+07:00"]),
        # A copied page runs two lines together, the zone into the next word.
        (
            "Published Oct. 21, 2024, 5:00 a.m. ETUpdated Oct. 22, 2024, 9:14 a.m. ET",
            ["2024-10-21T05:00:00-04:00", "2024-10-22T09:14:00-04:00"],
        ),
    ],
)
def test_zone_shapes(line: str, isos: list[str]) -> None:
    assert [h.value.isoformat() for h in find_dates(line, EN)] == isos


def _dated_page(*head: str, tail: tuple[str, ...] = ()) -> str:
    lines = _text_page(*tail, head=head).splitlines()
    lines.remove("November 7, 2024 10:12 AM GMT+7")
    return "\n".join(lines)


def test_a_date_line_and_its_time_on_the_next_line() -> None:
    article = warta.extract(_dated_page("By Ani Lestari", "Thursday, 7 Nov 2024", "10:12 AM WIB"))
    assert article.published.isoformat() == "2024-11-07T10:12:00+07:00"


def test_a_bare_date_takes_the_time_another_date_line_gives_that_day() -> None:
    head = ("This story is from November 7, 2024", "Ani Lestari / Nov 7, 2024, 10:12 IST")
    article = warta.extract(_dated_page(*head))
    assert article.published.isoformat() == "2024-11-07T10:12:00+05:30"


def test_a_sentence_with_a_date_and_a_label_word_is_prose() -> None:
    last = "The case was posted for a further hearing on January 27, 2025."
    article = warta.extract(_text_page(last))
    assert article.paragraphs[-1] == last
    assert article.published.isoformat() == "2024-11-07T10:12:00+07:00"


def test_a_machine_time_in_utc_is_shown_in_the_pages_zone() -> None:
    article = warta.extract(
        _html_dated(
            "Updated 6:42 PM EDT, Tue October 22, 2024",
            "2024-10-22T15:05:00Z",
            "2024-10-22T22:42:00Z",
        )
    )
    assert article.published.isoformat() == "2024-10-22T11:05:00-04:00"
    assert article.updated.isoformat() == "2024-10-22T18:42:00-04:00"


def test_a_date_line_in_a_box_whose_class_says_footer_is_a_date_line() -> None:
    page = (
        "<html><body><div class='headline__footer'><h1>Pattaya to charge for parking</h1>"
        "<div class='timestamp'>Updated 6:42 PM EDT, Tue October 22, 2024</div></div><article>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article></body></html>"
    )
    assert warta.extract(page).updated.isoformat() == "2024-10-22T18:42:00-04:00"


@pytest.mark.parametrize(
    ("text", "outlet", "location"),
    [
        ("LAHORE / ISLAMABAD: The provincial cabinet approved the subsidy.", None,
         "LAHORE / ISLAMABAD"),
        ("ECONOMYNEXT – Sri Lanka will raise the weekly fuel quota.", "ECONOMYNEXT", None),
    ],
)  # fmt: skip
def test_two_places_and_an_outlet_alone_open_a_story(
    text: str, outlet: str | None, location: str | None
) -> None:
    dateline = read_dateline(text, EN)
    assert dateline is not None
    assert (dateline.outlet, dateline.location) == (outlet, location)


def test_kompas_daily_dateline_names_its_outlet() -> None:
    dateline = read_dateline("JAKARTA, KOMPAS — PT KAI Commuter menambah perjalanan.", ID)
    assert dateline is not None
    assert (dateline.outlet, dateline.location) == ("KOMPAS", "JAKARTA")


@pytest.mark.parametrize(
    ("site", "opener", "outlet", "location"),
    [
        ("Harian Disway", "SURABAYA, HARIAN DISWAY -", "HARIAN DISWAY", "SURABAYA"),
        ("TIMES Indonesia", "TIMESINDONESIA, MALANG –", "TIMESINDONESIA", "MALANG"),
        ("Kabar Banten", "KABAR BANTEN -", "KABAR BANTEN", None),
        # A place is a place, whatever the site is called.
        ("Kabar Banten", "SERANG -", None, "SERANG"),
    ],
)
def test_a_dateline_naming_the_site_the_page_declares(
    site: str, opener: str, outlet: str | None, location: str | None
) -> None:
    page = _html_page("", f"{opener} {STORY[0]}").replace(
        "<title>", f"<meta property='og:site_name' content='{site}'><title>"
    )
    dateline = warta.extract(page).dateline
    assert dateline is not None
    assert (dateline.outlet, dateline.location) == (outlet, location)


def test_a_print_edition_note_is_no_paragraph() -> None:
    note = (
        "A version of this article appears in print on Nov. 8, 2024, Section B, Page 3 of the "
        "New York edition with the headline: Nickel Exports Hit Record. Order Reprints | "
        "Today's Paper | Subscribe"
    )
    assert note not in warta.extract(_text_page(note)).paragraphs


def test_a_bio_without_a_final_stop_under_the_story() -> None:
    bio = "Lestari covers energy and mining for Reuters. More about Ani Lestari"
    article = warta.extract(_text_page("ANI LESTARI", bio, head=("By Ani Lestari",)))
    assert article.paragraphs == STORY


def test_menu_items_parted_by_a_slash_are_a_breadcrumb_not_a_credit() -> None:
    lines = _text_page().splitlines()
    lines.insert(3, "World / Business")  # both are menu items above
    article = warta.extract("\n".join(lines))
    assert article.title == lines[4]
    assert article.images == []


def test_a_standfirst_above_a_sure_dateline_in_the_container_is_not_the_story() -> None:
    dek = "Smelter owners pass on costs while the ministry weighs an export quota"
    article = warta.extract(_html_page("", dek))
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # A section before a bar, roles parted by a comma (NDTV).
        (
            "India News | Reported by Sneha Kulkarni, Edited by Arvind Menon | Updated: Aug 21",
            [("Sneha Kulkarni", "reporter"), ("Arvind Menon", "editor")],
        ),
        # A date before the bar; credentials after the name are titles, not names.
        ("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN", [("Ilana Muhlstein", "author")]),
    ],
)
def test_bylines_with_a_section_or_a_date_before_a_bar(
    line: str, people: list[tuple[str, str]]
) -> None:
    found = parse_byline(line, EN)
    assert found is not None and [(p.name, p.role.value) for p in found] == people


def test_a_date_after_the_name_in_a_byline_is_not_the_name() -> None:
    found = parse_byline("Penulis: Ignasius Laya Pada: Selasa, 12 Mar 2024, 18:42 WIB", ID)
    assert found is not None and [p.name for p in found] == ["Ignasius Laya"]


def test_a_label_for_screen_readers_before_a_writer() -> None:
    found = parse_byline("Penulis, Raymond Hutapea", ID)  # BBC: "Penulis, " read aloud only
    assert found is not None and [p.name for p in found] == ["Raymond Hutapea"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Lucía Ferrer with AFP", ["Lucía Ferrer"]),  # the agency is no writer
        ("By Ann Lee with Bo Kim", ["Ann Lee", "Bo Kim"]),
        ("By Brianna Keller Fox News", ["Brianna Keller"]),  # the outlet run into the name
    ],
)
def test_a_byline_with_an_agency_or_an_outlet_after_the_names(line: str, names: list[str]) -> None:
    found = parse_byline(line, EN)
    assert found is not None and [p.name for p in found] == names


def _declared(author: str, *tail: str) -> str:
    """An HTML story whose JSON-LD declares `author` (its site is "Harian Kota")."""
    ld = (
        '{"@type": "NewsArticle", "headline": "Nickel exports hit a record", '
        f'"author": {author}, "publisher": {{"@type": "Organization", "name": "Harian Kota"}}}}'
    )
    return (
        f"<html><head><script type='application/ld+json'>{ld}</script>"
        "<meta property='og:site_name' content='Harian Kota'></head><body><article>"
        "<h1>Nickel exports hit a record</h1>"
        + "".join(f"<p>{p}</p>" for p in (*STORY, *tail))
        + "</article></body></html>"
    )


def test_initials_under_the_story_outweigh_the_outlet_declared_as_author() -> None:
    page = _declared('{"@type": "Organization", "name": "Harian Kota"}', "(lom/dmi)")
    article = warta.extract(page)
    assert [p.initials for p in article.authors] == ["lom"]
    assert [p.initials for p in article.editors] == ["dmi"]


def test_initials_under_the_story_outweigh_the_outlet_shown_as_byline() -> None:
    # Sumut Pos: "oleh Sumut Pos" over the story names no writer; "(lom/dmi)" under it does.
    page = _declared('{"@type": "Organization", "name": "Harian Kota"}', "(lom/dmi)").replace(
        "<h1>Nickel exports hit a record</h1>",
        "<h1>Nickel exports hit a record</h1><div class='meta-author'>oleh "
        "<a href='/author/hariankota/'>Harian Kota</a></div>",
    )
    article = warta.extract(page)
    assert [p.initials for p in article.authors] == ["lom"]


def test_the_outlet_declared_as_author_stands_with_no_byline() -> None:
    article = warta.extract(_declared('{"@type": "Organization", "name": "Harian Kota"}'))
    assert [p.name for p in article.authors] == ["Harian Kota"]  # as wire copy credits AP


def test_a_writer_in_a_box_the_markup_names_after_the_story() -> None:
    # The Standard: no byline over the story, the writer's name alone in `news-author` under it.
    page = _declared('{"@type": "Organization", "name": "Harian Kota"}').replace(
        "</article>", "<p class='news-author'>Karen Lau</p></article>"
    )
    assert [p.name for p in warta.extract(page).authors] == ["Karen Lau"]


def test_the_outlet_after_the_writer_in_the_byline_box_is_cut() -> None:
    page = _declared("{}").replace(
        "<article>",
        "<article><div class='byline'><span class='author'>Ani Lestari</span> "
        "<span class='publication'>Harian Kota</span></div>",
    )
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari"]


def test_a_byline_naming_the_declared_author_and_more_gives_them_all() -> None:
    # The metadata names the first writer of a joint byline only.
    first = '[{"@type": "Person", "name": "Ani Lestari"}]'
    page = _declared(first).replace("<article>", "<article><p class='byline'>By Ani Lestari "
                                    "and Bo Kim</p>")
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari", "Bo Kim"]
    # A town after the name is no second writer.
    page = _declared(first).replace("<article>", "<article><p class='byline'>By Ani Lestari, "
                                    "Kendari</p>")
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari"]


def test_a_declared_author_with_the_reporters_place_before_the_name() -> None:
    # Kompas declares its regional writers as they are shown: "Kontributor <city>, <name>".
    page = _declared('[{"@type": "Person", "name": "Kontributor Demak, Ani Lestari"}]')
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari"]


@pytest.mark.parametrize(
    ("line", "code", "names"),
    [
        # Mongabay: the place filed from in square brackets, then "di" and the date.
        ("oleh Sarifah Mokodompit [Gorontalo] di 18 November 2024", "id", ["Sarifah Mokodompit"]),
        ("Oleh Ani Lestari pada 18 November 2024", "id", ["Ani Lestari"]),
        # A blog's or a fact-checker's byline: the date after "on", with no colon.
        (
            "By Rosa Tindall , Kai Mercer on Monday, November 18th, 2019",
            "en",
            ["Rosa Tindall", "Kai Mercer"],
        ),
        ("By Ann Lee on March 3, 2024 at 11:08 a.m.", "en", ["Ann Lee"]),
    ],
)
def test_a_byline_with_a_date_after_on_and_no_colon(line: str, code: str, names: list[str]) -> None:
    found = parse_byline(line, lexicon(code))
    assert found is not None and [p.name for p in found] == names


ID_STORY = [
    "BANDUNG, KOMPAS.com - Pemerintah Kota Bandung menambah 40 bus listrik untuk enam koridor.",
    "Kepala Dinas Perhubungan Kota Bandung mengatakan bus mulai beroperasi pada awal April nanti.",
    "Menurut dia, tarif bus listrik tetap sama dengan tarif bus kota yang berlaku saat ini.",
    "Warga diminta memanfaatkan layanan itu untuk mengurangi kemacetan di pusat kota Bandung.",
]


@pytest.mark.parametrize(
    ("story", "lines"),
    [
        # An embedded Instagram post, as it copies in each language.
        (STORY, ["View this post on Instagram", "A post shared by City Transit (@citytransit)"]),
        (ID_STORY, ["Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Dishub"]),
        (STORY, ["Scroll to resume content"]),
        (ID_STORY, ["Scroll ke bawah untuk melanjutkan membaca"]),
        (STORY, ["Editor's Choice: Tin prices climb as Myanmar mine stays shut"]),
        (ID_STORY, ["Pilihan Editor: Tarif Angkot Bandung Naik Mulai Bulan Depan"]),
        (STORY, ["Also worth reading"]),
        (ID_STORY, ["Kirim artikel ini sebagai hadiah untuk keluarga dan teman Anda."]),
        (
            ID_STORY,
            [
                "Artikel ini bukan merupakan ajakan untuk membeli atau menjual saham. Keputusan "
                "investasi sepenuhnya berada di tangan pembaca, dan redaksi tidak bertanggung "
                "jawab atas kerugian maupun keuntungan yang timbul dari keputusan itu."
            ],
        ),
        (
            ID_STORY,
            [
                "Simak berita pilihan kami langsung di ponselmu. Pilih saluran favoritmu untuk "
                "mengakses berita Harian Kota lewat WhatsApp Channel: https://example.id/wa. "
                "Pastikan aplikasi WhatsApp sudah terpasang di ponselmu."
            ],
        ),
        (STORY, ["Stay in the loop: follow the Harbour Times on Google News."]),
        (STORY, ["Get the morning briefing on WhatsApp. Join our channel"]),
        (STORY, ["Report This Ad", "Ad Feedback"]),
        (STORY, ["Follow the Harbour Times on WhatsApp and Telegram for breaking news."]),
        (
            ID_STORY,
            [
                "Konten berita di laman ini dilindungi hak cipta; pengutipan komersial hanya "
                "dengan izin tertulis dari Harian Kota."
            ],
        ),
        (STORY, ["Related article", "Why smelters in Sulawesi keep running short of power"]),
        (ID_STORY, ["Ikuti kabar terbaru Persib dan berita Bandung lainnya lewat Google News."]),
        (
            ID_STORY,
            [
                "Konten laman ini tidak boleh disalin atau dipakai melatih AI tanpa izin tertulis "
                "dari Harian Kota."
            ],
        ),
        (ID_STORY, ["Ayu Lestari berkontribusi dalam penulisan artikel ini."]),
        (ID_STORY, ["Next Article Tarif Angkot Bandung Naik Mulai Bulan Depan"]),
        (
            ID_STORY,
            ["Baca analisis mendalam soal energi dan tambang setiap pagi. Mulai berlangganan "
             "sekarang."],
        ),
        (
            ID_STORY,
            [
                "Dapatkan update berita pilihan dan breaking news setiap hari dari Harian Kota. "
                "Yuk gabung ke kanal Telegram Harian Kota Update lewat tautan "
                "https://t.me/example, lalu tekan gabung. Aplikasi Telegram perlu terpasang "
                "lebih dulu di ponsel Anda."
            ],
        ),
    ],
)
def test_lines_a_site_puts_inside_the_story(story: list[str], lines: list[str]) -> None:
    page = "\n".join(["Headline of the story", *story[:2], *lines, *story[2:], "© 2024"])
    assert warta.extract(page).paragraphs == story


@pytest.mark.parametrize(
    "line",
    [
        "This story is part of the Harbour Times' reporting partnership with River Public Radio.",
        "The Harbour Times' mining coverage receives financial support from several private "
        "foundations, which have no say over what it reports. Read more about our standards.",
        "— With a report from Dana Ocampo",
        "The Harbour Press's global health coverage receives funding from several private "
        "foundations. The Harbour Press is solely responsible for all content.",
        "Share the best of the Harbour Times with friends, family, or colleagues in one click.",
        "Privacy notice: our newsletters may carry information on charities, online advertising "
        "and content paid for by outside parties.",
    ],
)
def test_notes_and_calls_under_the_story(line: str) -> None:
    assert warta.extract(_text_page(line)).paragraphs == STORY


def test_a_disclaimer_in_the_container_is_not_the_story_at_any_length() -> None:
    disclaimer = (
        "Disclaimer: berita ini tidak dimaksudkan untuk mengajak pembaca membeli atau menjual "
        "saham. Segala keputusan investasi sepenuhnya menjadi tanggung jawab pembaca, dan redaksi "
        "tidak bertanggung jawab atas kerugian maupun keuntungan yang timbul darinya."
    )
    page = (
        "<html><body><article><h1>Laba emiten pakan naik</h1>"
        + "".join(f"<p>{p}</p>" for p in ID_STORY)
        + f"<p><em>{disclaimer}</em></p></article></body></html>"
    )
    assert warta.extract(page).paragraphs == ID_STORY


def test_a_breadcrumb_from_the_home_page_link_is_not_a_credit() -> None:
    lines = _text_page().splitlines()
    lines.insert(3, "Home  /  World  /  Business")  # "Home" is no line of the menu above
    article = warta.extract("\n".join(lines))
    assert article.title == lines[4]
    assert article.images == []


def test_tags_under_the_credits_are_no_editors() -> None:
    # Tempo: each role's label over its name, then the tags, unlabelled.
    credits = ["Reporter", "Dewi Anggraini", "Editor", "Sita Rahmadani"]
    tags = ["Bus Listrik", "Dinas Perhubungan Kota Bandung", "Koridor Bus"]
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *ID_STORY, *credits, *tags])
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Dewi Anggraini"]
    assert [p.name for p in article.editors] == ["Sita Rahmadani"]


def test_the_writers_card_under_the_tags_and_share_buttons() -> None:
    # Merdeka: the writer's card below "Topik Terkait" and "Bagikan", past the story's reach.
    furniture = ["(bal)", "Topik Terkait", "#Bus Listrik", "#Bandung", "#Dishub", "#Koridor",
                 "Bagikan", "Facebook", "X", "WhatsApp", "Salin Tautan"]
    card = ["Penulis", "Fauzan Hakim Alamsyah", "Lihat artikel lainnya"]
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *ID_STORY, *furniture, *card])
    assert [p.name for p in warta.extract(page).authors] == ["Fauzan Hakim Alamsyah"]
    # A box of other stories ends the story's reach: a card under it is another story's.
    related = ["Artikel Terkait", "Tarif Angkot Bandung Naik Mulai Bulan Depan"]
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *ID_STORY, *furniture,
                      *related, *card])
    assert warta.extract(page).authors == []


def test_an_avatar_between_a_label_and_its_name() -> None:
    # Liputan6: "Editor", the editor's picture, then the name.
    html = (
        "<html><body><h1>Bus Listrik Tambah Enam Koridor di Bandung</h1><article>"
        + "".join(f"<p>{p}</p>" for p in ID_STORY)
        + '<div class="info"><div>Author</div><div>Dewi Anggraini</div><div>Yohanes Bagas</div>'
        '<div>Editor</div><img src="/a.jpg"><div>Sita Rahmadani</div></div></article>'
        "</body></html>"
    )
    article = warta.extract(html)
    assert [p.name for p in article.authors] == ["Dewi Anggraini", "Yohanes Bagas"]
    assert [p.name for p in article.editors] == ["Sita Rahmadani"]


def test_two_names_under_one_label_are_both_people() -> None:
    credits = ["Editor", "Sita Rahmadani", "Yohanes Bagas"]  # neither a phrase of the story
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *ID_STORY, *credits])
    assert [p.name for p in warta.extract(page).editors] == ["Sita Rahmadani", "Yohanes Bagas"]


def test_a_sites_accounts_listed_under_the_story() -> None:
    accounts = [
        "Facebook : @harbourtimes, @harbourtimestv",
        "Twitter : @harbourtimes",
        "Instagram : @harbourtimes.official",
    ]
    assert warta.extract(_text_page(*accounts)).paragraphs == STORY
    # and inside an HTML story's container, lines of one paragraph under a call to follow
    page = "<p>Follow us on social media :<br>" + "<br>".join(accounts) + "</p>"
    assert (
        warta.extract(_html_page("").replace("</article>", f"{page}</article>")).paragraphs == STORY
    )


def test_previous_and_next_of_a_carousel_under_the_story_are_no_pager() -> None:
    carousel = ["Visual Stories", "Previous", "Ten weekend drives from the coast", "Next"]
    assert warta.extract(_text_page(*carousel)).pagination is None
    # while a pager's links stand between its own: a middle page
    pager = ["Previous", "1", "2", "3", "Next"]
    pagination = warta.extract(_text_page(*pager)).pagination
    assert pagination is not None and pagination.page == 2


def test_also_read_on_its_own_line_heads_its_links() -> None:
    links = ["Also Read", "Tin prices climb as mine stays shut", "Smelter workers strike for pay"]
    lines = _text_page().splitlines()
    at = lines.index(STORY[2])
    article = warta.extract("\n".join([*lines[:at], *links, *lines[at:]]))
    assert article.paragraphs == STORY


def test_a_bare_name_over_its_role_and_labelled_dates() -> None:
    # The Straits Times: the name, the writer's beat, then each date under its own label.
    header = ["Lim Hui Min", "Energy Correspondent", "Updated", "Nov 07, 2024, 07:41 PM GMT+8"]
    header += ["Published", "Nov 07, 2024, 05:00 PM GMT+8"]
    article = warta.extract(
        _text_page(head=tuple(header)).replace("November 7, 2024 10:12 AM GMT+7\n", "")
    )
    assert [p.name for p in article.authors] == ["Lim Hui Min"]
    assert (
        article.published is not None
        and article.published.isoformat() == "2024-11-07T17:00:00+08:00"
    )
    assert (
        article.updated is not None and article.updated.isoformat() == "2024-11-07T19:41:00+08:00"
    )


def test_a_web_address_alone_on_its_line_is_neither_a_headline_nor_a_credit() -> None:
    address = "https://www.harbourtimes.example/business/nickel-exports-record-20241107.php"
    lines = _text_page().splitlines()
    lines.insert(3, address)  # the page's own address, copied above its headline
    article = warta.extract("\n".join(lines))
    assert article.title == lines[4]
    app = ["Download the Harbour Times app for faster news updates at:"]
    app += ["Android: http://example.com/ht-android", "iOS: http://example.com/ht-ios"]
    assert warta.extract(_text_page(*app)).images == []


def test_a_call_to_subscribers_to_gift_articles() -> None:
    gift = (
        "Share the best of the Harbour Times with friends, family, or colleagues. As a subscriber, "
        "you can gift 3 to 5 articles each month that anyone can read, no subscription needed."
    )
    lines = _text_page().splitlines()
    at = lines.index(STORY[0])
    assert warta.extract("\n".join([*lines[:at], gift, "Give", *lines[at:]])).paragraphs == STORY


def test_linked_headlines_under_a_related_heading_in_the_container() -> None:
    more = (
        "<section><h2>More on this story</h2><ul>"
        "<li><a href='/a'>Tin prices climb as mine stays shut</a><span>Published"
        "<time datetime='2024-10-02'>2 October 2024</time></span></li>"
        "<li><a href='/b'>Smelter workers strike for better pay</a><span>Published"
        "<time datetime='2024-05-21'>21 May 2024</time></span></li></ul></section>"
    )
    page = _html_page("").replace("</article>", f"{more}</article>")
    assert warta.extract(page).paragraphs == STORY


def test_a_gallerys_counter_beside_a_credit_is_not_the_story() -> None:
    # Markup names the counter's box; its place beside a credit only made it look a caption.
    gallery = (
        "<div class='slideshow-counter'>Image 1 of / 8</div>"
        "<div class='photo-credit'>AP Photo/Ann Lee</div>"
    )
    page = _html_page(gallery)
    assert warta.extract(page).paragraphs == STORY


#: A story with no dateline to start it: what opens it is only known from its shape.
PLAIN = [
    "Expectant mothers in the river town will be able to give birth at the local hospital again "
    "from next month, after the maternity unit closed for eighteen months for want of midwives.",
    "Since the closure, women in the district have had to travel to one of three larger towns to "
    "give birth, a trip of up to two hours on country roads in the middle of labour.",
    "The health district said it had recruited six midwives, including two graduates, which will "
    "let the unit offer a full birthing service around the clock seven days a week.",
]


@pytest.mark.parametrize("label", ["In short:", "AI generated summary"])
def test_a_summary_box_over_the_story_is_not_the_story(label: str) -> None:
    # ABC: the label, two short items, a heading among them, one more item; then the story.
    summary = [
        label,
        "The maternity unit will resume planned births from July 1.",
        "Mothers have had to travel up to two hours to give birth.",
        "What's next?",
        "The union says staffing remains fragile.",
    ]
    head = ["Mums can give birth close to home again", "By Ann Lee", "Posted Wed 19 Jun 2024"]
    page = "\n".join([*head, *summary, *PLAIN, "Related stories"])
    assert warta.extract(page).paragraphs == PLAIN


def test_a_tab_named_summary_over_the_byline_leaves_the_byline() -> None:
    tabs = ["SPEED READ", "SUMMARY", "LISTEN", "By Ani Lestari"]
    article = warta.extract(_text_page(head=tuple(tabs)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]


def test_key_points_in_the_container_are_not_the_story() -> None:
    points = (
        "<div class='keypoints-container'><h2>Key Points</h2><ul>"
        "<li>The unit resumes planned births from July 1.</li>"
        "<li>Six midwives have been recruited.</li></ul></div>"
    )
    page = (
        f"<html><body><article><h1>Mums can give birth close to home again</h1>{points}"
        + "".join(f"<p>{p}</p>" for p in PLAIN)
        + "</article></body></html>"
    )
    assert warta.extract(page).paragraphs == PLAIN


def test_a_photo_credit_over_its_caption_above_the_dateline() -> None:
    # Republika: the credit first, then the caption, then the story from its dateline.
    head = ("Rep: Dewi Anggraini/ Red: Sita Rahmadani", "Foto: Republika/Raihan Syafiq")
    caption = "Bus listrik melintas di koridor baru di pusat Kota Bandung (ilustrasi)."
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *head, caption, *ID_STORY])
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Republika/Raihan Syafiq")]
    assert article.paragraphs == ID_STORY and article.description is None


def test_a_dek_its_markup_names_is_the_description() -> None:
    dek = "Mothers in the river town will no longer have to drive two hours to give birth."
    page = (
        "<html><body><article><h1>Mums can give birth close to home again</h1>"
        f"<p class='article-dek'>{dek}</p>"
        + "".join(f"<p>{p}</p>" for p in PLAIN)
        + "</article></body></html>"
    )
    article = warta.extract(page)
    assert article.description == dek
    assert article.paragraphs == PLAIN


def test_a_wire_credit_line_with_every_writers_city() -> None:
    # Each name with the city it filed from makes the line longer than a byline usually is.
    line = (
        "Reporting by Ani Lestari in Jakarta and Bo Kim in Seoul; Additional reporting by Dana "
        "Ocampo in Manila and Lise Brandt in Oslo; Editing by Jo Hale and Tom Reyes"
    )
    article = warta.extract(_text_page(line))
    assert line not in article.paragraphs
    assert [p.name for p in article.authors] == ["Ani Lestari", "Bo Kim"]
    assert [p.name for p in article.contributors] == ["Dana Ocampo", "Lise Brandt"]
    assert [p.name for p in article.editors] == ["Jo Hale", "Tom Reyes"]


def test_one_person_named_twice_with_a_letter_doubled_is_one_person() -> None:
    from warta.fields.people import merge_people
    from warta.records import Person, Role

    people = [Person(name="Maya Rahardjo", role=Role.AUTHOR)]
    people.append(Person(name="Maya Rahardjjo", role=Role.REPORTER))
    assert [p.name for p in merge_people(people)] == ["Maya Rahardjo"]
    # digits are not letters: "Budi 1" and "Budi 11" are two people
    two = [Person(name="Budi 1", role=Role.AUTHOR), Person(name="Budi 11", role=Role.AUTHOR)]
    assert len(merge_people(two)) == 2


def test_the_headline_over_the_byline_beats_a_summarys_bullets() -> None:
    # Reuters: headline, byline, date; then a summary's bullets and a company box over the lead.
    head = [
        "Energy",
        "Harbour Wind profit beats forecasts as orders swell",
        "By Ani Lestari",
        "February 6, 2025 8:14 AM GMT+1",
        "Summary",
        "Companies",
        "Q4 operating profit 412 mln euros vs 361 mln forecast",
        "Order intake hits a record 6.3 GW",
        "Dividend back, buyback of up to 150 mln euros",
        "Harbour Wind A/S",
        "Follow",
    ]
    article = warta.extract("\n".join([*head, *STORY]))
    assert article.title == "Harbour Wind profit beats forecasts as orders swell"
    assert article.images == []


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        # Sky News names British time by the country, after a comma: GMT in winter, BST in summer.
        ("Wednesday 5 March 2025 11:37, UK", "2025-03-05T11:37:00+00:00"),
        ("Saturday 5 July 2025 11:37, UK", "2025-07-05T11:37:00+01:00"),
        ("Sunday 30 March 2025 12:00, UK", "2025-03-30T12:00:00+01:00"),  # the clocks went on
        ("Sunday 26 October 2025 12:00, UK", "2025-10-26T12:00:00+00:00"),  # and back
    ],
)
def test_british_time_named_by_the_country(line: str, moment: str) -> None:
    hits = find_dates(line, EN)
    assert [h.value.isoformat() for h in hits] == [moment]


def test_a_reporters_label_with_oleh_and_the_same_persons_initials_below() -> None:
    # Suara Surabaya: "Laporan oleh <name>" over the story, "(<initials>/...)" under it.
    head = ("Laporan oleh Rahmat Hidayat Purnomo", "Editor: Yosepha Anggraini")
    page = "\n".join(["Bus Listrik Tambah Enam Koridor di Bandung", *head, *ID_STORY, "(rhp/ya)"])
    article = warta.extract(page)
    assert [(p.name, p.initials) for p in article.authors] == [("Rahmat Hidayat Purnomo", None)]
    assert [(p.name, p.initials) for p in article.editors] == [("Yosepha Anggraini", None)]


def test_a_tribun_captions_kicker_far_above_the_storys_dateline() -> None:
    title = "Bus Listrik Tambah Enam Koridor di Bandung"
    caption = (
        "BUS LISTRIK - Warga menaiki bus listrik di Jalan Asia Afrika, Bandung, Senin "
        "(3/6/2024). Bus ini melayani enam koridor."
    )
    head = ["Penulis: Dewi Anggraini", "Editor: Sita Rahmadani", "TRIBUNJABAR/ANI LESTARI"]
    between = ["zoom-inlihat foto", title, "Bagikan", "Facebook", "X", "WhatsApp", "Salin Tautan"]
    page = "\n".join([title, *head, caption, *between, *ID_STORY])
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "TRIBUNJABAR/ANI LESTARI")]
    assert article.paragraphs == ID_STORY


@pytest.mark.parametrize(
    "line",
    ["Penulis Kontributor Malang, Ani Lestari", "Penulis: Kontributor Malang, Ani Lestari"],
)
def test_a_labelled_byline_with_the_reporters_intro_and_place(line: str) -> None:
    found = parse_byline(line, ID)
    assert found is not None and [(p.name, p.role.value) for p in found] == [
        ("Ani Lestari", "author")
    ]


def test_read_more_with_its_colon_heads_a_box_of_links_in_the_container() -> None:
    box = (
        "<div class='more-box'><span>Read More:</span><ul>"
        "<li><a href='/a'>Tin prices climb as the mine stays shut</a></li>"
        "<li><a href='/b'>Smelter workers strike for better pay</a></li></ul></div>"
    )
    page = _html_page("").replace(f"<p>{STORY[2]}", f"{box}<p>{STORY[2]}")
    assert warta.extract(page).paragraphs == STORY


def test_a_box_named_in_data_component_is_read_by_its_name() -> None:
    # The newsletter box's own description is plain prose; only the box's name says what it is.
    box = (
        "<div data-component='newsletter-signup'><p>Sign up to Mining Week</p>"
        "<p>A weekly digest of the metals trade and the people who shape it, sent to readers "
        "every Thursday morning</p></div>"
    )
    page = _html_page("").replace("</article>", box + "</article>")
    assert warta.extract(page).paragraphs == STORY


PODCAST_BOX = (
    "Skip the podcast and continue reading",
    "Podcast",
    "Metals Weekly",
    "Our reporters talk through the week in mining, every Friday morning.",
    "Episodes",
    "End of podcast",
)


def test_a_box_between_its_skip_link_and_its_end_is_not_the_story() -> None:
    lines = _text_page().splitlines()
    at = lines.index(STORY[2])
    lines[at:at] = PODCAST_BOX
    assert warta.extract("\n".join(lines)).paragraphs == STORY


def test_a_box_between_its_skip_link_and_its_end_in_the_container() -> None:
    story = [f"<p>{p}</p>" for p in STORY]
    story[2:2] = [f"<div><p>{line}</p></div>" for line in PODCAST_BOX]
    page = _html_page("").replace("".join(f"<p>{p}</p>" for p in STORY), "".join(story))
    assert warta.extract(page).paragraphs == STORY


def test_an_end_naming_something_else_ends_no_box() -> None:
    lines = _text_page().splitlines()
    at = lines.index(STORY[2])
    lines[at:at] = ["Skip advertisement"]
    lines[at + 2 : at + 2] = ["End of an era for the smelter town"]
    paragraphs = warta.extract("\n".join(lines)).paragraphs
    assert STORY[2] in paragraphs and "End of an era for the smelter town" in paragraphs


def test_a_video_box_in_the_container_is_not_the_story() -> None:
    # A player's title and its failure note, each under a box the markup calls a video.
    box = (
        "<div class='video-embed'><div class='video-title'>A smelter's furnace "
        "restarts after a week</div><p class='jw-video-error'>Sorry, this video could not "
        "be played. Try reloading the page.</p></div>"
    )
    page = _html_page("").replace(f"<p>{STORY[2]}</p>", box + f"<p>{STORY[2]}</p>")
    assert warta.extract(page).paragraphs == STORY


def test_two_names_parted_by_a_bar_by_the_date_are_writer_and_editor() -> None:
    # Suara's convention, an Indonesian one (in English two writers: see the Times' below).
    lines = [
        "Dinkes Kota Sorong Kejar 4.000 Anak yang Belum Diimunisasi Campak",
        "Wulan Sekar Arum | Bayu Aji Pamungkas",
        "Selasa, 15 Juli 2025 | 14:27 WIT",
        *ID_LEAD,
        *ID_TAIL,
    ]
    article = warta.extract("\n".join(lines))
    assert [p.name for p in article.authors] == ["Wulan Sekar Arum"]
    assert [p.name for p in article.editors] == ["Bayu Aji Pamungkas"]
    assert article.paragraphs == [*ID_LEAD, *ID_TAIL]


def test_a_contact_box_under_the_headline_gives_no_title() -> None:
    box = (
        "Gift this article",
        "Contact us:",
        "Tell us about an error in this story",
        "Got a confidential tip?",
        "Pass a tip to our newsroom",
        "Site feedback:",
        "Answer our short survey",
        "By Ann Lee",
    )
    article = warta.extract(_text_page(head=box))
    assert article.title == "Indonesia's nickel exports hit October record as smelters ramp up"
    assert article.paragraphs == STORY


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        (
            "The ministry listed the new export quotas for each province:",
            ["Central Sulawesi: 1.1 million tonnes", "North Maluku: 800,000 tonnes",
             "Southeast Sulawesi: 450,000 tonnes"],
        ),
        # An advertisement's line among the items stays out.
        (
            "Smelter operators were told to:",
            ["file monthly output reports", "ADVERTISEMENT", "keep tailings on site",
             "hire local workers first"],
        ),
        # A short opening line right under the story's prose.
        ("Zone A covers:", ["Morowali and Bahodopi", "Bungku Tengah"]),
        # An item long enough to pass for prose, and one after it.
        (
            "Residents near the smelters were told to:",
            ["keep windows shut", "check on older neighbours, people living alone and anyone "
             "with a heart or lung condition who may struggle with the dust",
             "report thick smoke to the district office"],
        ),
    ],
)
def test_a_list_under_a_line_that_opens_it_is_the_storys(intro: str, items: list[str]) -> None:
    lines = _text_page().splitlines()
    at = lines.index(STORY[2])
    lines[at:at] = [intro, *items]
    kept = [item for item in items if item != "ADVERTISEMENT"]
    assert warta.extract("\n".join(lines)).paragraphs == [*STORY[:2], intro, *kept, *STORY[2:]]


def test_an_indonesian_list_under_sebagai_berikut() -> None:
    intro = (
        "Kepala Dinas Perhubungan Kota Bandung menyebut rute enam koridor bus listrik itu "
        "sebagai berikut"
    )
    items = ["Koridor 1: Cibiru - Leuwipanjang", "Koridor 2: Cicaheum - Cibeureum"]
    page = "\n".join(["Headline of the story", *ID_STORY[:2], intro, *items, *ID_STORY[2:]])
    assert warta.extract(page).paragraphs == [*ID_STORY[:2], intro, *items, *ID_STORY[2:]]


def test_a_sections_breadcrumb_with_a_slash_is_no_credit_and_its_headline_no_caption() -> None:
    # SCMP: "China/ Science" over the headline, each part a menu item above it.
    lines = _text_page().splitlines()
    at = lines.index("Indonesia's nickel exports hit October record as smelters ramp up")
    lines[at:at] = ["China", "Science", "Advertisement", "China/ Science"]
    lines[at + 5 : at + 5] = [
        "Officials say most of the new smelters are in Central Sulawesi and North Maluku",
        "Shipments rose for a third month as prices of nickel pig iron steadied in China",
    ]
    article = warta.extract("\n".join(lines))
    assert article.title == "Indonesia's nickel exports hit October record as smelters ramp up"
    assert article.images == []


def test_a_list_under_two_words_and_a_colon_after_the_storys_prose() -> None:
    # Merdeka: "Berikut rinciannya:" under a paragraph, then the tariffs, then the story.
    items = ["Golongan I: Rp21.000", "Golongan II dan III: Rp31.500"]
    page = "\n".join(
        ["Headline of the story", *ID_STORY[:2], "Berikut rinciannya:", *items, *ID_STORY[2:]]
    )
    assert warta.extract(page).paragraphs == [
        *ID_STORY[:2], "Berikut rinciannya:", *items, *ID_STORY[2:]
    ]


def test_short_lines_under_a_colon_with_no_prose_after_are_no_list() -> None:
    tail = ("Follow our coverage on these channels:", "Facebook page", "Instagram account")
    article = warta.extract(_text_page(*tail))
    assert article.paragraphs == STORY


def test_a_writers_biography_box_under_the_story_is_not_the_story() -> None:
    bio = (
        "<div class='AuthorBio'><p class='AuthorBio-description'>Lee covers mining and energy "
        "in Southeast Asia for the Harbour Times. She is based in Jakarta.</p></div>"
    )
    page = _html_page("").replace("</article>", bio + "</article>")
    assert warta.extract(page).paragraphs == STORY


def test_names_over_their_beats_joined_by_a_lone_and_are_the_writers() -> None:
    # BBC's byline box: each name over its beat, a lone "and" between the two.
    head = ("Share", "Save", "Ann Lee", "Climate reporter", "and", "Bo Kim", "BBC Weather")
    lines = _text_page().splitlines()
    at = lines.index("November 7, 2024 10:12 AM GMT+7") + 1
    lines[at:at] = head
    article = warta.extract("\n".join(lines))
    assert [p.name for p in article.authors] == ["Ann Lee", "Bo Kim"]
    assert article.paragraphs == STORY


def test_a_dateline_copied_a_piece_a_line_opens_the_lead() -> None:
    lines = _text_page().splitlines()
    at = lines.index(STORY[0])
    lines[at:at] = ["Madison, Wisconsin", "CNN", " — "]
    article = warta.extract("\n".join(lines))
    assert article.paragraphs == [f"Madison, Wisconsin CNN — {STORY[0]}", *STORY[1:]]
    assert article.dateline is not None
    assert (article.dateline.outlet, article.dateline.location) == ("CNN", "Madison, Wisconsin")


def test_a_byline_naming_others_than_an_author_the_page_never_shows_wins() -> None:
    # The metadata names who uploaded the story; the byline, with its date after a dash, who
    # wrote it.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Dewi Anggraini"}}</script>'
    )
    byline = "<div class='article-byline'>By Farah Ismail - April 9, 2025 @ 3:25pm</div>"
    page = _html_page(byline).replace("</head>", head + "</head>")
    assert [p.name for p in warta.extract(page).authors] == ["Farah Ismail"]
    # When the page shows the declared author too, the declared one stands.
    shown = page.replace(STORY[-1], STORY[-1] + " Dewi Anggraini contributed.")
    assert [p.name for p in warta.extract(shown).authors] == ["Dewi Anggraini"]


def test_a_desk_account_declared_as_author_names_no_one() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "harianNEWS"}}</script>'
    )
    page = _html_page("").replace("</head>", head + "</head>")
    assert warta.extract(page).authors == []


def test_the_outlets_code_among_closing_initials_is_no_writer() -> None:
    page = "\n".join(
        [
            "Jalan Provinsi di Jawa Timur Diperbaiki Tahun Depan",
            "Merdeka.com - Pemerintah Provinsi Jawa Timur memperbaiki 120 kilometer jalan provinsi "
            "yang rusak tahun depan dengan anggaran Rp 450 miliar.",
            "Kepala Dinas PU Bina Marga Jawa Timur mengatakan perbaikan dimulai pada Februari dan "
            "ditargetkan selesai sebelum musim mudik Lebaran. (mdk/rhm)",
        ]
    )
    article = warta.extract(page)
    assert article.authors == []
    assert [p.initials for p in article.editors] == ["rhm"]


def test_a_byline_over_its_follow_buttons_and_the_date() -> None:
    head = ("Ann Lee and Bo Kim", "+ FOLLOW", "+ FOLLOW")
    article = warta.extract(_text_page(head=head))
    assert [p.name for p in article.authors] == ["Ann Lee", "Bo Kim"]


def test_a_lead_over_a_box_inside_the_story_is_the_storys_start() -> None:
    # Two paragraphs opening with the dateline, a box of other stories, then the rest, longer.
    lead = [
        "Lahore, Pakistan – Authorities in Punjab have closed schools for two weeks as a "
        "heatwave pushed temperatures close to 50C, officials said on Thursday.",
        "The closure applies to public and private schools across the province and will be "
        "reviewed next week, the education department said in a statement.",
    ]
    box = [
        "Recommended Stories", "list of 3 items", "list 1 of 3",
        "India records its hottest April night", "list 2 of 3",
        "Heat deaths rise in Sindh as hospitals fill", "list 3 of 3",
        "Karachi queues for water as heat grips the city", "end of list",
    ]
    rest = [
        f"{sentence} The meteorological department expects the heat to ease next week, when "
        "pre-monsoon showers are forecast over the north of the province."
        for sentence in (
            "Doctors reported a rise in heatstroke cases among children.",
            "Power cuts left many classrooms without working fans.",
            "Parents welcomed the closure but asked for lessons to be made up.",
            "Teachers' unions said schools needed water and shade before reopening.",
            "The province has closed schools in past heatwaves as well.",
        )
    ]
    page = "\n".join(["News", "Schools shut as heatwave nears 50C", "22 May 2025", *lead, *box,
                      *rest, "Source: Al Jazeera"])
    assert warta.extract(page).paragraphs == [*lead, *rest]


def test_a_box_named_in_data_testid_is_read_by_its_name() -> None:
    box = (
        "<div class='sc-1ra0wqj-0 read-more' data-testid='related-links'><h3>Read More</h3><ul>"
        "<li><a href='/a'>Smelter town counts the cost of a decade of nickel mining</a></li>"
        "<li><a href='/b'>Why ore prices fell for a third month in a row this spring</a></li>"
        "</ul></div>"
    )
    page = _html_page("").replace(f"<p>{STORY[2]}</p>", box + f"<p>{STORY[2]}</p>")
    assert warta.extract(page).paragraphs == STORY


@pytest.mark.parametrize(
    ("line", "editors"), [("Source: CNA/ja(mi)", ["mi"]), ("Source: Agencies/rj", ["rj"])]
)
def test_a_source_line_under_the_story_names_its_editor(line: str, editors: list[str]) -> None:
    article = warta.extract(_text_page(line))
    assert [p.initials for p in article.editors] == editors
    assert article.paragraphs == STORY


def test_a_name_over_a_long_beat_line_is_the_writer() -> None:
    # BBC's regional byline: the name over its desk and beat, "BBC Scotland, ... reporter".
    head = ("Share", "Save", "Ewan Moray", "BBC Scotland, Highlands and Islands reporter")
    lines = _text_page().splitlines()
    at = lines.index("November 7, 2024 10:12 AM GMT+7") + 1
    lines[at:at] = head
    article = warta.extract("\n".join(lines))
    assert [p.name for p in article.authors] == ["Ewan Moray"]
    assert article.paragraphs == STORY


def test_a_headline_under_read_more_in_the_story_and_again_below_is_a_link() -> None:
    # "Read more" and another story's headline between two paragraphs; the same headline in
    # the box of related stories under the story.
    other = "Copper miners in Sulawesi seek longer export permits"
    story = "\n".join((*STORY[:2], "Read more", other, *STORY[2:]))
    page = _text_page("Related News", other, "Business", "2h ago").replace(
        "\n".join(STORY), story
    )
    article = warta.extract(page)
    assert article.paragraphs == STORY
    assert any(b.text == other and b.kind.value == "related" for b in article.boilerplate)


def test_a_live_blogs_entry_headline_listed_again_below_stays() -> None:
    # Each entry under its time and writer, the entries' headlines listed again after the blog.
    entry = "Smelter workers in Morowali return after two-day stoppage"
    story = "\n".join((*STORY[:2], "2 hours ago 10:05 Ani Lestari", entry, *STORY[2:]))
    page = _text_page("Latest updates", entry).replace("\n".join(STORY), story)
    assert entry in warta.extract(page).paragraphs


def test_a_desks_code_of_a_letter_and_a_digit_is_an_editors_initials() -> None:
    # Jawa Pos's regional papers close the story with the writer's code and the desk's.
    last = f"{STORY[-1]} (mas/r5)"
    page = _declared('{"@type": "Organization", "name": "Harian Kota"}').replace(STORY[-1], last)
    article = warta.extract(page)
    assert [p.initials for p in article.authors] == ["mas"]
    assert [p.initials for p in article.editors] == ["r5"]


def test_a_wires_end_mark_is_no_ones_initials() -> None:
    article = warta.extract(_text_page("(END)", head=("By Ani Lestari",)))
    assert article.editors == [] and [p.name for p in article.authors] == ["Ani Lestari"]
    assert "(END)" not in article.paragraphs
    assert any(b.text == "(END)" for b in article.boilerplate)


@pytest.mark.parametrize(
    ("opening", "outlet", "location"),
    [
        ("TIMIKA, TimeX – Tiga pendulang", "TimeX", "TIMIKA"),  # an outlet's run-together name
        ("KBRN, Purwokerto: Petani mulai", "KBRN", "Purwokerto"),  # RRI: the outlet first
    ],
)
def test_datelines_of_regional_outlets(opening: str, outlet: str, location: str) -> None:
    found = read_dateline(opening, lexicon("id"))
    assert found is not None and (found.outlet, found.location) == (outlet, location)


def test_a_credits_bar_and_label_are_not_the_credit() -> None:
    figures = "".join(
        f"<figure><img src='/p/{name}.jpg' width='1200' height='800'>"
        f"<figcaption>Fuel queues on Pyay Road on January {day}. {credit}</figcaption></figure>"
        for name, day, credit in (
            ("fuel-queue-one", 21, "| AFP"),
            ("fuel-queue-two", 22, "Image Credit: Ani Lestari/Harian Kota"),
        )
    )
    page = _declared('"Ani Lestari"').replace("<article>", f"<article>{figures}")
    credits = [image.credit for image in warta.extract(page).images]
    assert credits == ["AFP", "Ani Lestari/Harian Kota"]


def test_an_avatar_and_the_lead_picture_at_another_size_are_not_more_pictures() -> None:
    # The byline's 48-pixel avatar inside the article; og:image the lead photo at its full
    # size, the article printing it at 1200x800 with a caption; JSON-LD's image a reference
    # to a node of its graph, no picture.
    page = _declared('"Ani Lestari"').replace(
        "<head>",
        "<head><meta property='og:image' content='https://kota.id/up/court-wan-chai.jpg'>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"image\": "
        "{\"@id\": \"https://kota.id/story/#primaryimage\"}}</script>",
    ).replace(
        "<article>",
        "<article><p class='byline'><img src='/a/ani.jpg' width='48' height='48'>By Ani "
        "Lestari</p><figure><img src='https://kota.id/up/court-wan-chai-1200x800.jpg' "
        "width='1200' height='800'><figcaption>The District Court in Wan Chai. Photo: Harian "
        "Kota</figcaption></figure>",
    )
    images = warta.extract(page).images
    assert [(i.url, i.caption) for i in images] == [
        ("https://kota.id/up/court-wan-chai-1200x800.jpg", "The District Court in Wan Chai.")
    ]


def test_a_read_more_list_in_the_story_and_linked_headlines_after_it_are_links() -> None:
    # "READ MORE" (a button's words too) over a list of links between paragraphs; other
    # stories' linked <h3>s after the article's end.
    box = (
        "<div class='read-more-box'><h4>READ MORE</h4><ul>"
        "<li><a href='/a'>Copper miners in Sulawesi seek longer export permits</a></li>"
        "<li><a href='/b'>Smelter workers in Morowali return after stoppage</a></li></ul></div>"
    )
    cards = "".join(
        f"<div class='card'><a href='/{n}'><h3>{t}</h3></a></div>"
        for n, t in (("c", "Bauxite ban pushes miners to build refineries"), ("d", "Tin slips"))
    )
    page = _html_page("").replace(f"<p>{STORY[2]}</p>", f"{box}<p>{STORY[2]}</p>")
    page = page.replace("</article>", f"</article><section>{cards}</section>")
    assert warta.extract(page).paragraphs == STORY


def test_a_row_of_links_between_bars_is_the_sites() -> None:
    row = "Support us | Code of Ethics | Spotted an error? | Contact | Newsletter"
    article = warta.extract(_html_page("").replace("</article>", f"<p>{row}</p></article>"))
    assert article.paragraphs == STORY
    assert any(b.text == row and b.kind.value == "navigation" for b in article.boilerplate)


def test_a_subheading_under_a_whole_related_card_is_the_storys() -> None:
    # "READ: <headline>" is a card on one line; the line under it heads the story's next part.
    card = "READ: Copper miners in Sulawesi seek longer export permits"
    story = "\n".join((*STORY[:2], card, "Smelters ramp up", *STORY[2:]))
    article = warta.extract(_text_page().replace("\n".join(STORY), story))
    assert article.paragraphs == [*STORY[:2], "Smelters ramp up", *STORY[2:]]


@pytest.mark.parametrize(
    "box",
    [
        # A bare "Also read" over a headline that ends like a sentence, with "!".
        ("Also read", "Nickel exports climb again as new smelters open, see the full list here!"),
        # "Read more", a button's words, over headlines, the last shaped as a subheading.
        ("Read more", "Copper miners seek longer permits", "Inside the smelter testing new ore"),
    ],
)
def test_headlines_under_a_bare_related_label_in_the_story_are_links(box: tuple[str, ...]) -> None:
    story = "\n".join((*STORY[:2], *box, *STORY[2:]))
    assert warta.extract(_text_page().replace("\n".join(STORY), story)).paragraphs == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Article continues below",
        "Seluruh isi laman ini dilindungi hak cipta. Menyalin konten tanpa persetujuan dilarang.",
    ],
)
def test_furniture_phrases_between_and_after_paragraphs(line: str) -> None:
    story = "\n".join((*STORY[:2], line, *STORY[2:]))
    assert warta.extract(_text_page().replace("\n".join(STORY), story)).paragraphs == STORY


def test_two_bare_names_by_the_date_are_both_writers_where_metadata_names_one() -> None:
    header = (
        "<div class='byline'><a href='/author/ani'>Ani Lestari</a> and "
        "<a href='/author/bo'>Bo Kim</a></div><div class='date'>Tuesday, 08 July 2025 | "
        "17:42</div>"
    )
    page = _declared('{"@type": "Person", "name": "Ani Lestari"}').replace(
        "<h1>Nickel exports hit a record</h1>", f"<h1>Nickel exports hit a record</h1>{header}"
    )
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari", "Bo Kim"]


def test_a_linked_call_after_the_tags_is_no_tag() -> None:
    tags = "".join(f"<li><a href='/tag/{t}'>{t}</a></li>" for t in ("nikel", "smelter"))
    after = (
        f"<div class='tagcloud3 mt20'><h5>Tags:</h5><ul>{tags}</ul></div>"
        "<div class='gnews'><a href='https://news.google.com/x'>Ikuti kami di Google News</a></div>"
    )
    page = _declared('"Ani Lestari"').replace("</article>", f"</article>{after}")
    page = page.replace("<html>", "<html lang='id'>")
    assert warta.extract(page).tags == ["nikel", "smelter"]


def test_a_byline_with_the_date_closing_its_line() -> None:
    # Page 2 of a story: the dek, then "by" the writers and the day on one line.
    header = "<p>by Ani Lestari and Mei Ling Ong March 5, 2025</p>"
    dek = "<p>A draft rule on a new sea lane has put Jakarta at odds with its neighbours.</p>"
    article = warta.extract(_html_page(dek + header))
    assert [p.name for p in article.authors] == ["Ani Lestari", "Mei Ling Ong"]
    assert article.paragraphs == STORY


def test_the_page_a_number_after_the_slug_names() -> None:
    # WordPress pages a story as ".../<slug>/2/", the pager's current page a span, no link.
    pager = (
        "<div class='page-links'>Page: <a href='https://kota.id/2025/03/nickel-record/'>1</a> "
        "<span class='current'>2</span> <a href='https://kota.id/2025/03/nickel-record/3/'>3</a>"
        "</div>"
    )
    page = _declared('"Ani Lestari"').replace("</article>", f"{pager}</article>")
    page = page.replace(
        "<head>", "<head><link rel='canonical' href='https://kota.id/2025/03/nickel-record/2/'>"
    )
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (2, 3)


def test_a_translations_closing_line_names_the_originals_writer() -> None:
    article = warta.extract(_text_page("(Japanese original by Ani Lestari, City News Department)"))
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert article.paragraphs == STORY


def test_the_storys_category_links_are_no_paragraph() -> None:
    sections = "".join(
        f"<a href='https://kota.id/category/{slug}/' rel='category tag'>{name}</a> "
        for slug, name in (("southeast-asia", "Southeast Asia"), ("mining", "Mining & Energy"))
    )
    sections = f"<div class='cat-links'>{sections}</div>"
    title = "<h1>Nickel exports hit a record</h1>"
    header = f"<header class='entry-header'>{sections}{title}</header>"
    article = warta.extract(_declared('"Ani Lestari"').replace(title, header))
    assert article.paragraphs == STORY
    assert any(b.text == "Southeast Asia Mining & Energy" for b in article.boilerplate)


def test_a_desks_sign_off_closing_the_last_paragraph_names_the_editor() -> None:
    # GMA closes the story's last paragraph with the editor's initials and the outlet.
    last = f"{STORY[-1]} —VBL, Harbour Bay News"
    article = warta.extract(_text_page(head=("By Ani Lestari",)).replace(STORY[-1], last))
    assert [p.initials for p in article.editors] == ["VBL"]
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    # Without an outlet's name after it, a dash and capitals are the story's own words.
    last = f"{STORY[-1]} —NATO, Brussels"
    assert warta.extract(_text_page().replace(STORY[-1], last)).editors == []


def test_a_heading_printing_the_declared_headline_is_the_title() -> None:
    # Dawn prints the headline as a linked <h2>, and the page has no <h1>: it is the title, not
    # the first paragraph, and the dateline opens the story.
    headline = "Nickel exports hit an October record"
    first = "SOROAKO: " + STORY[0].split(" - ", 1)[1]
    page = (
        f"<html><head><title>{headline} - Harbour Daily</title>"
        f"<meta property='og:title' content='{headline}'></head><body><article>"
        f"<h2 class='story__title'><a href='/news/1/nickel'>{headline}</a></h2>"
        + "".join(f"<p>{p}</p>" for p in (first, *STORY[1:]))
        + "</article></body></html>"
    )
    article = warta.extract(page)
    assert article.title == headline
    assert article.paragraphs == [first, *STORY[1:]]
    assert article.dateline is not None and article.dateline.location == "SOROAKO"
    # A subheading further down that happens to repeat the headline stays the story's.
    inside = page.replace(f"<p>{STORY[1]}</p>", f"<h2>{headline}</h2><p>{STORY[1]}</p>")
    assert headline in warta.extract(inside).paragraphs


def test_a_short_last_paragraph_signed_with_initials_is_the_storys() -> None:
    # VOA Indonesia and many Indonesian outlets close the story's last paragraph with the
    # writer's and editor's initials; the paragraph is short, and ends in a bracket, not a stop.
    last = "“Kami butuh kepastian lahan pengganti,” ujarnya. (rk/sd)"
    page = "\n".join(
        [
            "Beranda",
            "Nusantara",
            "Nelayan Pesisir Pekalongan Bertahan di Tengah Rob",
            "Rina Kusuma",
            "07 Juni 2024",
            "Genangan rob kini merendam separuh permukiman nelayan di Desa Wonokerto setiap sore, "
            "dan warga meninggikan lantai rumah mereka untuk kedua kalinya dalam lima tahun.",
            "Kepala desa setempat, Harun Saputra, mengatakan sebanyak 120 keluarga sudah "
            "mengajukan bantuan perbaikan rumah kepada pemerintah kabupaten sejak awal tahun.",
            "Menurut Harun, tanggul darurat dari karung pasir hanya bertahan beberapa pekan "
            "sebelum jebol diterjang gelombang pasang pada malam hari.",
            last,
            "Forum",
            "Terkait",
            "Harga Ikan Asin Naik Menjelang Musim Hujan",
        ]
    )
    article = warta.extract(page)
    assert article.paragraphs[-1] == last
    assert [p.initials for p in article.editors] == ["sd"]


def test_a_headline_under_a_top_news_kicker_is_the_title() -> None:
    # Premium Times copies its section kicker ("Top News", a related box's header elsewhere)
    # over the headline, then a bare name and the date: the line is the story's headline.
    headline = "Senators split over motion on cheaper bus fares for commuters"
    page = _text_page(head=()).replace(
        "Indonesia's nickel exports hit October record as smelters ramp up\n",
        f"Top News\n{headline}\nAmaka Obi-Daniels\n",
    )
    article = warta.extract(page)
    assert article.title == headline
    assert [p.name for p in article.authors] == ["Amaka Obi-Daniels"]
    assert article.paragraphs == STORY


def test_an_appeal_for_donations_under_the_story_is_no_paragraph() -> None:
    appeal = (
        "Reporting like this takes time and money. Our small newsroom answers to no owner or "
        "advertiser, so if this story mattered to you, please consider a small donation to keep "
        "it free for every reader in the region."
    )
    article = warta.extract(_text_page(appeal, "Make a donation"))
    assert article.paragraphs == STORY
    assert appeal in [b.text for b in article.boilerplate]


ID_LEAD = [
    "TRIBUN-TIMUR.COM, SORONG - Dinas Kesehatan Kota Sorong menggelar imunisasi kejar bagi "
    "anak yang belum menerima vaksin campak sejak awal pekan ini.",
    "Kegiatan itu menyasar sekitar 4.000 anak usia sembilan bulan hingga 15 tahun di sepuluh "
    "distrik, kata Kepala Bidang Pencegahan Penyakit, Maria Rumbewas, Selasa (15/7/2025).",
]
ID_TAIL = [
    "Maria mengatakan petugas juga mendatangi rumah warga yang belum sempat membawa anaknya "
    "ke puskesmas karena bekerja di laut atau di kebun.",
    "Dinas Kesehatan menargetkan seluruh anak sasaran sudah terlayani sebelum akhir bulan "
    "depan, setelah stok vaksin tambahan tiba dari provinsi.",
]


def _id_page(*lines: str, top: tuple[str, ...] = ("Beranda", "Sorong", "Kesehatan")) -> str:
    return "\n".join(
        [
            *top,
            "Dinkes Kota Sorong Kejar 4.000 Anak yang Belum Diimunisasi Campak",
            "Selasa, 15 Juli 2025 14:27 WIT",
            "Penulis: Yosina Mambrasar | Editor: Hendra Saragih",
            *lines,
            "Tags:",
            "campak",
            "Berita Terkait",
            "Harga Pinang di Pasar Remu Naik Sepekan Terakhir",
            "Jadwal Kapal dari Sorong ke Raja Ampat Pekan Ini",
        ]
    )


def test_a_list_in_the_story_goes_on_past_a_read_also_link() -> None:
    # A list under its opening line, then "Baca juga: ..." before the story's prose goes on:
    # the list and everything after it are the story's.
    intro = "Berikut lokasi yang menjadi prioritas imunisasi kejar pada pekan ini:"
    items = ["1. Kampung nelayan di Remu Utara", "2. Sekolah dasar di Distrik Klaurung"]
    promo = "Baca juga: Stok Vaksin di Puskesmas Remu Sempat Kosong Dua Hari"
    article = warta.extract(_id_page(*ID_LEAD, intro, *items, promo, *ID_TAIL))
    assert article.paragraphs == [*ID_LEAD, intro, *items, *ID_TAIL]


def test_a_list_in_the_story_goes_on_past_a_picture() -> None:
    intro = "Orang tua diminta membawa sejumlah dokumen berikut:"
    items = ["Buku KIA atau kartu imunisasi anak", "Fotokopi kartu keluarga"]
    picture = ["zoom-in", "VAKSIN - Petugas memeriksa anak di posyandu, Senin (3/3/2025). "
               "(Tribuncontoh.com/Ani Lestari)"]  # fmt: skip
    article = warta.extract(_id_page(*ID_LEAD, intro, *items, *picture, *ID_TAIL))
    assert article.paragraphs == [*ID_LEAD, intro, *items, *ID_TAIL]


def test_a_line_opening_a_list_under_a_read_also_link_is_the_storys() -> None:
    promo = ["Baca juga:", "Pelabuhan Sorong Ramai Penumpang Jelang Libur Sekolah"]
    intro = "Berikut sejumlah aturan yang berlaku bagi orang tua selama imunisasi:"
    rules = [
        "Anak wajib didampingi orang tua atau wali yang membawa kartu keluarga.",
        "Anak yang sedang demam tinggi diminta datang kembali pekan berikutnya.",
    ]
    article = warta.extract(_id_page(*ID_LEAD, *promo, intro, *rules, *ID_TAIL))
    assert article.paragraphs == [*ID_LEAD, intro, *rules, *ID_TAIL]


def test_tribuns_end_mark_closes_the_last_paragraph() -> None:
    last = "Stok vaksin tambahan dijadwalkan tiba pekan depan. (*)"
    article = warta.extract(_id_page(*ID_LEAD, *ID_TAIL, last))
    assert article.paragraphs == [*ID_LEAD, *ID_TAIL, last]


def test_a_breadcrumb_over_the_headline_is_no_title() -> None:
    # Right over a long headline, a breadcrumb looked like a title over its dek.
    headline = (
        "Dinkes Kota Sorong Kejar 4.000 Anak yang Belum Diimunisasi Campak, Petugas Sisir "
        "Kampung Nelayan"
    )
    page = _id_page(*ID_LEAD, *ID_TAIL, top=("Login", "Home » Sorong » Kesehatan")).replace(
        "Dinkes Kota Sorong Kejar 4.000 Anak yang Belum Diimunisasi Campak", headline
    )
    assert warta.extract(page).title == headline


def test_two_writers_before_the_outlet_and_the_posted_date() -> None:
    # CBC copies writers, desk and dates on one line, separated by dots and a bar.
    meta = "Ann Lee, Bo Kim · CBC News · Posted: Jul 09, 2025 4:12 PM CST | Last Updated: July 9"
    article = warta.extract(_text_page().replace("November 7, 2024 10:12 AM GMT+7", meta))
    assert [p.name for p in article.authors] == ["Ann Lee", "Bo Kim"]
    assert article.published is not None and article.published.isoformat() == (
        "2025-07-09T16:12:00-06:00"
    )


def test_two_reporters_set_apart_by_a_slash_are_two_people() -> None:
    people = parse_byline("Pewarta: Rahmat Hidayat Lubis/Sri Wahyuni", lexicon("id"))
    assert [(p.name, p.role.value) for p in people or []] == [
        ("Rahmat Hidayat Lubis", "reporter"),
        ("Sri Wahyuni", "reporter"),
    ]


def test_commenters_by_their_comments_dates_are_no_writers() -> None:
    comments = (
        "Share",
        "Comments (2)",
        "Sign in to comment",
        "Rustam K | 8 hours ago | Reply",
        "The port should have been dredged years ago.",
        "Nadia P. | 6 hours ago | Reply",
        "Good news for the smelters at last.",
    )
    article = warta.extract(_text_page(*comments, head=("By Ani Lestari",)))
    assert [p.name for p in article.authors] == ["Ani Lestari"]


def test_a_byline_names_the_writer_over_a_parent_company_declared_as_author() -> None:
    # The Japan News declares its parent paper, an organisation, as author; the visible byline
    # names the staff writer. With no byline the organisation would stand (see above).
    page = _declared('{"@type": "Organization", "name": "The Harbour Shimbun"}').replace(
        "<h1>Nickel exports hit a record</h1>",
        "<h1>Nickel exports hit a record</h1>"
        "<p class='byline'>By Kenji Morita / Harbour Shimbun Staff Writer</p>",
    ).replace("<body>", "<body><div class='masthead'>Harbour News by The Harbour Shimbun</div>")
    assert [p.name for p in warta.extract(page).authors] == ["Kenji Morita"]


def test_the_uploader_shown_as_by_is_the_editor_when_initials_name_the_writer() -> None:
    # Kendari Pos shows its editor as "by ..." over the story, closes it with the writer's
    # initials and a desk letter, then "Editor: ..." with the same name.
    last = f"{ID_TAIL[-1]} (rkm/b)"
    page = _id_page(*ID_LEAD, ID_TAIL[0], last, "Editor: Hendra Saragih").replace(
        "Penulis: Yosina Mambrasar | Editor: Hendra Saragih", "by Hendra Saragih"
    )
    article = warta.extract(page)
    assert [p.initials for p in article.authors] == ["rkm"]
    assert [p.name for p in article.editors] == ["Hendra Saragih"]


@pytest.mark.parametrize(
    ("text", "outlet", "location"),
    [
        # A site's address under its network's.
        ("KOTAPOS.FAJAR.CO.ID, KONAWE — Warga mengeluhkan air sungai.", "KOTAPOS.FAJAR.CO.ID",
         "KONAWE"),
        # The address, then the paper's name, and no place.
        ("RM.id  Rakyat Merdeka - Rumah sakit membuka ruang baru.", "RM.id  Rakyat Merdeka", None),
        # A regional outlet written as a word.
        ("Jayapura, Jubi – Warga Sentani menerima air bersih.", "Jubi", "Jayapura"),
    ],
)
def test_regional_datelines(text: str, outlet: str, location: str | None) -> None:
    found = read_dateline(text, lexicon("id"))
    assert found is not None and (found.outlet, found.location) == (outlet, location)


@pytest.mark.parametrize(
    "last",
    [
        # Rakyat Merdeka closes the last paragraph with a code in square brackets.
        "Layanan baru itu dibuka untuk pasien BPJS mulai pekan depan. [RKS]",
        # Fajar's papers: the writer's initials, then the desk's letter.
        "Layanan baru itu dibuka untuk pasien BPJS mulai pekan depan. (rkm/b)",
    ],
)
def test_a_short_last_paragraph_closed_by_a_code_is_the_storys(last: str) -> None:
    article = warta.extract(_id_page(*ID_LEAD, *ID_TAIL, last))
    assert article.paragraphs == [*ID_LEAD, *ID_TAIL, last]


def test_the_reporter_and_the_papers_address_in_brackets_sign_the_story() -> None:
    page = _id_page(*ID_LEAD, *ID_TAIL, "(Ketut Wira Adnyana/harianbali)")
    article = warta.extract(page.replace("Penulis: Yosina Mambrasar | Editor: Hendra Saragih", ""))
    assert article.paragraphs == [*ID_LEAD, *ID_TAIL]
    assert [p.name for p in article.authors] == ["Ketut Wira Adnyana"]


def test_the_next_storys_link_is_no_tag() -> None:
    page = _id_page(*ID_LEAD, *ID_TAIL).replace(
        "Tags:\ncampak\n", "Tags:\ncampak\nimunisasi\n\nBerita Selanjutnya\n"
    )
    assert warta.extract(page).tags == ["campak", "imunisasi"]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # After a spaced dash (The Sun, Malaysia), the paper's word before "Photo by" (Indian
        # Express), and a rendering's label (Axios).
        ("Haze over Ipoh on Monday. - BERNAMAPIX", "BERNAMAPIX"),
        ("Boats ferry families. (Express Photo by Ravi Das)", "Express Photo by Ravi Das"),
        ("The planned terminal. Rendering: Courtesy of Harbour Works", "Rendering: Courtesy of "
         "Harbour Works"),
    ],
)
def test_credits_closing_captions(caption: str, credit: str) -> None:
    assert split_credit(caption, lexicon("en"))[1] == credit


def test_a_link_to_a_graphic_is_no_credit() -> None:
    # Reuters links its graphics in brackets under a paragraph.
    text = "Aluminium lost 0.06% to $1,737.00 a tonne. (Graphic: Global assets in 2019 - here)"
    assert split_credit(text, EN)[1] is None


def test_writers_names_under_the_headline_over_its_picture() -> None:
    # Axios: the date over the headline, the writers' names under it, then the picture's
    # caption and credit; a "Zoom in:" lead-in opens a paragraph, not a picture's button.
    zoom = "Zoom in: The port board approved the lease last week after two public hearings."
    page = "\n".join(
        [
            "Axios Harbour",
            "Nov 7, 2024 - Business",
            "Nickel exports hit a record as smelters ramp up",
            "Ani Lestari, Bo Kimura",
            "A smelter in Morowali. Rendering: Courtesy of Harbour Works",
            *STORY[:2],
            zoom,
            *STORY[2:],
            "Go deeper: Smelter towns boom along the Sulawesi coast",
            "Get more local stories in your inbox with Axios Harbour.",
            "By subscribing, you agree to get Axios emails.",
        ]
    )
    article = warta.extract(page)
    assert article.title == "Nickel exports hit a record as smelters ramp up"
    assert [p.name for p in article.authors] == ["Ani Lestari", "Bo Kimura"]
    assert article.paragraphs == [*STORY[:2], zoom, *STORY[2:]]


def test_a_malaysian_company_in_the_copyright_line_sets_the_zone() -> None:
    page = _text_page("© 2025 Harbour Media Corporation Sdn Bhd. All rights reserved.").replace(
        "November 7, 2024 10:12 AM GMT+7", "Posted on 7 November 2024 - 10:12 AM"
    )
    published = warta.extract(page).published
    assert published is not None and published.isoformat() == "2024-11-07T10:12:00+08:00"


def test_a_bio_opening_with_the_writers_first_name_is_no_paragraph() -> None:
    bio = "Ani covers mining and energy for the paper from its Makassar bureau."
    call = "Get the day's news first — join Harbour Daily on WhatsApp."
    page = _text_page("Ani Lestari", bio, call)
    article = warta.extract(page.replace("November 7", "By Ani Lestari\nNovember 7"))
    assert article.paragraphs == STORY


def _html_story(*inside: str, after: tuple[str, ...] = ()) -> str:
    """An HTML story with a byline by Ani Lestari; `inside` goes between the byline and the
    story's paragraphs, `after` after them, inside the article."""
    return (
        "<html><head><title>Nickel exports hit a record</title></head><body><article>"
        "<h1>Nickel exports hit a record</h1><div class='byline'>By Ani Lestari</div>"
        + "".join(inside)
        + "".join(f"<p>{p}</p>" for p in (*STORY, *after))
        + "</article></body></html>"
    )


def test_a_synopsis_box_over_the_story_is_no_paragraph() -> None:
    # News24 lists the story's points in a "synopsis" box over it.
    box = (
        "<ul class='article synopsis'><li>Exports rose to a record in October.</li>"
        "<li>Three more smelters start next year.</li></ul>"
    )
    # Without a dateline opening the story, only the box's markup tells it from the lead.
    lead = STORY[0].removeprefix("JAKARTA (Reuters) - ")
    page = _html_story(box).replace(STORY[0], lead)
    assert warta.extract(page).paragraphs == [lead, *STORY[1:]]


def test_the_writers_bio_and_a_funders_note_closing_the_html_story() -> None:
    bio = "Ani Lestari is a Harbour Daily reporter covering mining and energy in Sulawesi."
    note = (
        "Harbour Daily's energy reporting gets funding from several private foundations. "
        "The paper alone decides what it covers."
    )
    assert warta.extract(_html_story(after=(bio, note))).paragraphs == STORY


def test_focus_taiwans_dateline_credit_and_end_mark() -> None:
    # No dash after the agency; "CNA photo" and the day close the caption; "Enditem/XX" gives
    # the editor's initials.
    found = read_dateline("Kaohsiung, July 8 (CNA) More than 300 residents took part.", EN)
    assert found is not None and (found.outlet, found.location) == ("CNA", "Kaohsiung")
    assert read_dateline("Budi (52) Warga Cianjur mengaku rugi.", lexicon("id")) is None
    caption = "Firefighters carry a resident to a boat. CNA photo July 8, 2025"
    assert split_credit(caption, EN)[1] == "CNA photo July 8, 2025"
    article = warta.extract(_html_story(after=("(By Ani Lestari)", "Enditem/KT")))
    assert [p.initials for p in article.editors] == ["KT"]


def test_a_sign_up_forms_consent_box_is_no_headline() -> None:
    form = (
        "Sign up with your email below for newsletters and member offers.",
        "Contact me with news and offers from other Harbour brands",
        "By submitting your information you agree to the Terms & Conditions.",
    )
    page = _text_page().replace("Reuters\n", "Reuters\n" + "\n".join(form) + "\n", 1)
    article = warta.extract(page)
    assert article.title == "Indonesia's nickel exports hit October record as smelters ramp up"
    assert any(form[1] in b.text and b.kind.value == "subscribe" for b in article.boilerplate)


def test_a_video_card_in_the_story_and_the_writers_bios_are_not_the_story() -> None:
    # CBC copies a video's card between paragraphs ("WATCH | ...:", the player's lines, the
    # video's title, its length and its summary), and bios under the story of the writers its
    # date line names.
    meta = "Ani Lestari, Bo Kimura · Harbour News · Posted: Nov 07, 2024 10:12 AM CST"
    card = (
        "WATCH | Smelter workers describe the new shifts:",
        "Media Video | Harbour News Sulawesi",
        "'We work nights now': smelter crews adjust to the boom",
        "Duration 2:14",
        "Crews at three smelters describe twelve-hour shifts as output climbs to a record.",
    )
    bios = (
        "Ani Lestari is a reporter with Harbour News based in Makassar.",
        "Bo Kimura is a producer for Harbour News. He previously worked in radio.",
    )
    page = _text_page(*bios).replace("November 7, 2024 10:12 AM GMT+7", meta)
    page = page.replace(STORY[2], "\n".join((*card, STORY[2])))
    article = warta.extract(page)
    assert article.paragraphs == STORY
    assert split_credit("Smoke over the highway. (Submitted by Dale Ross)", EN)[1] == (
        "Submitted by Dale Ross"
    )


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Ann Lee · CBC News · Posted: Jul 09, 2025 4:12 PM | Last Updated: July 9", "2025-07-09"),
        # The update's month earlier in the year than the date's: the next year.
        ("Posted: Dec 30, 2024 | Updated: Jan 2", "2025-01-02"),
    ],
)
def test_an_updates_day_without_its_year_takes_the_dates(line: str, updated: str) -> None:
    hits = find_dates(line, EN)
    assert [str(h.value) for h in hits if h.updated] == [updated]


def test_an_update_before_the_date_is_no_update() -> None:
    assert [h for h in find_dates("Posted: Jul 09, 2025 | Updated: July 2", EN) if h.updated] == []


def test_detiks_last_paragraph_between_a_link_box_and_a_video_promo() -> None:
    # detik's regional sites: "Name - detikKalimantan", a "Baca juga:" box before the last
    # paragraph, then the video's promotion and the initials.
    last = "Pencarian hari pertama dihentikan pukul 18.00 WITA dan dilanjutkan esok pagi."
    lines = [
        "detikKalimantan",
        "Perahu Terbalik di Sungai Kapuas, Dua Penumpang Belum Ditemukan",
        "Rudi Hartono - detikKalimantan",
        "Minggu, 10 Agu 2025 19:05 WIB",
        *ID_LEAD,
        *ID_TAIL,
        "Baca juga:",
        "Jembatan Sungai Kapuas Ditutup Sementara untuk Perbaikan",
        last,
        'Simak Video "Video: Kapal Kayu Tenggelam Dihantam Ombak"',
        "[Gambas:Video 20detik]",
        "(rdh/des)",
        "perahu terbalik",
    ]
    article = warta.extract("\n".join(lines))
    assert article.paragraphs == [*ID_LEAD, *ID_TAIL, last]
    assert [p.name for p in article.authors] == ["Rudi Hartono"]
    assert [p.initials for p in article.editors] == ["des"]


def test_round_twelves_furniture_is_no_paragraph() -> None:
    # A related link without its colon, a corrections call, a gallery button and a site's
    # "follow" box, each between or after the story's paragraphs.
    furniture = (
        "Also Read Heat alert extended for 72 hours as mercury keeps rising",
        "Spotted an error in this story? Let us know.",
        "Open this photo in gallery:",
        "Follow related authors and topics",
    )
    article = warta.extract(_text_page(*furniture))
    assert article.paragraphs == STORY
    notice = "Dilarang mengutip, menyalin, atau menayangkan ulang konten ini tanpa izin tertulis."
    page = _id_page(*ID_LEAD, *ID_TAIL, notice)
    assert notice not in warta.extract(page).paragraphs


def test_gulf_times_copied_page_keeps_its_time() -> None:
    page = _text_page("© 2025 Gulf Times. All rights reserved.").replace(
        "November 7, 2024 10:12 AM GMT+7", "Published: 07 Nov 2024 - 10:12 am"
    )
    published = warta.extract(page).published
    assert published is not None and published.isoformat() == "2024-11-07T10:12:00+03:00"


def test_a_figures_gallery_button_is_no_caption() -> None:
    # The Globe and Mail sets "Open this photo in gallery:" in the figure, over its caption.
    figure = (
        "<figure><img src='https://x.ca/smelter.jpg' alt='A smelter'>"
        "<a class='c-figure__gallery-link' href='#gallery'>Open this photo in gallery:</a>"
        "<figcaption><span class='c-figure__caption-text'>A smelter in Morowali in March."
        "</span><span class='c-figure__credit'>Ani Lestari/Harbour Daily</span></figcaption>"
        "</figure>"
    )
    article = warta.extract(_html_story(figure))
    assert [(i.caption, i.credit) for i in article.images] == [
        ("A smelter in Morowali in March.", "Ani Lestari/Harbour Daily")
    ]


def test_a_caption_printed_twice_between_paragraphs_is_one_pictures_caption() -> None:
    caption = "FILE - Ore trucks queue at a smelter's gate in Morowali, Sulawesi, May 2, 2024."
    lines = _text_page().splitlines()
    at = lines.index(STORY[1])
    lines[at:at] = [caption, caption]
    article = warta.extract("\n".join(lines))
    assert article.paragraphs == STORY
    assert [image.caption for image in article.images] == [caption]


def test_a_headline_printed_twice_is_still_the_title() -> None:
    lines = _text_page().splitlines()
    lines.insert(3, lines[3])  # the breadcrumb's last item, then the headline
    article = warta.extract("\n".join(lines))
    assert article.title == lines[3]
    assert article.images == []



def test_a_breadcrumb_box_in_the_container_is_no_title_its_place_suggests() -> None:
    from warta.classify.dom import _label, _Markup
    from warta.classify.shape import Verdict

    block = Block(index=1, text="Home › Ekonomi Bisnis", tag="div", classes="breadcrumb",
                  in_article=True)  # fmt: skip
    labelled = _label(block, Verdict(Label.TITLE, None, "title"), ID, _Markup())
    assert (labelled.label, labelled.kind) == (Label.BOILERPLATE, BoilerplateKind.BREADCRUMB)


def test_an_update_note_opening_the_story_is_a_date_line() -> None:
    note = "Updated at 3:10 p.m. ET on 2024-11-07."
    article = warta.extract(_html_page("", note))
    assert article.paragraphs == STORY
    assert article.updated is not None
    assert article.updated.isoformat() == "2024-11-07T15:10:00-05:00"


def test_a_call_for_readers_letters_under_the_story_is_not_its_paragraph() -> None:
    call = "Send us your thoughts on this story at letters@example.com."
    assert warta.extract(_text_page(call)).paragraphs == STORY


def test_a_print_edition_note_under_an_indonesian_story_is_no_paragraph() -> None:
    note = "Artikel ini terbit di edisi cetak Harian Contoh, Rabu, 16 Juli 2025, di halaman Kota."
    article = warta.extract(_id_page(*ID_STORY, note))
    assert article.paragraphs == ID_STORY


def test_a_writer_named_after_a_dash_closing_the_last_paragraph() -> None:
    last = "The ministry will publish November's figures on Dec. 15. — with Bo Kim"
    page = _text_page(head=("By Ani Lestari",)).replace(STORY[-1], f"{STORY[-1]}\n{last}")
    article = warta.extract(page)
    assert article.paragraphs == [*STORY, last]
    assert [p.name for p in article.authors] == ["Ani Lestari", "Bo Kim"]


def test_a_market_tickers_lines_over_the_menu_are_no_picture() -> None:
    lines = _text_page().splitlines()
    lines[1:1] = ["JCI 7,215.40 ▲ 0.42%", "USD/IDR 16,240 ▼ 0.12"]
    assert warta.extract("\n".join(lines)).images == []


def test_a_mastheads_editor_in_the_footer_is_not_the_storys() -> None:
    lines = _text_page().splitlines()
    at = lines.index("© 2024 Reuters. All rights reserved.")
    lines[at:at] = [
        "Gold edges up as dollar softens", "Rupiah firms on trade data", "Smelter output slows",
        "About Us", "Editor: Bo Kim", "Contact Us", "Privacy Policy",
    ]  # fmt: skip
    assert warta.extract("\n".join(lines)).editors == []


def test_the_storys_editor_after_one_read_also_link_over_the_copyright_stays() -> None:
    article = warta.extract(
        _id_page(*ID_STORY, "Baca juga: Harga pinang naik", "Pewarta: Ani Lestari",
                 "Editor: Bo Santoso", "Hak cipta © Contoh 2025")
    )  # fmt: skip
    assert [p.name for p in article.editors] == ["Hendra Saragih", "Bo Santoso"]


def test_names_over_a_separator_and_a_reading_time_over_the_date_are_the_byline() -> None:
    lines = _text_page().splitlines()
    at = lines.index("November 7, 2024 10:12 AM GMT+7")
    lines[at:at] = ["Ani Lestari & Bo Kim", "•", "5 min read"]
    article = warta.extract("\n".join(lines))
    assert [p.name for p in article.authors] == ["Ani Lestari", "Bo Kim"]


def test_closing_initials_add_no_writer_beside_a_named_reporter() -> None:
    last = f"{ID_STORY[-1]} (ari/luh)"
    page = _id_page(*ID_STORY[:-1], last).replace("Penulis: Yosina", "Reporter: Komang Ari")
    article = warta.extract(page)
    assert [(p.name, p.initials) for p in article.authors] == [("Komang Ari Mambrasar", None)]


def test_a_desks_account_declared_as_author_is_no_one() -> None:
    page = _html_page("", f"JAKARTA - {STORY[0]}").replace(
        "<title>", "<meta name='author' content='Redaksi'><title>"
    )
    assert warta.extract(page, language="id").authors == []


def test_a_utc_machine_time_is_shown_on_the_day_the_page_shows_in_its_outlets_zone() -> None:
    head = (
        "<meta property='og:site_name' content='BusinessMirror'>"
        "<meta property='article:published_time' content='2025-03-10T16:05:27+00:00'><title>"
    )
    page = _html_page("<div class='date'>March 11, 2025</div>").replace("<title>", head)
    published = warta.extract(page).published
    assert published is not None and published.isoformat() == "2025-03-11T00:05:27+08:00"


def test_writers_joined_before_the_date_with_no_by_are_all_the_authors() -> None:
    # Punch: the metadata declares the first writer; the meta row names both, then the date.
    page = _declared('{"@type": "Person", "name": "Ani Lestari"}').replace(
        "<h1>Nickel exports hit a record</h1>",
        "<h1>Nickel exports hit a record</h1><div class='post-meta'><span class='post-author'>"
        "<a href='/author/ani'>Ani Lestari</a> and <a href='/author/bo'>Bo Kim</a></span> "
        "<span class='post-date'>7th March 2025</span></div>",
    )
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari", "Bo Kim"]


def test_a_long_meta_row_of_writers_outlet_and_labelled_times_is_the_byline() -> None:
    # The Peninsula: the outlet declared as author yields to the writers in the row.
    page = _declared('{"@type": "Organization", "name": "Harian Kota"}').replace(
        "<h1>Nickel exports hit a record</h1>",
        "<h1>Nickel exports hit a record</h1><div class='meta'>Ani Lestari and Bo Kim Tan | "
        "Harian Kota Published: 04 Mar 2025 - 9:05 am | Last updated: 04 Mar 2025 - 11:41 am"
        "</div>",
    )
    assert [p.name for p in warta.extract(page).authors] == ["Ani Lestari", "Bo Kim Tan"]


def test_a_time_without_a_zone_ends_with_its_am_or_pm() -> None:
    text = "Published: 04 Mar 2025 - 9:05 pm | Updated"
    hits = find_dates(text, EN)
    assert text[hits[0].start : hits[0].end] == "04 Mar 2025 - 9:05 pm"


def test_a_name_over_its_roles_label_in_an_author_box_is_the_byline() -> None:
    # Samoa Observer: no byline over the story; under it, the name, "Author", then the bio.
    page = _text_page(
        "Share", "Facebook", "Email", "", "Lagi Tuimavave", "Author",
        "Lagi Tuimavave covers trade and mining for the paper. She joined the newsroom in 2021.",
        "Related Stories",
    )
    assert [p.name for p in warta.extract(page).authors] == ["Lagi Tuimavave"]


def test_a_company_under_the_writers_name_and_job_is_no_second_writer() -> None:
    # Daily Nation: "By", the name, the job, the company, each on its own line by the date.
    page = _text_page(head=("By", "Lagi Tuimavave", "Mining Reporter", "Harbour Media Group"))
    assert [p.name for p in warta.extract(page).authors] == ["Lagi Tuimavave"]


def test_by_over_a_desks_name_is_no_editor() -> None:
    # The Island: "By" over "Editor", the desk's account, in the byline box.
    html = _declared('{"@type": "Person", "name": "Editor"}').replace(
        "<h1>Nickel exports hit a record</h1>",
        "<h1>Nickel exports hit a record</h1><div class='author-info'><p>By</p> "
        "<span class='author-name'><a href='/author/editor/'>Editor</a></span></div>",
    )
    assert warta.extract(html).editors == []


@pytest.mark.parametrize(
    "line",
    [
        "*Artikel ini diperbarui pukul 15.40 WIB dengan menambahkan jadwal keberangkatan.",
        "Konten ini disajikan untuk keperluan informasi. Keputusan bisnis dan investasi "
        "sepenuhnya menjadi tanggung jawab pembaca.",
        "Dapatkan informasi terkini dan terpercaya seputar ekonomi dan bisnis lewat email Anda.",
    ],
)
def test_notes_and_calls_under_an_indonesian_story_are_not_the_story(line: str) -> None:
    page = "\n".join([
        "Harian Kota", "Bus Trans Kota buka koridor baru", "Jumat, 21 Maret 2025 11:08 WIB",
        "MEDAN - Dinas Perhubungan membuka koridor baru bus kota mulai Jumat pagi dengan 12 "
        "armada yang melayani rute terminal hingga pelabuhan.",
        "Penumpang tidak dipungut biaya hingga akhir April, kata kepala dinas kepada wartawan.",
        line,
        "© 2025 Harian Kota",
    ])
    assert line not in warta.extract(page).paragraphs


def test_a_pull_quote_the_story_prints_in_full_is_not_the_story() -> None:
    quote = "The slope above the plant had cracks for a year before the slide."
    story = [
        *STORY[:2],
        f"“{quote} Nobody wanted to pay to move it,” said Ann Lee, a geologist who surveyed the "
        "site in March.",
        f"‘{quote}’",
        *STORY[2:],
    ]
    page = "\n".join(["Reuters", "Plant buried by landslide", "November 7, 2024", *story])
    paragraphs = warta.extract(page).paragraphs
    assert f"‘{quote}’" not in paragraphs and len(paragraphs) == len(story) - 1


def test_a_desk_named_beside_a_writer_is_no_writer() -> None:
    found = parse_byline("WRITER: Suda Wong and Online Reporters", EN)
    assert found is not None and [p.name for p in found] == ["Suda Wong"]


def test_a_city_the_writer_filed_from_between_two_writers_is_no_writer() -> None:
    found = parse_byline("By Osaro Ede, Benin City and Ada Okafor", EN)
    assert found is not None and [p.name for p in found] == ["Osaro Ede", "Ada Okafor"]


def test_a_writers_by_line_over_the_copyright_note_after_related_links_is_the_storys() -> None:
    # JoongAng Daily signs under its "Related Article" box, over its copyright note; the
    # metadata names the first writer only.
    page = _declared('{"@type": "Person", "name": "Choi Ji-hoon"}').replace(
        "</article>",
        "<div class='related'><h4>Related Article</h4><ul><li><a href='/1'>Chip orders slow as "
        "makers wait</a></li><li><a href='/2'>Suppliers seek more support</a></li><li><a "
        "href='/3'>Wafer exports rise again</a></li></ul></div><p>BY CHOI JI-HOON, HAN "
        "SEO-YEON [choi.jihoon@example.co.kr]</p></article><p class='copyright'>Copyright © "
        "2025 Harian Kota. Its articles may not be copied without consent.</p>",
    )
    names = [(p.name or "").casefold() for p in warta.extract(page).authors]
    assert names == ["choi ji-hoon", "han seo-yeon"]


def test_a_bracketed_sign_off_on_a_page_whose_captions_carry_credits_is_no_credit() -> None:
    # Tribun Sorong: captions end with "(TribunSorong.com/Name)"; the same shape alone under
    # the last paragraph is the writer's sign-off, and that paragraph the story's.
    last = "Panitia menargetkan renovasi selesai sebelum Iduladha agar masjid menampung 800 orang."
    page = "\n".join([
        "Tribun Kota", "Renovasi masjid dimulai", "Jumat, 14 Maret 2025 16:20 WIT",
        "RENOVASI - Pekerja memasang rangka atap baru masjid di Klawuyuk, Jumat (14/3/2025). "
        "(TribunKota.com/Ismail Rumkabu)",
        "TRIBUNKOTA.COM, SORONG - Renovasi masjid di Kelurahan Klawuyuk dimulai pekan ini dengan "
        "dana swadaya jemaah dan bantuan pemerintah kota.",
        "Ketua panitia mengatakan biaya renovasi mencapai Rp 2,4 miliar dan separuhnya sudah "
        "terkumpul dari infak jemaah.",
        last,
        "(TribunKota.com/Ismail Rumkabu)",
        "© 2025 Tribun Kota",
    ])
    article = warta.extract(page)
    assert last in article.paragraphs
    assert not any((i.caption or "").startswith("Panitia") for i in article.images)


def test_the_story_goes_on_after_a_box_readers_may_skip() -> None:
    # The Guardian: "skip past newsletter promotion" ... "after newsletter promotion".
    box = [
        "skip past newsletter promotion", "Sign up to Morning Markets", "Free daily newsletter",
        "The day's market moves and what they mean for you, before the opening bell.",
        "Enter your email address", "Sign up",
        "Privacy Notice: we only send you the newsletters you choose.",
        "after newsletter promotion",
    ]
    page = _text_page(head=()).replace(STORY[1], "\n".join([STORY[1], *box]))
    article = warta.extract(page)
    assert article.paragraphs == STORY
    # The held-out page whose box's long lines stopped the story before it was known first.
    path = PAGES / "theguardian-aslef-train-drivers-strike" / "page.txt"
    paragraphs = warta.extract(path.read_text(encoding="utf-8")).paragraphs
    assert any(p.startswith("Aslef has balloted members") for p in paragraphs)


def test_a_bare_name_by_the_date_is_the_editor_when_a_contributor_signs_the_story() -> None:
    # The Suara network: the editor's name under the headline, unlabelled; the correspondent
    # who wrote the story in "Kontributor : ..." under it.
    page = "\n".join([
        "SuaraKota.id", "Guru honorer mengadu ke DPRD", "Galang Wicaksono",
        "Selasa, 24 Juni 2025 | 14:05 WIB",
        "Puluhan guru honorer mendatangi gedung DPRD pada Selasa siang untuk menagih janji "
        "pengangkatan yang tertunda sejak tahun lalu.",
        "Mereka diterima Ketua Komisi IV yang berjanji memanggil dinas pendidikan pekan depan.",
        "Kontributor : Putri Handayani",
        "© 2025 SuaraKota.id",
    ])
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Putri Handayani"]
    assert [p.name for p in article.editors] == ["Galang Wicaksono"]


def test_a_bare_name_by_the_date_stays_the_writer_beside_an_english_reporting_credit() -> None:
    # In English the bare name is the byline; "Reporting by ..." closing the story adds a writer.
    page = _text_page("Reporting by Lise Brandt", head=("Marta Quist",))
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Marta Quist", "Lise Brandt"]
    assert article.editors == []


def test_a_desk_account_as_byline_yields_to_initials_when_the_dateline_names_the_paper() -> None:
    page = "\n".join(
        [
            "Radar Contoh",
            "Beranda",
            "Petani Balerejo Gropyokan Tikus Serentak di 85 Hektare Sawah",
            "Penulis: Radar Contoh",
            "Editor: Nazarudin Akbar",
            "Senin, 17 Maret 2025 | 09:20 WIB",
            "BALEREJO, Radar Contoh – Ratusan petani di Kecamatan Balerejo turun ke sawah sejak "
            "pagi, Minggu (16/3), untuk memburu tikus yang merusak tanaman padi.",
            "Gropyokan digelar serentak di tiga desa dengan alat emposan dan jaring.",
            "Petugas dinas pertanian membagikan belerang untuk mengasapi lubang tikus. (den/naz)",
        ]
    )
    article = warta.extract(page)
    assert [(p.name, p.initials) for p in article.authors] == [(None, "den")]
    assert [p.name for p in article.editors] == ["Nazarudin Akbar"]


def test_the_site_named_beside_its_writers_is_no_author() -> None:
    # AP and Business Insider list themselves after their writers in JSON-LD `author`; alone,
    # the site stays (the page is credited to its outlet).
    def page(authors: str) -> str:
        return (
            '<html><head><meta property="og:site_name" content="Harbour Times">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry '
            f'terminal opens", "author": [{authors}]}}</script></head><body><h1>Ferry terminal '
            "opens</h1><article><p>The harbour authority opened the new ferry terminal on "
            "Monday after two years of delays and a change of builder, officials said.</p>"
            "</article></body></html>"
        )

    both = (
        '{"@type": "Person", "name": "Ann Lee"}, '
        '{"@type": "Organization", "name": "Harbour Times"}'
    )
    assert [p.name for p in warta.extract(page(both)).authors] == ["Ann Lee"]
    alone = '{"@type": "Organization", "name": "Harbour Times"}'
    assert [p.name for p in warta.extract(page(alone)).authors] == ["Harbour Times"]


def test_stacked_writers_one_over_their_job_by_the_date() -> None:
    # The Straits Times: each writer on a line, the first with her beat under her name, then
    # the date's label and the date; a name of four plain words stands where a name does.
    head = ("Megan Teo Jia Hui", "Housing Correspondent", "Farhan Rizal", "Updated",
            "Oct 22, 2025, 08:43 PM")
    page = "\n".join(["Nickel exports hit a record as smelters come on line", *head, *STORY])
    names = [p.name for p in warta.extract(page, language="en").authors]
    assert names == ["Megan Teo Jia Hui", "Farhan Rizal"]


def test_a_wire_storys_exchange_rate_note_closes_its_body() -> None:
    note = "($1 = 16,250 rupiah)"
    page = "\n".join(["Nickel exports hit a record", *STORY, note, "Reporting by Ann Lee"])
    assert warta.extract(page, language="en").paragraphs == [*STORY, note]


def test_a_gallerys_counted_captions_are_each_one_picture() -> None:
    # Reuters copies each picture's caption twice: after "Item 1 of 2", and after "[1/2]".
    caption = "A man walks past the central bank building in Jakarta, May 28, 2025."
    gallery = [f"Item 1 of 2 {caption} REUTERS/Ann Lee", f"[1/2]{caption} REUTERS/Ann Lee"]
    page = "\n".join(["Nickel exports hit a record", "By Bo Kim", *gallery, *STORY])
    images = warta.extract(page, language="en").images
    assert [(i.caption, i.credit) for i in images] == [(caption, "REUTERS/Ann Lee")]


def test_a_byline_going_on_with_and_on_the_next_line() -> None:
    # The Star: "By TAN MEI LING" / "and NUR AQILAH ZAINAL" over the section and the date.
    head = ("By TAN MEI LING", "and NUR AQILAH ZAINAL", "Business", "Tuesday, 15 Jul 2025")
    page = "\n".join(["Nickel exports hit a record as smelters come on line", *head, *STORY])
    names = [p.name for p in warta.extract(page, language="en").authors]
    assert names == ["Tan Mei Ling", "Nur Aqilah Zainal"]


def test_a_video_player_between_paragraphs_parts_no_story() -> None:
    # CNN copies its player as a dozen short lines, the video's length among them: the story
    # goes on under it, and the video's title is the player's.
    player = [
        "Video Ad Feedback",
        "Smelter workers walk out over pay in Morowali",
        "01:42",
        " - Source: ",
        "CNN",
        "Smelter workers walk out over pay in Morowali",
        "01:42",
        "Now playing",
        " - Source: ",
        "CNN",
    ]
    more = [
        "Unions at two of the smelters said on Friday that talks on pay would resume next week, "
        "after a two-day strike halted one of the production lines.",
        "The trade ministry said the strike had not yet affected shipments, which are booked "
        "months in advance by buyers in China and South Korea.",
    ]
    before = [
        *STORY,
        "Smelter operators in Morowali have hired more than 4,000 workers this year, the "
        "regional manpower office said, most of them from outside Central Sulawesi.",
        "Workers there have complained for months about long shifts and the cost of housing "
        "near the industrial park, which has grown faster than the towns around it.",
        "A spokesperson for the largest operator said wages had risen 8% in July and that a new "
        "dormitory for 1,500 workers would open before the end of the year.",
    ]
    head = ["Nickel exports hit a record", "By Bo Kim"]
    page = "\n".join([*head, *before, *player, *more, "Most read"])
    article = warta.extract(page, language="en")
    assert article.paragraphs == [*before, *more]
    kinds = {b.text: b.kind for b in article.boilerplate}
    assert kinds["01:42"] is BoilerplateKind.UI
    assert "Smelter workers walk out over pay in Morowali" in kinds
    assert warta.extract("\n".join([*player[:2], "02:47", *more]), language="en").paragraphs == more


def test_two_english_writers_parted_by_a_bar_are_both_writers() -> None:
    # The Times: "Name, Health Correspondent | Name"; Suara's "writer | editor" is Indonesian.
    head = ("Ann Lee, Asia Correspondent | Bo Kim", "Monday June 30 2025, 6.00pm BST")
    page = "\n".join(["Nickel exports hit a record as smelters come on line", *head, *STORY])
    article = warta.extract(page, language="en")
    assert [p.name for p in article.authors] == ["Ann Lee", "Bo Kim"]
    assert article.editors == []
    people = bare_names("Ani Lestari | Bayu Aji", lexicon("id"))
    roles = [(p.name, p.role.value) for p in people]
    assert roles == [("Ani Lestari", "author"), ("Bayu Aji", "editor")]


def test_a_beat_under_a_writers_name_is_no_second_writer() -> None:
    # Manchester Evening News: the name, then "Local Democracy Reporter", then the times with
    # no zone, which a Reach title prints in the UK's; its sign-up box's last line is no story.
    head = ("Harriet Okonjo", "Local Democracy Reporter", "05:00, 18 Mar 2025",
            "Updated 11:32, 18 Mar 2025")
    box = ("Sign up for our free daily newsletter", "Enter your email", "Subscribe",
           "We have more newsletters")
    lines = ["Nickel exports hit a record as smelters come on line", *head, *STORY[:2], *box,
             *STORY[2:], "©2025 MEN Media, part of Reach plc"]
    article = warta.extract("\n".join(lines), language="en")
    assert [p.name for p in article.authors] == ["Harriet Okonjo"]
    assert article.published == dt.datetime(2025, 3, 18, 5, tzinfo=dt.timezone.utc)
    assert article.paragraphs == STORY


def test_a_byline_in_a_dates_box_and_a_copyright_credit_in_a_pictures() -> None:
    # Merdeka: "mdk-date-reporter" holds the byline only; in the story a picture's credit box
    # holds "©2025 Merdeka.com/Name", a credit and no copyright notice.
    header = (
        "<div class='mdk-date-reporter'><span class='reporter'>Reporter : <a href='/r/ani'>Ani "
        "Lestari</a></span><span class='editor'> | Editor : <a href='/e/bo'>Bayu Aji</a></span>"
        "</div><div class='date-post'>Kamis, 20 Februari 2025 15:12</div>"
    )
    figure = (
        "<div class='img-inbody'><img src='/a.jpg'><div class='img-caption'>"
        "<span class='img-caption-text'>Smelters in Morowali on Tuesday.</span>"
        "<span class='img-caption-credit'>©2025 Merdeka.com/Rizal Anwar</span></div></div>"
    )
    page = _html_page(header).replace(f"<p>{STORY[1]}</p>", f"{figure}<p>{STORY[1]}</p>")
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Ani Lestari"]
    assert [p.name for p in article.editors] == ["Bayu Aji"]
    images = [(i.caption, i.credit) for i in article.images]
    assert images == [("Smelters in Morowali on Tuesday.", "©2025 Merdeka.com/Rizal Anwar")]
    assert article.paragraphs == STORY


def test_a_gallerys_caption_with_the_licensing_link_run_into_it() -> None:
    # Reuters copied: the link beside the picture ends its caption's line, under the date.
    caption = "A man walks past the central bank building in Jakarta, May 28, 2025."
    link = "Purchase Licensing Rights, opens new tab"
    credit = "REUTERS/Rafael Santos Villanueva/File Photo"
    gallery = [f"Item 1 of 2 {caption} {credit} {link}", f"[1/2]{caption} {credit} {link}"]
    head = ["Nickel exports hit a record", "By Bo Kim", "May 29, 20254:18 PM GMT+7", *gallery]
    article = warta.extract("\n".join([*head, *STORY]), language="en")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]
    assert article.description is None


def test_a_closing_written_by_sentence_names_the_writers() -> None:
    # The Asahi Shimbun: no byline over the story; its last line in brackets names the writers.
    page = "\n".join(["Nickel exports hit a record", *STORY,
                      "(This article was written by Ann Lee and Bo Kim.)", "Most read"])
    article = warta.extract(page, language="en")
    assert [p.name for p in article.authors] == ["Ann Lee", "Bo Kim"]
    assert article.paragraphs == STORY


def test_a_badge_linked_over_the_picture_is_no_credit_of_a_credited_caption() -> None:
    # The Asahi Shimbun: "Photo/Illutration" in the picture's link, then the caption, closing
    # with the photographer's name in brackets.
    figure = (
        "<div class='image'><a href='/photo/1'><img src='/a.jpg'><span class='mark'>"
        "Photo/Illustration</span></a><p class='caption'>Smelters in Morowali on Sept. 1. "
        "(Rafael Santos)</p></div>"
    )
    article = warta.extract(_html_page(figure))
    images = [(i.caption, i.credit) for i in article.images]
    assert images == [("Smelters in Morowali on Sept. 1.", "Rafael Santos")]


def test_a_programmes_timed_lines_are_not_a_players() -> None:
    # "08:00 - Registration opens": a story's list, not a player's length ("02:14 - Source:").
    programme = ["08:00 - Registration opens", "09:30 - Opening speech", "11:00 - Site visit"]
    lines = ["Nickel exports hit a record", *STORY[:2], "The programme:", *programme, *STORY[2:]]
    article = warta.extract("\n".join(lines), language="en")
    assert all(line in article.paragraphs for line in programme)


def test_bbc_writers_over_their_offices_and_a_picture_credited_to_the_bbc() -> None:
    # Two writers, each over the office they file for, joined by a lone "and"; then the
    # picture's credit (the BBC's own) over its caption, which has no stop; and under the
    # story the call to follow the local service.
    page = "\n".join(
        [
            "Home",
            "News",
            "Ferry service to Scilly cut to three days a week over winter",
            "14 October 2025",
            "Share",
            "Save",
            "Tamsin Polglaze",
            "BBC News, Cornwall",
            "and",
            "Jory Pendarves",
            "Local Democracy Reporting Service",
            "Share",
            "Save",
            "BBC",
            "The Scillonian III is due to be laid up for repairs in Falmouth from November",
            "The only passenger ferry between Penzance and the Isles of Scilly will sail three "
            "days a week from November, its operator has announced.",
            "The Isles of Scilly Steamship Group said falling winter passenger numbers and the "
            "cost of fuel meant daily sailings could no longer be justified.",
            "Islanders said the change would make hospital appointments on the mainland harder "
            "to reach, as flights are often cancelled in poor weather.",
            "The company said it would review the timetable again in the spring.",
            "Follow BBC Cornwall on Facebook, X and Instagram. Got a story for us? Get in touch "
            "through the BBC Cornwall page.",
            "More on this story",
        ]
    )
    article = warta.extract(page, language="en")
    assert [p.name for p in article.authors] == ["Tamsin Polglaze", "Jory Pendarves"]
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The Scillonian III is due to be laid up for repairs in Falmouth from November", "BBC")
    ]
    assert article.paragraphs[0].startswith("The only passenger ferry")
    assert article.paragraphs[-1].startswith("The company said it would review")


def test_an_outlet_under_a_byline_is_its_agency_not_a_picture_credit() -> None:
    page = "\n".join(
        [
            "Senators question port chief over dredging contract",
            "By ANN LEE and BO KIM",
            "Associated Press",
            "Mara Quill, ASSOCIATED PRESS",
            "WASHINGTON (AP) — Senators on Tuesday pressed the head of the federal port agency "
            "over a dredging contract awarded without a bid last spring.",
            "The agency's chief said the contract was needed to keep shipping lanes open after "
            "a storm filled the channel with silt.",
            "Lawmakers from both parties asked for the agency's records by the end of the month.",
        ]
    )
    assert warta.extract(page, language="en").images == []


def test_a_box_of_teasers_each_with_its_summary_closes_the_story() -> None:
    teasers = [
        "More related stories",
        "Markets",
        "Copper slides as Chinese demand cools",
        "Prices of the metal fell for a third day as factory orders in China weakened again.",
        "Energy",
        "Coal miners brace for lower export quotas",
        "Producers in Kalimantan said they expected the ministry to cut next year's limits.",
    ]
    assert warta.extract(_text_page(*teasers)).paragraphs == STORY


def test_the_story_goes_on_after_a_related_link_inside_it() -> None:
    # One headline under "RELATED", then the story's paragraphs, an ad's slot between them.
    page = _text_page(
        "RELATED",
        "Nickel miners face tighter export checks",
        "Smelter operators said power supply remained the main constraint on output.",
        "Advertisement",
        "The ministry will publish November's figures in the middle of next month.",
    )
    paragraphs = warta.extract(page).paragraphs
    assert paragraphs[: len(STORY)] == STORY
    assert paragraphs[-1].startswith("The ministry will publish")


GROBOGAN_STORY = [
    "Liputan6.com, Grobogan - Badan Penanggulangan Bencana Daerah Grobogan mulai mengirim air "
    "bersih ke 14 desa yang dilanda kekeringan sejak awal Agustus.",
    "Kepala Pelaksana BPBD Grobogan, Rina Hapsari, mengatakan setiap desa mendapat kiriman dua "
    "tangki berisi masing-masing 5.000 liter air setiap pekan.",
    "Menurut dia, jumlah desa yang meminta bantuan air diperkirakan bertambah jika hujan belum "
    "turun hingga akhir bulan.",
]


@pytest.mark.parametrize(
    ("video", "zoom"),
    [
        # The video's title over its length: the line under the length is the story's.
        (["Simak juga video pilihan berikut ini:", "Video: Sumur Warga Mengering di Blora",
          "00:01:42"], []),
        # No video at all: the subheading stands over the picture opening its section.
        ([], []),
        # After an ad's slot, over a picture with its zoom button.
        (["Advertisement"], ["Perbesar"]),
    ],
)
def test_a_subheading_over_the_picture_that_opens_its_section(
    video: list[str], zoom: list[str]
) -> None:
    page = "\n".join(
        [
            "Kekeringan Meluas, BPBD Grobogan Kirim Air Bersih ke 14 Desa",
            "Oleh Dimas Prasetyo",
            "19 Agu 2024, 10:32 WIB",
            *GROBOGAN_STORY,
            *video,
            "Warga Antre Sejak Pagi",
            "Warga mengantre air bersih di Desa Sumberjati. (Liputan6.com/Dimas Prasetyo)",
            *zoom,
            "Di Desa Sumberjati, warga sudah berjajar membawa jeriken sejak pukul 05.00 WIB, "
            "meski truk tangki baru tiba sekitar pukul 08.00 WIB.",
            "Seorang warga mengatakan satu keluarga hanya mendapat enam jeriken setiap kali "
            "kiriman datang ke desanya.",
            "Air itu dipakai untuk memasak dan minum, sementara untuk mandi warga masih "
            "mengandalkan sungai kecil yang debitnya terus menyusut.",
            "BPBD meminta pemerintah desa mendata ulang jumlah keluarga agar pembagian air "
            "lebih merata pada kiriman pekan depan.",
        ]
    )
    article = warta.extract(page, language="id")
    assert "Warga Antre Sejak Pagi" in article.paragraphs
    assert [i.caption for i in article.images] == [
        "Warga mengantre air bersih di Desa Sumberjati."
    ]


# Round 24's shapes.

HEATING_STORY = [
    "Shares in Ferncastle Supplies fell by a fifth on Wednesday after the heating and plumbing "
    "merchant cut its profit forecast for the second time this year.",
    "The company now expects adjusted operating profit of between £61mn and £65mn, against "
    "earlier guidance of about £78mn, as customers put off large boiler and bathroom jobs.",
    "Chief executive Harriet Lomax said smaller repair work was holding up but that homeowners "
    "were still wary of committing to bigger projects before the spring.",
    "Ferncastle will close 22 branches and pause its share buyback to protect its balance "
    "sheet, it said, adding that net debt would end the year at about 1.4 times earnings.",
]


def _headline_page(headline: str) -> str:
    # Business Insider's header: a section over the headline, the writer's name alone, the date.
    return "\n".join(
        ["Subscribe", "Log in", "Big Business", "Still Standing", "Economy", headline,
         "Moira Castellanos", "Nov 12, 2025, 6:10 AM ET", "Share", "Save", *HEATING_STORY,
         "Read next"]
    )  # fmt: skip


def test_a_headline_ending_with_a_full_stop_over_the_byline() -> None:
    # Two sentences, the second a promise: no line without a stop reads as a headline here,
    # the writer's name by the date least of all.
    headline = "Ohio will pay new nurses up to $9,000 to stay. Here's who can apply."
    article = warta.extract(_headline_page(headline))
    assert article.title == headline
    assert [p.name for p in article.authors] == ["Moira Castellanos"]
    assert article.paragraphs == HEATING_STORY


def test_a_lead_ending_with_a_full_stop_is_no_headline_under_one() -> None:
    # The headline without a stop stands: the sentence under it, over the date, is its dek.
    page = _headline_page("Ohio to pay new nurses to stay in state jobs").replace(
        "Moira Castellanos", "The grants of up to $9,000 start in January.\nMoira Castellanos"
    )
    assert warta.extract(page).title == "Ohio to pay new nurses to stay in state jobs"


def test_the_story_s_first_line_printing_the_declared_headline_is_the_title() -> None:
    # Global Times: the headline in a plain <div> opens the story's box, over a byline and
    # paragraphs set apart by <br>.
    headline = "Chongqing orange growers turn to livestreams as harvest peaks"
    page = (
        f"<html><head><meta property='og:title' content='{headline}'></head><body>"
        f"<div class='article'><div class='article_title'>{headline}</div>"
        "<div class='article_content'>"
        + "<br><br>".join(HEATING_STORY)
        + "</div></div></body></html>"
    )
    article = warta.extract(page)
    assert article.title == headline
    assert article.paragraphs == HEATING_STORY


def test_a_columnist_named_with_a_slash_and_a_job_and_his_bio() -> None:
    assert [p.name for p in parse_byline("By Desmond Ashby/Guest Columnist", EN) or []] == [
        "Desmond Ashby"
    ]
    assert [p.name for p in bare_names("Desmond Ashby/Guest Columnist", EN)] == ["Desmond Ashby"]
    assert split_credit("Police at the scene of the crash. Kerry-Ann Lyn/Photographer", EN)[1]
    page = (
        "<html><body><article><h1>Speed cameras save lives</h1>"
        "<div class='date'>Sunday | November 9, 2025 | 12:05 AM</div>"
        "<div class='author'><span class='author-name'>Desmond Ashby/Guest Columnist</span>"
        "</div><div class='share'>Facebook X WhatsApp Email</div>"
        + "".join(f"<p>{p}</p>" for p in HEATING_STORY)
        + "<p><em>Desmond Ashby is a civil engineer and a former road safety adviser. Send "
        "feedback to columns@example.com.</em></p></article></body></html>"
    )
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Desmond Ashby"]
    assert article.paragraphs == HEATING_STORY
    assert article.title == "Speed cameras save lives"
    share = [b.text for b in article.boilerplate if b.kind is BoilerplateKind.SHARE]
    assert "Facebook X WhatsApp Email" in share


def test_a_copied_financial_paper_page() -> None:
    # The Financial Times' header and furniture, copied: standfirst, a caption closed by "©",
    # the writer "in London" over the date, a sign-up call, topics with a button after each.
    page = "\n".join(
        [
            "Companies", "Ferncastle Supplies plc", "Add to myFT",
            "Ferncastle shares tumble after second profit warning",
            "Heating merchant blames cautious homeowners and discounting by rivals",
            "A Ferncastle trade counter in Leeds © Reuters",
            "Harriet Vane in London", "November 12 2025", "Save",
            "Stay informed with free updates",
            "Simply sign up to the Retail sector myFT Digest -- delivered directly to your inbox.",
            *HEATING_STORY,
            "Like us on Facebook or follow us on X to get the latest business news!",
            "Reuse this content", "Follow the topics in this article",
            "Ferncastle Supplies plc", "Add to myFT", "Building materials", "Add to myFT",
            "Harriet Vane", "Add to myFT",
            "Copyright The Financial Times Limited 2025. All rights reserved.",
        ]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == HEATING_STORY
    assert [p.name for p in article.authors] == ["Harriet Vane"]
    assert [(i.caption, i.credit) for i in article.images] == [
        ("A Ferncastle trade counter in Leeds", "© Reuters")
    ]
    assert article.tags == ["Ferncastle Supplies plc", "Building materials"]


def test_a_copyright_line_naming_a_year_is_no_credit() -> None:
    assert split_credit("Sports data © STATS 2025", EN)[1] is None
    assert split_credit("Hearst Newspapers © Copyright Hearst Newspapers, LLC", EN)[1] is None


KALIMANTAN_STORY = [
    "SAMARINDA - Pemerintah Kota Samarinda mulai mengeruk sedimen Sungai Karang Mumus di "
    "segmen Jalan Gelatik sepanjang 1,2 kilometer pada Senin (10/11/2025).",
    "Kepala Dinas PUPR Samarinda, Hendra Wijaya, mengatakan pengerukan ditargetkan selesai "
    "dalam 45 hari kerja dengan anggaran Rp 8,4 miliar.",
    "Menurut dia, pendangkalan membuat air sungai cepat meluap ke permukiman setiap kali hujan "
    "deras turun lebih dari dua jam.",
]


def _kalimantan(*header: str, closing: tuple[str, ...] = ()) -> warta.Article:
    page = "\n".join([*header, *KALIMANTAN_STORY, *closing, "Tag", "Karang Mumus"])
    return warta.extract(page, language="id")


def test_barred_capital_initials_close_the_story() -> None:
    article = _kalimantan(
        "Kaltimtoday.co", "Sedimen Karang Mumus Mulai Dikeruk", "Penulis: Muhammad Rizal Fauzan",
        "Senin, 10 November 2025 14:05 WITA", closing=("[RZL | TOS]",),
    )  # fmt: skip
    assert [(p.initials, p.role.value) for p in article.editors] == [("TOS", "editor")]
    assert article.paragraphs == KALIMANTAN_STORY


def test_a_credit_labelled_with_a_slash() -> None:
    article = _kalimantan(
        "Sedimen Karang Mumus Mulai Dikeruk", "Senin, 10 November 2025 - 09:15 WIB",
        "Alat berat mengeruk sedimen di Jalan Gelatik.", "Foto/Dok. Dinas PUPR Samarinda",
    )  # fmt: skip
    assert [i.credit for i in article.images] == ["Dok. Dinas PUPR Samarinda"]


def test_tags_copied_with_the_first_on_the_label_s_line() -> None:
    page = "\n".join(
        ["Bangkok to clear vendors from Silom footpaths", "Nov 7, 2025",
         "BANGKOK — City hall will ban street vendors from the footpaths of Silom Road from "
         "December, Bangkok's governor said Friday.",
         "About 300 vendors selling street food will be offered space in two markets near the "
         "BMTA bus depot, the governor said.",
         "Vendors said the markets were too far from the office workers who buy their lunch.",
         "Tags: Bangkok", "street food", "vendors", "Related Posts", "National",
         "Share", "Facebook"]
    )  # fmt: skip
    assert warta.extract(page).tags == ["Bangkok", "street food", "vendors"]


def test_a_turkish_paper_s_time_without_a_zone_is_istanbul_s() -> None:
    page = "\n".join(
        ["Home", "Türkiye", "Volunteers plant saplings across 81 provinces", "ANKARA",
         "November 11 2025 14:37:00", *HEATING_STORY,
         "Copyright © 2025 Hürriyet Daily News. All rights reserved."]
    )  # fmt: skip
    published = warta.extract(page).published
    assert published == dt.datetime(2025, 11, 11, 14, 37, tzinfo=dt.timezone(dt.timedelta(hours=3)))


# Round 25's shapes.


def test_one_person_labelled_in_two_roles_and_an_outlet_s_sign_off() -> None:
    page = "\n".join(
        ["Guru Honorer Minta Kepastian Seleksi PPPK Tahap Dua",
         "Kamis, 13 November 2025 – 10:20 WIB", *KALIMANTAN_STORY, "(ran/jpnn)",
         "Redaktur & Reporter : Rani Wulandari"]
    )  # fmt: skip
    article = warta.extract(page, language="id")
    assert [(p.name, p.initials) for p in article.authors] == [("Rani Wulandari", None)]
    assert [(p.name, p.initials) for p in article.editors] == [("Rani Wulandari", None)]


def test_a_television_story_s_pointer_to_its_video() -> None:
    page = "\n".join(
        ["Gempa Magnitudo 5,1 Guncang Sukabumi", "Senin, 10 November 2025 | 08:12 WIB",
         *KALIMANTAN_STORY, "Simak selengkapnya dalam video di atas."]
    )  # fmt: skip
    assert warta.extract(page, language="id").paragraphs == KALIMANTAN_STORY


def test_a_wire_byline_block_and_the_writer_among_topics_to_follow() -> None:
    # The Globe and Mail's Canadian Press story: name, agency and city over the date; under the
    # story the writer, the agency and the topics, each with a "Follow" button.
    page = "\n".join(
        ["Ottawa pledges $300-million for year-round wildfire crews", "Harriet Vane",
         "The Canadian Press", "Ottawa", "Published November 14, 2025 at 3:18 p.m. EST",
         *HEATING_STORY, "Follow related authors and topics", "Harriet Vane", "Follow",
         "The Canadian Press", "Follow", "Building materials", "Follow",
         "You must be logged in to follow."]
    )  # fmt: skip
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Harriet Vane"]
    assert article.tags == ["Building materials"]


def test_a_figure_credited_only_and_a_magazine_s_notes() -> None:
    page = (
        "<html><body><article><h1>What libraries do on Sundays</h1><figure><img src='a.jpg'>"
        "<figcaption>Illustration by Ana Lucero</figcaption></figure>"
        "<p>This article was featured in the One Story to Read Today newsletter. Sign up for "
        "it here.</p>"
        + "".join(f"<p>{p}</p>" for p in HEATING_STORY)
        + "<p><em>This article appears in the December 2025 print edition with the headline "
        "“Open on Sundays.”</em></p></article></body></html>"
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [(None, "Ana Lucero")]
    assert article.paragraphs == HEATING_STORY


def test_an_outlet_s_address_glued_to_the_story_by_its_dash() -> None:
    line = read_dateline("JawaPos.com–Pemerintah Kota Surabaya mulai merenovasi", lexicon("id"))
    assert line is not None and (line.outlet, line.location) == ("JawaPos.com", None)
    assert read_dateline("Kunjungi situs.com–Berita terbaru hari ini", lexicon("id")) is None


def test_a_kicker_caption_closed_by_its_source_is_no_description() -> None:
    caption = (
        "PERAHU TENGGELAM - Tim SAR gabungan menyisir perairan Pulau Bahuluang, Selayar, Senin "
        "(10/11/2025), untuk mencari dua awak yang hilang. (Humas Basarnas Makassar)"
    )
    page = (
        "<html><body><div class='content'><h1>Perahu Pengangkut Sembako Tenggelam di Selayar</h1>"
        "<div class='img'><a href='https://img.example.com/foto/perahu-selayar.jpg'>"
        "<img src='https://img.example.com/foto/perahu-selayar.jpg'></a>"
        f"<div class='arial f12'>{caption}</div></div><div class='txt-article'>"
        + "".join(f"<p>{p}</p>" for p in KALIMANTAN_STORY)
        + "</div></div></body></html>"
    )
    article = warta.extract(page, language="id")
    assert [i.credit for i in article.images] == ["Humas Basarnas Makassar"]
    assert article.description != caption


def test_a_breadcrumb_of_menu_items_is_no_credit() -> None:
    page = "\n".join(
        ["The Japan Times", "NEWS", "Japan", "Politics", "Society", "Business",
         "JAPAN / SOCIETY", "Osaka plans steeper hotel tax as visitors keep coming",
         "Its proposed levy would charge guests in top-end rooms up to ¥1,000 a night",
         "By Kenji Morimoto", "Nov 13, 2025 | 17:40 JST", *HEATING_STORY,
         "With so much noise out there, reliable reporting matters more than ever. "
         "Subscribing supports the journalism behind stories like this one."]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.title == "Osaka plans steeper hotel tax as visitors keep coming"
    assert article.images == []
    assert article.paragraphs == HEATING_STORY


def test_a_file_photo_s_label_is_no_part_of_its_credit() -> None:
    page = "\n".join(
        ["Dhaka metro fares to rise from January", "Published: 10:15 AM, Nov 12, 2025",
         "Passengers wait to board a train at Agargaon metro station.", "File photo: Star",
         *HEATING_STORY]
    )  # fmt: skip
    assert [i.credit for i in warta.extract(page).images] == ["Star"]


# Round 26's shapes.

LONG_STORY = [
    f"{sentence} The council said the work would be finished before the summer of 2027."
    for sentence in (
        "Leeds will get its first tram line after ministers approved the outline plan.",
        "The line would run from the city centre to St James's hospital and the White Rose centre.",
        "Trams would run every six minutes at peak times along a 14km route with 19 stops.",
        "Construction is due to begin in 2028 after a public inquiry into the route.",
        "Two earlier schemes were cancelled after their costs rose past what ministers allowed.",
        "Businesses along the route have raised worries about disruption during the building.",
        "The combined authority said it would set up a fund for traders who lose custom.",
        "A public consultation on the detailed route will open in January.",
    )
]


def test_a_skippable_box_inside_the_story_neither_joins_nor_parts_it() -> None:
    # The Guardian's newsletter box after a long stretch of the story: its lines cost as much
    # as the three paragraphs after it, which were cut off as a tail.
    box = [
        "skip past newsletter promotion", "Sign up to First Edition", "Free daily newsletter",
        "Our morning email takes you through the day's most important stories",
        "Enter your email address", "Sign up",
        "Privacy Notice: Newsletters may contain information about charities and online ads.",
        "after newsletter promotion",
    ]
    before, after = LONG_STORY + HEATING_STORY[:3], [HEATING_STORY[3], *STORY[2:]]
    page = "\n".join(
        ["Leeds tram plan back on track as ministers approve first phase",
         "Harriet Ormsby North of England correspondent", "Thu 13 Nov 2025 06.00 GMT",
         *before, *box, *after, "Explore more on these topics", "Leeds"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == before + after


def test_a_station_s_reporter_and_the_player_s_transcript_preview() -> None:
    page = (
        "<html><body><article><h1>Denver is short on snowplow drivers</h1>"
        "<p class='byline'><a rel='author' href='/people/1'>Mateo Lindqvist</a>, "
        "<span class='byline__station'>Colorado Public Radio</span></p>"
        "<div class='audio-module-transcript-preview'><h4>Denver is short on snowplow "
        "drivers</h4><p class='transcript-line'>MARA JENSEN, HOST:</p><p class='transcript-line'>"
        "Winter is arriving in the Rocky Mountains, and in Denver there are not enough people to "
        "drive the snowplows.</p></div>"
        + "".join(f"<p>{p}</p>" for p in HEATING_STORY)
        + "</article></body></html>"
    )
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Mateo Lindqvist"]
    assert article.paragraphs == HEATING_STORY


def test_a_section_s_name_before_the_byline_is_no_dateline() -> None:
    assert read_dateline("News - Dimas Aji, CNBC Indonesia", lexicon("id")) is None
    people = parse_byline("News - Dimas Aji, CNBC Indonesia", lexicon("id")) or []
    assert [p.name for p in people] == ["Dimas Aji"]
    assert parse_byline("Photo - Ann Lee, Reuters", EN) is None


def test_a_headline_under_its_section_over_summary_lines() -> None:
    # SCMP: the section's name (printed again among the topics), the headline, two summary
    # lines longer than it, a note, then the writer and the date.
    headline = "Hong Kong minimum wage set to rise 4.3% to HK$43.90 an hour after commission review"
    page = "\n".join(
        ["News", "Hong Kong", "Politics", "Society", "Economy", "Education", "Transport",
         "Advertisement", "Hong Kong Economy", headline,
         "Panel recommends the largest increase since annual reviews began, citing inflation and "
         "median wage growth",
         "Employers' groups warn small restaurants and retailers will struggle to absorb higher "
         "costs amid weak consumer spending",
         "Why you can trust SCMP", "Wynona Cheung", "Published: 6:45pm, 13 Nov 2025",
         "Updated: 9:12pm, 13 Nov 2025", "Listen", "Share", *HEATING_STORY,
         "Hong Kong Economy", "Minimum wage"]
    )  # fmt: skip
    assert warta.extract(page).title == headline


def test_tags_over_a_follow_button() -> None:
    # The Straits Times: "Mentioned in this article", the topics, then one "Follow" button.
    copied = "\n".join(
        ["HDB resale prices dip 0.3% in October", "Nov 12, 2025, 05:00 PM", *HEATING_STORY,
         "Mentioned in this article", "Building materials", "Property", "Follow", "Read next",
         "Seniors in rental flats to get more help"]
    )  # fmt: skip
    assert warta.extract(copied).tags == ["Building materials", "Property"]


def test_an_appeal_for_readers_money_over_the_story() -> None:
    page = "\n".join(
        ["Brighton seafront arches to be restored", "Thursday 13 November 2025 14:05 GMT",
         "Your support helps us to tell the story",
         "Our reporting stays free to read because readers choose to back it. Every "
         "contribution, large or small, keeps our journalists on the ground.",
         "Support Now", *HEATING_STORY]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_headline_under_latest_news_over_its_standfirst_and_byline() -> None:
    # Reach's tabloids: the menu ends with "Latest News" and the story's topic, then the
    # headline, a standfirst longer than it, the section, the writer and the date.
    headline = "Seaside town's pier to reopen after £4m repairs - with a new tram along its length"
    page = "\n".join(
        ["Skip to main content", "News", "Sport", "Showbiz", "Newsletter Signup", "News",
         "Latest News", "Piers", headline,
         "Visitors will be able to walk the full length of the Victorian pier for the first "
         "time in six years, and a restored electric tram will carry those who would rather not",
         "News", "Harriet Cole", "09:15, 14 Nov 2025Updated 09:40, 14 Nov 2025",
         *HEATING_STORY]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.title == headline
    assert article.description is not None and article.description.startswith("Visitors will")


def test_a_byline_with_its_date_over_a_box_of_signed_headlines() -> None:
    # The Telegraph: "By <writer> <date>" is one line, and so is each story's under the
    # "More from Recommended" box after the body.
    page = "\n".join(
        ["The best heated clothes airers, tested through a damp winter",
         "By Imogen Radcliffe 12 November 2025 • 6:05pm", *HEATING_STORY,
         "More from Recommended", "The best electric blankets for chilly nights",
         "By Oliver Penhallow 11 Nov 2025, 10:12am", "The best dehumidifiers for a dry home",
         "By Saskia Trent 10 Nov 2025, 4:41pm"]
    )  # fmt: skip
    assert [p.name for p in warta.extract(page).authors] == ["Imogen Radcliffe"]


def test_a_magazine_s_issue_box_between_the_story_s_paragraphs() -> None:
    # The Nation: after the lead's paragraphs, the cover of the current issue with its date;
    # the story goes on under it. The story's own date is over its headline.
    lead = [
        "The county's last dairy cooperative voted on Tuesday to dissolve itself after 91 years, "
        "selling its bottling plant to a regional processor for an undisclosed sum.",
        "Members said falling milk prices and the cost of new cooling equipment had left the "
        "cooperative unable to pay its farmers on time for most of the past year.",
    ]
    rest = [
        *HEATING_STORY,
        "The vote passed by 48 to 11, with several of the oldest member farms voting against "
        "a sale they said would end the last farmer-owned bottling in the valley.",
        "Those farms have until the end of April to sign supply contracts with the new owner, "
        "which has promised to keep collecting milk from every current member for two years.",
        "A spokesperson for the processor said it would keep the plant's 140 workers and invest "
        "in a second filling line once the sale completes in the summer.",
    ]
    page = "\n".join(
        ["Magazine", "Subscribe", "Politics", "Economy", "Politics / March 4, 2025",
         "The End of the Valley's Last Milk Cooperative",
         "Farmers who built it are watching it sold for parts.", "Tobias Wren", "Share",
         "Facebook", "Email", *lead,
         "Current Issue", "March 10, 2025, Issue", *rest]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == lead + rest
    assert "Current Issue" not in [p.name for p in article.authors]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published on 06/01/2026 - 13:55 GMT+1 •Updated 14:20", dt.date(2026, 1, 6)),
        ("Published 06/01/2026 1:55 PM ET", dt.date(2026, 6, 1)),
        ("Published on 13/01/2026 - 13:55 GMT+1", dt.date(2026, 1, 13)),
        ("Published 03/04/2026 10:12 PHT", dt.date(2026, 3, 4)),
        # No zone written: the language's order (Deutsche Welle's English pages).
        ("06/03/2024", dt.date(2024, 6, 3)),
    ],
)
def test_an_english_numeric_date_is_read_in_the_order_of_its_zone(
    line: str, day: dt.date
) -> None:
    # Euronews writes the day first, as Europe does; the Americas and the Philippines write
    # the month first.
    hits = find_dates(line, EN)
    value = hits[0].value if hits else None
    assert (value.date() if isinstance(value, dt.datetime) else value) == day


def test_a_tabloid_header_with_a_job_line_and_a_gallery_button() -> None:
    # The Mirror: "Latest News" and the topic over the headline, then the standfirst, the
    # section, the writer, her job and the date, and a gallery's "View 6 Images" button.
    headline = "Urgent warning over frozen pies sold in supermarkets across the UK"
    page = "\n".join(
        ["Skip to main content", "News", "Money", "Personal Finance", "Latest News",
         "Product Recalls", headline,
         "Shoppers who bought the pies are being told not to eat them and to return them to "
         "the store for a full refund, after pieces of plastic were found in some packs",
         "Money", "Ellen Marsh", "Consumer Reporter",
         "10:42, 18 Feb 2025, Updated 12:15, 18 Feb 2025", "View 6 Images", *HEATING_STORY]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.title == headline
    assert [p.name for p in article.authors] == ["Ellen Marsh"]
    assert "View 6 Images" in [b.text for b in article.boilerplate]


def test_reading_times_under_a_box_s_headlines_are_not_the_story() -> None:
    # AP: "Related Stories" between paragraphs, each headline over its "N MIN READ".
    page = "\n".join(
        ["Floods cut off villages in northern Luzon", "By ANA REYES",
         "Updated 3:42 AM GMT+7, March 5, 2025", *HEATING_STORY[:2], "Related Stories",
         "Typhoon season starts early as storms form in the Pacific", "2 MIN READ",
         "Rice farmers count losses after weeks of rain", "5 MIN READ", *HEATING_STORY[2:]]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_question_among_a_box_s_linked_headlines() -> None:
    # Suara: "Baca Juga:" and three headlines, the last one asking.
    page = "\n".join(
        ["Band Reuni Gelar Konser di Bandung", "Rabu, 05 Maret 2025 | 19:30 WIB",
         *KALIMANTAN_STORY[:1], "Baca Juga:", "Daftar Lagu Wajib di Konser Reuni Tahun Ini",
         "Harga Tiket Konser Reuni, Termurah Rp450 Ribu",
         "Deretan Band yang Reuni di 2025, Siapa Saja?", *KALIMANTAN_STORY[1:]]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == KALIMANTAN_STORY


def test_a_kompas_id_box_between_the_paragraphs() -> None:
    page = "\n".join(
        ["Longsor Tutup Jalan Provinsi di Banjarnegara", "Kompas.com - 05/03/2025, 10:15 WIB",
         *KALIMANTAN_STORY[:1], "Artikel Kompas.id",
         "Cuaca Ekstrem Mengintai, Warga Lereng Gunung Diminta Siaga", *KALIMANTAN_STORY[1:]]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == KALIMANTAN_STORY


def test_tags_end_at_the_comments_and_at_a_box_of_more_stories() -> None:
    # The Telegraph's "Join the conversation" and The Straits Times' "More on this Topic".
    telegraph = "\n".join(
        ["Washing machines now last two years less, tests find",
         "By Harriet Cole 6 February 2025 • 1:42pm", *HEATING_STORY, "Related Topics",
         "Consumer affairs, Household bills", "Join the conversation", "Show comments"]
    )  # fmt: skip
    assert warta.extract(telegraph).tags == ["Consumer affairs", "Household bills"]
    straits = "\n".join(
        ["More sheltered bicycle racks for MRT stations", "Mar 5, 2025, 05:00 PM",
         *HEATING_STORY, "Mentioned in this article", "MRT", "Follow", "Cycling", "Follow",
         "More on this Topic", "Bus services to be amended from March 16 in Punggol"]
    )  # fmt: skip
    assert warta.extract(straits).tags == ["MRT", "Cycling"]


def test_a_writer_s_bio_under_the_story_s_update_note_in_its_box() -> None:
    # The Atlantic: the update note, then the writer's bio, both inside the article's markup.
    body = "".join(f"<p class='ArticleParagraph_root__x1'>{p}</p>" for p in HEATING_STORY)
    page = (
        "<html><body><article><h1>Why the High Street Plumber Is Disappearing</h1>"
        "<div class='ArticleBylines_root'>By <a href='/author/nora-vale/'>Nora Vale</a></div>"
        f"<section class='ArticleBody_root'>{body}"
        "<p><i>Updated at 10:20 a.m. ET on March 5, 2025</i></p>"
        "<div class='ArticleBio_content__q1'><p>Nora Vale is a staff writer at the magazine, "
        "where she covers business and the trades.</p></div></section></article>"
        "<h2>Most Popular</h2></body></html>"
    )
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_lead_over_a_box_of_recommended_stories_with_list_markers() -> None:
    # Al Jazeera: three paragraphs, then "Recommended Stories" with a screen reader's markers
    # ("list 1 of 3", ...) and a last headline that asks, then the rest of the story; no
    # dateline opens the lead.
    lead, rest = HEATING_STORY[:3], HEATING_STORY[3:] + LONG_STORY
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Omar Haddad", "Published On 4 Mar 2025",
         *lead, "Recommended Stories", "list of 3 items", "list 1 of 3",
         "Builders warn of slowest spring in a decade", "list 2 of 3",
         "Boiler makers brace for new efficiency rules", "list 3 of 3",
         "Why are homeowners putting off big repairs?", "end of list", *rest,
         "Source: Al Jazeera and news agencies"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == lead + rest


def test_a_watch_link_a_video_card_and_sponsor_messages_are_not_the_story() -> None:
    # Rappler's "[WATCH] ..." link paragraph; NPR's "Sponsor Message" between paragraphs.
    page = "\n".join(
        ["Heating merchant cuts forecast again", "March 5, 2025", *HEATING_STORY[:2],
         "[WATCH] Rappler Talk: What the profit warning means for builders", "Sponsor Message",
         *HEATING_STORY[2:]]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY
    # Liputan6: "Video Pilihan Hari Ini", the video's title, its summary, its length.
    page = "\n".join(
        ["Pemkot Samarinda Keruk Sungai Karang Mumus", "10 Nov 2025, 10:20 WIB",
         *KALIMANTAN_STORY, "Video Pilihan Hari Ini", "Detik-Detik Banjir Terjang Samarinda",
         "Banjir merendam permukiman warga di Kecamatan Samarinda Ulu, Senin (10/11/2025) sore.",
         "01:42", "Advertisement"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == KALIMANTAN_STORY


def test_a_caption_over_its_buttons_and_its_credit() -> None:
    # NPR: the caption, "hide caption" / "toggle caption", then the credit, then the story.
    caption = "A hoary bat rests on a researcher's glove at a field station near Brookings, S.D."
    page = "\n".join(
        ["Bats are drawn to wind turbines, study finds", "March 5, 2025 5:00 AM ET",
         "Enlarge this image", caption, "hide caption", "toggle caption", "Ana Ruiz/NPR",
         *HEATING_STORY]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == HEATING_STORY
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Ana Ruiz/NPR")]


def test_names_each_over_its_role_s_label() -> None:
    # Tempo: the reporter's name over "Reporter", the editor's over "Editor".
    page = (
        "<html><body><article><h1>Limbah Pabrik Cemari Sungai Cisadane</h1>"
        "<div class='box-avatar'><div class='block-avatar'><p class='author'>"
        "<a href='/penulis/a'>Nandita Rahmawati</a></p><span class='role'>Reporter</span></div>"
        "<div class='block-avatar'><p class='author'><a href='/penulis/b'>Bonifasius Hardiman"
        "</a></p><span class='role'>Editor</span></div></div>"
        "<p class='date'>Rabu, 5 Maret 2025 | 14.30 WIB</p>"
        + "".join(f"<p>{p}</p>" for p in KALIMANTAN_STORY)
        + "<p>Kami mengundang Anda untuk bergabung dalam program pembaca Tempo. "
        "<a href='/kirim-tulisan'>Kirim tulisan</a></p></article></body></html>"
    )
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Nandita Rahmawati"]
    assert [p.name for p in article.editors] == ["Bonifasius Hardiman"]
    assert article.paragraphs == KALIMANTAN_STORY


def test_a_credit_over_its_caption_over_a_row_of_share_buttons() -> None:
    # Republika: "Foto: ..." over the caption, then the share buttons, then the story.
    caption = "Pengunjung memilih kebutuhan pokok di pasar swalayan di Samarinda, Senin (10/11)."
    page = "\n".join(
        ["Pengerukan Sungai Karang Mumus Dimulai", "Senin 10 Nov 2025 15:20 WIB",
         "Rep: Rahmat Nugroho", "Foto: ANTARA FOTO/Aditya Saputra", caption, "Share",
         "Facebook", "Twitter", "WhatsApp", "Copy Link", *KALIMANTAN_STORY]
    )  # fmt: skip
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "ANTARA FOTO/Aditya Saputra")
    ]
    assert [p.name for p in article.authors] == ["Rahmat Nugroho"]


def test_a_wire_s_licensing_link_in_the_figcaption_is_not_the_caption() -> None:
    page = (
        "<html><body><main><header><h1>Chip startup raises $640 million</h1></header>"
        "<div class='primary-gallery__container__3n'><figure><img src='https://img.example/"
        "chip.jpg'><figcaption class='image-caption__container__2k'>"
        "<span class='text__text__1a image-caption__caption__2b'>A logo at the company's "
        "headquarters in Santa Clara, California, September 18, 2024. REUTERS/Carlos Ibarra/"
        "File Photo</span> <a href='/licensing' class='image-caption__license__1h'>Purchase "
        "Licensing Rights</a></figcaption></figure></div><div class='article-body__container'>"
        + "".join(f"<div class='article-body__paragraph'>{p}</div>" for p in HEATING_STORY)
        + "</div></main></body></html>"
    )
    images = warta.extract(page).images
    assert [(i.caption, i.credit) for i in images] == [
        (
            "A logo at the company's headquarters in Santa Clara, California, September 18, 2024.",
            "REUTERS/Carlos Ibarra/File Photo",
        )
    ]


def test_appeals_for_support_and_a_site_s_update_promo_are_not_the_story() -> None:
    page = "\n".join(
        ["Heating merchant cuts forecast again", "Wednesday 05 March 2025 21:14 GMT",
         *HEATING_STORY[:2], "Independent journalism is more important than ever",
         "Help us keep our reporting free to read for everyone, wherever they stand.",
         "Support now", *HEATING_STORY[2:],
         "I hope you appreciated this article. Before you move on, I wonder if you would "
         "consider supporting our journalism.",
         "Get Current Updates on India News along with Latest News and Top Headlines.",
         "Topics", "heating", "boilers", "See more"]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == HEATING_STORY
    assert article.tags == ["heating", "boilers"]


def test_a_tribun_journalist_s_report_line() -> None:
    page = "\n".join(
        ["Pengerukan Sungai Karang Mumus Dimulai", "Senin, 10 November 2025 10:20 WITA",
         "Laporan Jurnalis Tribun Kaltim, Made Arya Dharmawan", *KALIMANTAN_STORY]
    )  # fmt: skip
    assert [p.name for p in warta.extract(page).authors] == ["Made Arya Dharmawan"]


def test_a_paywall_s_box_and_a_note_of_another_language_s_version() -> None:
    page = "\n".join(
        ["Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WIB",
         *KALIMANTAN_STORY[:1], "Artikel ini khusus untuk pelanggan Kompas.id",
         "Nikmati akses tanpa batas ke jurnalisme berkualitas, ePaper dan arsip.",
         "Sudah berlangganan? Masuk", *KALIMANTAN_STORY[1:],
         "Artikel ini tersedia dalam versi bahasa Inggris dengan judul Dredging starts."]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == KALIMANTAN_STORY


def test_a_correction_a_feedback_box_and_a_writer_s_beat_under_the_story() -> None:
    # The New York Times' correction and policy, a writer's "... writes about ..." line; The
    # Star's feedback box.
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker and Marcus Delgado",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY,
         "An earlier version of this article misstated the year the company was founded.",
         "When we learn of a mistake, we acknowledge it with a correction.",
         "Marcus Delgado writes about retail, housing and the trades for The Times.",
         "Did you find this article insightful?", "Found a mistake in this article? Report it."]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


TIPS_STORY = [
    "JAKARTA - Banyak pekerja kesulitan tidur teratur setelah libur panjang akhir tahun, kata "
    "dokter spesialis saraf di sebuah rumah sakit swasta di Jakarta Selatan.",
    "Berikut tiga kebiasaan yang dianjurkan untuk memulihkan jam tidur dalam sepekan.",
    "1. Bangun pada jam yang sama",
    "Menurut dia, bangun pada jam yang sama setiap pagi lebih penting daripada memaksa diri "
    "tidur lebih cepat pada malam hari.",
    "2. Batasi tidur siang",
    "Tidur siang sebaiknya tidak lebih dari setengah jam dan selesai sebelum pukul tiga sore "
    "agar tubuh tetap mengantuk pada malam hari.",
    "3. Kurangi kopi sore hari",
    "Kafein dapat bertahan di dalam tubuh hingga enam jam sehingga kopi sore membuat tidur "
    "malam lebih dangkal dan mudah terbangun.",
    "Ia menambahkan, pekerja yang tetap sulit tidur setelah dua pekan sebaiknya memeriksakan "
    "diri ke dokter, terutama bila disertai sakit kepala atau jantung berdebar.",
    "Menurut survei kecil rumah sakit tersebut, empat dari sepuluh pasien yang datang pada "
    "pekan pertama Januari mengeluhkan gangguan tidur setelah bepergian jauh.",
]


def test_a_listicles_numbered_subheadings_past_a_box_and_over_a_picture() -> None:
    # A numbered tip right under a "Baca juga" box's link is the story's, not the box's next
    # link; one over a picture's caption is a subheading too (Okezone, IDN Times).
    lines = [
        "Tiga Cara Memulihkan Jam Tidur Usai Libur Panjang", "Senin, 5 Januari 2026 07:30 WIB",
        *TIPS_STORY[:2], "BACA JUGA:", "Sering Mengantuk Usai Makan Siang? Ini Kata Dokter",
        *TIPS_STORY[2:6], "Ilustrasi tidur siang. (Foto: Shutterstock)", *TIPS_STORY[6:],
    ]  # fmt: skip
    assert warta.extract("\n".join(lines), language="id").paragraphs == TIPS_STORY


def test_a_list_in_the_story_goes_on_past_a_box_of_links_under_it() -> None:
    # CNN Indonesia: an advertisement's lines over the list's opening sentence, and "Baca
    # Juga:" with its two headlines under the items, before the story's next paragraph.
    listed = [
        "Menurut data kementerian, tiga daerah penghasil garam terbesar tahun lalu adalah "
        "sebagai berikut:",
        "1. Indramayu: 312 ribu ton",
        "2. Pati: 287 ribu ton",
        "3. Sampang: 201 ribu ton",
    ]
    lines = [
        "Produksi Garam Nasional Naik 12 Persen", "Selasa, 6 Januari 2026 10:15 WIB",
        *KALIMANTAN_STORY[:2], "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", *listed,
        "Baca Juga:", "Harga Garam Petani Turun Menjelang Panen Raya",
        "Impor Garam Industri Dibatasi Mulai Tahun Depan", *TIPS_STORY[-2:],
    ]  # fmt: skip
    paragraphs = warta.extract("\n".join(lines), language="id").paragraphs
    assert paragraphs == [*KALIMANTAN_STORY[:2], *listed, *TIPS_STORY[-2:]]


@pytest.mark.parametrize(
    "note",
    [
        "This article was amended on 6 March 2025. An earlier version said the merchant had cut "
        "its forecast for the third time this year and that its shares fell by a fifth; they "
        "fell by a sixth.",
        "Correction: An earlier version of this story gave the wrong number of depots the "
        "merchant plans to close. It is 14, not 40.",
    ],
)
def test_an_editors_note_under_the_story_however_long_is_no_paragraph(note: str) -> None:
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY, note, "Explore more on these topics",
         "Business"]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == HEATING_STORY
    assert note in [b.text for b in article.boilerplate]


def test_an_indonesian_editors_note_is_no_paragraph() -> None:
    note = (
        "Catatan redaksi: Artikel ini diperbarui pada Senin, 10 November 2025, pukul 20.10 WIB "
        "untuk memperbaiki nama jabatan Kepala Dinas PUPR Samarinda."
    )
    assert _kalimantan("Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WIB",
                       closing=(note,)).paragraphs == KALIMANTAN_STORY  # fmt: skip


def test_a_paywalls_meter_box_and_a_reader_survey_are_no_paragraphs() -> None:
    # The Jakarta Post: the free-article meter over the story, a subscription box between its
    # paragraphs (title, one sentence, the button), a reader survey after its topics.
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", "You are reading 2 of 5 free articles this month.",
         *HEATING_STORY[:2], "Ledger Plus", "Read every story, with analysis and fewer ads.",
         "Subscribe from $4 a month", "Already a subscriber? Log in", *HEATING_STORY[2:],
         "Topics:", "Retail", "Your Opinion Matters",
         "Share your experiences, suggestions, and any issues you've encountered on our site.",
         "Start Survey", "Thank you for sharing your thoughts. We appreciate your feedback."]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_kicker_of_two_sections_over_the_headline_is_no_photo_credit() -> None:
    # SCMP copies "Hong Kong/Society" over its headline: a path of the menu's sections above,
    # which a credit's shape ("KOMPAS.com/Ann Lee") would make the headline a caption.
    page = "\n".join(
        ["South China Morning Post", "Hong Kong", "China", "Asia", "Business", "Hong Kong",
         "Politics", "Society", "Economy", "Hong Kong/Society",
         "Heating merchant cuts forecast again",
         "The company now expects profit at the bottom of its range as housebuilding slows",
         "By Claire Whitaker",
         "Published: 6:00am, 5 Mar 2025", *HEATING_STORY]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.title == "Heating merchant cuts forecast again"
    assert article.images == []


def test_a_caption_and_credit_in_a_box_of_links_under_the_story_are_no_picture() -> None:
    # Al Jazeera's Most Read: a headline over "Photos: <another headline>" reads as a caption
    # over its credit; AP's footer: its logo over its blurb.
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY, "Most Read",
         "Rail operators warn of winter timetable cuts",
         "Heating merchant cuts forecast again",
         "What is behind the surge in boiler repair costs this winter?",
         "Photos: Floods swamp the river valley as rains persist", "ADVERTISEMENT", "AP",
         "The Wire Agency is a not-for-profit news cooperative founded in 1846.", "About"]
    )  # fmt: skip
    article = warta.extract(page)
    assert article.paragraphs == HEATING_STORY
    assert article.images == []


def test_a_long_call_to_sign_up_under_the_story_is_no_paragraph() -> None:
    call = (
        "Sign up for our Home Front newsletter to get the week's biggest stories on housing, "
        "heating and household bills, with the analysis you need, delivered to your inbox "
        "every Friday."
    )
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY, call, "Related topics", "Retail"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_numbered_list_goes_on_past_an_item_shaped_as_a_credit() -> None:
    # detikFinance: "3. Beras SPHP: Rp 12.480/kg (stagnan)" has a credit's slash.
    listed = [
        "Berikut daftar harga pangan rata-rata nasional di tingkat konsumen hari ini:",
        "1. Beras premium: Rp 15.580/kg (turun 0,19%)",
        "2. Beras medium: Rp 13.610/kg (naik 0,07%)",
        "3. Beras SPHP: Rp 12.480/kg (stagnan)",
        "4. Bawang merah: Rp 41.260/kg (naik 1,85%)",
    ]
    lines = ["Harga Cabai Naik, Beras Turun", "Kamis, 12 Jun 2025 10:15 WIB",
             *KALIMANTAN_STORY[:2], *listed, *TIPS_STORY[-2:]]  # fmt: skip
    paragraphs = warta.extract("\n".join(lines), language="id").paragraphs
    assert paragraphs == [*KALIMANTAN_STORY[:2], *listed, *TIPS_STORY[-2:]]


def test_a_data_charts_box_between_paragraphs_parts_no_story() -> None:
    # Katadata's Databoks: name, title, unit, source, note and buttons between paragraphs.
    chart = ["Databoks", "Volume Sedimen Sungai Karang Mumus (2020-2025)", "Ribu meter kubik",
             "Sumber: Dinas PUPR Samarinda", "Keterangan: Data 2025 hingga Oktober",
             "Unduh Data", "Embed", "Lihat Selengkapnya"]  # fmt: skip
    lines = ["Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WITA",
             KALIMANTAN_STORY[0], *chart, *KALIMANTAN_STORY[1:], *TIPS_STORY[-2:],
             *chart]  # fmt: skip
    paragraphs = warta.extract("\n".join(lines), language="id").paragraphs
    assert paragraphs == [*KALIMANTAN_STORY, *TIPS_STORY[-2:]]


def test_a_subheading_over_an_advertisements_label_and_one_in_its_paragraphs_words() -> None:
    # Liputan6: "Advertisement" between a subheading and its section; Katadata: a subheading
    # under a "Baca Juga" box's last link, told by the paragraph under it.
    lines = ["Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WITA",
             *KALIMANTAN_STORY[:2], "Sedimen Menumpuk Sejak Tiga Tahun", "Advertisement",
             KALIMANTAN_STORY[2], "Baca Juga", "Banjir Rendam Tiga Kecamatan di Samarinda",
             "Dinas PUPR Minta Tambahan Anggaran Pengerukan Tahun Depan",
             "Warga Bantaran Mulai Dipindahkan",
             "Sebanyak 120 warga bantaran mulai dipindahkan ke rumah susun pada pekan ini, kata "
             "camat setempat kepada wartawan.", *TIPS_STORY[-2:]]  # fmt: skip
    paragraphs = warta.extract("\n".join(lines), language="id").paragraphs
    assert paragraphs == [
        *KALIMANTAN_STORY[:2], "Sedimen Menumpuk Sejak Tiga Tahun", KALIMANTAN_STORY[2],
        "Warga Bantaran Mulai Dipindahkan", lines[-3], *TIPS_STORY[-2:],
    ]  # fmt: skip


def test_furniture_lines_round_32_found_in_and_under_stories() -> None:
    # NPR's note on who edited the story for radio and the web, Inquirer's feedback line.
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY,
         "This story was edited for radio by Ann Lee and for the web by Bo Kim.",
         "For feedback, complaints, or inquiries, contact us.", "Topics", "Retail"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_count_alone_in_the_article_is_no_paragraph() -> None:
    # Bangkok Post: the like and dislike buttons' counts in the article's markup.
    paragraphs = "".join(f"<p>{p}</p>" for p in HEATING_STORY)
    page = (
        "<html><body><article><h1>Heating merchant cuts forecast again</h1>"
        f"{paragraphs}<ul class='vote'><li><button>Like</button><span>12</span></li>"
        "<li><button>Dislike</button><span>1</span></li></ul></article></body></html>"
    )
    assert warta.extract(page).paragraphs == HEATING_STORY


def test_a_short_subheading_in_lowercase_under_a_read_also_box() -> None:
    # The Hindu: "ALSO READ" and its link, then "Slow progress" over the next section, in
    # words the story does not use.
    lines = ["Heating merchant cuts forecast again", "By Claire Whitaker",
             "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY[:2], "ALSO READ",
             "Plumbing supplier shares slump after warning on housebuilding slowdown",
             "Grim outlook", *HEATING_STORY[2:]]  # fmt: skip
    assert warta.extract("\n".join(lines)).paragraphs == [
        *HEATING_STORY[:2], "Grim outlook", *HEATING_STORY[2:]
    ]


def test_a_boxs_headline_that_asks_is_one_of_its_links() -> None:
    # Liputan6: "Baca Juga" over three headlines, the second a question the words alone
    # took for a paragraph, the third over the story's next paragraph.
    lines = ["Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WITA",
             *KALIMANTAN_STORY[:2], "Advertisement", "Baca Juga",
             "Banjir Rendam Tiga Kecamatan di Samarinda, Ratusan Warga Mengungsi",
             "Pengerukan Sungai Karang Mumus: Siapa yang Mengerjakan dan Berapa Biayanya?",
             "Warga Bantaran Sungai Mulai Dipindahkan, Ini Lokasi Rusunnya",
             KALIMANTAN_STORY[2], *TIPS_STORY[-2:]]  # fmt: skip
    paragraphs = warta.extract("\n".join(lines), language="id").paragraphs
    assert paragraphs == [*KALIMANTAN_STORY, *TIPS_STORY[-2:]]


def test_a_photo_credit_written_as_a_copyright_between_paragraphs() -> None:
    # Merdeka's copied page: the caption, then "©2025 Merdeka.com/<photographer>".
    caption = "Warga menarik rakit bambu di Sungai Karang Mumus, Samarinda, Senin (10/11/2025)."
    lines = ["Pengerukan Sungai Karang Mumus Dimulai", "10 November 2025 10:20 WITA",
             *KALIMANTAN_STORY[:2], caption, "©2025 Merdeka.com/Fajar Nur Hidayat",
             KALIMANTAN_STORY[2], *TIPS_STORY[-2:]]  # fmt: skip
    article = warta.extract("\n".join(lines), language="id")
    assert article.paragraphs == [*KALIMANTAN_STORY, *TIPS_STORY[-2:]]
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "©2025 Merdeka.com/Fajar Nur Hidayat")
    ]


def test_an_editors_note_on_an_earlier_version() -> None:
    note = (
        "Editor’s note: An earlier version of this article stated that the merchant would close "
        "fourteen depots; it will close four."
    )
    page = "\n".join(
        ["Heating merchant cuts forecast again", "By Claire Whitaker",
         "March 5, 2025, 6:00 a.m. ET", *HEATING_STORY, note, "Topics", "Retail"]
    )  # fmt: skip
    assert warta.extract(page).paragraphs == HEATING_STORY
