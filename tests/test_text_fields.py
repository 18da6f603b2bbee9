"""Datelines, pagination and captions: one behaviour per row."""

from __future__ import annotations

import pytest

import warta
from warta.fields.dateline import read_dateline
from warta.fields.images import split_credit
from warta.fields.pagination import page_links
from warta.lang import lexicon


@pytest.mark.parametrize(
    ("text", "outlet", "location"),
    [
        ("TRIBUNNEWS.COM, JAKARTA - Plh. Dirjen memimpin rapat.", "TRIBUNNEWS.COM", "JAKARTA"),
        ("JAKARTA, KOMPAS.com - Banjir merendam 12 RT.", "KOMPAS.com", "JAKARTA"),
        ("Jakarta (ANTARA) - Harga beras turun.", "ANTARA", "Jakarta"),
        ("Liputan6.com, Jakarta - Kemenkes menargetkan imunisasi.", "Liputan6.com", "Jakarta"),
        ("TEMPO.CO, Jakarta - Penumpang kereta cepat naik.", "TEMPO.CO", "Jakarta"),
        ("Jakarta, CNN Indonesia -- Gempa mengguncang Garut.", "CNN Indonesia", "Jakarta"),
        ("Jakarta - Hujan deras turun sejak pagi.", None, "Jakarta"),
        ("WASHINGTON (Reuters) - The Senate voted on Monday.", "Reuters", "WASHINGTON"),
        ("JAKARTA, Oct 21 (Reuters) - Exports rose.", "Reuters", "JAKARTA"),
        ("NEW YORK (AP) — Stocks fell.", "AP", "NEW YORK"),
        ("TRIBUN-BALI.COM, DENPASAR - Pemuda banjar bekerja.", "TRIBUN-BALI.COM", "DENPASAR"),
        ("Merdeka.com - Komisi Pemilihan Umum menetapkan tema.", "Merdeka.com", None),
        # No dash: a place's name and a colon (Medcom), a place and a stop (Jakarta Globe), an
        # outlet's address in capitals alone.
        ("Semarang: Badan Meteorologi memprakirakan hujan.", None, "Semarang"),
        ("Jakarta. Dengue cases nearly doubled.", None, "Jakarta"),
        ("Labuan Bajo. All tourist boats must carry trackers.", None, "Labuan Bajo"),
        ("AKURAT.CO Badan Meteorologi memprakirakan hujan.", "AKURAT.CO", None),
        # An outlet of two words, written as a place would be.
        ("Warta Ekonomi, Bogor - Pemerintah Kabupaten Bogor merenovasi sekolah.",
         "Warta Ekonomi", "Bogor"),
    ],
)
def test_dateline(text: str, outlet: str | None, location: str | None) -> None:
    found = read_dateline(text, lexicon("id"))
    assert found is not None
    assert (found.outlet, found.location) == (outlet, location)
    assert text.startswith(found.text)


@pytest.mark.parametrize(
    "text",
    [
        "Jokowi - sapaan akrab Presiden - meninjau pasar.",
        "Pertemuan ke-6 telah diselenggarakan pada 2023.",
        "Hasil pertandingan 2 - 1 untuk tuan rumah.",
        # A title or a day before a stop is no place.
        "Prof. Hadi membuka seminar.",
        "Fridays. A weekly digest of our coverage.",
        # Nothing but spaces before the dash.
        "   - Hujan turun.",
        "\u00a0\u00a0 - Hujan turun.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert read_dateline(text, lexicon("id")) is None


@pytest.mark.parametrize(
    "text",
    [
        # In English a name and a colon opens a note or a title as often as a story.
        "Disclosure: The site may earn a commission.",
        "Star Wars Jedi: Fallen Order is a game of many parts.",
        "Mrs. Lee said the school would reopen.",
        # A title's abbreviation after an office's word: a caption's subject, no place.
        "State Rep. Mara Quill speaks on the floor of the House in Concord, N.H.",
        # A name the paragraph names again is a place only when it is one word: a person's
        # name heads an interview's card ("Ayu Lestari: A talk with Ayu Lestari").
        "Ayu Lestari: A Talk on Slow Cities Ayu Lestari: A Talk on Slow Cities",
        "Newsroom: Notes from the desk this week.",
    ],
)
def test_no_dateline_in_english(text: str) -> None:
    assert read_dateline(text, lexicon("en")) is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # Indian and Gulf outlets write the place as a name and a colon; in English it is read
        # when the paragraph names the place again.
        ("Nagpur: The Nagpur Municipal Corporation will close two ward offices.", "Nagpur"),
        ("Mysuru: Mysuru's palace grounds will host the book fair this year.", "Mysuru"),
        # In capitals, as CNA and Dawn write it, it needs no second mention.
        ("SIALKOT: The district council approved a new bus terminal.", "SIALKOT"),
    ],
)
def test_a_place_and_a_colon_in_english(text: str, location: str) -> None:
    found = read_dateline(text, lexicon("en"))
    assert found is not None
    assert (found.outlet, found.location) == (None, location)


