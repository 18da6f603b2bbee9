"""HTML ingest: the safe parse, metadata candidates (meta, OpenGraph, JSON-LD, <time>, links)
and the choices fields.meta makes among them. Pages here are small hand-written snippets."""

from __future__ import annotations

import datetime as dt

import lxml.etree
import pytest

from warta.errors import EmptyInputError
from warta.fields.meta import choose_title, parse_moment, read_meta, reconcile_time, strip_site_name
from warta.ingest.html import parse, read_html
from warta.ingest.metadata import parse_jsonld, read_metadata
from warta.ingest.tree import text_of
from warta.lang import lexicon
from warta.options import Options

WIB = dt.timezone(dt.timedelta(hours=7))


def _meta(head: str, body: str = "<p>Isi berita.</p>", url: str | None = None):  # type: ignore[no-untyped-def]
    return read_metadata(parse(f"<html><head>{head}</head><body>{body}</body></html>"), url)


@pytest.mark.parametrize(
    ("script", "headline"),
    [
        ('{"@type": "NewsArticle", "headline": "Banjir"}', "Banjir"),
        ('[{"@type": "BreadcrumbList"}, {"@type": "NewsArticle", "headline": "Banjir"}]', "Banjir"),
        ('{"@graph": [{"@type": "WebSite"}, '
         '{"@type": "ReportageNewsArticle", "headline": "Banjir"}]}', "Banjir"),
        ('{"@type": ["Article", "NewsArticle"], "headline": "Banjir"}', "Banjir"),
        ('<!-- {"@type": "NewsArticle", "headline": "Banjir"}; -->', "Banjir"),
        ('{"@type": "NewsArticle", "headline": "Banjir"} ,,', "Banjir"),
        ('{"@type": "NewsArticle", "headline": "Banjir\tdi\nBogor"}', "Banjir di Bogor"),
        ('{"@type": "NewsArticle", "headline": "Banjir &amp; longsor"}', "Banjir & longsor"),
    ],
)
def test_jsonld_is_read_in_the_shapes_pages_use(script: str, headline: str) -> None:
    meta = _meta(f'<script type="application/ld+json">{script}</script>')
    assert (headline, "jsonld") in meta.titles


@pytest.mark.parametrize("garbage", ["", "not json", "{", "[1, 2", '{"@type": 5}', "null"])
def test_broken_jsonld_is_skipped(garbage: str) -> None:
    meta = _meta(f'<script type="application/ld+json">{garbage}</script>')
    assert meta.titles == [] and meta.jsonld == []


def test_deep_jsonld_nesting_is_bounded() -> None:
    deep = '{"@graph": ' * 50 + '{"@type": "NewsArticle", "headline": "x"}' + "}" * 50
    assert parse_jsonld(deep) is not None
    assert _meta(f'<script type="application/ld+json">{deep}</script>').titles == []


def test_people_come_as_strings_objects_or_lists() -> None:
    meta = _meta(
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Budi Santoso"}, "Siti Aminah", '
        '{"@type": "Person", "url": "https://x.id/a"}], "editor": {"name": "Dewi"}}</script>'
    )
    assert meta.authors == [("Budi Santoso", "jsonld"), ("Siti Aminah", "jsonld")]
    assert meta.editors == [("Dewi", "jsonld")]


def test_time_canonical_next_and_lang_are_read() -> None:
    meta = _meta(
        '<link rel="canonical" href="/read/1"><link rel="next" href="?page=2">',
        '<time datetime="2024-03-04T10:15:00+07:00">Senin</time>',
        url="https://contoh.co.id/read/1?utm=x",
    )
    assert ("2024-03-04T10:15:00+07:00", "time") in meta.published
    assert meta.canonical == "https://contoh.co.id/read/1"
    assert meta.next_url == "https://contoh.co.id/read/1?page=2"


def test_marked_authors_come_once_each_in_page_order() -> None:
    meta = _meta(
        '<link rel="author" href="/penulis/rina">',
        '<a rel="author" itemprop="author" href="/penulis/budi">Budi Santoso</a>'
        '<span itemprop="author"><meta itemprop="name" content="Siti Aminah"></span>'
        '<div itemprop="author">Dewi Lestari</div>',
    )
    assert meta.authors == [
        ("Budi Santoso", "microdata"),
        ("Siti Aminah", "microdata"),
        ("Dewi Lestari", "microdata"),
    ]


