"""warta: news pages, as HTML or as copied page text, into typed records.

>>> import warta
>>> article = warta.extract("<html><body><h1>Judul</h1><p>Isi berita.</p></body></html>")
>>> isinstance(article, warta.Article)
True
"""

from warta.api import Analysis, analyse, extract
from warta.batch import Failure, Result, extract_many
from warta.errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UndecodableInputError,
    WartaError,
)
from warta.options import Options
from warta.records import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Change,
    Dateline,
    Direction,
    Figure,
    Image,
    Pagination,
    Person,
    Quote,
    QuoteKind,
    Role,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Boilerplate",
    "BoilerplateKind",
    "Change",
    "Dateline",
    "Direction",
    "EmptyInputError",
    "Failure",
    "Figure",
    "Image",
    "InputError",
    "InputTooLargeError",
    "Options",
    "Pagination",
    "Person",
    "Quote",
    "QuoteKind",
    "Result",
    "Role",
    "Span",
    "UndecodableInputError",
    "WartaError",
    "__version__",
    "analyse",
    "extract",
    "extract_many",
]
