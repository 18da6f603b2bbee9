"""`warta.extract_many`: order, errors as values, item shapes, streaming in bounded memory."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

import warta
from _pages import page
from warta import batch
from warta.sources import Item, Unreadable

PAGES = [page(n) for n in range(12)]


def test_serial_results_are_the_records_extract_gives_in_order() -> None:
    results = list(warta.extract_many(PAGES, jobs=1))
    assert [r.index for r in results] == list(range(len(PAGES)))
    assert all(r.ok for r in results)
    assert [r.article for r in results] == [warta.extract(p) for p in PAGES]


def test_two_workers_give_the_same_results_in_the_same_order() -> None:
    serial = list(warta.extract_many(PAGES, jobs=1))
    # A chunk of 1 gives many chunks in flight, so out-of-order completion would show.
    parallel = list(warta.extract_many(PAGES, jobs=2, chunksize=1))
    assert parallel == serial


def test_a_failed_page_is_a_value_and_the_batch_goes_on() -> None:
    items = [PAGES[0], "   \n ", PAGES[1], b""]
    results = list(warta.extract_many(items, jobs=1))
    assert [r.ok for r in results] == [True, False, True, False]
    assert results[1].error == warta.Failure(
        type="EmptyInputError", message=results[1].error.message
    )
    assert results[1].article is None
    assert results[2].article == warta.extract(PAGES[1])


def test_options_reach_the_workers() -> None:
    small = warta.Options(max_bytes=200)
    results = list(warta.extract_many(PAGES[:4], jobs=2, options=small, chunksize=1))
    assert {r.error.type for r in results if r.error} == {"InputTooLargeError"}


def test_item_shapes_carry_id_url_and_source() -> None:
    items: list[object] = [
        ("a-1", PAGES[0]),
        {"page": PAGES[1], "id": 7, "url": "https://example.com/berita/7"},
        Item(page=PAGES[2], source="dump/x.html", id="x"),
        Unreadable("missing.html", "FileNotFoundError", "no such file or folder"),
    ]
    results = list(warta.extract_many(items, jobs=1))
    assert [(r.id, r.source, r.url) for r in results] == [
        ("a-1", None, None),
        (7, None, "https://example.com/berita/7"),
        ("x", "dump/x.html", None),
        (None, "missing.html", None),
    ]
    assert results[3].error == warta.Failure(
        type="FileNotFoundError", message="no such file or folder"
    )


@pytest.mark.parametrize("bad", [42, ("id", 3), {"html": "<p>x</p>"}, None])
def test_an_item_of_no_known_shape_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="item 1"):
        list(warta.extract_many([PAGES[0], bad], jobs=1))


@pytest.mark.parametrize(("jobs", "chunksize"), [(0, 8), (-1, 8), (1, 0)])
def test_nonsense_parallelism_is_refused_at_the_call(jobs: int, chunksize: int) -> None:
    with pytest.raises(ValueError):
        warta.extract_many(PAGES, jobs=jobs, chunksize=chunksize)


def test_a_bug_on_one_page_costs_that_page_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch.extract

    def flaky(raw: str | bytes, **kw: object) -> warta.Article:
        if "Maple Bay" in str(raw):
            raise IndexError("list index out of range")
        return real(raw, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract", flaky)
    results = list(warta.extract_many(PAGES[:3], jobs=1))
    failed = [r for r in results if not r.ok]
    assert len(failed) == 1 and failed[0].error.type == "IndexError"
    assert len(results) == 3


def _extract_or_die(chunk: list[batch._Job], options: warta.Options) -> list[warta.Result]:
    # Stands in for a page that crashes the worker process outright (a segfault in a C parser,
    # the kernel's OOM killer): no exception, the process is simply gone.
    if any("SEGFAULT" in str(job.page) for job in chunk):
        os._exit(70)
    return batch._extract_chunk(chunk, options)


def test_a_worker_that_dies_costs_only_the_page_that_killed_it() -> None:
    items = [page(n) for n in range(10)]
    items[6] = "<p>SEGFAULT</p>"
    results = list(batch._ordered(_extract_or_die, batch._jobs(items), 2, warta.Options(), 3))
    assert [r.index for r in results] == list(range(10))
    assert [r.ok for r in results] == [n != 6 for n in range(10)]
    assert results[6].error is not None and results[6].error.type == "WorkerDied"
    assert [r.article for r in results if r.ok] == [
        warta.extract(p) for n, p in enumerate(items) if n != 6
    ]


def _counted(seen: list[int]) -> Iterator[str]:
    for n in itertools.count():
        seen.append(n)
        yield page(n % 6)


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily_so_an_endless_stream_works(jobs: int) -> None:
    seen: list[int] = []
    results = warta.extract_many(_counted(seen), jobs=jobs, chunksize=2)
    first = list(itertools.islice(results, 5))
    results.close()  # stops the workers; must not wait for the endless input
    assert [r.index for r in first] == [0, 1, 2, 3, 4]
    # At most the window of chunks in flight is read ahead of what was consumed.
    assert len(seen) <= 5 + 2 * (jobs * batch.CHUNKS_PER_WORKER + 1)


def test_lines_read_back_as_results() -> None:
    items = [("p0", PAGES[0]), ("empty", ""), ("p2", PAGES[2])]
    lines = list(batch.extract_lines(items, jobs=2, chunksize=1))
    assert [ok for ok, _ in lines] == [True, False, True]
    again = [warta.Result.model_validate_json(line) for _, line in lines]
    assert again == list(warta.extract_many(items, jobs=1))


def test_public_names() -> None:
    for name in ("extract_many", "Result", "Failure"):
        assert name in warta.__all__
