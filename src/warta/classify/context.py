"""Context-sensitive revision: a block's label given its neighbours (jusText's second phase).

1. A credit's neighbour sentence is its caption.
2. The body is the densest run of body lines: the maximum-sum stretch where body lines score by
   their length and every other line costs (Kadane). Body-shaped lines far outside it — teasers,
   related stories, comments — are not the article.
3. The run starts at the story's dateline when one opens a line near its start ("JAKARTA,
   KOMPAS.com - ..."): what precedes it is the header (lead-in, caption).
4. Inside the run, short sentences stay body, short headings between body lines are headings, and
   widgets the lexicon knows ("Baca juga", "Berita Rekomendasi") stay removed.
5. The header before the body gives the title and the description (`warta.classify.header`).
6. Whatever is still undecided is boilerplate, its kind read from where it sits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

from warta.blocks import Block, Label
from warta.classify.alone import (
    BYLINE,
    CAPTION_AND_CREDIT,
    IMAGE_MARKER_REASON,
    PLAYER_LENGTH,
    is_menu_item,
    opens_related,
)
from warta.classify.header import label_header
from warta.classify.shape import UNDECIDED, Shape, Verdict
from warta.fields.dateline import read_dateline
from warta.fields.dates import find_dates
from warta.fields.images import (
    CREDIT_LABEL_REASON,
    credit_label_alone,
    credit_words,
    split_credit,
    ticker,
)
from warta.fields.people import (
    LINES_UNDER_LABEL,
    OVER_LABEL,
    after_conjunction,
    bare_name,
    bare_names,
    by_the_byline,
    by_word_line,
    initials_line,
    is_by_word,
    is_outlet,
    names_before_date,
    parse_byline,
    role_label,
    timed_name,
)
from warta.fields.tags import story_words, told
from warta.lang.schema import Lexicon
from warta.options import Options
from warta.records import BoilerplateKind

__all__ = ["body_spans", "revised"]

#: What a non-body line costs the body run. Lines that are surely not body (a byline, a date, a
#: "Baca juga" widget) cost more than a short line of unknown purpose, which may be a subheading.
_COST_UNKNOWN = 3.0
_COST_KNOWN = 8.0
#: A short sentence counts for part of its words: it is body-like but proves less than a paragraph.
_SHORT_SENTENCE_WEIGHT = 0.5
_MIN_SHORT_SENTENCE_WORDS = 4
#: The dateline must open one of the run's first few body lines to move the run's start.
_DATELINE_REACH = 4
_DATELINE_PIECE_WORDS = 4
_MAX_HEADING_WORDS = 16
#: A subheading under a "Baca juga:" box's headline is this short at most; headlines are longer.
_MAX_SUBHEADING_WORDS = 5
#: How many lines around a subheading the story is read for its words.
_NEAR_PARAGRAPHS = 12
#: A subheading of one word has this many letters at least ("Requirements", "Latar").
_MIN_HEADING_WORD_CHARS = 5
_DASHES = ("-", "–", "—")
_MAX_WIDGET_LINKS = 6
#: How many lines above the story a headline's date line may stand (a "4 min read", a caption).
_DATE_OVER_STORY = 4
#: How many short lines (a section's name, the writer's and their job's) may stand between a
#: headline's standfirst and its byline or date, and how many words such a line has at most.
_STANDFIRST_REACH = 4
_NAME_LINE_WORDS = 3
_MIN_WIDGET_HEADER_WORDS = 2
_MAX_WIDGET_HEADER_WORDS = 6
#: A summary box over the story: how far from the story's start its label may be, how many
#: lines it holds at most, and how many words an item (the story's first paragraph says more).
_SUMMARY_REACH = 6
_MAX_SUMMARY_ITEMS = 6
_MAX_SUB_LABEL_WORDS = 5
_MAX_SUMMARY_ITEM_WORDS = 30
_MAX_LABEL_CHARS = 40
_VIDEO_CARD = Verdict(Label.BOILERPLATE, BoilerplateKind.PROMO, "video card")
#: A video's length as its player prints it: "2:14", "12:38", "1:02:05".
_LENGTH = re.compile(r"\s\d{1,2}:\d{2}(?::\d{2})?$")
#: The longest line that is a length's label and the length; how far above it the card's header
#: may stand; the longest summary under it.
_MAX_LENGTH_WORDS = 3
_CARD_REACH = 4
_MAX_CARD_SUMMARY_WORDS = 60
_SUMMARY_ITEM = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "summary")
# A list in the story: its opening line and its items.
_LIST_INTRO = Verdict(Label.BODY, None, "list intro")
_LIST_ITEM = Verdict(Label.BODY, None, "list item")
_MIN_LIST_INTRO_WORDS = 4
_MIN_SHORT_INTRO_WORDS = 2
_MAX_LIST_ITEMS = 40
_MAX_LIST_ITEM_WORDS = 30
_MAX_LIST_ADS = 3
#: Widgets a story holds between its lines, past which its prose goes on after a list.
_IN_STORY_WIDGETS = (BoilerplateKind.ADVERTISEMENT, BoilerplateKind.RELATED)
#: A data chart's box between paragraphs (see `_chart_boxes`).
_CHART_BOX = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "chart box")
# A box readers may jump over: its skip link and end line, and what stands between them.
_SKIPPED_BOX = Verdict(Label.BOILERPLATE, BoilerplateKind.PROMO, "skipped box")
_BOX_REACH = 12
_MAX_BOX_LINE_WORDS = 12
_BARRIERS = (Label.BYLINE, Label.DATE)
_FIRST_RUN_SHARE = 0.5
#: A story split by a box of links goes on after at most this many lines, in a run of at least
#: this many paragraphs, most of its lines body.
_MAX_SPLIT_GAP = 30
#: The fewest cards, a headline and one summary each, that make a box of teasers closing the
#: story's run (one lone paragraph after a related link may be the story's last).
_MIN_TEASERS = 2
#: The most of a picture's lines (caption, credit, zoom button) between a subheading and the
#: paragraph under it.
_PICTURE_LINES = 3
#: What a video's title over its length has been read as: a link ("Video: ...") or a card's.
_VIDEO_TITLE_KINDS = (BoilerplateKind.RELATED, BoilerplateKind.PROMO)
_MIN_SPLIT_PARAGRAPHS = 2
#: How many lines a dated box inside a story takes at most (its label and its date).
_DATED_BOX_LINES = 3
_MIN_SPLIT_DENSITY = 0.6
#: How many lines under the story's last paragraph its sign-off ("(afr/des)") may stand, and
#: how far past the story's runs that paragraph (past a box of links).
_SIGN_OFF_REACH = 4
_CLOSING_REACH = 4
#: A line of a few words seen this often on one page is the site's, not the story's.
_MAX_REPEATED_WORDS = 4
#: A related box's header alone on its line ("Baca Juga", "BACA JUGA:"), and the most words of
#: the headline under it that reads like a sentence (`_linked_headline`).
_MAX_BARE_HEADER_WORDS = 3
_MAX_LINKED_WORDS = 20
#: The fewest and most words of a headline printed again below the story (`_recurring`): a
#: short label ("Latest", "Video") recurs on any page.
_MIN_RECURRING_WORDS = 4
_MAX_RECURRING_WORDS = 35
_MIN_PAGE_REPEATS = 5
_OPENING_WORDS = 2
_FEED_REPEATS = 4
_FEED_SHARE = 0.3
#: How far from the date line an author's bare name may stand (a "The West Australian" or a
#: "Comments" line may sit between).
_NAME_TO_DATE = 2
#: The most words of a name with no particle over the writer's job ("Megan Teo Jia Hui").
_JOB_NAME_WORDS = 4
#: The most words of a photographer's name alone under a caption.
_MAX_PHOTOGRAPHER_WORDS = 4
#: The paper's name after a photographer's and a comma: "Detroit Free Press".
_MAX_PAPER_WORDS = 4
_BY_DATE_REASON = "name by date"
#: How many buttons may stand between a byline and the date under it.
_BUTTONS = 3
_CLOSERS = "'\"”’»)]"
#: Words of a writer's beat line under the name: "Climate reporter", "BBC Scotland, Highlands
#: and Islands reporter".
_MAX_JOB_WORDS = 7
#: The words of the office after an outlet's name and its comma: "BBC News, West Midlands".
_MAX_OFFICE_WORDS = 3
#: A name in capitals by the date line is the byline only in the header, a few lines under the
#: title: further down, capitals by a date are a list's section labels ("CAR REVIEWS").
_SHOUTED_REACH = 6
_LEAD_PARAGRAPHS = 3
#: How far around the body's last line its closing credits may stand.
_CLOSING_REACH = 6
#: A credit line with this many words of caption before the credit is a caption itself.
_MIN_OWN_CAPTION_WORDS = 2
#: Bios are looked for in stories of a few paragraphs at least, among the names of a few bylines.
_MIN_BIO_BODY = 4
_MAX_BIO_NAMES = 12
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_AD = BoilerplateKind.ADVERTISEMENT
_SURE_NOT_BODY = (Label.BOILERPLATE, Label.BYLINE, Label.DATE, Label.CREDIT, Label.CAPTION)


#: The verdicts this phase gives, built once: a page's lines share them (a tuple per line was
#: 3 bytes per input byte of a copied page, held through the rest of classification).
_DATELINE = Verdict(Label.BODY, None, "dateline")
_BESIDE_CREDIT = Verdict(Label.CAPTION, None, "beside credit")
_CREDIT_ABOVE = Verdict(Label.CREDIT, None, "credit over caption")
_CREDIT_UNDER = Verdict(Label.CREDIT, None, "credit under caption")
_CREDIT_LABEL = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, CREDIT_LABEL_REASON)
_OWN_CAPTION = Verdict(Label.CAPTION, None, "caption and credit")
_CRUMBS = Verdict(Label.BOILERPLATE, BoilerplateKind.BREADCRUMB, "menu items parted by slashes")
#: A credit with neither a caption nor a picture beside it ("Reuters" in a menu).
LONE_CREDIT = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "lone credit")
_TEASER = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "teaser feed")
_DATED_BOX = Verdict(Label.BOILERPLATE, BoilerplateKind.PROMO, "label of a dated box")
_BOX_LABELS = (Label.UNKNOWN, Label.BYLINE)
_WIDGET_LINK = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "widget link")
_READ_MORE = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "read more over links")
_SENTENCE_IN_BODY = Verdict(Label.BODY, None, "sentence in body")
_HEADING_IN_BODY = Verdict(Label.HEADING, None, "heading in body")
_REPEATED = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "repeated")
_PROSE_BEFORE_BODY = Verdict(Label.UNKNOWN, None, "prose before body")
_AFTER_BODY = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "after body")
_UNDER_LABEL = Verdict(Label.BYLINE, None, "under a role's label")
_ROLE_LABEL = Verdict(Label.BYLINE, None, "a role's label")
#: A name on the line over its role's label: "Sapeta Leavasa" over "Author" (Samoa Observer).
_OVER_LABEL = Verdict(Label.BYLINE, None, OVER_LABEL)
#: Prose above the paragraph a sure dateline opens, not taken as the dek: the story starts at
#: its dateline, so this is a box above it ("Get bite-sized news via ...", a summary's teaser).
BEFORE_DATELINE = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "before dateline")
_PAGE_LINKS = Verdict(Label.BOILERPLATE, BoilerplateKind.PAGINATION, "page links")
#: A short line no rule placed, boilerplate for want of anything better (markup may know more).
UNPLACED = "unplaced"
_UNPLACED_BEFORE = Verdict(Label.BOILERPLATE, BoilerplateKind.NAVIGATION, UNPLACED)
_BREADCRUMB = Verdict(Label.BOILERPLATE, BoilerplateKind.NAVIGATION, "breadcrumb")
#: The longest menu item a breadcrumb's part is looked up among.
_MAX_MENU_ITEM_CHARS = 40
_UNPLACED = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, UNPLACED)
_BIO = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "author bio")
#: How many lines under the story's last line a bio set aside as after the body may stand, and
#: what a writer's beat opens with after the name (a speech verb elsewhere in a bio).
_BIO_REACH = 3
_BEAT_OPENERS = ("writes about ", "writes on ", "reports on ", "covers ")
PULL_QUOTE = "pull quote"
_PULL_QUOTE = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, PULL_QUOTE)
_RECURRING = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "headline printed again below")
_DOUBLED = Verdict(Label.CAPTION, None, "printed twice")
_COPY_OF_CAPTION = Verdict(Label.BOILERPLATE, BoilerplateKind.OTHER, "caption printed twice")
#: Words a sentence printed twice has at least to be read as a caption (not a short heading).
_MIN_DOUBLED_WORDS = 6
_DOUBLED_LABELS = frozenset({Label.BODY, Label.UNKNOWN, Label.CAPTION})


def revised(
    blocks: list[Block],
    verdicts: list[Verdict],
    shapes: list[Shape],
    lex: Lexicon,
    options: Options,
    slug: frozenset[str] = frozenset(),
) -> list[Verdict]:
    """The verdicts revised with their neighbours in view, every one decided (`slug`: the words
    of the page's URL slug, evidence for the title)."""
    verdicts = _breadcrumbs(blocks, verdicts)
    verdicts = _doubled(blocks, _captions(blocks, verdicts, shapes, lex), shapes)
    verdicts = _listed(blocks, _teasers(blocks, verdicts), shapes, lex)
    # Boxes the page lets readers skip are known first: the story goes on after one (The
    # Guardian's newsletter promotion, eight lines between two paragraphs).
    verdicts = _skipped_boxes(blocks, _repeated(blocks, verdicts, shapes), shapes, lex)
    verdicts = _chart_boxes(blocks, verdicts, shapes, lex)
    spans = body_spans(
        verdicts,
        shapes,
        lambda i: read_dateline(blocks[i].text, lex) is not None,
        lambda i: bool(initials_line(blocks[i].text, lex)),
    )
    start, end = spans[0][0], spans[0][1]
    start = _dateline_start(blocks, verdicts, start, end, lex)
    if start > 0 and start < end and _bare_dateline(blocks[start - 1].text, lex):
        # detik copies "Jakarta -" on a line of its own, above the lead it opens.
        start -= 1
        verdicts = list(verdicts)
        verdicts[start] = _DATELINE
    elif start < end and (lines := _split_dateline(blocks, start, lex)):
        # CNN copies "Madison, Wisconsin" / "CNN" / "—", a line each, above the lead.
        start -= lines
        verdicts = list(verdicts)
        verdicts[start : start + lines] = [_DATELINE] * lines
    spans = [(start, end), *spans[1:]]
    verdicts = _dated_box(verdicts, shapes, spans)
    inside = [False] * len(verdicts)
    for first, last in spans:
        inside[first:last] = [True] * (last - first)
    verdicts = _asked_links(blocks, verdicts, shapes)
    heads = _read_more_heads(blocks, verdicts, lex)
    verdicts = [
        _in_run(verdicts, shapes, i, heads, blocks, lex)
        if inside[i]
        else _outside(verdicts, shapes, i, start)
        for i in range(len(verdicts))
    ]
    verdicts = _page_links(blocks, label_header(blocks, verdicts, shapes, start, slug, lex))
    verdicts = [_settle(v, i < start) for i, v in enumerate(verdicts)]
    verdicts = _boxed_pictures(_pitches(verdicts, shapes), spans[-1][1])
    verdicts = _recurring(blocks, verdicts, shapes, start, end)
    verdicts = _under_labels(blocks, _names_by_date(blocks, verdicts, start, lex), start, lex)
    verdicts = _before_dateline(blocks, _bios(blocks, verdicts, lex), start, lex)
    verdicts = _summary(blocks, verdicts, shapes, start, lex)
    return _pull_quotes(blocks, _video_cards(blocks, verdicts, shapes, lex))


#: Quote marks that open and close a pull quote, the fewest words one has, and how many
#: paragraphs that are a quote alone are looked for again in the story (each a search of it).
_PULL_MARKS = "\"'“”‘’«»„"
_MIN_PULL_QUOTE_WORDS = 6
_MAX_PULL_QUOTES = 20


#: A caption and its credit in a box of links under the story: a headline and another's
#: "Photos: ..." (Al Jazeera's Most Read), the wire's blurb under its logo (AP's footer).
_BOXED_PICTURE = Verdict(Label.BOILERPLATE, BoilerplateKind.RELATED, "picture in a box")
_LINK_BOX_KINDS = frozenset(
    {BoilerplateKind.RELATED, BoilerplateKind.ADVERTISEMENT, BoilerplateKind.TITLE_REPEAT}
)


def _boxed_pictures(verdicts: list[Verdict], end: int) -> list[Verdict]:
    """A caption beside its credit under the story's last paragraph, right under a box of
    links (its headline, its label, the advertisement in it), is two lines of that box: no
    picture of the story stands among other stories' headlines."""
    out = verdicts
    for i in range(max(end, 1), len(verdicts) - 1):
        pair = (verdicts[i].label, verdicts[i + 1].label)
        if pair not in ((Label.CAPTION, Label.CREDIT), (Label.CREDIT, Label.CAPTION)):
            continue
        if verdicts[i - 1].kind in _LINK_BOX_KINDS:
            out = out if out is not verdicts else list(verdicts)
            out[i] = out[i + 1] = _BOXED_PICTURE
    return out


#: A subscription box's pitch between the story's paragraphs: its title, one short sentence.
_PITCH = Verdict(Label.BOILERPLATE, BoilerplateKind.SUBSCRIBE, "pitch")
_MAX_PITCH_WORDS = 16
_MAX_BOX_TITLE_WORDS = 4


def _pitches(verdicts: list[Verdict], shapes: list[Shape]) -> list[Verdict]:
    """A subscription box set between the story's paragraphs: its title, then one short
    sentence, over its button ("JakPost Premium" / "Get the stories behind the headlines ..."
    / "Subscribe from Rp 55,000/month"). The sentence alone reads as prose; under a title of a
    few words with no stop, right under a paragraph, and over a subscription's line, it is the
    box's (a subheading over it would be over a paragraph)."""
    out = verdicts
    for i in range(3, len(verdicts)):
        if verdicts[i].kind is not BoilerplateKind.SUBSCRIBE:
            continue
        pitch, title = shapes[i - 1], shapes[i - 2]
        if (
            verdicts[i - 1].label is Label.BODY
            and pitch.sentence
            and pitch.words <= _MAX_PITCH_WORDS
            and (verdicts[i - 2].reason == UNPLACED or verdicts[i - 2] is _HEADING_IN_BODY)
            and not title.sentence
            and title.words <= _MAX_BOX_TITLE_WORDS
            and verdicts[i - 3].label is Label.BODY
        ):
            out = out if out is not verdicts else list(verdicts)
            out[i - 2] = out[i - 1] = _PITCH
    return out


def _pull_quotes(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """A pull quote is not the story: a paragraph that is a quote alone whose words the story
    prints in another paragraph ("‘The slope had cracks since last year.’" set large beside
    the paragraph that quotes it in full, as Nepali Times copies)."""
    body = [i for i, v in enumerate(verdicts) if v.label is Label.BODY]
    quoted = [
        i
        for i in body
        if blocks[i].text[:1] in _PULL_MARKS and blocks[i].text.rstrip()[-1:] in _PULL_MARKS
    ][:_MAX_PULL_QUOTES]
    out = verdicts
    for i in quoted:
        text = blocks[i].text.strip()
        words = text.strip(_PULL_MARKS + " ")
        if len(words.split()) < _MIN_PULL_QUOTE_WORDS:
            continue
        longer = (blocks[j].text for j in body if len(blocks[j].text) > len(text))
        if any(words in paragraph for paragraph in longer):
            out = out if out is not verdicts else list(verdicts)
            out[i] = _PULL_QUOTE
    return out


def _video_cards(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], lex: Lexicon
) -> list[Verdict]:
    """A video's card set in the story, as CBC copies one: its header ("WATCH | ...:"), the
    player's lines and the video's title over its length ("Duration 2:14"), and the summary
    under it. The length marks the card; the header bounds it above, a few lines up, and the
    summary is the one line under the length."""
    lengths = lex.boilerplate.player_lengths
    out: list[Verdict] | None = None
    for i, block in enumerate(blocks):
        if verdicts[i] is PLAYER_LENGTH and i > 0 and verdicts[i - 1].label is Label.BODY:
            # Liputan6's "Video Pilihan Hari Ini" / title / summary / "01:42": the summary
            # over a bare length is the card's, under its header a few lines up.
            top = next(
                (j for j in range(i - 2, max(-1, i - 1 - _CARD_REACH), -1)
                 if opens_related(blocks[j].text, lex)),
                None,
            )
            if top is not None and shapes[i - 1].words <= _MAX_CARD_SUMMARY_WORDS:
                out = out or list(verdicts)
                out[top : i + 1] = [_VIDEO_CARD] * (i + 1 - top)
            continue
        if shapes[i].words > _MAX_LENGTH_WORDS or not _LENGTH.search(block.text):
            continue
        if block.text.lower().split(maxsplit=1)[0].rstrip(":") not in lengths:
            continue
        top = next(
            (
                j
                for j in range(i - 1, max(-1, i - 1 - _CARD_REACH), -1)
                if opens_related(blocks[j].text, lex)
            ),
            None,
        )
        if top is None:
            continue
        end = i + 1
        if end < len(blocks) and shapes[end].words <= _MAX_CARD_SUMMARY_WORDS:
            end += 1
        out = out or list(verdicts)
        out[top:end] = [_VIDEO_CARD] * (end - top)
    return out or verdicts


def _skipped_boxes(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], lex: Lexicon
) -> list[Verdict]:
    """Boxes a site lets readers jump over: from a link that skips one ("Skip the newsletter
    promotion", "Lewati Podcast dan lanjutkan membaca") to the line that ends it a few blocks
    on, naming the same thing ("End of newsletter promotion", "Akhir dari Podcast"), the box's
    description and headline too. A line that only starts like an end ("End of an era") and
    names something else ends no box."""
    words = lex.boilerplate
    out: list[Verdict] | None = None
    for i, block in enumerate(blocks):
        if shapes[i].words > _MAX_BOX_LINE_WORDS:
            continue
        skipped = _box_word(block.text, words.box_skip)
        if skipped is None:
            continue
        for j in range(i + 1, min(len(blocks), i + 1 + _BOX_REACH)):
            if (
                shapes[j].words <= _MAX_BOX_LINE_WORDS
                and _box_word(blocks[j].text, words.box_end) == skipped
            ):
                out = out or list(verdicts)
                out[i : j + 1] = [_SKIPPED_BOX] * (j + 1 - i)
                break
    return out or verdicts


