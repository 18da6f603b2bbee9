"""Bytes to text: BOM, then UTF-8 when the bytes are UTF-8, then the declared charset, then
beautifulsoup4's detector.

Declarations lie: pages saved by a CMS as UTF-8 keep a template's `charset=iso-8859-1`, and a
page labelled "iso-8859-1" is really windows-1252 (browsers read the label so, per the WHATWG
Encoding Standard), with curly quotes in bytes 0x80-0x9f that Latin-1 turns into controls.
"""

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
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml encoding="x"?>: the first one in the head of the page.
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)
_HEAD_BYTES = 4096
#: Labels browsers read as another encoding (WHATWG Encoding Standard, "labels").
_WHATWG = {
    "latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
    "ascii": "cp1252", "us-ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030",
}


#: Detector guesses of another Latin-script code page, which windows-1252 overrules when it fits.
_OTHER_LATIN = frozenset(
    "windows-1250 windows-1254 windows-1257 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-9 "
    "iso-8859-10 iso-8859-13 iso-8859-14 iso-8859-15 iso-8859-16 cp1250 cp1254 cp1257 "
    "mac-roman mac-latin2 maclatin2 macroman".split()
)


def decode(raw: bytes) -> str:
    """Decode page bytes to text.

    >>> decode("Rabu, 31 Juli".encode("utf-16"))
    'Rabu, 31 Juli'
    >>> decode('<meta charset="iso-8859-1">\\x93Kami siap\\x94'.encode("latin-1"))
    '<meta charset="iso-8859-1">\\u201cKami siap\\u201d'
    >>> lying = '<meta charset="iso-8859-1">Kapolda: \\u201cSiaga\\u201d'.encode("utf-8")
    >>> decode(lying)[-7:]
    '\\u201cSiaga\\u201d'
    """
    return decode_keeping_utf8(raw)[0]


def decode_keeping_utf8(raw: bytes) -> tuple[str, bytes | None]:
    """The text of page bytes, and `raw` itself when it is exactly that text's UTF-8 (the usual
    case), so that checks over the UTF-8 bytes and the parser need not encode the page again.

    >>> raw = "Kata \\u201cdia\\u201d".encode()
    >>> decode_keeping_utf8(raw) == ("Kata \\u201cdia\\u201d", raw)
    True
    >>> decode_keeping_utf8("caf\\xe9".encode("cp1252"))[1] is None
    True
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace"), None
    if not raw.isascii():
        utf8 = _strict(raw, "utf-8")
        if utf8 is not None:
            # Valid multi-byte UTF-8 is almost never an accident of another encoding.
            return utf8, raw
    declared = declared_encoding(raw)
    text = _strict(raw, declared) if declared else None
    return (text if text is not None else _detect(raw)), None


def declared_encoding(raw: bytes) -> str | None:
    """The encoding the page declares in its head, as a browser reads the label.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    'cp1252'
    >>> declared_encoding(b"<p>no declaration</p>") is None
    True
    """
    match = _DECLARED.search(raw[:_HEAD_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower().strip(".:-_")
    try:
        name = codecs.lookup(_WHATWG.get(label, label)).name
    except LookupError:
        return None
    return _WHATWG.get(name, name)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(raw: bytes) -> str:
    from bs4.dammit import UnicodeDammit  # imported here: bs4 is only needed for odd bytes

    dammit = UnicodeDammit(raw, is_html=True)
    guess = (dammit.original_encoding or "").lower().replace("_", "-")
    if guess in _OTHER_LATIN:
        # The detector cannot tell the Latin code pages apart on a short page (it reads
        # "São Paulo" as windows-1250 "Săo"); pages in warta's languages that are not UTF-8
        # are windows-1252.
        latin = _strict(raw, "cp1252")
        if latin is not None:
            return latin
    text = dammit.unicode_markup
    if text is None:
        raise UndecodableInputError(
            "the bytes decode to text in no plausible encoding; pass a str decoded by the caller"
        )
    return str(text)
