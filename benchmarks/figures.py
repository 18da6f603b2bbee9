"""What figures and changes cost the text path: median time per page with and without them.

    python -m benchmarks.figures              # up to 40 copied-text pages of each corpus
    python -m benchmarks.figures --pages 10 --rounds 6

Over the corpora's copied page text (`../shared/corpus/*/text/`), the whole text path is run
with `Options(figures=False)` and with `figures=True`, a loop over all pages at a time, the two
interleaved for `--rounds` rounds; the figure stage alone (`find_figures` on the extracted
paragraphs) is timed in each round too. Target (issue 5): figures add at most 20% to the time
per page. Per-page best-of-N timings proved misleading on a shared machine (a 1 ms stage showed
as a 12 ms gap), hence whole loops in turns.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial

import warta
from benchmarks import corpus
from warta.lang import lexicon
from warta.numbers import find_figures
from warta.options import Options


def _texts(pages: int) -> list[str]:
    texts = []
    for name in corpus.CORPORA:
        cases = [case for case in corpus.load(name) if case.text is not None]
        step = max(1, len(cases) // pages)
        texts += [path.read_text(encoding="utf-8") for case in cases[::step][:pages]
                  if (path := case.text)]
    return texts


def _loop(run: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for raw in texts:
        run(raw)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40, help="pages per corpus")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    texts = _texts(args.pages)
    off, on = Options(figures=False), Options(figures=True)
    articles = [warta.extract(raw, options=off) for raw in texts]
    runs: dict[str, list[float]] = {"with": [], "without": [], "stage": []}
    for turn in range(args.rounds):
        # Interleaved, and in turns, so both sides see the same load on a shared machine.
        order = [("with", on), ("without", off)][:: 1 if turn % 2 else -1]
        for name, options in order:
            runs[name].append(_loop(partial(warta.extract, options=options), texts))
        runs["stage"].append(_stage(articles))
    base = statistics.median(runs["without"])
    print(f"pages: {len(texts)}, rounds: {args.rounds}")
    for name, times in runs.items():
        print(f"{name:>8}: median {statistics.median(times) / len(texts) * 1000:.2f} ms a page")
    print(f"with / without: {statistics.median(runs['with']) / base:.3f} (median), "
          f"{min(runs['with']) / min(runs['without']):.3f} (best)")
    print(f"stage / without: {statistics.median(runs['stage']) / base:.3f}")


def _stage(articles: list[warta.Article]) -> float:
    start = time.perf_counter()
    for article in articles:
        find_figures(article.paragraphs, lexicon(article.language or "en"))
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
