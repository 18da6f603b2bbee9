"""Write `expected.json` beside every text fixture from what warta extracts today.

The output is for a person to review as a diff (`git diff fixtures/`) before committing: a
changed expectation is either an improvement to keep or a regression to fix.

    python scripts/regenerate_fixtures.py            # every fixture under fixtures/text/
    python scripts/regenerate_fixtures.py kompas-banjir tribunnews-jembatan
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import warta

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "text"
#: Filled by other stages (quotes, figures and changes have their own tests): not compared.
EXCLUDED = {"quotes", "figures", "changes"}


def expected_record(folder: Path) -> dict[str, object]:
    """The record of `folder/page.txt` as JSON-ready data, without the excluded fields; given
    the page's address (`url.txt`) and when it was fetched (`fetched.txt`, ISO 8601) when the
    fixture has them."""
    url = _beside(folder, "url.txt")
    fetched = _beside(folder, "fetched.txt")
    article = warta.extract(
        (folder / "page.txt").read_bytes(),
        url=url,
        fetched=dt.datetime.fromisoformat(fetched) if fetched else None,
    )
    data: dict[str, object] = article.model_dump(mode="json", exclude=EXCLUDED)
    return data


def _beside(folder: Path, name: str) -> str | None:
    path = folder / name
    return path.read_text(encoding="utf-8").strip() if path.exists() else None


def main(argv: list[str]) -> int:
    folders = [FIXTURES / name for name in argv] if argv else sorted(FIXTURES.iterdir())
    for folder in folders:
        if not (folder / "page.txt").exists():
            continue
        record = expected_record(folder)
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        (folder / "expected.json").write_text(text, encoding="utf-8")
        print(f"wrote {folder.relative_to(ROOT)}/expected.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
