"""`warta inspect` reports in a real headless browser: Debian's chromium, driven by selenium.

Never downloads a browser: it uses `chromium` and `chromedriver` from the system (`.ci/run`
installs them where missing) and skips, saying why, when either is absent or will not start.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import warta
from test_inspect import HOSTILE, sample_analysis, sample_article
from warta.inspect import render

# Chromium as root in a container: no sandbox, no GPU, no /dev/shm, and nothing phoning home.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')"
    )
    from selenium.common.exceptions import WebDriverException

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("no chromium/chromedriver (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    try:
        session = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver))
    except (WebDriverException, OSError) as error:
        pytest.skip(f"chromium could not be started: {error}")
    yield session
    session.quit()


def _open(browser: Any, report: str, folder: Path, name: str = "report.html") -> None:
    path = folder / name
    path.write_text(report, encoding="utf-8")
    browser.get(path.as_uri())


def _css(browser: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(browser.find_elements(By.CSS_SELECTOR, selector))


def _our_script_ran(browser: Any) -> bool:
    return bool(browser.execute_script("return document.documentElement.classList.contains('js')"))


def _shown_text(browser: Any, section: Any) -> str:
    """A block's rendered text without the report's own badges, paragraph numbers and notes."""
    script = """
        const copy = arguments[0].querySelector('.text').cloneNode(true);
        copy.querySelectorAll('sup.ref, .pno, ul.notes').forEach(n => n.remove());
        document.body.appendChild(copy);
        const text = copy.innerText;
        copy.remove();
        return text;
    """
    return str(browser.execute_script(script, section))


# -- a page through the whole pipeline ------------------------------------------------------

PAGE = """Pemkot Bandung Tambah 40 Bus Listrik

Kamis, 7 Maret 2024 09:30 WIB

Penulis: Rina Kartika | Editor: Dedi Supriadi

BANDUNG, KOMPAS.com - Pemerintah Kota Bandung menambah 40 bus listrik untuk melayani enam \
koridor baru mulai April, menurut Dinas Perhubungan setempat.

Baca juga: Tarif Angkot Bandung Naik Mulai Bulan Depan

"Armada baru ini kami harapkan memangkas waktu tunggu penumpang hingga separuhnya," kata \
Kepala Dinas Perhubungan Bandung Yusuf Maulana di Balai Kota, Rabu (6/3/2024).

Anggaran pengadaan bus tersebut mencapai Rp 180 miliar dari APBD 2024, lebih besar dibanding \
tahun lalu yang hanya Rp 95 miliar.

Bagikan: Facebook Twitter WhatsApp

