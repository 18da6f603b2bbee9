"""warta at scale: pages per second with one and two worker processes, and memory in long runs.

    python -m benchmarks.scale                       # both parts, over ../shared/corpus
    python -m benchmarks.scale --speed --repeat 3    # only the --jobs 1 / --jobs 2 timing
    python -m benchmarks.scale --memory --extractions 20000

Speed: the console script itself, `warta extract <corpus> ... -o /dev/null --jobs N`, in a fresh
process, over every page of the corpus folder (HTML and copied text) `--repeat` times, wall clock
from start to exit (interpreter and pool start included, as a user sees it). Target on 2 cores:
`--jobs 2` gives at least 1.7x the pages per second of `--jobs 1`.

Memory: one process extracting corpus pages in turn (read from disk each time, so the input is
not what grows), RSS sampled after a garbage collection. Target: RSS after 20,000 extractions
within 50 MB of RSS after 1,000 (peers grow by about 1 MB a page: trafilatura #216).

The machine's load is printed beside the figures: timings taken while other work runs are noisy,
and on a machine saturated by other sessions (Linux shares CPU fairly per session, "autogroup"),
a second worker gets no extra CPU and wall clock cannot show a speedup at all. So the CPU seconds
of the main process and of the workers are measured too, and the speedup they imply on idle cores
is printed beside the wall-clock one.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus

SPEEDUP_TARGET = 1.7
GROWTH_TARGET_MB = 50.0


def speed(repeat: int, jobs: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    """Pages per second of the console script for each worker count."""
    from warta import sources

    pages = sum(1 for path in sources.expand(str(corpus.ROOT)) if isinstance(path, str))
    figures: dict[str, Any] = {"pages": pages * repeat, "load_before": os.getloadavg()}
    for n in jobs:
        command = [
            sys.executable, "-m", "warta", "extract", *[str(corpus.ROOT)] * repeat,
            "-o", os.devnull, "--jobs", str(n), "--no-progress",
        ]
        start = time.perf_counter()
        code, cpu = _run_counting_cpu(command)
        seconds = time.perf_counter() - start
        if code not in (0, 1):  # 1 only says some page failed
            raise SystemExit(f"warta extract failed with status {code}")
        figures[f"jobs{n}"] = {
            "seconds": seconds, "pages_per_second": pages * repeat / seconds, "cpu": cpu,
        }
    figures["load_after"] = os.getloadavg()
    first, last = figures[f"jobs{jobs[0]}"], figures[f"jobs{jobs[-1]}"]
    figures["speedup"] = last["pages_per_second"] / first["pages_per_second"]
    figures["idle_estimate"] = _idle_estimate(first["cpu"], last["cpu"], jobs[-1])
    return figures


def _run_counting_cpu(command: list[str]) -> tuple[int, dict[str, float]]:
    """Run `command`; return its status and the CPU seconds of it ("main") and of its workers.

    Pool workers are grandchildren, which `RUSAGE_CHILDREN` does not count, so the process
    tree is sampled while it runs (the last fraction of a second of each worker is missed).
    """
    try:
        import psutil
    except ImportError:
        return subprocess.run(command, stdout=subprocess.DEVNULL, check=False).returncode, {}
    seen: dict[int, float] = {}
    with psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as main:
        while main.poll() is None:
            for proc in [main, *main.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = proc.cpu_times()
                    seen[proc.pid] = times.user + times.system
            time.sleep(0.2)
    main_cpu = seen.pop(main.pid, 0.0)
    return main.returncode, {"main": main_cpu, "workers": sum(seen.values())}


def _idle_estimate(one: dict[str, float], many: dict[str, float], jobs: int) -> float | None:
    """The speedup on `jobs` idle cores that the CPU seconds imply.

    On a machine shared under fair scheduling per session (Linux autogroups), a session gets
    the same CPU share with one worker or two, so wall clock cannot show parallel speedup
    there; CPU seconds still show the cost of the parallel run. With one worker everything runs
    in the main process; with `jobs` the work is spread over the workers and the main process
    only reads and writes, overlapping with them.
    """
    if not one or not many or not many["workers"]:
        return None
    return one["main"] / max(many["workers"] / jobs, many["main"])


def memory(
    extractions: int, early: int = 1_000, samples: int = 10, distinct: bool = True
) -> dict[str, Any]:
    """RSS (MB) after `early` extractions and at even steps up to `extractions`.

    With `distinct`, each page gets a line of its own ("ref 12345") at the end, so no two
    inputs are the same, as in a crawl: a cache keyed by content would grow without bound here,
    while cycling through the corpus alone would fill it once and hide it.
    """
    import warta
    from warta.batch import CONTAINED

    paths = _page_paths()
    early = min(early, extractions)
    checkpoints = sorted({early, *range(extractions // samples, extractions + 1,
                                         max(1, extractions // samples))})
    rss: dict[int, float] = {}
    failed: dict[str, int] = {}
    start = time.perf_counter()
    for done, path in enumerate(itertools.islice(itertools.cycle(paths), extractions), start=1):
        try:
            raw = path.read_bytes()
            warta.extract(raw + b"\n<p>ref %d</p>\n" % done if distinct else raw)
        except CONTAINED as error:  # as in a batch run: one page's failure is not the run's
            failed[type(error).__name__] = failed.get(type(error).__name__, 0) + 1
        if done in checkpoints:
            gc.collect()
            rss[done] = _rss_mb()
            print(f"  {done:>6} extractions: RSS {rss[done]:7.1f} MB "
                  f"({time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
    return {
        "extractions": extractions, "corpus_pages": len(paths), "distinct": distinct,
        "failed": failed,
        "seconds": time.perf_counter() - start, "rss_mb": rss, "early": early,
        "growth_mb": rss[max(rss)] - rss[early],
    }


def _page_paths() -> list[Path]:
    paths: list[Path] = []
    for name in corpus.CORPORA:
        for case in corpus.load(name):
            paths.append(case.html)
            if case.text is not None:
                paths.append(case.text)
    return paths


def _rss_mb() -> float:
    try:
        import psutil
    except ImportError:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return float(psutil.Process().memory_info().rss) / 2**20


def _report(figures: dict[str, Any]) -> None:
    if "speed" in figures:
        s = figures["speed"]
        print(f"speed over {s['pages']} pages (load {s['load_before'][0]:.1f} before, "
              f"{s['load_after'][0]:.1f} after, on {os.cpu_count()} cores):")
        for key in sorted(k for k in s if k.startswith("jobs")):
            cpu = ", ".join(f"{k} {v:.1f}" for k, v in s[key]["cpu"].items())
            print(f"  --{key[:4]} {key[4:]}: {s[key]['pages_per_second']:7.1f} pages/s "
                  f"({s[key]['seconds']:.1f} s; CPU s: {cpu or 'unknown'})")
        verdict = "meets" if s["speedup"] >= SPEEDUP_TARGET else "misses"
        print(f"  speedup {s['speedup']:.2f}x ({verdict} the {SPEEDUP_TARGET}x target)")
        if s["idle_estimate"]:
            print(f"  speedup implied by CPU seconds, on idle cores: {s['idle_estimate']:.2f}x")
    if "memory" in figures:
        m = figures["memory"]
        early, last = m["early"], max(m["rss_mb"])
        verdict = "meets" if m["growth_mb"] <= GROWTH_TARGET_MB else "misses"
        inputs = "each input distinct" if m["distinct"] else "inputs repeat"
        print(f"memory over {m['extractions']} extractions of {m['corpus_pages']} pages, {inputs} "
              f"({m['seconds']:.0f} s; failed: {m['failed'] or 'none'}):")
        print(f"  RSS after {early}: {m['rss_mb'][early]:.1f} MB; after {last}: "
              f"{m['rss_mb'][last]:.1f} MB; growth {m['growth_mb']:+.1f} MB "
              f"({verdict} the {GROWTH_TARGET_MB:.0f} MB target)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speed", action="store_true", help="only the speed part")
    parser.add_argument("--memory", action="store_true", help="only the memory part")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (speed)")
    parser.add_argument("--extractions", type=int, default=20_000, help="(memory)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--repeat-inputs", action="store_true",
        help="(memory) cycle through the corpus pages as they are, not made distinct",
    )
    args = parser.parse_args(argv)
    if not corpus.available():
        print(f"the corpus is absent ({corpus.ROOT})", file=sys.stderr)
        return 2
    both = not (args.speed or args.memory)
    figures: dict[str, Any] = {}
    if args.speed or both:
        figures["speed"] = speed(args.repeat)
    if args.memory or both:
        figures["memory"] = memory(args.extractions, distinct=not args.repeat_inputs)
    _report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
