"""`extract()`: the whole pipeline, stage by stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from warta.blocks import Block, identified, segment
from warta.classify import classify_consuming
from warta.fields import Fields, read_fields
from warta.ingest import Kind, Page, optional_text, read_page
from warta.lang import DEFAULT_LANGUAGE, has_lexicon, lexicon
from warta.lang.schema import Lexicon
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
    fetched: dt.datetime | None = None,
    options: Options | None = None,
) -> Article:
    """Read a news page, HTML or copied page text, into an `Article`.

    `fetched`: when the page was fetched (a naive time is taken as UTC), which dates a story
    the page dates only relatively ("5 HOURS AGO", "2 jam yang lalu"; `sources["published"]` is
    then "relative"). Without it such a story has no date.

    >>> article = extract("Judul Berita\\n\\nJakarta - Hujan deras turun di Jakarta sejak pagi "
    ...                   "hingga sore hari ini, kata petugas.")
    >>> article.language
    'id'

    Raises a `warta.WartaError` subclass when the input cannot give a record, and `TypeError`
    when an argument has the wrong type (a `bytearray` or `memoryview` is read as bytes).
    """
    opts = options or Options()
    # The page and its blocks are read here and dropped on return: only the fields, which hold
    # no block, live on while quotes and figures are found (on a long page the blocks are a
    # few times the input's size, and that would add to the peak of every later stage).
    found, lang, lex = _read(raw, url, language, fetched, opts)
    return _article(found, lang, lex, opts)


def analyse(
    raw: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    fetched: dt.datetime | None = None,
    options: Options | None = None,
) -> Analysis:
    """`extract()`, keeping the labelled blocks (for `warta inspect` and debugging)."""
    opts = options or Options()
    page, blocks, found, lang, lex = _stages(raw, url, language, fetched, opts)
    return Analysis(article=_article(found, lang, lex, opts), blocks=blocks, page=page)


def _read(
    raw: str | bytes,
    url: str | None,
    language: str | None,
    fetched: dt.datetime | None,
    opts: Options,
) -> tuple[Fields, str | None, Lexicon]:
    _, _, found, lang, lex = _stages(raw, url, language, fetched, opts, keep_page=False)
    return found, lang, lex


def _stages(
    raw: str | bytes,
    url: str | None,
    language: str | None,
    fetched: dt.datetime | None,
    opts: Options,
    *,
    keep_page: bool = True,
) -> tuple[Page, list[Block], Fields, str | None, Lexicon]:
    """Ingest, segment, classify and read the fields: everything before quotes and figures.
    Without `keep_page`, the page returned has no source left (`text` and `tree`)."""
    language = optional_text("language", language)
    page = read_page(raw, url=url, options=opts, fetched=fetched)
    unlabelled = segment(page, opts)
    if not language:
        page = identified(page, unlabelled)
    lang = language or page.language
    lex = lexicon(lang or DEFAULT_LANGUAGE)
    # The URL's slug helps find a copied page's headline; an HTML page declares its title, and its
    # header lines are best left to the markup.
    slug_url = page.url if page.kind is Kind.TEXT else None
    if not keep_page:
        # Past segmentation only the page's kind, url and metadata are read: its source (the
        # whole decoded input, one to four bytes a character, and an HTML page's tree) is let
        # go before classification's peak instead of being held to the end of `extract`.
        page = replace(page, text="", tree=None)
    # The unlabelled blocks are handed over, and dropped as the labelled ones are built.
    blocks = classify_consuming(unlabelled, lex, opts, slug_url)
    return page, blocks, read_fields(blocks, page, lex, opts), lang, lex


def _article(found: Fields, lang: str | None, lex: Lexicon, opts: Options) -> Article:
    paragraphs = found.paragraphs
    dateline = found.values.get("dateline")
    lead = dateline.text if dateline is not None else ""
    # Speech verbs and number conventions are a language's words: an article in a language with
    # no lexicon (a known one: an unidentified page is read as the default) has neither.
    worded = lang is None or has_lexicon(lang)
    quotes = find_quotes(paragraphs, lex, dateline=lead) if opts.quotes and worded else []
    figures, changes = find_figures(paragraphs, lex) if opts.figures and worded else ([], [])
    return Article(
        **found.values,
        boilerplate=found.boilerplate(),
        language=lang,
        paragraphs=paragraphs,
        text=PARAGRAPH_SEPARATOR.join(paragraphs),
        quotes=quotes,
        figures=figures,
        changes=changes,
    )
