"""Scoring the speech finder on the hand-written pages of tests/data/speech (see its README)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from warta.lang import lexicon
from warta.records import Quote
from warta.speech import find_quotes

PAGES = Path(__file__).parent / "data" / "speech"
_WORD = re.compile(r"\w+")
#: Token F1 at which a found quote counts as the expected one.
MATCH_F1 = 0.8


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def overlap(a: str, b: str) -> float:
    """Token F1 between two texts."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


@dataclass
class Score:
    found: int = 0
    expected: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    #: Matched quotes whose page gives a role, a date or a cue, and how many were right.
    roles: int = 0
    roles_right: int = 0
    dates: int = 0
    dates_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 1.0


def pages() -> list[tuple[str, dict[str, object]]]:
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(PAGES.glob("*.json"))
    ]


def score_page(page: dict[str, object], score: Score, log: list[str] | None = None) -> None:
    paragraphs = page["paragraphs"]
    expected = page["quotes"]
    assert isinstance(paragraphs, list) and isinstance(expected, list)
    found = find_quotes(paragraphs, lexicon(str(page["language"])))
    score.found += len(found)
    score.expected += len(expected)
    taken: set[int] = set()
    for want in expected:
        best: tuple[float, int, Quote] | None = None
        for i, got in enumerate(found):
            if i in taken or got.paragraph != want["paragraph"]:
                continue
            f1 = overlap(got.text, want["text"])
            if f1 >= MATCH_F1 and (best is None or f1 > best[0]):
                best = (f1, i, got)
        if best is None:
            if log is not None:
                log.append(f"  MISSED p{want['paragraph']} {want['speaker']}: {want['text'][:70]}")
            continue
        taken.add(best[1])
        got = best[2]
        score.matched += 1
        score.kind_right += got.kind.value == want["kind"]
        score.speaker_right += got.speaker == want["speaker"]
        if "speaker_role" in want:
            score.roles += 1
            score.roles_right += got.speaker_role == want["speaker_role"]
            if log is not None and got.speaker_role != want["speaker_role"]:
                log.append(f"  ROLE p{want['paragraph']} got {got.speaker_role!r}")
        if "date" in want:
            score.dates += 1
            score.dates_right += str(got.date) == want["date"]
        if log is not None and got.speaker != want["speaker"]:
            log.append(
                f"  SPEAKER p{want['paragraph']} got {got.speaker!r} want {want['speaker']!r}"
            )
    for i, got in enumerate(found):
        if i not in taken and log is not None:
            log.append(
                f"  EXTRA p{got.paragraph} {got.kind.value} {got.speaker!r}: {got.text[:70]}"
            )


def evaluate(log: list[str] | None = None) -> Score:
    score = Score()
    for name, page in pages():
        if log is not None:
            log.append(name)
        score_page(page, score, log)
    return score


if __name__ == "__main__":
    lines: list[str] = []
    s = evaluate(lines)
    print("\n".join(lines))
    print(
        f"found {s.found} expected {s.expected} matched {s.matched} "
        f"P {s.precision:.3f} R {s.recall:.3f} speaker {s.speaker_accuracy:.3f} "
        f"kind {s.kind_right}/{s.matched} role {s.roles_right}/{s.roles} "
        f"date {s.dates_right}/{s.dates}"
    )
