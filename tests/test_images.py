"""Pictures: captions and credits, on copied text and in HTML markup of several outlets' kinds."""

from __future__ import annotations

import pytest

import warta
from warta.fields.images import split_credit
from warta.lang import lexicon

TITLE = "Pemkab Tambah Armada Bus Sekolah Gratis untuk Siswa di Kecamatan Terpencil"
BODY = (
    "GROBOGAN - Dinas Perhubungan Kabupaten Grobogan menambah delapan armada bus sekolah gratis "
    "mulai pekan depan untuk siswa di kecamatan terpencil.\n"
    "Kepala Dinas Perhubungan Grobogan mengatakan bus itu melayani rute Purwodadi menuju Wirosari "
    "setiap pagi dan siang hari sepanjang tahun ajaran.\n"
)


def _images(page: str | bytes) -> list[tuple[str | None, str | None]]:
    return [(i.caption, i.credit) for i in warta.extract(page).images]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # A caption under the title, with the credit in its last words, is no lead.
        (
            "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025). Foto: dok. Pemkab Grobogan",
            "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025).",
            "dok. Pemkab Grobogan",
        ),
        (
            "Residents queue for water from a tanker in Bayan Lepas last year. — Filepic",
            "Residents queue for water from a tanker in Bayan Lepas last year.",
            "Filepic",
        ),
        # A gallery's counter before it, and a link with what a screen reader says of it after.
        (
            "[2/4] A worker loads nickel ore in Morowali, May 14, 2024. REUTERS/Ann Lee Purchase "
            "Licensing Rights, opens new tab",
            "A worker loads nickel ore in Morowali, May 14, 2024.",
            "REUTERS/Ann Lee",
        ),
        # A credit may close with the day the photo was taken.
        (
            "ILUSTRASI. Bus sekolah di terminal Purwodadi. KONTAN/Bagas Nugraha/10/09/2024",
            "ILUSTRASI. Bus sekolah di terminal Purwodadi.",
            "KONTAN/Bagas Nugraha/10/09/2024",
        ),
    ],
)
def test_a_caption_under_the_title_with_its_credit(line: str, caption: str, credit: str) -> None:
    assert _images(f"{TITLE}\n{line}\n{BODY}") == [(caption, credit)]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # A caption between two paragraphs, its credit after a dash or in brackets, with a
        # label of several words.
        (
            "The new dialysis unit has sixteen chairs. – Photo courtesy of Kapit Hospital",
            "The new dialysis unit has sixteen chairs.",
            "Kapit Hospital",
        ),
        (
            "Council members vote on the budget on Monday. (Photo from the Council Secretariat)",
            "Council members vote on the budget on Monday.",
            "the Council Secretariat",
        ),
    ],
)
def test_a_caption_between_the_paragraphs_with_a_labelled_credit(
    line: str, caption: str, credit: str
) -> None:
    story = [
        "The council said on Tuesday that the new library would open in the old mill next "
        "spring, after two years of repairs to the roof and the walls of the building.",
        "Residents have asked for a library in the north of the town for more than a decade, and "
        "the council said the building was the only one large enough to hold it.",
        "The work will cost about four million pounds, most of it paid by a heritage grant that "
        "was approved by the national lottery fund in the summer of last year.",
    ]
    page = "\n".join(["Library opens in the old mill", story[0], story[1], line, story[2]])
    article = warta.extract(page, language="en")
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]
    assert article.paragraphs == story


def test_an_outlets_name_and_a_gallerys_counter_are_not_the_caption() -> None:
    page = (
        f"{TITLE}\nSOLOPOS.COM - Siswa menaiki bus sekolah di Purwodadi. (Solopos/Adi Nugroho)\n"
        f"{BODY}1 of 2 | Bus sekolah di Wirosari. (AP Photo/Dana Whitford)\n"
    )
    assert _images(page) == [
        ("Siswa menaiki bus sekolah di Purwodadi.", "Solopos/Adi Nugroho"),
        ("Bus sekolah di Wirosari.", "AP Photo/Dana Whitford"),
    ]


