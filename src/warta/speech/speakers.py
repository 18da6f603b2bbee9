"""Speakers: reading a mention ("Kepala Dinas ..., Dr. Hj. Endang Purwaningsih, M.Pd.") into a
name, titles and role, and resolving mentions across the article.

The first full mention of a person defines them; a later "Endang" points back to "Endang
Purwaningsih"; a pronoun ("ia", "-nya", "he") points to the person named last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from enum import Enum
from operator import itemgetter
from typing import NamedTuple

from warta.speech.grammar import BARE, END, START, TEXT, WORD, Grammar, Tok, capital, mask, tokens

#: Most tokens a name may have; longer capitalised runs are organisations or headlines.
_MAX_NAME = 5
#: Most tokens of a description that stands for a person ("the 35-year-old mother of two").
_MAX_DESCRIPTION = 7
#: Most plain words describing a person before their name ("dive shop owner Marco ...").
_MAX_LEAD = 4
#: Fewest letters of an acronym that names a body before other capitalised words ("HSE"; "JK"
#: are initials).
_MIN_BODY_ACRONYM = 3
#: Most lowercase words completing a role before a comma and a name ("Ketua panitia, ...").
_MAX_COMPLEMENT = 2
#: Most words of a place set after a relative clause or a role's acronym, before a comma
#: ("..., Bomet County,", "(SPPG) Kota Semarang,").
_MAX_PLACE = 3
#: Most tokens an introduction runs back from its predicate: role, titles, name, age and asides
#: ("Kepala Seksi ... Bandara Internasional Lombok (BIL), Eka Asmadi,"). A bound, so that a
#: paragraph of many names is not walked back over once for each.
_MAX_INTRODUCTION = 40
#: Most tokens of a piece giving the day something was said ("Senin ( 23/11/2026 )").
_MAX_DAY_PIECE = 6
#: Most letters of an academic degree ("S.STP." has four).
_MAX_DEGREE = 6
#: Most tokens of a role set between commas after a name (", an economist at Jazan University,").
_MAX_APPOSITIVE = 10
#: How far after "according to" its speaker's name, role and appositive may run, in tokens.
_ACCORDING_REACH = 40
#: How many characters before a pronoun's quote are read for the person it points to.
_NAMED_WINDOW = 2000
_REGION_START = itemgetter(0)
_REGION_END = itemgetter(1)


class MentionKind(str, Enum):
    NAME = "name"
    PRONOUN = "pronoun"
    UNNAMED = "unnamed"


class Mention(NamedTuple):
    """How an attribution names its speaker, before resolution.

    `run` holds the capitalised words of the name, possibly led by the words of a role when the
    text gives no comma or title to part them ("Menteri Pariwisata Dewi Lestari"); `fixed` says
    that titles or commas already isolated the name. A named tuple: attributions and
    introductions make many, and it is cheap to build.
    """

    kind: MentionKind
    text: str
    run: tuple[str, ...] = ()
    role: str | None = None
    titles: tuple[str, ...] = ()
    fixed: bool = False
    #: Tokens of `run` that are words of a role, by index.
    role_at: tuple[int, ...] = ()


def pronoun(text: str) -> Mention:
    return Mention(MentionKind.PRONOUN, text)


def role_cover(toks: list[Tok], gram: Grammar) -> set[int]:
    """The indices of `toks` inside a role phrase of the lexicon ("Kepala Dinas", "president")."""
    first = gram.roles.first
    # Most pieces hold no role word: tested in C, over the words alone.
    if first.isdisjoint(map(_WORD_OF, toks)):
        return set()
    return _cover_from(toks, [i for i, t in enumerate(toks) if t[WORD] in first], gram)


_WORD_OF = itemgetter(WORD)
#: How many particles a name may hold in a row: "Van den", "van der", "de la".
_MAX_PARTICLES = 3


def _cover_from(toks: list[Tok], starts: list[int], gram: Grammar) -> set[int]:
    """The tokens inside a role, given (in order) the tokens that may start one."""
    covered: set[int] = set()
    for i in starts:
        if i not in covered:
            covered.update(range(i, i + gram.roles.at(toks, i)))
    return covered


def _namey(toks: list[Tok], i: int, roles: set[int], gram: Grammar) -> bool:
    tok = toks[i]
    if i in roles or tok[BARE] in gram.prefixes:
        return True
    if tok[WORD] in gram.connectors or tok[TEXT].isdigit():
        # "Dinas Pendidikan dan Kebudayaan", "SMPN 2 Pati": inside a run, not at its ends;
        # "... and the Environment": a determiner may come between.
        if not 0 < i < len(toks) - 1 or not capital(toks[i - 1]):
            return False
        nxt = toks[i + 1]
        return capital(nxt) or (
            nxt[WORD] in gram.articles and i + 2 < len(toks) and capital(toks[i + 2])
        )
    if tok[WORD] in gram.particles and 0 < i < len(toks) - 1:
        # "Ali bin Hassan Al-Malki", "Joris Van den Berghe": between two capitalised words,
        # past another particle or two.
        k = i + 1
        while k < min(len(toks) - 1, i + _MAX_PARTICLES) and toks[k][WORD] in gram.particles:
            k += 1
        return capital(toks[i - 1]) and capital(toks[k])
    if tok[WORD] in gram.articles and 0 < i < len(toks) - 1:
        # "Minister for Sustainability and the Environment": after a connector, before a capital.
        return toks[i - 1][WORD] in gram.connectors and capital(toks[i + 1])
    word = tok[WORD]
    if not capital(tok) or not tok[TEXT][0].isalpha():
        return False
    if word in gram.stopwords or word in gram.function_words:
        return verb_in_name(toks, i, gram)
    return word not in gram.weekdays and word not in gram.pronouns


def verb_in_name(toks: list[Tok], i: int, gram: Grammar) -> bool:
    """Whether a speech verb in capitals (`toks[i]`) is a name's word: after a capitalised word
    inside the sentence, as no verb is written ("Stephen Said, a lawyer ...", "Presiden KSPI
    Said Iqbal")."""
    return (
        i > 0
        and capital(toks[i])
        and capital(toks[i - 1])
        and not toks[i - 1][TEXT].endswith(".")
        and (toks[i][WORD] in gram.verbs or toks[i][WORD] in gram.reported)
    )


def _tight_tail(toks: list[Tok], gram: Grammar) -> int:
    """Where the run of name-like tokens that ends `toks` begins (len(toks) when none)."""
    roles = role_cover(toks, gram)
    i = len(toks)
    while i > 0 and _namey(toks, i - 1, roles, gram):
        i -= 1
    return i


def _tight_head(toks: list[Tok], gram: Grammar) -> int:
    """Where the run of name-like tokens that opens `toks` ends."""
    roles = role_cover(toks, gram)
    i = 0
    while i < len(toks) and _namey(toks, i, roles, gram):
        i += 1
    return i


def segments(toks: list[Tok]) -> list[list[Tok]]:
    """Comma-separated pieces, with parentheticals ("(42)", "(Astindo)") dropped."""
    segs: list[list[Tok]] = [[]]
    depth = 0
    for tok in toks:
        if tok[TEXT] == "(":
            depth += 1
        elif tok[TEXT] == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif tok[TEXT] == ",":
            segs.append([])
        else:
            segs[-1].append(tok)
    return segs


def _span(source: str, toks: list[Tok]) -> str:
    return source[toks[0][START] : toks[-1][END]].strip(" ,.") if toks else ""


def appositive(seg: list[Tok], gram: Grammar) -> bool:
    # ", a spokesperson for the agency," or ", petani di Desa Oelnasi": a role after the name;
    # ", equity strategist at Miller Tabak,", ", from Brooklyn,": what the person is or where
    # from; not ", who also says ..." or ", when asked ...".
    if not seg:
        return False  # ",,": nothing between two commas
    first = seg[0]
    if first[WORD] in gram.determiners:
        return True
    if capital(first) and 0 in role_cover(seg[:3], gram):
        # ", Director of the Public Parking Department at the municipality,": a role written
        # in capitals, with what it is of.
        return any(t[WORD] in gram.prepositions for t in seg[1:_MAX_LEAD])
    return (
        not capital(first)
        and first[WORD] not in gram.pronouns
        and first[WORD] not in gram.relatives
        # "saat ditemui di ...", "hanya cukup untuk ...": a moment or a clause, no role.
        and first[WORD] not in gram.subordinators
        and first[WORD] not in gram.clause_markers
        and (
            bool(role_cover(seg[:3], gram))
            or any(t[WORD] in gram.prepositions for t in seg[:_MAX_LEAD])
        )
    )


def _unnamed(seg: list[Tok], gram: Grammar, *, before_verb: bool) -> Mention | None:
    """A speaker the text does not name: "officials said", "a senior official said",
    "according to traders familiar with the matter"; or, before a verb only, a description of
    someone already named ("the 35-year-old mother of two said")."""
    # What a relative clause or a preposition adds describes the person, a place or an
    # affiliation, never the speaker: "a neighbor who runs the store", "officials at the
    # ministry", "seorang pekerja smelter di Morowali yang ...".
    relative_last = bool(seg) and seg[-1][WORD] in gram.relatives
    seg = _head_phrase(seg, gram)
    words = [t[WORD] for t in seg]
    indefinite = bool(words) and words[0] in gram.indefinites
    # Before a verb the head noun ends the phrase; after "according to" it opens it; after an
    # indefinite, the noun after it in a language that puts heads first ("seorang pengurus
    # bank sampah"), any of its words in the others ("a 2023 audit report").
    if indefinite:
        # Up to a preposition: "a senior official | in the transport agency".
        phrase_end = next((k for k, w in enumerate(words) if k and w in gram.prepositions), None)
        head = words[1:2] if gram.head_first else words[:phrase_end]
    else:
        head = words[-4:] if before_verb else words[:4]
        if before_verb and words and words[0] in gram.unnamed:
            head = words[:1]  # "Residents of a remote Cumbrian valley say ..."
    person_last = head and (head[-1] in gram.unnamed or head[-1] in gram.role_heads)
    if (
        indefinite
        and not gram.head_first
        and not person_last
        and len(seg) > 2
        and all(capital(t) or t[WORD] in gram.connectors for t in seg[1:-1])
    ):
        # "A City of Hobart spokesman": a person word after the name of what it is of.
        person_last = words[-1] in gram.unnamed or words[-1] in gram.role_heads
    if (before_verb or indefinite) and not gram.head_first and person_last:
        # "A government spokesperson", "the ministry official": the last word is the head,
        # a person; the institution before it only says whose.
        return Mention(MentionKind.UNNAMED, " ".join(t[TEXT] for t in seg).rstrip("."))
    if any(w in gram.documents for w in head):
        return None  # "data BPS", "the report": not anyone's words
    text = " ".join(t[TEXT] for t in seg).rstrip(".")
    if any(w in gram.institutions for w in head) and (
        before_verb or words[-1] in gram.institutions
    ):
        # "the agency said", "said the agency": a body's statement (after the verb, the body
        # ends the phrase: in "menegaskan pemerintah daerah terlambat ..." it is the content's).
        return Mention(MentionKind.UNNAMED, text)
    # After a verb the description opens the phrase: its head is among the first words, not
    # the last of a clause ("menyampaikan gereja sudah membuka aula ... warga").
    if any(w in gram.unnamed for w in head) or (words and (head or words)[-1] in gram.role_heads):
        return Mention(MentionKind.UNNAMED, text)
    if relative_last:
        return Mention(MentionKind.UNNAMED, text)  # "... employers who said": no one named
    phrase = seg[1 : next((k for k, t in enumerate(seg) if t[WORD] in gram.prepositions), None)]
    if (
        indefinite
        and len(words) > 1
        and (not any(capital(t) for t in phrase) or _person(phrase, gram))
    ):
        # "a neighbor said", "said a farmer in Sangke district", "said one Dededo mother of
        # three": someone new, unnamed (a place's name may come before a person's noun).
        return Mention(MentionKind.UNNAMED, text)
    if (
        words
        and len(words) <= _MAX_DESCRIPTION
        and words[0] in gram.determiners
        and not any(capital(t) for t in seg[1:])
    ):
        # Before a verb the description points back; after "according to" it is someone new.
        return pronoun(text) if before_verb else Mention(MentionKind.UNNAMED, text)
    return None


def _person(phrase: list[Tok], gram: Grammar) -> bool:
    """Whether a phrase ends in a lowercase noun of a person ("Dededo mother", "Taliban
    representative"; not "August 2025 slideshow")."""
    if not phrase or capital(phrase[-1]):
        return False
    word = phrase[-1][WORD]
    return word in gram.person_nouns or word in gram.unnamed or word in gram.role_heads


def _head_phrase(seg: list[Tok], gram: Grammar) -> list[Tok]:
    """A description without its relative clause and without a place or affiliation of proper
    names after a preposition: "a neighbor | who runs the store", "seorang pekerja smelter | di
    Morowali | yang ...", "A spokesperson | for the Federation of ...". A preposition followed
    by plain words is kept: in "The plan for Duqm was decreed by ..." no phrase ends there."""
    cut = next((k for k, t in enumerate(seg) if k and t[WORD] in gram.relatives), len(seg))
    seg = seg[:cut]
    proper = len(seg)  # where the words that may all belong to a proper name begin
    while proper > 0 and _in_proper_name(seg[proper - 1], gram):
        proper -= 1
    for k in range(max(1, proper), len(seg)):
        if seg[k][WORD] in gram.prepositions:
            return seg[:k]
    return seg


def _in_proper_name(tok: Tok, gram: Grammar) -> bool:
    """What a place or an organisation after a preposition is made of: capitalised words,
    numbers, determiners and joining words ("di Morowali", "for the Federation of ...")."""
    word = tok[WORD]
    return (
        capital(tok)
        or tok[TEXT][0].isdigit()
        or word in gram.determiners
        or word in gram.prepositions
        or word in gram.connectors
    )


def _aside(seg: list[Tok], gram: Grammar) -> bool:
    """A comma piece between a name and its verb that says more about the person or the
    moment: an age (", 67,"), a relative clause (", who led the survey,"), a role in capitals
    (", Chief Engineer,"), an organisation's acronym (", BBMP,"), when and where it was said
    (", saat ditemui di Gedung Rektorat, Senin (23/11/2026),", ", on Monday,")."""
    if not seg:
        return False
    if len(seg) == 1 and (seg[0][TEXT].isdigit() or _acronym(seg[0])):
        return True
    if gram.adverbs.ending_at(seg) == len(seg):
        return True  # "Farmers in Battambang province, however, say ..."
    if seg[0][WORD] in gram.subordinators or _when(seg, gram):
        return True
    if (seg[0][WORD] in gram.number_words or seg[0][TEXT][0].isdigit()) and not any(
        capital(t) for t in seg
    ):
        # "..., whose side sits fourth, four points off the top, said ..." (not "21-year-old
        # Dalton Tyler": a name).
        return True
    # A role in capitals, not a role and a name ("Kepala KSOP, Kapten Marthen Sahetapy, ...").
    return seg[0][WORD] in gram.relatives or (
        _all_role(seg, gram) and not _ends_named_role(seg, gram)
    )


def _when(seg: list[Tok], gram: Grammar) -> bool:
    """A piece that is a day, and perhaps its date: "Senin (23/11/2026)", "on Monday"."""
    return len(seg) <= _MAX_DAY_PIECE and any(t[WORD] in gram.weekdays for t in seg[:2])


def _suffix_title(tok: Tok, gram: Grammar) -> bool:
    """An academic degree after a name: one of the lexicon's, or shaped like one, capitals
    with a dot inside ("S.STP.", "M.Si.")."""
    if tok[BARE] in gram.suffix_titles:
        return True
    text = tok[TEXT]
    return (
        text[:1].isupper()
        and "." in text[1:-1]
        and tok[BARE].isalpha()
        and len(tok[BARE]) <= _MAX_DEGREE
    )


def _acronym(tok: Tok) -> bool:
    text = tok[TEXT]
    return len(text) > 1 and text.isupper() and text.isalpha()


def _body_acronym(run: list[Tok], gram: Grammar) -> bool:
    """A body named by its acronym, where the language's news names people otherwise: alone
    ("NASA said"), or first before more capitalised words and no role or title ("The HSE South
    West said"; not "NASA Administrator Bill Nelson", nor initials: "JK Rowling")."""
    if not gram.acronyms_are_bodies or not _acronym(run[0]):
        return False
    return len(run) == 1 or (
        len(run[0][TEXT]) >= _MIN_BODY_ACRONYM
        and not role_cover(run, gram)
        and not any(t[BARE] in gram.prefixes for t in run)
    )


def _all_role(seg: list[Tok], gram: Grammar) -> bool:
    """Every word a role's: "Chief Engineer", "Kepala Bidang"."""
    roles = role_cover(seg, gram)
    return len(roles) == len(seg) or (
        bool(roles) and all(i in roles or capital(t) for i, t in enumerate(seg)) and len(seg) <= 3
    )


def _affiliation(seg: list[Tok], gram: Grammar) -> int:
    """Where an affiliation or a place after the speaker's name begins, or len(seg): a
    preposition after a name ("Budi dari LSM Hijau"), or after two name words when the
    preposition may also join a role's words ("Yuki Hayashida of Minato Research", where
    "Minister of Finance" and "Bank of England" go on)."""
    roles = role_cover(seg, gram)  # once: no role's words hold a preposition
    # "Board of Airline Representatives in Thailand chairman Kittipong Saengthong": a role
    # and a name after the prepositions; they join the body's name, which is the role's.
    named_after = max(roles) if roles and max(roles) < len(seg) - 1 else -1
    for p in range(1, len(seg)):
        word = seg[p][WORD]
        if word not in gram.prepositions or p < named_after:
            continue
        names = 0
        for k in range(p - 1, -1, -1):
            tok = seg[k]
            if k in roles or not capital(tok) or tok[BARE] in gram.prefixes:
                break
            if tok[WORD] in gram.determiners:
                break  # "A City of Hobart spokesman": an article is no name
            if tok[WORD] in gram.institutions:
                names = 0  # "Durian Growers Association of Malaysia president ...": a body
                break
            names += 1
        if names >= (2 if word in gram.connectors else 1):
            return p
    return len(seg)


def _ends_named_role(seg: list[Tok], gram: Grammar) -> bool:
    """Whether a piece ends in a role and a name of two words or more: "provincial Irrigation
    Minister Zafar Mahmood Shah"."""
    run = seg[_tight_tail(seg, gram) :]
    roles = role_cover(run, gram)
    return bool(roles) and len(run) - 1 - max(roles) >= 2


def _body(source: str, run: list[Tok]) -> Mention:
    """A body speaking ("the Interior Ministry said", "KPK mengaku"): what it says is kept, by
    no one named."""
    return Mention(MentionKind.UNNAMED, _span(source, run))


def _institution(run: list[Tok], gram: Grammar) -> bool:
    """A body's name, not a person's: a word of an institution anywhere in a run with no role
    or title ("Kementerian Agama", "Russia's Defense Ministry", "U.S. Attorney's Office for the
    Western District"; not "Bank Indonesia Governor Perry Warjiyo")."""
    return (
        any(t[WORD] in gram.institutions for t in run)
        and not role_cover(run, gram)
        and not any(t[BARE] in gram.prefixes for t in run)
    )


def _name_mention(
    source: str, run: list[Tok], role_before: list[Tok], after: list[list[Tok]], gram: Grammar
) -> Mention | None:
    """A name from a run "[role] [prefix titles] Name", the role pieces before it and the
    comma pieces after it (suffix titles, an appositive role)."""
    prefixes = gram.prefixes
    at = [i for i, t in enumerate(run) if t[BARE] in prefixes]  # the prefix titles, in one walk
    if at and gram.qualifiers:
        qualifiers = gram.qualifiers
        at += [i + 1 for i in at if i + 1 < len(run) and run[i + 1][BARE] in qualifiers]
        at.sort()
    if (
        len(run) > 1
        and not at
        and run[0][TEXT].lower() in gram.written_titles
        # Before a name: "Justice Minister Yasonna Laoly" is a minister, "Justice Department" a
        # body.
        and run[1][WORD] not in gram.institutions
        and 1 not in role_cover(run[:3], gram)
    ):
        at = [0]  # "Eng. Hamad Saeed Al Shehhi", "U Thein Zaw", "Justice Clarence Thomas"
    titles = [run[i][TEXT] for i in at]
    titles_after: list[str] = []
    last_title = at[-1] if at else -1
    name = run[last_title + 1 :]
    while len(name) > 1 and name[-1][TEXT].isupper() and _suffix_title(name[-1], gram):
        titles_after.insert(0, name[-1][TEXT])  # "Nicholas Bramwell KC", no comma between
        name = name[:-1]
    own_role = run[: at[0]] if at else []
    # Each connector in the run joins a role's complement ("Minister of State for Sustainability
    # and the Environment"), two words at most, none of them the name's.
    joined = sum(2 for t in name if t[WORD] in gram.connectors)
    if not name or len(name) > _MAX_NAME + (0 if titles else 3) + joined:
        return None
    titles.extend(titles_after)
    role_toks = role_before + own_role
    role = _span(source, role_toks) if role_toks else None
    for seg in after:
        if seg and all(_suffix_title(t, gram) for t in seg):
            titles.extend(t[TEXT] for t in seg)
        elif seg and role is None and appositive(seg, gram):
            role = _span(source, seg)
    fixed = bool(titles and last_title >= 0) or bool(role_before)
    roles = role_cover(name, gram)
    return Mention(
        MentionKind.NAME,
        text=_span(source, role_before + run),
        run=tuple(_clean(t[TEXT]) for t in name),
        role=role,
        titles=tuple(titles),
        fixed=fixed,
        role_at=tuple(sorted(roles)),
    )


def _stops_sentence(tok: Tok, gram: Grammar) -> bool:
    """A sentence's last word, which no introduction runs back past ("... ke Kementerian PUPR.
    Warga yang ..."); not a title or a degree written with a stop ("Prof.", "M.Pd.")."""
    return _ends_sentence(tok) and tok[BARE] not in gram.prefixes and not _suffix_title(tok, gram)


def _stop_between(source: str, left: Tok, right: Tok) -> bool:
    """Whether a sentence ends between two tokens, its stop no token's: after a bracket or a
    quote ("... Authority (NESA). Kayitare noted")."""
    gap = source[left[END] : right[START]]
    return "." in gap or "!" in gap or "?" in gap


def _ends_sentence(tok: Tok) -> bool:
    """A word with a full stop that is no initial or abbreviation ("Strip.", not "J." or
    "M.Pd.")."""
    text = tok[TEXT]
    return text.endswith(".") and len(text) > 2 and text.count(".") == 1


def _subject_name(toks: list[Tok], i: int) -> bool:
    """Whether token `i` is a name in subject position: capitalised words opening a sentence
    or following a comma, then a lowercase word (its verb); `i` is the run's last word."""
    if not capital(toks[i]) or not toks[i + 1][TEXT][0].islower():
        return False
    k = i
    while k > 0 and capital(toks[k - 1]) and not _ends_sentence(toks[k - 1]):
        k -= 1
    return _opens_clause(toks, k)


def _someone_described(toks: list[Tok], i: int, gram: Grammar) -> bool:
    """Whether an unnamed person starts at token `i`: "Seorang pengepul ...", "A spokesperson
    ...", "An official ..." (not "A report ...")."""
    if i > 1 and toks[i - 1][TEXT] == "," and capital(toks[i - 2]):
        return False  # "Yuko Hasegawa, a professor of ...": about the person just named
    if toks[i][WORD] in gram.person_indefinites:
        return not _named_next(toks, i)
    if toks[i][WORD] not in gram.indefinites:
        return False
    word = toks[i + 1][WORD]
    described = word in gram.unnamed or word in gram.roles.first or word in gram.role_heads
    return described and not _named_next(toks, i)


def _named_next(toks: list[Tok], i: int) -> bool:
    """Whether the description at `i` names its person after a comma: "Seorang pengemudi
    ojek, Aceng (38), ..." is Aceng."""
    for k in range(i + 1, min(len(toks) - 1, i + 1 + _MAX_DESCRIPTION)):
        if toks[k][TEXT] == ",":
            return capital(toks[k + 1])
    return False


def _opens_clause(toks: list[Tok], k: int) -> bool:
    """Whether token `k` opens a sentence or a clause after a comma."""
    return k == 0 or toks[k - 1][TEXT] == "," or _ends_sentence(toks[k - 1])


def _possessive(word: str) -> str:
    """A word without its possessive ending: "Delgado's" is "Delgado"."""
    for ending in POSSESSIVES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


#: Possessive endings of names ("Rosa Delgado's job site").
POSSESSIVES = ("'s", "’s")


def _clean(word: str) -> str:
    # "Santoso." loses its stop; initials keep theirs ("W.M. Sriyani Kumari").
    return word[:-1] if word.endswith(".") and len(word) > 2 and word.count(".") == 1 else word


def subject(source: str, toks: list[Tok], gram: Grammar) -> Mention | None:
    """The speaker named just before a verb: `toks` run from the sentence start to the verb.

    >>> from warta.lang import lexicon
    >>> from warta.speech.grammar import grammar, tokens
    >>> text = "Kepala Dinas Pendidikan, Dr. Hj. Endang Purwaningsih, M.Pd.,"
    >>> m = subject(text, tokens(text), grammar(lexicon("id")))
    >>> m.run, m.role, m.titles
    (('Endang', 'Purwaningsih'), 'Kepala Dinas Pendidikan', ('Dr.', 'Hj.', 'M.Pd.'))
    """
    segs = segments(toks)
    i, after = _speaker_piece(segs, gram)
    if i < 0:
        return None
    seg = segs[i]
    if i == len(segs) - 1 and i > 0 and len(seg) == 1 and seg[0][WORD] in gram.relatives:
        # "Adv Tosane, who believes ...": the relative pronoun stands for the name before it.
        antecedent = segs[i - 1]
        run = antecedent[_tight_tail(antecedent, gram) :]
        if run and not _institution(run, gram):
            return _name_mention(source, run, [], [], gram)
    seg = seg[: _affiliation(seg, gram)]
    if _two_people(seg, gram):
        # "Moore and Lassiter said", "he and his wife Kali explained": two speakers, no one.
        return Mention(MentionKind.UNNAMED, _span(source, seg))
    if len(seg) > 1 and (seg[0][WORD] in gram.number_words or seg[0][TEXT].isdigit()):
        # "Lima mahasiswa UGM", "Three Harvard students": a group, no one named.
        return Mention(MentionKind.UNNAMED, _span(source, seg))
    tail = _tight_tail(seg, gram)
    if tail == len(seg):
        if seg[-1][WORD] in gram.pronouns:
            return pronoun(seg[-1][TEXT])
        return _unnamed(seg, gram, before_verb=True)
    if any(t[WORD] in gram.documents for t in seg[max(0, tail - 3) : tail + 1]):
        return None  # "the report", "Data BPS", "Riset Katadata": not anyone's words
    run = seg[tail:]
    if any(t[WORD] in gram.documents for t in run):
        return _body(source, run)  # "Kenanga Research said": a firm, named with the word
    k = tail - 1
    while k > 0 and _in_proper_name(seg[k], gram) and seg[k][WORD] not in gram.prepositions:
        k -= 1
    run_roles = role_cover(run, gram)
    # A body's name, then a role and a name: "Board of ... in Thailand chairman Kittipong".
    named_role = (
        bool(run_roles)
        and max(run_roles) < len(run) - 1
        and k > 0
        and all(_in_proper_name(t, gram) for t in seg[:k])
    )
    if k >= 0 and seg[k][WORD] in gram.prepositions and not named_role:
        # "A spokesperson for the Federation of ...", "Di Kelurahan Pondok Ranji": the capitals
        # are an affiliation or a place; the speaker is what comes before them.
        return _unnamed(seg[:k], gram, before_verb=True) if k else None
    if tail > 0 and seg[0][WORD] in gram.indefinites:
        # "Seorang pejabat Kedutaan Besar AS", "An Energy Administration official": someone of
        # an institution, unnamed.
        return _unnamed(seg, gram, before_verb=True)
    if len(run) == 1 and run[0][WORD] in gram.pronouns:
        return pronoun(run[0][TEXT])
    if (
        tail <= 1
        and len(seg) > 1
        and seg[0][WORD] in gram.articles
        and len(role_cover(seg[1:], gram)) == len(seg) - 1
    ):
        # "the Minister said": a role in capitals after an article is a description, which
        # points to whoever was named with it ("the minister" in lowercase is one already).
        return Mention(MentionKind.UNNAMED, _span(source, seg))
    if len(run) == 1 and run[0][WORD] in gram.first_person:
        return Mention(MentionKind.UNNAMED, run[0][TEXT])  # "I said": the writer
    if all(t[WORD] in gram.unnamed or not capital(t) for t in run):
        # "Analysts said", "its chairman said": people the text does not name.
        return Mention(MentionKind.UNNAMED, _span(source, seg[max(0, tail - 2) :]))
    if _body_acronym(run, gram):
        return Mention(MentionKind.UNNAMED, _span(source, run))  # "NASA said": no one named
    last = run[-1]
    if (
        not gram.head_first
        and not capital(last)
        and (last[WORD] in gram.unnamed or last[WORD] in gram.role_heads)
    ):
        # "..., Science and Innovation spokesperson said": a body's person, its name unwritten.
        return Mention(MentionKind.UNNAMED, _span(source, run))
    if _institution(run, gram) or run[-1][WORD] in gram.institutions:
        # "Kementerian Agama mengatakan ...", and a body named with a role word in it: "Fort
        # Worth Police Department said", "Metropolitan Police said".
        return _body(source, run)
    role_before = _role_piece(segs[i - 1], gram) if i > 0 else []
    return _name_mention(source, run, role_before, after, gram)


def _two_people(seg: list[Tok], gram: Grammar) -> bool:
    """Whether a subject joins two people: "Moore and Lassiter", "he and his wife Kali", "Prime
    Minister ... and Treasurer ...". The left of "and" is a pronoun, or capitalised words after
    a role, or, with no role in the subject, capitalised words (not a role's complement:
    "Minister for Trade and Industry ...", which has a preposition; "Search and rescue chief
    ...", a role's first part; nor a body: "Department of Science and Innovation"). Where
    roles come head first, capitalised complements need no preposition ("Dinas Pendidikan dan
    Kebudayaan"): there a subject is never split."""
    if (
        gram.head_first
        or len(seg) < 3
        or gram.coordinators.isdisjoint(map(_WORD_OF, seg))
        or not gram.institutions.isdisjoint(map(_WORD_OF, seg))
    ):
        return False
    roles = role_cover(seg, gram)
    for k in range(1, len(seg) - 1):
        if seg[k][WORD] not in gram.coordinators or k in roles:
            continue
        right = seg[-1]
        if not (capital(right) or right[WORD] in gram.pronouns):
            continue
        left = seg[:k]
        if len(left) == 1 and left[0][WORD] in gram.pronouns:
            return True
        role_left = max(roles.intersection(range(k)), default=-1)
        if role_left < 0 and roles:
            continue  # "Search and rescue chief ...": the left is the role's first part
        name = left[role_left + 1 :]
        if name and all(capital(t) and t[WORD] not in gram.connectors for t in name):
            return True
    return False


def _speaker_piece(segs: list[list[Tok]], gram: Grammar) -> tuple[int, list[list[Tok]]]:
    """Which comma piece names the speaker, walking back from the verb past what only says
    more about them, and those pieces (-1 when none is left)."""
    i = len(segs) - 1
    after: list[list[Tok]] = []
    asides_only = True  # whether every piece passed so far is empty or an aside
    while i >= 0:
        seg = segs[i]
        titles_only = all(_suffix_title(t, gram) for t in seg)
        # ", a spokesperson for the agency," after a name is its role, not the speaker; but a
        # last piece with no comma before the verb that ends in a role and a name is the
        # speaker ("Speaking in Karachi, provincial Irrigation Minister Zafar Mahmood Shah").
        last = i == len(segs) - 1
        apposed = (
            bool(seg)
            and appositive(seg, gram)
            and i > 0
            and asides_only
            and _has_name(_before_asides(segs, i, gram), gram)
            # Without a comma before the verb the piece is its subject when it names someone
            # ("..., provincial Minister Zafar Shah said") or describes someone after a clause
            # that is no name ("Speaking to ThePrint, a senior official ... said").
            and (
                not last
                or not (_ends_named_role(seg, gram) or _described_after_clause(segs, i, gram))
            )
        )
        # An age, a relative clause, a role or an acronym between commas; a relative pronoun
        # right before the verb is its subject (see `subject`). And a body after a role, whose
        # it is: "Dinesh Raju, Secretary, Nilgiri Planters' Association, noted ...".
        aside = (
            bool(seg)
            and i > 0
            # Last before the verb, only a clause of time written without its closing comma, as
            # Indonesian news does: "..., M.Si., saat membuka kegiatan di Kantor Gubernur NTB
            # menyampaikan ...".
            and (not last or (gram.head_first and seg[0][WORD] in gram.subordinators))
            and (
                _aside(seg, gram)
                or (i > 1 and _institution(seg, gram) and _all_role(segs[i - 1], gram))
            )
        )
        if (
            seg
            and not titles_only
            and not apposed
            and not aside
            and not _clause_place(segs, i, gram)
        ):
            break
        after.append(seg)
        asides_only = asides_only and (not seg or _aside(seg, gram))
        i -= 1
    after.reverse()
    return i, after


def _clause_place(segs: list[list[Tok]], i: int, gram: Grammar) -> bool:
    """Piece `i` is a place that ends the relative clause before it: "Joseph Langat, who owns
    two acres in Konoin, Bomet County, told ..." (capitalised words only, a few)."""
    seg = segs[i]
    return (
        i > 1
        and 0 < len(seg) <= _MAX_PLACE
        and bool(segs[i - 1])
        and segs[i - 1][0][WORD] in gram.relatives
        and all(capital(t) for t in seg)
    )


def _described_after_clause(segs: list[list[Tok]], i: int, gram: Grammar) -> bool:
    """Piece `i` opens with an indefinite and the piece before it is more than a name."""
    return segs[i][0][WORD] in gram.indefinites and _tight_tail(segs[i - 1], gram) > 0


def _has_name(seg: list[Tok], gram: Grammar) -> bool:
    # Not a place opening the sentence: "At Kukum, mother of four Mary Ramo said ...".
    return bool(seg) and seg[0][WORD] not in gram.prepositions and _tight_tail(seg, gram) < len(seg)


def _before_asides(segs: list[list[Tok]], i: int, gram: Grammar) -> list[Tok]:
    """The comma piece before piece `i`, past any ages and relative clauses."""
    k = i - 1
    while k > 0 and _aside(segs[k], gram):
        k -= 1
    return segs[k]


def _role_piece(seg: list[Tok], gram: Grammar) -> list[Tok]:
    """The role that ends a comma piece before a name ("Kepala Dinas X, Endang ...", "Ketua RW
    05, Suharti ..."), if any."""
    end = len(seg)
    while end > 1 and seg[end - 1][TEXT].isdigit():
        end -= 1
    tail = _tight_tail(seg[:end], gram)
    piece = seg[tail:]
    roles = role_cover(piece, gram)
    return piece if roles else []


#: An acronym: capitals, with lowercase letters between them ("KPK", "DepEd").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _past_acronyms(toks: list[Tok], gram: Grammar) -> list[Tok]:
    """The tokens without a body's acronym in brackets inside a run of capitalised words or
    before a role: "Department of Education (DepEd) Bicol Regional Director ...", "Port
    Authority (CPA) chairman ..." read on past the acronym."""
    if not any(t[TEXT] == "(" for t in toks):
        return toks
    kept: list[Tok] = []
    k = 0
    while k < len(toks):
        if (
            toks[k][TEXT] == "("
            and k + 3 < len(toks)
            and toks[k + 2][TEXT] == ")"
            and _ACRONYM.fullmatch(toks[k + 1][TEXT])
            and kept
            and capital(kept[-1])
            and (capital(toks[k + 3]) or toks[k + 3][WORD] in gram.roles.first)
        ):
            k += 3
            continue
        kept.append(toks[k])
        k += 1
    return kept


def after_verb(source: str, toks: list[Tok], gram: Grammar) -> Mention | None:
    """The speaker named after an inverted verb: "kata Kapolsek Cakung Budi Santoso kepada ...",
    "said Priya Raman, an analyst at ...", "ujar dia".

    >>> from warta.lang import lexicon
    >>> from warta.speech.grammar import grammar, tokens
    >>> text = "Priya Raman, an analyst at Meridian Energy."
    >>> m = after_verb(text, tokens(text), grammar(lexicon("en")))
    >>> m.run, m.role
    (('Priya', 'Raman'), 'an analyst at Meridian Energy')
    """
    if not toks:
        return None
    if toks[0][WORD] in gram.pronouns:
        return pronoun(toks[0][TEXT])
    toks = _past_acronyms(toks, gram)
    upto = next((i for i, t in enumerate(toks) if t[TEXT] == ","), len(toks))
    if (
        1 < upto <= _MAX_DESCRIPTION
        and toks[upto - 1][WORD] in gram.demonstratives
        # A person ("mahasiswi ... itu", "ibu dua anak itu"), not a thing ("terima kasih atas
        # bantuan tersebut").
        and (
            toks[0][WORD] in gram.role_heads
            or toks[0][WORD] in gram.unnamed
            or toks[0][WORD] in gram.person_nouns
        )
    ):
        # "terang mahasiswi Sastra Indonesia angkatan 2023 itu": the one just named.
        return pronoun(_span(source, toks[:upto]))
    head = _tight_head(toks, gram)
    if head == 0:
        described = _described(source, toks, gram)
        if described is not None:
            return described
        upto = next((i for i, t in enumerate(toks) if t[TEXT] == ","), len(toks))
        return _unnamed(toks[:upto], gram, before_verb=False)
    head = min(head, _affiliation(toks[:head], gram))  # "said Alex Horton of the Post"
    run = toks[:head]
    if run[0][WORD] in gram.documents or any(
        t[WORD] in gram.documents and not capital(t) for t in run
    ):
        return None  # "according to data BPS", "according to the report"
    if any(t[WORD] in gram.documents for t in run):
        return _body(source, run)  # "kata Badan Pusat Statistik": a body, named with the word
    if all(t[WORD] in gram.unnamed or not capital(t) for t in run):
        return Mention(MentionKind.UNNAMED, _span(source, run))
    if _body_acronym(run, gram):
        return Mention(MentionKind.UNNAMED, _span(source, run))
    then = head
    if then < len(toks) and toks[then][TEXT] == "(":  # "Chattogram Port Authority (CPA) data"
        then = next((k + 1 for k in range(then, len(toks)) if toks[k][TEXT] == ")"), then)
    if then < len(toks) and toks[then][WORD] in gram.documents:
        return None  # "according to U.S. Census Bureau data": a document, no one speaking
    if _institution(run, gram):
        return _body(source, run)
    rest = toks[head:]
    tail = _bracketed_tail(rest)
    if tail and role_cover(run, gram):
        # "ungkap Koordinator Wilayah SPPG (SPPG) Kota Semarang, Bayu ...": the role goes on past
        # its acronym in brackets and a place, to the comma before the name.
        run, rest = run + rest[:tail], rest[tail:]
    after: list[list[Tok]] = []
    if rest and rest[0][TEXT] == ",":
        after = segments(rest[1:])[:2]
    if after and after[0] and role_cover(run, gram) and not appositive(after[0], gram):
        # "kata Kepala Sekolah SMPN 2 Pati, Yuli Astuti": the role first, the name after a comma.
        name = after[0][: _tight_head(after[0], gram)]
        if name:
            return _name_mention(source, name, run, after[1:], gram)
    return _name_mention(source, run, [], after, gram)


def _bracketed_tail(rest: list[Tok]) -> int:
    """How many tokens of `rest` are an acronym in brackets and a few capitalised words after
    it, up to a comma: "(SPPG) Kota Semarang," gives 4; 0 when `rest` is not so."""
    if len(rest) < 3 or rest[0][TEXT] != "(" or rest[2][TEXT] != ")":
        return 0
    k = 3
    while k < min(len(rest), 3 + _MAX_PLACE) and capital(rest[k]):
        k += 1
    return k if k < len(rest) and rest[k][TEXT] == "," else 0


def according_speaker(
    source: str, toks: list[Tok], gram: Grammar
) -> tuple[Mention | None, int | None]:
    """The speaker after "according to" / "menurut" (`toks` run from after it to the sentence's
    end) and the index of the content's first token (None when there is none): "Menurut Hadi,
    ...", "According to Dr. Reem Al-Qahtani, an agricultural economist at ..., the ...",
    "Menurut Kepala BPBD Kalimantan Barat, Yuliana Marpaung, status ..."."""
    commas = [k for k, t in enumerate(toks[:_ACCORDING_REACH]) if t[TEXT] == ","]
    if not commas or commas[0] + 1 >= len(toks):
        return None, None
    first = commas[0]
    if len(commas) > 1 and commas[1] + 1 < len(toks):
        second = toks[first + 1 : commas[1]]
        if (
            second
            and len(second) <= _MAX_APPOSITIVE
            and (second[0][WORD] in gram.indefinites or second[0][WORD] in gram.articles)
            and any(t[WORD] in gram.role_heads or t[WORD] in gram.unnamed for t in second)
        ) or (second and (_all_role(second, gram) or role_cover(second[:1], gram))):
            # ", an agricultural economist at ...,": the person's role, then the content.
            return after_verb(source, toks[:first], gram), commas[1] + 1
        if (
            capital(toks[0])
            and len(second) <= _MAX_APPOSITIVE
            and appositive(second, gram)
            and any(t[WORD] in gram.role_heads for t in second)
        ):
            # ", research director at the Policy Research Forum, a Dhaka-based think tank,": a
            # role, and what the body is, then the content.
            k = 2
            if k < len(commas) and commas[k] + 1 < len(toks):
                third = toks[commas[1] + 1 : commas[k]]
                if third and len(third) <= _MAX_APPOSITIVE and third[0][WORD] in gram.indefinites:
                    k += 1
            return after_verb(source, toks[:first], gram), commas[k - 1] + 1
        if (
            second
            and role_cover(toks[:first], gram)
            and _tight_head(second, gram) == len(second)
            and not role_cover(second, gram)
        ):
            role = [t for t in toks[:first] if t[TEXT] not in "()"]
            # Past the degrees after the name: "Menurut kurator, Dr. Arief, M.Sn., karya ...".
            k = 1
            while k + 1 < len(commas) and all(
                _suffix_title(t, gram) for t in toks[commas[k] + 1 : commas[k + 1]]
            ):
                k += 1
            return _name_mention(source, second, role, [], gram), commas[k] + 1
    if first == 1 and toks[0][WORD] in gram.object_pronouns:
        return pronoun(toks[0][TEXT]), first + 1  # "According to him, ..."
    return after_verb(source, toks[:first], gram), first + 1


def _described(source: str, toks: list[Tok], gram: Grammar) -> Mention | None:
    """A name after a lowercase description of the person: "says dive shop owner Marco
    Lindqvist", "says the resort's general manager Garrett Turta" (an article, a few plain
    words, then a name of two words or more)."""
    # An article or a possessive first: "says the resort's manager ...", "said his brother ...".
    first = toks[0][WORD] if toks else ""
    start = int(first in gram.determiners and first not in gram.indefinites)
    k = start
    while (
        k < min(len(toks), start + _MAX_LEAD)
        # Plain words, or an age written as one ("said 11-year-old Noah Kaminski").
        and _possessive(toks[k][TEXT]).replace("-", "").isalnum()
        and toks[k][TEXT].islower()
        # A body's word describes someone too: "said board chair Lynette Okafor", and so does a
        # role's: "according to district spokesperson Phil Carranza".
        and (
            toks[k][WORD] not in gram.not_name_words
            or toks[k][WORD] in gram.institutions
            or toks[k][WORD] in gram.role_heads
        )
    ):
        k += 1
    if k == start or k == len(toks):
        return None
    if any(t[WORD] in gram.documents for t in toks[start:k]):
        return None  # "Menurut catatan Dinas Pariwisata": a record, not a person
    rest = toks[k:]
    head = _tight_head(rest, gram)
    head = min(head, _affiliation(rest[:head], gram))
    if head < 2 or any(i in role_cover(rest[:head], gram) for i in range(head)):
        return None
    if _institution(rest[:head], gram):
        return None
    # An age is no role: "said 11-year-old Noah Kaminski".
    role = [t for t in toks[start:k] if not any(c.isdigit() for c in t[TEXT])]
    return _name_mention(source, rest[:head], role, [], gram)


@dataclass
class Person:
    words: tuple[str, ...]
    role: str | None
    titles: tuple[str, ...]

    @property
    def name(self) -> str:
        return " ".join(self.words)


def split_run(
    mention: Mention, known: frozenset[str], gram: Grammar
) -> tuple[tuple[str, ...], str | None]:
    """Part a run with no comma or title into (name words, role): at a first name the article
    uses alone elsewhere ("Dewi" in "Menteri Pariwisata Dewi Lestari Hapsari"), else after the
    role's words (id: head word and one complement, "Gubernur BI"; en: after the head,
    "Tourism Minister")."""
    run = mention.run
    if mention.fixed or not mention.role_at or len(run) < 2:
        return run, mention.role
    last_role = max(mention.role_at)
    # A head-last role ends at its head ("Education Minister | Lina Marpaung"); a head-first one
    # has no visible end, so a first name used alone elsewhere marks where the name begins.
    cut = (
        None
        if not gram.head_first
        else next((i for i in range(1, len(run)) if run[i] in known), None)
    )
    if cut is None:
        if gram.head_first:
            cut = last_role + 2
            while cut < len(run) - 1 and run[cut].isupper():
                cut += 1
            if cut >= len(run):
                cut = max(last_role + 1, len(run) - 2)
        else:
            cut = last_role + 1
    while cut < len(run) - 1 and run[cut].lower() in gram.connectors:
        # "Secretary of State | Pratikno", "... for Sustainability and the Environment | Amy
        # Koh": the role's complement, after its connector and any determiner.
        cut += 1
        while cut < len(run) - 1 and run[cut].lower() in gram.determiners:
            cut += 1
        cut += 1
    if cut >= len(run):
        return run, mention.role
    role = " ".join(run[:cut])
    return run[cut:], mention.role or role


#: Full names the registry keeps once read: an article names tens of people; a page of
#: thousands of names in paragraphs a lone word points into would hold them all.
_MAX_KEPT_NAMES = 4_000


@dataclass
class Registry:
    """The people of one article, in the order they were named (one registry per call)."""

    gram: Grammar
    known: frozenset[str]
    #: The paragraphs, to find a full name in when a first or last name used alone belongs to
    #: no one introduced with a role ("Ahmad Sodikin, 46, ..."). Only paragraphs holding that
    #: word are read, and only when it is needed, with their quotes (`regions`) masked unless
    #: the paragraph is in `wholes` (read whole: nothing but quotes in it).
    paragraphs: list[str] = field(default_factory=list)
    regions: list[list[tuple[int, int]]] = field(default_factory=list)
    wholes: set[int] = field(default_factory=set)
    people: list[Person] = field(default_factory=list)
    last: Person | None = None

    #: The tokens of paragraphs already read, as read (masked, or whole when in `wholes`), by
    #: paragraph: those are not tokenised again.
    made: dict[int, list[Tok]] = field(default_factory=dict)
    #: The full names of each paragraph already read, by paragraph, `_MAX_KEPT_NAMES` at most
    #: in all (past them a paragraph's names are read again when asked for).
    _names: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)
    _kept: int = 0
    #: The person registered last whose name holds each word.
    _by_word: dict[str, Person] = field(default_factory=dict)

    def full_name(self, word: str) -> tuple[str, ...] | None:
        """The first full name in the article that starts or ends with `word`, else the first
        that holds it inside ("Alexander Ngelai Sampang" for a later "Ngelai")."""
        middle: tuple[str, ...] | None = None
        for i, text in enumerate(self.paragraphs):
            # A word of a masked paragraph is in the paragraph itself: test that first, no copy.
            if word not in text:
                continue
            names = self._names.get(i)
            if names is None:  # read once per article (while the names kept are few)
                toks = self.made.get(i)
                if toks is None:
                    if i not in self.wholes and self.regions[i]:
                        text = mask(text, self.regions[i])
                        if word not in text:
                            continue
                    toks = tokens(text)
                names = full_names(toks, self.gram)
                if self._kept < _MAX_KEPT_NAMES:
                    self._names[i] = names
                    self._kept += len(names)
            # The names' words are words of the (masked) paragraph: no need to look for `word`.
            for name in names:
                if word in (name[0], name[-1]):
                    return name
                if middle is None and word in name:
                    middle = name
        return middle

    def see(self, mention: Mention) -> tuple[Person, str | None]:
        """The person a named mention points to (defining them when new), and the role given
        at this mention."""
        words, role = split_run(mention, self.known, self.gram)
        person = self._find(words)
        if person is None and len(mention.run) == 1:  # a name used alone, not cut from a role
            full = self.full_name(words[0])
            person = self._find(full) if full else None
            words = full or words
        if person is None:
            person = Person(words, role, mention.titles)
            self.people.append(person)
            self._by_word.update(dict.fromkeys(words, person))
        elif person.role is None and role:
            person.role = role
        self.last = person
        return person, role

    def named_before(self, paragraph: int, at: int) -> tuple[bool, Person | None]:
        """Who paragraph `paragraph` makes the subject of a sentence or clause last before
        offset `at`, outside its quotes: a person already known, by any word of their name
        ("Later, Sato walked back"), or someone described, not named ("Seorang pengepul ...
        membenarkan hal itu."), as (True, None); (False, None) when neither."""
        # A sentence or two before the quote, not the whole paragraph: in one with many quotes,
        # every quote would read it all again.
        start = max(0, at - _NAMED_WINDOW)
        text = self.paragraphs[paragraph][start:at]
        regions = self.regions[paragraph]
        first = bisect_right(regions, start, key=_REGION_END)
        shown = [
            (max(a, start) - start, min(b, at) - start)
            for a, b in regions[first : bisect_left(regions, at, key=_REGION_START)]
        ]
        toks = tokens(mask(text, shown))
        by_word = self._by_word
        for i in range(len(toks) - 2, -1, -1):
            if _opens_clause(toks, i) and _someone_described(toks, i, self.gram):
                return True, None
            if by_word and _subject_name(toks, i):
                found = by_word.get(_clean(_possessive(toks[i][TEXT])))
                if found is not None:
                    return True, found
        return False, None

    def by_role(self, description: str) -> Person | None:
        """The person last named with the role a description gives: "the magistrate" is
        "Magistrate Ivy Cheung", "the minister" the minister named before. A pronoun ("he")
        has no role word, and gives no one."""
        gram = self.gram
        lowered = description.lower().split()
        # An office written short is its role written out: "Kades" is "Kepala Desa ...".
        long = [gram.short_roles[w] for w in lowered if w in gram.short_roles]
        words = [w for w in lowered if w in gram.role_heads]
        if not words and not long:
            return None
        for person in reversed(self.people):
            role = person.role.lower() if person.role else ""
            if role and (
                any(w in role.split() for w in words) or any(role.startswith(o) for o in long)
            ):
                return person
        return None

    def knows(self, words: tuple[str, ...]) -> bool:
        """Whether someone registered has these words in their name."""
        return self._find(words) is not None

    def _find(self, words: tuple[str, ...]) -> Person | None:
        for person in reversed(self.people):
            if person.words == words:
                return person
        wanted = set(words)
        for person in reversed(self.people):
            if wanted <= set(person.words):
                return person
        return None


