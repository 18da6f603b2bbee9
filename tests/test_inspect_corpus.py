"""`warta inspect` on real pages: the seed and the slasherrb-id corpus, read in place, never copied.

These check what must hold whatever the classifier decides: every block is shown with its label,
every paragraph of the record appears once and in order, each highlight covers exactly its span,
and nothing in the report can run but the report's own script. They skip when the shared data is
absent.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from benchmarks import corpus

import warta
from conftest import needs_corpus, needs_seed
from warta.inspect import render
from warta.inspect.marks import article_marks


def _check(raw: bytes) -> None:
    analysis = warta.analyse(raw)
    article = analysis.article
    tree = lxml.html.document_fromstring(render(article, analysis=analysis))
    sections = tree.xpath("//section[contains(@class,'blk')]")
    assert [s.get("data-label") for s in sections if s.get("id")] == [
        b.label.value for b in analysis.blocks
    ]
    numbers = [int(p.get("data-paragraph")) for p in tree.xpath("//p[@class='para']")]
    assert numbers == list(range(len(article.paragraphs)))
    expected: dict[str, str] = {}
    for mark in sorted(article_marks(article), key=lambda m: m.start):
        # A quote in parts gives one mark per part under one ref: its pieces join in order.
        piece = article.text[mark.start : mark.end].replace("\n\n", "")
        expected[mark.ref] = expected.get(mark.ref, "") + piece
    for ref, text in expected.items():
        pieces = "".join(
            el.text_content()
            for el in tree.xpath("//main//span[contains(@class,'m ')]")
            if ref in el.get("data-ref", "").split()
        )
        assert pieces == text, ref
    assert len(tree.xpath("//script")) == 1
    assert not tree.xpath("//img | //iframe | //svg | //object | //embed | //a")
    assert not [a for el in tree.iter() for a in el.attrib if a.lower().startswith("on")]


@needs_seed
def test_the_seed_report_shows_every_block_and_paragraph() -> None:
    _check(corpus.SEED.read_bytes())


def _slasherrb_pages() -> list[Path]:
    if not corpus.available():
        return []
    return [case.html for case in corpus.load("slasherrb-id")]


@needs_corpus
@pytest.mark.parametrize("page", _slasherrb_pages(), ids=lambda p: p.stem)
def test_corpus_reports_show_every_block_and_paragraph(page: Path) -> None:
    _check(page.read_bytes())
