"""DOM segmentation and the DOM rules: which blocks a page gives, which are the article's."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

import warta
from warta.blocks import Block, Label
from warta.blocks.dom import class_weight, dom_blocks, resolve
from warta.classify.dom import markup_kind
from warta.ingest.html import parse, read_html
from warta.ingest.urls import clean
from warta.options import Options
from warta.records import BoilerplateKind

STORY = (
    "<p>Hujan deras yang turun sejak pagi membuat Sungai Ciliwung meluap, dan ratusan rumah di "
    "Kampung Melayu terendam hingga satu meter, kata petugas.</p>"
    "<p>Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat, "
    "sementara dapur umum didirikan di halaman kantor kelurahan.</p>"
    "<p>Badan Penanggulangan Bencana Daerah mencatat ketinggian air di Bendung Katulampa "
    "mencapai 180 sentimeter pada pukul 09.00 WIB, status siaga dua.</p>"
)


def _page(body: str, url: str | None = None) -> warta.Article:
    html = f"<html lang='id'><head><title>Banjir</title></head><body>{body}</body></html>"
    return warta.extract(html, url=url, options=Options(quotes=False, figures=False))


def _blocks(body: str):  # type: ignore[no-untyped-def]
    page = read_html(f"<html><body>{body}</body></html>", url=None, options=Options())
    return dom_blocks(page, Options())


def test_chrome_elements_are_skipped() -> None:
    texts = [b.text for b in _blocks(
        "<nav>Beranda Berita</nav><script>var x = 1;</script><style>p{}</style>"
        "<aside>Terpopuler</aside><form><button>Kirim</button></form>"
        "<div hidden>rahasia</div><div style='display: none'>tersembunyi</div>"
        f"<article>{STORY}</article><footer>Hak cipta</footer>"
    )]
    assert not {"Beranda Berita", "var x = 1;", "Terpopuler", "Kirim", "rahasia", "tersembunyi",
                "Hak cipta"} & set(texts)
    assert len(texts) == 3


def test_the_article_container_is_found_among_sidebars() -> None:
    items = (f"<li><a href='/{i}'>Berita lain nomor {i} hari ini</a></li>" for i in range(20))
    sidebar = "".join(items)
    blocks = _blocks(f"<div id='side'><ul>{sidebar}</ul></div><div class='isi'>{STORY}</div>")
    inside = [b for b in blocks if b.in_article]
    assert [b.tag for b in inside] == ["p", "p", "p"]


def test_a_long_reader_comment_named_content_is_not_the_container() -> None:
    # MacRumors: the story's text and each comment's sit in a div named "content"; one
    # comment is longer than the story. A WordPress post named "noloaddisqus" is no comment.
    words = "The new keyboard is a relief, but I still want to see the thermals first, "
    comment = (
        "<div class='comment first'><div class='comment_content'><div class='content'>"
        + words * 30
        + "</div></div></div>"
    )
    story = STORY.replace("<p>", "").replace("</p>", "<br><br>")
    blocks = _blocks(
        f"<div class='article noloaddisqus'><div class='content'>{story}</div></div>"
        f"<div id='comments' class='comments'>{comment}{comment}</div>"
    )
    inside = [b.text for b in blocks if b.in_article]
    assert len(inside) == 3 and inside[0].startswith("Hujan deras")
    assert not any(t.startswith("The new keyboard") for t in inside)


def test_the_title_over_each_section_of_a_story_cut_in_sections() -> None:
    # Liputan6: each page of the story a div of the same class, its title just above it.
    section = (
        "<div class='item'><h2 class='item-title'>{}</h2><div class='item-content'>{}</div></div>"
    )
    body = section.format("", STORY) + section.format("Posko Pengungsian Dibuka", STORY)
    article = _page(f"<h1>Banjir Rendam Kampung Melayu</h1><div class='body'>{body}</div>")
    assert "Posko Pengungsian Dibuka" in article.paragraphs


def test_paragraphs_right_in_the_body_are_the_article() -> None:
    # A plain page (an export, a mail, an old site): no wrapper, the body is the container.
    article = _page(f"<h1>Banjir Rendam Kampung Melayu</h1>{STORY}")
    assert len(article.paragraphs) == 3 and article.paragraphs[0].startswith("Hujan deras")


def test_what_follows_an_unclosed_embed_is_read() -> None:
    # libxml2 leaves <embed> open: the story after a video embed is parsed as its content.
    article = _page(f"<article><h1>Banjir Rendam Kampung Melayu</h1><embed src='/v.swf'>{STORY}")
    assert len(article.paragraphs) == 3


def test_a_paragraph_of_hundreds_of_word_breaks_is_kept() -> None:
    # Each unclosed <wbr> nests what follows it: 400 are 400 levels deep to libxml2.
    long_word = "<p>" + "Ciliwung<wbr>" * 400 + "</p>"
    article = _page(f"<article><h1>Banjir</h1>{STORY}{long_word}</article>")
    last = article.paragraphs[-1]
    # Those past `Options.max_depth` are dropped as markup is, each a space.
    assert len(article.paragraphs) == 4 and last.startswith("Ciliwung" * 100)
    assert last.count("Ciliwung") == 400


def test_br_lines_are_blocks_and_cells_are_read_along_their_row() -> None:
    blocks = _blocks("<div>Satu baris.<br><br>Dua baris.</div>"
                     "<table><tr><td>Jl. Sudirman</td><td>12</td></tr></table>")
    assert [b.text for b in blocks] == ["Satu baris.", "Dua baris.", "Jl. Sudirman 12"]


def test_link_density_and_images_are_recorded() -> None:
    blocks = _blocks("<div><p><a href='/a'>Semua</a> tautan</p><figure><img src='/f.jpg' "
                     f"alt='Foto'><figcaption>Keterangan</figcaption></figure>{STORY}</div>")
    assert blocks[0].link_density == pytest.approx(5 / 11)
    image = next(b for b in blocks if b.tag == "img")
    assert image.attrs["src"] == "/f.jpg" and image.attrs["alt"] == "Foto"
    caption = next(b for b in blocks if b.text == "Keterangan")
    assert image.attrs["figure"] == caption.attrs["figure"]


def test_segmentation_does_not_change_the_tree() -> None:
    page = read_html(f"<html><body><script>x</script>{STORY}</body></html>", url=None,
                     options=Options())
    before = page.tree.xpath("count(//*)")
    dom_blocks(page, Options())
    assert page.tree.xpath("count(//*)") == before


@pytest.mark.parametrize(
    ("classes", "kind"),
    [
        ("share-buttons", BoilerplateKind.SHARE),
        ("relatedposts", BoilerplateKind.RELATED),
        ("baca juga", BoilerplateKind.RELATED),
        ("ads", BoilerplateKind.ADVERTISEMENT),
        ("breadcrumb", BoilerplateKind.BREADCRUMB),
        ("comments", BoilerplateKind.COMMENTS),
        ("post single mood", BoilerplateKind.UI),  # the reader's reaction buttons
        ("twitter tweet social embed", None),
        ("read content", None),
        ("heading", None),
    ],
)
def test_markup_words_name_boilerplate(classes: str, kind: BoilerplateKind | None) -> None:
    assert markup_kind(classes) is kind


def test_class_weight_prefers_article_names() -> None:
    assert class_weight(parse("<div class='artikel-isi'>x</div>").find(".//div")) > 0
    assert class_weight(parse("<div id='sidebar'>x</div>").find(".//div")) < 0


def test_in_body_cards_and_share_bars_leave_the_text() -> None:
    article = _page(
        f"<div class='detail'>{STORY}<div class='box-recommendation'><a href='/x'>"
        "Harga Cabai Naik Lagi di Pasar Induk</a></div><div class='share'>Bagikan Facebook</div>"
        "<p>Baca juga: <a href='/y'>Banjir Rob Rendam Pantai Utara</a></p></div>"
    )
    assert len(article.paragraphs) == 3
    kinds = {b.kind for b in article.boilerplate}
    assert {BoilerplateKind.RELATED, BoilerplateKind.SHARE} <= kinds


def test_headings_lists_and_tables_of_the_story_stay() -> None:
    article = _page(
        f"<article>{STORY}<h2>Titik pengungsian</h2><ul><li>Masjid Al-Ikhlas</li>"
        "<li>SDN 01 Kampung Melayu</li></ul><table><tr><td>RW 05</td><td>120 jiwa</td></tr></table>"
        "</article>"
    )
    assert article.paragraphs[3:] == [
        "Titik pengungsian", "Masjid Al-Ikhlas", "SDN 01 Kampung Melayu", "RW 05 120 jiwa",
    ]


def test_a_heading_after_the_storys_last_paragraph_heads_the_next_box() -> None:
    box = "<h3>Sorotan Pekan Ini</h3><iframe src='/v'></iframe>"
    article = _page(f"<article>{STORY}{box}</article>")
    assert "Sorotan Pekan Ini" not in article.paragraphs


def test_a_list_of_links_to_other_stories_inside_the_story_is_not_the_story() -> None:
    # BBC's links block between paragraphs: each item wholly a headline's link. A list of the
    # story's own, a link in an item or none, stays.
    links = (
        '<ul><li><a href="/news/a1">Banjir rendam tiga kecamatan di Bekasi</a></li>'
        '<li><a href="/news/a2">Warga Kampung Melayu mulai mengungsi</a></li></ul>'
    )
    own = "<ul><li>Masjid Al-Ikhlas di <a href='/t/rw05'>RW 05</a></li><li>SDN 01</li></ul>"
    article = _page(f"<article>{STORY}{links}{own}</article>")
    assert "Banjir rendam tiga kecamatan di Bekasi" not in article.paragraphs
    assert article.paragraphs[-2:] == ["Masjid Al-Ikhlas di RW 05", "SDN 01"]


def test_the_readers_reaction_buttons_under_the_story_are_not_the_story() -> None:
    mood = (
        '<div class="post-single__mood"><p>How does this make you feel?</p><ul class="mood-list">'
        "<li>Happy</li><li>Sad</li><li>Angry</li><li>Inspired</li></ul></div>"
    )
    article = _page(f"<article>{STORY}{mood}</article>")
    assert not {"Happy", "Sad"} & set(article.paragraphs)


def test_every_h1_is_a_title_candidate_not_body() -> None:
    analysis = warta.analyse(f"<html><body><h1>Logo</h1><article><h1>Banjir</h1>{STORY}"
                             "</article></body></html>")
    assert [b.text for b in analysis.blocks if b.label is Label.TITLE] == ["Logo", "Banjir"]
    assert "Banjir" not in analysis.article.paragraphs


def test_deep_nesting_is_walked_without_recursion() -> None:
    deep = "<div>" * 5000 + STORY + "</div>" * 5000
    article = _page(deep)
    assert len(article.paragraphs) >= 1


def test_relative_image_links_resolve_against_the_canonical_url_without_one_given() -> None:
    article = _page(
        f"<link rel='canonical' href='https://contoh.co.id/berita/1'>"
        f"<article><figure><img src='/foto/banjir.jpg'><figcaption>Banjir di Kampung Melayu"
        f"</figcaption></figure>{STORY}</article>"
    )
    assert [i.url for i in article.images] == ["https://contoh.co.id/foto/banjir.jpg"]


def test_a_megabyte_paragraph_is_not_body() -> None:
    article = _page(f"<article>{STORY}<p>{'12,5 persen naik ' * 60_000}</p></article>")
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example.com/img/banjir.jpg",
        "https://cdn.example.com/img/banjir.jpg?w=640&q=80",
        "http://example.com",
        "https://example.com/a/../b/./c.html",
        "https://example.com/berita?",  # an empty query is dropped
        "https://example.com/berita#",  # so is an empty fragment
        "https://example.com/berita;",  # and empty parameters
        "https://example.com/a\tb",  # tabs and newlines are removed
        "https:///berita",  # no host: resolved against the base
        "https://?q=1",
        "http://example.com/foto.jpg",  # another scheme than the base's
        "HTTPS://EXAMPLE.COM/X",
        "//cdn.example.com/x.jpg",
        "/berita/2024/banjir",
        "/berita/2024/banjir?page=2",
        "/berita/../foto/a.jpg",
        "/berita/./a.jpg",
        "/berita?",
        "../foto/a.jpg",
        "?page=2",
    ],
)
def test_resolve_agrees_with_urljoin(url: str) -> None:
    base = "https://example.com/berita/2024/banjir.html"
    # Control characters go first (no URL holds them); then the fast path agrees with urljoin.
    assert resolve(base, url) == urljoin(base, clean(url))
    assert resolve(None, url) == clean(url)


_STORY_WITH_FOOTERS = """<html lang="id"><head><title>Kasus DBD Naik di Jakarta Timur</title></head>
<body><header class="site-header"><a href="/">Beranda</a></header>
<main><article class="post-content"><h1>Kasus DBD Naik di Jakarta Timur</h1>
<div class="post-meta">Penulis: Hendra Wijaya</div>
<p>Jakarta - Dinas Kesehatan mencatat kasus demam berdarah di Jakarta Timur naik dua kali lipat
dibandingkan bulan lalu, terutama di kawasan padat penduduk di tepi Kali Ciliwung.</p>
<p>Petugas puskesmas diminta memperbanyak pemeriksaan jentik dan pengasapan di rumah warga yang
berdekatan dengan kasus yang dilaporkan pekan ini, kata kepala dinas kepada wartawan.</p>
</article>
<div class="b1-article-footer"><div class="editor">Editor: Yoseph Natanael</div></div></main>
<footer class="site-footer"><div class="footer-masthead">Editor: Ratna Dewi</div>
<p>Hak cipta dilindungi.</p></footer></body></html>"""


def test_an_editor_in_the_storys_own_footer_is_read_not_the_sites_masthead() -> None:
    article = warta.extract(_STORY_WITH_FOOTERS)
    assert [p.name for p in article.authors] == ["Hendra Wijaya"]
    assert [p.name for p in article.editors] == ["Yoseph Natanael"]


_BOXED = """<html><body><article><h1>School board votes to close four schools</h1>
<p>The school board voted 3-2 on Tuesday to close four elementary schools at the end of the year,
citing falling enrollment and a budget gap of about $18 million.</p>
{box}
<p>Parents who spoke at the meeting said the closures would lengthen bus rides and crowd the
schools that remain open, and several asked the board to delay the vote by a year.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "box",
    [
        # a wire's note on who funds a beat, in the story's own markup
        "<p><em>The Associated Press receives support for its education coverage from several "
        "foundations. The AP alone is responsible for all content.</em></p>",
        # a link to another story set inside this one
        "<div class='interstitial-link'><p><a href='/a'><b>[Empty offices squeeze county "
        "budgets]</b></a></p></div>",
        # a box asking readers for money, named so in markup
        "<div class='dcr-epic'><h2>Before you go</h2><p>This story was free to read because "
        "readers chose to pay for it, and we have no owner to answer to.</p></div>",
        "<div class='support-box'><h3>Support Us</h3><p>Reporting from the border has never "
        "been harder, and your contribution keeps our reporters there.</p></div>",
    ],
)
def test_notes_and_links_inside_the_story_are_not_the_story(box: str) -> None:
    article = warta.extract(_BOXED.format(box=box))
    assert len(article.paragraphs) == 2
    assert article.boilerplate


