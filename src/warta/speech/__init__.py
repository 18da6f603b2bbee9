"""Quotes and reported speech, with speakers resolved across the article.

The stages: find the quotations of each paragraph (`marks`), keep those with an attribution
(`direct`), find reported speech outside them (`reported`), then resolve every attribution to a
person named in the article (`speakers`).
"""

from __future__ import annotations

from typing import NamedTuple

from warta.blocks.spaces import WINDOW, windows
from warta.lang.schema import Lexicon
from warta.records import PARAGRAPH_SEPARATOR, Quote, Span, paragraph_offsets
from warta.speech.direct import Found, find_direct
from warta.speech.grammar import (
    CUE,
    PEOPLE,
    REPORTED,
    Grammar,
    Tok,
    View,
    Views,
    grammar,
    mask,
    tokens,
)
from warta.speech.marks import Marked, scan
from warta.speech.reported import find_reported
from warta.speech.speakers import (
    Mention,
    MentionKind,
    Person,
    Registry,
    aged,
    introductions,
)

__all__ = ["MAX_QUOTES", "find_quotes"]

#: Quotes read from one article at most, and people introduced in it: news articles hold tens
#: of each; a page of thousands is a transcript dump or an attack, and what reading them holds
#: grows with them (as `warta.numbers.MAX_FIGURES` bounds figures).
MAX_QUOTES = 1000
_MAX_INTRODUCTIONS = 2 * MAX_QUOTES
#: Quotations (quote marks' pairs) read from one article at most: a few for every quote, as
#: scare quotes and titles are quotations too.
_MAX_QUOTATIONS = 4 * MAX_QUOTES

#: How many of the first paragraphs keep their tokens once read: a full name is looked for
#: from the article's start, and people are most often named in full there.
_EARLY = 8
_NO_MARKS: list[Marked] = []
_NO_REGIONS: list[tuple[int, int]] = []
#: How many read paragraphs with people in them are held, tokens and all, waiting for an
#: attribution at or after them (then their introductions are found without reading them
#: again); a few, so that memory does not grow with the article.
_HELD = 8
#: How many paragraphs after a role alone ("its acting director said") may name the person.
_AHEAD = 2


def find_quotes(paragraphs: list[str], lex: Lexicon, *, dateline: str = "") -> list[Quote]:
    """Direct and reported quotes in the body, in reading order, spans into the joined text; at
    most `MAX_QUOTES` an article.
    `dateline`: the dateline opening the first paragraph, as written ("MEXICO CITY (AP) —"),
    which no content starts in.

    >>> from warta.lang import lexicon
    >>> quotes = find_quotes(["Kepala Dinas Pendidikan, Dr. Hj. Endang Purwaningsih, M.Pd., "
    ...                       "mengatakan, sekolah dibuka pekan depan.",
    ...                       "“Kami siap,” kata Endang, Senin (3/6/2024)."], lexicon("id"))
    >>> [(q.kind.value, q.speaker) for q in quotes]
    [('indirect', 'Endang Purwaningsih'), ('direct', 'Endang Purwaningsih')]
    >>> quotes[0].text
    'sekolah dibuka pekan depan'
    """
    gram = grammar(lex)
    # A paragraph longer than a window (prose hardly has one) is read as windows cut at its
    # sentences' ends, each a paragraph here: the tokens held at once are a window's.
    layout = _layout(paragraphs)
    paragraphs = layout.texts
    marks, readable = _scanned(paragraphs)
    regions = [[m.region for m in ms] if ms else _NO_REGIONS for ms in marks]
    kinds = [gram.kinds(p.lower()) if i < readable else 0 for i, p in enumerate(paragraphs)]
    # Cheap early exit: only paragraphs that may hold an attribution are tokenised: with quote
    # marks, one with an attribution word; without, one where reported speech may start. One
    # with quote marks and no such word can hold only a quote alone in its paragraph, found
    # without tokens; its quotes are masked all the same, so no name is ever read inside them.
    read = [bool(k & CUE if rs else k & REPORTED) for k, rs in zip(kinds, regions, strict=True)]
    # Speakers may be introduced in any paragraph up to the last attribution, and only there;
    # paragraphs with no role word, title or relative pronoun introduce no one.
    people = [bool(k & PEOPLE) or aged(p) for k, p in zip(kinds, paragraphs, strict=True)]
    views = Views(paragraphs, regions, read, gram)
    early: dict[int, list[Tok]] = {}
    found, intros, later = _find(marks, views, read, people, early, gram)
    if not found:
        return []
    last = max(f.attribution.paragraph for f in found)
    wholes: set[int] = set()
    introduced = sum(map(len, intros.values()))
    for i in later:
        if i <= last and introduced < _MAX_INTRODUCTIONS:
            toks, whole = _read(paragraphs[i], regions[i])
            if whole:
                wholes.add(i)
            if i < _EARLY:
                early[i] = toks
            intros[i] = introductions(paragraphs[i], toks, gram)
            introduced += len(intros[i])
    registry = Registry(gram, frozenset(), paragraphs, regions, wholes, made=early)
    if dateline and paragraphs[0].startswith(dateline):
        found = [_past(f, len(dateline), paragraphs[0]) for f in found]
    return _resolve(found, [(i, intros[i]) for i in sorted(intros) if i <= last], registry, layout)


