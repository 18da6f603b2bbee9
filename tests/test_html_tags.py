"""Tags of an HTML page: the list it shows, else the keywords it declares, from one source."""

from __future__ import annotations

import warta

STORY = (
    "<h1>Sidang Vonis Kasus Pompa Air Digelar di Pengadilan Tipikor Jakarta</h1>"
    "<p>Majelis hakim Pengadilan Tipikor Jakarta menjatuhkan vonis lima tahun penjara kepada "
    "mantan kepala suku dinas dalam perkara pengadaan pompa air di Jakarta Timur.</p>"
    "<p>Hakim menilai terdakwa terbukti merugikan keuangan negara sebesar Rp 4,2 miliar dalam "
    "proyek pengadaan pompa stasioner tahun anggaran 2022.</p>"
    "<p>Jaksa penuntut umum menyatakan pikir-pikir atas putusan tersebut dan akan menentukan "
    "sikap dalam tujuh hari ke depan, kata kuasa hukum terdakwa.</p>"
)


def _page(head: str = "", tail: str = "", article_tail: str = "") -> str:
    return (
        f"<html><head><title>Vonis</title>{head}</head><body><article>{STORY}{article_tail}"
        f"</article>{tail}</body></html>"
    )


def test_links_run_together_in_a_tag_box_are_each_a_tag() -> None:
    page = _page(
        tail='<div class="detail__body-tag"><span>Tag:</span> <a href="/t/korupsi">korupsi</a> '
        '<a href="/t/pompa">pompa air</a> <a href="/t/jaktim">jakarta timur</a></div>'
    )
    assert warta.extract(page).tags == ["korupsi", "pompa air", "jakarta timur"]


def test_links_to_tag_pages_are_a_tag_list_whatever_the_classes() -> None:
    page = _page(
        tail='<ul class="_3HGuD"><li><a href="https://x.example/topic/korupsi-1x">Korupsi</a></li>'
        '<li><a href="https://x.example/topic/pompa-air-2y">Pompa air</a></li></ul>'
    )
    assert warta.extract(page).tags == ["Korupsi", "Pompa air"]


def test_an_articles_own_footer_gives_its_tags_and_none_of_its_text_to_the_body() -> None:
    page = _page(
        article_tail='<footer><div class="story-tags"><p>Filed under:</p><ul>'
        '<li><a href="/tag/korupsi">Korupsi</a></li><li><a href="/tag/vonis">Vonis</a></li></ul>'
        "</div><p>Baca berita lain tentang sidang korupsi pengadaan barang dan jasa di Jakarta "
        "yang digelar pekan ini oleh majelis hakim yang sama.</p></footer>",
        tail="<footer><p>Tentang kami. Redaksi. Pedoman media siber.</p></footer>",
    )
    article = warta.extract(page)
    assert article.tags == ["Korupsi", "Vonis"]
    assert len(article.paragraphs) == 3
    assert not any("Tentang kami" in b.text for b in article.boilerplate)  # a page's footer


def test_a_box_of_related_topics_is_a_tag_list() -> None:
    page = _page(
        tail='<div class="article-related-topics"><p>Related Topics</p><ul>'
        "<li><a>Korupsi</a></li><li><a>Vonis</a></li></ul></div>"
    )
    assert warta.extract(page).tags == ["Korupsi", "Vonis"]


def test_a_trending_list_in_a_topics_box_is_not_the_storys() -> None:
    page = _page(
        tail='<div class="topics"><div>TRENDING:</div><div class="topics"><a href="/topics/a">'
        'Harga Emas</a></div><div class="topics"><a href="/topics/b">Timnas</a></div></div>'
    )
    assert warta.extract(page).tags == []


def test_the_shown_list_wins_over_the_declared_keywords_when_they_agree() -> None:
    tag = '<meta property="article:tag" content="{}">'
    head = tag.format("korupsi") + tag.format("NTB")
    shown = '<div class="tags"><a href="/tag/a">korupsi</a> <a href="/tag/b">vonis</a></div>'
    article = warta.extract(_page(head=head, tail=shown))
    assert (article.tags, article.sources["tags"]) == (["korupsi", "vonis"], "visible")
    # A shown list sharing no tag with the declared ones is some other list of links.
    other = '<div class="tags"><a href="/tag/a">Terpopuler</a> <a href="/tag/b">Video</a></div>'
    article = warta.extract(_page(head=head, tail=other))
    assert (article.tags, article.sources["tags"]) == (["korupsi", "NTB"], "og")


