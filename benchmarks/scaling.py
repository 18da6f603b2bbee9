"""Scaling: a page 100x larger takes at most 150x the time, and peak memory stays under 10x the
input size plus a fixed baseline.

    python -m benchmarks.scaling                 # every hand-written page, 1x and 100x
    python -m benchmarks.scaling --factor 1000   # harder
    python -m benchmarks.scaling --stages        # and where the peak is, stage by stage
    python -m benchmarks.scaling --json out.json
    python -m benchmarks.scaling --corpus 20     # and memory on real pages, as they are and grown
    python -m benchmarks.scaling --hostile       # and the hostile patterns of `fuzz.patterns`

Pages are the hand-written ones in `fuzz.pages`, grown by repeating their body (`fuzz.pages.grow`),
so the large page has the same shape as the small one. Time is the minimum of a few runs with
`time.perf_counter` (a shared machine only ever adds time); memory is the peak that `tracemalloc`
sees while one `extract` runs, measured in a separate run because tracing slows Python down.

Memory is judged against the bound as the issue states it: peak <= 10 x input + a fixed
baseline, on the page grown 10, 100 and 1000 times. The fixed baseline is what a page costs
whatever its length: the 1x page's own peak (lexicon sets and patterns built on first use are
warmed before measuring, so they are in no peak), and the records the caps allow, at most
`MAX_QUOTES` quotes and `MAX_FIGURES` figures (and a change for each figure) beyond their own
text, measured as `capped_bytes` builds them. Two slopes (extra peak per extra input byte) show
the shape: 'near', from the 1x to the 100x page, where the hand-written pages, dense with quotes
and figures (one for every 130 to 170 bytes), are still filling those records; 'far', from the
100x to the 1000x page, what each further byte costs once they are full, which must itself be at
most 10. The table also gives the size of the returned `Article` per input byte of the 100x page:
on these pages the record is most of the near slope.
`tracemalloc` sees Python's allocations only, not libxml2's tree of an HTML page.
Exit status 1 when a page breaks either bound.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fuzz.pages import PAGES, grow  # noqa: E402
from fuzz.patterns import PATTERNS, in_html, in_text  # noqa: E402

import warta  # noqa: E402
from warta import api  # noqa: E402
from warta.numbers.figures import MAX_FIGURES  # noqa: E402
from warta.records import Change, Direction, Figure, Quote, QuoteKind, Span  # noqa: E402
from warta.speech import MAX_QUOTES  # noqa: E402

#: The bounds the issue sets: time ratio for 100x the input, memory per input byte.
MAX_TIME_RATIO_PER_FACTOR = 1.5
MAX_MEMORY_PER_BYTE = 10
#: The stages of `warta.api`, in pipeline order, by the names `api` calls them under.
STAGES = (
    "read_page",
    "segment",
    "classify_consuming",
    "read_fields",
    "find_quotes",
    "find_figures",
    "Article",
)


@dataclass(frozen=True)
class Row:
    page: str
    factor: int
    small_bytes: int
    large_bytes: int
    small_seconds: float
    large_seconds: float
    time_ratio: float
    small_peak_bytes: int
    peak_bytes: int
    #: Extra peak bytes per extra input byte: from the 1x page to the 100x one (`near`), and
    #: from the 100x page to the 1000x one (`far`).
    near_slope: float
    far_slope: float
    #: The most any grown page (`MEMORY_FACTORS`) peaks above 10 bytes per input byte, and the
    #: fixed baseline it must stay under: the 1x page's peak and `capped_bytes`.
    above_bound_bytes: int
    baseline_bytes: int
    #: Bytes the returned Article holds, per input byte of the 100x page.
    record_per_byte: float

    @property
    def time_ok(self) -> bool:
        return self.time_ratio <= MAX_TIME_RATIO_PER_FACTOR * self.factor

    @property
    def memory_ok(self) -> bool:
        return (
            self.above_bound_bytes <= self.baseline_bytes and self.far_slope <= MAX_MEMORY_PER_BYTE
        )

    @property
    def ok(self) -> bool:
        return self.time_ok and self.memory_ok


def once(raw: str) -> float:
    started = time.perf_counter()
    warta.extract(raw)
    return time.perf_counter() - started


def timings(small: str, large: str, runs: int) -> tuple[float, float]:
    """Minimum seconds of each page, the runs interleaved so that both see the same load."""
    once(small)  # warm lexicons and patterns
    times = [(once(small), once(large)) for _ in range(runs)]
    return min(t[0] for t in times), min(t[1] for t in times)


def peak_memory(raw: str | bytes) -> int:
    """Peak bytes Python allocates while one `extract` runs, beyond what was held before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        warta.extract(raw)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def record_memory(raw: str) -> int:
    """Bytes the returned Article holds once `extract` has returned."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        article = warta.extract(raw)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
        del article
        return held
    finally:
        tracemalloc.stop()


def measure(name: str, factor: int, capped: int, runs: int = 3) -> Row:
    small, large = PAGES[name], grow(PAGES[name], factor)
    small_seconds, large_seconds = timings(small, large, runs)
    small_bytes, large_bytes = len(small.encode("utf-8")), len(large.encode("utf-8"))
    small_peak = peak_memory(small)
    grown = {f: grow(small, f) for f in MEMORY_FACTORS}
    sizes = {f: len(page.encode("utf-8")) for f, page in grown.items()}
    peaks = {f: peak_memory(page) for f, page in grown.items()}
    near, far = MEMORY_FACTORS[-2:]
    return Row(
        page=name,
        factor=factor,
        small_bytes=small_bytes,
        large_bytes=large_bytes,
        small_seconds=round(small_seconds, 4),
        large_seconds=round(large_seconds, 4),
        time_ratio=round(large_seconds / small_seconds, 1),
        small_peak_bytes=small_peak,
        peak_bytes=peaks[near],
        near_slope=round((peaks[near] - small_peak) / (sizes[near] - small_bytes), 1),
        far_slope=round((peaks[far] - peaks[near]) / (sizes[far] - sizes[near]), 1),
        above_bound_bytes=max(peaks[f] - MAX_MEMORY_PER_BYTE * sizes[f] for f in MEMORY_FACTORS),
        baseline_bytes=small_peak + capped,
        record_per_byte=round(record_memory(grown[near]) / sizes[near], 1),
    )


#: The grown pages memory is measured on; the slopes are taken between the last two.
MEMORY_FACTORS = (10, 100, 1000)


def capped_bytes() -> int:
    """What the most quote, figure and change records an article can hold take beyond their own
    text (which is the input's, and in the 10 bytes a byte): `MAX_QUOTES` quotes and
    `MAX_FIGURES` figures, each with its own span and offsets, and a change for every figure
    (a change reads two), built the way the stages build them."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        records = _capped_records()
        held = tracemalloc.get_traced_memory()[0] - before
        del records
        return held
    finally:
        tracemalloc.stop()


def _capped_records() -> list[Any]:
    # Offsets and paragraph indexes past the small ints Python shares, as a long page's are.
    at = 100_000
    quotes = [
        Quote(
            text="",
            kind=QuoteKind.DIRECT,
            speaker="Endang Purwaningsih",
            cue="kata",
            paragraph=at + i,
            span=(span := Span(start=at + 2 * i, end=at + 2 * i + 1)),
            parts=[span],
        )
        for i in range(MAX_QUOTES)
    ]
    figures = [
        Figure(
            text="",
            value=float(i),
            unit="percent",
            year=at + i,
            paragraph=at + i,
            span=Span(start=at + 2 * i, end=at + 2 * i + 1),
        )
        for i in range(MAX_FIGURES)
    ]
    changes = [
        Change(
            before=figure,
            after=figure,
            direction=Direction.UP,
            verb="naik",
            span=Span(start=at + 2 * i, end=at + 2 * i + 1),
        )
        for i, figure in enumerate(figures)
    ]
    return [quotes, figures, changes]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--pages", default=",".join(sorted(PAGES)), help="comma-separated names")
    parser.add_argument("--json", type=Path, help="write the rows here too")
    parser.add_argument(
        "--stages", action="store_true", help="also print each stage's peak on the Nx pages"
    )
    parser.add_argument(
        "--corpus",
        type=int,
        default=0,
        metavar="N",
        help="also print peak memory per input byte on the first N pages of each corpus",
    )
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="also the memory slope of each hostile pattern set into a text and an HTML page",
    )
    args = parser.parse_args(argv)
    for page in PAGES.values():  # lexicons, patterns and caches: in no page's peak
        warta.extract(page)
    capped = capped_bytes()
    rows = [measure(name, args.factor, capped) for name in args.pages.split(",")]
    print_rows(rows, args.factor, capped)
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2))
    if args.stages:
        for name in args.pages.split(","):
            print_stages(name, grow(PAGES[name], args.factor))
    corpus_ok = corpus_memory(args.corpus) if args.corpus else True
    hostile_ok = hostile_memory() if args.hostile else True
    return 0 if all(row.ok for row in rows) and hostile_ok and corpus_ok else 1


