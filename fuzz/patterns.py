"""Hostile text patterns, as functions of their length: for the linear-time tests and the
scaling benchmark's hostile pages (`benchmarks.scaling --hostile`).

Each is set into a hand-written page (`in_text`, `in_html`) as one line or paragraph of it.
"""

from __future__ import annotations

from collections.abc import Callable

from fuzz.pages import DETIK_HTML, KOMPAS_TEXT


def in_text(line: str) -> str:
    return KOMPAS_TEXT.replace("Menurut dia,", f"{line}\nMenurut dia,")


def in_html(line: str) -> str:
    return DETIK_HTML.replace("<p>Ia mengatakan", f"<p>{line}</p><p>Ia mengatakan")


#: Each pattern, as a function of its length in characters.
PATTERNS: dict[str, Callable[[int], str]] = {
    "straight-quotes": lambda n: '"' * n,
    "curly-quotes": lambda n: "\u201c\u201d" * (n // 2),
    # Single marks that never close, each with a quotation after it (the glottal-stop rule).
    "unclosed-singles": lambda n: "\u2018Unga \u201cya\u201d " * (n // 10),
    "quote-and-cue": lambda n: '"Kami siap," kata Budi. ' * (n // 24),
    "digits-and-dots": lambda n: "1.2." * (n // 4),
    "money": lambda n: "Rp 1.000.000,00 naik 12,5 persen " * (n // 33),
    "long-word": lambda n: "a" * n,
    "capitalised-run": lambda n: "Budi Santoso " * (n // 13),
    "open-brackets": lambda n: "([" * (n // 2),
    "initials": lambda n: "(ab/cd) " * (n // 8),
    "labels": lambda n: "Penulis: " * (n // 9),
    "dates": lambda n: "Senin, 3 Februari 2025 15:40 WIB " * (n // 33),
    "sentences": lambda n: "Ia pergi. Dr. Amran datang. " * (n // 28),
    # Attribution shapes whose readers look back or around: pronoun quotes read the text before
    # them, asides and affiliations are walked over, "..., tambahnya." closes reported speech.
    "pronoun-quotes": lambda n: "“Kami siap,” katanya. " * (n // 22),
    "nya-reported": lambda n: "Harga naik lagi, tambahnya. " * (n // 28),
    "menurutnya": lambda n: "Menurutnya, harga naik. " * (n // 24),
    "asides": lambda n: "Budi Santoso, " + "45, " * (n // 4) + "mengatakan harga naik.",
    "affiliations": lambda n: "Budi dari Hijau " * (n // 16) + "mengatakan harga naik.",
    # Names each given an age, every one a possible introduction walked back from.
    "aged-names": lambda n: "Budi Santoso, 47, " * (n // 18) + "mengatakan harga naik.",
    # Attributions set inside the content, in one sentence with a quote that voids each one.
    "inserted": lambda n: "“Ya” harga, kata Budi, naik " * (n // 28),
    "inserted-subject": lambda n: "“Ya” prices, he said, rise " * (n // 27),
    # Short lines each its own (a menu, a tag list): a block for every line.
    "menu-lines": lambda n: "".join(f"Menu {i}\n" for i in range(n // 9)),
    # The shortest blocks there are, past any page's count: lines of one letter, and (in HTML)
    # paragraphs of one letter (`warta.blocks.fold`).
    "one-letter-lines": lambda n: "a\n" * (n // 2),
    "tiny-paragraphs": lambda n: "a</p><p>" * (n // 8),
    # Characters every stage replaces or measures, dense: each match of a substitution was a
    # piece held to the end (windows-1252 quotes read as C1 controls, tabs, zero-width spaces).
    "c1-quotes": lambda n: "ab\x93" * (n // 3),
    "tabs": lambda n: "ab\t" * (n // 3),
    "zero-width": lambda n: "ab\u200b" * (n // 3),
    # Headings nested in themselves, each read whole as the page's headline.
    "nested-headings": lambda n: "<h1>" * 180 + "Banjir " * (max(n - 720, 0) // 7),
    # Elements past the depth limit, each a tag the depth bound drops.
    "deep-divs": lambda n: "<div>" * (n // 5),
    # One element with thousands of attributes (libxml2 compares each with all before it).
    "crowded-tag": lambda n: "<span " + " ".join(f"a{i}" for i in range(n // 7)) + ">ya</span>",
    "crowded-unclosed-tag": lambda n: "<i " + " ".join(f"a{i}" for i in range(n // 7)) + "<b>ya",
}
