"""The examples in the docstrings of every warta module run and give what they show: they are
the shortest documentation of each stage, and one that drifts from the code misleads."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import warta

#: The entry point runs the command line when imported; `warta.cli` holds its examples.
_SKIPPED = {"warta.__main__"}
#: Modules documented by example first of all: they must keep some.
_BY_EXAMPLE = {"warta.batch", "warta.sources", "warta.cli", "warta.testing", "warta.dask"}
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(warta.__path__, "warta.") if m.name not in _SKIPPED
)


def test_every_module_is_found() -> None:
    assert set(MODULES) >= _BY_EXAMPLE and "warta.speech.grammar" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0
    assert attempted > 0 or name not in _BY_EXAMPLE
