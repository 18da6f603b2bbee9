"""`warta inspect`: the report's escaping, span highlighting, labels, and the command.

The pages and records here are written for these tests (invented news in the conventions of
Indonesian outlets); none depends on how the classifier labels a real page.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta.api import Analysis
from warta.blocks.model import Block, Label
from warta.ingest import Kind, Page
from warta.inspect import IndexEntry, command, render, render_index
from warta.inspect.marks import Mark, MarkKind, cut, paragraph_marks
from warta.inspect.rows import align
from warta.inspect.style import SCRIPT, content_security_policy
from warta.records import (
    Article,
    Boilerplate,
    BoilerplateKind,
    Change,
    Dateline,
    Direction,
    Figure,
    Image,
    Pagination,
    Person,
    Quote,
    QuoteKind,
    Role,
    Span,
)

PARAGRAPHS = [
    "KOMPAS.com, SEMARANG - Produksi padi Jawa Tengah naik dari 9,1 juta ton pada 2022 "
    "menjadi 9,6 juta ton pada 2023.",
    '"Kami menargetkan 10 juta ton tahun depan," kata Kepala Dinas Pertanian Sri Wahyuni, '
    "Senin (4/3/2024).",
    "Menurut dia, anggaran irigasi sebesar Rp 1,2 triliun sudah disiapkan.",
]
HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "</textarea><script>window.__pwned=3</script>",
    '"><svg onload="window.__pwned=4">',
]


def _span(text: str, part: str, start: int = 0) -> Span:
    at = text.index(part, start)
    return Span(start=at, end=at + len(part))


def _figure(text: str, part: str, value: float, unit: str | None, year: int | None) -> Figure:
    paragraph = next(i for i, p in enumerate(PARAGRAPHS) if part in p)
    return Figure(
        text=part, value=value, unit=unit, year=year, paragraph=paragraph, span=_span(text, part)
    )


def sample_article(**changes: object) -> Article:
    """A record with every field filled, a quote holding a figure, and a change over two figures."""
    text = "\n\n".join(PARAGRAPHS)
    before = _figure(text, "9,1 juta ton", 9.1e6, "ton", 2022)
    after = _figure(text, "9,6 juta ton", 9.6e6, "ton", 2023)
    target = _figure(text, "10 juta ton", 1e7, "ton", 2025)
    budget = _figure(text, "Rp 1,2 triliun", 1.2e12, "IDR", None)
    quote = Quote(
        text="Kami menargetkan 10 juta ton tahun depan,",
        kind=QuoteKind.DIRECT,
        speaker="Sri Wahyuni",
        speaker_role="Kepala Dinas Pertanian",
        cue="kata",
        paragraph=1,
        span=_span(text, "Kami menargetkan 10 juta ton tahun depan,"),
    )
    change = Change(
        metric="produksi padi",
        subject="Jawa Tengah",
        before=before,
        after=after,
        direction=Direction.UP,
        verb="naik",
        span=Span(start=before.span.start, end=after.span.end),
    )
    values: dict[str, object] = dict(
        title="Produksi Padi Jawa Tengah Naik",
        description="Panen raya mendongkrak produksi.",
        language="id",
        outlet="Kompas.com",
        url="https://example.com/padi",
        authors=[Person(name="Andi Pratama", role=Role.AUTHOR)],
        editors=[Person(initials="ams", role=Role.EDITOR)],
        dateline=Dateline(outlet="KOMPAS.com", location="SEMARANG", text="KOMPAS.com, SEMARANG -"),
        published=dt.datetime(2024, 3, 4, 10, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        paragraphs=PARAGRAPHS,
        text=text,
        images=[Image(url="javascript:alert(1)", caption="Petani memanen padi", credit="Antara")],
        tags=["padi", "Jawa Tengah"],
        pagination=Pagination(page=1, pages=2),
        boilerplate=[
            Boilerplate(text="Baca juga: Harga beras turun", kind=BoilerplateKind.RELATED)
        ],
        quotes=[quote],
        figures=[before, after, target, budget],
        changes=[change],
        sources={"title": "jsonld", "published": "visible"},
    )
    values.update(changes)
    return Article.model_validate(values)


def sample_analysis(article: Article) -> Analysis:
    """Blocks of every label around the article's paragraphs, as a page would give them."""
    texts = [
        ("Beranda / Regional / Jawa Tengah", Label.BOILERPLATE, BoilerplateKind.BREADCRUMB),
        (article.title or "", Label.TITLE, None),
        ("Penulis: Andi Pratama | Editor: ams", Label.BYLINE, None),
        ("Senin, 4 Maret 2024 10:15 WIB", Label.DATE, None),
        ("Petani memanen padi di Demak. ANTARA/Budi", Label.CAPTION, None),
        (PARAGRAPHS[0], Label.BODY, None),
        ("Baca juga: Harga beras turun", Label.BOILERPLATE, BoilerplateKind.RELATED),
        (PARAGRAPHS[1], Label.BODY, None),
        ("Iklan", Label.UNKNOWN, None),
        (PARAGRAPHS[2] + " (ams)", Label.BODY, None),
        ("Bagikan: Facebook Twitter WhatsApp", Label.BOILERPLATE, BoilerplateKind.SHARE),
    ]
    blocks = [
        Block(i, text, label, kind, f"rule-{i}") for i, (text, label, kind) in enumerate(texts)
    ]
    page = Page(kind=Kind.TEXT, text="\n\n".join(t for t, _, _ in texts))
    return Analysis(article=article, blocks=blocks, page=page)