def test_marked_authors_are_the_story_s_item_s_not_its_cards() -> None:
    # The Telegraph: the story is an Article item with its author; the cards of other stories
    # after it mark their writers as authors too, outside any item.
    meta = _meta(
        "",
        '<article itemscope itemtype="http://schema.org/Article"><h1>Heated airers</h1>'
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">By '
        '<a rel="author" href="/authors/ir"><span itemprop="name">Imogen Radcliffe</span></a>'
        "</span><p>Text.</p></article>"
        '<ul><li><a href="/b">Electric blankets</a> <span itemprop="author">By '
        '<a rel="author" href="/authors/op">Oliver Penhallow</a></span></li>'
        '<li><a href="/c">Dehumidifiers</a> <span itemprop="author">By Saskia Trent</span></li>'
        "</ul>",
    )
    # (as marked: "By" is read off with the byline's other words when the fields are read)
    assert [name.removeprefix("By ") for name, _ in meta.authors] == ["Imogen Radcliffe"]


@pytest.mark.parametrize(
    ("head", "body", "canonical", "next_url"),
    [
        ("", '<a rel="next" href="/read/1/2">2</a>', None, "https://contoh.co.id/read/1/2"),
        (
            '<link rel="next" href="/read/1/3">',
            '<a rel="next" href="/read/1/2">2</a>',
            None,
            "https://contoh.co.id/read/1/3",
        ),
        (
            '<link rel="canonical" href="/read/9">',
            '<a rel="nofollow next" href="2">2</a>',
            "https://contoh.co.id/read/9",
            "https://contoh.co.id/read/2",
        ),
        ("", '<a rel="canonical" href="#top">x</a><span rel="next" href="/x">y</span>', None, None),
    ],
)
def test_anchor_rel_links_count_only_when_the_head_has_none(
    head: str, body: str, canonical: str | None, next_url: str | None
) -> None:
    meta = _meta(head, body, url="https://contoh.co.id/read/1")
    assert (meta.canonical, meta.next_url) == (canonical, next_url)


@pytest.mark.parametrize(
    "script",
    [
        '<![CDATA[{"@type": "NewsArticle", "headline": "Banjir"}]]>',
        '// <![CDATA[\n{"@type": "NewsArticle", "headline": "Banjir"}\n// ]]>',
        '{"@type": "NewsArticle", "headline": "Banjir"}\n-->',
        '{"@type": "NewsArticle",\x0b "headline": "Banjir"}',
    ],
)
def test_jsonld_wrappers_and_stray_controls_are_cut(script: str) -> None:
    assert parse_jsonld(script) == {"@type": "NewsArticle", "headline": "Banjir"}


def test_html_lang_is_the_first_language_candidate() -> None:
    root = parse('<html lang="id-ID"><head><meta property="og:locale" content="en_US"></head>'
                 "<body><p>x</p></body></html>")
    assert read_metadata(root, None).languages[0] == ("id-ID", "html")


def test_keywords_and_article_tags_become_tags() -> None:
    meta = _meta('<meta name="keywords" content="banjir, Bogor , ">'
                 '<meta property="article:tag" content="cuaca">')
    assert [t for t, _ in meta.tags] == ["banjir", "Bogor", "cuaca"]


@pytest.mark.parametrize("markup", ["", "<!-- only a comment -->", "<?xml version='1.0'?>"])
def test_markup_without_a_document_is_empty_input(markup: str) -> None:
    with pytest.raises(EmptyInputError):
        parse(markup)


def test_an_xml_declaration_with_an_encoding_is_accepted() -> None:
    root = parse('<?xml version="1.0" encoding="utf-8"?><html><body><p>Halo</p></body></html>')
    assert root.findtext(".//p") == "Halo"


