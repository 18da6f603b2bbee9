"""Tags from a copied page's tag list: inline after the label, or a line each after it."""

from __future__ import annotations

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