def _tree(report: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(report)


def shown_text(section: lxml.html.HtmlElement) -> str:
    """A block's text as shown, without the report's own badges, numbers and notes."""
    copy = lxml.html.fromstring(lxml.html.tostring(section, encoding="unicode"))
    for extra in copy.xpath(
        ".//sup[contains(@class,'ref')] | .//span[@class='pno'] | .//ul | .//div[@class='meta']"
    ):
        extra.drop_tree()
    return copy.text_content()


def _pieces(tree: lxml.html.HtmlElement, ref: str) -> str:
    """The highlighted text of one mark: its pieces joined, in document order."""
    return "".join(
        el.text_content()
        for el in tree.xpath("//span[contains(@class,'m ')]")
        if ref in el.get("data-ref", "").split()
    )


# -- escaping -------------------------------------------------------------------------------


def _hostile_article() -> Article:
    paragraphs = [f"Paragraf {n}: {h}" for n, h in enumerate(HOSTILE)]
    text = "\n\n".join(paragraphs)
    return Article(
        title=HOSTILE[0],
        description=HOSTILE[1],
        paragraphs=paragraphs,
        text=text,
        authors=[Person(name=HOSTILE[3], role=Role.AUTHOR)],
        tags=HOSTILE,
        images=[Image(url='javascript:alert(1)" onmouseover="x', alt=HOSTILE[1])],
        boilerplate=[Boilerplate(text=HOSTILE[2], kind=BoilerplateKind.PROMO)],
        quotes=[
            Quote(
                text=HOSTILE[0],
                kind=QuoteKind.DIRECT,
                speaker=HOSTILE[3],
                cue=HOSTILE[2],
                paragraph=0,
                span=_span(text, HOSTILE[0]),
            )
        ],
        sources={HOSTILE[0]: HOSTILE[3]},
    )


def _assert_inert(report: str, links: int = 0) -> None:
    tree = _tree(report)
    assert len(tree.xpath("//a")) == links
    assert all(not href.lower().startswith("javascript") for href in tree.xpath("//a/@href"))
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and scripts[0].text == SCRIPT, "only the report's own script"
    assert not tree.xpath("//img | //svg | //iframe | //object | //embed | //textarea")
    handlers = [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]
    assert handlers == []
    assert "window.__pwned" not in SCRIPT


@pytest.mark.parametrize("with_page", [False, True], ids=["record-only", "with-blocks"])
def test_everything_from_the_page_is_escaped(with_page: bool) -> None:
    article = _hostile_article()
    blocks = [
        Block(i, h, Label.BOILERPLATE, BoilerplateKind.OTHER, h) for i, h in enumerate(HOSTILE)
    ]
    analysis = Analysis(article, blocks, Page(kind=Kind.TEXT, text="x")) if with_page else None
    report = render(article, analysis=analysis)
    _assert_inert(report)
    text = _tree(report).text_content()
    for hostile in HOSTILE:
        assert hostile in text, "hostile markup is shown as text, not dropped"


def test_a_hostile_text_page_through_the_pipeline_stays_text() -> None:
    page = (
        "Judul Berita Hari Ini\n\nJakarta - Warga berkumpul di alun-alun sejak pagi untuk "
        "menyaksikan pawai budaya tahunan, kata panitia.\n\n" + "\n\n".join(HOSTILE)
    )
    report = render(warta.extract(page), page)
    _assert_inert(report)
    assert "window.__pwned=3" in _tree(report).text_content()


def test_the_csp_allows_exactly_the_report_script() -> None:
    report = render(sample_article())
    csp = _tree(report).xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == [content_security_policy()]
    assert "default-src 'none'" in csp[0] and "'unsafe-inline'" not in csp[0].split("script-src")[1]


# -- highlighting ---------------------------------------------------------------------------


def test_marks_cover_exactly_their_spans() -> None:
    article = sample_article()
    tree = _tree(render(article, analysis=sample_analysis(article)))
    for ref, record in [
        ("Q1", article.quotes[0]),
        *((f"F{i}", f) for i, f in enumerate(article.figures, 1)),
    ]:
        assert _pieces(tree, ref) == article.text[record.span.start : record.span.end], ref
    assert _pieces(tree, "D") == "KOMPAS.com, SEMARANG -"


def test_overlapping_marks_share_a_piece() -> None:
    # The target "10 juta ton" sits inside the quote: the piece carries both marks.
    article = sample_article()
    tree = _tree(render(article))
    both = [
        el
        for el in tree.xpath("//span[contains(@class,'m ')]")
        if {"Q1", "F3"} <= set(el.get("data-ref", "").split())
    ]
    assert [el.text_content() for el in both] == ["10 juta ton"]
    assert "m-quote" in both[0].get("class") and "m-figure" in both[0].get("class")


def test_hover_titles_and_notes_carry_speaker_cue_value_unit_year() -> None:
    article = sample_article()
    report = render(article)
    tree = _tree(report)
    titles = " ".join(tree.xpath("//span[contains(@class,'m ')]/@title"))
    for expected in (
        "speaker: Sri Wahyuni",
        "cue: kata",
        "value: 1,200,000,000,000",
        "unit: IDR",
        "year: 2023",
        "direction: up",
    ):
        assert expected in titles
    notes = " ".join(el.text_content() for el in tree.xpath("//ul[@class='notes']/li"))
    assert "speaker: Sri Wahyuni" in notes and "unit: ton" in notes


def test_a_change_is_drawn_before_to_after() -> None:
    tree = _tree(render(sample_article()))
    change = tree.xpath("//li[@data-ref='C1' and contains(@class,'tone-up')]")
    assert change, "the change is listed beside its paragraph"
    assert change[0].xpath(".//span[@class='before']")[0].text == "9,100,000 ton"
    assert change[0].xpath(".//span[@class='after']")[0].text == "9,600,000 ton"


def test_a_span_across_paragraphs_is_clipped_to_each() -> None:
    article = sample_article()
    span = Span(start=article.text.index("2023."), end=article.text.index("Kami") + 4)
    crossing = Quote(text="x", kind=QuoteKind.INDIRECT, paragraph=0, span=span)
    out_of_range = Quote(
        text="y",
        kind=QuoteKind.INDIRECT,
        paragraph=2,
        span=Span(start=len(article.text) + 5, end=len(article.text) + 9),
    )
    tree = _tree(render(sample_article(quotes=[crossing, out_of_range])))
    assert _pieces(tree, "Q1") == article.text[span.start : span.end].replace("\n\n", "")
    assert _pieces(tree, "Q2") == ""


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(st.characters(categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=30),
        min_size=1,
        max_size=4,
    ),
    spans=st.lists(st.tuples(st.integers(0, 140), st.integers(0, 40)), max_size=6),
)
def test_any_spans_keep_every_paragraph_intact(
    paragraphs: list[str], spans: list[tuple[int, int]]
) -> None:
    marks = [Mark(f"F{i}", MarkKind.FIGURE, s, s + n, "") for i, (s, n) in enumerate(spans)]
    for paragraph, inside in zip(paragraphs, paragraph_marks(paragraphs, marks), strict=True):
        pieces = cut(paragraph, inside)
        assert "".join(p.text for p in pieces) == paragraph
        assert all(p.text for p in pieces)
    article = Article(paragraphs=paragraphs, text="\n\n".join(paragraphs))
    tree = _tree(render(article))
    shown = [
        p.text_content()[len(p.xpath("span[@class='pno']")[0].text) :]
        for p in tree.xpath("//p[@class='para']")
    ]
    assert shown == paragraphs


