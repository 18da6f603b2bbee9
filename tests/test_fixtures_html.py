"""The hand-written HTML fixtures (`fixtures/html/<slug>/`): each a page written for this project
in the markup of a real outlet (invented stories), with the record it must give beside it.

`expected.json` holds the fields a reader checks (title, people, dates, dateline, tags, images,
pagination, every paragraph) and `absent`, phrases of the page's chrome that must not reach the
text. Each fixture carries one trap of the HTML path: a JSON-LD author who is the editor, a WIB
time labelled "Z", a paginated story, in-body recommendation cards, a `<br>` layout in
ISO-8859-1, JSON-LD in comments with trailing garbage, lists and tables in the story.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import FIXTURES

import warta

HTML = FIXTURES / "html"
SLUGS = sorted(p.name for p in HTML.iterdir() if (p / "page.html").exists())
FIELDS = ("title", "outlet", "published", "authors", "editors", "dateline", "tags",
          "pagination", "images", "paragraphs")
OPTIONS = warta.Options(quotes=False, figures=False)


def _expected(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HTML / slug / "expected.json").read_text(encoding="utf-8"))
    return data


def _record(slug: str) -> dict[str, Any]:
    """The extracted record in the shape `expected.json` is written in."""
    folder = HTML / slug
    article = warta.extract(
        (folder / "page.html").read_bytes(), url=_expected(slug)["url"], options=OPTIONS
    )
    data = json.loads(article.model_dump_json())
    data["authors"] = [p["name"] or p["initials"] for p in data["authors"]]
    data["editors"] = [p["name"] or p["initials"] for p in data["editors"]]
    data["dateline"] = data["dateline"]["text"] if data["dateline"] else None
    data["images"] = [{k: v for k, v in i.items() if v is not None} for i in data["images"]]
    return data


def test_there_are_at_least_ten_fixtures() -> None:
    assert len(SLUGS) >= 10
    for slug in SLUGS:
        assert set(_expected(slug)) == {"url", "absent", *FIELDS}, slug


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("slug", SLUGS)
def test_field_matches_expectation(slug: str, field: str) -> None:
    assert _record(slug)[field] == _expected(slug)[field]


@pytest.mark.parametrize("slug", SLUGS)
def test_no_chrome_reaches_the_text(slug: str) -> None:
    text = warta.extract((HTML / slug / "page.html").read_bytes(), options=OPTIONS).text
    for phrase in _expected(slug)["absent"]:
        assert phrase not in text, f"{slug}: {phrase!r}"


@pytest.mark.parametrize("slug", SLUGS)
def test_bytes_and_decoded_text_give_the_same_record(slug: str) -> None:
    raw = (HTML / slug / "page.html").read_bytes()
    if b"iso-8859-1" in raw[:500]:
        pytest.skip("a Latin-1 page: its bytes are not UTF-8 text")
    decoded = raw.decode("utf-8")
    assert warta.extract(raw, options=OPTIONS) == warta.extract(decoded, options=OPTIONS)


def test_latin1_bytes_are_decoded_by_their_declared_charset() -> None:
    raw = (HTML / "okezone-br-lama" / "page.html").read_bytes()
    text = warta.extract(raw, options=OPTIONS).text
    assert "± 20 meter" in text and "\ufffd" not in text


def test_relative_links_resolve_against_the_url() -> None:
    article = warta.extract(
        (HTML / "okezone-br-lama" / "page.html").read_bytes(),
        url="https://news.okezone.com/read/2016/01/14/338/1287001/x", options=OPTIONS,
    )
    assert article.images[0].url == (
        "https://news.okezone.com/content/2016/01/14/338/1287001/kabel-telepon.jpg"
    )


def test_the_jsonld_editor_is_not_made_the_author() -> None:
    record = _record("mediaindonesia-editor-jsonld")
    assert "Hendri Kurniawan" not in record["authors"]
    assert record["editors"] == ["Hendri Kurniawan"]


def test_a_jsonld_author_named_editor_in_a_team_box_outside_the_story_is_the_editor() -> None:
    # The JSON-LD lists writer and editor alike as authors; only a box under the story, each
    # role's label and name in two elements with no space between them, tells them apart.
    html = (
        '<html lang="id"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Pasar Terapung Dibuka Lagi", "author": [{"@type": "Person", "name": '
        '"Yoga Pratama Putra"}, {"@type": "Person", "name": "Ratna Kumalasari"}]}</script>'
        "</head><body><article><h1>Pasar Terapung Dibuka Lagi</h1>"
        '<a class="author-name" href="/@yoga">Yoga Pratama Putra</a>'
        "<p>Banjarmasin, IDN Times - Pasar terapung di Sungai Martapura kembali dibuka pada "
        "Minggu pagi setelah dua bulan ditutup karena perbaikan dermaga kayu.</p>"
        "<p>Sebanyak 60 pedagang perahu mulai berjualan sayur, buah dan kue sejak pukul "
        "05.30 WITA, disambut ratusan pengunjung dari luar kota.</p></article>"
        '<div class="editorial-team"><p>Editorial Team</p>'
        '<div><span class="role">Penulis</span><a href="/@yoga">Yoga Pratama Putra</a></div>'
        '<div><span class="role">Editor</span><a href="/@ratna">Ratna Kumalasari</a></div>'
        "</div></body></html>"
    )
    article = warta.extract(html)
    assert [p.name for p in article.authors] == ["Yoga Pratama Putra"]
    assert [p.name for p in article.editors] == ["Ratna Kumalasari"]


def test_a_visible_wib_time_beats_a_machine_time_labelled_z() -> None:
    article = warta.extract((HTML / "detik-jam-wib" / "page.html").read_bytes(), options=OPTIONS)
    assert article.published is not None
    assert article.published.isoformat() == "2024-12-03T17:45:00+07:00"


def _same_story(path: Path) -> dict[str, Any]:
    article = warta.extract(path.read_bytes(), options=OPTIONS)
    published = article.published
    if isinstance(published, dt.datetime):
        # The page shows the minute; the HTML's machine time adds its seconds.
        published = published.replace(second=0)
    return {
        "title": article.title,
        "language": article.language,
        "authors": article.authors,
        "editors": article.editors,
        "published": published,
        "dateline": article.dateline,
        "outlet": article.outlet,
        "paragraphs": article.paragraphs,
        "page": article.pagination.page if article.pagination else None,
    }


def test_the_tribunnews_page_gives_the_fields_its_copied_text_gives() -> None:
    # The same invented story as HTML (Tribunnews markup) and as the text a reader copies from
    # it (the seed page's structure): both paths must agree on the record.
    folder = HTML / "tribunnews-kota-cerdas"
    assert _same_story(folder / "page.html") == _same_story(folder / "page.txt")