@pytest.mark.parametrize(
    ("digits", "pages"),
    [("12", 2), ("123", 3), ("12345678910", 10), ("1 2 3 4", 4), ("1", None), ("2024", None),
     ("13", None)],
)
def test_page_links(digits: str, pages: int | None) -> None:
    assert page_links(digits) == pages


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("Warga menyeberang.(KOMPAS.com/RINA K)", "Warga menyeberang.", "KOMPAS.com/RINA K"),
        ("Petugas memeriksa data. (ANTARA FOTO/Asprilla Dwi Adha)", "Petugas memeriksa data.",
         "ANTARA FOTO/Asprilla Dwi Adha"),
        ("Jalan Braga pada malam hari. [Suara.com/Nur Hidayah]", "Jalan Braga pada malam hari.",
         "Suara.com/Nur Hidayah"),
        ("Kereta melintas. TEMPO/Prima Mulia", "Kereta melintas.", "TEMPO/Prima Mulia"),
        ("Pelatih memimpin latihan. (Foto: PSSI)", "Pelatih memimpin latihan.", "Foto: PSSI"),
        ("Galaxy S6 Edge & S6 (ist)", "Galaxy S6 Edge & S6", "ist"),
        # An agency and its word for a picture, in brackets.
        ("Kereta uji melintas di Kota Bharu. (Bernama pic)", "Kereta uji melintas di Kota Bharu.",
         "Bernama pic"),
        # A labelled credit run into the caption's last sentence, as copied from the page.
        ("Barriers have closed the bridge since Aug. 9.Credit...Devon Marsh for The Daily Mill",
         "Barriers have closed the bridge since Aug. 9.",
         "Credit...Devon Marsh for The Daily Mill"),
        ("Forests cover a third of the basin.Credit: Ana Ruiz/Reuters",
         "Forests cover a third of the basin.", "Credit: Ana Ruiz/Reuters"),
        # In brackets, a source and a name after its colon (the ABC).
        ("Midwives prepared for months. (ABC Central West: Ina Hart)",
         "Midwives prepared for months.", "ABC Central West: Ina Hart"),
        # A capitalised label after the caption's last word, no stop between (The Telegraph).
        ("The new lane removed 34 parking spaces outside shops Credit: Hana Lowe/SWNS",
         "The new lane removed 34 parking spaces outside shops", "Credit: Hana Lowe/SWNS"),
        # An outlet's address in capitals before the photographer.
        ("Pengendara melintas saat hujan di Bundaran HI. AKURAT.CO/Sopi Hadi",
         "Pengendara melintas saat hujan di Bundaran HI.", "AKURAT.CO/Sopi Hadi"),
        # A photographer's name for an outlet, in brackets (The Washington Post).
        ("City Hall on Wednesday. (Eva Castell for The Washington Post)",
         "City Hall on Wednesday.", "Eva Castell for The Washington Post"),
        # After a spaced slash (The Irrawaddy); a news agency alone after the caption.
        ("A quiet street in Yangon on April 14. / CJ", "A quiet street in Yangon on April 14.",
         "CJ"),
        ("Parents attend a briefing in Seoul, March 29. Yonhap",
         "Parents attend a briefing in Seoul, March 29.", "Yonhap"),
        ("Residents clear the road. Photo courtesy of Cagayan PIO",
         "Residents clear the road.", "Photo courtesy of Cagayan PIO"),
        # No caption before the label: a gallery's link, a label; nor one with a bracket open.
        ("In Picture: KPK Periksa Pejabat", "In Picture: KPK Periksa Pejabat", None),
        ("Car Show Photos: Power Authority Show", "Car Show Photos: Power Authority Show", None),
        ("The bar sells pure oxygen to customers (Photo Credit : PTI File Photo )",
         "The bar sells pure oxygen to customers (Photo Credit : PTI File Photo )", None),
        # Not after a stop without brackets: "Jonathan P. Blair Submitted photo" is a name.
        ("Jonathan P. Blair Submitted photo", "Jonathan P. Blair Submitted photo", None),
        ("Musisi memberi tepuk tangan di Grammy ke-58. (Grammy)",
         "Musisi memberi tepuk tangan di Grammy ke-58.", "Grammy"),
        # Suara closes a story with its reporter's name in brackets: not a credit.
        ("Jenazah ditemukan di halaman rumah. (Luh Sari)", "Jenazah ditemukan di halaman rumah. "
         "(Luh Sari)", None),
        ("kata Sugeng, Kamis (14/3/2024).", "kata Sugeng, Kamis (14/3/2024).", None),
        ("kata dia. (ams/idh)", "kata dia. (ams/idh)", None),
        ("Warga berkumpul. Mereka menunggu bantuan.", "Warga berkumpul. Mereka menunggu bantuan.",
         None),
    ],
)
def test_caption_credit(text: str, caption: str, credit: str | None) -> None:
    assert split_credit(text, lexicon("id")) == (caption, credit)


