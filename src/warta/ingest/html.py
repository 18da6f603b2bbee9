"""HTML to a `Page`: a safe lxml parse, the page's own metadata read once, and the language.

The parser never touches the network and never loads external entities; comments and processing
instructions are dropped while parsing. JSON-LD is read from the `<script>`s before segmentation
skips them, so the tree handed on is the parser's own and nothing later needs to mutate it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import lxml.etree

from warta.errors import EmptyInputError
from warta.ingest.metadata import read_metadata
from warta.ingest.page import Kind, Page
from warta.ingest.sanitize import bound_attributes, bound_depth, drop_control_references
from warta.options import Options

# An XML declaration with an encoding cannot be parsed from a str by lxml; the text is already
# decoded, so the declaration says nothing we need.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


def parser(encoding: str | None = None) -> lxml.etree.HTMLParser:
    """A fresh HTML parser with network access and comments off, making plain `etree` elements
    (see `warta.ingest.tree`).

    A new parser per call: lxml parsers keep state and are not safe to share between threads.
    `huge_tree` is on because without it libxml2 drops the WHOLE page when one text node passes
    10 MB (an inline JSON state blob does); the HTML parser expands no declared entities either
    way, `Options.max_bytes` bounds the input and `ingest.sanitize.bound_depth` the nesting.
    `encoding` is that of the bytes to be parsed, which overrules any the page declares.
    """
    return lxml.etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=True,
        recover=True, collect_ids=False, encoding=encoding,
    )


def parse(text: str, utf8: bytes | None = None) -> Any:
    """Parse HTML text into an lxml root element.

    `utf8`, when given, must be `text` encoded as UTF-8: libxml2 then reads those bytes as they
    are, instead of converting a str from Python's wide internal form (a seventh of the parse).

    >>> parse("<p>Halo</p>").tag
    'html'
    >>> parse("<p>Halo</p>", "<p>Halo</p>".encode()).tag
    'html'
    """
    source: str | bytes = text
    if _XML_DECLARATION.match(text):
        source = _XML_DECLARATION.sub("", text, count=1)
    elif utf8 is not None:
        source = utf8
    try:
        if isinstance(source, bytes):
            root = lxml.etree.fromstring(source.replace(b"\x00", b""), parser=parser("utf-8"))
        else:
            root = lxml.etree.fromstring(source.replace("\x00", ""), parser=parser())
    except (lxml.etree.LxmlError, ValueError) as error:
        problem = str(error)
    else:
        if root is not None:
            return root
        problem = "Document is empty"
    # Raised outside the `except` so that lxml's error is not even its `__context__`: lxml errors
    # carry their parser's error log, which does not pickle, and tblib (which dask.distributed
    # installs) pickles exceptions with their context. The error must cross process boundaries.
    raise EmptyInputError(f"the HTML holds no document to read ({problem})")


def read_html(text: str, *, url: str | None, options: Options, utf8: bytes | None = None) -> Page:
    """Parse the page and read its metadata; `utf8`, when given, is `text` encoded as UTF-8 (see
    `parse`).

    >>> page = read_html('<html lang="en"><body><p>The rain fell on the city.</p></body></html>',
    ...                  url=None, options=Options())
    >>> page.kind.value, page.meta.languages
    ('html', [('en', 'html')])
    """
    cleaned = drop_control_references(text, utf8)
    if cleaned is not text:
        text, utf8 = cleaned, None
    bounded = bound_attributes(text)
    if bounded is not text:
        text, utf8 = bounded, None
    root = parse(text, utf8)
    if too_deep(root, options.max_depth):
        # Rare and hostile: only then pay for the scan that drops tags past the limit.
        text = bound_depth(text, options.max_depth)
        root = parse(text)
    # The language is told later, from the blocks (`warta.blocks.identified`): segmentation
    # walks the text a reader sees anyway.
    return Page(kind=Kind.HTML, text=text, url=url, tree=root, meta=read_metadata(root, url))


def too_deep(root: Any, max_depth: int) -> bool:
    """Whether any element sits deeper than `max_depth` levels below the root.

    >>> too_deep(parse("<div><div><p>x</p></div></div>"), 3), too_deep(parse("<p>x</p>"), 3)
    (True, False)
    """
    return bool(_depth_probe(max_depth)(root))


@cache
def _depth_probe(max_depth: int) -> lxml.etree.XPath:
    # One step per level: each step's node set is the elements at that depth, so a normal page
    # runs out of nodes within a few dozen steps, all inside libxml2.
    return lxml.etree.XPath("/*" * (max_depth + 1) + "/*[1]")
