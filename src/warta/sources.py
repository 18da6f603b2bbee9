"""Reading pages in bulk: files, folders, globs, standard input, JSON Lines, and WARC/ARC archives.

Every reader yields one `Item` per page, lazily, so a crawl of millions of pages streams through in
bounded memory. A problem with an input (a missing file, a line that is not JSON, a truncated
archive) is yielded as an `Unreadable` in the page's place instead of being raised, so one bad file
never stops a batch; `warta.extract_many` turns it into a failed `Result`.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.html").write_text("<p>Isi</p>")
>>> _ = (folder / "notes.json").write_text("{}")
>>> [pathlib.Path(item.source).name for item in read_items([str(folder)])]
['a.html']
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

#: A folder is walked for these: saved pages and copied page text. Other files in a crawl folder
#: (ground truth, metadata JSON, images) are not pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
#: WARC and ARC archives, compressed per record (the Common Crawl layout) or not.
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: A folder is walked for these when the input is JSON Lines.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
#: Archive records with these media types are pages; the rest (images, scripts, robots.txt) not.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: No page is read past this many bytes; `warta.extract` refuses it anyway (`Options.max_bytes`),
#: and reading an archive record of gigabytes into memory first would defeat bounded memory.
DEFAULT_MAX_BYTES = 50_000_000

STDIN = "-"
#: The JSON Lines field read as when the page was fetched, an ISO 8601 time.
FETCHED_FIELD = "fetched"


@dataclass(frozen=True)
class Item:
    """One page to extract, with where it came from.

    `source` names the input for people (a path, `path:line` in JSON Lines, `path#offset` in an
    archive); `id`, `url` and `fetched` (when the page was fetched, which dates a page that says
    only "5 hours ago") are passed through from JSON Lines fields or archive headers.
    """

    page: str | bytes
    source: str | None = None
    id: str | int | None = None
    url: str | None = None
    language: str | None = None
    fetched: dt.datetime | None = None


@dataclass(frozen=True)
class Unreadable:
    """An input that could not be read, in the place of the page(s) it should have given."""

    source: str
    type: str
    message: str

    @classmethod
    def of(cls, source: str, error: BaseException) -> Unreadable:
        return cls(source=source, type=type(error).__name__, message=str(error))


def read_items(
    specs: Iterable[str],
    *,
    jsonl_field: str | None = None,
    id_field: str = "id",
    url_field: str = "url",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item | Unreadable]:
    """Every page named by `specs`: paths, folders (walked recursively), globs, or "-" for stdin.

    Files are pages (HTML or text, told apart by `warta.extract`) unless their name says WARC or
    ARC. With `jsonl_field`, every input is JSON Lines instead and that field of each line holds
    the page; `id_field` and `url_field` are carried along.
    """
    for spec in specs:
        for path in expand(spec, jsonl=jsonl_field is not None):
            if isinstance(path, Unreadable):
                yield path
            elif jsonl_field is not None:
                yield from read_jsonl(path, jsonl_field, id_field=id_field, url_field=url_field)
            elif is_archive(path):
                yield from read_warc(path, max_bytes=max_bytes)
            else:
                yield read_file(path, max_bytes=max_bytes)


def expand(spec: str, *, jsonl: bool = False) -> Iterator[str | Unreadable]:
    """The files one command-line argument names, in a stable (sorted) order.

    >>> list(expand("-"))
    ['-']
    """
    if spec == STDIN:
        yield STDIN
        return
    if glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Unreadable(spec, "FileNotFoundError", "no file matches this pattern")
        for match in matches:
            yield from _walk(match, jsonl) if os.path.isdir(match) else iter([match])
        return
    if os.path.isdir(spec):
        yield from _walk(spec, jsonl)
    elif os.path.exists(spec):
        yield spec
    else:
        yield Unreadable(spec, "FileNotFoundError", "no such file or folder")


def _walk(folder: str, jsonl: bool) -> Iterator[str]:
    wanted = JSONL_SUFFIXES if jsonl else PAGE_SUFFIXES + ARCHIVE_SUFFIXES
    for root, dirs, files in os.walk(folder):
        dirs.sort()  # os.walk descends in this list's order: sorting it makes the walk stable
        for name in sorted(files):
            if name.lower().endswith(wanted):
                yield os.path.join(root, name)


def is_archive(path: str) -> bool:
    """Whether a path names a WARC or ARC file, by its name.

    >>> is_archive("CC-MAIN-2024-33-00001.warc.gz"), is_archive("page.html")
    (True, False)
    """
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def read_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Item | Unreadable:
    """One file (or stdin for "-") as one page, read as bytes so `warta.extract` decodes it."""
    try:
        if path == STDIN:
            return Item(page=sys.stdin.buffer.read(max_bytes + 1), source="<stdin>")
        with open(path, "rb") as handle:
            return Item(page=handle.read(max_bytes + 1), source=path)
    except OSError as error:
        return Unreadable.of(path, error)


def read_jsonl(
    path: str, field: str, *, id_field: str = "id", url_field: str = "url"
) -> Iterator[Item | Unreadable]:
    """Each line of a JSON Lines file (gzip allowed) as a page held in `field`.

    Lines are numbered from 1 in `source` ("dump.jsonl:12"), so an error points at its line.
    """
    try:
        with _open_text(path) as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _jsonl_item(line, f"{_name(path)}:{number}", field, id_field, url_field)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        yield Unreadable.of(_name(path), error)


def parse_time(value: object) -> dt.datetime | None:
    """An ISO 8601 time as JSON Lines and WARC-Date headers write it, or a datetime, as a
    datetime; None when `value` is none of these.

    >>> parse_time("2024-05-02T20:35:00Z").isoformat()
    '2024-05-02T20:35:00+00:00'
    >>> parse_time("yesterday") is None
    True
    """
    if isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    # Python 3.10 reads no "Z" for UTC.
    text = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _open_text(path: str) -> IO[str]:
    if path == STDIN:
        return open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _jsonl_item(
    line: str, source: str, field: str, id_field: str, url_field: str
) -> Item | Unreadable:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        return Unreadable.of(source, error)
    if not isinstance(record, dict):
        return Unreadable(source, "InputError", "the line is not a JSON object")
    page = record.get(field)
    if not isinstance(page, str):
        return Unreadable(source, "InputError", f"the line has no string field {field!r}")
    ident, url = record.get(id_field), record.get(url_field)
    fetched = parse_time(record.get(FETCHED_FIELD))
    if fetched is None and record.get(FETCHED_FIELD) is not None:
        return Unreadable(
            source, "InputError", f"the line's {FETCHED_FIELD!r} is not an ISO 8601 time"
        )
    return Item(
        page=page,
        source=source,
        id=ident if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
        url=url if isinstance(url, str) else None,
        fetched=fetched,
    )


def read_warc(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item | Unreadable]:
    """The HTML pages of a WARC or ARC file (gzip handled, per record or whole), via warcio.

    A page is a successful (2xx) `response` record, or a `resource` record, of an HTML media
    type; the record's target URI becomes `url`, its record id `id` and its date `fetched`. A
    damaged archive gives
    the pages before the damage, then one `Unreadable`.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Unreadable(
            path, "MissingDependency",
            "reading WARC/ARC needs warcio: pip install 'warta[warc]'",
        )
        return
    try:
        if not _starts_like_an_archive(path):
            yield Unreadable(path, "NotAnArchive", "the file starts neither as WARC nor as ARC")
            return
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                if _is_page(record):
                    yield _warc_item(record, records, path, max_bytes)
    except _damaged_archive_errors() as error:
        yield Unreadable.of(path, error)


