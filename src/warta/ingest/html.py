"""HTML to a `Page`: the lxml tree and the page's own metadata.

Placeholder until the HTML path lands: the tree is parsed, metadata is not yet read.
"""

from __future__ import annotations

import lxml.html

from warta.ingest.page import Kind, Page
from warta.lang import identify
from warta.options import Options


def read_html(text: str, *, url: str | None, options: Options) -> Page:
    root = lxml.html.document_fromstring(text)
    lang = root.get("lang")
    return Page(
        kind=Kind.HTML, text=text, url=url, tree=root,
        language=identify(root.text_content(), hint=lang),
    )
