"""The Block model shared by the text and HTML paths, and the labels classification gives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

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


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the page, in reading order.

    Stages never mutate a block: they return new ones (`dataclasses.replace`).
    DOM features are None on the text path.
    """

    index: int
    text: str
    label: Label = Label.UNKNOWN
    kind: BoilerplateKind | None = None  # set when label is BOILERPLATE
    #: Why the label was given (a rule name), for `warta inspect` and debugging.
    reason: str = ""
    # -- features of a DOM block (HTML path) --
    tag: str | None = None
    classes: str = ""  # class and id words, lowercased, space-joined
    link_density: float = 0.0
    depth: int = 0
    in_article: bool = False  # inside the detected article container
    # -- extra data a field reader needs (image url, link href, ...) --
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return len(self.text.split())