def _html(figure: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    return (
        f"<html><head><title>Bus</title></head><body><article><h1>{TITLE}</h1>{figure}{body}"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("figure", "caption", "credit"),
    [
        # The credit in the caption's words, in brackets, with its label.
        (
            '<figure><img src="/a.jpg"><figcaption>Siswa menaiki bus. (Foto: Adi Nugroho/detikcom)'
            "</figcaption></figure>",
            "Siswa menaiki bus.",
            "Adi Nugroho/detikcom",
        ),
        # After the caption's last sentence, a slash before it.
        (
            '<figure><img src="/a.jpg"><figcaption>Siswa menaiki bus. <span class="photo__author">'
            "/Pikiran Rakyat/Fauzan Akbar</span></figcaption></figure>",
            "Siswa menaiki bus.",
            "Pikiran Rakyat/Fauzan Akbar",
        ),
        # A credit over the picture, then its caption (BBC).
        (
            '<figure><div><img src="/a.jpg"><span role="text">Pemkab Grobogan</span></div>'
            "<figcaption>Siswa menaiki bus sekolah</figcaption></figure>",
            "Siswa menaiki bus sekolah",
            "Pemkab Grobogan",
        ),
        # No <figure>: a caption's class and a credit's class, written in camel case (Daily Mail).
        (
            '<div class="mol-img"><img src="/a.jpg"><span class="imageCredit">SWNS</span></div>'
            '<p class="imageCaption">Siswa menaiki bus sekolah gratis di Purwodadi pagi hari</p>',
            "Siswa menaiki bus sekolah gratis di Purwodadi pagi hari",
            "SWNS",
        ),
        # A "credit-caption" box: its caption, a toggle, its credit (NPR).
        (
            '<div class="bucketwrap image"><img src="/a.jpg"><div class="credit-caption">'
            '<div class="caption"><p>Siswa menaiki bus sekolah di Purwodadi.</p>'
            '<b class="hide-caption">hide caption</b></div><span class="credit">Adi Nugroho for '
            "Kompas</span></div></div>",
            "Siswa menaiki bus sekolah di Purwodadi.",
            "Adi Nugroho for Kompas",
        ),
        # A WordPress caption right under the title is no lead.
        (
            '<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">BUS BARU Siswa '
            "menaiki bus sekolah di Purwodadi. KOMPAS FILE PHOTO / ADI N. NUGROHO</p></div>",
            "BUS BARU Siswa menaiki bus sekolah di Purwodadi.",
            "KOMPAS FILE PHOTO / ADI N. NUGROHO",
        ),
        # A span its markup names the caption, the rest of the <figcaption> its attribution.
        (
            '<figure><img src="/a.jpg"><figcaption><span class="caption">Sebaran guru '
            'pendamping di 48 sekolah.</span> <span class="attribution"><span class="source">'
            "Ratna Dewi dan Yohanes Bagas</span>, <a href='/cc'>CC BY-ND</a></span></figcaption>"
            "</figure>",
            "Sebaran guru pendamping di 48 sekolah.",
            "Ratna Dewi dan Yohanes Bagas, CC BY-ND",
        ),
        # The Hindu's label: "| Photo Credit: Name".
        (
            '<figure><img src="/a.jpg"><figcaption>Residents wait at a health centre in '
            "Madurai. | Photo Credit: K. Arul Kumar</figcaption></figure>",
            "Residents wait at a health centre in Madurai.",
            "K. Arul Kumar",
        ),
        # A slide's caption its markup does not name, known by its closing credit (AP).
        (
            '<div class="CarouselSlide"><div class="CarouselSlide-media"><img src="/a.jpg"></div>'
            '<div class="CarouselSlide-info"><div class="CarouselSlide-infoCount">1 of 3</div>'
            '<div class="CarouselSlide-infoDescription"><p>Residents listen to the debate at '
            "the town meeting, Tuesday, March 4, 2025. (AP Photo/Ann Lee)</p></div></div></div>",
            "Residents listen to the debate at the town meeting, Tuesday, March 4, 2025.",
            "AP Photo/Ann Lee",
        ),
        # The same slide inside a <figure>: the counter is of the figure, and still no caption.
        (
            '<figure class="CarouselSlide"><img src="/a.jpg">'
            '<div class="CarouselSlide-info"><div class="CarouselSlide-infoCount">1 of 3</div>'
            '<div class="CarouselSlide-infoDescription"><p>Residents listen to the debate at '
            "the town meeting, Tuesday, March 4, 2025. (AP Photo/Ann Lee)</p></div></div></figure>",
            "Residents listen to the debate at the town meeting, Tuesday, March 4, 2025.",
            "AP Photo/Ann Lee",
        ),
        # A licensing link on its own, beside a caption that holds its credit.
        (
            "<figure><img src='/a.jpg'><figcaption><span>A worker loads nickel ore in Morowali, "
            "May 14, 2024. REUTERS/Ann Lee/File Photo</span> <a class='photo-credit' "
            "href='/license'>Purchase Licensing Rights</a></figcaption></figure>",
            "A worker loads nickel ore in Morowali, May 14, 2024.",
            "REUTERS/Ann Lee/File Photo",
        ),
        # An agency's wire, in brackets inside the figcaption.
        (
            "<figure><img src='/a.jpg'><figcaption>The head teacher arrives at court in "
            "February <span>(PA Wire)</span></figcaption></figure>",
            "The head teacher arrives at court in February",
            "PA Wire",
        ),
        # "File:" labels a file photo's credit.
        (
            "<figure><img src='/a.jpg'><figcaption>Tugboats guide a container ship into port "
            "[File: Ann Lee/AFP]</figcaption></figure>",
            "Tugboats guide a container ship into port",
            "Ann Lee/AFP",
        ),
        # A link to license the photo run into the credit's end (Reuters).
        (
            '<figure><img src="/a.jpg"><figcaption><span>A worker loads nickel ore in Morowali, '
            "May 14, 2024. REUTERS/Ann Lee/File Photo </span><a href='/license'>Purchase "
            "Licensing Rights</a></figcaption></figure>",
            "A worker loads nickel ore in Morowali, May 14, 2024.",
            "REUTERS/Ann Lee/File Photo",
        ),
        # A map's credit under its label for a graphic.
        (
            "<figure><img src='/a.jpg'><figcaption>Peta pengalihan arus selama penutupan "
            "jembatan. <span>Grafis: Sudinhub Jakarta Timur</span></figcaption></figure>",
            "Peta pengalihan arus selama penutupan jembatan.",
            "Sudinhub Jakarta Timur",
        ),
    ],
)
def test_html_captions_and_credits(figure: str, caption: str, credit: str) -> None:
    article = warta.extract(_html(figure))
    assert [(i.caption, i.credit) for i in article.images] == [(caption, credit)]
    assert article.description != caption
    assert all(caption not in p and credit not in p for p in article.paragraphs)


def test_a_centred_paragraph_under_a_photo_with_its_bracketed_credit_is_the_caption() -> None:
    # Xinhua sets the photo and its caption as two paragraphs of the story, no figure markup;
    # the caption's credit in brackets says what it is. Thumbnails of other stories outside
    # the article, uncaptioned, are not the article's pictures.
    caption = "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025)."
    figure = (
        '<p style="text-align: center;"><img src="/a.jpg"></p>'
        f'<p style="text-align: center;">{caption} (Xinhua/Adi Nugroho)</p>'
    )
    page = _html(figure).replace(
        b"</body>", b'<div class="photonews"><img src="/t1.jpg"><img src="/t2.jpg"></div></body>'
    )
    assert _images(page) == [(caption, "Xinhua/Adi Nugroho")]


def test_a_paragraph_after_a_figure_ending_in_an_agencys_bracketed_credit_is_its_caption() -> None:
    # ANTARA's caption is a paragraph after the figure, its credit naming the photo's editor.
    caption = "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025)."
    figure = (
        '<div class="detail-image"><figure><img src="/a.jpg"></figure>'
        f'<p class="text-muted small">{caption} (ANTARA FOTO/Adi Nugroho/rwa)</p></div>'
    )
    assert _images(_html(figure)) == [(caption, "ANTARA FOTO/Adi Nugroho/rwa")]


def test_a_line_under_an_inline_picture_ending_in_a_bracketed_credit_is_its_caption() -> None:
    # Tribun: the picture and its caption in a plain box between paragraphs, the credit a
    # handout's in brackets, no slash.
    caption = "ANTRE - Siswa menunggu bus sekolah di terminal Purwodadi, Senin (3/2/2025)."
    figure = f'<div><img src="/a.jpg"><div class="f12">{caption} (Dok. Dishub)</div></div>'
    body = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    page = (
        f"<html><body><article><h1>{TITLE}</h1>{body}{figure}{body}</article></body></html>"
    ).encode()
    assert _images(page) == [(caption, "Dok. Dishub")]


def test_a_courtesy_credit_after_a_dash_is_the_source_alone() -> None:
    caption = "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025)."
    figure = (
        f'<figure><img src="/a.jpg"><figcaption>{caption} — Photo courtesy PCB</figcaption>'
        "</figure>"
    )
    assert _images(_html(figure)) == [(caption, "PCB")]


def test_a_slides_separator_is_no_caption() -> None:
    # AP's carousel: "1 of 3", a "|" and then the caption with its credit in brackets.
    caption = "Siswa menaiki bus sekolah di Purwodadi, Senin (3/2/2025)."
    figure = (
        '<figure class="Figure"><img src="/a.jpg"><div class="CarouselSlide-info">'
        '<div class="CarouselSlide-infoPosition">1 of 3</div>'
        '<span class="CarouselSlide-infoTitle">|</span><div class="Figure-caption">'
        f'<bsp-read-more class="CarouselSlide-infoDescription"><p>{caption} (AP Photo/Adi '
        "Nugroho)</p><button>Read More</button></bsp-read-more></div></div></figure>"
    )
    assert _images(_html(figure)) == [(caption, "AP Photo/Adi Nugroho")]


def test_a_credits_bracket_opened_on_the_captions_line() -> None:
    # The Mirror: "caption (" then "Image: Getty Images)" in the credit's box.
    caption = "Siswa menaiki bus sekolah di Purwodadi."
    figure = (
        f'<figure><img src="/a.jpg"><figcaption><span class="caption">{caption}</span>'
        '<span class="credit"> (<div>Image: Getty Images)</div></span></figcaption></figure>'
    )
    assert _images(_html(figure)) == [(caption, "Getty Images")]


def test_a_captions_kicker_is_no_dateline_when_the_storys_own_comes_below() -> None:
    page = (
        f"{TITLE}\nzoom-inlihat foto{TITLE}\nSURYA.CO.ID/ADI NUGROHO\n"
        "ANTRE - Siswa menunggu bus sekolah di terminal Purwodadi, Senin (3/2/2025).\n"
        "Laporan Wartawan TribunJateng.com, Adi Nugroho\n"
        f"TRIBUNJATENG.COM, {BODY}"
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [
        (
            "ANTRE - Siswa menunggu bus sekolah di terminal Purwodadi, Senin (3/2/2025).",
            "SURYA.CO.ID/ADI NUGROHO",
        )
    ]
    assert article.paragraphs[0].startswith("TRIBUNJATENG.COM, GROBOGAN - ")


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("A minibus on a test run in June. | Kyodo", "A minibus on a test run in June.", "Kyodo"),
        # A desk's code closing a paragraph is no credit: "(N-2)".
        (
            "Warga berharap drainase diperbaiki. (N-2)",
            "Warga berharap drainase diperbaiki. (N-2)",
            None,
        ),
        # After a double dash, the label run into the agency's name (Bernama).
        (
            "Farmers harvest paddy in Sekinchan today. --fotoBERNAMA (2024) COPYRIGHT RESERVED",
            "Farmers harvest paddy in Sekinchan today.",
            "fotoBERNAMA (2024) COPYRIGHT RESERVED",
        ),
        # The dashes before the credit are no part of it.
        ("Farmers harvest paddy today. -- Reuters", "Farmers harvest paddy today.", "Reuters"),
        # An Australian paper's credit for a picture someone gave it.
        ("A map of the erosion hotspots. Picture supplied", "A map of the erosion hotspots.",
         "Picture supplied"),
        # A company's "A/S" after its name is no credit.
        (
            "Orders rose to a record 6.3 GW. Harbour Wind A/S",
            "Orders rose to a record 6.3 GW. Harbour Wind A/S",
            None,
        ),
        # A dash inside a sentence is no credit's.
        (
            "The minister -- once a farmer -- spoke.",
            "The minister -- once a farmer -- spoke.",
            None,
        ),
        # After a bar with no stop: a labelled credit, its outlet after a second bar (ThePrint)...
        (
            "Lockers at the new depot in Sambalpur, opened in May | Photo: Ravi Das | ThePrint",
            "Lockers at the new depot in Sambalpur, opened in May",
            "Photo: Ravi Das | ThePrint",
        ),
        # ... or an agency's initials.
        ("Rescue boats on the Mahanadi river in August 2024 | PTI",
         "Rescue boats on the Mahanadi river in August 2024", "PTI"),
        # A credit alone is not read as a caption and its credit; nor are menu items.
        ("Ravi Das | Getty Images", "Ravi Das | Getty Images", None),
        ("Home | News | Odisha", "Home | News | Odisha", None),
        # A paper's initials before the words of a credit, after a dash (BusinessWorld).
        ("The central bank's head office in Manila. — BW FILE PHOTO",
         "The central bank's head office in Manila.", "BW FILE PHOTO"),
        # Between dashes glued to the caption's last sentence (Harian Disway).
        (
            "Petugas memeriksa mesin cuci darah, Senin, 12 Mei 2025.-Rudi Hartono/HARIAN DISWAY-",
            "Petugas memeriksa mesin cuci darah, Senin, 12 Mei 2025.",
            "Rudi Hartono/HARIAN DISWAY",
        ),
        # A body's name in parentheses after the caption's last stop (Fox News, Times of Israel).
        (
            "Crews clear the quay after the crane's cable snapped, Sept. 9. (Port of Dunmore "
            "Authority)",
            "Crews clear the quay after the crane's cable snapped, Sept. 9.",
            "Port of Dunmore Authority",
        ),
        # A handout the paper credits in capitals ("... FOR RADAR MADIUN").
        (
            "Petani mengasapi lubang tikus di pematang sawah, Minggu (16/3). (DINAS PERTANIAN "
            "FOR RADAR CONTOH)",
            "Petani mengasapi lubang tikus di pematang sawah, Minggu (16/3).",
            "DINAS PERTANIAN FOR RADAR CONTOH",
        ),
        # A handout an agency passed on (AP's "via AP"); not a call made "(via Zoom)".
        (
            "Rescuers carry a woman through floodwaters in Borongan, Tuesday, March 4, 2025. "
            "(Philippine Coast Guard via AP)",
            "Rescuers carry a woman through floodwaters in Borongan, Tuesday, March 4, 2025.",
            "Philippine Coast Guard via AP",
        ),
        ("The senator answered questions from reporters. (via Zoom)",
         "The senator answered questions from reporters. (via Zoom)", None),
        # Not a wire story's sign-off, a citation, a headline's subtitle, nor words in brackets
        # inside a sentence.
        ("The port reopened on Friday. (Editing by Tom Hale)",
         "The port reopened on Friday. (Editing by Tom Hale)", None),
        ("Jangan berlebihan dalam membenci. (Shahih Muslim No.1762)",
         "Jangan berlebihan dalam membenci. (Shahih Muslim No.1762)", None),
        ("New Crane Features! (Remote Control, Night Lights and More)",
         "New Crane Features! (Remote Control, Night Lights and More)", None),
        ("Crews worked with the Dunmore Port Authority (Dunmore Port Authority)",
         "Crews worked with the Dunmore Port Authority (Dunmore Port Authority)", None),
    ],
)
def test_credits_after_a_bar_and_desk_codes(text: str, caption: str, credit: str | None) -> None:
    from warta.fields.images import split_credit
    from warta.lang import lexicon

    assert split_credit(text, lexicon("en")) == (caption, credit)


