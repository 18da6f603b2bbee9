"""Memory: records given the same fields share the set pydantic keeps of them, and hold their
values in dicts that share their keys; the pipeline holds no needless copy of a copied page."""

from __future__ import annotations

import pickle
import sys
import tracemalloc
from collections.abc import Callable

import pytest
from fuzz.patterns import PATTERNS, in_html, in_text
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta.blocks.fold import FOLD_CHARS, SHORT_CHARS, SINGLE_BLOCKS
from warta.blocks.model import dom_block, line_block
from warta.blocks.spaces import PIECE, WINDOW, collapse, lower, pieces, windows, word_count
from warta.blocks.text import text_blocks
from warta.classify import classify, classify_consuming
from warta.fields.tags import _STORY_CHARS, story_words
from warta.lang import identify, lexicon
from warta.options import Options
from warta.records import Figure, Span
from warta.speech import MAX_QUOTES, find_quotes


def _removed(text: str) -> warta.Boilerplate:
    return warta.Boilerplate(text=text, kind=warta.BoilerplateKind.SHARE)


def test_records_given_the_same_fields_share_their_field_set() -> None:
    one, two = _removed("Bagikan"), _removed("Share")
    assert one.model_fields_set == {"text", "kind"}
    assert one.model_fields_set is two.model_fields_set


def test_copy_with_update_leaves_the_shared_field_set_alone() -> None:
    person = warta.Person(name="Rini Astuti", role=warta.Role.AUTHOR)
    other = warta.Person(name="Bagus Prasetyo", role=warta.Role.EDITOR)
    moved = person.model_copy(update={"titles": ["Dr."]})
    assert moved.model_fields_set == {"name", "role", "titles"}
    assert person.model_fields_set == other.model_fields_set == {"name", "role"}


def test_unpickled_record_keeps_its_field_set() -> None:
    removed = _removed("Bagikan")
    again = pickle.loads(pickle.dumps(removed))
    assert again == removed
    assert again.model_fields_set == {"text", "kind"}


def test_a_span_is_a_named_pair() -> None:
    # 56 bytes, where a frozen model with its dict took 168: an article holds one per quote,
    # quote part, figure and change.
    span = Span(start=2, end=4)
    assert sys.getsizeof(span) <= 56
    assert (span.start, span.end) == (2, 4) and "abcdef"[slice(*span)] == "cd"


def _figure(start: int) -> Figure:
    return Figure(
        text="Rp 2,5 miliar", value=2.5e9, unit="IDR", paragraph=0, span=Span(start=start, end=13)
    )


def test_record_values_share_their_keys() -> None:
    figure = _figure(0)
    assert list(figure.__dict__) == list(Figure.model_fields)
    # A dict of its own keys would be larger than the key-sharing one.
    assert sys.getsizeof(figure.__dict__) < sys.getsizeof(dict(figure.__dict__))
    assert figure.value == 2.5e9 and figure.unit == "IDR" and figure.year is None


def test_records_sharing_keys_keep_their_own_values() -> None:
    one, two = _figure(0), _figure(2)
    moved = one.model_copy(update={"value": 3.0})
    assert (one.value, moved.value, two.span.start, one.span.start) == (2.5e9, 3.0, 2, 0)
    assert moved.model_dump(exclude={"value"}) == one.model_dump(exclude={"value"})
    assert pickle.loads(pickle.dumps(two)) == two != one
    assert Figure.model_validate_json(one.model_dump_json()) == one


def test_an_article_holds_each_speaker_cue_and_boilerplate_line_once() -> None:
    page = "\n".join(
        [
            "Bagikan",
            "Pasar Baru Dibuka",
            "Bagikan",
            "“Kami siap melayani pembeli sejak pagi,” kata Rini Astuti di Bandung.",
            "“Harga sayur masih stabil pekan ini,” kata Rini Astuti kepada wartawan.",
            "“Parkir di sebelah timur pasar gratis,” kata Rini Astuti menambahkan.",
            "Bagikan",
        ]
    )
    article = warta.extract(page, language="id")
    assert len(article.quotes) == 3
    one, two, three = article.quotes
    assert one.speaker == "Rini Astuti" and one.cue == "kata"
    assert one.speaker is two.speaker is three.speaker and one.cue is two.cue is three.cue
    shares = [b.text for b in article.boilerplate if b.text == "Bagikan"]
    assert len(shares) >= 2 and all(text is shares[0] for text in shares)


