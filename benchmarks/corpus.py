"""The evaluation corpus (`../shared/corpus`, pages and ground truth by other projects) and the
metrics warta is measured by.

Each corpus has its own ground-truth format; `load(name)` turns every one into `Case`s with the
same fields, so the benchmark and the quality-gate tests score all corpora the same way.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: Where the shared corpus sits relative to the checkout; WARTA_CORPUS overrides it.
ROOT = Path(
    os.environ.get("WARTA_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)
SEED = ROOT.parent / "seed" / "tribunnews-ascn-2024.txt"
CORPORA = ("zyte", "fundus", "slasherrb-id", "anpandu-id")


@dataclass(frozen=True)
class Case:
    """One page with its ground truth. Fields the corpus does not give are None."""

    corpus: str
    id: str
    html: Path
    text: Path | None
    url: str | None = None
    body: str | None = None
    title: str | None = None
    authors: list[str] | None = None
    published: dt.datetime | None = None
    language: str | None = None
    #: When the page was fetched, where the corpus says (fundus's crawl_date).
    fetched: dt.datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)


def available() -> bool:
    return ROOT.is_dir()


def load(name: str) -> list[Case]:
    """All cases of one corpus, sorted by id."""
    loaders = {
        "zyte": _zyte,
        "fundus": _fundus,
        "slasherrb-id": _slasherrb,
        "anpandu-id": _anpandu,
    }
    return sorted(loaders[name](ROOT / name), key=lambda c: c.id)


def _zyte(base: Path) -> Iterator[Case]:
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    for key, value in truth.items():
        text = base / "text" / f"{key}.txt"
        yield Case(
            "zyte",
            key,
            base / "html" / f"{key}.html",
            text if text.exists() else None,
            url=value.get("url"),
            body=value.get("articleBody"),
        )


def _fundus_body(body: dict[str, object]) -> str:
    parts: list[str] = []
    for key in ("summary",):
        parts.extend(body.get(key) or [])  # type: ignore[arg-type]
    for section in body.get("sections") or []:  # type: ignore[attr-defined]
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n".join(parts)


def _fundus(base: Path) -> Iterator[Case]:
    entries = json.loads((base / "index.json").read_text(encoding="utf-8"))
    for entry in entries:
        expected = json.loads((base / entry["expected_json"]).read_text(encoding="utf-8"))
        truth = expected[entry["parser_version"]]
        case = _fundus_case(base, entry["html"], entry.get("url"), entry.get("lang"), truth)
        yield replace(case, fetched=_crawled(entry.get("crawl_date")))
    for truth_file in sorted(base.glob("*/history/*.expected.json")):
        html = truth_file.with_name(truth_file.name.replace(".expected.json", ".html"))
        expected = json.loads(truth_file.read_text(encoding="utf-8"))
        truth = next(iter(expected.values()))
        yield _fundus_case(base, str(html.relative_to(base)), None, None, truth)


#: The zone of fundus's naive crawl_date: Berlin, where it was crawled. Its pages say so: one
#: showing "PUBLISHED 3 SECONDS AGO" has a publishing_date of 11:26 UTC and a crawl_date of
#: 13:26 (summer time, UTC+2).
_CRAWL_ZONE = "Europe/Berlin"


def _crawled(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    crawled = dt.datetime.fromisoformat(value)
    if crawled.tzinfo is not None:
        return crawled
    try:
        return crawled.replace(tzinfo=ZoneInfo(_CRAWL_ZONE))
    except ZoneInfoNotFoundError:  # no time zone database: UTC is two hours off at most
        return crawled.replace(tzinfo=dt.timezone.utc)


def _fundus_case(base: Path, html: str, url: str | None, lang: str | None, truth: dict) -> Case:
    text = base / "text" / Path(html).with_suffix(".txt")
    date = truth.get("publishing_date")
    authors = truth.get("authors")
    return Case(
        "fundus",
        html,
        base / html,
        text if text.exists() else None,
        url=url,
        body=_fundus_body(truth.get("body") or {}),
        title=truth.get("title"),
        authors=list(authors) if authors is not None else None,
        published=dt.datetime.fromisoformat(date) if date else None,
        language=lang if lang not in (None, "?") else None,
    )


def _slasherrb(base: Path) -> Iterator[Case]:
    for html in sorted(base.glob("*.html")):
        body = (base / f"{html.stem}_expectation.txt").read_text(encoding="utf-8")
        text = base / "text" / f"{html.stem}.txt"
        yield Case("slasherrb-id", html.stem, html, text if text.exists() else None, body=body)


def _anpandu(base: Path) -> Iterator[Case]:
    data = json.loads((base / "expected.json").read_text(encoding="utf-8"))
    for article in data["articles"]:
        expected = article["expected"]
        if isinstance(expected, str):
            expected = ast.literal_eval(expected)
        name = Path(article["file"]).stem
        text = base / "text" / f"{name}.txt"
        epoch = expected.get("date")
        published = (
            dt.datetime.fromtimestamp(int(epoch) / 1000, tz=dt.timezone.utc) if epoch else None
        )
        yield Case(
            "anpandu-id",
            name,
            base / "html" / article["file"],
            text if text.exists() else None,
            url=expected.get("url"),
            title=expected.get("title"),
            published=published,
            extra={"content": expected.get("content"), "source": expected.get("source")},
        )


# -- metrics -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The zyte benchmark's unit: `\\w+` tokens in 4-gram shingles, counted as a multiset."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(predicted: str, expected: str) -> tuple[float, float]:
    """Per-page shingle precision and recall (the zyte benchmark's definition)."""
    pred, true = shingles(predicted), shingles(expected)
    overlap = sum((pred & true).values())
    if not pred and not true:
        return 1.0, 1.0
    precision = overlap / sum(pred.values()) if pred else (0.0 if true else 1.0)
    recall = overlap / sum(true.values()) if true else (0.0 if pred else 1.0)
    return precision, recall


def body_f1(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Macro precision, recall, and F1 from the averages, over (predicted, expected) pairs."""
    if not pairs:
        return 0.0, 0.0, 0.0
    scores = [precision_recall(p, e) for p, e in pairs]
    precision = sum(s[0] for s in scores) / len(scores)
    recall = sum(s[1] for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def same_title(predicted: str | None, expected: str | None) -> bool:
    """Exact title, up to whitespace."""
    return bool(predicted) and " ".join(predicted.split()) == " ".join((expected or "").split())


def same_day(predicted: dt.date | None, expected: dt.datetime | None) -> bool:
    """The publication day: a predicted datetime is compared in the expected value's zone; a
    bare predicted date (the page gave no time) against the expected day in UTC or in WIB, the
    zone of the Indonesian pages whose ground truth is given in UTC."""
    if predicted is None or expected is None:
        return False
    if isinstance(predicted, dt.datetime):
        zone = expected.tzinfo or dt.timezone.utc
        aware = predicted if predicted.tzinfo else predicted.replace(tzinfo=zone)
        local = aware.astimezone(zone).date()
        return local == expected.date() or aware.date() == _in_wib(expected)
    return predicted in (expected.date(), _in_wib(expected))


def _in_wib(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(dt.timezone(dt.timedelta(hours=7))).date()


def same_people(predicted: list[str], expected: list[str]) -> bool:
    """Authors exactly right: the same names, in any order, up to case and spacing."""

    def norm(names: list[str]) -> list[str]:
        return sorted(" ".join(n.lower().split()) for n in names)

    return norm(predicted) == norm(expected)
