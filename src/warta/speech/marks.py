"""Quote marks: where a quotation opens and closes in a paragraph.

Marks are not words of a language, so they live here rather than in the lexicon. Outlets mix
them freely: Tribunnews opens with “ and closes with a straight ", German-style „ closes with ”,
and ’ is also an apostrophe ("Master’s"). So a mark opens when it stands before a word and after
a space, closes when it stands after a word and before no letter, and any closer of the same
family (double or single) ends a quote opened by any opener of that family.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_DOUBLE_OPEN = '“"„«‟'
_DOUBLE_CLOSE = '”"“»‟'
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’‘›"
_MARKS = re.compile(
    "[" + re.escape(_DOUBLE_OPEN + _DOUBLE_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE) + "]"
)
_SINGLE_CLOSERS = re.compile("[" + re.escape(_SINGLE_CLOSE) + "]")
#: The marks that may open a quotation: none in a paragraph, no quotation (an apostrophe, a
#: closer only, is no reason to walk the marks).
_OPENERS = re.compile("[" + re.escape(_DOUBLE_OPEN + _SINGLE_OPEN) + "]")
#: Characters after which a mark may open: a space, a bracket, a dash or a slash.
_BEFORE_OPEN = "([{—–-/:"
#: Marks that may stand apart from the words they enclose, by a space.
_SPACED = "«»‹›"
#: Trailing characters that belong to the sentence, not to the quoted words.
_TRAIL = " \t,;:"


class Marked(NamedTuple):
    """One quotation in a paragraph: the opening mark at `open`, the words in [start, end), and
    the closing mark at `close` (None when the paragraph ends first). A named tuple: cheap."""

    open: int
    start: int
    end: int
    close: int | None

    @property
    def region(self) -> tuple[int, int]:
        """From the opening mark to just past the closing mark (or the paragraph's end)."""
        return self.open, (self.close + 1 if self.close is not None else self.end)


def _can_open(text: str, i: int) -> bool:
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPEN
    # French typography puts a space inside guillemets: « Europe will pay more, ... ».
    inside_ok = not text[i + 1].isspace() or text[i] in _SPACED if i + 1 < len(text) else False
    return before_ok and inside_ok


def _can_close(text: str, i: int) -> bool:
    inside_ok = i > 0 and (not text[i - 1].isspace() or text[i] in _SPACED)
    return inside_ok and (i + 1 == len(text) or not text[i + 1].isalnum())


def _family(char: str) -> str:
    return _DOUBLE_CLOSE if char in _DOUBLE_OPEN else _SINGLE_CLOSE


def scan(text: str) -> list[Marked]:
    """The quotations of one paragraph, in order; one pass over its marks.

    >>> [text[m.start:m.end] for text in ['“Kami siap," kata dia.'] for m in scan(text)]
    ['Kami siap']
    >>> [m.close for m in scan("“Belum selesai.")]
    [None]
    """
    first = _OPENERS.search(text)
    if first is None:
        return []
    found: list[Marked] = []
    opened: int | None = None
    closers = ""
    last_single = -1  # where the last single closer is, once a single opener is met
    # Marks before the first opener neither open nor close anything.
    for match in _MARKS.finditer(text, first.start()):
        i, char = match.start(), match.group()
        if opened is None:
            if char in _DOUBLE_OPEN + _SINGLE_OPEN and _can_open(text, i):
                if char in _SINGLE_OPEN and last_single < 0:
                    last_single = _last_single_close(text)
                if char in _SINGLE_OPEN and i >= last_single and _OPENERS.search(text, i + 1):
                    # A single mark no closer follows, with quotations after it, opens none:
                    # the glottal stop of Tongan and Hawaiian names ("Mr Tevita ‘Unga Fonua,
                    # said ... “...,” he said").
                    continue
                opened, closers = i, _family(char)
        elif char in closers and _can_close(text, i):
            found.append(_marked(text, opened, i))
            opened = None
    if opened is not None:
        found.append(_marked(text, opened, None))
    return found


def _last_single_close(text: str) -> int:
    """Where the paragraph's last single mark that may close a quotation is (0 when none)."""
    marks = [m.start() for m in _SINGLE_CLOSERS.finditer(text)]
    return next((i for i in reversed(marks) if _can_close(text, i)), 0)


def _marked(text: str, opened: int, close: int | None) -> Marked:
    start = opened + 1
    end = close if close is not None else len(text.rstrip())
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Marked(open=opened, start=start, end=end, close=close)
