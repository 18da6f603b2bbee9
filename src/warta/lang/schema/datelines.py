from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatelineWords:
    """Outlets that open a story with a dateline: "TRIBUNNEWS.COM, JAKARTA -",
    "Jakarta (ANTARA) -"."""

    #: Outlet names as they appear in datelines and "Name - detikNews" bylines (case-insensitive).
    outlets: tuple[str, ...] = ()
    #: The first words of a newspaper network's papers (lowercased): "Radar Madiun", "Radar
    #: Kediri" of Jawa Pos's Radar papers; with a capitalised name after them, an outlet.
    brands: tuple[str, ...] = ()
    #: Words in capitals that open a story with a colon and are no place: "BREAKING:",
    #: "UPDATE:" (lowercased). "SINGAPORE: ..." is a dateline.
    kickers: tuple[str, ...] = ()
    #: Whether the language's press writes a dateline as a place's name and a colon ("Semarang:
    #: Badan Meteorologi ..."); where that is rare, a name and a colon more often open a note
    #: ("Disclosure: ...") or a title ("Star Wars Jedi: ..."), and the name is read as a place
    #: only when the paragraph names it again ("Pune: The Pune Municipal Corporation ...").
    named_colon: bool = False
    #: Words of a copyright line and of a company's name that name no outlet of their own
    #: (lowercased): "Copyright © 2025 Diplomat Media Inc. All rights reserved." is Diplomat's.
    company_words: tuple[str, ...] = ()
    #: The last word of a news outlet's name that no person's name ends with (lowercased):
    #: "ABS-CBN News", "Kyodo News", "The Jakarta Herald" are outlets by their shape alone.
    masthead_words: tuple[str, ...] = ()