def test_external_entities_are_not_resolved() -> None:
    page = '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&x;</p></body></html>'
    assert "root:" not in text_of(parse(page))


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Banjir di Bogor - Kompas.com", ["Kompas.com"], "Banjir di Bogor"),
        ("Banjir di Bogor | Republika Online", ["Republika Online"], "Banjir di Bogor"),
        ("KapanLagi.com: Artis Baru Menikah", ["kapanlagi.com"], "Artis Baru Menikah"),
        ("Oil falls | Reuters", ["www.reuters.com"], "Oil falls"),
        ("Tony Blair: Why there has to be compromise", ["Evening Standard"],
         "Tony Blair: Why there has to be compromise"),
        ("Banjir - Jakarta - Kompas.com Regional", ["Kompas.com"], "Banjir - Jakarta"),
    ],
)
def test_the_site_name_is_cut_from_a_title(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_a_byline_after_the_site_name_is_cut_from_a_title() -> None:
    title = "Council opens library in old mill | The Town Crier | by Jo Kent"
    assert strip_site_name(title, ["The Town Crier"], lexicon("en")) == (
        "Council opens library in old mill")


@pytest.mark.parametrize(
    ("candidates", "heading", "expected"),
    [
        # Three declarations with straight quotes outvote the JSON-LD headline and the <h1>.
        ([("Jo’s ‘library’ opens", "jsonld"), ("Jo's 'library' opens | Crier", "og"),
          ("Jo's 'library' opens", "jsonld-page"), ("Jo's 'library' opens | Crier", "title")],
         "Jo’s ‘library’ opens", ("Jo's 'library' opens", "og")),
        # The <h1> votes for its own typography.
        ([("Jo’s library opens", "jsonld"), ("Jo's library opens", "og")],
         "Jo’s library opens", ("Jo’s library opens", "jsonld")),
        # A tie goes to the source order.
        ([("Jo’s library opens", "jsonld"), ("Jo's library opens", "og"),
          ("Jo's library opens | Crier", "title")],
         "Jo’s library opens", ("Jo’s library opens", "jsonld")),
    ],
)
def test_declared_titles_with_the_same_words_vote_on_typography(
    candidates: list[tuple[str, str]], heading: str, expected: tuple[str, str]
) -> None:
    assert choose_title(candidates, ["Crier"], [heading]) == expected


def test_the_declared_title_agreeing_with_the_h1_wins() -> None:
    candidates = [("Harris, Trump brace for a sprint", "jsonld"),
                  ("Harris, Trump brace for an intense sprint", "og")]
    assert choose_title(candidates, [], ["Harris, Trump brace for an intense sprint"]) == (
        "Harris, Trump brace for an intense sprint", "og")
    assert choose_title(candidates, [], ["Something else"]) == candidates[0]
    assert choose_title([("Judul : Okezone News", "title")], [], ["Judul"]) == ("Judul", "title")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-07-31T10:15:00+07:00", dt.datetime(2024, 7, 31, 10, 15, tzinfo=WIB)),
        ("2024-07-31T03:15:00Z", dt.datetime(2024, 7, 31, 3, 15, tzinfo=dt.timezone.utc)),
        ("2024-07-31T10:15:00.000+0700", dt.datetime(2024, 7, 31, 10, 15, tzinfo=WIB)),
        ("2024-07-31 10:15:00", dt.date(2024, 7, 31)),
        ("2024/07/31 10:15:00", None),
        ("Wed, 31 Jul 2024 03:15:00 +0000",
         dt.datetime(2024, 7, 31, 3, 15, tzinfo=dt.timezone.utc)),
        ("0001-01-01T00:00:00Z", None),
        ("x" * 10_000, None),
    ],
)
def test_machine_dates_parse(text: str, expected: dt.date | None) -> None:
    assert parse_moment(text) == expected


def test_a_visible_time_wins_only_against_a_mislabelled_zone() -> None:
    z = dt.datetime(2024, 7, 31, 10, 15, tzinfo=dt.timezone.utc)
    wib = dt.datetime(2024, 7, 31, 10, 15, tzinfo=WIB)
    assert reconcile_time(z, wib) == wib
    exact = dt.datetime(2024, 7, 31, 3, 15, tzinfo=dt.timezone.utc)
    assert reconcile_time(exact, wib) == exact  # the same instant: the machine time stands
    assert reconcile_time(None, wib) == wib