# -- blocks and labels ----------------------------------------------------------------------


def test_every_block_is_shown_with_its_label_and_kind() -> None:
    article = sample_article()
    analysis = sample_analysis(article)
    tree = _tree(render(article, analysis=analysis))
    for block in analysis.blocks:
        section = tree.get_element_by_id(f"b{block.index}")
        assert section.get("data-label") == block.label.value
        assert block.reason in section.text_content()
        assert section.xpath(".//span[contains(@class,'chip')]")[0].text == block.label.value
        if block.kind is not None:
            assert section.get("data-kind") == block.kind.value
            assert "removed" in section.get("class").split()
            assert section.xpath(".//span[@class='chip kind']")[0].text == block.kind.value


def test_paragraphs_sit_inside_their_blocks_once_each_in_order() -> None:
    article = sample_article()
    tree = _tree(render(article, analysis=sample_analysis(article)))
    numbers = [int(p.get("data-paragraph")) for p in tree.xpath("//p[@class='para']")]
    assert numbers == [0, 1, 2]
    last = tree.get_element_by_id("b9")
    assert (
        last.xpath(".//p[@class='para']")
        and "(ams)" in last.xpath(".//div[@class='outside']")[0].text
    )


def test_a_paragraph_found_in_no_block_still_shows_in_order() -> None:
    blocks = [
        Block(0, "Menu", Label.BOILERPLATE, BoilerplateKind.NAVIGATION),
        Block(1, "Jakarta - Paragraf pertama yang panjang.", Label.BODY),
        Block(2, "Paragraf ketiga.", Label.BODY),
    ]
    rows = align(
        blocks, ["Paragraf pertama yang panjang.", "Paragraf kedua diubah.", "Paragraf ketiga."]
    )
    shown = [(r.block.index if r.block else None, [p.paragraph for p in r.parts]) for r in rows]
    assert shown == [(0, [None]), (1, [None, 0]), (None, [1]), (2, [2])]