Copyright 2024 Kompas Cyber Media. All rights reserved.
"""


def test_a_pipeline_report_shows_every_block_with_its_label(browser: Any, tmp_path: Path) -> None:
    analysis = warta.analyse(PAGE)
    _open(browser, render(analysis.article, analysis=analysis), tmp_path)
    assert _our_script_ran(browser)
    sections = _css(browser, "section.blk")
    assert len(sections) == len(analysis.blocks)
    for block, section in zip(analysis.blocks, sections, strict=True):
        assert section.is_displayed()
        assert section.get_attribute("data-label") == block.label.value
        chip = section.find_element("css selector", ".chip")
        assert chip.text.lower() == block.label.value
        assert " ".join(block.text.split()) == " ".join(_shown_text(browser, section).split())
    paragraphs = _css(browser, "p.para")
    assert len(paragraphs) == len(analysis.article.paragraphs)


# -- a report with quotes, figures and changes ---------------------------------------------


def test_highlights_sit_at_the_right_text(browser: Any, tmp_path: Path) -> None:
    article = sample_article()
    _open(browser, render(article, analysis=sample_analysis(article)), tmp_path)
    quote = article.quotes[0]
    pieces = [el for el in _css(browser, "main .m-quote") if "Q1" in el.get_attribute("data-ref")]
    assert "".join(el.text for el in pieces) == quote.text
    assert all("speaker: Sri Wahyuni" in el.get_attribute("title") for el in pieces)
    yellow = pieces[0].value_of_css_property("background-color")
    assert yellow not in ("rgba(0, 0, 0, 0)", "transparent"), "a quote is visibly highlighted"
    budget = [el for el in _css(browser, "main .m-figure") if el.get_attribute("data-ref") == "F4"]
    assert [el.text for el in budget] == ["Rp 1,2 triliun"]
    assert "unit: IDR" in budget[0].get_attribute("title")
    notes = " ".join(el.text for el in _css(browser, "ul.notes li"))
    assert "speaker: Sri Wahyuni" in notes and "year: 2022" in notes
    change = _css(browser, "li.tone-up[data-ref='C1']")[0]
    assert "9,100,000 ton → 9,600,000 ton" in change.text


def test_hovering_a_note_lights_up_its_highlight(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    article = sample_article()
    _open(browser, render(article, analysis=sample_analysis(article)), tmp_path)
    note = _css(browser, "ul.notes li[data-ref='F4']")[0]
    ActionChains(browser).move_to_element(note).perform()
    lit = [el.text for el in _css(browser, ".m.hot")]
    assert lit == ["Rp 1,2 triliun"]


def test_removed_blocks_are_set_apart_and_can_be_hidden(browser: Any, tmp_path: Path) -> None:
    article = sample_article()
    _open(browser, render(article, analysis=sample_analysis(article)), tmp_path)
    removed = _css(browser, "section.removed")
    kept = _css(browser, "section.kept")
    assert [el.get_attribute("data-kind") for el in removed] == ["breadcrumb", "related", "share"]
    assert removed[0].value_of_css_property("border-left-style") == "dashed"
    assert kept[0].value_of_css_property("border-left-style") == "solid"
    _css(browser, "#hide-removed")[0].click()
    assert not any(el.is_displayed() for el in removed)
    assert all(el.is_displayed() for el in kept)


def test_a_long_run_of_removed_blocks_opens_on_click(browser: Any, tmp_path: Path) -> None:
    from warta.blocks.model import Block, Label
    from warta.records import BoilerplateKind

    article = sample_article()
    analysis = sample_analysis(article)
    menu = [
        Block(100 + i, f"Kanal {i}", Label.BOILERPLATE, BoilerplateKind.NAVIGATION)
        for i in range(12)
    ]
    folded = type(analysis)(article, [*menu, *analysis.blocks], analysis.page)
    _open(browser, render(article, analysis=folded), tmp_path)
    hidden = _css(browser, "details.fold section")  # the 12 and the breadcrumb after them
    assert len(hidden) == 13 and not any(el.is_displayed() for el in hidden)
    assert all(el.is_displayed() for el in _css(browser, "section.kept"))
    _css(browser, "details.fold summary")[0].click()
    assert all(el.is_displayed() for el in hidden)


# -- hostile pages ----------------------------------------------------------------------------

HOSTILE_HTML = """<!DOCTYPE html>
<html><head><title>Pawai &lt;/title&gt;&lt;script&gt;window.__pwned=7&lt;/script&gt;</title>
<meta property="og:title" content="&quot;&gt;&lt;script&gt;window.__pwned=8&lt;/script&gt;">
<script>window.__pwned = 1;</script></head>
<body onload="window.__pwned=9">
<article><h1>Warga Gelar Pawai Budaya <img src=x onerror="window.__pwned=2"></h1>
<p>Jakarta - Ribuan warga memadati Jalan Thamrin pada Minggu pagi untuk menyaksikan pawai budaya
tahunan yang diikuti peserta dari 34 provinsi, kata panitia penyelenggara.</p>
<p>&lt;script&gt;window.__pwned=3&lt;/script&gt; Panitia menyebut pawai tahun ini diikuti lebih
dari 5.000 peserta, naik dari 3.200 peserta tahun lalu.</p>
<p>&lt;/textarea&gt;&lt;script&gt;window.__pwned=4&lt;/script&gt;
&lt;img src=x onerror="window.__pwned=5"&gt; Acara ditutup dengan pertunjukan musik.</p>
<p><a href="javascript:window.__pwned=6">Baca juga: Jadwal Pawai</a></p>
<svg onload="window.__pwned=10"></svg>
<iframe src="javascript:parent.__pwned=11"></iframe>
</article></body></html>
"""


def _hostile_reports() -> list[tuple[str, str]]:
    text_page = "Judul Aman\n\n" + "\n\n".join(
        f"Jakarta - Baris ke-{n} dari halaman ini berisi markup berbahaya: {h}"
        for n, h in enumerate(HOSTILE)
    )
    from test_inspect import _hostile_article

    hostile = _hostile_article()
    return [
        ("html-page", render(warta.extract(HOSTILE_HTML), HOSTILE_HTML)),
        ("text-page", render(warta.extract(text_page), text_page)),
        ("record", render(hostile, analysis=sample_analysis(hostile))),
    ]


@pytest.mark.parametrize("case", range(3), ids=["html-page", "text-page", "record"])
def test_a_hostile_pages_script_does_not_run(browser: Any, tmp_path: Path, case: int) -> None:
    name, report = _hostile_reports()[case]
    _open(browser, report, tmp_path, f"{name}.html")
    time.sleep(0.3)  # an injected onerror/onload would fire after the load event
    assert _our_script_ran(browser), "scripts are on, so nothing else running means something"
    assert browser.execute_script("return window.__pwned") is None
    assert _css(browser, "img, svg, iframe, textarea") == []
    assert browser.title.startswith("warta inspect")
