"""Properties of every quote on any input: spans index the text, pieces join into the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang import lexicon
from warta.records import PARAGRAPH_SEPARATOR
from warta.speech import find_quotes

# Pieces that make attributions likely, mixed with arbitrary text, so the property is exercised
# on quotes and not only on the empty list.
PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "„",
    ",",
    ".",
    ":",
    " ",
    "\n",
    "kata",
    "ujarnya",
    "mengatakan",
    "bahwa",
    "Menurut",
    "Budi",
    "Dr.",
    "M.Pd.",
    "Kepala Dinas",
    "said",
    "told",
    "that",
    "According to",
    "Jane Doe",
    "he",
    "officials",
    "data",
    "(31/7/2024)",
    "Rabu",
    "Harga naik",
    "the price rose",
]
paragraph = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(st.lists(paragraph, max_size=6), st.sampled_from(["id", "en"]))
def test_spans_index_the_text(paragraphs: list[str], language: str) -> None:
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    for quote in find_quotes(paragraphs, lexicon(language)):
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert quote.parts and quote.parts[0].start == quote.span.start
        assert quote.parts[-1].end == quote.span.end
        pieces = [text[p.start : p.end] for p in quote.parts]
        if len(pieces) == 1:
            assert text[quote.span.start : quote.span.end] == quote.text
        assert all(piece and piece in quote.text for piece in pieces)
        assert 0 <= quote.paragraph < len(paragraphs)


@settings(max_examples=100, deadline=None)
@given(st.lists(paragraph, max_size=4))
def test_input_is_not_changed(paragraphs: list[str]) -> None:
    before = list(paragraphs)
    find_quotes(paragraphs, lexicon("id"))
    assert paragraphs == before
