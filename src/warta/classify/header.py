"""The header above the body: which line is the title, which the description (lead-in, dek).

Candidates apart from choosing (after htmldate): `title_candidates` scores every title-shaped line
before the body; `label_header` takes the best, then the first prose line after it as the
description, and marks repeats of the title ("zoom-in <title>") as such.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote

from warta.blocks import Block, Label
from warta.classify.shape import UNDECIDED, Shape, Verdict
from warta.fields.images import closed_by_credit
from warta.fields.people import bare_names
from warta.ingest.urls import split
from warta.lang.schema import Lexicon
from warta.records import BoilerplateKind

__all__ = ["TitleCandidate", "label_header", "slug_words", "title_candidates"]

_MIN_TITLE_WORDS = 2
_MAX_TITLE_WORDS = 35
_MIN_TITLE_CHARS = 12
_MAX_TITLE_CHARS = 300
_MIN_DESCRIPTION_WORDS = 8
#: A dek is a sentence or two; a longer line between the title and the body is the lead.
_MAX_DESCRIPTION_WORDS = 35
#: A dek without a final stop must be longer than the headline of a related story.
_MIN_UNSTOPPED_DESCRIPTION_WORDS = 14
#: How far below a candidate to look for the byline or date that usually follows a title (a dek
#: and an "Author of the article:" label may sit between).
_NEAR = 4
_FAR = 7
#: Weights of the evidence for a title. A byline or a date below it is the strongest sign, one
#: above it weaker (detik dates above the title); a dek (a long line) right under it and a repeat
#: elsewhere on the page ("zoom-in <title>", a breadcrumb) are next; a line among other
#: title-shaped lines is a menu or a list of related stories; a short line right by a date is
#: the author's name.
_META_NEAR = 3.0
_META_FAR = 2.0
_META_ABOVE = 1.5
#: A byline among the lines under it: the story's header, not a list item with its date.
_BYLINE_NEAR = 0.5
_DEK_BELOW = 1.5
_DEK_WORDS = 12
_DEK_UNDER_TITLE = -2.0
_REPEATED = 2.0
_IN_LIST = -2.5
_SHOUTING = -2.0
#: A line ending with a full stop is a headline less often than a lead or a caption is.
_STOPPED = -1.0
#: A headline stands under its section's name, which the page prints elsewhere too.
_UNDER_SECTION = 0.5
#: Under this score, or in a few words, the best line ending without a stop is no headline (a
#: name, a menu's item).
_WEAK_TITLE = 2.0
#: Under a short prompt ("Confidential tip?", "Contact us:") stands its answer, not a headline.
_UNDER_PROMPT = -2.0
_PROMPT_WORDS = (2, 4)
_NAME_BY_DATE = -3.0
_UNDER_BYLINE = -1.5
_NAME_WORDS = 3
#: The most words of a section's name set over the headline ("Israel & the Region").
_KICKER_WORDS = 4
#: The longest line of a few writers' names ("Ann Lee, Bo Kim and Jo Hale").
_MAX_NAMES_WORDS = 10
_TOO_SHORT = -1.5
_PER_WORD = 0.3
_WORDS_COUNTED = 14
#: Longer than this, a line is more likely a dek or a caption than a title.
_LONG_TITLE_WORDS = 18
_PER_WORD_TOO_MANY = -0.25
#: Nearness to the body breaks ties, no more: some pages put a hundred menu lines between.
_SEPARATORS = (" | ", " · ", " • ", " / ", " » ", " › ", " > ")
_MENU_SEPARATORS = 2
_CLOSERS = "'\"”’»)]"
#: "…as residents cry foul": the second half of a two-line dek, never a headline.
_CONTINUATIONS = ("…", "...")
#: Icon-font ligatures copied as text ("account_circle", "expand_more") mark a toolbar.
_ICON_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b")
_MIN_REPEAT_WORDS = 6
_MAX_BULLET_CHARS = 3
_MIN_DISTINCT_SHARE = 0.6
_PER_LINE_AWAY = 0.01
_MAX_AWAY = 1.0
#: How many title-shaped lines above the body are looked for inside other lines of the page.
_REPEAT_REACH = 40
_META = (Label.BYLINE, Label.DATE, Label.CREDIT, Label.CAPTION)
_DATED = (Label.BYLINE, Label.DATE)
#: The URL's slug is made from the headline ("/2024/07/31/banjir-rendam-bogor"): a line holding
#: most of its words is the headline, whatever stands around it. A slug of fewer words says too
#: little ("/news/123456", "/politik"); an edited headline keeps only part of the slug's words.
_SLUG_MIN_WORDS = 3
_SLUG_MIN_SHARE = 0.5
_SLUG_MIN_SHARED = 3
_SLUG_MATCH = 6.0
_SLUG_CLAIM_SHARE = 0.8
_LIST_KINDS = (BoilerplateKind.RELATED, BoilerplateKind.NAVIGATION)
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class TitleCandidate:
    index: int
    score: float


def label_header(
    blocks: list[Block],
    verdicts: list[Verdict],
    shapes: list[Shape],
    start: int,
    slug: frozenset[str] = frozenset(),
    lex: Lexicon | None = None,
) -> list[Verdict]:
    """Label the title, the description and the title's repeats among `blocks[:start]`;
    `slug` holds the words of the page's URL slug (`slug_words`), when the URL is known; with
    `lex`, a line of people's names by the date is known for the byline it is."""
    candidates = title_candidates(blocks, verdicts, shapes, start, slug, lex) or title_candidates(
        blocks, _captions_undone(blocks, verdicts, start), shapes, start, slug, lex
    )
    if _weak(candidates, shapes):
        # No line reads as a headline (a menu's "Still Standing", "Kelsey Marlowe" by the date):
        # the headline may end with a full stop ("... to move there. Here's who qualifies.").
        candidates = title_candidates(blocks, verdicts, shapes, start, slug, lex, stopped=True)
    if not candidates:
        return verdicts
    best = _headline_over_date(blocks, verdicts, candidates, max(candidates, key=_rank))
    out = list(verdicts)
    out[best.index] = Verdict(Label.TITLE, None, "title")
    key = _key(blocks[best.index].text)
    for i, block in enumerate(blocks):
        # "zoom-in <title>", "<title> - Outlet": the title again, with little around it.
        if not len(key) <= len(block.text) <= len(key) * 2 or key not in _key(block.text):
            continue
        # A repeat with a date ("<title> November 21, 2025" in a list of recent posts) dates it.
        if i != best.index and verdicts[i].label not in (Label.BODY, Label.DATE):
            out[i] = Verdict(Label.BOILERPLATE, BoilerplateKind.TITLE_REPEAT, "title repeat")
    # In HTML, past the headline's byline or date, a line inside the story's container when
    # the headline is outside it is the story's own, not the headline's dek.
    outside = not blocks[best.index].in_article
    dated = False
    for i in range(best.index + 1, start):
        dated = dated or out[i].label in _DATED
        dek = shapes[i].sentence or shapes[i].words >= _MIN_UNSTOPPED_DESCRIPTION_WORDS
        dek = dek and _MIN_DESCRIPTION_WORDS <= shapes[i].words <= _MAX_DESCRIPTION_WORDS
        if dek and dated and outside and blocks[i].in_article:
            break
        if out[i].label is Label.UNKNOWN and dek:
            if lex is not None and blocks[i].text.endswith(")") and closed_by_credit(
                blocks[i].text, lex
            ):
                continue  # "PERAHU TENGGELAM - Tim SAR ... (Humas Basarnas)": a caption
            out[i] = Verdict(Label.DESCRIPTION, None, "after title")
            break
    return out