def test_read_meta_records_sources_and_falls_back_to_the_url_date() -> None:
    page = read_html("<html><head><title>Harga cabai naik - Detik</title></head><body><h1>"
                     "Harga cabai naik</h1><p>Isi.</p></body></html>",
                     url="https://news.detik.com/berita/2024/03/04/harga-cabai", options=Options())
    meta = read_meta(page, lexicon("id"))
    assert meta.title == "Harga cabai naik"
    assert meta.published == dt.date(2024, 3, 4)
    assert meta.sources["published"] == "url"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A page labelled Latin-1 is windows-1252: 0x93/0x94 are curly quotes, not controls.
        ('<meta charset="iso-8859-1"><p>\x93Siaga\x94</p>'.encode("latin-1"), "\u201cSiaga\u201d"),
        # The template says Latin-1, the CMS wrote UTF-8: the bytes win.
        ('<meta charset="iso-8859-1"><p>Kapolda: \u201cSiaga\u201d</p>'.encode(),
         "\u201cSiaga\u201d"),
        # An http-equiv declaration, on bytes that are not UTF-8.
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
         '<p>caf\xe9</p>'.encode("cp1252"), "caf\xe9"),
        # No declaration and not UTF-8: the detector decides.
        ("<html><body><p>Pr\xe9sident du S\xe9nat fran\xe7ais</p></body></html>".encode("cp1252"),
         "Pr\xe9sident"),
        (b'<meta charset="utf-8"><p>Rp 5.000</p>', "Rp 5.000"),
    ],
)
def test_bytes_are_decoded_as_a_browser_would(raw: bytes, expected: str) -> None:
    from warta.ingest.encoding import decode

    assert expected in decode(raw)


def test_a_parse_error_carries_no_lxml_context() -> None:
    # tblib, which dask.distributed installs, pickles an exception with its context; lxml's
    # errors hold an error log that does not pickle, so none may hang on ours.
    import pickle

    import pytest

    import warta

    with pytest.raises(warta.EmptyInputError) as caught:
        warta.extract("<!DOCTYPE html>")
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    assert isinstance(pickle.loads(pickle.dumps(caught.value)), warta.EmptyInputError)


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        '<meta charset="utf-16">',
        "",
    ],
)
def test_parsing_the_utf8_bytes_gives_the_tree_of_the_text(head: str) -> None:
    # The page's UTF-8 bytes go to libxml2 as they are; whatever the head declares, the tree
    # must be the one the decoded text gives.
    text = (
        f"<html><head>{head}<title>Kapolda: \u201cSiaga\u201d</title></head><body>"
        "<p>S\u00e3o Paulo \u2013 \u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439 "
        "\u6771\u4eac \U0001f600 &amp; caf&eacute;</p></body></html>"
    )
    from_bytes, from_text = parse(text, text.encode()), parse(text)
    assert lxml.etree.tostring(from_bytes) == lxml.etree.tostring(from_text)
    assert text_of(from_bytes).endswith("\U0001f600 & caf\u00e9")


def test_headings_are_the_first_five_h1_texts_with_words() -> None:
    h1s = "<h1> </h1>" + "".join(f"<h1>Judul\n  <b>{n}</b></h1>" for n in range(7))
    assert _meta("", h1s).headings == [f"Judul {n}" for n in range(5)]


def test_attribution_date_needs_the_weekday_before_the_parenthesis() -> None:
    from warta.fields.dates import attribution_date

    id_ = lexicon("id")
    assert attribution_date("kata dia (31/7/2024), lalu Rabu (1/8/2024).", id_) == dt.date(
        2024, 8, 1
    )
    assert attribution_date("kata dia, Rabu 31/7/2024.", id_) is None


def test_author_marks_are_read_from_the_first_few_only() -> None:
    # A staff list or an attack of thousands of marks: the story's are among the first, and
    # finding each one's item is work bounded by a few dozen marks.
    marks = "".join(f"<span itemprop='author'>Writer {i}</span>" for i in range(300))
    meta = _meta("", f"<div>{marks}</div>")
    assert 0 < len(meta.authors) <= 50