@dataclass(frozen=True)
class Anchors:
    """Where a paragraph may name people: the tokens inside a role, and every token that is in
    a role, a prefix title or a relative pronoun. Found in one walk over the tokens, and kept
    for `full_names` on the same paragraph."""

    roles: set[int]
    at: list[int]


def anchors(toks: list[Tok], gram: Grammar) -> Anchors:
    firsts, prefixes, words = gram.roles.first, gram.prefixes, gram.anchor_words
    seen = [j for j, t in enumerate(toks) if t[WORD] in words or t[BARE] in prefixes]
    roles = _cover_from(toks, [j for j in seen if toks[j][WORD] in firsts], gram)
    others = [j for j in seen if j not in roles and toks[j][WORD] not in firsts]
    return Anchors(roles, sorted(roles.union(others)))


def introductions(
    source: str, toks: list[Tok], gram: Grammar, found_at: Anchors | None = None
) -> list[tuple[int, Mention]]:
    """People named outside any attribution, as the subject of a sentence, where the text
    gives them a role or a title ("Wali Kota Bandung Arif Rahman Hakim meresmikan ...") or a
    relative clause ("Nur Aini, whose son ..."): a later "-nya" or "Arif" may point to them.
    Returns (offset, mention) pairs."""
    marks = anchors(toks, gram) if found_at is None else found_at
    roles = marks.roles
    found: list[tuple[int, Mention]] = []
    for i in _predicates(toks, marks, gram):
        tok = toks[i]
        # ", who ...", ", a 47-year-old fisher ...": what follows the comma is about the name.
        relative = _after_comma(toks, i) and (
            tok[WORD] in gram.relatives or _describes_person(toks, i, gram)
        )
        k = i - 1 if relative else i
        while (
            k > max(0, i - _MAX_INTRODUCTION)
            and (k - 1 in roles or not _stops_sentence(toks[k - 1], gram))  # not "Plh."
            and not _stop_between(source, toks[k - 1], toks[k])  # "... Authority (NESA). Kayitare"
            and (
                _namey(toks, k - 1, roles, gram)
                or toks[k - 1][TEXT] in ",()"
                or toks[k - 1][TEXT].isdigit()
                or _suffix_title(toks[k - 1], gram)
                or toks[k - 1][WORD] in gram.connectors
                or _glue(toks, k - 1, gram)
                or (k < i and capital(toks[k - 1]))  # "... Ferry Operators Board, was"
                or (toks[k - 1][TEXT][0].islower() and _complement_before_name(toks, k - 1))
            )
        ):
            k -= 1
        if k > 0 and toks[k - 1][WORD] in gram.prepositions:
            k -= 1  # "Di Kelurahan Pondok Ranji, warga ...": a place, which `subject` tells
        chunk = toks[k : i - 1 if relative else i]
        if not chunk:
            continue
        flagged = relative or any(j in roles or toks[j][BARE] in gram.prefixes for j in range(k, i))
        mention = subject(source, chunk, gram) if flagged else None
        # One capitalised word after a role ("Presiden Indonesia") is as often a place or an
        # office as a name; such a person must be introduced by a speech attribution instead.
        # A role set apart by a comma ("Ketua RW 05, Suharti (52), ...") leaves no doubt.
        if (
            mention is not None
            and mention.kind is MentionKind.NAME
            and (
                len(mention.run) > 1
                or mention.titles
                or (mention.fixed and mention.role)
                # "Rasmadi (52), petani garam ...": a role after a comma, which no place has.
                or (mention.role and mention.role not in mention.text)
            )
        ):
            found.append((tok[START], mention))
    by_age = _aged_introductions(source, toks, roles, gram)
    return sorted(found + by_age, key=_OFFSET) if by_age else found