def test_a_networks_login_box_inside_the_story_is_not_the_story() -> None:
    html = (
        "<html lang='id'><body><article><h1>Banjir Rendam Lima Kecamatan di Samarinda</h1>"
        "<p>Samarinda - Banjir merendam lima kecamatan di Samarinda setelah hujan deras turun "
        "sejak Minggu malam, kata petugas BPBD setempat kepada wartawan.</p>"
        "<div class='box-login'><p>Satu akun untuk semua berita dan layanan grup kami. Masuk "
        "lewat akun Anda dan nikmati kabar terkini.</p></div>"
        "<p>Sekitar 1.200 warga mengungsi ke masjid dan sekolah terdekat, dan petugas membagikan "
        "makanan serta selimut kepada para pengungsi.</p></article></body></html>"
    )
    assert len(warta.extract(html).paragraphs) == 2


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        # a pager the markup gave no pagination class: its words and numbers say what it is
        ("<div class='page'>\n<a href='/a' class='prev'>Previous</a>\n<a href='/a'>1</a>\n"
         "<span class='now'>2</span>\n<a href='/a/3'>3</a>\n<a href='/a/3'>Next</a>\n</div>",
         (2, 3)),
        # a gallery's counter, one number between its arrows, pages no story
        ("<div class='gallery-nav'>\n<a href='#'>Previous</a>\n<span>1</span>\n"
         "<a href='#'>Next</a>\n</div>", None),
    ],
)  # fmt: skip
def test_a_pager_is_read_by_its_words_and_numbers(
    pager: str, expected: tuple[int, int] | None
) -> None:
    html = (
        "<html><body><article><h1>Hospitals short of nurses</h1><p>Hospitals across the south "
        "are short of nurses, and some wards have closed beds for lack of staff, officials "
        "said on Thursday.</p><p>The ministry said it would raise night-shift allowances from "
        f"next month to keep nurses from leaving for private clinics.</p>{pager}</article>"
        "</body></html>"
    )
    found = warta.extract(html).pagination
    assert (found and (found.page, found.pages)) == (expected or None)