class _Layout(NamedTuple):
    """The paragraphs as the stage reads them (`texts`: the article's, or windows of the long
    ones), and for each the article's paragraph it is in and where it starts in `Article.text`."""

    texts: list[str]
    paragraph: list[int]
    offsets: list[int]


def _layout(paragraphs: list[str]) -> _Layout:
    offsets = paragraph_offsets(paragraphs)
    if all(len(p) <= WINDOW for p in paragraphs):
        return _Layout(paragraphs, list(range(len(paragraphs))), offsets)
    texts: list[str] = []
    index: list[int] = []
    starts: list[int] = []
    for i, (paragraph, offset) in enumerate(zip(paragraphs, offsets, strict=True)):
        for start, text in windows(paragraph):
            texts.append(text)
            index.append(i)
            starts.append(offset + start)
    return _Layout(texts, index, starts)


def _scanned(paragraphs: list[str]) -> tuple[list[list[Marked]], int]:
    """The quotations of each paragraph, and how many paragraphs are read: all, unless they
    hold more than `_MAX_QUOTATIONS` (a page of quote marks, not an article), when those after
    the paragraph that passes it are neither scanned nor read."""
    # Most paragraphs have no quote: they share one empty list (never changed).
    marks: list[list[Marked]] = []
    total = 0
    for i, paragraph in enumerate(paragraphs):
        if total >= _MAX_QUOTATIONS:
            return marks + [_NO_MARKS] * (len(paragraphs) - i), i
        found = scan(paragraph) or _NO_MARKS
        total += len(found)
        marks.append(found)
    return marks, len(paragraphs)


def _past(found: Found, lead: int, first: str) -> Found:
    """A quote whose content starts inside the dateline of the first paragraph, started after
    it: "MEXICO CITY (AP) — Mexico's economy grew ..., the institute said."."""
    paragraph, start, end = found.parts[0]
    if paragraph or start >= lead:
        return found
    begin = len(first) - len(first[lead:].lstrip())
    if begin >= end:
        return found
    return found._replace(parts=((paragraph, begin, end), *found.parts[1:]))


def _find(
    marks: list[list[Marked]],
    views: Views,
    read: list[bool],
    people: list[bool],
    early: dict[int, list[Tok]],
    gram: Grammar,
) -> tuple[list[Found], dict[int, list[tuple[int, Mention]]], list[int]]:
    """The quotes of the article, read paragraph by paragraph (a paragraph's tokens are dropped
    once it is read), and the people introduced in the paragraphs read: in those up to an
    attribution already found, as they are read or soon after (a few views are `held` until
    an attribution at or after them turns up); the others (`later`, paragraphs with people
    still to read) only once the last attribution is known."""
    direct: list[Found] = []
    reported: list[Found] = []
    intros: dict[int, list[tuple[int, Mention]]] = {}
    later: list[int] = []
    held: list[View] = []
    used: dict[int, list[tuple[int, int]]] = {}
    groups = find_direct(views, marks, gram)
    pending = next(groups, None)
    furthest = -1  # the furthest paragraph holding an attribution found so far
    introduced = 0
    for i in range(len(read)):
        if len(direct) + len(reported) >= MAX_QUOTES:
            break
        # Every group starting here or before is read: every attribution region in `i` is known.
        while pending is not None and pending[0] <= i:
            _, attribution, quote = pending
            if attribution is not None:
                used.setdefault(attribution.paragraph, []).append(attribution.region)
                furthest = max(furthest, attribution.paragraph)
            if quote is not None:
                direct.append(quote)
            pending = next(groups, None)
        if pending is not None and pending[1] is not None:
            furthest = max(furthest, pending[1].paragraph)
        v = views[i] if read[i] else None
        if v is not None and v.toks:
            here = find_reported(v, used.pop(i, []), gram)
            reported.extend(here)
            if here:
                furthest = max(furthest, i)
            if people[i]:
                held.append(v)
        elif people[i]:
            later.append(i)
        while held and held[0].paragraph <= furthest:
            done = held.pop(0)
            if introduced < _MAX_INTRODUCTIONS:
                intros[done.paragraph] = introductions(done.text, done.toks, gram)
                introduced += len(intros[done.paragraph])
        if len(held) > _HELD:
            later.append(held.pop(0).paragraph)
        if v is not None and i < _EARLY:
            early[i] = v.toks
        views.drop(i)
    later.extend(v.paragraph for v in held)
    return sorted(direct + reported, key=_where)[:MAX_QUOTES], intros, sorted(later)


