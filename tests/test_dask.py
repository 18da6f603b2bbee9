"""Dask: a real `LocalCluster` of worker processes extracting a few hundred pages."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

import pytest

import warta
from _pages import page

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
warta_dask = pytest.importorskip("warta.dask")

PAGES = 240


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1,
        dashboard_address=None, silence_logs=logging.ERROR,
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


def _items() -> list[dict[str, object]]:
    # Every 40th page is blank: a bad page among good ones must come back as a value.
    return [
        {"id": f"p{n}", "url": f"https://kabar.example.id/berita/{n}", "page": page(n)}
        if n % 40 != 17 else {"id": f"p{n}", "page": "  "}
        for n in range(PAGES)
    ]


def test_extract_bag_on_a_cluster_gives_what_extract_many_gives(
    client: distributed.Client,
) -> None:
    items = _items()
    bag = db.from_sequence(items, npartitions=8)
    results = warta_dask.extract_bag(bag).compute(scheduler=client)
    local = list(warta.extract_many(items, jobs=1))
    assert len(results) == PAGES
    assert [r.id for r in results] == [item["id"] for item in items]
    assert [(r.article, r.error, r.url) for r in results] == [
        (r.article, r.error, r.url) for r in local
    ]
    assert sum(not r.ok for r in results) == PAGES // 40


def test_bag_map_extract_works_because_records_pickle(client: distributed.Client) -> None:
    pages = [page(n) for n in range(PAGES)]
    articles = db.from_sequence(pages, npartitions=8).map(warta.extract).compute(scheduler=client)
    assert articles == [warta.extract(p) for p in pages]


def test_the_work_ran_in_the_worker_processes(client: distributed.Client) -> None:
    workers = set(client.run(os.getpid).values())
    pids = db.from_sequence(range(16), npartitions=8).map(lambda _: os.getpid())
    assert set(pids.compute(scheduler=client)) <= workers
    assert os.getpid() not in workers and len(workers) == 2