def _weak(candidates: list[TitleCandidate], shapes: list[Shape]) -> bool:
    """Whether the best candidate is no headline by its looks: a few words, or a low score."""
    if not candidates:
        return True
    best = max(candidates, key=_rank)
    return best.score < _WEAK_TITLE or shapes[best.index].size <= _NAME_WORDS


def _rank(candidate: TitleCandidate) -> tuple[float, int]:
    return candidate.score, candidate.index


def _headline_over_date(
    blocks: list[Block], verdicts: list[Verdict], candidates: list[TitleCandidate],
    best: TitleCandidate,
) -> TitleCandidate:
    """The headline over the date line, when the line chosen says the same under it with no
    date or byline of its own: the picture's label that repeats the headline over its caption
    (Disway's "Reporter:" / name / "Editor:" / name / date run stands between the two)."""
    under = range(best.index + 1, min(len(verdicts), best.index + 1 + _NEAR))
    if any(verdicts[j].label in _DATED for j in under):
        return best  # its own date or byline under it: the headline ("Now Reading" bar above)
    key = _key(blocks[best.index].text)
    for c in candidates:
        if c.index >= best.index:
            break
        if _key(blocks[c.index].text) == key and any(
            verdicts[j].label is Label.DATE for j in range(c.index + 1, best.index)
        ):
            return c
    return best


