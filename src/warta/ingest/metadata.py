"""What an HTML page says about itself: `<meta>`, OpenGraph, Twitter cards, JSON-LD, microdata,
`<time>`, `<link rel=canonical|next>` and `lang`, read once into a `PageMeta`.

Every value is kept as a candidate `(value, source)` in a fixed source order; choosing among
them is the job of `warta.fields.meta`. Nothing here knows a language: these are markup words.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any, cast

import lxml.etree

from warta.ingest import urls
from warta.ingest.page import PageMeta
from warta.ingest.tree import text_of
from warta.ingest.urls import join

Candidates = list[tuple[str, str]]

#: JSON-LD `@type`s that describe the article itself, best first.
ARTICLE_TYPES = (
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "article", "blogposting", "liveblogposting",
    "socialmediaposting", "report", "scholarlyarticle", "techarticle",
)
_PAGE_TYPES = ("webpage", "itempage", "collectionpage")

#: `<meta>` keys (name, property or itemprop, lowercased) by the PageMeta field they feed, each
#: with the source name recorded for the value. Order inside a field is precedence order.
META_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "titles": (("og:title", "og"), ("twitter:title", "twitter"), ("headline", "microdata"),
               ("dc.title", "dc"), ("title", "meta")),
    "descriptions": (("og:description", "og"), ("description", "meta"),
                     ("twitter:description", "twitter"), ("dc.description", "dc")),
    "site_names": (("og:site_name", "og"), ("application-name", "meta"),
                   ("twitter:site", "twitter"), ("dc.publisher", "dc"), ("publisher", "meta")),
    "authors": (("author", "meta"), ("article:author", "og"), ("dc.creator", "dc"),
                ("sailthru.author", "meta"), ("parsely-author", "meta"), ("byl", "meta"),
                ("cxenseparse:author", "meta"), ("content_author", "meta")),
    "editors": (("content_editor", "meta"), ("editor", "meta")),
    "published": (("article:published_time", "og"), ("datepublished", "microdata"),
                  ("pubdate", "meta"), ("publishdate", "meta"), ("publish-date", "meta"),
                  ("date", "meta"), ("dc.date.issued", "dc"), ("dc.date", "dc"),
                  ("dcterms.created", "dc"), ("sailthru.date", "meta"),
                  ("parsely-pub-date", "meta"), ("og:published_time", "og"),
                  ("content_publishedtime", "meta"), ("datecreated", "microdata")),
    "modified": (("article:modified_time", "og"), ("datemodified", "microdata"),
                 ("og:updated_time", "og"), ("lastmod", "meta"), ("dcterms.modified", "dc")),
    "images": (("og:image", "og"), ("og:image:url", "og"), ("twitter:image", "twitter"),
               ("twitter:image:src", "twitter"), ("thumbnailurl", "microdata")),
    # The generic `keywords` is its own source: often the site's search words, not its tags.
    "tags": (("article:tag", "og"), ("news_keywords", "meta"), ("keywords", "keywords"),
             ("parsely-tags", "meta"), ("content_tag", "meta")),
    "languages": (("og:locale", "og"), ("content-language", "meta"), ("dc.language", "dc"),
                  ("language", "meta")),
}
_KEY_FIELD = {key: (name, source) for name, keys in META_KEYS.items() for key, source in keys}
_MULTI_VALUED = frozenset({"tags"})

#: The elements metadata is read from, gathered in one walk of the tree (lxml filters the tags in
#: C; a walk per tag cost a tenth of a millisecond each on a news page).
_TAGS = ("meta", "title", "time", "link", "script", "h1")
_HEADINGS = 5
#: Characters of an `<h1>` beyond which it is no headline (the longest title read is 300).
_MAX_HEADING_CHARS = 1_000
# Every `rel` attribute (for `<a rel>` links and `rel=author`) and every `itemprop="author"`: the
# attributes, not a predicate on every element, which libxml2 tests far more slowly.
_REL_OR_AUTHOR = lxml.etree.XPath("//@rel | //@itemprop[. = 'author']")
# JSON-LD blocks in the wild carry HTML comments, CDATA markers, a trailing semicolon, or raw
# control characters inside strings; all are cut before parsing.
_CDATA = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_CDATA_MARKERS = ("<![CDATA[", "<!--", "]]>", "-->")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: JSON-LD characters a page is read for, all its blocks together (the corpus's largest block,
#: a live blog's updates, is 841 KB): parsed, a list of tiny objects takes twenty bytes and more
#: per character, so past this many a page of them would cost its size many times over.
_JSON_LIMIT = 2_000_000
#: People read from one source at most (a JSON-LD list, the `<meta>` tags): a byline names a few.
MAX_PEOPLE = 30
#: Tags read from one value at most (a `<meta name=keywords>`, a JSON-LD `keywords` list or
#: string), and kept for the record: a story has a handful; a list of thousands is a template's
#: tag cloud or an attack, and each tag read costs a hundred bytes.
MAX_TAGS = 50


def clean(value: str) -> str:
    """Unescape entities left in attribute values and collapse spaces.

    >>> clean("  Banjir &amp; longsor\\n di  Bogor ")
    'Banjir & longsor di Bogor'
    """
    # str.split() splits on exactly what a regex \s+ matches, and a join is several times faster
    # than a substitution on the short values seen here.
    return " ".join(html.unescape(value).split())


def read_metadata(root: Any, url: str | None) -> PageMeta:
    """Every metadata candidate the page declares, in precedence order within each field.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     '<html lang="id"><head><meta property="og:title" content="Banjir di Bogor">'
    ...     '<link rel="canonical" href="/berita/1"></head><body><p>x</p></body></html>')
    >>> meta = read_metadata(root, "https://contoh.co.id/a")
    >>> meta.titles, meta.canonical, meta.languages
    ([('Banjir di Bogor', 'og')], 'https://contoh.co.id/berita/1', [('id', 'html')])
    """
    found: dict[str, Candidates] = {name: [] for name in META_KEYS}
    tagged = _elements(root)
    marked = _Marked.of(root)
    articles = list(_jsonld_articles(tagged["script"]))
    for obj, source in articles:
        _from_jsonld(obj, source, found)
    _from_meta_tags(tagged["meta"], found)
    _from_markup(root, tagged, marked.authors, found)
    base = url
    canonical = _link(tagged["link"], marked, "canonical", base)
    return PageMeta(
        titles=_unique(found["titles"]),
        descriptions=_unique(found["descriptions"]),
        site_names=_unique(found["site_names"]),
        authors=_unique(found["authors"]),
        editors=_unique(found["editors"]),
        published=_unique(found["published"]),
        modified=_unique(found["modified"]),
        images=_unique([(_absolute(v, canonical or base), s) for v, s in found["images"]]),
        tags=_unique(found["tags"]),
        languages=_unique(found["languages"]),
        canonical=canonical,
        next_url=_link(tagged["link"], marked, "next", canonical or base),
        jsonld=[obj for obj, _ in articles],
        headings=_headings(tagged["h1"]),
    )


def _headings(elements: list[Any]) -> list[str]:
    """The texts of the first `_HEADINGS` `<h1>`s with any, of the first few on the page; an
    `<h1>` holding more than a headline's text is none (one wrapped around the page, or nested
    in itself a hundred times, would be read whole for each)."""
    texts = (text_of(h) for h in elements[: 2 * _HEADINGS])
    headings = (" ".join(t.split()) for t in texts if len(t) <= _MAX_HEADING_CHARS)
    return [t for t in headings if t][:_HEADINGS]


def _elements(root: Any) -> dict[str, list[Any]]:
    """The `_TAGS` elements by tag, each list in document order."""
    tagged: dict[str, list[Any]] = {tag: [] for tag in _TAGS}
    for element in root.iter(*_TAGS):
        tagged[element.tag].append(element)
    return tagged


class _Marked:
    """The `<a>` elements with a `rel`, and the elements marked as an author (`itemprop` or `rel`
    "author"), each in document order, from one XPath over the attributes."""

    def __init__(self, anchors: list[Any], authors: list[Any]) -> None:
        self.anchors = anchors
        self.authors = authors

    @classmethod
    def of(cls, root: Any) -> _Marked:
        anchors: list[Any] = []
        authors: list[Any] = []
        for value in cast(list[Any], _REL_OR_AUTHOR(root)):
            element = value.getparent()
            if value.attrname == "rel" and element.tag == "a":
                anchors.append(element)
            # An element with both attributes set to "author" counts once.
            if value == "author" and not (authors and authors[-1] is element):
                authors.append(element)
        return cls(anchors, authors)


def _unique(candidates: Candidates) -> Candidates:
    seen: set[tuple[str, str]] = set()
    out: Candidates = []
    for value, source in candidates:
        if value and (value, source) not in seen:
            seen.add((value, source))
            out.append((value, source))
    return out


def _absolute(value: str, base: str | None) -> str:
    return join(base, value) if base else urls.clean(value)


def _link(links: list[Any], marked: _Marked, rel: str, base: str | None) -> str | None:
    # <link rel> first; an <a rel="next"> in a pager only when the head says nothing.
    for element in (*links, *marked.anchors):
        rels = (element.get("rel") or "").lower().split()
        href = (element.get("href") or "").strip()
        if rel in rels and href and not href.startswith(("javascript:", "#")):
            return _absolute(href, base)
    return None


# -- <meta>, microdata, <title>, <time>, lang ---------------------------------------------------


def _from_meta_tags(metas: list[Any], found: dict[str, Candidates]) -> None:
    for element in metas:
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "")
        key = key.strip().lower()
        if not key:
            key = (element.get("http-equiv") or "").strip().lower()
        target = _KEY_FIELD.get(key)
        content = element.get("content")
        if target is None or content is None:
            continue
        name, source = target
        if name in _MULTI_VALUED:
            found[name].extend((tag, source) for tag in _comma_list(content))
        else:
            found[name].append((clean(content), source))


def _from_markup(
    root: Any, tagged: dict[str, list[Any]], authors: list[Any], found: dict[str, Candidates]
) -> None:
    for element in tagged["title"][:1]:
        found["titles"].append((clean(text_of(element)), "title"))
    for element in tagged["time"]:
        stamp = element.get("datetime") or element.get("content")
        if not stamp:
            continue
        prop = (element.get("itemprop") or "").lower()
        field = "modified" if "modified" in prop or "updated" in prop else "published"
        found[field].append((clean(stamp), "time"))
    for element in _first_items(authors):
        name = element.xpath("string(.//*[@itemprop='name']/@content)") or text_of(element)
        if element.tag != "meta" and len(name) < 120:
            found["authors"].append((clean(name), "microdata"))
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        found["languages"].insert(0, (clean(lang), "html"))


def _first_items(authors: list[Any]) -> list[Any]:
    """The author marks of the item the first one belongs to (its nearest `itemscope`, or none):
    the story's, not those of the cards of other stories the page lists after it, each a
    writer's "By ..." marked as an author too (The Telegraph)."""
    if len(authors) < 2:
        return authors
    # A page of thousands of author marks is a staff list or an attack: the story's are among
    # the first; and an item is looked for a few dozen levels up at most.
    authors = authors[:_MAX_AUTHOR_MARKS]
    owners = [
        next(
            (
                a
                for a in islice(e.iterancestors(), _ITEM_LEVELS)
                if a.get("itemscope") is not None
            ),
            None,
        )
        for e in authors
    ]
    return [e for e, owner in zip(authors, owners, strict=True) if owner is owners[0]]