def _read(text: str, regions: list[tuple[int, int]]) -> tuple[list[Tok], bool]:
    """The tokens of a paragraph that may name people: its quotes masked, unless nothing but
    quotes is left, then whole (a paragraph that is all one quote may still introduce
    someone); and whether it was read whole despite quotes."""
    toks = tokens(mask(text, regions)) if regions else []
    if toks:
        return toks, False
    return tokens(text), bool(regions)


def _where(found: Found) -> tuple[int, int]:
    first = found.parts[0]
    return first[0], first[1]


def _resolve(
    found: list[Found],
    intros: list[tuple[int, list[tuple[int, Mention]]]],
    registry: Registry,
    layout: _Layout,
) -> list[Quote]:
    """The quotes with their speakers, in the order of the text. Each found quote is let go as
    its record is made (`found` is emptied), so that the two are not all held at once."""
    introduced = [(i, at, m) for i, found_at in intros for at, m in found_at]
    mentions = [m for _, _, m in introduced] + [
        f.attribution.mention for f in found if f.attribution.mention is not None
    ]
    registry.known = frozenset(
        m.run[0] for m in mentions if m.kind is MentionKind.NAME and len(m.run) == 1
    )
    events: list[tuple[int, int, int, Mention | None, Found | None]] = [
        (p, at, 0, m, None) for p, at, m in introduced
    ] + [(f.attribution.paragraph, f.attribution.at, 1, f.attribution.mention, f) for f in found]
    del introduced, mentions
    found.clear()
    events.sort(key=lambda e: e[:3])
    events.reverse()  # taken from the end, in order
    last_speaker: Person | None = None
    quotes: list[Quote] = []
    # An article quotes a few people a few times each, with a few cue words ("kata", "ujar"):
    # each name, role and cue is held once in the article, not once a quote (~60 bytes apiece).
    held: dict[str, str] = {}
    # The paragraph each person of the registry was first seen in, and the quotes whose speaker
    # is a role no one named yet: (quote, paragraph, the role's words).
    seen_in = [-1] * len(registry.people)
    ahead: list[tuple[int, int, set[str]]] = []
    while events:
        paragraph, _, _, mention, quote = events.pop()
        known = len(registry.people)
        if quote is None:
            if mention is not None:
                registry.see(mention)
            seen_in += [paragraph] * (len(registry.people) - known)
            continue
        person, role = _speaker(quote, mention, registry, last_speaker)
        seen_in += [paragraph] * (len(registry.people) - known)
        if person is None and mention is not None and (words := _role_words(mention, registry)):
            ahead.append((len(quotes), paragraph, words))
        if mention is not None and _someone(mention, registry):
            # Someone unnamed spoke last: "Ia menambahkan" after "seorang pejabat ... mengatakan"
            # is that official, not the person named before.
            last_speaker = registry.last = None
        else:
            last_speaker = person or last_speaker
        quotes.append(_quote(quote, person, role, mention, layout, held))
    for index, paragraph, words in ahead:
        named = _named_after(registry.people, seen_in, paragraph, words)
        if named is not None:
            # "..., its acting director said yesterday." then "Acting Director ... Zulkifli bin
            # Mahmud said ...": the role the lede gives is the person the next paragraph names.
            said = quotes[index]
            role = said.speaker_role or named.role
            quotes[index] = said.model_copy(update={"speaker": named.name, "speaker_role": role})
    quotes.sort(key=lambda q: q.span.start)
    return quotes


def _role_words(mention: Mention, registry: Registry) -> set[str]:
    """The role words of a definite description naming no one: "its acting director", "the
    chief executive of ..." (not "a spokesperson", someone new, nor "officials")."""
    if mention.kind is MentionKind.NAME:
        return set()
    gram = registry.gram
    words = mention.text.lower().split()
    if not words or words[0] not in gram.determiners or words[0] in gram.indefinites:
        return set()
    return {w for w in words if w in gram.role_heads}