def _captions_undone(blocks: list[Block], verdicts: list[Verdict], start: int) -> list[Verdict]:
    """On a page with no title-shaped line, the headline may have been taken for the caption of
    the picture under it ("What is the OBR?" over "Getty Images"): a "caption" above the body
    that does not end with a full stop is undecided again."""
    return [
        UNDECIDED if i < start and v.reason == "beside credit" and _unstopped(blocks[i].text) else v
        for i, v in enumerate(verdicts)
    ]


def _unstopped(text: str) -> bool:
    return not text.rstrip(_CLOSERS).endswith((".", "…"))


def title_candidates(
    blocks: list[Block],
    verdicts: list[Verdict],
    shapes: list[Shape],
    start: int,
    slug: frozenset[str] = frozenset(),
    lex: Lexicon | None = None,
    stopped: bool = False,
) -> list[TitleCandidate]:
    """Every title-shaped line before the body, scored; with `stopped`, those ending with a full
    stop right over the date or the byline too."""
    shaped = [
        _title_shaped(
            blocks[i].text, verdicts[i], shapes[i], slug, stopped and _dated_under(verdicts, i)
        )
        for i in range(start)
    ]
    repeats = _repeats(blocks, [i for i in range(start) if shaped[i]])
    scored = [
        TitleCandidate(i, _title_score(blocks, verdicts, shapes, shaped, i, start, repeats, lex))
        for i in range(start)
        if shaped[i]
    ]
    if not slug or not scored:
        return scored
    # The slug adds at most _SLUG_MATCH: a line further behind than that cannot win with it.
    reach = max(c.score for c in scored) - _SLUG_MATCH
    return [
        TitleCandidate(c.index, c.score + _slug_score(blocks[c.index].text, slug))
        if c.score >= reach
        else c
        for c in scored
    ]


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's slug, its path segment with the most word separators: empty when
    there is no URL or the slug has too few words to tell a headline.

    >>> sorted(slug_words("https://x.co.id/read/2024/07/31/12345/banjir-rendam-bogor-timur?page=2"))
    ['banjir', 'bogor', 'rendam', 'timur']
    >>> slug_words("https://x.com/news/123456")
    frozenset()
    """
    parts = split(url) if url else None
    if parts is None:
        return frozenset()
    segments = [unquote(part) for part in parts.path.split("/") if part]
    if not segments:
        return frozenset()
    slug = max(segments, key=lambda part: part.count("-") + part.count("_"))
    words = frozenset(_slug_words_of(slug))
    return words if len(words) >= _SLUG_MIN_WORDS else frozenset()


def _slug_words_of(text: str) -> list[str]:
    # Slugs drop accents and case: "Café à Paris" is "cafe-a-paris".
    plain = text.casefold()
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    # and apostrophes: "you'll" is "youll".
    return _SLUG_WORD.findall(plain.replace("'", "").replace("\u2019", ""))


def _slug_claims(text: str, slug: frozenset[str]) -> bool:
    """A line taken for a list item (the article's own headline in a "Latest" list above it)
    is still a candidate when it holds nearly all of the slug's words."""
    return _slug_score(text, slug) >= _SLUG_MATCH * _SLUG_CLAIM_SHARE


def _slug_score(text: str, slug: frozenset[str]) -> float:
    if not slug:
        return 0.0
    shared = len(slug.intersection(_slug_words_of(text)))
    share = shared / len(slug)
    return _SLUG_MATCH * share if share >= _SLUG_MIN_SHARE and shared >= _SLUG_MIN_SHARED else 0.0


def _repeats(blocks: list[Block], candidates: list[int]) -> Counter[int]:
    """How often each candidate's text shows again on the page, alone or with little around it:
    the test `label_header` marks title repeats by ("zoom-in <title>", "Home <title>", a
    breadcrumb glued to the title, "<title> - Outlet"). Only the candidates nearest the body are
    searched inside other lines (keeping the cost linear); the rest count exact repeats.

    The page's lines are casefolded one at a time: only the candidates' counts and the lines
    long enough and short enough to hold a searched candidate are kept (all of them, with a
    count for every line, were a copy of the page held at classification's peak), a candidate's
    line as its key itself."""
    near = candidates[-_REPEAT_REACH:]
    keys = {i: _key(blocks[i].text) for i in candidates}
    exact = Counter(dict.fromkeys(keys.values(), 0))
    shortest = min((len(keys[i]) for i in near), default=0)
    longest = 2 * max((len(keys[i]) for i in near), default=-1)
    window: list[str] = []
    # Casefolding only lengthens a text: a line longer than every key and than the window's
    # longest can be neither (and a long line casefolded costs twelve bytes a character).
    reach = max(longest, max(map(len, keys.values()), default=0))
    for i, block in enumerate(blocks):
        if len(block.text) > reach:
            continue
        # A candidate's line gives its key, not a second casefolded copy held in the window.
        key = keys.get(i) or _key(block.text)
        if key in exact:
            exact[key] += 1
        if shortest <= len(key) <= longest:
            window.append(key)
    found = Counter({i: exact[keys[i]] - 1 for i in candidates})
    # Keys sorted by length: the lines as long as a key to twice as long are one slice, found by
    # bisection, instead of a length test on every line of the page for every candidate.
    window.sort(key=len)
    lengths = [len(key) for key in window]
    for i in near:
        key = keys[i]
        lo = bisect_left(lengths, len(key))
        hi = bisect_right(lengths, len(key) * 2, lo)
        # The slice holds the candidate's own line, which always contains its key.
        found[i] = sum(1 for other in window[lo:hi] if key in other) - 1
    return found


def _dated_under(verdicts: list[Verdict], i: int) -> bool:
    """Whether a date or a byline line stands right under line `i`, or one line below it."""
    return any(j < len(verdicts) and verdicts[j].label in _DATED for j in (i + 1, i + 2))


def _title_shaped(
    text: str,
    verdict: Verdict,
    shape: Shape,
    slug: frozenset[str] = frozenset(),
    dated: bool = False,
) -> bool:
    """Whether a line may be the headline. One ending with a full stop may when the date or
    the byline is right under it ("... to move there. Here's who actually qualifies.")."""
    unknown = verdict.label is Label.UNKNOWN
    if not unknown and not (slug and verdict.kind in _LIST_KINDS):
        return False
    # `size`, not `words`: a Japanese or Chinese title has no spaces between its words.
    return (
        shape.size >= _MIN_TITLE_WORDS
        and shape.words <= _MAX_TITLE_WORDS
        and _MIN_TITLE_CHARS <= len(text) <= _MAX_TITLE_CHARS
        and shape.letters
        and not text.endswith((",", ":", ".."))
        and (dated or not text.endswith("."))
        and not _menu_like(text)
        and not text.startswith(_CONTINUATIONS)
        and not _ICON_NAME.search(text)
        and not _repetitive(text)
        and (unknown or _slug_claims(text, slug))
    )


def _repetitive(text: str) -> bool:
    # "Share via EmailShare via FacebookShare via X": a row of buttons says the same words over.
    words = text.casefold().split()
    return len(words) >= _MIN_REPEAT_WORDS and len(set(words)) < len(words) * _MIN_DISTINCT_SHARE


def _menu_like(text: str) -> bool:
    # "TWITTER | Facebook | REGISTER | SIGN IN", "Home » Jayapura » Kesehatan": items between
    # separators, a menu or a breadcrumb, not a headline (which may carry one " | Outlet" at
    # its end).
    return sum(text.count(mark) for mark in _SEPARATORS) >= _MENU_SEPARATORS


def _title_score(
    blocks: list[Block], verdicts: list[Verdict], shapes: list[Shape], shaped: list[bool],
    i: int, start: int, repeats: Counter[int], lex: Lexicon | None = None,
) -> float:
    words = shapes[i].words
    score = min(words, _WORDS_COUNTED) * _PER_WORD
    score += max(0, words - _LONG_TITLE_WORDS) * _PER_WORD_TOO_MANY
    score -= min((start - i) * _PER_LINE_AWAY, _MAX_AWAY)
    score += _meta_score(verdicts, i)
    if words <= _NAME_WORDS and _meta_at(verdicts, (i - 1, i + 1)):
        score += _NAME_BY_DATE
    elif _names_by_meta(blocks[i].text, words, verdicts, i, lex):
        score += _NAME_BY_DATE  # "Carmen Velásquez, Nate Holloway" over the lead picture
    elif shapes[i].size <= _NAME_WORDS:
        score += _TOO_SHORT  # a section or a topic ("Jeffrey Epstein"), rarely a headline
    if i + 1 < len(shapes) and shapes[i + 1].words >= _DEK_WORDS:
        score += _DEK_BELOW
    above = shapes[i - 1].words if i > 0 and shaped[i - 1] else 0
    # A short line over it that the page prints elsewhere too is a section the menu names, as
    # is a section's path ("Local News | Transportation").
    section = above <= _KICKER_WORDS and (repeats[i - 1] > 0 or " | " in blocks[i - 1].text)
    if above > _NAME_WORDS and words >= _DEK_WORDS and words >= above and not section:
        # A long line right under a headline no longer than itself is its dek (under a kicker
        # such as "South Africa" it is the headline, as under "Israel & the Region").
        score += _DEK_UNDER_TITLE
    elif section and above:
        score += _UNDER_SECTION  # "Hong Kong Economy" over the headline, its summary under it
    if i > 0 and verdicts[i - 1].label is Label.BYLINE:
        # The byline closes the header: right under it sits a picture's caption or the lead.
        score += _UNDER_BYLINE
    if repeats[i]:
        score += _REPEATED
    if _in_list(blocks, verdicts, shaped, i, start):
        score += _IN_LIST
    if blocks[i].text.isupper():
        score += _SHOUTING
    if blocks[i].text.endswith("."):
        score += _STOPPED
    if i > 0 and _asks(blocks[i - 1].text):
        score += _UNDER_PROMPT
    return score


def _names_by_meta(
    text: str, words: int, verdicts: list[Verdict], i: int, lex: Lexicon | None
) -> bool:
    """Whether a line of a few people's names, joined by commas or "and", stands right by a
    date, a byline or a caption: the writers of the story, not its headline."""
    if lex is None or words > _MAX_NAMES_WORDS or not _meta_at(verdicts, (i - 1, i + 1)):
        return False
    joined = "," in text or any(f" {word} " in text for word in lex.people.conjunctions)
    return joined and len(bare_names(text, lex)) > 1


def _asks(text: str) -> bool:
    """A line of a site's contact box that a link answers: "Contact us:" over "Provide news
    feedback", "Confidential tip?" over "Send a tip to our reporters" (a kicker over a headline
    is one word: "EXCLUSIVE:").

    >>> _asks("Confidential tip?"), _asks("Site feedback:"), _asks("EXCLUSIVE:")
    (True, True, False)
    """
    if not text.endswith((":", "?")):
        return False
    return _PROMPT_WORDS[0] <= len(text.split()) <= _PROMPT_WORDS[1]


def _in_list(
    blocks: list[Block], verdicts: list[Verdict], shaped: list[bool], i: int, start: int
) -> bool:
    """Among other headlines: title-shaped lines on both sides, or every other line with the
    same kind of line between (a list of related stories, each with its date), or the same
    mark ("»", "•") on both sides. A line whose date has the byline under it heads the story."""
    if 0 < i < start - 1 and shaped[i - 1] and shaped[i + 1]:
        # Kicker, title, dek, then the byline or the date: a headline with its own.
        return not _meta_at(verdicts, (i + 2, i + 3))
    mark = blocks[i - 1].text if i > 0 else ""
    if i < start - 1 and _bullet(mark) and blocks[i + 1].text == mark:
        return True
    for j in (i - 2, i + 2):
        between = (i + j) // 2
        if 0 <= j < start and shaped[j] and verdicts[between].label is not Label.UNKNOWN:
            other = 2 * i - between
            if 0 <= other < len(verdicts) and verdicts[other].label is verdicts[between].label:
                return not (other == i + 1 and _byline_at(verdicts, i + 2))
    return False


def _bullet(text: str) -> bool:
    # A mark between the items of a list, no word in it: "»", "•", "|".
    return 0 < len(text) <= _MAX_BULLET_CHARS and not any(ch.isalnum() for ch in text)


def _byline_under(verdicts: list[Verdict], i: int) -> bool:
    """A byline in the run of date and byline lines right under line `i`."""
    for j in range(i + 1, min(len(verdicts), i + 1 + _NEAR)):
        if verdicts[j].label is Label.BYLINE:
            return True
        if verdicts[j].label not in _META:
            return False
    return False


def _byline_at(verdicts: list[Verdict], i: int) -> bool:
    return i < len(verdicts) and verdicts[i].label is Label.BYLINE


def _meta_score(verdicts: list[Verdict], i: int) -> float:
    if _meta_at(verdicts, range(i + 1, i + 1 + _NEAR)):
        return _META_NEAR + (_BYLINE_NEAR if _byline_under(verdicts, i) else 0.0)
    if _meta_at(verdicts, range(i + 1 + _NEAR, i + 1 + _FAR)):
        return _META_FAR
    return _META_ABOVE if _meta_at(verdicts, (i - 1,)) else 0.0


def _meta_at(verdicts: list[Verdict], indices: Iterable[int]) -> bool:
    return any(0 <= j < len(verdicts) and verdicts[j].label in _META for j in indices)


def _key(text: str) -> str:
    # Block texts come with their spaces collapsed; case is all that differs between repeats.
    return text.casefold()
