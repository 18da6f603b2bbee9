"""The Block model shared by the text and HTML paths, and the labels classification gives it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from types import MappingProxyType
from typing import Any

from warta.blocks.spaces import word_count
from warta.records import BoilerplateKind


class Label(str, Enum):
    """What a block is on the page."""

    UNKNOWN = "unknown"
    BODY = "body"
    HEADING = "heading"  # an in-body subheading: part of the article
    TITLE = "title"
    DESCRIPTION = "description"
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    CREDIT = "credit"
    IMAGE = "image"  # an in-article image (HTML path): `attrs` holds src, alt, figure
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One unit of the page, in reading order.

    Stages never mutate a block: they return new ones (`dataclasses.replace`).
    DOM features are None (or empty) on the text path: a line of page text is a plain `Block`,
    which holds its five own fields only and reads the DOM features as their defaults; a block
    given any DOM feature is a `DomBlock`, which holds all eleven. `Block(...)` builds whichever
    the values call for, so `Block(index=0, text="Isi.", tag="p")` is a `DomBlock`.
    """

    index: int
    text: str
    label: Label = Label.UNKNOWN
    kind: BoilerplateKind | None = None  # set when label is BOILERPLATE
    #: Why the label was given (a rule name), for `warta inspect` and debugging.
    reason: str = ""

    def __new__(cls, *args: Any, **kwargs: Any) -> Block:
        if cls is Block and _has_dom_features(args, kwargs):
            return object.__new__(DomBlock)
        return object.__new__(cls)

    def __init__(
        self,
        index: int,
        text: str,
        label: Label = Label.UNKNOWN,
        kind: BoilerplateKind | None = None,
        reason: str = "",
        *dom: Any,
        **no_dom: Any,
    ) -> None:
        # Any DOM feature given here has its default value (`__new__` made a DomBlock otherwise).
        unknown = set(no_dom) - set(_DOM_DEFAULTS)
        if unknown or len(dom) > len(_DOM_DEFAULTS):
            raise TypeError(f"Block() got unexpected arguments: {sorted(unknown) or dom}")
        _put_index(self, index)
        _put_text(self, text)
        _put_label(self, label)
        _put_kind(self, kind)
        _put_reason(self, reason)

    # -- features of a DOM block (HTML path); a line of page text has the defaults --
    @property
    def tag(self) -> str | None:
        return None

    @property
    def classes(self) -> str:
        """Class and id words, lowercased, space-joined."""
        return ""

    @property
    def link_density(self) -> float:
        return 0.0

    @property
    def depth(self) -> int:
        return 0

    @property
    def in_article(self) -> bool:
        """Inside the detected article container."""
        return False

    @property
    def attrs(self) -> Mapping[str, str]:
        """Extra data a field reader needs (image url, link href, ...); read, never changed."""
        return NO_ATTRS

    @property
    def words(self) -> int:
        return word_count(self.text)


@dataclass(frozen=True, slots=True)
class DomBlock(Block):
    """A block of an HTML page: a `Block` with its DOM features."""

    tag: str | None = None
    classes: str = ""  # class and id words, lowercased, space-joined
    link_density: float = 0.0
    depth: int = 0
    in_article: bool = False  # inside the detected article container
    # -- extra data a field reader needs (image url, link href, ...); read, never changed --
    attrs: Mapping[str, str] = field(default_factory=dict)


#: The attrs of every line of page text and of every DOM block with none: one empty mapping
#: shared by all of them, not an empty dict each (64 bytes a block, a byte per input byte on a
#: page of short lines); read-only, as it is shared.
NO_ATTRS: Mapping[str, str] = MappingProxyType({})
#: The DOM features in declaration order, with the values a line of page text has.
_DOM_DEFAULTS: dict[str, object] = {
    "tag": None,
    "classes": "",
    "link_density": 0.0,
    "depth": 0,
    "in_article": False,
    "attrs": {},
}


