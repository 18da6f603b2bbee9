"""Relative times ("5 HOURS AGO", "2 jam yang lalu") read against when the page was fetched."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import warta
from warta.batch import extract_many
from warta.cli import main
from warta.fields.dates import parse_fallback, relative_dates
from warta.lang import lexicon
from warta.sources import Item, Unreadable, read_jsonl

UTC = dt.timezone.utc
WIB = dt.timezone(dt.timedelta(hours=7))
FETCHED = dt.datetime(2025, 3, 11, 18, 40, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "5 HOURS AGO", dt.datetime(2025, 3, 11, 13, 40, tzinfo=UTC)),
        ("en", "PUBLISHED 3 SECONDS AGO", dt.datetime(2025, 3, 11, 18, 40, tzinfo=UTC)),
        ("en", "Posted 45 mins ago", dt.datetime(2025, 3, 11, 17, 55, tzinfo=UTC)),
        ("en", "3h ago", dt.datetime(2025, 3, 11, 15, 40, tzinfo=UTC)),
        ("en", "1 hr ago", dt.datetime(2025, 3, 11, 17, 40, tzinfo=UTC)),
        # Days and weeks name no hour: a date.
        ("en", "2 days ago", dt.date(2025, 3, 9)),
        ("en", "1 week ago", dt.date(2025, 3, 4)),
        ("id", "2 jam yang lalu", dt.datetime(2025, 3, 11, 16, 40, tzinfo=UTC)),
        ("id", "15 menit lalu", dt.datetime(2025, 3, 11, 18, 25, tzinfo=UTC)),
        ("id", "3 hari lalu", dt.date(2025, 3, 8)),
        ("id", "2 minggu yang lalu", dt.date(2025, 2, 25)),
        # An Indonesian page dating its English wire copy in English.
        ("id", "4 hours ago", dt.datetime(2025, 3, 11, 14, 40, tzinfo=UTC)),
    ],
)
def test_a_relative_time_counts_back_from_the_fetch(
    language: str, text: str, expected: dt.date
) -> None:
    hits = relative_dates(text, lexicon(language), FETCHED)
    assert [h.value for h in hits] == [expected]
    assert type(hits[0].value) is type(expected)


def test_the_time_keeps_the_zone_it_was_fetched_in() -> None:
    fetched = dt.datetime(2025, 3, 11, 14, 5, tzinfo=WIB)
    (hit,) = relative_dates("3 jam yang lalu", lexicon("id"), fetched)
    assert hit.value == dt.datetime(2025, 3, 11, 11, 5, tzinfo=WIB)
    assert hit.value.utcoffset() == dt.timedelta(hours=7)


@pytest.mark.parametrize(
    "text",
    [
        "in 5 hours",  # the future
        "1.5 hours ago",  # a count that is part of a decimal
        "2 years ago",  # months and years are too coarse to date a story
        "3 bulan lalu",
        "5 hours",  # no word of the past
        "12 jam lalulintas",  # a word that only starts like one
    ],
)
def test_not_a_relative_time(text: str) -> None:
    assert relative_dates(text, lexicon("en"), FETCHED) == []
    assert relative_dates(text, lexicon("id"), FETCHED) == []


@given(
    st.text(alphabet="0123456789 hoursminutesdaysweeksago jam yang lalu.,:h", max_size=60),
    st.datetimes(timezones=st.just(UTC)),
)
def test_any_text_and_any_fetch_time_give_dates_in_range(text: str, fetched: dt.datetime) -> None:
    for language in ("en", "id"):
        for hit in relative_dates(text, lexicon(language), fetched):
            assert 1990 <= hit.value.year <= 2100
            assert hit.value <= (fetched if isinstance(hit.value, dt.datetime) else fetched.date())


def test_an_update_label_makes_it_the_update() -> None:
    (hit,) = relative_dates("Diperbarui 2 jam yang lalu", lexicon("id"), FETCHED)
    assert hit.updated
    (hit,) = relative_dates("Updated 20 minutes ago", lexicon("en"), FETCHED)
    assert hit.updated


def test_a_fetch_in_year_one_gives_no_date() -> None:
    fetched = dt.datetime(1, 1, 1, tzinfo=UTC)
    assert relative_dates("3 days ago", lexicon("en"), fetched) == []


def test_dateparser_never_reads_a_relative_time() -> None:
    # Read against the clock of the machine, "yesterday" would give a different record every
    # day; the fallback reads absolute dates only.
    for text in ("yesterday 2024", "3 days ago 2024", "kemarin 2024"):
        assert parse_fallback(text, lexicon("en")) is None
        assert parse_fallback(text, lexicon("id")) is None
    assert parse_fallback("31 July 2024", lexicon("en")) == dt.date(2024, 7, 31)


# -- in a page ---------------------------------------------------------------------------------

_HEAD = [
    "Night buses to run every ten minutes on four routes from May",
    "By Priya Sandhu",
]
_BODY = [
    "Four night bus routes will run every ten minutes from May, transport officials said on "
    "Tuesday, in a trial that will last until the end of the year.",
    "Passenger numbers on the four routes have risen by 18 per cent since the depot reopened in "
    "January, the officials said in a statement.",
    "Passenger groups welcomed the change but asked for more lit shelters at the busiest stops "
    "along the four routes.",
]
_MOST_READ = [
    "MOST READ",
    "Heathrow queues stretch outside terminal after passport gates fail",
    "2 HOURS AGO",
]


def _page(*date_lines: str) -> str:
    return "\n".join([_HEAD[0], _HEAD[1], *date_lines, *_BODY, *_MOST_READ])


def test_a_page_dated_only_relatively_is_dated_by_its_fetch() -> None:
    article = warta.extract(_page("5 HOURS AGO"), fetched=FETCHED)
    assert article.published == dt.datetime(2025, 3, 11, 13, 40, tzinfo=UTC)
    assert article.sources["published"] == "relative"


def test_without_the_fetch_time_it_has_no_date() -> None:
    assert warta.extract(_page("5 HOURS AGO")).published is None


def test_a_naive_fetch_time_is_utc() -> None:
    naive = FETCHED.replace(tzinfo=None)
    assert warta.extract(_page("5 HOURS AGO"), fetched=naive).published == dt.datetime(
        2025, 3, 11, 13, 40, tzinfo=UTC
    )


def test_a_teaser_after_the_body_does_not_date_the_story() -> None:
    # Only the most-read list's "2 HOURS AGO" is relative: it is another story's.
    assert warta.extract(_page(), fetched=FETCHED).published is None


def test_a_written_date_wins_and_a_relative_update_is_the_update() -> None:
    article = warta.extract(
        _page("March 9, 2025 10:00 AM GMT", "Updated 20 minutes ago"), fetched=FETCHED
    )
    assert article.published == dt.datetime(2025, 3, 9, 10, 0, tzinfo=UTC)
    assert article.updated == dt.datetime(2025, 3, 11, 18, 20, tzinfo=UTC)
    assert article.sources["published"] == "date line"


def test_html_dated_only_relatively() -> None:
    html = (
        "<html><body><article><h1>Night buses to run every ten minutes</h1>"
        "<div class='byline'>By Priya Sandhu</div><div class='date'>5 hours ago</div>"
        + "".join(f"<p>{p}</p>" for p in _BODY)
        + "</article></body></html>"
    )
    assert warta.extract(html, fetched=FETCHED).published == dt.datetime(
        2025, 3, 11, 13, 40, tzinfo=UTC
    )


def test_fetched_must_be_a_datetime() -> None:
    with pytest.raises(TypeError, match="fetched must be a datetime"):
        warta.extract(_page("5 HOURS AGO"), fetched="2025-03-11")  # type: ignore[arg-type]


# -- carried by the bulk readers ---------------------------------------------------------------


def test_batch_items_carry_their_fetch_time() -> None:
    page = _page("5 HOURS AGO")
    items = [
        {"page": page, "fetched": "2025-03-11T18:40:12Z"},
        {"page": page, "fetched": FETCHED},
        Item(page=page, fetched=FETCHED),
        {"page": page, "fetched": "last tuesday"},
    ]
    results = list(extract_many(items, jobs=1))
    expected = dt.datetime(2025, 3, 11, 13, 40, tzinfo=UTC)
    assert [r.article.published for r in results[:3] if r.article] == [expected] * 3
    assert results[3].error is not None and "ISO 8601" in results[3].error.message


def test_json_lines_carry_their_fetch_time(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        {"page": "Isi.", "url": "https://a.example/1", "fetched": "2025-03-11T18:40:12Z"},
        {"page": "Isi.", "fetched": "kemarin"},
        {"page": "Isi."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    first, second, third = read_jsonl(str(path), "page")
    assert isinstance(first, Item) and first.fetched == FETCHED
    assert isinstance(second, Unreadable) and "'fetched'" in second.message
    assert isinstance(third, Item) and third.fetched is None


def test_the_cli_takes_the_fetch_time_of_one_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(_page("5 HOURS AGO"), encoding="utf-8")
    assert main(["extract", str(path), "--fetched", "2025-03-11T18:40:12+00:00"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2025-03-11T13:40:00Z"


def test_a_page_saying_yesterday_is_not_dated_by_the_clock() -> None:
    # dateparser read "yesterday" against today: the same page gave another record each day.
    for line in ("Yesterday, 2024", "3 days ago 2024"):
        page = "\n".join([_HEAD[0], line, *_BODY])
        assert warta.extract(page).published is None