def test_a_box_whose_class_splits_read_also_is_related() -> None:
    # The Peninsula: "<div class='read-also'>" between the paragraphs, its label and one link.
    html = (
        "<html><body><article><h1>Desalination plant to grow</h1><div class='content'>"
        "<p>The water corporation will add 40 million gallons a day to the plant's capacity by "
        "2027, its president said on Tuesday at a briefing in Doha.</p>"
        "<div class='read-also'><span class='read-also-title'>Read Also</span> "
        "<a href='/a'>Water use campaign reaches schools</a></div>"
        "<p>The new units use reverse osmosis and need a third less energy than the thermal "
        "units being retired at older plants along the coast.</p></div></article></body></html>"
    )
    paragraphs = warta.extract(html).paragraphs
    assert not any("Read Also" in p for p in paragraphs) and len(paragraphs) == 2



def test_the_lead_inside_the_story_after_the_headlines_date_is_no_dek() -> None:
    # The headline and its date outside the story's container; the lead, a sentence as short
    # as a dek, opens the container under the desk's name, before the body's first long run.
    from warta.classify.header import label_header
    from warta.classify.shape import UNDECIDED, Verdict, shape_of
    from warta.lang import lexicon

    lead = "Police arrested six people Monday during a search of a house on Elm Street, they said."
    blocks = [
        Block(index=0, text="Police arrest six in drug investigation", tag="h1"),
        Block(index=1, text="03/04/25 6:38 AM", tag="time"),
        Block(index=2, text="Staff Reports", tag="p", in_article=True),
        Block(index=3, text=lead, tag="p", in_article=True),
    ]
    shapes = [shape_of(b, lexicon("en")) for b in blocks]
    verdicts = [UNDECIDED, Verdict(Label.DATE), UNDECIDED, UNDECIDED]
    out = label_header(blocks, verdicts, shapes, 4)
    assert out[0].label is Label.TITLE
    assert out[3].label is not Label.DESCRIPTION
    # A dek beside the headline, before its date, still is one.
    blocks[1:2] = [Block(index=1, text=lead, tag="p"), Block(index=2, text="03/04/25 6:38 AM")]
    shapes = [shape_of(b, lexicon("en")) for b in blocks[:3]]
    out = label_header(blocks[:3], [UNDECIDED, UNDECIDED, Verdict(Label.DATE)], shapes, 3)
    assert out[1].label is Label.DESCRIPTION


