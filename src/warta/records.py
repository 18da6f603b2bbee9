"""The public records: what `warta.extract` returns.

Every record is a frozen pydantic v2 model, so it validates on construction, serialises to JSON
(`article.model_dump_json()`), pickles (for process pools and Dask) and has a JSON Schema
(`Article.model_json_schema()`). Field names are a contract: fields may be added, never renamed.
The one exception to "model" is `Span`, a named pair of offsets that validates, serialises and
has a schema the same way (an article holds one for every quote, figure and change).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any, NamedTuple

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

_setattr = object.__setattr__


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        _SHARED[cls] = _shared_keys(cls), _fields_set(frozenset(cls.model_fields))

    def model_post_init(self, context: Any, /) -> None:
        # pydantic-core gives every instance a dict with keys of its own: 272 bytes for a
        # Figure or a Quote. A copy of a key-sharing dict of the same field names holds only
        # the values (about 150 bytes): same keys, same order, same values.
        keys, every = _SHARED[type(self)]
        own = self.__dict__
        if len(own) == len(keys):  # always, but for a `model_construct` leaving fields out
            # `|` copies the left dict, which keeps its keys shared, then updates the copy.
            _setattr(self, "__dict__", keys | own)
        # And a set of the field names it was given: 216 bytes for a Boilerplate, 730 for a
        # Figure or a Quote. A frozen record never changes that set (`model_copy` copies it before
        # updating), so instances given the same fields share one; most are given them all.
        given = self.__pydantic_fields_set__
        shared = every if given == every else _fields_set(frozenset(given))
        _setattr(self, "__pydantic_fields_set__", shared)


#: Each record class's key-sharing dict of its field names (the values all None), and the set
#: of all its field names.
_SHARED: dict[type[BaseModel], tuple[dict[str, Any], set[str]]] = {}
#: Instances after which CPython sizes a class's key-sharing dicts to their keys: it gives the
#: first instance 30 value slots, and each later one a slot fewer, down to the keys' count.
_SETTLED = 32


def _shared_keys(model: type[BaseModel]) -> dict[str, Any]:
    """The `__dict__` of a plain object given `model`'s field names as attributes, in order:
    a dict that shares its keys with every copy of it."""
    holder_type = type(f"_{model.__name__}Values", (), {})
    for _ in range(_SETTLED):
        holder = holder_type()
        for name in model.model_fields:
            setattr(holder, name, None)
    shared: dict[str, Any] = holder.__dict__
    return shared


def _aware(value: dt.date | None) -> dt.date | None:
    # A datetime without a zone is ambiguous on a page read anywhere in the world; a bare date
    # (the page gave no time) is fine.
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return value


@lru_cache(maxsize=512)
def _fields_set(names: frozenset[str]) -> set[str]:
    return set(names)


#: A timezone-aware datetime, or a date when the page gives no time of day.
Moment = Annotated[dt.datetime | dt.date | None, AfterValidator(_aware)]


class Role(str, Enum):
    """What a person did for the article."""

    AUTHOR = "author"
    EDITOR = "editor"
    REPORTER = "reporter"
    PHOTOGRAPHER = "photographer"
    CONTRIBUTOR = "contributor"


class BoilerplateKind(str, Enum):
    """Why a block of the page is not part of the article."""

    PROMO = "promo"
    NAVIGATION = "navigation"
    RELATED = "related"
    SHARE = "share"
    ADVERTISEMENT = "advertisement"
    PAGINATION = "pagination"
    TAGS = "tags"
    FOOTER = "footer"
    COPYRIGHT = "copyright"
    UI = "ui"
    COMMENTS = "comments"
    SUBSCRIBE = "subscribe"
    BREADCRUMB = "breadcrumb"
    TITLE_REPEAT = "title_repeat"
    OTHER = "other"


class Person(_Record):
    """A person credited on the page.

    `name` is clean: no "Penulis:" label, and academic or honorific titles ("Dr.", "Hj.", "M.Pd.")
    kept apart in `titles`. When the page gives only initials, as in "(ams/idh)", `name` is None
    and `initials` holds them. A byline that credits only an agency or outlet ("By Associated
    Press", a JSON-LD author "Reuters") gives that body as the author, as written.
    """

    name: str | None = None
    role: Role
    initials: str | None = None
    titles: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _named(self) -> Person:
        if not self.name and not self.initials:
            raise ValueError("a person needs a name or initials")
        return self


class Dateline(_Record):
    """The story's dateline, as written: "TRIBUNNEWS.COM, JAKARTA -" gives outlet and location."""

    outlet: str | None = None
    location: str | None = None
    text: str = ""


class Image(_Record):
    """A picture of the article: its address (HTML only), its caption, and its credit, the
    person or agency credited without the label or brackets around it ("Foto: (X/detikcom)" is
    "X/detikcom")."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


class Pagination(_Record):
    """Which page of a story split over several pages this is."""

    page: int = Field(ge=1)
    pages: int | None = Field(default=None, ge=1)
    next_url: str | None = None


class Boilerplate(_Record):
    """A block removed from the page, kept aside with the reason it was removed.

    Neighbouring lines or elements removed for the same reason are one block, their texts joined
    by newlines: a menu is one NAVIGATION block, a share bar one SHARE block.
    """

    text: str
    kind: BoilerplateKind


class Span(NamedTuple):
    """Character offsets into `Article.text`: `article.text[span.start:span.end]`.

    A named pair, not a model: an article holds one for every quote, part, figure and change,
    and a pair takes 56 bytes where a frozen model took 168 (on pages dense with quotes and
    figures, a sixth of the record). It validates and serialises as the object it is in JSON,
    `{"start": 0, "end": 4}`, with the same JSON Schema, and unpacks: `text[slice(*span)]`.
    """

    start: int
    end: int

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        offset = core_schema.int_schema(ge=0)
        fields = core_schema.typed_dict_schema(
            {
                "start": core_schema.typed_dict_field(offset),
                "end": core_schema.typed_dict_field(offset),
            },
            extra_behavior="forbid",
        )
        return core_schema.no_info_wrap_validator_function(
            _span,
            fields,
            serialization=core_schema.plain_serializer_function_ser_schema(Span._asdict),
            ref="Span",
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler.resolve_ref_schema(handler(schema))
        summary = (cls.__doc__ or "").split("\n\n")[0]  # as a model's schema would give it
        json_schema.update(title=cls.__name__, description=summary, additionalProperties=False)
        for name in cls._fields:
            json_schema["properties"][name]["title"] = name.title()
        return json_schema


def _span(value: Any, fields: core_schema.ValidatorFunctionWrapHandler) -> Span:
    """A Span as given, or made from its fields (`{"start": 0, "end": 4}`), checked."""
    span = value if isinstance(value, Span) else Span(**fields(value))
    if span.start < 0 or span.end < span.start:
        raise ValueError("a span runs from an offset >= 0 to one no smaller")
    return span


class QuoteKind(str, Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"


class Quote(_Record):
    """Words attributed to a speaker, quoted directly or reported."""

    text: str
    kind: QuoteKind
    #: The speaker's full name without titles, resolved across the article (a later "Endang" is
    #: "Endang Purwaningsih"); None when the text names no person: someone unnamed ("a
    #: spokesperson", "residents") or a body ("the Interior Ministry said", "KPK mengaku").
    speaker: str | None = None
    #: The speaker as the attribution writes them: "Kepala Dinas X, Endang Purwaningsih", "he",
    #: "the Interior Ministry".
    speaker_mention: str | None = None
    speaker_role: str | None = None
    #: The verb or phrase of the attribution: "kata", "ujarnya", "said", "according to".
    cue: str | None = None
    #: The day the attribution gives ("Rabu (31/7/2024)"), when it gives one.
    date: dt.date | None = None
    paragraph: int = Field(ge=0)
    span: Span
    #: The quoted pieces, in order, each a span into `Article.text`. One piece for most quotes;
    #: several when the attribution splits the quote ('"...," ujar X. "..."'), joined in `text`
    #: by a space, or when it runs over paragraphs, joined by a blank line. `span` runs from the
    #: first piece's start to the last one's end.
    parts: list[Span] = Field(default_factory=list)


class Figure(_Record):
    """A number in the text with what it measures: "Rp 1,5 triliun" is 1.5e12 IDR."""

    text: str
    value: float
    unit: str | None = None
    approximate: bool = False
    year: int | None = None
    quantity: str | None = None
    paragraph: int = Field(ge=0)
    span: Span
    #: The upper end of a range: "10-15 persen" has value 10 and value_max 15.
    value_max: float | None = None


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


class Change(_Record):
    """A metric moving between two figures: "stunting turun dari 32,2 persen menjadi 7,89%"."""

    metric: str | None = None
    subject: str | None = None
    before: Figure
    after: Figure
    direction: Direction
    verb: str | None = None
    span: Span


class Article(_Record):
    """A news page as a record. Missing fields are None or empty lists, never placeholders."""

    title: str | None = None
    description: str | None = None
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[Person] = Field(default_factory=list)
    editors: list[Person] = Field(default_factory=list)
    contributors: list[Person] = Field(default_factory=list)
    dateline: Dateline | None = None
    published: Moment = None
    updated: Moment = None
    paragraphs: list[str] = Field(default_factory=list)
    text: str = ""
    images: list[Image] = Field(default_factory=list)
    #: The tag list the page shows; without one, the keywords it declares, from one source
    #: (`sources["tags"]` says which).
    tags: list[str] = Field(default_factory=list)
    pagination: Pagination | None = None
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    #: Where each metadata value came from, e.g. {"title": "jsonld", "published": "visible"}.
    sources: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _text_is_paragraphs(self) -> Article:
        if not _joined(self.text, self.paragraphs):
            raise ValueError("text must be the paragraphs joined by blank lines")
        return self


#: `Article.text` is the paragraphs joined by this separator.
PARAGRAPH_SEPARATOR = "\n\n"


def _joined(text: str, paragraphs: list[str]) -> bool:
    """Whether `text` is `paragraphs` joined by the separator, read in place: joining them again
    to compare would hold a second copy of the article's text (up to 4 bytes a character).

    >>> _joined("a\\n\\nbc", ["a", "bc"]), _joined("a\\n\\nbc", ["a", "b"]), _joined("", [])
    (True, False, True)
    """
    at = 0
    for i, paragraph in enumerate(paragraphs):
        if i:
            if not text.startswith(PARAGRAPH_SEPARATOR, at):
                return False
            at += len(PARAGRAPH_SEPARATOR)
        if not text.startswith(paragraph, at):
            return False
        at += len(paragraph)
    return at == len(text)


def paragraph_offsets(paragraphs: list[str]) -> list[int]:
    """Where each paragraph starts in the joined `Article.text`.

    >>> paragraph_offsets(["ab", "c"])
    [0, 4]
    """
    offsets, at = [], 0
    for paragraph in paragraphs:
        offsets.append(at)
        at += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return offsets