def _damaged_archive_errors() -> tuple[type[BaseException], ...]:
    """What warcio raises on a damaged archive, found by cutting and corrupting archives.

    AttributeError is among them: warcio reads a record header cut short as a missing URI and
    fails on it, instead of raising its own error.
    """
    import zlib

    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    return (
        OSError, EOFError, ValueError, zlib.error, AttributeError,
        ArchiveLoadFailed, StatusAndHeadersParserException,
    )


def _starts_like_an_archive(path: str) -> bool:
    # warcio reads any text as an ARC header line and then yields nothing: a file that is no
    # archive at all would pass for an empty one.
    with open(path, "rb") as raw:
        head = raw.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    with opener(path, "rb") as stream:
        start = stream.read(16)
    return start.startswith((b"WARC/", b"filedesc://"))


def _is_page(record: Any) -> bool:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return False
        status = headers.get_statuscode() or ""
        media = _media_type(headers.get_header("Content-Type"))
        return status.startswith("2") and media in HTML_TYPES
    if record.rec_type == "resource":
        return _media_type(record.rec_headers.get_header("Content-Type")) in HTML_TYPES
    return False


def _media_type(content_type: str | None) -> str:
    """The media type alone: "text/html; charset=UTF-8" -> "text/html"."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def _warc_item(record: Any, records: Any, name: str, max_bytes: int) -> Item | Unreadable:
    # content_stream() undoes chunked transfer and gzip/deflate content encoding: the page as
    # the browser saw it, not as it went over the wire.
    page = record.content_stream().read(max_bytes + 1)
    # warcio hands out a record cut short by a truncated file as if whole; the declared length
    # still unread says so. A partial page would give a partial record without a word.
    short = len(page) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0
    # Only after the content: asking for the offset first makes warcio skip to the record's end.
    offset = records.get_record_offset()
    if short:
        return Unreadable(
            f"{name}#{offset}", "TruncatedRecord",
            "the record ends before its declared Content-Length: the archive is cut short",
        )
    headers = record.rec_headers
    return Item(
        page=page,
        source=f"{name}#{offset}",
        id=headers.get_header("WARC-Record-ID"),
        url=headers.get_header("WARC-Target-URI"),
        fetched=parse_time(headers.get_header("WARC-Date")),
    )


def _name(path: str) -> str:
    return "<stdin>" if path == STDIN else path