def test_a_heading_s_anchor_of_its_own_words_names_no_box() -> None:
    # The Guardian's subheading, id="a-race-against-time": "time" there is no date's class.
    article = _page(f"<article><h1>Banjir</h1>{STORY}<h2 id='a-race-against-time'>‘A race against "
                    f"time’</h2>{STORY}</article>")
    assert "‘A race against time’" in article.paragraphs


def test_the_lead_picture_s_caption_outside_the_story_beside_pictures_inside_it() -> None:
    # The Guardian: the lead figure sits over the story's box, a second figure inside it; the
    # page's og:image is the lead at another size.
    head = "<meta property='og:image' content='https://img.example/media/ab12/master/5000.jpg?w=1200'>"
    figure = (
        "<figure><img src='https://img.example/media/{0}/master/5000.jpg?w=445'><figcaption>"
        "{1} <span>Photograph: Ann Lee/The Guardian</span></figcaption></figure>"
    )
    body = (
        "<h1>Banjir</h1><div class='lead'>"
        + figure.format("ab12", "Warga mengungsi dari Kampung Melayu ke masjid terdekat.")
        + f"</div><div class='content'>{STORY}"
        + figure.format("cd34", "Petugas mendirikan dapur umum di halaman kantor kelurahan.")
        + f"{STORY}</div>"
    )
    html = f"<html lang='id'><head>{head}</head><body>{body}</body></html>"
    article = warta.extract(html, options=Options(quotes=False, figures=False))
    assert [i.caption for i in article.images] == [
        "Warga mengungsi dari Kampung Melayu ke masjid terdekat.",
        "Petugas mendirikan dapur umum di halaman kantor kelurahan.",
    ]