def test_labels_for_screen_readers_before_a_caption_and_its_credit() -> None:
    figure = (
        '<figure><img src="/a.jpg"><p><span>Sumber gambar, </span>BBC/Adi Nugroho</p>'
        "<figcaption><span>Keterangan gambar, </span>Siswa menaiki bus sekolah.</figcaption>"
        "</figure>"
    )
    assert _images(_html(figure)) == [("Siswa menaiki bus sekolah.", "BBC/Adi Nugroho")]


def test_page_n_of_m_written_with_a_slash() -> None:
    page = f"{TITLE}\n{BODY}Halaman 2/2\nSebelumnya\n"
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (2, 2)


def test_previous_and_next_above_the_headline_are_no_pager() -> None:
    page = f"Berita\nSebelumnya\nBerikutnya\n{TITLE}\n{BODY}"
    assert warta.extract(page).pagination is None


def test_a_credit_closing_a_caption_with_an_outlets_domain_in_capitals() -> None:
    figure = (
        '<figure><img src="/a.jpg"><figcaption>BUS SEKOLAH - Siswa menaiki bus di Purwodadi, Senin '
        "(3/2/2025). SERAMBINEWS.COM/DOK DISHUB</figcaption></figure>"
    )
    assert _images(_html(figure)) == [
        (
            "BUS SEKOLAH - Siswa menaiki bus di Purwodadi, Senin (3/2/2025).",
            "SERAMBINEWS.COM/DOK DISHUB",
        )
    ]