PAGED = """Kemenhub Buka Pendaftaran Mudik Gratis untuk 96.000 Pemudik
Penulis: Galuh Pratiwi
{previous}
TRIBUNNEWS.COM, JAKARTA - Kementerian Perhubungan membuka pendaftaran mudik gratis bagi warga.
Pendaftaran dibuka mulai pekan depan melalui aplikasi resmi dan ditutup bila kuota terpenuhi.
Halaman
{links}
{next}
"""


@pytest.mark.parametrize(
    ("links", "previous", "next_", "url", "expected"),
    [
        ("12", "", "Selanjutnya", None, (1, 2)),
        ("12345678910", "", "Selanjutnya", None, (1, 10)),
        ("123", "Halaman sebelumnya", "", None, (3, 3)),
        ("123", "Halaman sebelumnya", "Selanjutnya", "https://x.id/a?page=2", (2, 3)),
    ],
)
def test_pagination(
    links: str, previous: str, next_: str, url: str | None, expected: tuple[int, int]
) -> None:
    page = PAGED.format(links=links, previous=previous, next=next_)
    article = warta.extract(page, url=url)
    assert article.pagination is not None
    assert (article.pagination.page, article.pagination.pages) == expected


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ("Halaman:\n1\n2\nShow All", (1, 2)),  # a link a line
        ("Halaman : 1 2\nSelanjutnya", (1, 2)),  # the links on the word's line
        ("Halaman 1 2 3 Selanjutnya", (1, 3)),  # an HTML pager's links in one block
        # The page stated, then the links: "Halaman 1/2" before "1 2 Selanjutnya".
        ("Halaman 1/2 1 2 Selanjutnya", (1, 2)),
        # "Sebelumnya" between the word and the links: the last page.
        ("Halaman:\nSebelumnya\n12\nShow All", (2, 2)),
        # No page word: the links between "« Sebelumnya" and "Selanjutnya »", a middle page.
        ("« Sebelumnya\n1\n2\n3\nSelanjutnya »", (2, 3)),
        ("Pages: 1 2", (1, 2)),
        # Between arrows; run into the next page's link under "Halaman selanjutnya".
        ("Halaman:\n«123»\nBaca Selanjutnya", (1, 3)),
        ("Halaman selanjutnya ⇰\n12Selanjutnya", (1, 2)),
        ("Halaman\n12Selanjutnya »", (1, 2)),  # run into the next page's link under the word
    ],
)
def test_page_links_on_the_page_words_line_or_a_line_each(
    pager: str, expected: tuple[int, int]
) -> None:
    page = PAGED.format(links="", previous="", next="").replace("Halaman\n", pager + "\n")
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == expected


def test_an_html_pager_in_one_block() -> None:
    page = (
        "<html><body><article><h1>Kemenhub Buka Pendaftaran Mudik Gratis</h1>"
        "<p>Jakarta - Kementerian Perhubungan membuka pendaftaran mudik gratis bagi warga mulai "
        "pekan depan melalui aplikasi resmi dan ditutup bila kuota terpenuhi.</p>"
        '<div class="pagination"><span>Halaman :</span> <a href="?page=1">1</a> '
        '<a href="?page=2">2</a> <a href="?all">Show All</a></div></article></body></html>'
    )
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (1, 2)