#: The hostile patterns' two lengths, in characters: a pattern's slope is the extra peak per
#: extra input byte between them, well past the fixed costs a stage holds whatever the length
#: (a few windows' tokens, the first paragraphs a full name is looked for in).
HOSTILE_LENGTHS = (200_000, 2_000_000)


def hostile_memory() -> bool:
    """Each hostile pattern of `fuzz.patterns`, set into a copied page and into an HTML page:
    the memory slope between its two lengths, against the same bound as the pages'."""
    print(f"hostile patterns, {HOSTILE_LENGTHS[0]:,} to {HOSTILE_LENGTHS[1]:,} characters:")
    ok = True
    for where, kind in ((in_text, "text"), (in_html, "html")):
        for name, pattern in sorted(PATTERNS.items()):
            small, large = (where(pattern(n)) for n in HOSTILE_LENGTHS)
            small_peak, large_peak = _peak_or_none(small), _peak_or_none(large)
            if small_peak is None or large_peak is None:
                print(f"  {kind:4} {name:18} refused (a WartaError)")
                continue
            large_bytes = len(large.encode("utf-8"))
            slope = (large_peak - small_peak) / (large_bytes - len(small.encode("utf-8")))
            ok = ok and slope <= MAX_MEMORY_PER_BYTE
            print(
                f"  {kind:4} {name:18} slope {slope:5.1f}  peak {large_peak / 1e6:5.1f} MB for "
                f"{large_bytes / 1e6:.1f} MB  {_yes(slope <= MAX_MEMORY_PER_BYTE)}"
            )
    return ok