def test_declared_keywords_come_from_one_source_without_machine_words() -> None:
    head = (
        '<meta name="keywords" content="category:news, 8ae9ab2d-fe1b-4230-acb8-a59b52877682, '
        'example.com, vonis, korupsi">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["Vonis Hakim"]}'
        "</script>"
    )
    assert warta.extract(_page(head=head)).tags == ["Vonis Hakim"]
    keywords_only = head.split("<script")[0]
    assert warta.extract(_page(head=keywords_only)).tags == ["vonis", "korupsi"]


TAG_BOX = (
    '<div class="tag-article"><h3 class="tag-article__title">Tag</h3><ul>'
    '<li class="tag-article__item"><a href="/tag/korupsi">korupsi</a></li>'
    '<li class="tag-article__item"><a href="/tag/pompa-air">pompa air</a></li></ul></div>'
)


def test_the_heading_of_the_box_after_a_tag_box_is_no_tag() -> None:
    support = (
        '<div class="apresiasi"><h4 class="apresiasi__title">Apresiasi Spesial</h4>'
        "<p>Dukung jurnalisme berkualitas dengan memberi apresiasi kepada penulis.</p></div>"
    )
    assert warta.extract(_page(tail=TAG_BOX + support)).tags == ["korupsi", "pompa air"]


def test_short_tags_of_a_digit_and_a_letter() -> None:
    box = (
        '<div class="detail-tag"><div>Topik Terkait</div><div><a href="/tag/5g">5g</a> '
        '<a href="/tag/g20">G20</a> <a href="/tag/pompa-air">pompa air</a></div></div>'
    )
    assert warta.extract(_page(tail=box)).tags == ["5g", "G20", "pompa air"]


def test_a_labelled_tag_box_ends_where_its_items_do() -> None:
    box = (
        '<div class="tags-with-label"><span>Suggested Topics:</span><ul>'
        '<li><a href="/business/">Business</a></li><li><a href="/asia/">Asian Markets</a></li>'
        '</ul></div><div class="author-bio"><p><a href="/authors/ani">Ani Lestari</a></p>'
        "<p>Thomson Reuters</p></div>"
    )
    assert warta.extract(_page(article_tail=box)).tags == ["Business", "Asian Markets"]


def test_the_headlines_words_one_by_one_are_no_tags() -> None:
    words = '<meta name="keywords" content="Sidang,Vonis,Kasus,Pompa,Air,Digelar">'
    assert warta.extract(_page(head=words)).tags == []
    # Four words of the story, not in the headline's order, are tags all the same.
    shuffled = '<meta name="keywords" content="vonis,sidang,korupsi,pompa">'
    assert warta.extract(_page(head=shuffled)).tags == ["vonis", "sidang", "korupsi", "pompa"]


def test_a_tag_boxs_own_title_is_no_tag() -> None:
    box = (
        '<div class="article-tags"><p class="article-tags__title">Related Search</p><ul>'
        '<li><a href="/search?q=korupsi">korupsi</a></li>'
        '<li><a href="/search?q=pompa">pompa air</a></li></ul></div>'
    )
    assert warta.extract(_page(tail=box)).tags == ["korupsi", "pompa air"]


def test_hashtags_shown_win_over_other_declared_keywords() -> None:
    # Each shown tag says it is one: the list stands though it shares no tag with the keywords.
    head = '<meta property="article:tag" content="pengadaan pompa">'
    box = (
        '<div class="article-tags"><span>Tags:</span><ul>'
        '<li><a href="/tags/korupsi">#Korupsi</a></li>'
        '<li><a href="/tags/tipikor">#Tipikor</a></li></ul></div>'
    )
    assert warta.extract(_page(head=head, tail=box)).tags == ["Korupsi", "Tipikor"]


def test_a_linked_tag_keeps_its_commas_and_a_topic_link_is_a_tag_whatever_its_words() -> None:
    box = (
        "<h3>Topics</h3><ul>"
        '<li><a href="/news/topic/business-economics">Business, Economics and Finance</a></li>'
        '<li><a href="/news/topic/facebook">Facebook</a></li>'
        '<li><a href="/help/reuse">Reuse this content</a></li></ul>'
    )
    for page in (_page(article_tail=box), _page(tail=f"<div class='topics'>{box}</div>")):
        assert warta.extract(page).tags == ["Business, Economics and Finance", "Facebook"]


