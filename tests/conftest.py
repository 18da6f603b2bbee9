import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The benchmark package holds the corpus loader and metrics the quality gates share.
sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402

FIXTURES = ROOT / "fixtures"

needs_corpus = pytest.mark.skipif(
    not corpus.available(), reason="../shared/corpus is absent (it is not part of the project)"
)
needs_seed = pytest.mark.skipif(
    not corpus.SEED.exists(), reason="../shared/seed is absent (it is not part of the project)"
)
