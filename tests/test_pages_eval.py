"""Quality gate on the held-out pages of tests/data/pages (written blind, see its README): each
field right on a share of the pages at least, the body's paragraphs found with their boilerplate
left out. Floors sit a page or so under what the pages score today, so that a change that loses
a page shows."""

from __future__ import annotations

import json

import pytest

from pages_eval import PAGES, score_all, totals

FLOORS = {
    "title": 0.995,
    "authors": 0.962,
    "editors": 0.985,
    "dateline": 0.977,
    "published": 0.992,
    "day": 0.991,
    "updated": 0.982,
    "tags": 0.915,
    "captions": 0.947,
    "credits": 0.944,
    "pagination": 0.992,
    "precision": 0.990,
    "recall": 0.996,
}


@pytest.fixture(scope="module")
def scored() -> dict[str, float]:
    return totals(score_all())


def test_the_pages_cover_both_languages_and_both_inputs() -> None:
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in PAGES.glob("*/truth.json")]
    assert len(truths) >= 894
    assert {t["language"] for t in truths} == {"id", "en"}
    assert {t["format"] for t in truths} == {"text", "html"}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(scored: dict[str, float], name: str) -> None:
    assert scored[name] >= FLOORS[name], f"{name}: {scored[name]:.3f} (python tests/pages_eval.py)"
