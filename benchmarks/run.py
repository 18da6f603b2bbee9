"""Score warta and its peers on the evaluation corpus, side by side, in one run.

    python -m benchmarks.run --input text              # every corpus, copied-text input
    python -m benchmarks.run --input html --corpus zyte
    python -m benchmarks.run --input both --worst 10    # also list warta's worst pages

Each (tool, corpus, input) runs in a fresh child process, one after another, so timings do not
share a core and peak memory (the child's max RSS) is the tool's own. Per page: body precision and
recall (the zyte benchmark's shingle metric), exact title, exact author set, publication day, and
the time of the extract call after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import corpus, peers

WARM_UP = 3


def worker(tool: str, name: str, kind: str) -> dict[str, Any]:
    """Run one tool over one corpus in this process; return per-page rows and memory."""
    adapter = peers.available()[tool]
    cases = [c for c in corpus.load(name) if (c.text if kind == "text" else c.html)]
    pages = [_read(c, kind) for c in cases]
    for page, case in list(zip(pages, cases, strict=True))[:WARM_UP]:
        adapter(page, kind, case.url, case.fetched)
    base_rss = _rss_mb()
    rows = []
    for page, case in zip(pages, cases, strict=True):
        start = time.perf_counter()
        out = adapter(page, kind, case.url, case.fetched)
        seconds = time.perf_counter() - start
        rows.append(_score(case, out, seconds))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"rows": rows, "peak_rss_mb": peak, "base_rss_mb": base_rss}


def _read(case: corpus.Case, kind: str) -> str | bytes:
    if kind == "text":
        assert case.text is not None
        return case.text.read_text(encoding="utf-8")
    return case.html.read_bytes()


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _score(case: corpus.Case, out: peers.Output, seconds: float) -> dict[str, Any]:
    row: dict[str, Any] = {"id": case.id, "seconds": seconds}
    if case.body is not None:
        row["precision"], row["recall"] = corpus.precision_recall(out.body, case.body)
    if case.title is not None:
        row["title"] = corpus.same_title(out.title, case.title)
    if case.authors is not None:
        row["authors"] = corpus.same_people(out.authors, case.authors)
    if case.published is not None:
        row["day"] = corpus.same_day(out.published, case.published)
    return row


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    rows = result["rows"]
    times = sorted(r["seconds"] * 1000 for r in rows)
    summary: dict[str, Any] = {
        "pages": len(rows),
        "median_ms": statistics.median(times) if times else 0.0,
        "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))] if times else 0.0,
        "peak_rss_mb": result["peak_rss_mb"],
    }
    scored = [r for r in rows if "precision" in r]
    if scored:
        precision = sum(r["precision"] for r in scored) / len(scored)
        recall = sum(r["recall"] for r in scored) / len(scored)
        summary["precision"], summary["recall"] = precision, recall
        summary["f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0
    for key in ("title", "authors", "day"):
        values = [r[key] for r in rows if key in r]
        if values:
            summary[key] = sum(values) / len(values)
    return summary


def _child(tool: str, name: str, kind: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.run", "--worker", tool, name, kind]
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{tool} on {name}/{kind} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _fmt(value: Any, spec: str) -> str:
    return format(value, spec) if isinstance(value, (int, float)) else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--input", choices=("text", "html", "both"), default="both")
    parser.add_argument("--corpus", action="append", choices=corpus.CORPORA)
    parser.add_argument("--tools", default=",".join(peers.available()))
    parser.add_argument("--worst", type=int, default=0, help="list warta's N worst pages")
    parser.add_argument("--json", type=Path, help="write every summary and row here")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return 0
    if not corpus.available():
        print(f"no corpus at {corpus.ROOT}; set WARTA_CORPUS", file=sys.stderr)
        return 2
    kinds = ("text", "html") if args.input == "both" else (args.input,)
    names = args.corpus or list(corpus.CORPORA)
    tools = [t for t in args.tools.split(",") if t in peers.available()]
    report: dict[str, Any] = {}
    header = f"{'input':5} {'corpus':13} {'tool':12} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} "
    header += f"{'title':>6} {'auth':>6} {'day':>6} {'med ms':>8} {'p95 ms':>8} {'RSS MB':>7}"
    print(header)
    for kind in kinds:
        for name in names:
            for tool in tools:
                result = _child(tool, name, kind)
                summary = summarise(result)
                report[f"{kind}/{name}/{tool}"] = {"summary": summary, "rows": result["rows"]}
                print(
                    f"{kind:5} {name:13} {tool:12} {summary['pages']:>5} "
                    + " ".join(
                        f"{_fmt(summary.get(k), '.3f'):>6}"
                        for k in ("precision", "recall", "f1", "title", "authors", "day")
                    )
                    + f" {summary['median_ms']:>8.2f} {summary['p95_ms']:>8.2f}"
                    + f" {summary['peak_rss_mb']:>7.0f}",
                    flush=True,
                )
                if tool == "warta" and args.worst:
                    _print_worst(result["rows"], args.worst)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str))
    return 0


def _print_worst(rows: list[dict[str, Any]], count: int) -> None:
    def f1(row: dict[str, Any]) -> float:
        p, r = row.get("precision", 1.0), row.get("recall", 1.0)
        return 2 * p * r / (p + r) if p + r else 0.0

    for row in sorted(rows, key=f1)[:count]:
        flags = " ".join(k for k in ("title", "authors", "day") if row.get(k) is False)
        print(
            f"      worst: {row['id'][:60]:60} P={row.get('precision', 1):.2f} "
            f"R={row.get('recall', 1):.2f} {flags}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