_MAX_AUTHOR_MARKS = 50
_ITEM_LEVELS = 40


# -- JSON-LD ------------------------------------------------------------------------------------


def _jsonld_articles(scripts: list[Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """JSON-LD objects that describe the page: articles first, then web pages."""
    objects: list[dict[str, Any]] = []
    left = _JSON_LIMIT
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > left:
            break
        left -= len(text)
        data = parse_jsonld(text)
        if data is not None:
            objects.extend(_objects(data, 0))
    for types, source in ((ARTICLE_TYPES, "jsonld"), (_PAGE_TYPES, "jsonld-page")):
        for obj in objects:
            if _type_of(obj) in types:
                yield obj, source


def parse_jsonld(text: str) -> Any:
    """Parse a JSON-LD block, tolerating the wrapping and trailing garbage found on real pages.

    >>> parse_jsonld('<!-- {"@type": "NewsArticle", "headline": "Banjir"}; -->')["headline"]
    'Banjir'
    >>> parse_jsonld("not json") is None
    True
    """
    text = _unwrap(text[:_JSON_LIMIT]).strip().rstrip(";").strip()
    if not text:
        return None
    decoder = json.JSONDecoder(strict=False)
    for candidate in _repairs(text):
        try:
            value, _ = decoder.raw_decode(candidate)
        except (json.JSONDecodeError, RecursionError):
            continue
        return value
    return None


def _unwrap(text: str) -> str:
    # `_CDATA` can only match where one of its markers is; its unanchored end alternative would
    # otherwise be tried at every position of a long block.
    if any(marker in text for marker in _CDATA_MARKERS):
        return _CDATA.sub("", text)
    return text


def _repairs(text: str) -> Iterator[str]:
    # The block as it is, then (only when the first fails) with raw control characters blanked.
    yield text
    if _CONTROL.search(text):
        yield _CONTROL.sub(" ", text)


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    # Lists, `@graph` and `mainEntity` nest the article; depth is bounded against hostile nesting.
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _objects(data[key], depth + 1)


def _type_of(obj: dict[str, Any]) -> str:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    names = [k.lower() for k in kinds if isinstance(k, str)]
    for types in (ARTICLE_TYPES, _PAGE_TYPES):
        for name in names:
            if name in types:
                return name
    return names[0] if names else ""


def _from_jsonld(obj: dict[str, Any], source: str, found: dict[str, Candidates]) -> None:
    page_level = source == "jsonld-page"
    for key in ("headline", "alternativeHeadline") if not page_level else ("headline", "name"):
        found["titles"].extend((t, source) for t in _texts(obj.get(key)))
    found["descriptions"].extend((t, source) for t in _texts(obj.get("description")))
    found["site_names"].extend((t, source) for t in _names(obj.get("publisher")))
    found["published"].extend((t, source) for t in _texts(obj.get("datePublished")))
    found["published"].extend((t, source) for t in _texts(obj.get("dateCreated")))
    found["modified"].extend((t, source) for t in _texts(obj.get("dateModified")))
    found["images"].extend((t, source) for t in _urls(obj.get("image")))
    found["tags"].extend((t, source) for t in _keywords(obj.get("keywords")))
    if not page_level:
        found["authors"].extend((t, source) for t in _names(obj.get("author")))
        # An organisation credited as author ("The Yomiuri Shimbun") is an outlet too: a person
        # the visible byline names is the writer; with no byline, the organisation stands.
        found["site_names"].extend((t, source) for t in _organisations(obj.get("author")))
        found["authors"].extend((t, source) for t in _names(obj.get("creator")))
        found["editors"].extend((t, source) for t in _names(obj.get("editor")))
    lang = obj.get("inLanguage")
    found["languages"].extend((t, source) for t in _texts(lang))


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [clean(value)] if value.strip() else []
    if isinstance(value, list):
        return [text for item in value[:20] for text in _texts(item)]
    if isinstance(value, dict):
        return _texts(value.get("@value") or value.get("name"))
    return []


def _names(value: Any) -> list[str]:
    """Person or organisation names from a string, an object with `name`, or a list of either."""
    if isinstance(value, list):
        return [name for item in value[:MAX_PEOPLE] for name in _names(item)]
    if isinstance(value, dict):
        return _texts(value.get("name"))
    if isinstance(value, str) and not value.startswith(("http://", "https://", "/")):
        return _texts(value)
    return []


def _organisations(value: Any) -> list[str]:
    """The names of the organisations (`"@type": "Organization"`, "NewsMediaOrganization") in
    an author value."""
    if isinstance(value, list):
        return [name for item in value[:MAX_PEOPLE] for name in _organisations(item)]
    if isinstance(value, dict) and "organization" in str(value.get("@type", "")).lower():
        return _texts(value.get("name"))
    return []


def _urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [url for item in value[:10] for url in _urls(item)]
    if isinstance(value, dict):
        found = value.get("url") or value.get("contentUrl")
        if found is None and "#" not in str(value.get("@id", "#")):
            found = value.get("@id")
        # Not a node's reference, "{"@id": ".../#primaryimage"}" (Yoast's graph): no picture.
        return _urls(found)
    return []


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return _comma_list(value)
    if isinstance(value, list):
        return [word for item in value[:MAX_TAGS] for word in _keywords(item)]
    return []


def _comma_list(text: str) -> list[str]:
    """The first `MAX_TAGS` items of a comma-separated list, cleaned (the rest is not split).

    >>> _comma_list("banjir,  Bogor , ,cuaca")
    ['banjir', 'Bogor', 'cuaca']
    """
    return [clean(word) for word in text.split(",", MAX_TAGS)[:MAX_TAGS] if word.strip()]
