"""Many pages at once: `extract_many`, in worker processes, in input order, errors as values.

Memory stays bounded however long the input: items are read from the iterable only as workers
free up (a fixed window of chunks in flight), results are yielded as soon as they are next in
order, and nothing is kept once yielded. Compare a plain `list(pool.map(...))`, which reads the
whole input before the first result and holds every result at the end.

>>> results = list(extract_many(["<h1>Judul</h1><p>Hujan deras turun sejak pagi.</p>", ""], jobs=1))
>>> [r.ok for r in results], results[1].error.type
([True, False], 'EmptyInputError')
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from warta.api import extract
from warta.errors import WartaError
from warta.options import Options
from warta.records import Article
from warta.sources import Item, Unreadable, parse_time

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

#: What a failed page is reported as, besides the documented `WartaError`s: a bug in an
#: extractor on one odd page of a million must cost that page, not the whole run. The type name
#: in the `Failure` says which bug, so it can be reported. (Listed, not `Exception`: a
#: `KeyboardInterrupt`, `MemoryError` or `SystemExit` still stops the run, as it should.)
CONTAINED = (
    WartaError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    AssertionError,
    UnicodeError,
)

#: Pages per task sent to a worker: enough to make the cost of a round trip small next to the
#: work, few enough that memory and head-of-line waits stay small.
DEFAULT_CHUNKSIZE = 8
#: Chunks in flight per worker: one running, the next ones queued, so no worker waits for the
#: parent to read input.
CHUNKS_PER_WORKER = 3

T = TypeVar("T")


class Failure(BaseModel):
    """Why a page gave no record: the exception's type name and message."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    message: str

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        return cls(type=type(error).__name__, message=str(error))


