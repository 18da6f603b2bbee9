"""What every stage reading the parsed HTML tree shares.

The tree is lxml's plain `etree` tree, not `lxml.html`'s: `lxml.html` looks up a Python class for
every element each time one is touched, which cost a fifth of each walk over the tree.
"""

from __future__ import annotations

from typing import Any

import lxml.etree

__all__ = ["text_of"]

_STRING = lxml.etree.XPath("string()", smart_strings=False)


def text_of(element: Any) -> str:
    """All the text inside `element`, as `lxml.html`'s `text_content()` gives it.

    >>> text_of(lxml.etree.fromstring("<p>Hujan <b>deras</b> turun.</p>"))
    'Hujan deras turun.'
    """
    return str(_STRING(element))