#: A chart's box: the most lines it holds, the most words of each.
_CHART_LINES = 10
_MAX_CHART_LINE_WORDS = 14


def _chart_boxes(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], lex: Lexicon
) -> list[Verdict]:
    """A data chart's box between the story's paragraphs, as a page copies it: a few short
    lines (the chart's name, its title, its unit), its source ("Sumber: KAI Commuter"), and
    its buttons ("Unduh Data", "Embed", "Lihat Selengkapnya"): from the line under the last
    paragraph above to the last button, the box stands in the story without parting it."""
    words = lex.boilerplate
    if not words.chart_ends:
        return verdicts
    firsts = _first_letters(words.chart_ends)
    out: list[Verdict] | None = None
    i = 0
    while i < len(blocks):
        # Most lines open with none of the buttons' letters: tested without a copy of the line.
        text = blocks[i].text
        if not (text[:1].lower() in firsts and _chart_end(text, words.chart_ends)):
            i += 1
            continue
        end = i
        while end + 1 < len(blocks) and _chart_end(blocks[end + 1].text, words.chart_ends):
            end += 1
        start = i
        while (
            start > 0
            and i - start < _CHART_LINES
            and verdicts[start - 1].label is not Label.BODY
            and shapes[start - 1].words <= _MAX_CHART_LINE_WORDS
        ):
            start -= 1
        sourced = any(
            blocks[k].text.lower().startswith(words.chart_sources) for k in range(start, i)
        )
        if sourced and start > 0 and verdicts[start - 1].label is Label.BODY:
            out = out or list(verdicts)
            out[start : end + 1] = [_CHART_BOX] * (end + 1 - start)
        i = end + 1
    return out or verdicts