def test_record_only_report_shows_paragraphs_and_removed_kinds() -> None:
    tree = _tree(render(sample_article()))
    assert len(tree.xpath("//p[@class='para']")) == 3
    removed = tree.xpath("//section[contains(@class,'removed')]")
    assert [s.get("data-kind") for s in removed] == ["related"]


def test_side_panel_lists_the_record_fields() -> None:
    text = _tree(render(sample_article())).xpath("//aside")[0].text_content()
    for expected in (
        "Andi Pratama",
        "initials ams",
        "editor",
        "KOMPAS.com, SEMARANG -",
        "2024-03-04T10:15:00+07:00",
        "page 1 of 2",
        "Petani memanen padi",
        "javascript:alert(1)",
        "padi, Jawa Tengah",
        "jsonld",
        "Sri Wahyuni",
    ):
        assert expected in text, expected


def test_render_with_raw_runs_the_pipeline() -> None:
    page = (
        "Banjir Rendam Permukiman\n\nBekasi - Banjir setinggi satu meter merendam ratusan "
        "rumah warga di Bekasi sejak Selasa malam, kata petugas BPBD.\n\nBaca juga: Cuaca"
    )
    analysis = warta.analyse(page)
    tree = _tree(render(analysis.article, page))
    for block in analysis.blocks:
        section = tree.get_element_by_id(f"b{block.index}")
        assert section.get("data-label") == block.label.value
        assert shown_text(section) == block.text


# -- the command ------------------------------------------------------------------------------


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return command.run(parser.parse_args(list(argv)))


PAGE = (
    "Gempa Guncang Cianjur\n\nCianjur - Gempa bermagnitudo 4,2 mengguncang Cianjur pada "
    "Rabu pagi, menurut BMKG, tanpa menimbulkan kerusakan berarti.\n"
)