_OFFSET = itemgetter(0)


def _aged_introductions(
    source: str, toks: list[Tok], roles: set[int], gram: Grammar
) -> list[tuple[int, Mention]]:
    """People introduced by their age alone, with no role word or title: "Sione Tuilagi, 47,
    from Faleasiu, has fished ...", "Rahmadi (41), sopir truk asal Kuala Kurun, sudah ...": the
    name before the age, and a description set between commas after it."""
    found = []
    for j in sorted(_ages(source, toks)):
        k = j - 1  # the comma or bracket before the age
        while k > max(0, j - 1 - _MAX_NAME) and _namey(toks, k - 1, roles, gram):
            k -= 1
        end = _after_age(toks, j)
        mention = subject(source, toks[k:end], gram)
        if (
            mention is not None
            and mention.kind is MentionKind.NAME
            # A name of one word only where it opens the sentence or clause: "Yuliana (38)
            # mengalami ...", not "... di Blok (12)".
            and (len(mention.run) > 1 or mention.role or _one_word_name(toks, k, j, gram))
        ):
            found.append((toks[end - 1][START], mention))
    return found


def _one_word_name(toks: list[Tok], k: int, j: int, gram: Grammar) -> bool:
    """Whether the word at `k`, just before the age at `j`, is a name of one word: it opens
    the sentence or clause ("Yuliana (38) mengalami ..."), and is no word of time or other
    common word ("Today (19), reports arise ...")."""
    word = toks[k][WORD]
    return (
        j == k + 2
        and _opens_clause(toks, k)
        and word not in gram.not_name_words
        and word not in gram.time_adverbs
    )