def test_a_byline_in_a_box_named_credit_is_the_writers() -> None:
    # Kompas puts its writers under "read__credit": a byline's words make a byline there.
    page = (
        f"<html><body><article><h1>{TITLE}</h1><div class='read__credit'>"
        "<div class='read__credit__item'>Penulis <a href='/p/adi'>Adi Nugroho</a></div>"
        "<div class='read__credit__item'>Editor <a href='/e/rina'>Rina Kusumawati</a></div></div>"
        "<div class='read__content'>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "</div></article></body></html>"
    )
    article = warta.extract(page)
    assert [p.name for p in article.authors] == ["Adi Nugroho"]
    assert [p.name for p in article.editors] == ["Rina Kusumawati"]
    assert article.images == []


def test_a_photographers_line_under_a_caption_is_its_credit() -> None:
    # Not a byline: the line under the picture's caption, over the story's first paragraph.
    page = (
        "Nickel Miner Jumps 18% in Jakarta Debut as Smelter Demand Grows\n"
        "By Ann Lee\nMarch 12, 2025 at 10:18 AM GMT+7\n"
        "A loader moves ore at a nickel mine in Morowali.\n"
        "Photographer: Bima Satria/Bloomberg\n"
        "Shares of the nickel miner jumped on their first day of trading in Jakarta after the "
        "company raised 2.1 trillion rupiah in the country's largest listing this year.\n"
        "The stock closed at 1,180 rupiah, 18% above its offer price, giving the company a "
        "market value of about 14 trillion rupiah.\n"
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("A loader moves ore at a nickel mine in Morowali.", "Bima Satria/Bloomberg")
    ]
    assert [p.name for p in article.authors] == ["Ann Lee"]
    photographers = [(p.name, p.role.value) for p in article.contributors]
    assert photographers == [("Bima Satria", "photographer")]


