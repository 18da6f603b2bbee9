"""WARC round trip: archives written here with warcio, read back through `sources` and the CLI."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest

import warta
from _pages import english_html, indonesian_html
from warta.cli import main
from warta.sources import Item, Unreadable, read_items, read_warc

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = {
    "https://kabar.example.id/regional/banjir-1": indonesian_html(1).encode("utf-8"),
    "https://wire.example.com/world/bus-routes-2": english_html(2).encode("utf-8"),
    "https://kabar.example.id/regional/banjir-5": indonesian_html(5).encode("utf-8"),
}


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    media: str = "text/html; charset=utf-8",
    extra: list[tuple[str, str]] | None = None,
) -> None:
    headers = StatusAndHeaders(
        status, [("Content-Type", media), *(extra or [])], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def write_crawl(path: Path, *, gzipped: bool) -> None:
    """A small crawl as a crawler writes it: requests, pages, a redirect, a 404, an image,
    a gzip-encoded page, and a `resource` record."""
    urls = list(PAGES)
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "warta-tests"}))
        request = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "kabar.example.id")], is_http_request=True
        )
        writer.write_record(writer.create_warc_record(urls[0], "request", http_headers=request))
        _response(writer, urls[0], PAGES[urls[0]])
        _response(writer, "https://kabar.example.id/old", b"", status="301 Moved Permanently")
        _response(
            writer, "https://kabar.example.id/missing", b"<h1>404</h1>", status="404 Not Found"
        )
        _response(writer, "https://kabar.example.id/logo.png", b"\x89PNG\r\n", media="image/png")
        _response(
            writer,
            urls[1],
            gzip.compress(PAGES[urls[1]]),
            extra=[("Content-Encoding", "gzip")],
        )
        resource = writer.create_warc_record(
            urls[2],
            "resource",
            payload=BytesIO(PAGES[urls[2]]),
            warc_content_type="text/html",
        )
        writer.write_record(resource)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_pages_come_back_byte_for_byte_with_their_urls(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_crawl(path, gzipped=name.endswith(".gz"))
    items = list(read_warc(str(path)))
    assert all(isinstance(item, Item) for item in items)
    pages = [item for item in items if isinstance(item, Item)]
    assert {item.url: item.page for item in pages} == PAGES
    assert [item.url for item in pages] == list(PAGES)  # archive order
    assert all(str(item.id).startswith("<urn:uuid:") for item in pages)
    assert len({item.source for item in pages}) == 3  # path#offset, one per record


def test_the_cli_round_trips_an_archive_to_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path, gzipped=True)
    assert main(["extract", str(path), "--jobs", "2"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["url"] for line in lines] == list(PAGES)
    for line in lines:
        expected = warta.extract(PAGES[line["url"]], url=line["url"])
        assert warta.Article.model_validate(line["article"]) == expected
        assert str(line["source"]).startswith(f"{path}#")


def _arc(records: list[tuple[bytes, bytes, bytes]], *, gzipped: bool) -> bytes:
    """An ARC v1 file, the Internet Archive's format before WARC: a version block, then each
    record as one header line (url, ip, date, media type, length) and the HTTP response."""
    version = b"1 0 warta-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    members = [
        b"filedesc://t.arc 0.0.0.0 20240603000000 text/plain %d\n%s\n" % (len(version), version)
    ]
    for url, media, payload in records:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: " + media + b"\r\n\r\n" + payload
        members.append(b"%s 127.0.0.1 20240603101500 %s %d\n%s\n" % (url, media, len(http), http))
    # Compressed ARCs, like WARCs, are a gzip member per record.
    return b"".join(gzip.compress(m) if gzipped else m for m in members)


@pytest.mark.parametrize("name", ["old.arc", "old.arc.gz"])
def test_arc_files_are_read_too(tmp_path: Path, name: str) -> None:
    page = indonesian_html(3).encode("utf-8")
    records = [
        (b"http://kabar.example.id/a", b"text/html", page),
        (b"http://kabar.example.id/logo.png", b"image/png", b"\x89PNG"),
    ]
    path = tmp_path / name
    path.write_bytes(_arc(records, gzipped=name.endswith(".gz")))
    [item] = read_items([str(tmp_path)])
    assert isinstance(item, Item)
    assert (item.url, item.page) == ("http://kabar.example.id/a", page)


def test_a_file_that_is_no_archive_is_one_error(tmp_path: Path) -> None:
    fake = tmp_path / "notes.warc"
    fake.write_bytes(b"these are my notes, not an archive\n")
    [item] = read_warc(str(fake))
    assert isinstance(item, Unreadable) and item.source == str(fake)


def test_a_folder_walk_finds_archives_beside_pages(tmp_path: Path) -> None:
    write_crawl(tmp_path / "crawl.warc.gz", gzipped=True)
    (tmp_path / "loose.html").write_text(english_html(9), encoding="utf-8")
    items = list(read_items([str(tmp_path)]))
    assert len(items) == 4
    assert str(items[-1].source).endswith("loose.html")


def test_a_truncated_archive_gives_its_first_pages_then_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = tmp_path / "whole.warc"
    write_crawl(whole, gzipped=False)
    data = whole.read_bytes()
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:-300])  # the copy stopped inside the last page
    items = list(read_warc(str(broken)))
    assert [type(item) for item in items] == [Item, Item, Unreadable]
    assert isinstance(items[-1], Unreadable) and items[-1].type == "TruncatedRecord"
    assert main(["extract", str(broken)]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in line) for line in lines] == [False, False, True]


def test_pages_carry_their_warc_date_as_the_fetch_time(tmp_path: Path) -> None:
    # A page that says "5 hours ago" is dated from when the crawler fetched it.
    path = tmp_path / "crawl.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://kabar.example.id/a",
            "response",
            payload=BytesIO(PAGES[next(iter(PAGES))]),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-03-11T18:40:12Z"},
        )
        writer.write_record(record)
    (item,) = read_warc(str(path))
    assert isinstance(item, Item)
    assert item.fetched == dt.datetime(2025, 3, 11, 18, 40, 12, tzinfo=dt.timezone.utc)