def _peak_or_none(raw: str) -> int | None:
    try:
        warta.extract(raw)  # warm what this pattern's stages build on first use
        return peak_memory(raw)
    except warta.WartaError:
        return None


def print_rows(rows: list[Row], factor: int, capped: int) -> None:
    print(
        f"N={factor}: time ratio <= {MAX_TIME_RATIO_PER_FACTOR * factor:.0f}. Memory: on the page "
        f"grown {', '.join(map(str, MEMORY_FACTORS))} times, peak <= {MAX_MEMORY_PER_BYTE} x input "
        f"+ the fixed baseline (the 1x peak and the capped records, {capped / 1e6:.2f} MB); "
        f"'above' is the most a grown page peaks above {MAX_MEMORY_PER_BYTE} bytes a byte. "
        f"Slopes: extra peak per extra input byte, 'near' 1x to {MEMORY_FACTORS[-2]}x, 'far' "
        f"{MEMORY_FACTORS[-2]}x to {MEMORY_FACTORS[-1]}x (<= {MAX_MEMORY_PER_BYTE}); 'record' the "
        f"{MEMORY_FACTORS[-2]}x page's Article per input byte"
    )
    print(
        f"{'page':14} {'1x KB':>7} {'Nx KB':>8} {'1x ms':>7} {'Nx ms':>9} {'ratio':>6} "
        f"{'1x peak MB':>10} {'100x MB':>8} {'near':>5} {'record':>6} {'far':>5} "
        f"{'above MB':>8} {'base MB':>7}  time  memory"
    )
    for row in rows:
        print(
            f"{row.page:14} {row.small_bytes / 1e3:7.1f} {row.large_bytes / 1e3:8.1f} "
            f"{row.small_seconds * 1e3:7.1f} {row.large_seconds * 1e3:9.1f} {row.time_ratio:6.1f} "
            f"{row.small_peak_bytes / 1e6:10.2f} {row.peak_bytes / 1e6:8.2f} "
            f"{row.near_slope:5.1f} {row.record_per_byte:6.1f} {row.far_slope:5.1f} "
            f"{row.above_bound_bytes / 1e6:8.2f} {row.baseline_bytes / 1e6:7.2f}  "
            f"{_yes(row.time_ok):4}  {_yes(row.memory_ok)}"
        )


def _yes(ok: bool) -> str:
    return "yes" if ok else "NO"


def print_stages(name: str, raw: str | bytes) -> None:
    """Each stage's peak above what was held when it began, and what it leaves held, per input
    byte: where the peak of `extract` comes from."""
    size = len(raw.encode("utf-8") if isinstance(raw, str) else raw)
    seen: dict[str, tuple[int, int, int]] = {}
    tracemalloc.start()
    try:
        with ExitStack() as stack:
            for stage in STAGES:
                stack.enter_context(_traced(stage, seen))
            start = tracemalloc.get_traced_memory()[0]
            warta.extract(raw)
    finally:
        tracemalloc.stop()
    # The stages run one after another, so the run's peak is the highest of theirs.
    total = max(top for _, _, top in seen.values()) - start
    parts = " ".join(
        f"{stage} {peak / size:.1f}/{held / size:.1f}" for stage, (peak, held, _) in seen.items()
    )
    print(f"{name:14} peak {total / size:.1f} B per input byte; stage peak/held: {parts}")


