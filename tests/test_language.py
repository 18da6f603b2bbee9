"""Language identification, and what an article in a language without a lexicon gets."""

from __future__ import annotations

import pytest

import warta
from warta.lang import LANGUAGES, identify, lexicon, others

PORTUGUESE = (
    "Segundo a prefeitura, as obras da ponte não foram concluídas e os moradores do bairro "
    "estão sem transporte há uma semana. O secretário disse que o custo subiu para 3,5 "
    "milhões de reais e que a empresa também pediu mais prazo."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ours, with words other languages share: Indonesian "para", "di"; English "as", "de".
        ("Para menteri hadir di istana dan mereka mengatakan bahwa rapat itu sudah selesai.", "id"),
        ("As the Real Madrid de la Fuente academy grew, the club said it was not for sale.", "en"),
        (PORTUGUESE, "pt"),
        (
            "El alcalde dijo que las obras del puente están paradas por falta de fondos y que "
            "los vecinos esperan una respuesta pero no hay fecha.",
            "es",
        ),
        (
            "Il sindaco ha detto che i lavori della strada non sono finiti e che gli abitanti "
            "del quartiere aspettano anche una risposta.",
            "it",
        ),
        (
            "Le maire a déclaré que les travaux du pont ne sont pas terminés et que les habitants "
            "attendent une réponse pour cette semaine.",
            "fr",
        ),
        (
            "Der Bürgermeister sagte, dass die Arbeiten an der Brücke nicht fertig sind und die "
            "Anwohner auf eine Antwort warten.",
            "de",
        ),
        (
            "De burgemeester zei dat het werk aan de brug niet klaar is en dat de bewoners ook "
            "voor deze week een antwoord willen.",
            "nl",
        ),
    ],
)
def test_identify(text: str, expected: str) -> None:
    assert identify(text) == expected


def test_one_word_shared_with_another_language_tells_nothing() -> None:
    # A Zulu "uma" three times is no Portuguese page: another language needs several of its words.
    assert identify("Uma kunjalo uma befika uma sekuqala umhlangano wethu omkhulu") != "pt"


def test_a_declared_language_without_a_lexicon_stands() -> None:
    assert identify(PORTUGUESE, hint="pt-BR") == "pt"
    assert identify(PORTUGUESE, hint="es") == "es"
    assert identify(PORTUGUESE, hint="en") == "pt"  # a lying declaration


def test_no_language_lists_our_own_function_words() -> None:
    ours = frozenset().union(*(lexicon(code).stopwords for code in LANGUAGES))
    for code, words in others.STOPWORDS.items():
        assert not words & ours, code


def test_an_article_in_another_language_has_no_quotes_or_figures() -> None:
    text = f"Obras paradas\n\n{PORTUGUESE}\n\n“Não há prazo”, disse o secretário."
    article = warta.extract(text)
    assert article.language == "pt"
    assert (article.quotes, article.figures, article.changes) == ([], [], [])
    assert PORTUGUESE in article.paragraphs


def test_told_a_language_with_a_lexicon_the_stages_run() -> None:
    text = f"Obras paradas\n\n{PORTUGUESE}"
    assert warta.extract(text, language="id").figures


def test_an_html_page_is_told_by_the_text_a_reader_sees() -> None:
    # An Indonesian story on a page whose hidden edition and footer are English, and longer: the
    # language is told from the blocks segmentation keeps, not from every text node.
    story = (
        "<p>Hujan deras yang turun sejak pagi membuat sejumlah jalan di Jakarta Timur tergenang, "
        "dan petugas dinas sumber daya air diminta berjaga di pintu air hingga malam.</p>"
        "<p>Warga yang tinggal di bantaran kali diminta waspada, kata kepala dinas itu kepada "
        "wartawan di kantornya, Senin.</p>"
    )
    footer = (
        "<p>We use cookies and other tracking technologies to improve your browsing experience "
        "on our website, to show you personalised content and targeted ads, and to understand "
        "where our visitors are coming from.</p>"
    ) * 3
    hidden = (
        '<div style="display:none"><p>This is the text of the English edition of the site, '
        "which is hidden from the readers of this page and does not count for its language."
        "</p></div>"
    ) * 3
    html = (
        f"<html><body><nav>{hidden}</nav><article>{story}</article>"
        f"<footer>{footer}</footer></body></html>"
    )
    assert warta.extract(html).language == "id"
    # A language the caller gives is taken as it is.
    assert warta.extract(html, language="en").language == "en"
