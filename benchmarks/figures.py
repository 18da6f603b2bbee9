"""What figures and changes cost the text path: median time per page with and without them.

    python -m benchmarks.figures              # up to 40 copied-text pages of each corpus
    python -m benchmarks.figures --pages 100

For each page (the corpora's copied page text, `../shared/corpus/*/text/`), `warta.extract` is
timed with `Options(figures=False)` and with `figures=True`, best of `--repeat` runs each, and
the figure stage alone (`find_figures` on the extracted paragraphs) is timed too. Target (issue
5): figures add at most 20% to the median time per page. The stage-alone ratio is the steadier
number on a loaded machine, where the two whole-pipeline medians wander by more than the stage
costs.
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


def _best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def _texts(pages: int) -> list[str]:
    texts = []
    for name in corpus.CORPORA:
        cases = [case for case in corpus.load(name) if case.text is not None]
        step = max(1, len(cases) // pages)
        texts += [path.read_text(encoding="utf-8") for case in cases[::step][:pages]
                  if (path := case.text)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40, help="pages per corpus")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    without, with_, stage = [], [], []
    off, on = Options(figures=False), Options(figures=True)
    for raw in _texts(args.pages):
        without.append(_best(partial(warta.extract, raw, options=off), args.repeat))
        with_.append(_best(partial(warta.extract, raw, options=on), args.repeat))
        article = warta.extract(raw, options=off)
        lex = lexicon(article.language or "en")
        stage.append(_best(partial(find_figures, article.paragraphs, lex), args.repeat))
    base = statistics.median(without)
    print(f"pages: {len(without)}")
    print(f"median per page without figures: {base * 1000:.1f} ms")
    print(f"median per page with figures:    {statistics.median(with_) * 1000:.1f} ms")
    print(f"figure stage alone: median {statistics.median(stage) * 1000:.2f} ms, "
          f"max {max(stage) * 1000:.1f} ms, {statistics.median(stage) / base:.1%} of the page")


if __name__ == "__main__":
    main()