def test_command_writes_one_report(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    assert _run(str(tmp_path / "page.txt"), "-o", str(tmp_path / "report.html")) == 0
    assert "Gempa bermagnitudo" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_command_writes_a_folder_with_an_index(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "id").mkdir(parents=True)
    (pages / "id" / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "b.html").write_text(
        f"<html><body><h1>Gempa</h1><p>{PAGE}</p></body></html>", encoding="utf-8"
    )
    (pages / "empty.txt").write_text("   ", encoding="utf-8")
    (pages / "notes.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    assert _run(str(pages), "-o", str(out)) == 1  # the empty page failed, the others did not
    assert sorted(p.name for p in out.iterdir()) == ["b.html.html", "id__a.txt.html", "index.html"]
    index = _tree((out / "index.html").read_text(encoding="utf-8"))
    assert index.xpath("//a/@href") == ["b.html.html", "id__a.txt.html"]
    assert "empty" in index.text_content()


def test_command_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(str(tmp_path)) == 2
    assert _run(str(tmp_path / "missing.txt")) == 2
    assert "-o" in capsys.readouterr().err


def test_index_escapes_names() -> None:
    report = render_index([IndexEntry('<b>"x".txt', '"x".html', HOSTILE[0], error=None)])
    _assert_inert(report, links=1)


def test_a_split_quote_marks_its_pieces_not_the_attribution() -> None:
    paragraphs = [
        '"Stok beras aman sampai Lebaran," ujar Kepala Bulog Arif Hidayat. '
        '"Kami siap operasi pasar."',
        '"Harga akan kami pantau setiap hari."',
    ]
    text = "\n\n".join(paragraphs)
    parts = [
        _span(text, "Stok beras aman sampai Lebaran,"),
        _span(text, "Kami siap operasi pasar."),
        _span(text, "Harga akan kami pantau setiap hari."),
    ]
    quote = Quote(
        text="...",
        kind=QuoteKind.DIRECT,
        speaker="Arif Hidayat",
        cue="ujar",
        paragraph=0,
        span=Span(start=parts[0].start, end=parts[-1].end),
        parts=parts,
    )
    tree = _tree(render(Article(paragraphs=paragraphs, text=text, quotes=[quote])))
    assert _pieces(tree, "Q1") == "".join(text[p.start : p.end] for p in parts)
    assert "ujar" not in _pieces(tree, "Q1")
    assert len(tree.xpath("//ul[@class='notes']/li[@data-ref='Q1']")) == 1
    assert len(tree.xpath("//aside//li[@data-ref='Q1']")) == 1


def test_the_header_shows_people_dateline_date_and_page_at_a_glance() -> None:
    glance = _tree(render(sample_article())).xpath("//p[@class='glance']")[0].text_content()
    for expected in (
        "by Andi Pratama",
        "editor (ams)",
        "KOMPAS.com, SEMARANG -",
        "2024-03-04T10:15:00+07:00",
        "page 1 of 2",
    ):
        assert expected in glance, expected
    bare = _tree(render(Article())).xpath("//p[@class='glance']")[0].text_content()
    assert "by —" in bare and "published —" in bare


@pytest.mark.parametrize("run", [3, 7, 8, 30])
def test_long_runs_of_removed_blocks_fold_under_a_summary(run: int) -> None:
    from warta.inspect.render import FOLD_AT

    menu = [
        Block(i, f"Menu {i}", Label.BOILERPLATE, BoilerplateKind.NAVIGATION) for i in range(run)
    ]
    body = Block(run, PARAGRAPHS[0], Label.BODY)
    article = Article(paragraphs=[PARAGRAPHS[0]], text=PARAGRAPHS[0])
    page = Page(kind=Kind.TEXT, text="x")
    tree = _tree(render(article, analysis=Analysis(article, [*menu, body], page)))
    folds = tree.xpath("//details[@class='fold']")
    if run < FOLD_AT:
        assert folds == []
        return
    assert len(folds) == 1 and folds[0].get("open") is None
    assert f"{run} blocks" in folds[0].xpath("summary")[0].text_content()
    assert f"navigation ×{run}" in folds[0].xpath("summary")[0].text_content()
    assert len(folds[0].xpath(".//section")) == run, "every removed block is still in the report"
    assert not tree.get_element_by_id(f"b{run}").xpath("ancestor::details"), "body stays out"


def test_an_image_block_shows_its_attributes_as_inert_text() -> None:
    image = Block(0, "", Label.IMAGE, attrs={"src": "javascript:alert(1)", "alt": HOSTILE[1]})
    article = Article()
    report = render(article, analysis=Analysis(article, [image], Page(kind=Kind.HTML, text="x")))
    _assert_inert(report)
    section = _tree(report).get_element_by_id("b0")
    assert "field" in section.get("class").split()
    assert "src: javascript:alert(1)" in section.text_content()


def test_the_warta_console_script_runs_inspect(tmp_path: Path) -> None:
    from warta.cli import main

    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    assert main(["inspect", str(tmp_path / "page.txt"), "-o", str(tmp_path / "r.html")]) == 0
    report = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert report.startswith("<!DOCTYPE html>") and "Gempa bermagnitudo" in report