def test_a_short_line_over_the_headline_in_the_article_is_its_kicker() -> None:
    import warta

    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "DEMAK, KOMPAS — Setiap kali air pasang datang, warga memindahkan barang ke atas "
            "lemari karena rumah mereka sudah tiga kali ditinggikan sejak 2010.",
            "Pergeseran garis pantai di Demak termasuk yang paling cepat di pantai utara Jawa, "
            "menurut data peneliti dari perguruan tinggi di Semarang.",
        )
    )
    page = (
        "<html><body><article><div class='rubric'><a href='/label/pesisir'>Tenggelamnya "
        "Pesisir Utara Jawa (3)</a></div>"
        f"<h1>Ketika Laut Mengambil Kampung di Demak</h1>{body}</article></body></html>"
    )
    article = warta.extract(page)
    assert article.paragraphs[0].startswith("DEMAK, KOMPAS")
    assert article.dateline is not None and article.dateline.location == "DEMAK"


def test_a_long_editors_note_or_call_to_subscribe_in_the_article_is_no_paragraph() -> None:
    import warta

    story = [
        "The city library will open on Sundays again from next month after the council found "
        "money for the extra hours in its mid-year budget review.",
        "Branch staff said Sunday had been the busiest day of the week for families before the "
        "hours were cut three years ago, and asked for the change.",
    ]
    notes = [
        "Correction: An earlier version of this article misstated how many branches will open "
        "on Sundays from next month; it is nine of the twelve, not all of them, the library said.",
        "Subscribe to CITY PLUS to get access to the daily newspaper and other titles, share up "
        "to five devices, listen to the news, and download the edition as early as 4 a.m.",
    ]
    body = "".join(f"<p>{p}</p>" for p in [*story, *notes])
    page = f"<html><body><article><h1>Library opens on Sundays</h1>{body}</article></body></html>"
    assert warta.extract(page).paragraphs == story


