"""`extract()`: the whole pipeline, stage by stage."""

from __future__ import annotations

from dataclasses import dataclass

from warta.blocks import Block, segment
from warta.classify import classify
from warta.fields import read_fields
from warta.ingest import Page, read_page
from warta.lang import DEFAULT_LANGUAGE, lexicon
from warta.numbers import find_figures
from warta.options import Options
from warta.records import PARAGRAPH_SEPARATOR, Article
from warta.speech import find_quotes


@dataclass(frozen=True)
class Analysis:
    """The record together with what it was read from: the page and its labelled blocks."""

    article: Article
    blocks: list[Block]
    page: Page


def extract(
    raw: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    options: Options | None = None,
) -> Article:
    """Read a news page, HTML or copied page text, into an `Article`.

    >>> article = extract("Judul Berita\\n\\nJakarta - Hujan deras turun di Jakarta sejak pagi "
    ...                   "hingga sore hari ini, kata petugas.")
    >>> article.language
    'id'

    Raises a `warta.WartaError` subclass when the input cannot give a record.
    """
    return analyse(raw, url=url, language=language, options=options).article


def analyse(
    raw: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    options: Options | None = None,
) -> Analysis:
    """`extract()`, keeping the labelled blocks (for `warta inspect` and debugging)."""
    opts = options or Options()
    page = read_page(raw, url=url, options=opts)
    lang = language or page.language
    lex = lexicon(lang or DEFAULT_LANGUAGE)
    blocks = classify(segment(page, opts), lex, opts)
    found = read_fields(blocks, page, lex, opts)
    paragraphs = found.paragraphs
    quotes = find_quotes(paragraphs, lex) if opts.quotes else []
    figures, changes = find_figures(paragraphs, lex) if opts.figures else ([], [])
    article = Article(
        **found.values,
        language=lang,
        paragraphs=paragraphs,
        text=PARAGRAPH_SEPARATOR.join(paragraphs),
        quotes=quotes,
        figures=figures,
        changes=changes,
    )
    return Analysis(article=article, blocks=blocks, page=page)
