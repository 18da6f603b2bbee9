"""`warta.testing`: partial assertions with readable diffs, and golden files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta import Article, Person, Role
from warta.testing import UPDATE_ENV, assert_article, assert_golden

WIB = dt.timezone(dt.timedelta(hours=7))
PARAGRAPHS = [
    "BANDUNG - Hujan deras yang turun sejak Minggu malam membuat sungai meluap dan merendam "
    "ratusan rumah warga di pinggiran kota.",
    "Petugas gabungan mengerahkan lima perahu karet untuk mengevakuasi lansia dan anak-anak.",
]
ARTICLE = Article(
    title="Banjir Rendam 121 Rumah di Bandung",
    language="id",
    authors=[Person(name="Rina Wulandari", role=Role.AUTHOR)],
    editors=[Person(name="Yoga Pratama", role=Role.EDITOR)],
    published=dt.datetime(2024, 6, 3, 14, 5, tzinfo=WIB),
    paragraphs=PARAGRAPHS,
    text="\n\n".join(PARAGRAPHS),
)


def test_only_the_given_fields_are_checked() -> None:
    assert_article(ARTICLE, {"title": "Banjir Rendam 121 Rumah di Bandung"})
    assert_article(ARTICLE, {"language": "id", "tags": [], "dateline": None})


def test_python_values_are_compared_as_json() -> None:
    assert_article(ARTICLE, {"published": dt.datetime(2024, 6, 3, 14, 5, tzinfo=WIB)})
    assert_article(ARTICLE, {"published": "2024-06-03T14:05:00+07:00"})
    assert_article(ARTICLE, {"authors": [Person(name="Rina Wulandari", role=Role.AUTHOR)]})


def test_nested_records_are_checked_partially() -> None:
    assert_article(ARTICLE, {"authors": [{"name": "Rina Wulandari"}]})
    wrong_role = r"authors\[0\]\.role: expected 'editor', got 'author'"
    with pytest.raises(AssertionError, match=wrong_role):
        assert_article(ARTICLE, {"authors": [{"role": "editor"}]})


def test_every_difference_is_listed_by_path() -> None:
    with pytest.raises(AssertionError) as failed:
        assert_article(ARTICLE, {
            "title": "Banjir di Bogor",
            "editors": [],
            "language": "id",
        })
    message = str(failed.value)
    assert "differs in 2 field(s)" in message
    assert "title: expected 'Banjir di Bogor', got 'Banjir Rendam 121 Rumah di Bandung'" in message
    assert "editors: expected 0 item(s), got 1" in message


def test_long_text_shows_as_a_line_diff() -> None:
    changed = [*PARAGRAPHS[:1], "Petugas mengerahkan tiga perahu karet."]
    with pytest.raises(AssertionError) as failed:
        assert_article(ARTICLE, {"text": "\n\n".join(changed)})
    message = str(failed.value)
    assert "text: differs" in message
    assert "-Petugas mengerahkan tiga perahu karet." in message
    assert "+Petugas gabungan mengerahkan lima perahu karet" in message


def test_a_misspelt_field_is_an_error_not_a_pass() -> None:
    with pytest.raises(AssertionError, match="no field"):
        assert_article(ARTICLE, {"titel": "Banjir"})


def test_golden_is_written_once_then_compared(tmp_path: Path) -> None:
    golden = tmp_path / "golden" / "banjir.json"
    assert_golden(ARTICLE, golden)  # first run: written
    assert Article.model_validate_json(golden.read_text(encoding="utf-8")) == ARTICLE
    assert_golden(ARTICLE, golden)  # later runs: compared, and equal
    moved = ARTICLE.model_copy(update={"title": "Banjir Rendam 200 Rumah di Bandung"})
    with pytest.raises(AssertionError) as failed:
        assert_golden(moved, golden)
    assert "title: expected 'Banjir Rendam 121 Rumah di Bandung'" in str(failed.value)
    assert UPDATE_ENV in str(failed.value)


def test_golden_notices_a_field_the_file_lacks(tmp_path: Path) -> None:
    golden = tmp_path / "old.json"
    saved = ARTICLE.model_dump(mode="json")
    del saved["tags"]  # a file saved before the field existed
    golden.write_text(json.dumps(saved), encoding="utf-8")
    with pytest.raises(AssertionError, match="tags: not expected"):
        assert_golden(ARTICLE, golden)


def test_golden_update_rewrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    golden = tmp_path / "banjir.json"
    assert_golden(ARTICLE, golden)
    moved = ARTICLE.model_copy(update={"language": "en"})
    assert_golden(moved, golden, update=True)
    assert json.loads(golden.read_text(encoding="utf-8"))["language"] == "en"
    monkeypatch.setenv(UPDATE_ENV, "1")
    assert_golden(ARTICLE, golden)
    monkeypatch.delenv(UPDATE_ENV)
    assert_golden(ARTICLE, golden)