def test_a_page_sets_its_credits_on_one_side_of_their_captions() -> None:
    # BBC copies each credit over its caption: the first shows it (a byline above, no caption),
    # and the second follows it, though a quoted paragraph closes above it.
    page = (
        "Heat alerts issued as temperatures set to reach 34C\n"
        "12 July 2025\nAnn Lee\nBBC News\n"
        "Getty Images\n"
        "Swimmers cool off at a lido in south London on Friday\n"
        "Heat alerts have been issued for much of England, with temperatures forecast to reach "
        "34C early next week, the health agency said on Saturday.\n"
        "The alerts cover London and the South East from Monday morning until Wednesday evening, "
        "when temperatures are expected to ease.\n"
        '"Most of us can enjoy the warm weather safely, but for some people the heat can be '
        'dangerous," a spokesman for the agency said.\n'
        "PA Media\n"
        "A lifeguard keeps watch over a busy beach in Dorset on Saturday afternoon\n"
        "Water companies have asked customers to use water wisely after a dry spring left some "
        "reservoirs below their usual levels for the time of year.\n"
    )
    assert _images(page) == [
        ("Swimmers cool off at a lido in south London on Friday", "Getty Images"),
        ("A lifeguard keeps watch over a busy beach in Dorset on Saturday afternoon", "PA Media"),
    ]


def test_a_sections_name_over_the_headline_is_no_credit_and_a_bar_closes_a_caption() -> None:
    # "NEWS / NATION" reads as a credit; the headline under it, over the byline, is no caption.
    # The caption under the date line closes with its credit after a bar.
    page = (
        "News\nNation\nBusiness\n"
        "NEWS / NATION\n"
        "Typhoon nears landfall as Signal No. 4 goes up over northern Isabela\n"
        "By: Ann Lee - Reporter\n"
        "11:47 AM October 22, 2025\n"
        "Satellite image of the typhoon at 10 a.m. on Wednesday, Oct. 22, 2025. | Image from "
        "Pagasa\n"
        "MANILA, Philippines — The typhoon strengthened on Wednesday morning as it moved closer "
        "to northern Luzon, the state weather bureau said.\n"
        "RELATED STORY: Classes suspended in six provinces on Wednesday\n"
        "The weather bureau said the eye of the typhoon was last seen 150 kilometers east of "
        "Isabela, with winds of up to 185 kph.\n"
    )
    article = warta.extract(page)
    assert article.title == "Typhoon nears landfall as Signal No. 4 goes up over northern Isabela"
    caption = "Satellite image of the typhoon at 10 a.m. on Wednesday, Oct. 22, 2025."
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "Image from Pagasa")]
    assert len(article.paragraphs) == 2