#: A number of one to three digits set after a word between commas or in brackets, an age
#: ("Sione Tuilagi, 47, from ...", "Rasmadi (52) ..."), each form alone: a pattern that opens
#: with a literal is searched for that literal first (four times faster than both in one), and
#: `aged` runs on every paragraph. The group is the age.
_AGE_COMMAS, _AGE_BRACKETS = _AGES = (re.compile(r", (\d{1,3}),"), re.compile(r"\((\d{1,3})\)"))


def aged(text: str) -> bool:
    """Whether a paragraph may give someone's age after their name (a cheap test first)."""
    return _AGE_COMMAS.search(text) is not None or _AGE_BRACKETS.search(text) is not None


def _after_age(toks: list[Tok], j: int) -> int:
    """Where the predicate may start after the age at `j`: past its closing mark ("Sione
    Tuilagi, 47, from ..."), and past a description set between commas after it ("Rahmadi (41),
    sopir truk asal Kuala Kurun, sudah ...")."""
    after = j + 2
    if after < len(toks) and toks[after][TEXT] == ",":
        end = min(len(toks), after + _MAX_APPOSITIVE)
        after = next((k + 1 for k in range(after + 1, end) if toks[k][TEXT] == ","), after)
    return after


def _ages(source: str, toks: list[Tok]) -> set[int]:
    """The tokens of ages set right after a capitalised name."""
    ages = set()
    for match in (m for pattern in _AGES for m in pattern.finditer(source)):
        digits = match.start(1)
        j = bisect_left(toks, digits, key=itemgetter(START))
        if (
            2 <= j < len(toks) - 1
            and toks[j][START] == digits
            and toks[j][TEXT].isdigit()
            and toks[j - 1][TEXT] in ",("
            and toks[j + 1][TEXT] in ",)"
            and capital(toks[j - 2])
        ):
            ages.add(j)
    return ages