class Result(BaseModel):
    """One input's outcome: the `article`, or the `error` that stopped it (exactly one is set).

    `index` is the item's position in the input; `id`, `source` and `url` are carried from it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int
    id: str | int | None = None
    source: str | None = None
    url: str | None = None
    article: Article | None = None
    error: Failure | None = None

    @model_validator(mode="after")
    def _one_outcome(self) -> Result:
        if (self.article is None) == (self.error is None):
            raise ValueError("a result holds an article or an error, not both or neither")
        return self

    @property
    def ok(self) -> bool:
        return self.article is not None


@dataclass(frozen=True)
class _Job:
    """An item as the workers see it: small, picklable, with its place in the input."""

    index: int
    page: str | bytes | None
    id: str | int | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    unreadable: Unreadable | None = None
    fetched: dt.datetime | None = None


def extract_many(
    items: Iterable[object],
    jobs: int | None = None,
    *,
    options: Options | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Result]:
    """Extract every item, yielding one `Result` per item in input order.

    An item is a page (`str` or `bytes`), an `(id, page)` pair, a mapping with a "page" key and
    optional "id", "url", "language" and "fetched" (a datetime or an ISO 8601 time, see
    `warta.extract`), or a `warta.sources.Item`. `jobs` is the number of
    worker processes: None for one per available core, 1 to work in this process. A page that
    fails gives a `Result` with `error` set; the batch goes on. An item of none of these shapes
    raises `TypeError`, since that is a bug in the calling code, not a bad page.

    Workers start as fresh interpreters (forkserver or spawn, never a bare fork of a process
    that may run threads), so a script that calls this with `jobs` above 1 must guard its entry
    point with `if __name__ == "__main__":`, as with any such process pool.

    >>> pages = [("a", "<h1>Satu</h1><p>Isi berita satu.</p>"), ("b", b"")]
    >>> [(r.id, r.ok) for r in extract_many(pages, jobs=1)]
    [('a', True), ('b', False)]
    """
    return _ordered(_extract_chunk, _jobs(items), jobs, options or Options(), chunksize)


def extract_lines(
    items: Iterable[object],
    jobs: int | None = None,
    *,
    options: Options | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[tuple[bool, str]]:
    """`extract_many`, giving each outcome as one JSON Lines line: `(ok, line)`.

    The line is a `Result` as JSON, leaving out `id`, `source` and `url` when unknown, so
    `Result.model_validate_json(line)` reads it back. Workers serialise; the parent only writes.
    """
    return _ordered(_lines_chunk, _jobs(items), jobs, options or Options(), chunksize)


def _jobs(items: Iterable[object]) -> Iterator[_Job]:
    for index, item in enumerate(items):
        yield _job(index, item)


def _job(index: int, item: object) -> _Job:
    if isinstance(item, str | bytes):
        return _Job(index, item)
    if isinstance(item, Item):
        return _Job(
            index, item.page, item.id, item.source, item.url, item.language, fetched=item.fetched
        )
    if isinstance(item, Unreadable):
        return _Job(index, None, source=item.source, unreadable=item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str | bytes):
        return _Job(index, item[1], id=_ident(item[0]))
    if isinstance(item, Mapping) and isinstance(item.get("page"), str | bytes):
        job = _Job(
            index, item["page"], id=_ident(item.get("id")), source=_text(item.get("source")),
            url=_text(item.get("url")), language=_text(item.get("language")),
            fetched=parse_time(item.get("fetched")),
        )
        if job.fetched is None and item.get("fetched") is not None:
            problem = "the item's 'fetched' is neither a datetime nor an ISO 8601 time"
            return replace(job, page=None, unreadable=Unreadable(
                job.source or f"item {index}", "InputError", problem
            ))
        return job
    raise TypeError(
        f"item {index}: expected a page (str or bytes), an (id, page) pair, a mapping with "
        f"'page', or a warta.sources.Item; got {type(item).__name__}"
    )


def _ident(value: object) -> str | int | None:
    if value is None or isinstance(value, str) or type(value) is int:
        return value
    return str(value)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


# -- the work done in each worker --------------------------------------------------------------


def _outcome(job: _Job, options: Options) -> Article | Failure:
    if job.unreadable is not None:
        return Failure(type=job.unreadable.type, message=job.unreadable.message)
    assert job.page is not None  # only an unreadable job has no page
    try:
        return extract(
            job.page, url=job.url, language=job.language, fetched=job.fetched, options=options
        )
    except CONTAINED as error:
        return Failure.of(error)


def _extract_chunk(chunk: Sequence[_Job], options: Options) -> list[Result]:
    results = []
    for job in chunk:
        outcome = _outcome(job, options)
        article, error = (outcome, None) if isinstance(outcome, Article) else (None, outcome)
        results.append(
            Result(
                index=job.index, id=job.id, source=job.source, url=job.url,
                article=article, error=error,
            )
        )
    return results


def _lines_chunk(chunk: Sequence[_Job], options: Options) -> list[tuple[bool, str]]:
    return [_line(job, _outcome(job, options)) for job in chunk]


def _line(job: _Job, outcome: Article | Failure) -> tuple[bool, str]:
    known = {"index": job.index, "source": job.source, "id": job.id, "url": job.url}
    # ASCII escapes: a file name that is not valid UTF-8 (kept by Python as lone surrogates)
    # still makes a line that can be written.
    head = json.dumps({k: v for k, v in known.items() if v is not None})
    key = "article" if isinstance(outcome, Article) else "error"
    # The record is already JSON from pydantic; splicing it in avoids decoding and encoding it
    # again. `head` always holds "index", so it is never the empty object.
    return isinstance(outcome, Article), f"{head[:-1]}, \"{key}\": {outcome.model_dump_json()}}}"


# -- in order, bounded, in processes -----------------------------------------------------------


def _ordered(
    work: Callable[[Sequence[_Job], Options], list[T]],
    jobs_in: Iterator[_Job],
    jobs: int | None,
    options: Options,
    chunksize: int,
) -> Iterator[T]:
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    workers = available_cores() if jobs is None else jobs
    if workers < 1:
        raise ValueError("jobs must be at least 1 (or None for one per core)")
    chunks = _chunks(jobs_in, chunksize)
    if workers == 1:
        return (out for chunk in chunks for out in work(chunk, options))
    return _in_processes(work, chunks, workers, options)


def _in_processes(
    work: Callable[[Sequence[_Job], Options], list[T]],
    chunks: Iterator[list[_Job]],
    workers: int,
    options: Options,
) -> Iterator[T]:
    # Imported here: `import warta` stays light for the many users who never start a pool.
    from concurrent.futures.process import BrokenProcessPool

    window = workers * CHUNKS_PER_WORKER
    pending: deque[tuple[list[_Job], Future[list[T]]]] = deque()
    suspects: deque[_Job] = deque()
    pool = _pool(workers)
    try:
        while True:
            if suspects:
                pool, out = _alone(work, suspects.popleft(), pool, workers, options)
                yield from out
                continue
            for chunk in islice(chunks, window - len(pending)):
                pending.append((chunk, pool.submit(work, chunk, options)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                out = future.result()
            except BrokenProcessPool:
                # A worker died (a crash in a C library, or killed for memory) and took every
                # page in flight with it. Each is tried again alone, to find the one to blame.
                pool = _restart(pool, workers)
                suspects.extend(chunk)
                suspects.extend(job for waiting, _ in pending for job in waiting)
                pending.clear()
                continue
            yield from out
    finally:
        # Reached too when the caller stops iterating early: drop what is queued, end workers.
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(
    work: Callable[[Sequence[_Job], Options], list[T]],
    job: _Job,
    pool: ProcessPoolExecutor,
    workers: int,
    options: Options,
) -> tuple[ProcessPoolExecutor, list[T]]:
    """One page in a pool of its own work: when the worker dies now, this page killed it."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool, pool.submit(work, [job], options).result()
    except BrokenProcessPool:
        died = Unreadable(
            job.source or f"item {job.index}", "WorkerDied",
            "the worker process died on this page (a crash in native code, or out of memory)",
        )
        return _restart(pool, workers), work([replace(job, page=None, unreadable=died)], options)


def _pool(workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_warm_up)


def _restart(pool: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    pool.shutdown(wait=True, cancel_futures=True)
    return _pool(workers)


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while chunk := list(islice(jobs, size)):
        yield chunk


def _context() -> BaseContext:
    # Forking a parent that runs threads (a progress bar, a Dask client, the caller's own) can
    # copy a held lock into the child and hang it. A fresh interpreter per worker, forked from a
    # clean server process where there is one, is safe everywhere and costs a second at start.
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _warm_up() -> None:
    # Each worker builds the lexicons once, before its first page, not inside the first timing.
    from warta.lang import lexicon

    lexicon("id")
    lexicon("en")


def available_cores() -> int:
    """The cores this process may run on (the affinity mask where the OS has one).

    >>> available_cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def result_schema() -> dict[str, Any]:
    """The JSON Schema of one `Result` (as `warta schema --result` prints it)."""
    return Result.model_json_schema()
