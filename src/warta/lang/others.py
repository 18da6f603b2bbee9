"""Languages warta has no lexicon for, each by its most frequent function words: enough to tell
that a page is written in one of them, and which, instead of guessing Indonesian from
Portuguese "para" or Italian "di", or English from "as".

Only words that are not common in English or Indonesian text are listed (no "para", "per",
"di", "do", "as", "es", "se", "met", "van"), so that a name or a borrowed phrase in an article
of ours does not outweigh its own function words.
"""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "pt": frozenset(
        "que não com uma os dos das em um mais pelo pela é são foi também ao aos nas nos "
        "sua seu como ela ele isso".split()
    ),
    "es": frozenset(
        "que el los las del por con una más está fue sus también como pero muy hay "
        "sobre entre su".split()
    ),
    "it": frozenset(
        "il che della dei delle degli nel nella non sono una gli alla anche più è questo "
        "come del dal".split()
    ),
    "fr": frozenset(
        "les des et est une pas pour dans qui sur du au avec ce sont ont été aux leur "
        "cette le".split()
    ),
    "de": frozenset(
        "und der die das ist nicht mit sich auf dem den ein eine zu für auch wird bei "
        "nach aus werden wurde sind dass oder".split()
    ),
    "nl": frozenset(
        "het een niet zijn ook voor naar wordt werd heeft bij dat deze maar uit".split()
    ),
    "sw": frozenset("kwa katika kuwa hiyo hii cha vya wake hilo".split()),
}
