"""Extraction on a Dask bag, locally or on a `dask.distributed` cluster.

Install with `pip install 'warta[dask]'`. Records pickle, so `bag.map(warta.extract)` works as
it is; it raises on the first bad page, as `extract` does. `extract_bag` gives one `warta.Result`
per item instead, errors as values, which is what a long run over a crawl wants:

    import dask.bag as db
    import warta.dask

    pages = db.read_text("dump-*.jsonl").map(json.loads)       # {"id", "url", "page"} rows
    results = warta.dask.extract_bag(pages)
    ok = results.filter(lambda r: r.ok).map(lambda r: r.article.model_dump(mode="json"))
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from warta.batch import Result, extract_many
from warta.options import Options


def extract_bag(bag: Any, *, options: Options | None = None) -> Any:
    """A bag of `warta.Result`s, one for each item of `bag`, in the same partitions and order.

    Items take the shapes `warta.extract_many` takes: a page, an `(id, page)` pair, a mapping
    with "page" (and "id", "url", "language"), or a `warta.sources.Item`. `index` in each result
    is the item's position within its partition.
    """
    return bag.map_partitions(extract_partition, options=options or Options())


def extract_partition(items: Sequence[object], options: Options | None = None) -> list[Result]:
    """Extract one partition's items (what `extract_bag` runs on each worker).

    >>> [r.ok for r in extract_partition(["<h1>Judul</h1><p>Isi berita.</p>", " "])]
    [True, False]
    """
    # In the worker's own process: Dask already spreads partitions over processes.
    return list(extract_many(items, jobs=1, options=options))