def test_a_credits_label_alone_over_it_stands_between_it_and_the_caption() -> None:
    page = (
        f"{TITLE}\nShare\n"
        "Siswa menaiki bus sekolah gratis di Terminal Purwodadi, Senin (3/2/2025) pagi.\n"
        "Sumber :\nDok. Pemkab Grobogan\n"
        f"{BODY}"
    )
    assert _images(page) == [
        ("Siswa menaiki bus sekolah gratis di Terminal Purwodadi, Senin (3/2/2025) pagi.",
         "Dok. Pemkab Grobogan")
    ]


def test_a_caption_above_the_byline_with_its_credit_run_in_is_an_image() -> None:
    page = "\n".join(
        [
            "A Bridge Closed, and a Mill Town Was Cut in Two",
            "Barriers have closed the Mill Street Bridge since Aug. 9.Credit...Devon Marsh for "
            "The Daily Mill",
            "By Maya Lind",
            "For most of its 140 years, the Mill Street Bridge has been the kind of thing no one "
            "in the town thought about, a span of iron over a shallow river.",
            "Then, on Aug. 9, inspectors found two of its floor beams so corroded that they closed "
            "it within the hour, and the town has been split in two ever since.",
        ]
    )
    article = warta.extract(page)
    caption = "Barriers have closed the Mill Street Bridge since Aug. 9."
    assert [(i.caption, i.credit) for i in article.images] == [
        (caption, "Devon Marsh for The Daily Mill")
    ]


@pytest.mark.parametrize(
    ("credit", "written"),
    [
        ("Photo courtesy of Cagayan PIO", "Cagayan PIO"),  # the label goes, "of" and all
        ("Courtesy Northwind Airways", "Courtesy Northwind Airways"),  # no label: as written
    ],
)
def test_a_credits_label_is_not_the_credit(credit: str, written: str) -> None:
    page = "\n".join(
        [
            "Ferry terminal opens a year late",
            "By Marta Quist",
            "The new ferry terminal opened on Monday, two years later than planned, after the "
            "builder ran short of steel and the harbour authority changed its design twice.",
            "Passengers crowd the new quay on its first morning.",
            credit,
            "Tickets are sold from kiosks on the quay, and passengers board from two covered "
            "bridges, the harbour authority said in a statement on its website.",
        ]
    )
    assert [i.credit for i in warta.extract(page, language="en").images] == [written]


def test_an_indonesian_credits_label_is_not_the_credit() -> None:
    from warta.fields.images import credit_words
    from warta.lang import lexicon

    assert credit_words(lexicon("id")).label.sub("", "Kredit Foto: Istimewa") == "Istimewa"


def test_a_caption_class_may_be_abbreviated() -> None:
    html = (
        "<html><body><article><h1>Water cut for 24 hours in Nagpur</h1>"
        "<div class='lead-image'><img src='/a.jpg'><div class='img_cptn'>Representative image"
        "</div></div><p>Water supply to 14 wards will be shut for 24 hours on Thursday while the "
        "civic body repairs a leaking pipeline near the treatment plant, officials said.</p>"
        "<p>Residents were asked to store water in advance and tankers will run to hospitals and "
        "schools during the shutdown, the water works department said.</p></article></body></html>"
    )
    assert [i.caption for i in warta.extract(html).images] == ["Representative image"]


def test_a_sign_off_under_the_storys_last_quote_credits_no_picture() -> None:
    page = "\n".join(
        [
            "Renovasi Stadion Maguwoharjo Rampung Juli",
            "Penulis: Galih Saputra",
            "Sleman - Renovasi Stadion Maguwoharjo ditargetkan rampung pada Juli 2025, kata "
            "kepala dinas pekerjaan umum setempat kepada wartawan, Rabu (14/5/2025).",
            "Pekerjaan drainase lapangan menjadi bagian paling berat karena harus dibongkar "
            "seluruhnya, dan rumput baru akan ditanam mulai bulan depan.",
            '"Bermain jauh dari kandang jelas berat buat kami dan suporter. Kami berharap '
            'stadion siap sebelum kompetisi dimulai," kata Danang.',
            "(Bola.net/Galih Saputra)",
        ]
    )
    article = warta.extract(page)
    assert article.images == []
    assert article.paragraphs[-1].endswith("kata Danang.")


def test_a_credit_between_dashes_after_the_caption_and_a_label_alone() -> None:
    from warta.fields.images import clean_credit, split_credit
    from warta.lang import lexicon

    caption, credit = split_credit("Bus menunggu di terminal.-Foto: Ani/Sumeks.co-", lexicon("id"))
    assert (caption, clean_credit(credit or "", lexicon("id"))) == (
        "Bus menunggu di terminal.",
        "Ani/Sumeks.co",
    )
    assert clean_credit("Photo by -", lexicon("en")) is None


