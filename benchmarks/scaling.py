"""Scaling: a page 100x larger takes at most 150x the time, and peak memory stays under 10x the
input size plus a fixed baseline.

    python -m benchmarks.scaling                 # every hand-written page, 1x and 100x
    python -m benchmarks.scaling --factor 1000   # harder
    python -m benchmarks.scaling --json out.json
    python -m benchmarks.scaling --corpus 20     # and memory per byte on real pages

Pages are the hand-written ones in `fuzz.pages`, grown by repeating their body (`fuzz.pages.grow`),
so the large page has the same shape as the small one. Time is the minimum of a few runs with
`time.perf_counter` (a shared machine only ever adds time); memory is the peak that `tracemalloc`
sees while one `extract` runs, measured in a separate run because tracing slows Python down. The
baseline is the peak of the smallest page: lexicons, compiled patterns and the parser's tables.
Exit status 1 when a page breaks either bound.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fuzz.pages import PAGES, grow  # noqa: E402

import warta  # noqa: E402

#: The bounds the issue sets: time ratio for 100x the input, memory per input byte.
MAX_TIME_RATIO_PER_FACTOR = 1.5
MAX_MEMORY_PER_BYTE = 10


@dataclass(frozen=True)
class Row:
    page: str
    factor: int
    small_bytes: int
    large_bytes: int
    small_seconds: float
    large_seconds: float
    time_ratio: float
    peak_bytes: int
    baseline_bytes: int
    memory_bound: int

    @property
    def ok(self) -> bool:
        time_ok = self.time_ratio <= MAX_TIME_RATIO_PER_FACTOR * self.factor
        return time_ok and self.peak_bytes <= self.memory_bound


def once(raw: str) -> float:
    started = time.perf_counter()
    warta.extract(raw)
    return time.perf_counter() - started


def timings(small: str, large: str, runs: int) -> tuple[float, float]:
    """Minimum seconds of each page, the runs interleaved so that both see the same load."""
    once(small)  # warm lexicons and patterns
    times = [(once(small), once(large)) for _ in range(runs)]
    return min(t[0] for t in times), min(t[1] for t in times)


def peak_memory(raw: str) -> int:
    """Peak bytes Python allocates while one `extract` runs, beyond what was held before."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        warta.extract(raw)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def measure(name: str, factor: int, baseline: int, runs: int = 3) -> Row:
    small, large = PAGES[name], grow(PAGES[name], factor)
    small_seconds, large_seconds = timings(small, large, runs)
    size = len(large.encode("utf-8"))
    return Row(
        page=name,
        factor=factor,
        small_bytes=len(small.encode("utf-8")),
        large_bytes=size,
        small_seconds=round(small_seconds, 4),
        large_seconds=round(large_seconds, 4),
        time_ratio=round(large_seconds / small_seconds, 1),
        peak_bytes=peak_memory(large),
        baseline_bytes=baseline,
        memory_bound=MAX_MEMORY_PER_BYTE * size + baseline,
    )


def baseline_memory() -> int:
    """The fixed part of peak memory: the largest peak over the small pages, after warming."""
    for page in PAGES.values():
        warta.extract(page)
    return max(peak_memory(page) for page in PAGES.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--pages", default=",".join(sorted(PAGES)), help="comma-separated names")
    parser.add_argument("--json", type=Path, help="write the rows here too")
    parser.add_argument(
        "--corpus", type=int, default=0, metavar="N",
        help="also print peak memory per input byte on the first N pages of each corpus",
    )
    args = parser.parse_args(argv)
    baseline = baseline_memory()
    rows = [measure(name, args.factor, baseline) for name in args.pages.split(",")]
    print(
        f"{'page':14} {'1x KB':>7} {'Nx KB':>8} {'1x ms':>7} {'Nx ms':>9} {'ratio':>6} "
        f"{'peak MB':>8} {'bound MB':>9}  ok   (N={args.factor}; time ratio <= "
        f"{MAX_TIME_RATIO_PER_FACTOR * args.factor:.0f}, peak <= {MAX_MEMORY_PER_BYTE}x input "
        f"+ {baseline / 1e6:.1f} MB baseline)"
    )
    for row in rows:
        print(
            f"{row.page:14} {row.small_bytes / 1e3:7.1f} {row.large_bytes / 1e3:8.1f} "
            f"{row.small_seconds * 1e3:7.1f} {row.large_seconds * 1e3:9.1f} {row.time_ratio:6.1f} "
            f"{row.peak_bytes / 1e6:8.1f} {row.memory_bound / 1e6:9.1f}  "
            f"{'yes' if row.ok else 'NO'}"
        )
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=2))
    if args.corpus:
        corpus_memory(args.corpus)
    return 0 if all(row.ok for row in rows) else 1


def corpus_memory(count: int) -> None:
    """Peak memory per input byte on real pages (`../shared/corpus`, read, never copied)."""
    from benchmarks import corpus

    if not corpus.available():
        print("corpus: absent, skipped")
        return
    for name in corpus.CORPORA:
        ratios = []
        for case in corpus.load(name)[:count]:
            raw = case.html.read_bytes()
            try:
                warta.extract(raw)
            except warta.WartaError:
                continue
            ratios.append(peak_memory(raw) / len(raw))
        if ratios:
            ratios.sort()
            print(
                f"corpus {name:13} {len(ratios):3} pages: peak per input byte median "
                f"{ratios[len(ratios) // 2]:.1f}, max {ratios[-1]:.1f}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
