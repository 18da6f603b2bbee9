"""Helpers for tests that check what warta reads from your pages.

`assert_article` checks only the fields you name, so a test states what it cares about and
survives new fields; `assert_golden` pins a whole record in a JSON file, written the first time
and compared after. Both fail with an `AssertionError` that lists each differing field by path.

>>> import warta
>>> article = warta.Article(title="Banjir di Bandung", language="id")
>>> assert_article(article, {"title": "Banjir di Bandung", "authors": []})
>>> assert_article(article, {"title": "Banjir di Bogor"})
Traceback (most recent call last):
...
AssertionError: the article differs in 1 field(s):
  title: expected 'Banjir di Bogor', got 'Banjir di Bandung'
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic_core import to_jsonable_python

from warta.records import Article

#: Set to 1 to rewrite every golden file from the records the tests now produce.
UPDATE_ENV = "WARTA_UPDATE_GOLDEN"
#: A string longer than this is shown as a line diff rather than two reprs side by side.
_LONG = 80


def assert_article(article: Article, expected: Mapping[str, Any]) -> None:
    """Fail unless `article` has the values given in `expected`, a subset of its fields.

    Values are compared as JSON (`article.model_dump(mode="json")`): dates as ISO strings, enums
    as their values; you may also give `datetime.date`, enums or records, which are converted
    the same way. Inside a field, a dict checks only the keys it names and a list must match
    element by element, each element partially in the same way:
    `{"authors": [{"name": "Rina Wulandari"}]}` checks there is one author with that name.
    """
    unknown = sorted(set(expected) - set(Article.model_fields))
    if unknown:
        raise AssertionError(f"Article has no field(s) {unknown}; fields are "
                             f"{sorted(Article.model_fields)}")
    actual = article.model_dump(mode="json")
    wanted = to_jsonable_python(dict(expected))
    problems = list(_differences(wanted, {k: actual[k] for k in wanted}, "", partial=True))
    if problems:
        raise AssertionError(_report("the article", problems))


def assert_golden(article: Article, path: str | os.PathLike[str], update: bool = False) -> None:
    """Compare `article` with the record saved in the JSON file at `path`, in every field.

    The file is written, and the check passes, when it does not exist yet, when `update` is
    true, or when the environment variable WARTA_UPDATE_GOLDEN is 1; review the change with
    `git diff` before committing it. Otherwise the saved record must equal this one exactly.
    """
    golden = Path(path)
    current = article.model_dump(mode="json")
    if update or os.environ.get(UPDATE_ENV) == "1" or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n", "utf-8")
        return
    saved = json.loads(golden.read_text(encoding="utf-8"))
    problems = list(_differences(saved, current, "", partial=False))
    if problems:
        hint = f"\n(if the new record is right: {UPDATE_ENV}=1 rewrites {golden})"
        raise AssertionError(_report(f"the article and {golden}", problems) + hint)


def _differences(expected: Any, actual: Any, at: str, *, partial: bool) -> Iterator[str]:
    """One line (or block) per difference, each naming its path: "authors[0].name"."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        keys = expected if partial else sorted(set(expected) | set(actual))
        for key in keys:
            where = f"{at}.{key}" if at else str(key)
            if key not in actual:
                yield f"{where}: expected {_show(expected[key])}, but there is no such key"
            elif key not in expected:
                yield f"{where}: not expected, got {_show(actual[key])}"
            else:
                yield from _differences(expected[key], actual[key], where, partial=partial)
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield (f"{at}: expected {len(expected)} item(s), got {len(actual)}: "
                   f"{_show(actual)}")
            return
        for i, (want, got) in enumerate(zip(expected, actual, strict=True)):
            yield from _differences(want, got, f"{at}[{i}]", partial=partial)
    elif expected != actual:
        yield _mismatch(at, expected, actual)


def _mismatch(at: str, expected: Any, actual: Any) -> str:
    strings = isinstance(expected, str) and isinstance(actual, str)
    if strings and max(len(expected), len(actual)) > _LONG:
        lines = difflib.unified_diff(
            _wrap(expected), _wrap(actual), "expected", "got", lineterm="", n=1
        )
        return f"{at}: differs\n" + "\n".join(f"    {line}" for line in lines)
    return f"{at}: expected {_show(expected)}, got {_show(actual)}"


def _wrap(text: str) -> list[str]:
    # Paragraphs are lines of the diff, so a changed paragraph shows as one changed line.
    return text.split("\n")


def _show(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 2 * _LONG else shown[: 2 * _LONG] + "..."


def _report(what: str, problems: list[str]) -> str:
    body = "\n".join(f"  {problem}" for problem in problems)
    return f"{what} differs in {len(problems)} field(s):\n{body}"
