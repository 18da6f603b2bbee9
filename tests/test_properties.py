"""Properties of `extract` on random and mutated pages (hypothesis).

- it returns an Article or raises a WartaError, nothing else;
- the record keeps the output contract (`fuzz.checks.problems`): it serialises to JSON, holds no
  NUL or lone surrogate, and every quote, figure and change span indexes `article.text` inside
  its paragraph;
- it is deterministic, and thread-safe: 8 threads give the same records as one.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from fuzz.checks import problems
from fuzz.mutate import mutate, mutated_pages, random_inputs
from fuzz.pages import PAGES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta

# On CI the examples are the same on every run, so that a change lands or fails on its own
# merits; elsewhere each run draws new ones, and the fuzz harness (`python -m fuzz.fuzz_extract`)
# explores for as long as it is given. A failure found either way becomes a test in
# tests/test_hostile.py.
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("CI") == "true",
)


def extract_or_none(raw: str | bytes) -> warta.Article | None:
    try:
        return warta.extract(raw)
    except warta.WartaError:
        return None


def check(raw: str | bytes) -> None:
    article = extract_or_none(raw)
    if article is not None:
        assert problems(article) == []


@SETTINGS
@given(random_inputs())
def test_random_input_gives_a_record_or_a_warta_error(raw: str | bytes) -> None:
    check(raw)


@settings(SETTINGS, max_examples=120)
@given(mutated_pages())
def test_mutated_pages_give_clean_records_with_spans_into_the_text(raw: str) -> None:
    check(raw)


@SETTINGS
@given(mutated_pages())
def test_mutated_pages_as_bytes(raw: str) -> None:
    check(raw.encode("utf-8", "surrogatepass"))


def test_hand_written_pages_have_spans_into_the_text() -> None:
    for page in PAGES.values():
        check(page)


@SETTINGS
@given(mutated_pages())
def test_extract_is_deterministic(raw: str) -> None:
    assert extract_or_none(raw) == extract_or_none(raw)


def test_eight_threads_give_the_records_of_one() -> None:
    mutated = (mutate(page, seed, 6) for seed in range(6) for page in PAGES.values())
    pages = [*PAGES.values(), *mutated]
    alone = [extract_or_none(page) for page in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(2):
            assert list(pool.map(extract_or_none, pages)) == alone


@given(st.sampled_from(sorted(PAGES)), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
@settings(SETTINGS, max_examples=20)
def test_the_encoding_of_the_bytes_does_not_change_the_record(name: str, encoding: str) -> None:
    page = PAGES[name]
    assert extract_or_none(page.encode(encoding)) == extract_or_none(page)


#: URLs as callers pass them: real-looking ones with a slug, and any text at all ("http://[").
_URLS = st.one_of(
    st.none(),
    st.builds(
        lambda scheme, host, words: f"{scheme}://{host}/read/{'-'.join(words)}",
        st.sampled_from(["http", "https", "ftp", ""]),
        st.text(max_size=12),
        st.lists(st.text(min_size=1, max_size=8), max_size=8),
    ),
    st.text(max_size=40),
)


@SETTINGS
@given(st.sampled_from(sorted(PAGES)), _URLS)
def test_any_url_gives_a_record(name: str, url: str | None) -> None:
    article = warta.extract(PAGES[name], url=url)
    assert problems(article) == []
    assert article.url is None or url is not None