def test_extract_interns_nothing() -> None:
    # Interned strings live in one table for the whole interpreter, which copies itself as it
    # grows: an article's equal strings are shared within the article instead.
    page = "Rapat Warga\n“Kami siap,” kata Nur Hasanah Widodo, Selasa.\nBagikan\nBagikan"
    calls: list[str] = []
    real = sys.intern

    def counting(text: str) -> str:
        calls.append(text)
        return real(text)

    sys.intern = counting
    try:
        warta.extract(page, language="id")
    finally:
        sys.intern = real
    assert calls == []


def test_constructed_records_keep_what_they_were_given() -> None:
    kind = warta.BoilerplateKind.SHARE
    partial = warta.Boilerplate.model_construct(text="Bagikan")
    assert partial.text == "Bagikan" and "kind" not in partial.__dict__
    odd = warta.Boilerplate.model_construct(_fields_set={"text", "other"}, text="x", kind=kind)
    assert odd.model_fields_set == {"text", "other"}


def _peak(run: Callable[[], object]) -> int:
    run()  # lexicons and patterns built on first use are in no peak
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        run()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_identify_holds_no_list_of_the_page_words() -> None:
    # Twenty thousand characters of prose: every word of the 6,000 sampled at once, as a list,
    # was over 100 KB; a piece's words at a time, and the page read in place, about 12 KB.
    line = "Menurut petugas, hujan deras yang turun sejak pagi membuat sungai meluap. " * 4
    page = "\n".join([line] * 70)
    assert len(page) > 20_000
    assert identify(page) == "id"
    assert _peak(lambda: identify(page)) < 25_000


def test_a_story_made_words_alone_holds_its_words_once() -> None:
    # A hundred thousand characters of a story with curly quotes (two bytes a character in a
    # str): the whole joined, casefolded and encoded at once held about 9 bytes a character; a
    # paragraph at a time, the words alone (one byte a character) and their join, about 2.
    paragraph = "“Air naik cepat sekali,” kata Hendra, warga Cililitan, kepada wartawan. " * 20
    story = [paragraph] * 80
    assert sum(map(len, story)) > _STORY_CHARS
    spaced = story_words(story)
    assert spaced.isascii() and " hendra " in spaced
    assert _peak(lambda: story_words(story)) < 3 * _STORY_CHARS


def test_a_line_of_page_text_holds_no_dom_features() -> None:
    line = line_block(0, "Jakarta - Hujan turun sejak pagi.")
    dom = dom_block(0, "Jakarta - Hujan turun sejak pagi.", "p", "content", 0.0, 4, True, {})
    assert sys.getsizeof(line) <= sys.getsizeof(dom) - 6 * 8


def test_classify_consuming_drops_the_unlabelled_blocks_and_classify_keeps_them() -> None:
    page = "Menu\nJudul Berita Hari Ini\nJakarta - Hujan deras turun sejak pagi, kata petugas."
    kept = text_blocks(page)
    labelled = classify(kept, lexicon("id"), Options())
    assert kept == text_blocks(page)
    handed = text_blocks(page)
    assert classify_consuming(handed, lexicon("id"), Options()) == labelled
    assert handed == []


# -- long text read in bounded pieces ------------------------------------------------------------

_SPACY = "ab  \t\n\u00a0xyΣİ. "


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_SPACY, max_size=3 * PIECE), st.integers(min_value=8, max_value=64))
def test_pieces_and_windows_cover_the_text_and_keep_words_whole(text: str, size: int) -> None:
    assert "".join(pieces(text, size)) == text
    assert [w for piece in pieces(text, size) for w in piece.split()] == text.split()
    cut = list(windows(text, size))
    assert "".join(window for _, window in cut) == text
    assert all(text[at : at + len(window)] == window for at, window in cut)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=_SPACY, max_size=3 * PIECE))
