from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatelineWords:
    """Outlets that open a story with a dateline: "TRIBUNNEWS.COM, JAKARTA -",
    "Jakarta (ANTARA) -"."""

    #: Outlet names as they appear in datelines and "Name - detikNews" bylines (case-insensitive).
    outlets: tuple[str, ...] = ()
    #: Words in capitals that open a story with a colon and are no place: "BREAKING:",
    #: "UPDATE:" (lowercased). "SINGAPORE: ..." is a dateline.
    kickers: tuple[str, ...] = ()
