"""Quality gate of the text path on the copied-text versions of the evaluation corpus.

Runs `warta.extract` over `../shared/corpus/*/text/` (through `benchmarks.corpus`, skipped when
the corpus is absent) and fails when a score drops below its pinned floor, so a change that
improves one site and breaks five is caught. Floors sit a little under the scores measured when
they were set; raise them when the text path improves.
"""

from __future__ import annotations

from functools import cache

import pytest
from benchmarks import corpus
from tests.conftest import needs_corpus

import warta

pytestmark = needs_corpus

#: Quotes and figures have their own gates; they do not change the fields scored here.
OPTIONS = warta.Options(quotes=False, figures=False)

#: Body F1 (zyte's shingle metric) measured 2026-11-29: zyte 0.902, fundus 0.909,
#: slasherrb-id 0.987.
BODY_F1_FLOORS = {"zyte": 0.89, "fundus": 0.90, "slasherrb-id": 0.96}
#: Exact titles measured, given the page's URL as the benchmark gives it: fundus 69/92 (only 71
#: of the 92 ground-truth titles appear as a line of the copied text), anpandu-id 25/26.
#: Publication day, given when the page was fetched where the corpus says (fundus's crawl
#: date, which "5 HOURS AGO" counts back from): fundus 85/92, anpandu-id 26/26.
TITLE_FLOORS = {"fundus": 0.72, "anpandu-id": 0.92}
DAY_FLOORS = {"fundus": 0.90, "anpandu-id": 0.96}


@cache
def _results(name: str) -> tuple[tuple[corpus.Case, warta.Article], ...]:
    cases = [case for case in corpus.load(name) if case.text is not None]
    return tuple(
        (
            case,
            warta.extract(
                case.text.read_bytes(), url=case.url, fetched=case.fetched, options=OPTIONS
            ),
        )  # type: ignore[union-attr]
        for case in cases
    )


@pytest.mark.parametrize("name", sorted(BODY_F1_FLOORS))
def test_body_f1(name: str) -> None:
    pairs = [(a.text, c.body) for c, a in _results(name) if c.body is not None]
    assert pairs
    _, _, f1 = corpus.body_f1(pairs)
    assert f1 >= BODY_F1_FLOORS[name], f"{name} body F1 {f1:.3f}"


@pytest.mark.parametrize("name", sorted(TITLE_FLOORS))
def test_titles(name: str) -> None:
    scored = [corpus.same_title(a.title, c.title) for c, a in _results(name) if c.title]
    share = sum(scored) / len(scored)
    assert share >= TITLE_FLOORS[name], f"{name} exact titles {share:.2f}"


@pytest.mark.parametrize("name", sorted(DAY_FLOORS))
def test_publication_day(name: str) -> None:
    scored = [corpus.same_day(a.published, c.published) for c, a in _results(name) if c.published]
    share = sum(scored) / len(scored)
    assert share >= DAY_FLOORS[name], f"{name} publication day {share:.2f}"


def test_authors_on_fundus() -> None:
    # Measured 72/91 (0.79): copied text loses the markup and JSON-LD the HTML path reads
    # (86/91 there); the misses are pages that show no byline at all or only a name with
    # nothing around it (a line under "Follow related authors"), names in a list of writers
    # ("Mathatisi Sebusi/Mohalenyane Phakela"), staff credits and live blogs.
    hits = [
        corpus.same_people([p.name for p in a.authors if p.name], c.authors)
        for c, a in _results("fundus")
        if c.authors is not None
    ]
    assert sum(hits) / len(hits) >= 0.75