def _describes_person(toks: list[Tok], i: int, gram: Grammar) -> bool:
    """An indefinite opening a description of a person: "a 47-year-old fisher", "a professor
    of ..." (not "a novel" or "a village")."""
    if toks[i][WORD] not in gram.indefinites:
        return False
    return any(
        t[WORD] in gram.unnamed or t[WORD] in gram.role_heads or t[WORD] in gram.roles.first
        for t in toks[i + 1 : i + 1 + _MAX_LEAD]
    )


def _after_comma(toks: list[Tok], i: int) -> bool:
    return i > 0 and toks[i - 1][TEXT] == ","


def _glue(toks: list[Tok], i: int, gram: Grammar) -> bool:
    """An article or a name's particle before a capitalised word: "of the Land Transportation
    Board", "Ali bin Hassan"."""
    word = toks[i][WORD]
    return (word in gram.articles or word in gram.particles) and (
        i + 1 < len(toks) and capital(toks[i + 1])
    )


def _predicates(toks: list[Tok], marks: Anchors, gram: Grammar) -> list[int]:
    """Where the predicate begins after each run holding a role word, a title or a relative
    pronoun: the lowercase word that ends the run. Only these places can introduce someone,
    so the rest of the paragraph is not walked."""
    roles = marks.roles
    starts: set[int] = set()
    # The last walk, from an anchor to where it stopped: an anchor inside it, where the walk
    # goes on, stops where it did (a run of a thousand titles, "Dr. Ir. H. ...", was walked
    # to its end from each of them).
    walked = (-1, -1)
    for a in marks.at:
        word = toks[a][WORD]
        if word in gram.relatives or (_after_comma(toks, a) and _describes_person(toks, a, gram)):
            starts.add(a)
            continue
        i = a
        if word in gram.indefinites:
            # "Seorang perajin, Sri Lestari (52), merasakan ...": past the description.
            comma = next(
                (
                    k
                    for k in range(a + 1, min(len(toks), a + _MAX_LEAD + 2))
                    if toks[k][TEXT] == ","
                ),
                None,
            )
            if comma is None:
                continue
            i = comma + 1
        elif walked[0] < a < walked[1] and _goes_on(toks, a, roles, gram):
            i = walked[1]
        start = i
        while i < len(toks) and (
            _goes_on(toks, i, roles, gram) or (i > a and _complement_before_name(toks, i))
        ):
            i += 1
        if start == a:
            walked = (a, i)
        if i < len(toks):
            starts.add(i)
    return sorted(starts)


