"""The examples in the docstrings of the batch, sources, CLI, Dask and testing modules run."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "name", ["warta.batch", "warta.sources", "warta.cli", "warta.testing", "warta.dask"]
)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert attempted > 0 and failed == 0
