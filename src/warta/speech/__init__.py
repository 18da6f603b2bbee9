"""Quotes and reported speech, with speakers resolved across the article.

The stages: find the quotations of each paragraph (`marks`), keep those with an attribution
(`direct`), find reported speech outside them (`reported`), then resolve every attribution to a
person named in the article (`speakers`).
"""

from __future__ import annotations

from warta.lang.schema import Lexicon
from warta.records import PARAGRAPH_SEPARATOR, Quote, Span, paragraph_offsets
from warta.speech.direct import Found, find_direct
from warta.speech.grammar import Grammar, View, blank, grammar, mask, view
from warta.speech.marks import scan
from warta.speech.reported import find_reported
from warta.speech.speakers import (
    Mention,
    MentionKind,
    Person,
    Registry,
    anchors,
    introductions,
)

__all__ = ["find_quotes"]


def find_quotes(paragraphs: list[str], lex: Lexicon) -> list[Quote]:
    """Direct and reported quotes in the body, in reading order, spans into the joined text.

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
    marks = [scan(p) for p in paragraphs]
    regions = [[m.region for m in ms] for ms in marks]
    # Lowercased once: searched here for cues and below for people.
    lowered = [p.lower() for p in paragraphs]
    # Cheap early exit: only paragraphs that may hold an attribution are tokenised: with quote
    # marks, one with an attribution word; without, one where reported speech may start. One
    # with quote marks and no such word can hold only a quote alone in its paragraph, found
    # without tokens; its quotes are masked all the same, so no name is ever read inside them.
    views = [
        view(i, p, rs, gram)
        if (gram.has_cue(low) if rs else gram.has_reported(low))
        else blank(i, p, mask(p, rs))
        for i, (p, rs, low) in enumerate(zip(paragraphs, regions, lowered, strict=True))
    ]
    direct, used = find_direct(views, marks, gram)
    found = sorted(direct + find_reported(views, used, gram), key=_where)
    if not found:
        return []
    # Speakers may be introduced in any paragraph up to the last attribution, and only there;
    # paragraphs with no role word, title or relative pronoun introduce no one.
    last = max(f.attribution.paragraph for f in found)
    people = [i <= last and gram.has_people(low) for i, low in enumerate(lowered)]
    views = [
        _read(v, rs, gram) if named and not v.toks else v
        for v, rs, named in zip(views, regions, people, strict=True)
    ]
    return _resolve(found, views, people, gram)


def _read(v: View, regions: list[tuple[int, int]], gram: Grammar) -> View:
    """The tokenised view of a paragraph that may name people: its quotes masked, unless
    nothing but quotes is left, then whole (a paragraph that is all one quote may still
    introduce someone)."""
    read = view(v.paragraph, v.text, regions, gram) if regions else None
    return read if read is not None and read.toks else view(v.paragraph, v.text, [], gram)


def _where(found: Found) -> tuple[int, int]:
    first = found.parts[0]
    return first[0], first[1]


def _resolve(
    found: list[Found], views: list[View], people: list[bool], gram: Grammar
) -> list[Quote]:
    marks = {
        v.paragraph: anchors(v.toks, gram) for v, named in zip(views, people, strict=True) if named
    }
    intros = [
        (i, at, m)
        for i, found_at in marks.items()
        for at, m in introductions(views[i].text, views[i].toks, gram, found_at)
    ]
    said = [(f.attribution.paragraph, f.attribution.at, f.attribution.mention) for f in found]
    mentions = [m for _, _, m in intros] + [m for _, _, m in said if m is not None]
    known = frozenset(m.run[0] for m in mentions if m.kind is MentionKind.NAME and len(m.run) == 1)
    registry = Registry(
        gram,
        known,
        [v.masked for v in views],
        toks=[v.toks for v in views],
        roles={i: found_at.roles for i, found_at in marks.items()},
    )
    events: list[tuple[int, int, int, Mention | None, Found | None]] = [
        (p, at, 0, m, None) for p, at, m in intros
    ] + [(f.attribution.paragraph, f.attribution.at, 1, f.attribution.mention, f) for f in found]
    offsets = paragraph_offsets([v.text for v in views])
    last_speaker: Person | None = None
    quotes: list[Quote] = []
    for _, _, _, mention, quote in sorted(events, key=lambda e: e[:3]):
        if quote is None:
            if mention is not None:
                registry.see(mention)
            continue
        person, role = _speaker(mention, registry, last_speaker)
        last_speaker = person or last_speaker
        quotes.append(_quote(quote, person, role, mention, views, offsets))
    return sorted(quotes, key=lambda q: q.span.start)


def _speaker(
    mention: Mention | None, registry: Registry, last_speaker: Person | None
) -> tuple[Person | None, str | None]:
    if mention is None:
        return last_speaker, None
    if mention.kind is MentionKind.PRONOUN:
        return registry.last, None
    if mention.kind is MentionKind.UNNAMED:
        return None, None
    return registry.see(mention)


def _quote(
    found: Found,
    person: Person | None,
    role: str | None,
    mention: Mention | None,
    views: list[View],
    offsets: list[int],
) -> Quote:
    parts = [Span(start=offsets[p] + a, end=offsets[p] + b) for p, a, b in found.parts]
    pieces = [views[p].text[a:b] for p, a, b in found.parts]
    text = pieces[0]
    for (p0, _, _), (p1, _, _), piece in zip(
        found.parts, found.parts[1:], pieces[1:], strict=False
    ):
        text += (PARAGRAPH_SEPARATOR if p1 != p0 else " ") + piece
    attribution = found.attribution
    return Quote(
        text=text,
        kind=found.kind,
        speaker=person.name if person else None,
        speaker_mention=mention.text if mention else None,
        speaker_role=role or (person.role if person else None),
        cue=attribution.cue,
        date=attribution.date,
        paragraph=found.parts[0][0],
        # A one-part quote's span is its part: one record, shared (pydantic keeps instances).
        span=parts[0] if len(parts) == 1 else Span(start=parts[0].start, end=parts[-1].end),
        parts=parts,
    )
