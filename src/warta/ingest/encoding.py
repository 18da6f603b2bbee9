"""Bytes to text: BOM, then the declared charset, then UTF-8, then beautifulsoup4's detector."""

from __future__ import annotations

import codecs
import re

from warta.errors import UndecodableInputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)


def decode(raw: bytes) -> str:
    """Decode page bytes to text.

    >>> decode("Rabu, 31 Juli".encode("utf-16"))
    'Rabu, 31 Juli'
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    for encoding in (_declared(raw), "utf-8"):
        if encoding is None:
            continue
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(raw)


def _declared(raw: bytes) -> str | None:
    match = _DECLARED.search(raw[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(raw: bytes) -> str:
    from bs4.dammit import UnicodeDammit  # imported here: bs4 is only needed for odd bytes

    text = UnicodeDammit(raw, is_html=True).unicode_markup
    if text is None:
        raise UndecodableInputError(
            "the bytes decode to text in no plausible encoding; pass a str decoded by the caller"
        )
    return str(text)
