"""Time grows in proportion to input: ten times the input may take at most ~ten times as long.

Not a wall-clock limit: each case times the same shape of input at 1x and 10x (`perf_counter`,
interleaved runs, the minimum of each, so a busy machine inflates neither side much) and fails
only when the ratio shows super-linear growth. A quadratic stage gives a ratio near 100; the
bound below leaves room for noise and for caches that warm up with size.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest
from fuzz.pages import KOMPAS_TEXT, PAGES, REUTERS_HTML, grow
from fuzz.patterns import PATTERNS, in_html, in_text

import warta
from warta.ingest.metadata import MAX_PEOPLE

#: 10x the input may take this many times as long: linear is 10, quadratic 100.
MAX_RATIO = 30.0
#: Below this the 1x time is mostly timer noise; it is raised to this before dividing.
FLOOR = 0.01


def once(raw: str) -> float:
    started = time.perf_counter()
    with contextlib.suppress(warta.WartaError):
        warta.extract(raw)
    return time.perf_counter() - started


def assert_linear(make: Callable[[int], str], base: int, runs: int = 3) -> None:
    small, large = make(base), make(base * 10)
    once(small)  # warm caches (lexicons, compiled patterns) before timing
    # Interleaved, so that both sizes see the same load on a shared machine; the minimum is the
    # run least disturbed by it.
    times = [(once(small), once(large)) for _ in range(runs)]
    one, ten = min(t[0] for t in times), min(t[1] for t in times)
    ratio = ten / max(one, FLOOR)
    assert ratio <= MAX_RATIO, (
        f"10x the input took {ratio:.0f}x the time ({one * 1000:.0f} ms -> {ten * 1000:.0f} ms)"
    )


@pytest.mark.parametrize("where", [in_text, in_html], ids=["text", "html"])
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pathological_line_scales_linearly(name: str, where: Callable[[str], str]) -> None:
    pattern = PATTERNS[name]
    assert_linear(lambda n: where(pattern(n)), 20_000)


def test_promo_lines_scale_linearly() -> None:
    assert_linear(lambda n: in_text("Baca juga: Banjir Rendam Tiga Desa\n" * (n // 35)), 20_000)


def test_deep_nesting_scales_linearly() -> None:
    assert_linear(lambda n: in_html("<div>" * (n // 5) + "teks" + "</div>" * (n // 5)), 50_000)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_realistic_page_scales_linearly(name: str) -> None:
    assert_linear(lambda n: grow(PAGES[name], n), 5)


def test_a_header_of_names_and_dates_scales_linearly() -> None:
    # Bare names by date lines, between the title and the body: each is a byline candidate,
    # checked against the lead once, not once per line.
    def header(n: int) -> str:
        lines = "\n".join("Marta Quist\nSenin, 3 Februari 2025 15:40 WIB" for _ in range(n // 44))
        title = "Jelang Puncak Musim Hujan\n"  # the fixture's headline, then the header
        assert title in KOMPAS_TEXT
        return KOMPAS_TEXT.replace(title, f"{title}{lines}\n", 1)

    assert_linear(header, 20_000)


def test_many_author_tags_scale_linearly() -> None:
    # Each name was checked against every one kept before it. The first is the byline's, so
    # that the declared authors stand (see `warta.fields.meta.reconcile_people`).
    def page(n: int) -> str:
        names = ["Maya Lestari", *(f"Budi {i:x}" for i in range(n // 40))]
        metas = "".join(f'<meta name="author" content="{name}">' for name in names)
        return REUTERS_HTML.replace("<head>", f"<head>{metas}", 1)

    assert_linear(page, 60_000)
    assert len(warta.extract(page(400_000)).authors) == MAX_PEOPLE
