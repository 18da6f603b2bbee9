"""Tags: the topics a page lists under the story ("Tag: banjir depok, pompa air").

A tag list is boilerplate to the body (kind `tags`), and the record's `tags` field all the same:
its label line with the tags after it ("Topics: plastic waste, Jakarta"), or the label alone
with a tag a line after it, as a copied page gives a list of links.
"""

from __future__ import annotations

import re

from warta.blocks import Block, Label
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

__all__ = ["read_tags"]

#: What separates tags written on one line.
_SEPARATORS = re.compile(r"\s*[,;|·•#]\s*")
#: A line longer than this is no tag: a sentence, a headline.
_MAX_TAG_WORDS = 5
#: A one-word tag longer than this is a list's links copied with nothing between them
#: ("booksromanceauthorreader").
_MAX_WORD_CHARS = 30
#: How many tags a page may list: a longer run of short lines after a label is not all tags.
_MAX_TAGS = 40
#: Tags read before they are told apart: enough for the same tags listed twice over.
_ENOUGH = 4 * _MAX_TAGS
#: A count and its word, where a tag list gives way to a share or comment bar: "0", "0 SHARE",
#: "(42) Comments".
_COUNT = re.compile(r"^\(?\d+\)?(?:\s+\S+)?$")
#: A tag holds two letters at least: "a" to "h" are an index's letters, "," a stray separator.
_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")


def read_tags(blocks: list[Block], lex: Lexicon) -> list[str]:
    """The tags the page lists, in order, each once (up to case).

    >>> from warta.lang import lexicon
    >>> tags, other = BoilerplateKind.TAGS, BoilerplateKind.OTHER
    >>> page = [Block(0, "Isi berita.", Label.BODY), Block(1, "Tag:", Label.BOILERPLATE, tags),
    ...         Block(2, "banjir depok", Label.BOILERPLATE, other),
    ...         Block(3, "pompa air", Label.BOILERPLATE, other)]
    >>> read_tags(page, lexicon("id"))
    ['banjir depok', 'pompa air']
    >>> read_tags([Block(0, "Topics: plastic waste, Jakarta", Label.BOILERPLATE, tags)],
    ...           lexicon("en"))
    ['plastic waste', 'Jakarta']
    """
    labels = _labels(lex)
    found: list[str] = []
    for i, block in enumerate(blocks):
        if block.kind is not BoilerplateKind.TAGS:
            continue
        rest = _after_label(block.text, labels)
        if rest is None:
            continue
        if rest:
            found.extend(_SEPARATORS.split(rest, _MAX_TAGS)[:_MAX_TAGS])
        else:
            found.extend(_listed(blocks, i + 1))
        if len(found) >= _ENOUGH:
            break  # a page of thousands of tag lines is no tag list
    return _unique(found)[:_MAX_TAGS]


def _labels(lex: Lexicon) -> tuple[str, ...]:
    words = lex.boilerplate
    phrases = words.starts.get(BoilerplateKind.TAGS, ()) + words.exact.get(BoilerplateKind.TAGS, ())
    # Longest first: "topik terkait" before "topik".
    return tuple(sorted({p.rstrip(":") for p in phrases}, key=len, reverse=True))


def _after_label(text: str, labels: tuple[str, ...]) -> str | None:
    """What follows a tag label opening `text` ("Tags: a, b" gives "a, b"; "Tag" gives ""), or
    None when no label opens it."""
    lowered = text.lower()
    for label in labels:
        if lowered.startswith(label):
            rest = text[len(label) :]
            if rest[:1].isalnum():
                continue  # "Tagihan ...": a word that starts like the label
            return rest.strip(" :\t\n")
    return None


def _listed(blocks: list[Block], start: int) -> list[str]:
    """The tags listed a line each after a label alone: the short lines of the boilerplate
    blocks right after it, up to the first that is no tag (a copyright line, a sentence)."""
    found: list[str] = []
    for block in blocks[start:]:
        if block.label is not Label.BOILERPLATE or block.kind not in (
            BoilerplateKind.OTHER,
            BoilerplateKind.TAGS,
        ):
            break
        lines = [line.strip() for line in block.text.splitlines() if line.strip()]
        if not lines or any(not _tag_like(line) for line in lines):
            break
        found.extend(lines)
        if len(found) >= _MAX_TAGS:
            break
    return found[:_MAX_TAGS]


def _tag_like(line: str) -> bool:
    return (
        len(line.split()) <= _MAX_TAG_WORDS
        and (len(line) <= _MAX_WORD_CHARS or " " in line.strip())
        and not line.endswith((".", "!", "?", ":"))
        and not _COUNT.match(line)
    )


def _unique(tags: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for tag in (t.strip(" \t\u200b,;").lstrip("#").strip() for t in tags):
        key = tag.lower()
        if _LETTERS.search(tag) and key not in seen:
            seen.add(key)
            out.append(tag)
    return out
