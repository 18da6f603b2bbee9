"""Hostile-input guards for ingest: refuse binary data, clean text, bound HTML nesting and the
attributes of an element.

Every function here is linear in its input and leaves clean, ordinary pages untouched (the fast
paths return the very same string). They run before any parser or regex-heavy stage, so that
later stages can assume text that lxml accepts and JSON can encode.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice

from warta.errors import UndecodableInputError

__all__ = [
    "MAX_ATTRIBUTES",
    "bound_attributes",
    "bound_depth",
    "clean",
    "drop_control_references",
    "refuse_binary",
    "refuse_junk",
    "refuse_junk_and_clean",
    "refuse_junk_bytes",
    "substitute",
    "utf16_without_bom",
]

# File signatures of what crawlers most often store in place of a page: compressed HTTP bodies
# (a missing `Content-Encoding` step), documents and images.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "a gzip stream (a compressed HTTP body?); decompress it first"),
    (b"\x28\xb5\x2f\xfd", "a zstd stream (a compressed HTTP body?); decompress it first"),
    (b"BZh91AY&SY", "a bzip2 stream; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz stream; decompress it first"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document); unpack it first"),
    (b"%PDF-", "a PDF document; warta reads HTML and page text, not PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a page"),
    (b"\xff\xd8\xff", "a JPEG image, not a page"),
    (b"GIF87a", "a GIF image, not a page"),
    (b"GIF89a", "a GIF image, not a page"),
    (b"RIFF", "a RIFF file (WebP image, WAV or AVI), not a page"),
    (b"\x00\x00\x00\x18ftyp", "an MP4/HEIF file, not a page"),
    (b"\x00\x00\x00\x1cftyp", "an MP4/HEIF file, not a page"),
    (b"\x00\x00\x00\x20ftyp", "an MP4/HEIF file, not a page"),
)
#: Share of control and replacement characters above which decoded text is called binary.
_BINARY_SHARE = 0.10
_BINARY_SAMPLE = 65_536

# Characters no page means: C0 controls other than tab, newline, carriage return, vertical tab
# and form feed; DEL; and the noncharacters U+FFFE/U+FFFF that XML (hence lxml) rejects.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# C1 controls appear when windows-1252 bytes were decoded as ISO-8859-1, which is what Python does
# for a page labelled "iso-8859-1"; browsers (and the WHATWG encoding standard) read that label as
# windows-1252, so the C1 range maps back to its quotation marks, dashes and euro sign.
_C1 = re.compile("[\x80-\x9f]")
# The same, as UTF-8 bytes (surrogates as "surrogatepass" writes them): C1 controls and
# surrogates start with a fixed byte, so the engine skips to it instead of testing a class at
# every character.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_BYTES = re.compile(b"\xc2[\x80-\x9f]")
_SURROGATE_BYTES = re.compile(b"\xed[\xa0-\xbf]")
#: The characters a UTF-8 continuation byte (0x80..0xBF) shows as when read as a single-byte
#: encoding: its windows-1252 character, or its Latin-1 one (an ISO-8859-1 reading, or a byte
#: windows-1252 leaves undefined).
_CONTINUATION_CHARS = sorted(
    {chr(byte) for byte in range(0x80, 0xC0)}
    | {bytes([byte]).decode("cp1252", "ignore") for byte in range(0x80, 0xC0)} - {""}
)
_CONTINUATION = "".join(re.escape(char) for char in _CONTINUATION_CHARS)
# A run of what UTF-8 bytes look like when read as windows-1252: a lead byte (Â..ô) followed by
# continuation bytes. One character class under a bounded repeat, so matching is linear.
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")

#: A mojibake lead (U+00C2..U+00F4, bytes C3 82..C3 B4) before one continuation character.
_MOJIBAKE_BYTES = re.compile(
    b"\xc3[\x82-\xb4](?:" + b"|".join(re.escape(c.encode()) for c in _CONTINUATION_CHARS) + b")"
)


def refuse_binary(raw: bytes) -> None:
    """Raise `UndecodableInputError` when `raw` starts like a known binary format.

    >>> refuse_binary(b"<html><body>Berita</body></html>")
    >>> refuse_binary(b"\\x1f\\x8b\\x08\\x00")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    warta.errors.UndecodableInputError: the input is a gzip stream (...); decompress it first
    """
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            raise UndecodableInputError(f"the input is {what}")


def refuse_junk(text: str, utf8: bytes | None = None) -> None:
    """Raise `UndecodableInputError` when decoded text is mostly control or replacement characters.

    Real pages, in any script, hold almost none: a tenth of them means the bytes were not text.
    `utf8`, when given, must be `text` encoded as UTF-8 (the page's own bytes), which spares
    encoding a short page again.

    >>> refuse_junk("Jakarta - Hujan deras.")
    >>> refuse_junk("\\x01\\x02\\x03 abc \\ufffd\\ufffd")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    warta.errors.UndecodableInputError: the input looks like binary data, not text (5 of 10 ...
    """
    sample = text[:_BINARY_SAMPLE]
    # Controls counted on the UTF-8 bytes, where each is one byte: deleting and counting there is
    # 5x faster than a regex over the characters.
    if utf8 is not None and len(text) <= _BINARY_SAMPLE:
        data = utf8
    else:
        data = sample.encode("utf-8", "surrogatepass")
    # U+FFFD counted in the str: a one-character search, where its three UTF-8 bytes hit the
    # slow case of the bytes substring search on markup.
    _judge(_control_count(data) + sample.count("\ufffd"), len(sample))


def refuse_junk_bytes(raw: bytes) -> None:
    """`refuse_junk` on bytes not yet decoded, each byte read as one character (as Latin-1
    decodes them), so that the encoding detector never spends seconds on megabytes of junk.

    >>> refuse_junk_bytes(b"\\x00\\x01\\x02\\x03\\x04 abc")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    warta.errors.UndecodableInputError: the input looks like binary data, not text (5 of 9 ...
    """
    sample = raw[:_BINARY_SAMPLE]
    # Latin-1 maps each control byte to the same control and makes no U+FFFD.
    _judge(_control_count(sample), len(sample))


def _judge(bad: int, size: int) -> None:
    if bad >= 4 and bad > _BINARY_SHARE * size:
        raise UndecodableInputError(
            f"the input looks like binary data, not text ({bad:,} of {size:,} sampled "
            "characters are control or undecodable); pass an HTML page or page text"
        )


def _control_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 encoding `raw` is in when it has no BOM, judged by where its NUL bytes fall.

    ASCII-heavy text (all HTML) in UTF-16 has a NUL in every other byte.

    >>> utf16_without_bom("<html>Berita</html>".encode("utf-16-le"))
    'utf-16-le'
    >>> utf16_without_bom(b"<html>Berita</html>") is None
    True
    """
    head = raw[:4096]
    half = len(head) // 2
    if half < 8:
        return None
    even, odd = head[0 : half * 2 : 2].count(0), head[1 : half * 2 : 2].count(0)
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def clean(text: str, utf8: bytes | None = None) -> str:
    """Text that JSON can encode and lxml accepts, with nothing a reader sees removed.

    Lone surrogates (from a str built of JavaScript escapes, or `surrogateescape` decoding) become
    U+FFFD, or the character they encode when a high and a low one stand in a pair; NUL and other
    control characters go; C1 controls become their windows-1252 characters; runs of UTF-8 read as
    windows-1252 ("â€œ") are repaired.

    >>> clean("Kata\\x00nya \\ud83d\\ude00 \\udc80 \\x93kutip\\x94")
    'Katanya 😀 \\ufffd “kutip”'
    >>> clean("Harga naik â€“ kata â€œdiaâ€\\x9d")
    'Harga naik – kata “dia”'

    `utf8`, when given, must be `text` encoded as UTF-8; the check is then made on it without
    encoding the page again.
    """
    return _repaired(text, utf8, None)


def refuse_junk_and_clean(text: str, utf8: bytes | None = None) -> str:
    """`refuse_junk`, then `clean`, reading a known UTF-8 encoding of `text` once for control
    bytes: a page with none (nearly all) needs only its U+FFFD counted to be judged.

    >>> refuse_junk_and_clean("Kata\\x00nya", b"Kata\\x00nya")
    'Katanya'
    """
    if utf8 is None:
        refuse_junk(text)
        return clean(text)
    controls = _control_count(utf8)
    if controls:
        refuse_junk(text, utf8)
    else:
        sample = text[:_BINARY_SAMPLE]
        _judge(sample.count("\ufffd"), len(sample))
    return _repaired(text, utf8, controls > 0)


def _repaired(text: str, utf8: bytes | None, controls: bool | None) -> str:
    if not _needs_repair(text, utf8, controls):
        return text  # the common case: the same string back
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = _CONTROLS.sub("", text)
    # Mojibake first: a UTF-8 quotation mark read as windows-1252 keeps its undefined byte 0x9D
    # as a C1 control, which the repair needs.
    if _MOJIBAKE.search(text):
        text = substitute(_MOJIBAKE, _repair_mojibake, text)
    if _C1.search(text):
        text = substitute(_C1, _from_windows_1252, text)
    return text


#: Matches a substitution replaces in one C call at most: a regex substitution holds two strings
#: a match until it joins them, 37 bytes per byte of a text dense with matches ("ab\x93" over and
#: over), so past this many they are joined as they go.
_MATCHES_AT_ONCE = 4_096


def substitute(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str) -> str:
    """`pattern.sub(repl, text)`, holding the pieces of a few thousand matches at a time.

    >>> substitute(re.compile("[\x80-\x9f]"), _from_windows_1252, "\x93ya\x94" * 5_000)[:8]
    '“ya”“ya”'
    """
    done, count = pattern.subn(repl, text, count=_MATCHES_AT_ONCE)
    if count < _MATCHES_AT_ONCE:
        return done  # every match replaced: the common case, in C
    del done
    joined: list[str] = []
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        pieces += (text[last : match.start()], repl(match))
        last = match.end()
        if len(pieces) >= 2 * _MATCHES_AT_ONCE:
            joined.append("".join(pieces))
            pieces.clear()
    pieces.append(text[last:])
    joined.append("".join(pieces))
    return "".join(joined)


def _needs_repair(text: str, utf8: bytes | None, controls: bool | None) -> bool:
    """Whether any repair below would change `text`: read off its UTF-8 bytes, where each thing
    repaired starts with a byte that a C-speed substring search finds (a str regex over a whole
    page took 0.5 ms, and an accented letter, common in names, sent it down the slow path).
    `controls` is whether those bytes hold a control byte, when already known."""
    if text.isascii():  # a flag lookup, not a scan: only controls can need repair
        if controls is not None:
            return controls
        return _has_control(utf8 if utf8 is not None else text.encode("ascii"))
    data = utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")
    return (
        (controls if controls is not None else _has_control(data))
        or (b"\xc2" in data and _C1_BYTES.search(data) is not None)
        or (b"\xed" in data and _SURROGATE_BYTES.search(data) is not None)
        # One character searched for in the str: the three-byte needles in the bytes hit the
        # substring search's slow case on markup (0.2 ms a page).
        or "\ufffe" in text
        or "\uffff" in text
        or (b"\xc3" in data and _MOJIBAKE_BYTES.search(data) is not None)
    )


def _has_control(data: bytes) -> bool:
    # Deleting the control bytes and comparing lengths is 5x faster than a regex class scan.
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def _from_windows_1252(match: re.Match[str]) -> str:
    # Five of the 32 bytes are undefined in windows-1252; those carry nothing and go.
    return match.group().encode("latin-1").decode("cp1252", "ignore")


def _repair_mojibake(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return b"".join(map(_windows_1252_byte, run)).decode("utf-8")
    except UnicodeDecodeError:
        return run


def _windows_1252_byte(char: str) -> bytes:
    # The five bytes windows-1252 leaves undefined come through decoders as C1 controls.
    return char.encode("latin-1") if "\x80" <= char <= "\x9f" else char.encode("cp1252")


# The elements libxml2 (2.14) parses as empty. It leaves `embed`, `keygen`, `source`, `track` and
# `wbr` open (each holds what follows it, up to its parent's end), so here they nest as well: a
# paragraph of 300 `<wbr>`s is 300 levels deep to libxml2, which cuts the page off past 256.
_VOID = frozenset(
    "area base basefont bgsound br col frame hr image img input link meta param".split()
)
# Elements whose end tag HTML parsers imply, and the elements that bound the search for the open
# one to close: a new <li> closes the open <li> of its own list, not one of an outer list.
_IMPLIED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"})),
}
# A block start closes an open <p> (HTML's "closes a p element" rule).
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul".split()
)
_P = frozenset({"p"})
_P_SCOPE = frozenset({"td", "th", "table", "li", "button", "body", "html"})
# How far down the open-element stack an end tag or an implied end is looked for: enough for any
# real page, and it keeps a flood of stray end tags from making the scan quadratic.
_SEARCH = 64
# Content that is not markup: `<div>` inside a script is text.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext", "noscript"})
_TAG_START = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})|<!--")