def test_a_sign_off_after_the_last_paragraph_of_a_page_setting_credits_over_captions() -> None:
    # Tribun sets the lead picture's credit over its caption, and closes the story with the
    # writer's sign-off in brackets: the paragraph over the sign-off is the story's, no caption.
    last = (
        "Menanggapi keluhan itu, Kepala Dinas Perhubungan Rudi Hartono memastikan jadwal baru "
        "sudah diumumkan di dermaga sejak sepekan lalu."
    )
    page = (
        "Jadwal Feri Sungai Kapuas Berubah Mulai Senin\n"
        "Rabu, 5 Maret 2025 15:42 WIB\n"
        "Penulis: Ani Lestari | Editor: Bo Santoso\n"
        "TRIBUNCONTOH.COM/ANI LESTARI\n"
        "FERI - Kapal feri bersandar di dermaga Sungai Kapuas, Rabu 5 Maret 2025.\n"
        "TRIBUNCONTOH.COM, PONTIANAK - Jadwal keberangkatan feri penyeberangan Sungai Kapuas "
        "berubah mulai Senin pekan depan karena pendangkalan alur sungai.\n"
        "Keberangkatan pertama dimajukan menjadi pukul 06.30 WIB, sementara tarif tidak berubah, "
        "kata pengelola dermaga kepada wartawan.\n"
        f"{last}\n"
        "(Tribuncontoh.com/Ani Lestari)\n"
        "Tags:\nferi\nPontianak\n"
    )
    article = warta.extract(page)
    assert article.paragraphs[-1] == last
    assert [(i.caption, i.credit) for i in article.images] == [
        ("FERI - Kapal feri bersandar di dermaga Sungai Kapuas, Rabu 5 Maret 2025.",
         "TRIBUNCONTOH.COM/ANI LESTARI"),
    ]  # fmt: skip


def test_a_captions_kicker_over_a_story_whose_dateline_names_no_outlet() -> None:
    caption = "PANEN: Petani memanen padi di Desa Loa Kulu, Kutai Kartanegara, Senin (17/3/2025)."
    page = (
        "Panen Padi di Loa Kulu Naik Dua Kali Lipat\n"
        "Selasa, 18 Maret 2025 | 09:47 WITA\n"
        "Editor: Bo Santoso\n"
        f"{caption}\n"
        "Foto: ISTIMEWA\n"
        "TENGGARONG–Hasil panen padi di Kecamatan Loa Kulu naik dua kali lipat dibanding musim "
        "tanam sebelumnya berkat perbaikan saluran irigasi.\n"
        "Kepala Dinas Pertanian Kukar, Ani Lestari, mengatakan produktivitas kini mencapai enam "
        "ton per hektare, naik dari tiga ton tahun lalu.\n"
        "Perbaikan irigasi dikerjakan sejak Oktober 2024 dengan dana desa dan bantuan provinsi, "
        "ujarnya kepada wartawan di Tenggarong.\n"
    )
    article = warta.extract(page)
    assert [(i.caption, i.credit) for i in article.images] == [(caption, "ISTIMEWA")]
    assert article.paragraphs[0].startswith("TENGGARONG–")


def test_a_related_storys_thumbnail_in_the_container_is_not_the_storys_picture() -> None:
    page = (
        "<html><body><article><h1>Harga bawang merah naik di Pontianak</h1>"
        "<figure><img src='https://contoh.id/foto/bawang.jpg'><figcaption>Pedagang menata bawang "
        "merah di Pasar Flamboyan, Senin (3/3).</figcaption></figure>"
        "<p>PONTIANAK - Harga bawang merah di Pasar Flamboyan naik menjadi Rp 52.000 per kilogram "
        "dalam sepekan terakhir, kata pedagang setempat.</p>"
        "<p>Pasokan dari Brebes berkurang karena hujan, sementara permintaan menjelang Ramadan "
        "terus naik, ujar Kepala Dinas Perdagangan Kota Pontianak.</p>"
        "<div class='related-list'><a href='/cabai'><img src='https://contoh.id/foto/cabai.jpg'>"
        "<h4>Harga cabai rawit turun di Singkawang</h4></a></div>"
        "</article></body></html>"
    )
    images = warta.extract(page).images
    assert [i.url for i in images] == ["https://contoh.id/foto/bawang.jpg"]


def test_a_figures_source_in_brackets_of_a_few_words_is_its_credit() -> None:
    page = (
        "<html><body><article><h1>Ferry pier to get a covered walkway</h1><figure>"
        "<img src='https://contoh.hk/pier.jpg'><figcaption>Passengers queue at the pier on "
        "Tuesday. (Harbour Daily)</figcaption></figure>"
        "<p>The pier will get a covered walkway and a larger concourse by 2027, the department "
        "said on Tuesday, after years of complaints about queues in the rain.</p>"
        "<p>Works will start in the summer and the pier will stay open throughout, it said.</p>"
        "</article></body></html>"
    )
    images = warta.extract(page).images
    assert [(i.caption, i.credit) for i in images] == [
        ("Passengers queue at the pier on Tuesday.", "Harbour Daily")
    ]


