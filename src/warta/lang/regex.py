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


def folded(matched: str) -> str:
    """The lexicon key of words a case-insensitive pattern matched: lowercased, with the letters
    that Python's `re` takes for ASCII ones under IGNORECASE made those letters. A page's
    "millıon" (dotless ı), "EDİTOR" (dotted İ), "ſec" (long s) or a Kelvin sign matches
    "million", "editor", "sec", "km", and lowercasing alone would find no such key.

    >>> folded("MİLLıON"), folded("\u212am")
    ('million', 'km')
    """
    return matched.translate(_RE_FOLDS).lower()


#: What IGNORECASE matches an ASCII letter with, besides its two cases (sre's special folds).
_RE_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k", "\u212b": "å"})


#: A node of the prefix tree: each next character to its subtree, "" marking a word's end.
_Node = dict[str, "_Node"]


def trie(words: Iterable[str], *, whole: bool = False) -> str:
    """A regex matching any of `words`, as a prefix tree: at each character the engine follows
    one branch instead of trying every word in turn.

    Matches what `alternation` matches: longest first (the optional tails are greedy), a space
    matching any run of spaces. With `whole`, a word is matched only whole: not after a word
    character when it starts with a letter or digit, not before one when it ends with one (so
    "%" and "a.m." work where `\\b` fails).

    >>> trie(["satu", "sama", "dua"])
    '(?:dua|sa(?:ma|tu))'
    >>> bool(re.fullmatch(trie(["ke", "ke angka"]), "ke   angka"))
    True
    >>> [m.group() for m in re.finditer(trie(["km", "%", "kg"], whole=True), "5 km, 7%, 3kg")]
    ['km', '%']
    """
    unique = sorted(set(words))
    if not whole:
        return _tree(unique, whole) or "(?!)"
    bounded = _tree([w for w in unique if w[:1].isalnum()], whole)
    free = _tree([w for w in unique if not w[:1].isalnum()], whole)
    parts = ([rf"(?<!\w){bounded}"] if bounded else []) + ([free] if free else [])
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _tree(words: list[str], whole: bool) -> str:
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root, whole, "")


def _branch(node: _Node, whole: bool, last: str) -> str:
    tails = [
        (r"\s+" if char == " " else re.escape(char)) + _branch(child, whole, char)
        for char, child in node.items()
        if char
    ]
    end = r"(?!\w)" if whole and last.isalnum() else ""
    if not tails:
        return end
    body = tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})"
    if "" not in node:
        return body
    return f"(?:{body}|{end})" if end else f"(?:{body})?"
