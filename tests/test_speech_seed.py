"""The seed page (issue 4's done-when): one direct quote, one reported statement, both Amran's."""

from __future__ import annotations

import datetime as dt

from benchmarks import corpus

from conftest import needs_seed
from warta import extract
from warta.lang import lexicon
from warta.records import PARAGRAPH_SEPARATOR, Quote, QuoteKind
from warta.speech import find_quotes

#: Lines of the seed file that hold the story's body, by position (1-based); the rest is
#: navigation, byline and footer. Only this test setup knows it, never the code.
BODY_LINES = (16, 18, 20, 22, 24, 26, 30, 32, 34, 36, 38, 40, 42)


def _check(quotes: list[Quote], text: str) -> None:
    assert [(q.kind, q.speaker) for q in quotes] == [
        (QuoteKind.INDIRECT, "Amran"),
        (QuoteKind.DIRECT, "Amran"),
    ]
    reported, direct = quotes
    assert reported.text.startswith("pada pertemuan tersebut Indonesia telah resmi terpilih")
    assert reported.text.endswith("untuk periode 2023-2025")
    assert reported.cue == "menambahkan"
    assert direct.text.startswith("Selama Keketuaan Indonesia,")
    assert direct.text.endswith("Master’s Degree Course")
    assert (direct.cue, direct.date) == ("kata", dt.date(2024, 7, 31))
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker_role == "Plh. Dirjen Bina Administrasi Kewilayahan, Kemendagri"


@needs_seed
def test_find_quotes_on_the_seed_body() -> None:
    lines = corpus.SEED.read_text(encoding="utf-8").splitlines()
    body = [lines[n - 1].strip() for n in BODY_LINES]
    _check(find_quotes(body, lexicon("id")), PARAGRAPH_SEPARATOR.join(body))


@needs_seed
def test_extract_on_the_seed() -> None:
    article = extract(corpus.SEED.read_text(encoding="utf-8"))
    _check(article.quotes, article.text)