def test_an_html_pager_with_a_block_for_each_link() -> None:
    # Each link in a box of its own: the page links are read together, not one at a time.
    items = "".join(
        f'<div class="paging__item"><a class="paging__link" href="?page={n}">{n}</a></div>'
        for n in (1, 2)
    )
    page = (
        "<html><body><article><h1>Kemenhub Buka Pendaftaran Mudik Gratis</h1>"
        "<p>Kementerian Perhubungan membuka pendaftaran mudik gratis bagi warga mulai pekan depan "
        "melalui aplikasi resmi dan ditutup bila kuota terpenuhi.</p></article>"
        f'<div class="read__paging"><div class="paging">{items}'
        '<div class="paging__item"><a href="?page=2">Selanjutnya</a></div></div>'
        '<div class="paging__all"><a href="?page=all">Lihat Semua Halaman</a></div></div>'
        "</body></html>"
    )
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (1, 2)


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ("Halaman:\n1\n2\nShow All", (2, 2)),
        ("Halaman:\n«123»", (2, 3)),
        # A "next" link and no "previous" one: the first page, dateline or not.
        ("Halaman 1 2 3 Selanjutnya", (1, 3)),
    ],
)
def test_a_pager_saying_no_direction_over_a_story_without_its_dateline_is_a_later_page(
    pager: str, expected: tuple[int, int]
) -> None:
    # A paginated story's first page opens with its dateline; a later one goes on mid-story.
    page = PAGED.format(links="", previous="", next="").replace("Halaman\n", pager + "\n")
    later = page.replace("TRIBUNNEWS.COM, JAKARTA - Kementerian", "Menurut dia, Kementerian")
    pagination = warta.extract(later).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == expected


def test_no_pagination_on_a_single_page() -> None:
    page = PAGED.format(links="", previous="", next="").replace("Halaman\n", "")
    assert warta.extract(page).pagination is None


def test_a_run_of_datelines_is_not_one_paragraph() -> None:
    from warta.blocks import Block, Label
    from warta.fields.body import read_paragraphs

    lines = ["Jakarta -", "Bandung -", "Hujan turun sejak pagi.", "Bogor -"]
    blocks = [Block(index=i, text=t, label=Label.BODY) for i, t in enumerate(lines)]
    assert read_paragraphs(blocks) == ["Jakarta -", "Bandung - Hujan turun sejak pagi.", "Bogor -"]


@pytest.mark.parametrize(
    "pager",
    [
        # The page word, a "previous" link and the links in one block.
        '<div class="paging"><span>Halaman</span> <a href="/a">Sebelumnya</a> <a href="/a">1</a> '
        '<span class="active">2</span> <a href="/a?page=3">3</a> '
        '<a href="/a?page=3">Selanjutnya</a></div>',
        # Arrows for words.
        '<div class="detail-pagination"><a class="page-prev" href="/a">&lsaquo;</a> '
        '<a href="/a">1</a> <span class="active">2</span> <a href="/a?page=3">3</a> '
        '<a class="page-next" href="/a?page=3">&rsaquo;</a> <a href="/a?all">Tampilkan Semua</a>'
        "</div>",
    ],
)
def test_an_html_pager_on_a_later_page_its_canonical_address_names(pager: str) -> None:
    page = (
        '<html><head><link rel="canonical" href="https://x.id/a?page=2"></head><body><article>'
        "<h1>Kemenhub Buka Pendaftaran Mudik Gratis</h1>"
        "<p>Pendaftaran dibuka mulai pekan depan melalui aplikasi resmi dan ditutup bila kuota "
        f"terpenuhi, kata pejabat Kementerian Perhubungan.</p>{pager}</article></body></html>"
    )
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (2, 3)


def test_a_dateline_after_the_storys_update_tag() -> None:
    from warta.fields.dateline import read_dateline
    from warta.lang import lexicon

    found = read_dateline("(2nd UPDATE) MANILA, Philippines – Rice prices held.", lexicon("en"))
    assert found is not None
    assert found.location == "MANILA, Philippines"
    assert found.text == "(2nd UPDATE) MANILA, Philippines –"


@pytest.mark.parametrize(
    "pager",
    [
        # Okezone: the page shown is the link marked "active" (to "#").
        '<div class="paging"><span>halaman</span> <a href="?page=1">1</a> '
        '<a class="active" href="#">2</a> <a href="?page=3">3</a> '
        '<a class="next" href="?page=3">Selanjutnya</a></div>',
        # WordPress: a span marked as the current page among the links.
        '<div class="page-links"><a class="post-page-numbers" href="/a/">1</a> '
        '<span aria-current="page" class="post-page-numbers current">2</span> '
        '<a class="post-page-numbers" href="/a/3/">3</a> <a href="/a/3/">Next</a></div>',
    ],
)
def test_an_html_pager_marks_the_page_shown(pager: str) -> None:
    page = (
        "<html><body><article><h1>Kemenhub Buka Pendaftaran Mudik Gratis</h1>"
        "<p>Pendaftaran dibuka mulai pekan depan melalui aplikasi resmi dan ditutup bila kuota "
        f"terpenuhi, kata pejabat kementerian kepada wartawan.</p>{pager}</article></body></html>"
    )
    pagination = warta.extract(page).pagination
    assert pagination is not None and (pagination.page, pagination.pages) == (2, 3)
