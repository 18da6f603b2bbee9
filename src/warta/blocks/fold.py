"""Pages of very many tiny blocks: past a budget, neighbouring short blocks fold into one.

A block costs about 150 bytes of Python objects while a page is read (the block, its string, its
labels), however short its text. A news page has a few hundred blocks (in the evaluation corpus
at most 573 lines of copied text and 649 blocks of HTML), so that cost is a few bytes per byte
of the page; a flood of one-letter lines or of empty paragraphs makes it seventy. So the first
`SINGLE_BLOCKS` blocks of a page are each their own, as always, and after them a run of short
blocks (a menu, a tag cloud, a dump) is read as blocks of up to `FOLD_CHARS` characters, their
texts joined by newlines, as the record joins a run of removed lines. A block of `SHORT_CHARS`
or more stays its own: a paragraph is never folded into another.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

__all__ = ["FOLD_CHARS", "SHORT_CHARS", "SINGLE_BLOCKS", "folded", "short"]

#: Blocks of a page that are each their own, whatever their length.
SINGLE_BLOCKS = 2_000
#: Past them, a block shorter than this folds with its short neighbours ...
SHORT_CHARS = 64
#: ... into a block of this many characters at most (or one piece more).
FOLD_CHARS = 2_000


def short(count: int, text: str) -> bool:
    """Whether a block of `text`, coming after `count` blocks of the page, is one to fold.

    >>> short(10, "Menu"), short(SINGLE_BLOCKS, "Menu"), short(SINGLE_BLOCKS, "x" * SHORT_CHARS)
    (False, True, False)
    """
    return count >= SINGLE_BLOCKS and len(text) < SHORT_CHARS


def folded(texts: Iterable[str]) -> Iterator[str]:
    """`texts` as blocks: the first `SINGLE_BLOCKS` each its own, then each run of short ones
    joined by newlines, `FOLD_CHARS` at most a block.

    >>> lines = ["Judul"] * SINGLE_BLOCKS + ["a", "b", "Isi berita. " * 6, "c"]
    >>> list(folded(lines))[SINGLE_BLOCKS:]
    ['a\\nb', 'Isi berita. Isi berita. Isi berita. Isi berita. Isi berita. Isi berita. ', 'c']
    """
    texts = iter(texts)
    yield from islice(texts, SINGLE_BLOCKS)
    run: list[str] = []
    size = 0
    for text in texts:
        if len(text) >= SHORT_CHARS:
            if run:
                yield "\n".join(run)
                run, size = [], 0
            yield text
            continue
        run.append(text)
        size += len(text) + 1
        if size >= FOLD_CHARS:
            yield "\n".join(run)
            run, size = [], 0
    if run:
        yield "\n".join(run)
