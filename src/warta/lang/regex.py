"""Turning lexicon words into regex source: the one helper every pattern builder shares."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, a space matching any run of spaces.

    Longest first so that "juli" is tried before "jul" and "ke angka" before "ke".

    >>> alternation(["ke", "ke angka", "ke"])
    'ke\\\\s+angka|ke'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)