def _chart_end(text: str, ends: tuple[str, ...]) -> bool:
    return len(text) <= _MAX_LABEL_CHARS and text.strip().lower() in ends


@cache
def _first_letters(openers: tuple[str, ...]) -> frozenset[str]:
    return frozenset(o[:1] for o in openers)


def _box_word(text: str, openers: tuple[str, ...]) -> str | None:
    """The word naming the box after one of `openers`: "newsletter" in "Skip the newsletter
    promotion" (openers "skip the", "skip").

    >>> _box_word("Lewati Podcast dan lanjutkan membaca", ("lewati",))
    'podcast'
    >>> _box_word("Skipper wins the race", ("skip",)) is None
    True
    """
    if not text or text[0].lower() not in _first_letters(openers):
        return None
    lowered = text[:60].lower()
    for opener in openers:
        if lowered.startswith(opener) and lowered[len(opener) : len(opener) + 1].isspace():
            rest = lowered[len(opener) :].split(maxsplit=1)
            return rest[0].strip(".,:;!?") if rest else None
    return None


def _listed(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], lex: Lexicon
) -> list[Verdict]:
    """The items of a list in the story: short lines under a line of the story that opens the
    list ("The agency advises people to:", "... Rinciannya sebagai berikut"), up to the prose
    that follows them; an advertisement's line among them stays out. Lines that no prose
    follows (a menu under "Follow our coverage:") are no list of the story."""
    intros = lex.boilerplate.list_intros
    out: list[Verdict] | None = None
    i = 0
    n = len(blocks)
    while i < n:
        # A cheap first look at the line's end: most lines end in neither.
        text = blocks[i].text
        if not (text.endswith(":") or text.rstrip(" .").endswith(intros)) or not _opens_list(
            verdicts, shapes, i
        ):
            i += 1
            continue
        items, j = _list_after(blocks, verdicts, shapes, i)
        # Past a box's links only after a line of prose that opens the list, not a label's
        # two words ("Related links:" over links, then another box).
        links = shapes[i].words >= _MIN_LIST_INTRO_WORDS
        if items and _prose_at(verdicts, shapes, j, links=links):
            out = out or list(verdicts)
            if verdicts[i].label is Label.UNKNOWN:
                out[i] = _LIST_INTRO
            for k in items:
                out[k] = _LIST_ITEM
        i = max(j, i + 1)
    return out or verdicts


def _prose_at(verdicts: list[Verdict], shapes: list[Shape], j: int, *, links: bool) -> bool:
    """Whether the story's prose goes on at line `j`, past a widget the story holds between
    its lines ("Baca juga: ...", an advertisement's label, a picture), and (with `links`) the
    headlines a bare "Baca Juga:" heads, not yet known for links."""
    end = min(len(verdicts), j + _MAX_LIST_ADS + 1)
    in_box = False  # past a bare box's header, on its headlines
    while j < end and (
        verdicts[j].kind in _IN_STORY_WIDGETS
        or _pictured(verdicts[j])
        or (in_box and verdicts[j].label is Label.UNKNOWN and not shapes[j].sentence)
    ):
        in_box = links and (
            verdicts[j].kind is BoilerplateKind.RELATED
            or (in_box and verdicts[j].label is Label.UNKNOWN)
        )
        j += 1
    return j < len(verdicts) and verdicts[j].label is Label.BODY


def _pictured(verdict: Verdict) -> bool:
    """Whether a line is a picture's, set between the story's lines: its zoom button, its
    caption or its credit."""
    return verdict.label in (Label.CAPTION, Label.CREDIT) or verdict.reason == IMAGE_MARKER_REASON


def _opens_list(verdicts: list[Verdict], shapes: list[Shape], i: int) -> bool:
    """Whether line `i`, ending with a colon or a list's opening words, opens a list: a line of
    the story, or one the words left undecided, not a label ("Tags:"); a short one ("Zone A
    covers:") only right under the story's prose."""
    if verdicts[i].label not in (Label.BODY, Label.UNKNOWN):
        return False
    words = shapes[i].words
    under_prose = i > 0 and verdicts[i - 1].label is Label.BODY
    return words >= _MIN_LIST_INTRO_WORDS or (words >= _MIN_SHORT_INTRO_WORDS and under_prose)


def _list_after(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int
) -> tuple[list[int], int]:
    """The items under the list's opening line `i`, and where they stop."""
    items: list[int] = []
    skipped = 0
    j = i + 1
    while j < len(verdicts) and len(items) < _MAX_LIST_ITEMS:
        verdict = verdicts[j]
        if verdict.kind is BoilerplateKind.ADVERTISEMENT and skipped < _MAX_LIST_ADS:
            skipped += 1
        elif shapes[j].words <= _MAX_LIST_ITEM_WORDS and (
            verdict.label is Label.UNKNOWN
            # A long item the words alone took for prose, without a sentence's end.
            or (verdict.label is Label.BODY and not shapes[j].sentence)
            # The list's next number, whatever the words took the line for ("3. Beras SPHP: Rp
            # 12.480/kg", a credit's slash).
            or _numbered_next(blocks, items, j)
        ):
            items.append(j)
        else:
            break
        j += 1
    return items, j


def _numbered_next(blocks: list[Block], items: list[int], j: int) -> bool:
    """Whether line `j` opens with the number after the last item's ("2. ..." then "3. ...")."""
    if not items:
        return False
    last = _LIST_NUMBER.match(blocks[items[-1]].text)
    this = _LIST_NUMBER.match(blocks[j].text) if last else None
    return this is not None and last is not None and int(this[1]) == int(last[1]) + 1


def _summary(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], start: int, lex: Lexicon
) -> list[Verdict]:
    """A summary box over the story: under its label ("In short:", "Ringkasan Berita"), its
    items, each one short sentence, and short headings among them ("What's next?"), up to the
    story's first paragraph, which is longer or holds more than one sentence."""
    labels = lex.boilerplate.summary_labels
    near = min(len(blocks), start + _SUMMARY_REACH)
    at = next(
        (
            i
            for i in range(max(0, start - _SUMMARY_REACH), near)
            if len(blocks[i].text) <= _MAX_LABEL_CHARS
            and blocks[i].text.strip(" :").lower() in labels
        ),
        None,
    )
    if at is None:
        return verdicts
    out = list(verdicts)
    for j in range(at + 1, min(len(blocks), at + 1 + _MAX_SUMMARY_ITEMS)):
        shape, text = shapes[j], blocks[j].text
        item = shape.words <= _MAX_SUMMARY_ITEM_WORDS and text.count(". ") == 0
        heading = shape.words <= _MAX_SUB_LABEL_WORDS and text.rstrip().endswith(("?", ":"))
        if verdicts[j].label is not Label.BODY or not (item or heading):
            break  # a byline or a date: the label was a tab's ("SPEED READ", "SUMMARY")
        if read_dateline(text, lex) is not None:
            break
        out[j] = _SUMMARY_ITEM
    return out