def bound_depth(html: str, max_depth: int) -> str:
    """HTML whose element nesting stays within `max_depth`: deeper tags are dropped, text kept.

    libxml2 (under lxml) stops parsing at 256 levels and silently drops the rest of the page, and
    recursive tree walks in Python fail near 1,000; a page nested deeper is hostile or broken.
    The open elements are tracked as an HTML parser would (implied ends of <p>, <li>, <td>...),
    the scan is linear, and a page within the limit comes back unchanged.

    >>> bound_depth("<div><div><div><b>x</b></div></div></div><p>y</p>", 2)
    '<div><div>  x  </div></div><p>y</p>'
    >>> page = "<ul><li>a<li>b</ul>" * 300
    >>> bound_depth(page, 8) is page
    True
    """
    stack = _OpenElements()
    # The page between dropped tags, and a space for each: built as the scan goes (a list of
    # the dropped tags' places would hold two numbers a tag, 25 bytes per byte of `<div>`s).
    parts: list[str] = []
    last = 0
    for start, end, name, closing in _tags(html):
        if name in _VOID:
            continue
        if closing:
            index = stack.find(frozenset({name}), frozenset())
            dropped = index is not None and stack.pop_to(index)
            # A stray end tag (index None) is ignored, as parsers do.
        else:
            stack.close_implied(name)
            dropped = stack.push(name, dropped=len(stack) >= max_depth)
        if dropped:
            parts += (html[last:start], " ")
            last = end
    if not parts:
        return html
    parts.append(html[last:])
    return "".join(parts)