def _has_dom_features(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    given = dict(zip(_DOM_DEFAULTS, args[5:], strict=False)) | kwargs
    return any(name in given and given[name] != value for name, value in _DOM_DEFAULTS.items())


# The dataclass `__init__` of a frozen class sets each of its fields through a looked-up
# `object.__setattr__` call; on the text path that is done for every line twice (segmentation,
# then the final labels) and was a tenth of the time. Setting the slots through their own
# descriptors, bound once here, builds the same object in about half the time. A line of page
# text is a plain `Block` of five slots, not eleven: 48 bytes less for each line, held twice
# while a copied page is classified.
_new = object.__new__
# In declaration order, the order of the tuples `_build` is given. Unrolled below: a loop over
# the setters took twice as long as the calls themselves (an HTML page builds each of its blocks
# twice). The unpacking fails at import if a field is added.
(
    _put_index,
    _put_text,
    _put_label,
    _put_kind,
    _put_reason,
    _put_tag,
    _put_classes,
    _put_link_density,
    _put_depth,
    _put_in_article,
    _put_attrs,
) = tuple(getattr(DomBlock, f.name).__set__ for f in fields(DomBlock))


def _build(values: tuple[object, ...]) -> DomBlock:
    block: DomBlock = _new(DomBlock)
    index, text, label, kind, reason, tag, classes, link_density, depth, in_article, attrs = values
    _put_index(block, index)
    _put_text(block, text)
    _put_label(block, label)
    _put_kind(block, kind)
    _put_reason(block, reason)
    _put_tag(block, tag)
    _put_classes(block, classes)
    _put_link_density(block, link_density)
    _put_depth(block, depth)
    _put_in_article(block, in_article)
    _put_attrs(block, attrs)
    return block


def _plain(index: int, text: str, label: Label, kind: BoilerplateKind | None, reason: str) -> Block:
    block: Block = _new(Block)
    _put_index(block, index)
    _put_text(block, text)
    _put_label(block, label)
    _put_kind(block, kind)
    _put_reason(block, reason)
    return block


def line_block(index: int, text: str) -> Block:
    """`Block(index=index, text=text)`, built faster: one per line of a copied page.

    >>> line_block(3, "Isi berita.") == Block(index=3, text="Isi berita.")
    True
    """
    return _plain(index, text, Label.UNKNOWN, None, "")


def dom_block(
    index: int,
    text: str,
    tag: str,
    classes: str,
    link_density: float,
    depth: int,
    in_article: bool,
    attrs: Mapping[str, str],
) -> Block:
    """A DOM block, unlabelled, built as fast as `line_block`: one per block of an HTML page.

    >>> dom_block(1, "Isi.", "p", "content", 0.0, 4, True, {}) == Block(
    ...     index=1, text="Isi.", tag="p", classes="content", depth=4, in_article=True)
    True
    """
    return _build(
        (index, text, Label.UNKNOWN, None, "", tag, classes, link_density, depth, in_article, attrs)
    )


def labelled(block: Block, label: Label, kind: BoilerplateKind | None, reason: str) -> Block:
    """`dataclasses.replace(block, label=label, kind=kind, reason=reason)`, built faster.

    >>> b = Block(index=0, text="Iklan", tag="p")
    >>> from dataclasses import replace
    >>> labelled(b, Label.BOILERPLATE, BoilerplateKind.ADVERTISEMENT, "phrase") == replace(
    ...     b, label=Label.BOILERPLATE, kind=BoilerplateKind.ADVERTISEMENT, reason="phrase")
    True
    >>> type(labelled(line_block(0, "Iklan"), Label.BODY, None, "")).__name__
    'Block'
    """
    if type(block) is Block:
        return _plain(block.index, block.text, label, kind, reason)
    return _build(
        (
            block.index,
            block.text,
            label,
            kind,
            reason,
            block.tag,
            block.classes,
            block.link_density,
            block.depth,
            block.in_article,
            block.attrs,
        )
    )
