"""Audit every regex warta compiles for catastrophic backtracking.

    python -m fuzz.regex_audit            # prints findings, exit status 1 when there are any

It records each pattern compiled from `src/warta` (module level, lexicon-built, and ad hoc
`re.search(...)` calls) while importing warta and extracting every hand-written page in both
languages, then checks each one two ways:

- statically (a hint to read, not a finding): an unbounded repeat inside another unbounded
  repeat (`(a+)+`, `(?:\\w+\\s?)*`), the shape behind most catastrophic backtracking; and
- empirically: `finditer` over attack strings built from the pattern's own characters and words
  (each repeated to 1,000 and 10,000 characters); a pattern whose time grows more than 30-fold
  for the 10-fold longer string is super-linear.

Must run in a fresh interpreter (it patches `re` before warta is imported).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

SRC = str(Path(__file__).resolve().parents[1] / "src" / "warta")
UNBOUNDED = 60  # a repeat allowing more than this many is treated as unbounded
REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}


def record_patterns() -> dict[tuple[str, int], str]:
    """(pattern, flags) -> where it was compiled, for every pattern compiled from src/warta."""
    seen: dict[tuple[str, int], str] = {}
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "re.py")):
            frame = frame.f_back  # type: ignore[assignment]
        if frame is not None and frame.f_code.co_filename.startswith(SRC) and isinstance(
            compiled.pattern, str
        ):
            where = f"{frame.f_code.co_filename[len(SRC) + 1 :]}:{frame.f_lineno}"
            seen.setdefault((compiled.pattern, compiled.flags), where)
        return compiled

    re._compile = spy  # type: ignore[attr-defined]
    try:
        import warta
        from fuzz.pages import PAGES

        for page in PAGES.values():
            warta.extract(page)
            for language in ("id", "en"):
                warta.extract(page, language=language)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return seen


def _walk(parsed: Any, inside_repeat: bool) -> Iterator[str]:
    for op, av in parsed:
        if op in REPEATS:
            low, high, body = av
            unbounded = high == sre_constants.MAXREPEAT or high > UNBOUNDED
            if unbounded and inside_repeat:
                upper = "" if high == sre_constants.MAXREPEAT else high
                yield f"unbounded repeat {{{low},{upper}}} nested in another"
            yield from _walk(body, inside_repeat or (unbounded and _variable(body)))
        elif op is sre_constants.SUBPATTERN:
            yield from _walk(av[3], inside_repeat)
        elif op is sre_constants.BRANCH:
            for branch in av[1]:
                yield from _walk(branch, inside_repeat)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            yield from _walk(av[1], inside_repeat)
        # ATOMIC_GROUP and POSSESSIVE_REPEAT never backtrack into themselves: safe.


def _variable(body: Any) -> bool:
    low, high = body.getwidth()
    return bool(high > low)


def static_findings(pattern: str, flags: int) -> list[str]:
    return sorted(set(_walk(sre_parse.parse(pattern, flags), inside_repeat=False)))


def _alphabet(pattern: str) -> list[str]:
    """Attack pieces: the pattern's literal words and characters, and common ones."""
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\\[a-zA-Z]", " ", pattern))
    chars = {c for c in pattern if not c.isalnum() and c not in "\\()[]{}?*+|^$"}
    common = ["a", "A", "7", " ", "\n", ".", ",", "-", '"', "\u201c", "'", "(", "/", ":"]
    common += ["Ab ", "a1 "]
    return sorted({*words[:40], *(f"{w} " for w in words[:40]), *chars, *common})


def _seconds(compiled: re.Pattern[str], text: str) -> float:
    started = time.perf_counter()
    for _ in compiled.finditer(text):
        pass
    return time.perf_counter() - started


def empirical_findings(pattern: str, flags: int, size: int = 1_000) -> list[str]:
    compiled = re.compile(pattern, flags)
    found = []
    for piece in _alphabet(pattern):
        # Doubling sizes up to `size`: a linear pattern reads a thousand characters in
        # microseconds, so 20 ms at any size is super-linear, and stopping there keeps an
        # exponential pattern from running for ever.
        spent, length = 0.0, 0
        for length in _LADDER:
            spent = _seconds(compiled, _attack(piece, length))
            if spent >= 0.02:
                break
        if spent >= 0.02:
            kind = "exponential" if length <= 64 else "super-linear"
            found.append(f"{piece!r} x {length}: {spent * 1e3:.0f} ms ({kind})")
            continue
        one = _seconds(compiled, _attack(piece, size))
        ten = _seconds(compiled, _attack(piece, size * 10))
        if one > 0.0005 and ten > 30 * one:
            found.append(f"{piece!r} x {size}: {one * 1e3:.1f} ms, x 10: {ten * 1e3:.0f} ms")
    return found


# Small steps while small: an exponential pattern's time multiplies with every few characters.
_LADDER = (*range(4, 65, 2), 128, 256, 512, 1_000)


def _attack(piece: str, length: int) -> str:
    # The piece repeated, then a character no pattern expects, so that every match attempt fails
    # late.
    return (piece * (length // len(piece) + 1))[:length] + "\x00"


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    patterns = record_patterns()
    findings = hints = 0
    for (pattern, flags), where in sorted(patterns.items(), key=lambda item: item[1]):
        # A nested repeat is safe when a mandatory separator splits its iterations
        # (`\\d+(?:[.,]\\d+)*`), so the static shape is a hint to read; the timing is the finding.
        shape, timing = static_findings(pattern, flags), empirical_findings(pattern, flags)
        if shape or timing:
            hints += bool(shape)
            findings += bool(timing)
            print(f"{where}: {pattern[:160]!r}")
            for problem in shape:
                print(f"    hint: {problem}")
            for problem in timing:
                print(f"    FINDING: {problem}")
    print(f"{len(patterns)} patterns audited: {findings} super-linear, {hints} nested-repeat hints")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
