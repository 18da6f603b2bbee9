from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NumberWords:
    """Number grammar words: scale words, number words, currencies, change verbs. Filled by the
    figures issue."""

    #: Scale words to their multiplier: "juta" -> 1e6.
    scales: tuple[tuple[str, float], ...] = ()
