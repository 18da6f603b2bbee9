"""Scoring `warta.extract` on the held-out pages of tests/data/pages (see its README).

python tests/pages_eval.py        # per page what is wrong, then the totals
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import warta
from warta.records import Article, Person

PAGES = Path(__file__).parent / "data" / "pages"
#: The fields scored page by page, each right or wrong.
FIELDS = (
    "title", "authors", "editors", "dateline", "published", "day", "updated",
    "tags", "captions", "credits", "pagination",
)
#: A credit's label, which pages write or leave out as they like ("Photo: X", "Picture by X",
#: "FOTO/X", "File photo: X").
_CREDIT_LABEL = re.compile(
    # An outlet's initials may open the label: "ST PHOTO: ...", "AFP PHOTO / ...".
    r"^(?:[a-z]{1,4}\s)?(?:file\s)?(?:photo(?:graph|grapher)?|picture|image|foto|credit|pic|file)"
    r"\s*(?:by|:|\.\.\.|/)\s*"
)


def _ws(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _names(people: list[Person]) -> list[str]:
    return sorted(_ws(p.name or p.initials).casefold() for p in people)


def _moment(got: dt.date | None, want: str | None, *, day: bool = False) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    got_day = got.date() if isinstance(got, dt.datetime) else got
    if day or "T" not in want:
        return got_day == dt.date.fromisoformat(want[:10])
    expected = dt.datetime.fromisoformat(want)
    # The same instant to the minute: a page shows minutes, its machine time may add seconds;
    # a wrong zone is a wrong instant, whichever offset the record writes it in.
    return isinstance(got, dt.datetime) and _minute(got) == _minute(expected)


def _minute(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc).replace(second=0, microsecond=0)


@dataclass
class PageScore:
    name: str
    right: dict[str, bool]
    #: Body paragraphs found that are the truth's, over those found, and over the truth's.
    precision: float
    recall: float
    wrong: list[str] = field(default_factory=list)


def score_page(folder: Path) -> PageScore:
    truth: dict[str, Any] = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    html = truth["format"] == "html"
    source = folder / ("page.html" if html else "page.txt")
    article = warta.extract(source.read_bytes() if html else source.read_text(encoding="utf-8"))
    return _score(folder.name, article, truth)


def _score(name: str, article: Article, truth: dict[str, Any]) -> PageScore:
    line = truth.get("dateline")
    found = article.dateline
    right = {
        "title": _ws(article.title) == _ws(truth["title"]),
        "authors": _names(article.authors) == sorted(_ws(n).casefold() for n in truth["authors"]),
        "editors": _names(article.editors) == sorted(_ws(n).casefold() for n in truth["editors"]),
        "dateline": (found is None)
        if line is None
        else found is not None
        and _ws(found.location).casefold() == _ws(line.get("location")).casefold()
        and _ws(found.outlet).casefold() == _ws(line.get("outlet")).casefold(),
        "published": _moment(article.published, truth.get("published")),
        "day": _moment(article.published, truth.get("published"), day=True),
        "updated": _moment(article.updated, truth.get("updated")),
        "tags": _folded(article.tags) == _folded(truth.get("tags") or []),
        "captions": sorted(_ws(i.caption) for i in article.images if i.caption)
        == sorted(_ws(i["caption"]) for i in truth.get("images") or [] if i.get("caption")),
        "credits": sorted(_credit(i.credit) for i in article.images if i.credit)
        == sorted(_credit(i["credit"]) for i in truth.get("images") or [] if i.get("credit")),
        "pagination": _pages(article) == _pages_of(truth.get("pagination")),
    }
    want = [_ws(p) for p in truth["paragraphs"]]
    got = [_ws(p) for p in article.paragraphs]
    hits = len(set(want) & set(got))
    wrong = [f"{k}: got {_got(article, k)!r}" for k, ok in right.items() if not ok]
    missing = [w[:60] for w in want if w not in got]
    extra = [g[:60] for g in got if g not in want]
    if missing or extra:
        wrong.append(f"body: missing {missing} extra {extra}")
    return PageScore(
        name,
        right,
        precision=hits / len(got) if got else 0.0,
        recall=hits / len(want) if want else 1.0,
        wrong=wrong,
    )


def _folded(tags: list[str]) -> list[str]:
    # "#Scam" and "Scam" are one tag: pages and truths write the "#" or leave it out.
    return sorted(_ws(t).lstrip("#").casefold() for t in tags)


def _credit(text: str | None) -> str:
    """A credit as compared: who is credited, whatever the label and brackets around it."""
    return _CREDIT_LABEL.sub("", _ws(text).strip("()[]—–-/ .").casefold()).strip(" .")


def _pages(article: Article) -> tuple[int, int | None] | None:
    found = article.pagination
    return (found.page, found.pages) if found else None


def _pages_of(truth: dict[str, Any] | None) -> tuple[int, int | None] | None:
    return (truth["page"], truth.get("pages")) if truth else None


def _got(article: Article, name: str) -> Any:
    if name in ("authors", "editors"):
        return _names(getattr(article, name))
    if name == "day":
        return article.published
    if name in ("captions", "credits"):
        return [(i.caption, i.credit) for i in article.images]
    if name == "pagination":
        return _pages(article)
    value = getattr(article, name)
    return value.isoformat() if isinstance(value, dt.date) else value


def score_all(pages: Path = PAGES) -> list[PageScore]:
    return [score_page(truth.parent) for truth in sorted(pages.glob("*/truth.json"))]


def totals(scores: list[PageScore]) -> dict[str, float]:
    """The share of pages each field is right on, and body precision and recall (means)."""
    out = {name: sum(s.right[name] for s in scores) / len(scores) for name in FIELDS}
    out["precision"] = sum(s.precision for s in scores) / len(scores)
    out["recall"] = sum(s.recall for s in scores) / len(scores)
    return out


def main() -> None:
    scores = score_all()
    for s in scores:
        print(f"{s.name:45} {'ok' if not s.wrong else ''}")
        for wrong in s.wrong:
            print(f"    {wrong[:200]}")
    for name, value in totals(scores).items():
        print(f"{name:10} {value:.3f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    main()