def _breadcrumbs(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """A "credit" whose parts around its slashes are all items of the menu above it is the
    page's breadcrumb: "JAPAN / SOCIETY" under a menu listing "Japan" and "Society" (The
    Japan Times), not a photo's credit ("REUTERS / Ann Lee")."""
    out = verdicts
    above: set[str] = set()  # the short lines above, read up to `read` as they are needed
    read = 0
    for i, verdict in enumerate(verdicts):
        if verdict.label is not Label.CREDIT or " / " not in blocks[i].text:
            continue
        menu = (b.text for b in blocks[read:i] if len(b.text) <= _MAX_MENU_ITEM_CHARS)
        above.update(map(str.casefold, menu))
        read = i
        parts = [part.strip().casefold() for part in blocks[i].text.split(" / ")]
        if all(parts) and all(part in above for part in parts):
            out = out if out is not verdicts else list(verdicts)
            out[i] = _BREADCRUMB
    return out


def _before_dateline(
    blocks: list[Block], verdicts: list[Verdict], start: int, lex: Lexicon
) -> list[Verdict]:
    """The story starts at its dateline: what is still unplaced between the title and it is a
    box (a standfirst the header did not take, a summary's teaser, an app's promotion), which
    an HTML container around it does not make the story's."""
    if start >= len(blocks) or not _sure_dateline(blocks[start].text, lex):
        return verdicts
    title = next((i for i in range(start) if verdicts[i].label is Label.TITLE), 0)
    boxes = [i for i in range(title, start) if verdicts[i] is _UNPLACED_BEFORE]
    if not boxes:
        return verdicts
    out = list(verdicts)
    for i in boxes:
        out[i] = BEFORE_DATELINE
    return out


def _under_labels(
    blocks: list[Block], verdicts: list[Verdict], start: int, lex: Lexicon
) -> list[Verdict]:
    """A role's label on a line of its own names the people on the lines under it: "Reporter"
    over "Hanif Pratama" (Tempo English), "To contact the editors responsible for this story:"
    over "Ann Lee at alee@example.com" (Bloomberg). Each line under it, up to the next label, is
    a byline when it reads as one with the label before it (`warta.fields.people` reads it so).
    Only where credits stand, between the title and the body and around the body's end: in a
    menu, "Foto" over "Tekno" is two sections."""
    out = verdicts
    story: str | None = None  # the story's words, read once a label has two lines under it
    for i in _credit_zones(blocks, verdicts, start):
        label = role_label(blocks[i].text, lex)
        if label is None:
            continue
        if _over_label(blocks, out, i, label, lex):
            out = out if out is not verdicts else list(verdicts)
            out[i - 1], out[i] = _OVER_LABEL, _ROLE_LABEL
            continue
        for j in range(i + 1, min(i + 1 + LINES_UNDER_LABEL, len(blocks))):
            text = blocks[j].text
            if not text.strip():
                continue  # a picture: the person's avatar, between the label and the name
            if role_label(text, lex) is not None or parse_byline(f"{label}: {text}", lex) is None:
                break
            if j > i + 1:
                # A second line the story itself holds is a topic of its tags, which may follow
                # the credits unlabelled ("Editor" / "Sita R" / "Korupsi Dana Desa"); a second
                # reporter's or editor's name is no phrase of the story.
                story = story if story is not None else _story_text(blocks, verdicts)
                if told(text, story, lex):
                    break
            out = out if out is not verdicts else list(verdicts)
            out[i], out[j] = _ROLE_LABEL, _UNDER_LABEL
    return out


def _over_label(
    blocks: list[Block], verdicts: list[Verdict], i: int, label: str, lex: Lexicon
) -> bool:
    """Whether the role's label at `i` names the person on the line over it: a line no rule
    placed, of names alone, where the line under the label reads as no byline with it (an
    author box: the name, "Author", then the bio)."""
    if i == 0 or verdicts[i - 1].reason not in (UNPLACED, _BY_DATE_REASON):
        return False  # a name by the date is a byline whose role the label says
    # The next line with words: an avatar's picture may sit between the label and the name.
    under = [j for j in range(i + 1, min(len(blocks), i + 5)) if blocks[j].text.strip()]
    below = blocks[under[0]].text if under else ""
    if below and parse_byline(f"{label}: {below}", lex) is not None:
        # Unless that name has a label of its own under it: each name over its role (Tempo's
        # "Nandita Rahmawati" / "Reporter" / "Bonifasius Hardiman" / "Editor").
        next_label = len(under) > 1 and role_label(blocks[under[1]].text, lex) is not None
        if not next_label:
            return False
    return bool(bare_names(blocks[i - 1].text, lex))  # not "By" over "Editor" (The Island)


def _story_text(blocks: list[Block], verdicts: list[Verdict]) -> str:
    """The body's words (`story_words`)."""
    body = (b.text for b, v in zip(blocks, verdicts, strict=True) if v.label is Label.BODY)
    return story_words(body)


def _credit_zones(blocks: list[Block], verdicts: list[Verdict], start: int) -> Iterator[int]:
    """The lines where an article's credits stand: between the title and the body's start, and
    from the body's last few lines to a few after it (sign-offs and contacts close a story)."""
    title = next((i for i, v in enumerate(verdicts[:start]) if v.label is Label.TITLE), None)
    if title is not None:
        yield from range(title + 1, start)
    last = next(
        (i for i in range(len(verdicts) - 1, -1, -1) if verdicts[i].label is Label.BODY), None
    )
    if last is not None:
        first = max(start, last - _CLOSING_REACH, (title or 0) + 1)
        yield from range(first, _closing_end(blocks, verdicts, last))


def _closing_end(blocks: list[Block], verdicts: list[Verdict], last: int) -> int:
    """Where the lines closing a story end: a few after its last paragraph, the short lines of
    its tags and share buttons not counted (Merdeka's writer's card under "Topik Terkait" and
    "Bagikan"), up to a box of other stories past the first few."""
    seen = 0
    end = min(len(verdicts), last + 1 + _MAX_FURNITURE_LINES)
    for j in range(last + 1, end):
        verdict = verdicts[j]
        if verdict.kind is BoilerplateKind.RELATED and j > last + _CLOSING_REACH:
            return j
        furniture = verdict.kind in _FURNITURE or verdict.label is Label.UNKNOWN
        if not (furniture and len(blocks[j].text.split()) <= _FURNITURE_WORDS):
            seen += 1
            if seen > _CLOSING_REACH:
                return j
    return end


#: The kinds of the short lines under a story (its tags, share buttons, labels), the most words
#: of one, and the most of them the story's credits may follow.
_FURNITURE = (
    BoilerplateKind.TAGS, BoilerplateKind.SHARE, BoilerplateKind.UI, BoilerplateKind.OTHER
)
_FURNITURE_WORDS = 3
_MAX_FURNITURE_LINES = 30


#: A first name shorter than this is an initial or too common a word to open a bio by.
_MIN_FIRST_NAME_CHARS = 3


def _bios(blocks: list[Block], verdicts: list[Verdict], lex: Lexicon) -> list[Verdict]:
    """The author's bio after the story is not the story: a body line at the end that opens with
    the name of someone a byline names, full or the surname alone, then a lowercase word ("Okafor
    covers local government ...", "Edith Cheung joined the Post in 2021 ..."), and the line of
    the bare name over it. A story hardly opens a paragraph with its own author's name."""
    # A bio without a final stop ("... More about Ann Lee") is shaped as a heading.
    body = [i for i, v in enumerate(verdicts) if v.label is Label.BODY or v.label is Label.HEADING]
    if len(body) < _MIN_BIO_BODY:
        return verdicts
    names = _byline_names(blocks, verdicts, lex)
    if not names:
        return verdicts
    out = verdicts
    verbs = frozenset(lex.speech.verbs)
    # Under the story's last line, past its update note ("Updated at 10:20 a.m. ET ..."), a
    # bio already set aside as after the body is still named one (the markup would take it
    # for the story's, inside the article's box).
    for i in range(body[-1] + 1, min(len(verdicts), body[-1] + 1 + _BIO_REACH)):
        text = blocks[i].text
        name = _named_at_start(text, names)
        if verdicts[i] is _AFTER_BODY and name is not None and _bio_like(text, name, verbs):
            out = out if out is not verdicts else list(verdicts)
            out[i] = _BIO
    for i in reversed(body[len(body) // 2 :]):
        text = blocks[i].text
        if text.strip().lower() in names:
            continue  # "THOMAS BEAUMONT" over his bio: taken with it
        name = _named_at_start(text, names)
        if name is None or not _bio_like(text, name, verbs):
            if out is not verdicts:
                break  # bios close the story: the first line back that is none ends them
            continue
        out = out if out is not verdicts else list(verdicts)
        out[i] = _BIO
        above = i - 1
        if above > 0 and _job_line(blocks[above].text, lex):
            out[above] = _BIO  # "Education Reporter" between the name and the bio
            above -= 1
        if above >= 0 and blocks[above].text.strip().lower() in names:
            out[above] = _BIO  # "Edith Cheung" over her bio
    return out


def _named_at_start(text: str, names: set[str]) -> str | None:
    """The longest of the byline's names `text` opens with, if any."""
    return max((n for n in names if text.startswith(n + " ")), key=len, default=None)


def _bio_like(text: str, name: str, verbs: frozenset[str]) -> bool:
    # A lowercase word after the name, and no quote or speech verb in the line: "Lee said ..."
    # closing a story by an Ann Lee is someone quoted; but "Ann Lee writes about ..." is her
    # beat.
    if not text[len(name) + 1 : len(name) + 2].islower() or _QUOTE_MARKS.search(text):
        return False
    if text[len(name) + 1 :].startswith(_BEAT_OPENERS):
        return True
    return verbs.isdisjoint(word.strip(".,;:").lower() for word in text.split())


def _byline_names(blocks: list[Block], verdicts: list[Verdict], lex: Lexicon) -> set[str]:
    """The names the page's bylines give, full, by surname and by first name ("Ayesha is a
    reporter covering ..."), and each full one lowercased."""
    names: set[str] = set()
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict.label is Label.DATE and len(names) <= _MAX_BIO_NAMES:
            people = names_before_date(block.text, lex)  # "Ann Lee · CBC News · Posted: ..."
        elif verdict.label is not Label.BYLINE or len(names) > _MAX_BIO_NAMES:
            continue
        else:
            people = parse_byline(block.text, lex) or bare_names(block.text, lex) or []
        for person in people:
            words = (person.name or "").split()
            if len(words) >= 2:
                names.update((person.name or "", words[-1]))
                if len(words[0]) >= _MIN_FIRST_NAME_CHARS and not words[0].endswith("."):
                    names.add(words[0])
    return names | {n.lower() for n in names if " " in n}


def _names_by_date(
    blocks: list[Block], verdicts: list[Verdict], start: int, lex: Lexicon
) -> list[Verdict]:
    """Between the title and the body, a line that is only a person's name, next to the date
    line (or one line apart), under a lone "By" or over the outlet's name, is the byline:
    "Noora Mykkanen" over "Published November 18", "Duncan Walker" over "BBC". Right by the
    date line, a few lines under the title, it may be in capitals ("DYLAN JONES" over "5 HOURS
    AGO"). Unless the lead names that person: then the line is the story's subject (a profile
    box, "Brandon Salim: Video"), not its author."""
    title = next((i for i, v in enumerate(verdicts[:start]) if v.label is Label.TITLE), None)
    if title is None:
        return verdicts
    # Which header lines stand near a date line, marked from each date (linear in the page).
    near = [False] * (start + 1)
    labels = {w.lower() for w in (*lex.dates.published, *lex.dates.updated)}
    # The date line right over the title too: "Oct 21, 2025 - Business" / headline / names.
    for d in range(max(0, title - 1), start):
        if verdicts[d].label is Label.DATE:
            # A date's label on the line above is part of it: "Updated" over "Sep 5, 2024".
            top = d - 1 if blocks[d - 1].text.strip(" :").lower() in labels else d
            for i in range(max(title + 1, top - _NAME_TO_DATE), min(start, d + _NAME_TO_DATE + 1)):
                near[i] = True
            # Over it, past the buttons by the byline ("+ FOLLOW" under each writer, SCMP), a
            # separator and a reading time ("Ann Lee & Bo Kim" / "•" / "5 min read").
            above = top - 1
            while (
                above > title
                and top - above <= _BUTTONS
                and by_the_byline(blocks[above].text, lex)
            ):
                above -= 1
            if above < top - 1 and above > title:
                near[above] = True
    lead: list[str] | None = None  # the first paragraphs, read when a name needs them
    out = verdicts
    for i in range(title + 1, start):
        if verdicts[i].reason != UNPLACED or blocks[i - 1].text.endswith(","):
            continue  # "Keir Starmer," / "David Lammy": a list of topics, not a byline
        if out[i - 1].label is Label.BYLINE and _job_line(blocks[i].text, lex):
            continue  # "Harriet Okonjo" / "Local Democracy Reporter": her beat, under her name
        # Or "By" on a line above, a time in the line itself ("Kyle Wiggers 7 hours"), or the
        # outlet's name on the line below.
        if not (
            near[i]
            or is_by_word(blocks[i - 1].text, lex)
            or timed_name(blocks[i].text, lex)
            or (i + 1 < start and is_outlet(blocks[i + 1].text, lex))
            or _and_after_byline(blocks, out, i, lex)
            or (i + 1 < start and _job_line(blocks[i + 1].text, lex))
        ):
            continue
        after = verdicts[i + 1] if i + 1 < len(verdicts) else UNDECIDED
        # Under "Oleh Ann Lee", one writer, a second writer's name alone goes on with the
        # byline (Liputan6); under "By Ann Lee and Bo Kim" a line is their desk's.
        goes_on = (
            verdicts[i - 1] is BYLINE
            and by_word_line(blocks[i - 1].text, lex)
            and len(parse_byline(blocks[i - 1].text, lex) or ()) == 1
        )
        if BYLINE in (verdicts[i - 1], after) and not goes_on:
            continue  # beside a labelled byline, which names the authors: "Dive Deeper"
        shouted = i - title <= _SHOUTED_REACH and Label.DATE in (verdicts[i - 1].label, after.label)
        text = blocks[i].text
        rest = after_conjunction(text, lex) if goes_on else None
        if rest is not None:
            # "By TAN MEI LING" / "and NUR AQILAH ZAINAL" (The Star): the byline's next writer.
            text, shouted = rest, True
        # Over the writer's job, a name of four plain words is a name: "Megan Teo Jia Hui".
        if i + 1 < start and _job_line(blocks[i + 1].text, lex):
            names = bare_names(text, lex, shouted=shouted, plain=_JOB_NAME_WORDS)
        else:
            names = bare_names(text, lex, shouted=shouted)
        if not names:
            continue
        if lead is None:
            lead = _lead(blocks, verdicts, start)
        if not any((name.name or "") in text for name in names for text in lead):
            out = out if out is not verdicts else list(verdicts)
            out[i] = Verdict(Label.BYLINE, None, _BY_DATE_REASON)
    return out


def _job_line(text: str, lex: Lexicon) -> bool:
    """Whether `text` is a writer's beat under the name, as BBC sets it: "Climate reporter",
    "Senior health correspondent", or the outlet's office the writer files for ("BBC News,
    Devon")."""
    words = text.lower().split()
    if not 0 < len(words) <= _MAX_JOB_WORDS:
        return False
    if words[-1] in lex.people.jobs:
        return True
    outlet, comma, office = text.partition(", ")
    return (
        bool(comma)
        and len(office.split()) <= _MAX_OFFICE_WORDS
        and office[:1].isupper()
        and is_outlet(outlet, lex)
    )


def _and_after_byline(blocks: list[Block], verdicts: list[Verdict], i: int, lex: Lexicon) -> bool:
    """Whether line `i` follows a lone "and" that follows a byline, its role's line between or
    not: "Ann Lee" / "Climate reporter" / "and" / "Bo Kim"."""
    if i < 2 or blocks[i - 1].text.strip().lower() not in lex.people.conjunctions:
        return False
    return any(verdicts[j].label is Label.BYLINE for j in range(max(0, i - 3), i - 1))


def _lead(blocks: list[Block], verdicts: list[Verdict], start: int) -> list[str]:
    body = (blocks[i].text for i in range(start, len(verdicts)) if verdicts[i].label is Label.BODY)
    return [text for text, _ in zip(body, range(_LEAD_PARAGRAPHS), strict=False)]


def _doubled(blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape]) -> list[Verdict]:
    """A sentence printed twice, line after line, on a copied page is a picture's caption: the
    page holds one for screen readers over the one on the picture (VOA), or one on each side of
    the picture's zoom button (Tribun's "zoom-in-whitePerbesar"); no paragraph repeats itself.
    A caption ends with a stop (or its credit's bracket); a headline printed twice does not."""
    if not blocks or blocks[0].tag is not None:
        return verdicts  # markup says what a picture's caption is
    texts = [b.text for b in blocks]
    twice = {t for t, n in Counter(texts).items() if n > 1 and t.rstrip().endswith((".", ")"))}
    if not twice:
        return verdicts
    out: list[Verdict] | None = None
    for i in (i for i, text in enumerate(texts) if text in twice):
        shape = shapes[i]
        # The copy right over it, or over the picture's marker over it.
        j = i - 2 if i > 1 and verdicts[i - 1].reason == IMAGE_MARKER_REASON else i - 1
        if not i or shape.words < _MIN_DOUBLED_WORDS or texts[i] != texts[j]:
            continue
        if not shape.sentence:
            continue
        labels = {verdicts[j].label, verdicts[i].label}
        # Either line may be a caption already, beside its credit.
        if labels <= _DOUBLED_LABELS and labels & {Label.BODY, Label.UNKNOWN}:
            # One picture: the second copy, which its credit follows, is its caption; the first
            # when its credit stands over it (Tribun: credit, caption, zoom button, caption).
            out = out or list(verdicts)
            above = verdicts[j - 1] if j > 0 and j == i - 2 else UNDECIDED
            first = above is LONE_CREDIT or above.label is Label.CREDIT
            caption, copy = (j, i) if first else (i, j)
            if first:
                out[j - 1] = _CREDIT_ABOVE
            out[copy] = _COPY_OF_CAPTION
            if out[caption].label is not Label.CAPTION:
                out[caption] = _DOUBLED
    return out or verdicts


def _captions(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], lex: Lexicon
) -> list[Verdict]:
    """The sentence beside a lone credit line is the picture's caption, unless a dateline opens
    it: then it is the story's lead, under a caption that carries its own credit ("ILUSTRASI.
    Kantor OJK. KONTAN/Bagas"). A credit with neither a caption nor a picture's marker beside it
    ("Reuters" in a menu) is not a credit."""
    out = list(verdicts)
    lines: set[str] | None = None  # the page's lines, read when a credit may be a breadcrumb
    side = 0  # where the page sets a caption from its credit, once a credit shows it
    owned = False  # whether a caption above carried its own credit
    openers = credit_words(lex).openers
    for i, verdict in enumerate(verdicts):
        if (
            verdict.label is Label.BYLINE
            and blocks[i].text.lower().startswith(openers)
            and _credit_over_caption(blocks, verdicts, shapes, i, lex)
        ):
            # "Foto: Republika/X" over a sentence, the story's dateline under it: no byline, the
            # credit of the picture that sentence captions.
            out[i], out[i + 1] = _CREDIT_ABOVE, _BESIDE_CREDIT
            continue
        if (
            verdict.label is Label.BYLINE
            and blocks[i].text.lower().startswith(openers)
            and _credit_under_caption(blocks, verdicts, shapes, i, lex)
        ):
            # A sentence, "Photographer: Ann Lee/Bloomberg" under it, then the story's prose.
            out[i - 1], out[i] = _BESIDE_CREDIT, _CREDIT_UNDER
            continue
        if verdict.reason == CAPTION_AND_CREDIT:
            owned = True
        if verdict is UNDECIDED and _photographer_under(blocks, verdicts, shapes, i, lex):
            out[i - 1], out[i] = _BESIDE_CREDIT, _CREDIT_UNDER
            continue
        if verdict is UNDECIDED and _outlet_over_caption(blocks, verdicts, shapes, i, lex):
            out[i], out[i + 1] = _CREDIT_ABOVE, _BESIDE_CREDIT
            continue
        if verdict.label is not Label.CREDIT:
            continue
        if _menu_path(blocks, shapes, i):
            out[i] = _CRUMBS  # "Hong Kong/Society" over SCMP's headline: its sections
            continue
        if "/ " in blocks[i].text:
            lines = lines if lines is not None else {b.text for b in blocks}
            parts = blocks[i].text.split("/")
            if all(p.strip() in lines or is_menu_item(p, lex) for p in parts):
                # "Indonesia / Jakarta", each part a menu item of the page (or its home page's
                # link: "Home / Surabaya Raya / Hukum & Kriminal"; SCMP's "China/ Science"):
                # a breadcrumb.
                out[i] = _CRUMBS
                continue
        caption, credit = split_credit(blocks[i].text, lex)
        if credit is not None and len(caption.split()) >= _MIN_OWN_CAPTION_WORDS:
            # "Ilustrasi hujan deras. Medcom.id/Anang B": the caption with its credit, no
            # neighbour's (the lead under it is the story's).
            out[i] = _OWN_CAPTION
            owned = True
            continue
        after_marker = i > 0 and verdicts[i - 1].reason == IMAGE_MARKER_REASON
        # "Sumber :" alone over the credit: its label, the caption above it.
        labelled = i > 1 and credit_label_alone(blocks[i - 1].text, lex)
        above = i - 2 if labelled else _past_controls(verdicts, i)
        order: tuple[int, ...] = (i + 1, above) if after_marker or side > 0 else (above, i + 1)
        if labelled:
            order = (above,)  # the label stands between its caption and the credit
        elif owned and not side and not after_marker and _bracketed(blocks[i].text):
            # Where captions carry their own credits in brackets, one alone in brackets under a
            # paragraph is the writer's sign-off ("(TribunSorong.com/Ann Lee)"), and the
            # paragraph no caption.
            order = (i + 1,)
        elif side and not after_marker:
            # Once the page has shown its side, a caption is looked for there only: a credit
            # under the last paragraph of a page that sets credits over captions is a sign-off
            # ("(Tribunpontianak.co.id/Ani Lestari)"), and the paragraph no caption.
            order = (i + 1,) if side > 0 else (above,)
        beside = [
            j
            for j in order
            if 0 <= j < len(verdicts)
            and _caption_like(verdicts[j], shapes[j])
            and not _quoted(blocks[j].text)
            and not ticker(blocks[j].text)
            and not _opens_story(blocks, j, lex)
            and not _headline_over_byline(blocks, verdicts, j)
        ]
        if beside:
            out[beside[0]] = _BESIDE_CREDIT
            if labelled and beside[0] == above:
                out[i - 1] = _CREDIT_LABEL
            if len(beside) == 1 and not side and not labelled:
                # A page sets its credits on one side of their captions: where a credit has a
                # caption on one side only, that side is the page's (BBC: over the caption).
                side = beside[0] - i
        else:
            around = [out[j].label for j in (i - 1, i + 1) if 0 <= j < len(out)]
            if Label.CAPTION not in around and not after_marker:
                out[i] = LONE_CREDIT
    return out


#: How many share buttons may stand between a caption and the story it opens.
_BUTTON_ROW = 8
_BUTTON_KINDS = (BoilerplateKind.SHARE, BoilerplateKind.UI)
#: How many buttons a caption's credit may stand under ("hide caption", "toggle caption").
_CAPTION_CONTROLS = 2
#: How many lines under a caption the story's own dateline may come (a picture's zoom label,
#: the headline again and a row of share buttons may stand between, as on Tribun's pages).
_DATELINE_BELOW = 15


#: How many lines above a kicker the menu its sections are items of may stand, and the most
#: words of a menu's item.
_MENU_REACH = 30
_MAX_MENU_ITEM_WORDS = 3


def _menu_path(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """Whether a credit-shaped line "A/B" is a path of the page's sections: each part a line of
    a menu above it (a short line between short lines), as SCMP's "Hong Kong/Society" kicker
    over the headline is. A photographer named alone above ("Ann Lee", by the date) stands
    by longer lines."""
    parts = [p.strip() for p in blocks[i].text.split("/")]
    if not 2 <= len(parts) <= 4 or not all(
        0 < len(p.split()) <= _MAX_MENU_ITEM_WORDS for p in parts
    ):
        return False
    lo = max(1, i - _MENU_REACH)
    items = {
        blocks[k].text.strip()
        for k in range(lo, i - 1)
        if shapes[k].words <= _MAX_MENU_ITEM_WORDS
        and shapes[k - 1].words <= _MAX_MENU_ITEM_WORDS
        and shapes[k + 1].words <= _MAX_MENU_ITEM_WORDS
        and not shapes[k].sentence
    }
    return all(p in items for p in parts)


def _past_controls(verdicts: list[Verdict], i: int) -> int:
    """The line over credit `i`, past the caption's buttons between them: NPR's caption, then
    "hide caption" / "toggle caption", then the credit."""
    above = i - 1
    while (
        above > 0
        and i - above <= _CAPTION_CONTROLS
        and verdicts[above].kind is BoilerplateKind.UI
        and verdicts[above].reason != IMAGE_MARKER_REASON
    ):
        above -= 1
    return above


def _bracketed(text: str) -> bool:
    text = text.strip()
    return text[:1] == "(" and text[-1:] == ")"


def _credit_over_caption(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether line `i` stands over a caption: a sentence under it, then the story's start,
    past a row of share buttons (Republika: "Foto: ..." / caption / "Share" / "Facebook" ...)."""
    k = i + 2
    while k < len(blocks) and k - i - 2 < _BUTTON_ROW and verdicts[k].kind in _BUTTON_KINDS:
        k += 1
    return (
        k < len(blocks)
        and _caption_like(verdicts[i + 1], shapes[i + 1])
        and not _opens_story(blocks, i + 1, lex)
        and _opens_story(blocks, k, lex)
    )


def _credit_under_caption(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether line `i` stands under a caption: a sentence over it, the story's prose (or its
    dateline) under it."""
    return (
        0 < i < len(blocks) - 1
        and _caption_like(verdicts[i - 1], shapes[i - 1])
        and not _opens_story(blocks, i - 1, lex)
        and (verdicts[i + 1].reason == "long" or _opens_story(blocks, i + 1, lex))
    )


def _outlet_over_caption(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether line `i` is an outlet's name alone ("BBC") over a caption with no stop, the
    story's prose under that: BBC sets a picture's credit over its caption, and credits its
    own pictures to itself. Not under a byline: "By Ann Lee" / "Associated Press" is her
    agency."""
    return (
        0 < i < len(blocks) - 2
        and verdicts[i - 1].label is not Label.BYLINE
        and _caption_like(verdicts[i + 1], shapes[i + 1])
        and not shapes[i + 1].sentence
        and verdicts[i + 2].label is Label.BODY
        and is_outlet(blocks[i].text, lex)
        and not _opens_story(blocks, i + 1, lex)
    )


def _photographer_under(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether line `i` is a photographer's bare name under a wire photo's caption, a sentence
    that ends with the day the picture was taken ("..., on Wednesday, Sept. 24, 2025.", The
    Hill), the story's prose under it; the name may have the paper after a comma ("Ann Lee,
    Detroit Free Press")."""
    name, _, paper = blocks[i].text.partition(", ")
    words = len(paper.split())
    if paper and (words > _MAX_PAPER_WORDS or not all(w[0].isupper() for w in paper.split())):
        return False
    if i == 0 or shapes[i].words > _MAX_PHOTOGRAPHER_WORDS + words or not shapes[i - 1].digits:
        return False
    if not _credit_under_caption(blocks, verdicts, shapes, i, lex):
        return False
    caption = blocks[i - 1].text.rstrip(" .")
    hits = find_dates(caption, lex)
    dated = bool(hits) and hits[-1].end >= len(caption) - 1
    return dated and bare_name(name, lex) is not None


def _opens_story(blocks: list[Block], j: int, lex: Lexicon) -> bool:
    """Whether a dateline opens the line: the story's start. A caption may open with a kicker
    shaped like one ("ANTRE - Sejumlah truk ..." under a Tribun photo); it is not the story's
    when the story's own, naming its outlet, comes a few lines below."""
    line = read_dateline(blocks[j].text, lex)
    if line is None:
        return False
    if line.outlet:
        return True
    # Kaltim Post's "PEMERIKSAAN: Auditor ..." over "TENGGARONG–Inspektorat ...": the one
    # below, with no outlet either, is the story's when the one here is a kicker in capitals.
    kicker = line.location is not None and line.location.isupper() and " " not in line.location
    below = (read_dateline(b.text, lex) for b in blocks[j + 1 : j + 1 + _DATELINE_BELOW])
    return not any(found is not None and (found.outlet or kicker) for found in below)


def _teasers(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """Body-shaped lines that open alike, over and over, are a feed of teasers: "DETIKNEWS |
    Kamis 18 Jun 2015, 07:20 WIB Seorang korban ...". A story does not start its paragraphs
    with the same two words again and again."""
    openings = [
        " ".join(b.text.split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS]).lower()
        if v.label is Label.BODY
        else ""
        for b, v in zip(blocks, verdicts, strict=True)
    ]
    counts = Counter(openings)
    # A feed is much of the page's prose; four paragraphs opening "The company" in a long
    # story are not.
    needed = max(_FEED_REPEATS, _FEED_SHARE * (len(openings) - counts[""]))
    return [
        _TEASER if opening and counts[opening] >= needed else verdict
        for opening, verdict in zip(openings, verdicts, strict=True)
    ]


def _headline_over_byline(blocks: list[Block], verdicts: list[Verdict], j: int) -> bool:
    """Whether line `j` is a headline, with no full stop, over a byline or a date line: under
    a section's name in capitals that reads as a credit ("NEWSINFO / NATION"), no caption."""
    return (
        j + 1 < len(verdicts)
        and verdicts[j + 1].label in (Label.BYLINE, Label.DATE)
        and not blocks[j].text.rstrip(_CLOSERS).endswith((".", "…"))
    )


def _quoted(text: str) -> bool:
    """Whether a paragraph opens with a quote mark: someone's words, which the story quotes and
    a caption hardly does (a writer's sign-off, "(Bola.net/Galih R)", under the story's last
    quote is no credit of it)."""
    return text.lstrip()[:1] in _OPENING_QUOTES


_OPENING_QUOTES = "\"“‘«„'"


def _caption_like(verdict: Verdict, shape: Shape) -> bool:
    return verdict.label in (Label.UNKNOWN, Label.BODY) and shape.words >= _MIN_SHORT_SENTENCE_WORDS


def _score(verdict: Verdict, shape: Shape) -> float:
    if verdict.label is Label.BODY:
        return float(shape.size)
    if _transparent(verdict):
        return 0.0  # neither joins nor parts the paragraphs around it
    if verdict.label in _SURE_NOT_BODY:
        return -_COST_KNOWN
    if shape.sentence and shape.words >= _MIN_SHORT_SENTENCE_WORDS:
        return shape.size * _SHORT_SENTENCE_WEIGHT
    return -_COST_UNKNOWN


def body_spans(
    verdicts: list[Verdict],
    shapes: list[Shape],
    dated: Callable[[int], bool] = lambda i: False,
    signed: Callable[[int], bool] = lambda i: False,
) -> list[tuple[int, int]]:
    """The stretches `[start, end)` of the article's body, in page order; [(0, 0)] when the page
    has no body line at all.

    The body starts with the earliest run nearly as dense as the densest (comments, teaser feeds,
    cookie notices and footers follow the article), and goes on into the runs that follow it
    closely and are made of prose: a "More from UK" box inside a story splits it in two, while
    a comment (one paragraph after its date) or a teaser (a headline, then its summary) is not
    made of prose lines in a row. `dated(i)` tells whether line `i` opens with a dateline: a
    run of prose right above the first that opens with one is the story's lead. `signed(i)`
    tells whether line `i` is a story's sign-off of initials ("(afr/des)"): a paragraph alone
    a few lines above one, after the story's runs, is its last (detik sets it apart with a
    "Baca juga" box above and a video's promotion below).
    """
    runs = _runs(verdicts, shapes)
    if not runs:
        return [(0, 0)]
    best = max(total for total, _, _ in runs)
    first = next(i for i, (total, _, _) in enumerate(runs) if total >= best * _FIRST_RUN_SHARE)
    spans = [runs[first][1:]]
    apart = _lead_apart(runs[:first], runs[first][1], verdicts, shapes, dated)
    if apart is not None:
        spans.insert(0, apart)
    for _, start, end in runs[first + 1 :]:
        if start - spans[-1][1] > _MAX_SPLIT_GAP:
            break
        if not _prose_run(verdicts, start, end):
            break
        spans.append((start, end))
    spans[-1] = (spans[-1][0], _before_teasers(verdicts, *spans[-1]))
    last = _signed_last(verdicts, spans[-1][1], signed)
    return spans if last is None else [*spans, (last, last + 1)]


def _lead_apart(
    before: list[tuple[float, int, int]],
    after: int,
    verdicts: list[Verdict],
    shapes: list[Shape],
    dated: Callable[[int], bool],
) -> tuple[int, int] | None:
    """The story's lead standing apart over a box inside the story (Al Jazeera's "Recommended
    Stories" after two paragraphs): the nearest run of prose above the story's first (past a
    linked headline of the box, a run of its own), when it opens with a dateline (`dated`), or
    when what parts the two is a box (`_box_between`) or a dated box (`_dated_box_between`)."""
    for _, start, end in reversed(before):
        if after - end > _MAX_SPLIT_GAP:
            return None
        if not _prose_run(verdicts, start, end):
            continue
        parted = (
            dated(start)
            or _dated_box_between(verdicts, shapes, start, end, after)
            or _box_between(verdicts, end, after)
        )
        return (start, end) if parted else None
    return None


def _box_between(verdicts: list[Verdict], end: int, after: int) -> bool:
    """Whether a box of other stories right after a run of prose parts it from the rest, with
    no byline or date between (Al Jazeera's "Recommended Stories" / "list 1 of 4" / ... after
    the lead's third paragraph): a box set inside the story, not another story's header."""
    return verdicts[end].kind is BoilerplateKind.RELATED and not any(
        v.label in _BARRIERS for v in verdicts[end:after]
    )


def _dated_box(
    verdicts: list[Verdict], shapes: list[Shape], spans: list[tuple[int, int]]
) -> list[Verdict]:
    """A name over the date of a box parting the story's first two runs (`_dated_box_between`)
    is the box's label, no writer of the story: "Current Issue" over a magazine's issue date."""
    if len(spans) < 2 or not _dated_box_between(verdicts, shapes, *spans[0], spans[1][0]):
        return verdicts
    return [
        _DATED_BOX if spans[0][1] <= i < spans[1][0] and v.label in _BOX_LABELS else v
        for i, v in enumerate(verdicts)
    ]


def _dated_box_between(
    verdicts: list[Verdict], shapes: list[Shape], start: int, end: int, after: int
) -> bool:
    """Whether the date line parting two runs of prose is a box's inside the story (a
    magazine's "Current Issue" / "December 25, 2023 Issue"), not a header of the run after it:
    the story's own date line stands above the first run, and no headline comes between."""
    if not any(v.label is Label.DATE for v in verdicts[:start]):
        return False
    between = range(end, after)
    return (
        len(between) <= _DATED_BOX_LINES
        and any(verdicts[i].label is Label.DATE for i in between)
        and not any(
            verdicts[i].label is Label.UNKNOWN and shapes[i].words > _NAME_LINE_WORDS
            for i in between
        )
    )


def _before_teasers(verdicts: list[Verdict], start: int, end: int) -> int:
    """Where the story's last run ends: before a box of related stories at its end whose
    cards each show one summary under their headline ("More related stories" / "QLD News" /
    headline / summary, twice), not two paragraphs in a row, which only a story goes on with
    ("RELATED" / one headline, then the story's next paragraphs)."""
    # One walk: the last paragraph another paragraph follows, past what neither joins nor parts
    # paragraphs (an ad's slot, a label the site repeats between them: `_transparent`), and
    # how many paragraphs come after each line.
    paired = -1
    last = -1  # the last line that is not transparent
    after = [0] * (end - start + 1)
    for i in range(start, end):
        verdict = verdicts[i]
        if verdict.label is Label.BODY and last >= 0 and verdicts[last].label is Label.BODY:
            paired = last
        if not _transparent(verdict):
            last = i
    for i in range(end - 1, start - 1, -1):
        after[i - start] = after[i - start + 1] + (verdicts[i].label is Label.BODY)
    for head in range(start, end):
        if verdicts[head].kind is not BoilerplateKind.RELATED:
            continue
        # Past this head, no paragraph follows another: each card's one summary is alone.
        alone = paired <= head
        bodies = after[head - start + 1]
        if bodies >= _MIN_TEASERS and alone and verdicts[head + 1].label is not Label.BODY:
            return head
    return end


def _transparent(verdict: Verdict) -> bool:
    # The site's label between paragraphs ("Article content"), an ad's slot ("Story
    # continues below"), a player's length ("01:42") and a box the page lets readers skip
    # ("skip past newsletter promotion" ... "after newsletter promotion").
    return (
        verdict is _REPEATED
        or verdict is PLAYER_LENGTH
        or verdict.kind is _AD
        or verdict is _SKIPPED_BOX
        or verdict is _CHART_BOX
    )


def _signed_last(verdicts: list[Verdict], end: int, signed: Callable[[int], bool]) -> int | None:
    """The story's last paragraph standing apart a few lines after its runs, when its sign-off
    of initials follows it closely: past a box, a paragraph, then past a promotion "(afr/des)"."""
    for j in range(end, min(len(verdicts), end + _CLOSING_REACH)):
        if verdicts[j].label is not Label.BODY:
            continue
        after = range(j + 1, min(len(verdicts), j + 1 + _SIGN_OFF_REACH))
        if any(verdicts[k].label is Label.BYLINE and signed(k) for k in after):
            return j
        return None
    return None


def _prose_run(verdicts: list[Verdict], start: int, end: int) -> bool:
    # A site's label repeated between the paragraphs ("Article content") thins out no prose.
    body = lines = 0
    for v in verdicts[start:end]:
        body += v.label is Label.BODY
        lines += v is not _REPEATED
    return body >= _MIN_SPLIT_PARAGRAPHS and body >= _MIN_SPLIT_DENSITY * lines


def _repeated(blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape]) -> list[Verdict]:
    """A short undecided line the page repeats many times is the site's furniture, a label it
    sets before every paragraph or box ("Article content", "Story continues"), not a heading
    of the story."""
    counts: Counter[str] = Counter(
        b.text for b, v, shape in zip(blocks, verdicts, shapes, strict=True)
        if v.label is Label.UNKNOWN
        and shape.letters
        and shape.words <= _MAX_REPEATED_WORDS
        and not shape.sentence
    )
    if not counts or max(counts.values()) < _MIN_PAGE_REPEATS:
        return verdicts
    return [
        _REPEATED if v.label is Label.UNKNOWN and counts[b.text] >= _MIN_PAGE_REPEATS else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


def _runs(verdicts: list[Verdict], shapes: list[Shape]) -> list[tuple[float, int, int]]:
    """Every positive stretch of line scores, cut where the running sum falls to zero (Kadane),
    as (sum, start, end), in page order."""
    runs: list[tuple[float, int, int]] = []
    best, best_start, best_end = 0.0, 0, 0
    total, start, gap = 0.0, 0, 0
    for i, (verdict, shape) in enumerate(zip(verdicts, shapes, strict=True)):
        # A relative time ("22 hours ago") only costs: TimesLive prints it under the lead.
        barrier = verdict.label in _BARRIERS and verdict.reason != "relative date"
        if total <= 0 or barrier:
            if best > 0:
                runs.append((best, best_start, best_end))
            best, total, start, gap = 0.0, 0.0, i, 0
        if barrier:
            # Nothing runs through a byline or a date line: the body ends there ("(bgs/rul)",
            # "(Reporting by ...)"); a comment starts after its date.
            start = i + 1
            continue
        score = _score(verdict, shape)
        # A gap of non-body lines costs more with every line: one subheading or "Baca juga"
        # inside the body is cheap to cross, a list of headlines after it is not.
        gap = gap + 1 if score < 0 else 0
        total += score * gap if score < 0 else score
        if total > best:
            best, best_start, best_end = total, start, i + 1
    if best > 0:
        runs.append((best, best_start, best_end))
    return runs


def _dateline_start(
    blocks: list[Block], verdicts: list[Verdict], start: int, end: int, lex: Lexicon
) -> int:
    seen = 0
    for i in range(start, end):
        if verdicts[i].label is not Label.BODY:
            continue
        if read_dateline(blocks[i].text, lex) is not None:
            return i
        seen += 1
        if seen >= _DATELINE_REACH:
            break
    return start


def _sure_dateline(text: str, lex: Lexicon) -> bool:
    """A dateline no heading imitates: with the outlet's name, or the place in capitals
    ("SINGAPORE:", "DUBAI, United Arab Emirates —"); "Our Research Shows –" is a heading's."""
    dateline = read_dateline(text, lex)
    if dateline is None:
        return False
    place = (dateline.location or "").split(",")[0]
    return bool(dateline.outlet) or place.isupper()


def _split_dateline(blocks: list[Block], start: int, lex: Lexicon) -> int:
    """How many lines above line `start` are a dateline copied a piece a line, the last a lone
    dash ("Madison, Wisconsin" / "CNN" / "—"); 0 when they are not."""
    if start < 2 or blocks[start - 1].text.strip() not in (*_DASHES, "--"):
        return 0
    for lines in (3, 2):
        if lines > start:
            continue  # no line above the page's first
        pieces = blocks[start - lines : start]
        short = all(len(b.text.split()) <= _DATELINE_PIECE_WORDS for b in pieces)
        if short and _bare_dateline(" ".join(b.text.strip() for b in pieces), lex):
            return lines
    return 0


def _bare_dateline(text: str, lex: Lexicon) -> bool:
    return text.endswith(_DASHES) and read_dateline(text + " X", lex) is not None


def _read_more_heads(blocks: list[Block], verdicts: list[Verdict], lex: Lexicon) -> list[Verdict]:
    """The verdicts as a box of links inside the story is looked for (`_after_widget`): a
    "Read more" between the story's paragraphs heads the headlines under it, as "Baca juga:"
    does, though alone it reads as a button (and stays one outside the story, where the tags
    may follow it)."""
    heads = verdicts
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict.kind is BoilerplateKind.UI and opens_related(block.text, lex):
            heads = heads if heads is not verdicts else list(verdicts)
            heads[i] = _READ_MORE
    return heads


def _in_run(
    verdicts: list[Verdict],
    shapes: list[Shape],
    i: int,
    heads: list[Verdict],
    blocks: list[Block],
    lex: Lexicon,
) -> Verdict:
    verdict, shape = verdicts[i], shapes[i]
    if verdict.label is Label.BODY and _linked_headline(blocks, heads, shapes, i):
        return _WIDGET_LINK
    if verdict.label is not Label.UNKNOWN:
        return verdict
    if not shape.sentence and _by_player(verdicts, i):
        return _VIDEO_CARD  # the video's title, over or under its length ("02:47")
    opens = blocks[i].text.endswith(":")  # "Berikut aturannya:", which no headline ends with
    over_body = _over_body(verdicts, i, blocks[i].text)
    # A headline may ask ("Deretan Band ... Reuni di 2025, Siapa Saja?"): under another of the
    # box's links, a question is one more.
    asks = i > 0 and verdicts[i - 1].label is Label.UNKNOWN and _asks(blocks[i].text)
    numbered = _numbered_heading(blocks, shapes, i)
    if (
        (not shape.sentence or asks)
        and not opens
        and not (numbered and over_body)
        and _after_widget(heads, i, shapes, bare=True)
        and not (over_body and _subheading_under_link(blocks, heads, shapes, i, lex))
    ):
        # "Baca Juga:" on its own line, then the linked headline(s).
        return _WIDGET_LINK
    if shape.sentence and shape.words >= _MIN_SHORT_SENTENCE_WORDS // 2:
        return _SENTENCE_IN_BODY
    if (
        over_body
        and (_heading_like(shape) or _one_word_heading(blocks, verdicts, shapes, i, lex))
        and not _bracketed(blocks[i].text)  # "(Photos by ...)": a credit, in its brackets
    ):
        return _HEADING_IN_BODY
    if numbered and _over_body(verdicts, i, ""):
        return _HEADING_IN_BODY  # "2. Pengungsi tersebar di 14 titik" over a picture
    return verdict


#: A line opening with a list's number: "2. ", "3) ".
_LIST_NUMBER = re.compile(r"(\d{1,2})[.)]\s+\S")
#: How many lines apart the story's numbered subheadings may stand, and the fewest words of
#: the prose between two of them.
_NUMBERED_REACH = 8
_MIN_PROSE_WORDS = 8


def _numbered_heading(blocks: list[Block], shapes: list[Shape], i: int) -> bool:
    """Whether line `i` is one of the story's numbered subheadings ("1. Bangun di jam yang
    sama", a listicle's tips): short, its number one away from another such line a few lines
    off, with prose between them. A box's numbered links ("1. ...", "2. ..." of the most read)
    stand a line apart each."""
    match = _LIST_NUMBER.match(blocks[i].text)
    if match is None or shapes[i].sentence or shapes[i].words > _MAX_HEADING_WORDS:
        return False
    number = int(match[1])
    for k in range(max(0, i - _NUMBERED_REACH), min(len(blocks), i + _NUMBERED_REACH + 1)):
        if abs(k - i) < 2:
            continue
        other = _LIST_NUMBER.match(blocks[k].text)
        if other is None or abs(int(other[1]) - number) != 1 or (int(other[1]) > number) != (k > i):
            continue
        between = range(min(i, k) + 1, max(i, k))
        if any(shapes[j].sentence and shapes[j].words >= _MIN_PROSE_WORDS for j in between):
            return True
    return False


def _asked_links(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape]
) -> list[Verdict]:
    """A box's headline that asks, under another of its links ("Baca Juga" / "Musim Hujan
    Belum Usai, ..." / "Vaksin Dengue untuk Anak: Siapa yang Boleh ...?"): one clause ending in
    a question mark, which the words alone took for a paragraph, is left undecided like the
    box's other links, for the box to take (see `_in_run`)."""
    out = verdicts
    for i in range(2, len(verdicts)):
        if (
            verdicts[i].label is Label.BODY
            and verdicts[i - 1].label is Label.UNKNOWN
            and shapes[i].words <= _MAX_LINKED_WORDS
            and _asks(blocks[i].text)
            and ". " not in blocks[i].text
            and _after_widget(verdicts, i - 1, shapes, bare=True)
        ):
            out = out if out is not verdicts else list(verdicts)
            out[i] = UNDECIDED
    return out


def _asks(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith("?")


def _over_body(verdicts: list[Verdict], i: int, text: str) -> bool:
    """Whether a paragraph follows line `i`, or comes after the caption, credit and zoom
    button of a picture that opens the section a subheading heads (Liputan6: subheading,
    picture, paragraphs). Over a picture, only words make a subheading: not a link's label and its
    headline ("SEE MORE: ..."), a gallery's button ("View 3 Images"), a caption's start cut at
    its bracket."""
    j = i + 1
    # Past an advertisement's label ("Advertisement" between a subheading and its section).
    while j < min(len(verdicts), i + 1 + _PICTURE_LINES) and verdicts[j].kind is _AD:
        i, j = j, j + 1
    while j < min(len(verdicts), i + 1 + _PICTURE_LINES) and _pictured(verdicts[j]):
        j += 1
    if j == i + 1:
        return j < len(verdicts) and verdicts[j].label is Label.BODY
    # An empty `text`: a line known to be a subheading by other means (its list number).
    plain = not text or (text[-1:].isalpha() and not any(c.isdigit() or c in ":(" for c in text))
    return plain and j < len(verdicts) and verdicts[j].label is Label.BODY


def _by_player(verdicts: list[Verdict], i: int) -> bool:
    """Whether line `i` is over a player's length, or under one with no title over it: a
    video titled over its length ("Video: ..." / "00:01:42") leaves the line under it to the
    story (its subheading)."""
    if i + 1 < len(verdicts) and verdicts[i + 1] is PLAYER_LENGTH:
        return True
    return (
        i > 0
        and verdicts[i - 1] is PLAYER_LENGTH
        and (i < 2 or verdicts[i - 2].kind not in _VIDEO_TITLE_KINDS)
    )


def _subheading_under_link(
    blocks: list[Block], heads: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether a short line over a paragraph, under "Baca juga:" and the headline it links to,
    is the story's next subheading ("Syarat Ikut Pemutihan"): shorter than headlines are (half
    the headline over it at most; "Smelter workers strike for pay" under "Tin prices climb as
    mine stays shut" is the box's second link), and in the words of the paragraphs around it,
    as a related card's writer ("Teddy Ostrow") is not."""
    linked = i >= 2 and heads[i - 1].label is Label.UNKNOWN
    if not (linked and _heading_like(shapes[i])):
        return False
    short = shapes[i].words <= min(_MAX_SUBHEADING_WORDS, shapes[i - 1].words // 2)
    if short:
        # In the story's words, or written as a phrase, not a name: "Slow progress" (a card's
        # writer, "Teddy Ostrow", is all capitals).
        return _story_speaks_of(blocks, i, lex) or _phrase_cased(blocks[i].text)
    # Longer, it heads the paragraph under it in that paragraph's own words, all but one
    # ("Manggarai Masih Jadi Stasiun Tersibuk" over "... Manggarai masih menjadi simpul
    # tersibuk ..."): a link's headline is another story's.
    return (
        shapes[i].words <= _MAX_SUBHEADING_WORDS
        and i + 1 < len(blocks)
        and told(blocks[i].text, story_words([blocks[i + 1].text]), lex, but=1)
    )


def _phrase_cased(text: str) -> bool:
    """Whether a short line is written as a phrase is, a word after the first in lowercase
    ("Slow progress"), not as a name or a headline in title case."""
    words = text.split()[1:]
    return any(w[:1].islower() and len(w) > 2 for w in words)


def _story_speaks_of(blocks: list[Block], i: int, lex: Lexicon) -> bool:
    """Whether a word of line `i` is one of the lines around it ("Requirements" of "are
    required"): a subheading is the story's; a card's writer ("Teddy Ostrow") is not."""
    near = blocks[max(0, i - _NEAR_PARAGRAPHS) : i + _NEAR_PARAGRAPHS]
    around = story_words(b.text for b in near if b is not blocks[i])
    return told(blocks[i].text, around, lex, every=False)


def _one_word_heading(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], i: int, lex: Lexicon
) -> bool:
    """Whether one capitalised word between two paragraphs is a subheading ("Requirements"):
    no lexicon phrase named it ("Advertisement"), and it is a word, not a name's initials."""
    text = blocks[i].text.strip()
    return (
        shapes[i].words == 1
        and i > 0
        and verdicts[i - 1].label is Label.BODY
        and len(text) >= _MIN_HEADING_WORD_CHARS
        and text[0].isupper()
        and text[1:].islower()
        and text.isalpha()
        and _story_speaks_of(blocks, i, lex)
        and not _recurs_near(blocks, i)
    )


def _recurs_near(blocks: list[Block], i: int) -> bool:
    """Whether line `i` is written again among the lines around it: a widget's label that
    recurs between paragraphs ("Video" over each player), which no subheading does."""
    text = blocks[i].text.strip()
    near = blocks[max(0, i - _NEAR_PARAGRAPHS) : i + _NEAR_PARAGRAPHS]
    return any(b is not blocks[i] and b.text.strip() == text for b in near)


def _after_widget(
    verdicts: list[Verdict], i: int, shapes: list[Shape], *, bare: bool = False
) -> bool:
    """Whether a related-stories header ("Baca Juga:") sits a few lines above. Outside the body
    the header must be a phrase of two words or more: a one-word menu item such as "Terkini"
    heads a menu, not a box of links. Inside it (`bare`), a header with its own headline
    ("READ: Rice importers agree to ...") is a whole card: the subheading under it is the
    story's."""
    j = i - 1
    # Past the box's links and the labels between them ("Metro News" over each headline).
    while (
        j >= 0
        and (verdicts[j].label is Label.UNKNOWN or verdicts[j] is _REPEATED)
        and i - j <= _MAX_WIDGET_LINKS
    ):
        j -= 1
    if j < 0 or verdicts[j].kind is not BoilerplateKind.RELATED:
        return False
    if bare:
        return shapes[j].words <= _MAX_WIDGET_HEADER_WORDS
    # Nor does a promotion with its own headline ("Tonton juga Video: Detik-detik ...").
    return _MIN_WIDGET_HEADER_WORDS <= shapes[j].words <= _MAX_WIDGET_HEADER_WORDS


def _linked_headline(
    blocks: list[Block], heads: list[Verdict], shapes: list[Shape], i: int
) -> bool:
    """Whether a line long enough to be prose is the headline a bare "Baca Juga" right over it
    links to: no stop closes it ("Jadwal Ganjil Genap ..., Catat Tanggalnya!")."""
    if i == 0 or heads[i - 1].kind is not BoilerplateKind.RELATED:
        return False
    if shapes[i - 1].words > _MAX_BARE_HEADER_WORDS or shapes[i].words > _MAX_LINKED_WORDS:
        return False
    return not blocks[i].text.rstrip(_CLOSERS + " ").endswith((".", ":", ";", ","))


def _heading_like(shape: Shape) -> bool:
    return 2 <= shape.words <= _MAX_HEADING_WORDS and shape.upper_start and shape.letters


def _outside(verdicts: list[Verdict], shapes: list[Shape], i: int, start: int) -> Verdict:
    verdict = verdicts[i]
    linked = verdict.label is Label.UNKNOWN and not shapes[i].sentence
    if (
        linked
        and _after_widget(verdicts, i, shapes)
        and not _headed_story(verdicts, shapes, i, start)
    ):
        # The headlines under "Berita Terkait" above the story are links, not its title.
        return _WIDGET_LINK
    if verdict.label is not Label.BODY:
        return verdict
    if i < start:
        return _PROSE_BEFORE_BODY
    return _AFTER_BODY


def _headed_story(verdicts: list[Verdict], shapes: list[Shape], i: int, start: int) -> bool:
    """Whether a line is the story's headline under a "Latest News" or "Top News" kicker, not
    a link of that box: its byline follows it, or its date line does, right over the story
    (past a bare name and a "4 min read", or past its standfirst, see `_over_standfirst`)."""
    if i + 1 < len(verdicts) and verdicts[i + 1].label is Label.BYLINE:
        return True
    return any(
        k < len(verdicts) and verdicts[k].label is Label.DATE and 0 < start - k <= _DATE_OVER_STORY
        for k in (i + 1, i + 2)
    ) or _over_standfirst(verdicts, shapes, i, start)


def _over_standfirst(verdicts: list[Verdict], shapes: list[Shape], i: int, start: int) -> bool:
    """Whether line `i` heads the story's standfirst (one line of prose longer than it), past
    which only short lines (its section, the writer's name) stand before the byline or the
    date right over the story: "Headline" / "Visitors will ..." / "News" / "Harriet Cole" /
    "09:15, 14 Nov 2025". A box's next link is no longer than the one before it."""
    k = i + 1
    if k >= len(verdicts) or verdicts[k].label is not Label.BODY:
        return False
    if shapes[k].words <= shapes[i].words:
        return False
    for k in range(i + 2, min(len(verdicts), i + 2 + _STANDFIRST_REACH)):
        if verdicts[k].label is Label.BYLINE or (
            verdicts[k].label is Label.DATE and 0 < start - k <= _DATE_OVER_STORY
        ):
            return True
        if verdicts[k].label is not Label.UNKNOWN or shapes[k].words > _NAME_LINE_WORDS:
            return False
    return False


def _page_links(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The digits after "Halaman" are its page links ("12": pages 1 and 2)."""
    out = list(verdicts)
    for i in range(1, len(blocks)):
        if verdicts[i - 1].kind is not BoilerplateKind.PAGINATION:
            continue
        if blocks[i].text.replace(" ", "").isdigit():
            out[i] = _PAGE_LINKS
    return out


def _recurring(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], start: int, end: int
) -> list[Verdict]:
    """A headline between the story's paragraphs, under a line that is not the story's ("Read
    more", another such headline), that the page prints again in a box after the story is a
    link to that other story, not a subheading of this one. A live blog's entries, each under
    its time ("2 hours ago 10:05 Jon King") and listed again below, stay; so do subheadings
    under a paragraph."""
    below = {
        blocks[i].text.strip().casefold()
        for i in range(end, len(blocks))
        if verdicts[i].label is Label.BOILERPLATE
        and not shapes[i].sentence
        and _MIN_RECURRING_WORDS <= shapes[i].words <= _MAX_RECURRING_WORDS
    }
    if not below:
        return verdicts
    out = verdicts
    for i in range(start, min(end, len(blocks))):
        if (
            verdicts[i].label in (Label.BODY, Label.HEADING)
            and i > 0
            and out[i - 1].label is Label.BOILERPLATE
            and not shapes[i - 1].digits
            and not shapes[i].sentence
            and _MIN_RECURRING_WORDS <= shapes[i].words <= _MAX_RECURRING_WORDS
            and blocks[i].text.strip().casefold() in below
        ):
            out = out if out is not verdicts else list(verdicts)
            out[i] = _RECURRING
    return out


def _settle(verdict: Verdict, before: bool) -> Verdict:
    if verdict.label is not Label.UNKNOWN:
        return verdict
    return _UNPLACED_BEFORE if before else _UNPLACED