def test_whitespace_and_case_work_in_pieces_as_on_the_whole(text: str) -> None:
    assert collapse(text) == " ".join(text.split())
    assert word_count(text) == len(text.split())
    assert lower(text) == text.lower()


def test_a_quote_in_a_paragraph_longer_than_a_window_is_found_where_it_is() -> None:
    filler = "Warga kampung itu menanam padi di sawah sejak pagi hari. " * 120
    said = "“Kami siap panen bulan depan,” kata Sutrisno, ketua kelompok tani. "
    paragraph = (filler + said + filler).strip()
    assert len(paragraph) > 2 * WINDOW
    text = "Paragraf pembuka berita ini.\n\n" + paragraph
    article = warta.extract("Judul Berita Panen Padi di Desa\n" + text)
    found = [q for q in article.quotes if q.text == "Kami siap panen bulan depan"]
    assert len(found) == 1 and found[0].speaker == "Sutrisno"
    assert article.text[slice(*found[0].span)] == found[0].text
    assert article.paragraphs[found[0].paragraph] == paragraph


def test_an_article_gives_at_most_max_quotes() -> None:
    paragraphs = [f"“Harga naik {i} kali,” kata Budi." for i in range(MAX_QUOTES + 50)]
    assert len(find_quotes(paragraphs, lexicon("id"))) == MAX_QUOTES


# -- pages of very many tiny blocks -------------------------------------------------------------


def _dom_texts(html: str) -> list[str]:
    from warta.blocks.dom import dom_blocks
    from warta.ingest.html import read_html

    page = read_html(html, url=None, options=Options())
    return [b.text for b in dom_blocks(page, Options())]


def test_a_page_of_one_letter_lines_folds_them_and_keeps_every_letter() -> None:
    lines = [f"{i % 10}" for i in range(SINGLE_BLOCKS + 50_000)]
    blocks = text_blocks("\n".join(lines))
    assert [b.text for b in blocks[:SINGLE_BLOCKS]] == lines[:SINGLE_BLOCKS]
    assert len(blocks) < SINGLE_BLOCKS + 50_000 * 2 // FOLD_CHARS + 2
    assert "\n".join(b.text for b in blocks) == "\n".join(lines)
    assert [b.index for b in blocks] == list(range(len(blocks)))


def test_past_the_budget_a_paragraph_stays_its_own_block() -> None:
    paragraph = "Warga kampung itu menanam padi di sawah sejak pagi hari, kata petugas."
    assert len(paragraph) >= SHORT_CHARS
    page = "\n".join(["Menu"] * SINGLE_BLOCKS + ["a", "b", paragraph, "c", paragraph])
    assert [b.text for b in text_blocks(page)[SINGLE_BLOCKS:]] == [
        "a\nb",
        paragraph,
        "c",
        paragraph,
    ]


def test_a_page_of_a_few_hundred_short_lines_is_read_line_by_line() -> None:
    lines = [f"Menu {i}" for i in range(SINGLE_BLOCKS)]
    assert [b.text for b in text_blocks("\n".join(lines))] == lines


def test_a_flood_of_tiny_paragraphs_folds_them_and_keeps_their_text() -> None:
    count = SINGLE_BLOCKS + 30_000
    html = "<html><body><div>" + "<p>a</p>" * count + "</div></body></html>"
    texts = _dom_texts(html)
    assert texts[:SINGLE_BLOCKS] == ["a"] * SINGLE_BLOCKS
    assert len(texts) < SINGLE_BLOCKS + 30_000 * 2 // FOLD_CHARS + 2
    assert "\n".join(texts) == "\n".join(["a"] * count)


def test_an_image_or_a_paragraph_ends_a_fold() -> None:
    paragraph = "Warga kampung itu menanam padi di sawah sejak pagi hari, kata petugas."
    html = (
        "<html><body><article>"
        + "<p>Menu</p>" * SINGLE_BLOCKS
        + f"<p>a</p><p>b</p><img src='/f.jpg'><p>c</p><p>{paragraph}</p><p>d</p><p>e</p>"
        + "</article></body></html>"
    )
    assert _dom_texts(html)[SINGLE_BLOCKS:] == ["a\nb", "", "c", paragraph, "d\ne"]


