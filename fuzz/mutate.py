"""Mutations of hand-written pages: the broken and hostile variants a crawler brings home.

Used by the hypothesis property tests and by the fuzz harnesses. Every mutation is a pure
function of (page, random choices); the strategies below draw those choices.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from hypothesis import strategies as st

from fuzz.pages import PAGES

#: Fragments that stress the stages most: quote marks, number grammar, labels, boilerplate,
#: markup and characters that need cleaning.
INJECTIONS: tuple[str, ...] = (
    '"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "'",
    "Rp", "Rp 1,5 triliun", "12,5 persen", "US$1.2 billion", "rose 3.5%", "1.2.3.4.5",
    "0,", ".", ",", "-", "\u2013", "\u2014", ":", "(", ")", "[", "]", "/", "%",
    "kata", "ujar", "said", "told reporters", "menurut", "Penulis:", "Editor:", "Reporter:",
    "Baca juga:", "Read also:", "Halaman", "1 2 3", "Selanjutnya", "(ams/idh)", "Copyright",
    "JAKARTA, KOMPAS.com -", "Jakarta -", "(Reuters) -", "Senin (3/2/2025)", "WIB",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "&amp;", "&#0;", "&#x110000;", "&lol;", "<?xml version='1.0'?>",
    "\x00", "\x0b", "\x1b", "\ufeff", "\u200b", "\u00ad", "\u202e", "\ud800", "\udfff",
    "\x93", "\x94", "\u00e2\u20ac\u0153", "\n", "\n\n", "\r", "\t", " ",
    "\u0e01", "\u062c", "\u96e8", "\U0001f600", "\u0301",
)

Mutation = Callable[[list[str], random.Random], list[str]]


def _delete(lines: list[str], rng: random.Random) -> list[str]:
    if not lines:
        return lines
    at = rng.randrange(len(lines))
    return lines[:at] + lines[at + 1 :]


def _duplicate(lines: list[str], rng: random.Random) -> list[str]:
    if not lines:
        return lines
    at = rng.randrange(len(lines))
    return lines[: at + 1] + [lines[at]] * rng.randint(1, 5) + lines[at + 1 :]


def _swap(lines: list[str], rng: random.Random) -> list[str]:
    if len(lines) < 2:
        return lines
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    out = list(lines)
    out[a], out[b] = out[b], out[a]
    return out


def _shuffle(lines: list[str], rng: random.Random) -> list[str]:
    out = list(lines)
    rng.shuffle(out)
    return out


def _inject(lines: list[str], rng: random.Random) -> list[str]:
    if not lines:
        return [rng.choice(INJECTIONS)]
    at = rng.randrange(len(lines))
    line = lines[at]
    cut = rng.randint(0, len(line))
    piece = rng.choice(INJECTIONS) * rng.choice((1, 1, 1, 2, 7, 50))
    return [*lines[:at], line[:cut] + piece + line[cut:], *lines[at + 1:]]


def _truncate_line(lines: list[str], rng: random.Random) -> list[str]:
    if not lines:
        return lines
    at = rng.randrange(len(lines))
    return [*lines[:at], lines[at][:rng.randint(0, len(lines[at]))], *lines[at + 1:]]


def _cut_page(lines: list[str], rng: random.Random) -> list[str]:
    return lines[: rng.randint(0, len(lines))]


def _join(lines: list[str], rng: random.Random) -> list[str]:
    if len(lines) < 2:
        return lines
    at = rng.randrange(len(lines) - 1)
    return [*lines[:at], lines[at] + " " + lines[at + 1], *lines[at + 2:]]


MUTATIONS: tuple[Mutation, ...] = (
    _delete, _duplicate, _swap, _shuffle, _inject, _inject, _inject, _truncate_line, _cut_page,
    _join,
)


def mutate(page: str, seed: int, steps: int) -> str:
    """`page` after `steps` random mutations drawn from `seed`: the same seed, the same page.

    >>> mutate(PAGES["kompas-text"], seed=1, steps=3) == mutate(PAGES["kompas-text"], 1, 3)
    True
    """
    rng = random.Random(seed)
    lines = page.split("\n")
    for _ in range(steps):
        lines = rng.choice(MUTATIONS)(lines, rng)
    return "\n".join(lines)


def mutated_pages() -> st.SearchStrategy[str]:
    """Hand-written pages after a few mutations."""
    return st.builds(
        mutate,
        st.sampled_from(sorted(PAGES.values())),
        st.integers(min_value=0, max_value=2**32 - 1),
        st.integers(min_value=1, max_value=12),
    )


def random_inputs() -> st.SearchStrategy[str | bytes]:
    """Inputs with no page shape at all: any text (lone surrogates included) or any bytes."""
    pieces = st.one_of(st.text(), st.sampled_from(INJECTIONS))
    return st.one_of(
        st.text(min_size=0, max_size=400),
        st.lists(pieces, max_size=60).map("".join),
        st.binary(max_size=400),
        st.lists(pieces, max_size=60).map(lambda parts: "<html><body>" + "".join(parts)),
    )