@contextmanager
def _traced(stage: str, seen: dict[str, tuple[int, int, int]]) -> Iterator[None]:
    """Replace `api.<stage>` by a wrapper noting its peak above what was held when it began,
    what it leaves held, and the absolute peak."""
    inner: Callable[..., Any] = getattr(api, stage)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        value = inner(*args, **kwargs)
        now, peak = tracemalloc.get_traced_memory()
        seen[stage] = (peak - before, now - before, peak)
        return value

    with mock.patch.object(api, stage, wrapper):
        yield


#: The smallest pages of each kind, whose peak is the fixed baseline any page pays (a title and
#: one sentence: no memory that grows with the input to speak of).
BASELINE_PAGES = {
    "text": "Judul Berita\n\nJakarta - Hujan deras turun sejak pagi, kata petugas.",
    "html": (
        "<html><head><title>Judul Berita</title></head><body><h1>Judul Berita</h1>"
        "<p>Jakarta - Hujan deras turun sejak pagi, kata petugas.</p></body></html>"
    ),
}


#: How many times a real page's copied text is grown for its memory slope.
CORPUS_FACTOR = 30


def corpus_memory(count: int) -> bool:
    """Peak memory per input byte on real pages (`../shared/corpus`, read, never copied), HTML
    and the copied page text: the whole peak, and the peak above the fixed baseline (the peak
    of the smallest page of the kind, `BASELINE_PAGES`). Then the bound itself on real pages:
    the memory slope of each copied text grown `CORPUS_FACTOR` times, as the hand-written pages
    are. False when a grown page breaks the bound."""
    from benchmarks import corpus

    if not corpus.available():
        print("corpus: absent, skipped")
        return True
    baselines = {}
    for kind, page in BASELINE_PAGES.items():
        warta.extract(page)
        baselines[kind] = peak_memory(page)
    for name in corpus.CORPORA:
        for kind in ("html", "text"):
            ratios, above = [], []
            for case in corpus.load(name)[:count]:
                path = case.html if kind == "html" else case.text
                if path is None:
                    continue
                raw = path.read_bytes()
                try:
                    warta.extract(raw)
                except warta.WartaError:
                    continue
                peak = peak_memory(raw)
                ratios.append(peak / len(raw))
                above.append((peak - baselines[kind]) / len(raw))
            if ratios:
                ratios.sort()
                above.sort()
                print(
                    f"corpus {name:13} {kind:4} {len(ratios):3} pages: peak per input byte "
                    f"median {ratios[len(ratios) // 2]:.1f}, max {ratios[-1]:.1f}; above the "
                    f"{baselines[kind] / 1e3:.0f} KB baseline median {above[len(above) // 2]:.1f}, "
                    f"max {above[-1]:.1f}"
                )
    return _grown_corpus(corpus, count)


def _grown_corpus(corpus: Any, count: int) -> bool:
    slopes: list[tuple[float, str]] = []
    for name in corpus.CORPORA:
        for case in corpus.load(name)[:count]:
            if case.text is None:
                continue
            small = case.text.read_text(encoding="utf-8")
            try:
                large = grow(small, CORPUS_FACTOR)
                warta.extract(large)
            except (ValueError, IndexError, warta.WartaError):
                continue  # no paragraph to grow (a text that opens like markup), or refused
            extra = len(large.encode("utf-8")) - len(small.encode("utf-8"))
            if extra > 0:
                slope = (peak_memory(large) - peak_memory(small)) / extra
                slopes.append((slope, f"{name}/{case.id}"))
    if not slopes:
        return True
    slopes.sort()
    worst, page = slopes[-1]
    print(
        f"corpus texts grown {CORPUS_FACTOR}x, {len(slopes)} pages: memory slope median "
        f"{slopes[len(slopes) // 2][0]:.1f}, max {worst:.1f} ({page[:40]})  "
        f"{_yes(worst <= MAX_MEMORY_PER_BYTE)}"
    )
    return worst <= MAX_MEMORY_PER_BYTE


if __name__ == "__main__":
    raise SystemExit(main())
