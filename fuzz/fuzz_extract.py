"""Fuzz `warta.extract` for a set time; exit non-zero on any finding.

A finding is a crash (any exception that is not a `warta.WartaError`), a record that breaks the
output contract (`fuzz.checks.problems`: not JSON-serialisable, NUL or lone surrogates, spans that
do not index the text), or a hang (one input over the per-input time budget).

    python -m fuzz.fuzz_extract --seconds 600               # atheris when installed
    python -m fuzz.fuzz_extract --seconds 60 --engine hypothesis

Engines:

- `atheris` (libFuzzer, coverage-guided): starts from the seed corpus in `fuzz/seeds/` (written
  from `fuzz.pages` on first run), mutates bytes, and stops at the first crash or at a slow
  input (`-timeout`). libFuzzer prints the executions; this script adds a summary line.
- `hypothesis`: draws random inputs and mutated hand-written pages (`fuzz.mutate`) and runs each
  in a forked child with the time budget (`fuzz.guard`), so a hang in C code is caught too; it
  keeps going after a finding and saves every finding under `--findings`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
FINDINGS = HERE / "findings"
WORK = HERE / "corpus"


def write_seeds(folder: Path = SEEDS) -> list[Path]:
    """The seed corpus: every hand-written page as UTF-8 and UTF-16 bytes, plus a few mutations
    of each. Files already there are kept."""
    from fuzz.mutate import mutate
    from fuzz.pages import PAGES

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, page in sorted(PAGES.items()):
        variants = {
            f"{name}.utf8": page.encode(),
            f"{name}.utf16": page.encode("utf-16"),
            **{f"{name}.mut{seed}": mutate(page, seed, 4).encode("utf-8", "surrogatepass")
               for seed in range(3)},
        }
        for stem, data in variants.items():
            path = folder / f"{stem}.seed"
            if not path.exists():
                path.write_bytes(data)
            written.append(path)
    return written


def _as_input(data: bytes) -> str | bytes:
    """Half of the inputs go in as bytes (decoding path), half as str (lone surrogates kept)."""
    if data[:1] and data[0] % 2:
        # surrogateescape turns each invalid byte into a lone surrogate: hostile str input.
        return data[1:].decode("utf-8", "surrogateescape")
    return data


def _as_call(data: bytes) -> tuple[str | bytes, str | None]:
    """The input, and for half of the inputs a `url` taken from the first line (any text,
    "http://[" and control characters included: the url is hostile input too)."""
    if data[:1] and data[0] & 2:
        head, _, rest = data[1:].partition(b"\n")
        return _as_input(data[:1] + rest), head[:300].decode("utf-8", "surrogateescape")
    return _as_input(data), None


#: When a quarter of the inputs were fetched: a page's relative times ("5 hours ago") are read
#: against it; year 1 too, where counting back leaves the calendar.
_FETCHED = (
    dt.datetime(2025, 3, 11, 18, 40, 12, tzinfo=dt.timezone.utc),
    dt.datetime(1, 1, 1, 0, 0, tzinfo=dt.timezone.utc),
)


def _fetched(data: bytes) -> dt.datetime | None:
    if not data[:1] or not data[0] & 4:
        return None
    return _FETCHED[bool(data[0] & 8)]


def run_atheris(seconds: int, budget: int, max_len: int) -> int:
    import atheris

    with atheris.instrument_imports():
        import warta
        from fuzz.checks import problems

    def one_input(data: bytes) -> None:
        try:
            raw, url = _as_call(data)
            article = warta.extract(raw, url=url, fetched=_fetched(data))
        except warta.WartaError:
            return
        found = problems(article)
        if found:
            raise AssertionError("bad record: " + "; ".join(found))

    write_seeds()
    FINDINGS.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    argv = [
        sys.argv[0],
        f"-max_total_time={seconds}",
        f"-timeout={budget}",
        f"-max_len={max_len}",
        "-rss_limit_mb=3072",
        "-print_final_stats=1",
        f"-artifact_prefix={FINDINGS}/",
        str(WORK),  # libFuzzer adds what it finds to the first folder: keep the seeds clean
        str(SEEDS),
    ]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()  # exits the process: 0 when time ran out, non-zero on a finding
    return 0


class _TimeUp(Exception):
    """Raised inside the hypothesis test once the fuzzing time is spent."""


def run_hypothesis(seconds: int, budget: int, findings: Path) -> int:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from fuzz.guard import guarded
    from fuzz.mutate import mutated_pages, random_inputs

    stats = {"executions": 0, "findings": 0, "errors": 0, "records": 0, "slowest": 0.0}
    deadline = time.monotonic() + seconds
    findings.mkdir(parents=True, exist_ok=True)

    @settings(
        max_examples=10**9, deadline=None, database=None, phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    # A mutated page may hold lone surrogates: as bytes they stay, invalid UTF-8 to decode.
    @given(st.one_of(random_inputs(), mutated_pages(), mutated_pages().map(_surrogate_bytes)))
    def fuzz(raw: str | bytes) -> None:
        if time.monotonic() > deadline:
            raise _TimeUp
        outcome = guarded(raw, timeout=budget)
        stats["executions"] += 1
        stats["slowest"] = max(stats["slowest"], outcome.seconds)
        if outcome.error is not None:
            stats["errors"] += 1
        elif outcome.article is not None:
            stats["records"] += 1
        if outcome.finding:
            stats["findings"] += 1
            _save(findings, raw, outcome.finding)

    started = time.monotonic()
    with contextlib.suppress(_TimeUp):
        fuzz()
    stats["seconds"] = round(time.monotonic() - started, 1)
    stats["slowest"] = round(stats["slowest"], 2)
    print(json.dumps({"engine": "hypothesis", **stats}))
    return 1 if stats["findings"] else 0


def _surrogate_bytes(page: str) -> bytes:
    return page.encode("utf-8", "surrogatepass")


def _save(folder: Path, raw: str | bytes, finding: str) -> None:
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
    stem = hashlib.sha1(data).hexdigest()[:12]
    (folder / f"{stem}.input").write_bytes(data)
    (folder / f"{stem}.txt").write_text(f"{type(raw).__name__}\n{finding}\n", encoding="utf-8")
    print(f"finding {stem}: {finding.splitlines()[-1][:200]}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz")
    parser.add_argument("--budget", type=int, default=20, help="seconds one input may take")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--max-len", type=int, default=65_536, help="atheris: longest input")
    parser.add_argument("--findings", type=Path, default=FINDINGS)
    args = parser.parse_args(argv)
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    if engine == "atheris":
        return run_atheris(args.seconds, args.budget, args.max_len)
    return run_hypothesis(args.seconds, args.budget, args.findings)


if __name__ == "__main__":
    raise SystemExit(main())