def _named_after(
    people: list[Person], seen_in: list[int], paragraph: int, words: set[str]
) -> Person | None:
    """The first person named in the next paragraphs with one of the role's words."""
    # Every person the registry took in the loop has a paragraph; were one missing, it is left
    # out rather than failing the article.
    for person, seen in zip(people, seen_in, strict=False):
        role = person.role
        if paragraph < seen <= paragraph + _AHEAD and role and words & set(role.lower().split()):
            return person
    return None


def _someone(mention: Mention, registry: Registry) -> bool:
    """An unnamed single speaker: "seorang pejabat", "a spokesperson" (not "officials")."""
    if mention.kind is not MentionKind.UNNAMED:
        return False
    first = mention.text.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in registry.gram.indefinites


def _speaker(
    found: Found, mention: Mention | None, registry: Registry, last_speaker: Person | None
) -> tuple[Person | None, str | None]:
    if mention is None:
        # A quote standing alone continues the last speaker, or the last person introduced
        # with a full name or a title ("Every dawn, Pak Darto checks the nets.").
        last = registry.last
        introduced = last if last and (len(last.words) > 1 or last.titles) else None
        return last_speaker or introduced, None
    described = _described(mention, registry)
    if described is not None:
        registry.last = described  # "'…,' the magistrate said": the magistrate named before
        return described, None
    if mention.kind is MentionKind.PRONOUN:
        # "Back on the roof, Delgado pulls ... '…,' she says": a known person named earlier in
        # the paragraph is the pronoun's referent before anyone named in paragraphs before.
        attribution = found.attribution
        p, at = attribution.paragraph, attribution.at
        first = found.parts[0]
        if first[0] == p:
            at = min(at, first[1])
        named, person = registry.named_before(p, at)
        if not named:
            person = registry.last
        registry.last = person
        return person, None
    if mention.kind is MentionKind.UNNAMED or _office(mention, registry):
        # An office no one named holds ("Petani menyebut ..."): people of that occupation.
        return None, None
    return registry.see(mention)


def _office(mention: Mention, registry: Registry) -> bool:
    """A name's run that is all a role's words and no one's name ("Kapolrestabes", "Petani"),
    where roles come head first: English writes a role alone with an article ("the Mayor
    said"), and a capitalised role word alone is a surname there ("says Doctor")."""
    return (
        mention.kind is MentionKind.NAME
        and registry.gram.head_first
        and bool(mention.run)
        and len(mention.role_at) == len(mention.run)
        and not registry.knows(mention.run)
    )


def _described(mention: Mention, registry: Registry) -> Person | None:
    """The person a definite description with a role points to: "the magistrate", "the
    minister" (not "a spokesperson": someone new)."""
    if mention.kind is MentionKind.NAME:
        # "jelas Kapolrestabes": an office in capitals is its holder named before.
        return registry.by_role(" ".join(mention.run)) if _office(mention, registry) else None
    first = mention.text.split(maxsplit=1)[:1]
    if not first or first[0].lower() not in registry.gram.articles:
        return None
    return registry.by_role(mention.text)


def _quote(
    found: Found,
    person: Person | None,
    role: str | None,
    mention: Mention | None,
    layout: _Layout,
    held: dict[str, str],
) -> Quote:
    offsets, index = layout.offsets, layout.paragraph
    parts = [Span(start=offsets[p] + a, end=offsets[p] + b) for p, a, b in found.parts]
    pieces = [layout.texts[p][a:b] for p, a, b in found.parts]
    text = pieces[0]
    for (p0, _, _), (p1, _, _), piece in zip(
        found.parts, found.parts[1:], pieces[1:], strict=False
    ):
        text += (PARAGRAPH_SEPARATOR if index[p1] != index[p0] else " ") + piece
    attribution = found.attribution
    speaker_role = role or (person.role if person else None)
    return Quote(
        text=text,
        kind=found.kind,
        speaker=_held(held, person.name if person else None),
        speaker_mention=_held(held, mention.text if mention else None),
        speaker_role=_held(held, speaker_role),
        cue=_held(held, attribution.cue),
        date=attribution.date,
        paragraph=index[found.parts[0][0]],
        # A one-part quote's span is its part: one record, shared (pydantic keeps instances).
        span=parts[0] if len(parts) == 1 else Span(start=parts[0].start, end=parts[-1].end),
        parts=parts,
    )


def _held(held: dict[str, str], text: str | None) -> str | None:
    """`text`, or the equal string the article already holds."""
    return text if text is None else held.setdefault(text, text)
