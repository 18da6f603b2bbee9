"""What quotes and figures add to the text path's time per page (issues 4 and 5: at most 20%).

    python -m benchmarks.overhead                      # zyte copied text, 5 rounds
    python -m benchmarks.overhead --corpus fundus --corpus zyte --rounds 7

Each page is extracted with both stages off, with only quotes, with only figures and with both,
the four one after the other for each page and each round; a page's time in a variant is its
best round (a shared machine only ever adds time). Three readings of "adds at most 20%":

- `median`: the variant's median time per page over the base's median, the benchmark's own
  figure (`benchmarks.run` reports medians);
- `page`: the median over pages of each page's own ratio, what a typical page pays;
- `on top`: the stage's cost with the other stage already on (the default pipeline).
"""

from __future__ import annotations

import argparse
import statistics
import time

import warta
from benchmarks import corpus
from warta.options import Options

VARIANTS = {
    "base": Options(quotes=False, figures=False),
    "quotes": Options(quotes=True, figures=False),
    "figures": Options(quotes=False, figures=True),
    "both": Options(),
}
#: The issues' bound on what each stage may add.
TARGET = 1.20


def _texts(names: list[str]) -> list[str]:
    return [
        case.text.read_text(encoding="utf-8")
        for name in names
        for case in corpus.load(name)
        if case.text is not None
    ]


def _seconds(text: str, options: Options) -> float:
    start = time.perf_counter()
    warta.extract(text, options=options)
    return time.perf_counter() - start


def measure(texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Each variant's best time for each page, in seconds."""
    best = {name: [float("inf")] * len(texts) for name in VARIANTS}
    for _ in range(rounds):
        for page, text in enumerate(texts):
            for name, options in VARIANTS.items():
                best[name][page] = min(best[name][page], _seconds(text, options))
    return best


def readings(best: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """For quotes and figures: the three ratios of the module docstring."""
    median = {name: statistics.median(times) for name, times in best.items()}
    out: dict[str, dict[str, float]] = {}
    for stage, other in (("quotes", "figures"), ("figures", "quotes")):
        out[stage] = {
            "median": median[stage] / median["base"],
            "page": statistics.median(
                with_ / without for with_, without in zip(best[stage], best["base"], strict=True)
            ),
            "on top": median["both"] / median[other],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=corpus.CORPORA)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    names = args.corpus or ["zyte"]
    texts = _texts(names)
    for text in texts[:20]:  # warm up: lexicons, compiled patterns
        warta.extract(text)
    best = measure(texts, args.rounds)
    print(f"{len(texts)} copied-text pages of {', '.join(names)}, best of {args.rounds} rounds")
    for name, times in best.items():
        print(f"  {name:>8}: median {statistics.median(times) * 1000:.2f} ms a page")
    print(f"  {'stage':>8}  {'median':>7} {'page':>7} {'on top':>7}   (target <= {TARGET:.2f})")
    for stage, ratios in readings(best).items():
        cells = " ".join(f"{value:7.3f}" for value in ratios.values())
        print(f"  {stage:>8}  {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