class _OpenElements:
    """The stack of open elements of one scan, with a count of each name for cheap look-ups."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.dropped: list[bool] = []
        self.counts: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.names)

    def push(self, name: str, *, dropped: bool) -> bool:
        self.names.append(name)
        self.dropped.append(dropped)
        self.counts[name] = self.counts.get(name, 0) + 1
        return dropped

    def pop_to(self, index: int) -> bool:
        """Close the element at `index` and all inside it; whether that element was dropped."""
        for name in self.names[index:]:
            self.counts[name] -= 1
        was_dropped = self.dropped[index]
        del self.names[index:], self.dropped[index:]
        return was_dropped

    def find(self, names: frozenset[str], scope: frozenset[str]) -> int | None:
        """Position of the innermost open element in `names`, not looking past `scope`."""
        if not any(self.counts.get(name) for name in names):
            return None
        for index in range(len(self.names) - 1, max(len(self.names) - _SEARCH, 0) - 1, -1):
            open_name = self.names[index]
            if open_name in names:
                return index
            if open_name in scope:
                return None
        return None

    def close_implied(self, name: str) -> None:
        rules = [(_P, _P_SCOPE)] if name in _CLOSES_P else []
        rules += [_IMPLIED[name]] if name in _IMPLIED else []
        for closes, scope in rules:
            index = self.find(closes, scope)
            if index is not None:
                self.pop_to(index)


def _tags(html: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, lowercase name, is closing) of each tag, skipping comments and raw text; the
    names shared, one string for each (the open-element stack holds one per open tag)."""
    names: dict[str, str] = {}
    pos, size = 0, len(html)
    while pos < size:
        match = _TAG_START.search(html, pos)
        if match is None:
            break
        if match.group() == "<!--":
            close = html.find("-->", match.end())
            if close < 0:
                break  # an unclosed comment runs to the end of the document
            pos = close + 3
            continue
        end = html.find(">", match.end())
        if end < 0:
            break  # no '>' anywhere after: no further tag can close
        name, closing = match.group(2).lower(), bool(match.group(1))
        name = names.setdefault(name, name)
        yield match.start(), end + 1, name, closing
        pos = end + 1
        if name in _RAW_TEXT and not closing:
            close = _find_end_tag(html, name, pos)
            if close < 0:
                break
            pos = close