def test_an_abstracts_items_under_the_headline_are_its_standfirst() -> None:
    import warta

    story = [
        "Stocks rose toward an all-time high as a rally in Treasuries eased concern that "
        "the central bank would keep rates higher for longer.",
        "The S&P 500 climbed 0.8% and the Nasdaq 100 rose 1.1%, led by chipmakers, while "
        "the yield on ten-year Treasuries fell eight basis points.",
    ]
    body = "".join(f"<p>{p}</p>" for p in story)
    page = (
        "<html><body><article><h1>Stocks Climb Toward Record as Bonds Rally</h1>"
        "<ul class='HedAndDek_abstract-XX6'><li>S&amp;P 500 ends near its all-time high</li>"
        "<li>Ten-year yields drop most in three weeks</li></ul>"
        f"{body}</article></body></html>"
    )
    article = warta.extract(page)
    assert article.paragraphs == story
    assert article.description == "S&P 500 ends near its all-time high"


def test_a_latest_news_section_in_the_article_is_no_story() -> None:
    import warta

    story = [
        "Aktris Nadia Kusuma membintangi film horor pertamanya yang tayang di bioskop mulai "
        "pekan depan, kata rumah produksinya pada Kamis.",
        "Film itu diambil di sebuah desa di lereng Gunung Lawu selama enam pekan dan melibatkan "
        "lebih dari dua ratus warga setempat sebagai figuran.",
    ]
    latest = "".join(
        f"<li><a href='/e/{n}'><h3>{title}</h3></a><span class='item-date'>{time}</span></li>"
        for n, (title, time) in enumerate(
            [("Penyanyi Umumkan Tur Konser 10 Kota Mulai Januari", "19:01 WIB"),
             ("Sinopsis Drama Baru yang Tayang Perdana Malam Ini", "18:47 WIB")]
        )
    )  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in story)
    page = (
        "<html><body><article><h1>Nadia Kusuma Bintangi Film Horor</h1>"
        f"{body}<section class='terkini'><h2>Terkini</h2><ul>{latest}</ul></section>"
        "</article></body></html>"
    )
    assert warta.extract(page).paragraphs == story
