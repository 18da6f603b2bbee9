"""Classification of copied page lines: the behaviours the text path relies on."""

from __future__ import annotations

import warta
from warta.api import analyse
from warta.blocks import Label
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
    assert kinds["ADVERTISEMENT"] is BoilerplateKind.ADVERTISEMENT
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


def test_title_after_site_name_lines_and_before_the_byline() -> None:
    title = "Bus Listrik Tambah Enam Koridor di Bandung Mulai April"
    labelled = labels(page("Kompas.com", "News", "Regional", "Bandung", title,
                           "Kompas.com - 14/03/2024, 16:47 WIB",
                           "Penulis Rina Kusumawati | Editor Andi Prasetyo", LEAD, *BODY))
    assert labelled[title] is Label.TITLE
    assert labelled["Kompas.com"] is Label.BOILERPLATE


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