def test_a_flood_of_tiny_blocks_costs_a_few_bytes_per_byte() -> None:
    # Not a benchmark: a block for each of them held 75 bytes per input byte of one-letter
    # lines and 100 of one-letter paragraphs (`benchmarks.scaling --hostile` measures slopes).
    text = "Judul Berita\nJakarta - Hujan deras turun sejak pagi, kata petugas.\n" + "a\n" * 200_000
    html = "<html><body><p>Jakarta - Hujan turun.</p>" + "<p>a</p>" * 50_000 + "</body></html>"
    for raw in (text, html):
        assert _peak(lambda raw=raw: warta.extract(raw)) < 10 * len(raw)


def test_a_wall_of_images_is_read_for_its_first_thousand() -> None:
    from warta.blocks.dom import MAX_IMAGES

    figures = "".join(
        f"<figure><img src='/foto/{i}.jpg'><figcaption>Foto {i}</figcaption></figure>"
        for i in range(MAX_IMAGES + 500)
    )
    lead = "<p>Hujan deras turun sejak pagi di Bogor, kata petugas, dan warga mengungsi.</p>"
    html = f"<html><body><article><h1>Galeri Banjir</h1>{lead}{figures}</article></body></html>"
    article = warta.extract(html)
    assert len(article.images) == MAX_IMAGES
    assert article.images[-1].url == f"/foto/{MAX_IMAGES - 1}.jpg"
    assert "Foto 1499" in "\n".join(_dom_texts(html))  # every caption is kept


def test_json_ld_is_read_up_to_the_page_budget() -> None:
    from warta.ingest.metadata import _JSON_LIMIT

    def script(data: str) -> str:
        return f"<script type='application/ld+json'>{data}</script>"

    article = script('{"@type": "NewsArticle", "headline": "Banjir Rendam Bogor"}')
    filler = script("[" + ",".join(['{"a": 1}'] * (_JSON_LIMIT // 9)) + "]")
    body = "<body><h1>Banjir di Bogor</h1><p>Hujan deras turun sejak pagi.</p></body>"
    first = warta.extract(f"<html><head>{article}{filler}</head>{body}</html>")
    assert first.title == "Banjir Rendam Bogor" and first.sources["title"] == "jsonld"
    late = warta.extract(f"<html><head>{filler}{filler}{article}</head>{body}</html>")
    assert late.sources["title"] != "jsonld"


def test_a_tag_cloud_of_thousands_is_read_for_its_first_tags() -> None:
    from warta.ingest.metadata import MAX_TAGS

    cloud = ", ".join(f"kata{i}" for i in range(100_000))
    html = (
        f"<html><head><meta name='keywords' content='{cloud}'></head><body><h1>Banjir</h1>"
        "<p>Hujan deras turun sejak pagi di Bogor, kata petugas, dan warga mengungsi.</p>"
        "</body></html>"
    )
    assert warta.extract(html).tags == [f"kata{i}" for i in range(MAX_TAGS)]
    # Each tag split off the list held about 120 bytes: 27 per byte of the list.
    assert _peak(lambda: warta.extract(html)) < 10 * len(html)


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("c1-quotes", in_text),
        ("tabs", in_text),
        ("zero-width", in_html),
        ("nested-headings", in_html),
        ("deep-divs", in_html),
    ],
)
def test_dense_hostile_patterns_cost_a_few_bytes_per_byte(
    name: str, where: Callable[[str], str]
) -> None:
    # Not a benchmark (`benchmarks.scaling --hostile` measures slopes): each of these held from
    # 15 to 189 bytes per input byte, in copies of a substitution's pieces, of a heading nested
    # in itself, or of the tags past the depth limit.
    raw = where(PATTERNS[name](200_000))
    assert _peak(lambda: warta.extract(raw)) < 10 * len(raw.encode()) + 500_000
