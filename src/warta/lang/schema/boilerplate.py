from __future__ import annotations

from dataclasses import dataclass, field

from warta.records import BoilerplateKind


@dataclass(frozen=True)
class BoilerplateWords:
    """Phrases that mark a block as not part of the article, by kind of boilerplate."""

    #: A block that starts with one of these phrases (case-insensitive) is boilerplate of that kind.
    starts: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: A short block that is exactly one of these phrases (case-insensitive) is boilerplate.
    exact: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: A block that contains one of these anywhere is boilerplate of that kind.
    contains: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