def test_a_wires_subject_codes_are_no_declared_tags() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"keywords": ["ASIA", "ID", "CRIM", "JUDI"]}</script>'
    )
    box = (
        '<div class="tags"><span>Suggested Topics:</span><ul>'
        '<li><a href="/world/asia-pacific/">Asia Pacific</a></li>'
        '<li><a href="/legal/">Legal</a></li></ul></div>'
    )
    assert warta.extract(_page(head=head, tail=box)).tags == ["Asia Pacific", "Legal"]
    assert warta.extract(_page(head=head)).tags == []


def test_a_tag_of_several_words_closing_the_article_is_still_a_tag() -> None:
    # The last tag, linked and long enough to pass for prose, closes the article's text.
    tags = ["pasar malam", "Kota Lama", "Ramadan 2025", "Dinas Perdagangan Kota Semarang"]
    items = "".join(
        f'<li class="read__tagging__item"><a href="/tag/{n}">{t}</a></li>'
        for n, t in enumerate(tags)
    )
    page = _page(article_tail=f'<div class="read__tagging"><span>Tags</span><ul>{items}</ul></div>')
    assert warta.extract(page).tags == tags


def test_a_tagging_box_in_the_story_gives_the_tags_shown_over_the_declared_ones() -> None:
    # Jawa Pos's Radar papers: "read__tagging" inside the story's box, after its last paragraph.
    page = _page(
        head='<meta name="keywords" content="korupsi, pompa">',
        article_tail='<div class="read__tagging"><span class="read__tagging__title">Tags</span>'
        ' <a href="/tag/korupsi" class="tag">Korupsi</a> <a href="/tag/pompa-air" class="tag">'
        'Pompa Air</a> <a href="/tag/jaktim" class="tag">Jakarta Timur</a></div>',
    )
    assert warta.extract(page).tags == ["Korupsi", "Pompa Air", "Jakarta Timur"]


def test_a_shown_list_worded_apart_from_the_declared_keywords_still_wins() -> None:
    # The same topics in other words ("pompa air" shown, "pengadaan pompa" declared): the
    # shown list is the story's, not some other list of links.
    head = '<meta name="news_keywords" content="vonis korupsi, pengadaan pompa">'
    shown = '<div class="tags"><a href="/tag/a">korupsi</a> <a href="/tag/b">pompa air</a></div>'
    article = warta.extract(_page(head=head, tail=shown))
    assert (article.tags, article.sources["tags"]) == (["korupsi", "pompa air"], "visible")


def test_links_of_a_box_under_a_tag_label_markup_does_not_name() -> None:
    # "detailsTag" is no class word: the label line heading the links says what they are.
    box = (
        '<div class="detailsTag"><span>Topik</span> <a href="/topic/1/a">pompa air</a> '
        '<a href="/topic/2/b">pengadilan tipikor</a> <a href="/topic/3/c">jakarta timur</a></div>'
    )
    tags = ["pompa air", "pengadilan tipikor", "jakarta timur"]
    assert warta.extract(_page(tail=box)).tags == tags


def test_links_parted_by_commas_under_a_label_are_each_a_tag() -> None:
    box = (
        '<div class="tags"><h3>Tags</h3></div><div class="post-tags"><a href="/tag/a">korupsi</a>, '
        '<a href="/tag/b">pompa air</a>, <a href="/tag/c">vonis</a></div>'
    )
    assert warta.extract(_page(tail=box)).tags == ["korupsi", "pompa air", "vonis"]


def test_the_title_of_the_box_after_a_labelled_list_is_no_tag() -> None:
    # Bisnis.com: "Topik" over a list of links, then a premium box titled in a div of its own.
    box = (
        '<div class="detailsTag"><div class="tagLabel">Topik</div><ul class="tagList">'
        '<li><a href="/topic/korupsi">Korupsi</a></li><li><a href="/topic/pompa">Pompa Air</a>'
        '</li></ul></div><div class="premiumBox"><div class="premiumTitle">Konten Premium</div>'
        '<ul><li><a href="/premium/1">Menimbang Anggaran Pompa di Tengah Banjir</a></li></ul>'
        "</div>"
    )
    assert warta.extract(_page(article_tail=box)).tags == ["Korupsi", "Pompa Air"]
