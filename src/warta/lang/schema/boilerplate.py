from __future__ import annotations

from dataclasses import dataclass, field

from warta.records import BoilerplateKind


@dataclass(frozen=True)
class BoilerplateWords:
    """Phrases that mark a block as not part of the article, by kind of boilerplate."""

    #: A short block that starts with one of these phrases (case-insensitive) is boilerplate of
    #: that kind. Only unambiguous openers belong here: a body sentence may start with
    #: "Selanjutnya", so that word is an `exact` phrase, not a `starts` one.
    starts: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: A short block that is exactly one of these phrases (case-insensitive) is boilerplate. A
    #: "#" stands for any number: "view # images" is a gallery's "View 6 Images".
    exact: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: A block that contains one of these anywhere is boilerplate of that kind.
    contains: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: A short block that contains one of these anywhere is boilerplate of that kind: the calls
    #: a site puts under or inside a story ("Follow X on WhatsApp Channel ...", "Send your story
    #: ideas to ..."), which a long paragraph about the same things is not.
    promo: dict[BoilerplateKind, tuple[str, ...]] = field(default_factory=dict)
    #: Photo credits as written alone under a picture ("Istimewa", "Getty Images"), lowercased.
    credits: tuple[str, ...] = ()
    #: Openers of a credit inside parentheses or after a slash: "ANTARA FOTO", "dok.", "foto:".
    credit_openers: tuple[str, ...] = ()
    #: Words that only label a credit, dropped from its start: "Foto:", "Photo by", "Credit...".
    credit_labels: tuple[str, ...] = ()
    #: Labels a copied picture leaves before its title or caption: "zoom-in".
    image_markers: tuple[str, ...] = ()
    #: Labels over a summary box above the story, whose few short items are not the story:
    #: "In short:", "Ringkasan Berita:".
    summary_labels: tuple[str, ...] = ()
    #: Openers of the link a site puts before a box for readers to jump over ("Skip the
    #: newsletter promotion", "Lewati Podcast dan lanjutkan membaca"), and of the line that
    #: ends the box ("End of newsletter promotion", "Akhir dari Podcast"), lowercased, the
    #: longer first. Both name the box with the same word after the opener.
    box_skip: tuple[str, ...] = ()
    box_end: tuple[str, ...] = ()
    #: A data chart's box set between paragraphs (Katadata's Databoks): the line that opens its
    #: source ("Sumber:", "Source:") and the buttons that close it ("Unduh Data", "Lihat
    #: Selengkapnya"), lowercased. The chart's title and unit lines between them are the box's.
    chart_sources: tuple[str, ...] = ()
    chart_ends: tuple[str, ...] = ()
    #: What a video player's card prints before the video's length ("Duration 2:14"), lowercased:
    #: the card (its header, title and summary) stands in the story without being part of it.
    player_lengths: tuple[str, ...] = ()
    #: Words closing a story's line that opens a list under it, besides a colon: "Rinciannya
    #: sebagai berikut", "... as follows", lowercased.
    list_intros: tuple[str, ...] = ()
    #: The word before the page links of a story split over pages: "Halaman", "Page".
    page_word: tuple[str, ...] = ()
    #: The words of "page 2 of 3": the "of" ("dari", "of").
    page_of: tuple[str, ...] = ()
    #: Links to the next and previous page of a split story.
    page_next: tuple[str, ...] = ()
    page_previous: tuple[str, ...] = ()
