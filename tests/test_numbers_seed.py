"""The seed page's figures and changes (issue 5, "Done when").

The seed is read from `../shared/seed` (not part of the project) and skipped when absent. Its body
paragraphs are selected here by position, so this tests the figure finder alone while the text
path that decides the body is built; the same expectations also hold through `warta.extract`.
"""

from __future__ import annotations

from benchmarks import corpus

import warta
from conftest import needs_seed
from warta.lang import lexicon
from warta.numbers import find_figures
from warta.records import Change, Direction, Figure

pytestmark = needs_seed

#: (value, unit, year, quantity) of every figure the seed's body holds, in order.
EXPECTED = [
    (4, None, None, "topik"),
    (10, None, None, "Negara Anggota"),
    (31, None, None, "kota percontohan"),
    (4, None, None, None),
    (32.2, "%", 2018, None),
    (7.89, "%", 2023, None),
    (2.4, None, 2018, None),
    (4.14, None, 2023, None),
]


def _body() -> list[str]:
    """The body paragraphs: the non-empty lines from the dateline paragraph to the last body
    paragraph (the line before the pager), without the "related" label between them."""
    lines = [line.strip() for line in corpus.SEED.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    first = next(i for i, line in enumerate(lines) if line.startswith("TRIBUNNEWS.COM"))
    last = next(i for i, line in enumerate(lines) if line == "Halaman")
    body = [line for line in lines[first:last] if line != "Berita Rekomendasi"]
    assert len(body) == 13, body
    return body


def _summary(figures: list[Figure]) -> list[tuple[float, str | None, int | None, str | None]]:
    return [(f.value, f.unit, f.year, f.quantity) for f in figures]


def _check_changes(changes: list[Change]) -> None:
    stunting, egov = changes
    assert (stunting.metric, stunting.subject) == ("angka stunting", "Kabupaten Sumedang")
    assert (stunting.before.value, stunting.before.year) == (32.2, 2018)
    assert (stunting.after.value, stunting.after.unit, stunting.after.year) == (7.89, "%", 2023)
    assert stunting.direction is Direction.DOWN
    assert (egov.metric, egov.subject, egov.direction) == ("Indeks e-Gov", None, Direction.UP)
    assert (egov.before.value, egov.before.year, egov.after.value, egov.after.year) == (
        2.4, 2018, 4.14, 2023)


def test_seed_figures() -> None:
    figures, _ = find_figures(_body(), lexicon("id"))
    assert _summary(figures) == EXPECTED


def test_seed_figures_are_not_dates_ordinals_or_periods() -> None:
    figures, _ = find_figures(_body(), lexicon("id"))
    texts = " | ".join(f.text for f in figures)
    for not_a_figure in ("7", "6", "2023", "2025", "5", "31/7", "2024"):
        assert not_a_figure not in texts.split(" | "), texts


def test_seed_changes() -> None:
    _, changes = find_figures(_body(), lexicon("id"))
    _check_changes(changes)


def test_seed_spans_point_at_the_text() -> None:
    body = _body()
    figures, changes = find_figures(body, lexicon("id"))
    text = "\n\n".join(body)
    for figure in figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    assert [f.text for f in figures[-4:]] == ["32,2 persen", "7,89%", "2,4", "4,14"]
    assert all("dari" in text[c.span.start : c.span.end] for c in changes)


def test_seed_through_extract() -> None:
    article = warta.extract(corpus.SEED.read_text(encoding="utf-8"), language="id")
    assert _summary(article.figures) == EXPECTED
    _check_changes(article.changes)