def _goes_on(toks: list[Tok], i: int, roles: set[int], gram: Grammar) -> bool:
    """Whether the run of a role, a title or a name goes on over the word at `i`."""
    return (
        i in roles
        or not toks[i][TEXT][0].islower()
        or toks[i][WORD] in gram.connectors
        or _glue(toks, i, gram)  # "spokesperson of the Land Transportation ... Board"
    )


def _complement_before_name(toks: list[Tok], i: int) -> bool:
    """Whether the lowercase word at `i` completes the role before it, a name following
    between commas: "Ketua panitia, Ikhsan Tangkilisan, membantah ..."."""
    for k in range(i + 1, min(len(toks) - 1, i + _MAX_COMPLEMENT + 1)):
        if toks[k][TEXT] == ",":
            return capital(toks[k + 1])
        if not toks[k][TEXT][0].islower():
            return False
    return False


def full_names(
    toks: list[Tok], gram: Grammar, roles: set[int] | None = None
) -> list[tuple[str, ...]]:
    """Runs of two to four capitalised words with no role, title or institution word in them:
    what a person's full name looks like. `roles`: the tokens inside a role, when known."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    # Unless given, made at the first capitalised word: most tokens are not.
    for i, tok in enumerate(toks):
        first = tok[TEXT][0]
        plain = first.isupper() and first.isalpha() and tok[WORD] not in gram.not_name_words
        if plain:
            roles = role_cover(toks, gram) if roles is None else roles
            plain = i not in roles and tok[BARE] not in gram.prefixes
        if plain:
            text = _possessive(tok[TEXT])
            run.append(_clean(text))
            # "Rosa Delgado's job": the name ends at the possessive, and a sentence at its stop.
            if text is tok[TEXT] and not _ends_sentence(tok):
                continue
        if 2 <= len(run) <= 4:  # "... the Gaza Strip. Mediators say": two runs
            found.append(tuple(run))
        run = []
    if 2 <= len(run) <= 4:
        found.append(tuple(run))
    return found