def test_a_credit_set_as_the_captions_attribution_is_the_credit() -> None:
    # Quintype's pages (Prothom Alo): the credit runs on in the caption, in its own span.
    html = (
        "<html><body><article><h1>River erodes a village</h1><figure><img src='/a.jpg'>"
        "<figcaption>Houses being taken down on the river bank in Kurigram "
        "<span class='attribution'>Rafiq Hasan</span></figcaption></figure>"
        "<p>The river has swallowed more than 300 houses in the district since March, local "
        "officials said on Tuesday, and families are moving to a government site.</p>"
        "<p>The water development board said it would place sandbags along two kilometres of "
        "the bank before the monsoon.</p></article></body></html>"
    )
    images = warta.extract(html).images
    assert [(i.caption, i.credit) for i in images] == [
        ("Houses being taken down on the river bank in Kurigram", "Rafiq Hasan")
    ]


def _story_with(figure: str) -> str:
    return (
        "<html><body><article><h1>Customs system fails at the ports</h1>" + figure
        + "<div class='entry-content'><p>A software failure in the electronic customs system "
        "halted clearance at three "
        "ports for nine hours on Tuesday, the trade ministry said in a statement.</p>"
        "<p>Exporters said hundreds of trucks waited at the gates until the system came back "
        "in the evening.</p></div></article></body></html>"
    )


@pytest.mark.parametrize(
    "figure",
    [
        # The Island's theme: a span of class "mvp-post-img-cap" under the picture.
        "<div id='mvp-post-feat-img'><img src='/a.jpg'><span class='mvp-post-img-cap'>"
        "Trucks queue at the port gate</span></div>",
        # Anadolu: "detay-foto-aciklama", the photo's description (Turkish), outside the story.
        "<div class='detay-foto'><img src='/a.jpg'><div class='detay-foto-aciklama'>Trucks "
        "queue at the port gate</div></div>",
    ],
)
def test_a_pictures_caption_named_by_a_short_or_foreign_class_word(figure: str) -> None:
    images = warta.extract(_story_with(figure)).images
    assert [i.caption for i in images] == ["Trucks queue at the port gate"]


def test_a_drop_cap_is_no_caption() -> None:
    html = _story_with("").replace("<p>A software", "<p><span class='drop-cap'>A</span> software")
    assert warta.extract(html).paragraphs[0].startswith("A software failure")


def test_a_photographers_name_and_the_agency_after_a_dash_in_brackets_is_the_credit() -> None:
    caption = "Trucks queue at the port gate on March 4, 2025. ( Ann Lee Tan - Anadolu Agency )"
    assert split_credit(caption, lexicon("en")) == (
        "Trucks queue at the port gate on March 4, 2025.",
        "Ann Lee Tan - Anadolu Agency",
    )


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Nation Media Group: the label, a bar, then the credit.
        ("Traders wait at the agent's kiosk in Arusha. PHOTO | FILE",
         "Traders wait at the agent's kiosk in Arusha.", "PHOTO | FILE"),
        ("The chairperson speaks in Dodoma yesterday. PHOTO | ANNA MWITA",
         "The chairperson speaks in Dodoma yesterday.", "PHOTO | ANNA MWITA"),
        # Korean outlets: the source in capitals in square brackets.
        ("The vice minister speaks in Seongnam on Tuesday. [MINISTRY OF FINANCE]",
         "The vice minister speaks in Seongnam on Tuesday.", "MINISTRY OF FINANCE"),
        # The editor's initials in square brackets are no credit (RM.id).
        ("Sekarang naik ojek 20 menit sudah sampai, tuturnya. [HES]",
         "Sekarang naik ojek 20 menit sudah sampai, tuturnya. [HES]", None),
    ],
)  # fmt: skip
def test_credits_after_a_labels_bar_or_in_square_brackets(
    text: str, caption: str, credit: str | None
) -> None:
    assert split_credit(text, lexicon("en")) == (caption, credit)


def test_the_lead_pictures_caption_shown_outside_the_story_captions_the_declared_image() -> None:
    # The lead photo's <img> loads lazily (no src): only the metadata's image is known, and the
    # caption under the photo, outside the story's box, is its caption.
    html = (
        "<html lang='id'><head><title>Pedagang Pindah</title>"
        "<meta property='og:image' content='https://img.contoh.id/photo/2025/05/21/pkl.jpg'>"
        "</head><body><h1>Pedagang Kaki Lima Pindah ke Lantai Dua Pasar Blok F</h1>"
        "<div class='photo'><div class='photo__wrap'><img data-src='/lazy/pkl-lapak.jpg' "
        "alt='Pedagang'><a class='photo__icon' href='/image/1'>"
        "Lihat Foto</a></div><div class='photo__caption'>Sejumlah pedagang kaki lima menata "
        "lapak di lantai dua Pasar Blok F, Kota Bogor, Rabu (21/5/2025).(CONTOH.com/RAMA "
        "PUTRA)</div></div>"
        f"<div class='read__content'>{''.join(f'<p>{p}</p>' for p in BODY.splitlines())}</div>"
        "</body></html>"
    )
    images = warta.extract(html).images
    assert [(i.url, i.caption, i.credit) for i in images] == [
        (
            "https://img.contoh.id/photo/2025/05/21/pkl.jpg",
            "Sejumlah pedagang kaki lima menata lapak di lantai dua Pasar Blok F, Kota Bogor, "
            "Rabu (21/5/2025).",
            "CONTOH.com/RAMA PUTRA",
        )
    ]