def _find_end_tag(html: str, name: str, pos: int) -> int:
    match = _end_tag(name).search(html, pos)
    return match.start() if match else -1


@cache
def _end_tag(name: str) -> re.Pattern[str]:
    # Case-insensitive, without lowering a copy of the whole page for each raw-text element.
    return re.compile(f"</{re.escape(name)}", re.I)


#: Attributes of one element read at most. libxml2 checks each attribute of a start tag against
#: every one before it, so a tag of n attributes costs n² (40,000 took 1.6 s to parse, and
#: 400,000 would take minutes); a real element has tens.
MAX_ATTRIBUTES = 1_000
# A start tag this long may hold that many attributes; no ordinary tag is (an inline style or a
# srcset runs to a few hundred characters). Inside a script, "i<n; ..." reads as one too: its
# whitespace is counted, and a script has less of it than a crowded tag. Possessive: a run that
# ends at a "<" is not read back over (backtracking there cost 4 ms a page), and the tag it
# starts, left unclosed, is bounded all the same.
_LONG_TAG = re.compile(r"<([a-zA-Z][^\s<>/]*+)([^<>]{1024,}+)")
#: The windows `_long_tag_starts` looks for brackets in: half a crowded tag's least length.
_WINDOW = MAX_ATTRIBUTES
_WHITESPACE = (" ", "\t", "\n", "\r", "\f")
# A numeric reference to a C0 control other than tab, newline and carriage return, to DEL, or to a
# noncharacter (U+FFFE, U+FFFF), with its optional ";": the characters `_CONTROLS` removes. C1
# controls are left alone: the parser reads them as windows-1252, as browsers do.
_CONTROL_REFERENCE = re.compile(
    r"&#(?:[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF])(?![0-9a-fA-F])"
    r"|0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|127|6553[45])(?![0-9]));?"
)
_CONTROL_REFERENCE_BYTES = re.compile(_CONTROL_REFERENCE.pattern.encode())
_ATTRIBUTE = re.compile(r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def bound_attributes(html: str) -> str:
    """HTML whose start tags hold at most `MAX_ATTRIBUTES` attributes each: the first ones are
    kept, the rest of the tag dropped. A page without so crowded a tag comes back unchanged.

    >>> crowded = "<p " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES + 5)) + ">Isi.</p>"
    >>> bounded = bound_attributes(crowded)
    >>> bounded.count(" a"), bounded.endswith(f"a{MAX_ATTRIBUTES - 1}>Isi.</p>")
    (1000, True)
    >>> page = "<p class='x'>Isi.</p>"
    >>> bound_attributes(page) is page
    True
    """
    tags = (_LONG_TAG.match(html, start) for start in _long_tag_starts(html))
    long_tags = (m for m in tags if m and _spaces(html, *m.span(2)) > MAX_ATTRIBUTES)
    crowded = [(m, ends) for m in long_tags if len(ends := _attribute_ends(m)) > MAX_ATTRIBUTES]
    if not crowded:
        return html
    parts: list[str] = []
    last = 0
    for match, ends in crowded:
        parts += [html[last : ends[MAX_ATTRIBUTES - 1]], ">"]
        last = match.end() + html.startswith(">", match.end())
    parts.append(html[last:])
    return "".join(parts)


def _long_tag_starts(html: str) -> list[int]:
    """Where the tags that may be crowded start: each `<` before a window of `_WINDOW`
    characters (at a multiple of it) that holds no bracket, with no `>` between them. A crowded
    tag, over twice as long as a window (each attribute a space and a character at least), holds
    a whole one; and looking for a bracket in each window is done in C, where matching every
    tag's attributes against a pattern took most of a millisecond a page."""
    starts: list[int] = []
    in_run = False  # whether the window before was one without brackets too
    for at in range(0, len(html) - _WINDOW + 1, _WINDOW):
        end = at + _WINDOW
        if html.find("<", at, end) >= 0 or html.find(">", at, end) >= 0:
            in_run = False
            continue
        if not in_run:  # a new run without brackets: is it inside a tag?
            opened = html.rfind("<", 0, at)
            if opened > html.rfind(">", 0, at):
                starts.append(opened)
        in_run = True
    return starts


def drop_control_references(html: str, utf8: bytes | None = None) -> str:
    """HTML without the character references that name a control character ("&#x11;", "&#1"):
    the parser turns them into the very characters `clean` took out of the page's own text. Other
    references, and a page without any such one, come back unchanged. `utf8`, when given, must be
    `html` encoded as UTF-8: looking for the references in it takes half the time.

    >>> drop_control_references("Harga&#x11; naik &#8220;tajam&#x201d; &#1")
    'Harga naik &#8220;tajam&#x201d; '
    >>> page = "Harga &#x11b; naik"  # the letter ě, not a control and a "b"
    >>> drop_control_references(page) is page
    True
    """
    if utf8 is None:
        found = _CONTROL_REFERENCE.search(html) is not None
    else:
        found = _CONTROL_REFERENCE_BYTES.search(utf8) is not None
    return _CONTROL_REFERENCE.sub("", html) if found else html


def _spaces(html: str, start: int, end: int) -> int:
    """The whitespace characters in `html[start:end]`, counted in C: an attribute follows one,
    so a tag with fewer holds fewer attributes (most long "tags" are script text with a "<" in
    it, where reading attributes cost a millisecond a page)."""
    return sum(html.count(space, start, end) for space in _WHITESPACE)


def _attribute_ends(tag: re.Match[str]) -> list[int]:
    """Where the tag's first `MAX_ATTRIBUTES + 1` attributes end, in the page."""
    found = _ATTRIBUTE.finditer(tag.string, tag.start(2), tag.end(2))
    return [m.end() for m in islice(found, MAX_ATTRIBUTES + 1)]
