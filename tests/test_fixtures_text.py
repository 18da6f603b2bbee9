"""Whole-record comparison on the hand-written text fixtures (`fixtures/text/<slug>/`).

Each fixture is a page written for this project in the conventions of a real outlet, with its
expected record beside it. Quotes, figures and changes are left out: their stages have their own
tests. To update expectations after a deliberate change, run `scripts/regenerate_fixtures.py`
and review the diff.
"""

from __future__ import annotations

import json

import pytest
from scripts.regenerate_fixtures import EXCLUDED, expected_record
from tests.conftest import FIXTURES

import warta

TEXT = FIXTURES / "text"
SLUGS = sorted(p.name for p in TEXT.iterdir() if (p / "page.txt").exists())


def test_there_are_at_least_fifteen_fixtures() -> None:
    assert len(SLUGS) >= 15
    assert all((TEXT / slug / "expected.json").exists() for slug in SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_record_matches_expectation(slug: str) -> None:
    folder = TEXT / slug
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = expected_record(folder)
    for name in expected:
        assert got[name] == expected[name], f"{slug}: {name}"
    assert set(got) == set(expected)


@pytest.mark.parametrize("slug", SLUGS)
def test_no_removed_line_is_in_the_body(slug: str) -> None:
    article = warta.extract((TEXT / slug / "page.txt").read_text(encoding="utf-8"))
    body = set(article.paragraphs)
    assert not body & {b.text for b in article.boilerplate}
    assert article.title not in body


@pytest.mark.parametrize("slug", SLUGS)
def test_bytes_and_text_give_the_same_record(slug: str) -> None:
    raw = (TEXT / slug / "page.txt").read_bytes()
    assert warta.extract(raw) == warta.extract(raw.decode("utf-8"))


def test_excluded_fields_are_the_other_stages() -> None:
    assert {"quotes", "figures", "changes"} == EXCLUDED
    assert set(warta.Article.model_fields) >= EXCLUDED


