"""The words of attribution as sets, tokens with offsets, and sentence bounds.

Everything language-specific comes from the lexicon and is turned into sets once per language
(`grammar`, cached). The regexes here hold no words: only characters and digits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Final, NamedTuple

from warta.blocks.spaces import a_to_z
from warta.lang.regex import trie
from warta.lang.schema import Lexicon, SpeechWords

#: A word (letters, digits, inner dots, hyphens, apostrophes, slashes; a comma only between
#: digits, as in "8,4"), or one punctuation mark that matters to attribution. Runs of word
#: characters are matched as one class star (faster than a per-character alternation); each
#: comma must be followed by a digit the next star consumes, so matching stays linear.
_TOKEN = re.compile(r"[^\W_][\w'’./-]*(?:,(?=\d)[\w'’./-]*)*|[,:;()]|[-–—]")
#: A sentence may end here: the full stop, question or exclamation mark, before a space or the end.
_STOP = re.compile(r"[.!?]+(?=\s|$)")
#: What ends a sentence just inside a quote's closing mark (see `view`, `direct`).
STOPS = ".!?"
_LETTER = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTER}+")
_NEXT = re.compile(r"\s*(\S)")
#: What `Grammar.kinds` finds in a paragraph (see there).
CUE, REPORTED, PEOPLE = 1, 2, 4
#: Characters that stand in for masked quotes (see `mask`).
MASK = "\ue000"
_TRIM = "'’-/"
#: The tokeniser as a `split` pattern, and a character `tokens` trims from a token's end.
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_TRIM_CHAR = re.compile(f"[{re.escape(_TRIM)}]")
_LAST = itemgetter(-1)
#: Keys for bisecting tokens by start and sentences by start: C-level, cheaper than a lambda.
TOK_START = itemgetter(1)
_BOUND_START = itemgetter(0)


#: A token of a paragraph with its offsets: (text, start, end, word, bare), read by the
#: indices below. `word` is lowercased without a final full stop (what lexicon words are
#: compared with); `bare` is lowercased without any dots (how titles are compared: "M.Pd." and
#: "MPd" alike); both are computed once, when the token is made. A plain tuple, not a named
#: one: paragraphs make many, and `tokens` makes them in bulk in C (`zip`), where a named
#: tuple's instances cost a constructor call each.
Tok = tuple[str, int, int, str, str]
TEXT: Final = 0
START: Final = 1
END: Final = 2
WORD: Final = 3
BARE: Final = 4


def make_tok(text: str, start: int) -> Tok:
    lower = text.lower()
    return (text, start, start + len(text), lower.rstrip("."), lower.replace(".", ""))


def capital(tok: Tok) -> bool:
    return tok[TEXT][0].isupper()


class Phrases:
    """Word sequences indexed by their first word, so finding one at a token is a dict lookup."""

    def __init__(self, words: tuple[str, ...]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted({tuple(w.lower().split()) for w in words}, key=len, reverse=True):
            by_first.setdefault(phrase[0], []).append(phrase)
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        #: The words a phrase may start with, for a cheap test before `at`.
        self.first = frozenset(self._by_first)

    def at(self, toks: list[Tok], i: int) -> int:
        """How many tokens from `i` make one of the phrases (longest first), or 0."""
        for phrase in self._by_first.get(toks[i][WORD], ()):
            n = len(phrase)
            if i + n <= len(toks) and all(toks[i + k][WORD] == phrase[k] for k in range(1, n)):
                return n
        return 0

    def ending_at(self, toks: list[Tok]) -> int:
        """How many tokens at the end of `toks` make one of the phrases, or 0."""
        for n in (3, 2, 1):
            if len(toks) >= n and self.at(toks, len(toks) - n) == n:
                return n
        return 0


@dataclass(frozen=True)
class Grammar:
    """One language's attribution words, as sets of lowercased words and word sequences."""

    verbs: frozenset[str]
    suffixes: tuple[str, ...]
    reported: frozenset[str]
    bare_clause: frozenset[str]
    marked_clause: frozenset[str]
    continuations: frozenset[str]
    passives: frozenset[str]
    time_adverbs: frozenset[str]
    content_stops: tuple[str, ...]
    negations: frozenset[str]
    addressed: frozenset[str]
    clause_markers: frozenset[str]
    clause_subjects: frozenset[str]
    question_words: frozenset[str]
    complementizers: frozenset[str]
    according: Phrases
    #: One-word "according to" with a pronoun suffix: "Menurutnya, ..." (according to him).
    according_pronouns: frozenset[str]
    pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    #: The writer's pronouns: "I said" names no one.
    first_person: frozenset[str]
    #: Demonstratives ending a description that points back: "mahasiswi ... itu".
    demonstratives: frozenset[str]
    #: Numbers written as words ("lima", "two"): "Lima mahasiswa UGM" is a group, no one named.
    number_words: frozenset[str]
    #: Conjunctions that open a clause of time or circumstance: "ketika", "saat"; "when".
    subordinators: frozenset[str]
    abbreviations: frozenset[str]
    clause_joiners: frozenset[str]
    acronyms_are_bodies: bool
    written_titles: frozenset[str]
    adverbs: Phrases
    roles: Phrases
    #: The words a person may be introduced at, besides a title: a role's first word, a
    #: relative pronoun, an indefinite (see `warta.speech.speakers.anchors`).
    anchor_words: frozenset[str]
    role_heads: frozenset[str]
    #: Nouns of a person that are no office (see `SpeechWords.person_nouns`).
    person_nouns: frozenset[str]
    #: Offices written short, to the role each stands for ("kades": "kepala desa").
    short_roles: Mapping[str, str]
    institutions: frozenset[str]
    #: Words of attribution that may open a sentence capitalised ("Menurut Hadi, ...") and so
    #: never belong to a name.
    function_words: frozenset[str]
    unnamed: frozenset[str]
    determiners: frozenset[str]
    indefinites: frozenset[str]
    person_indefinites: frozenset[str]
    articles: frozenset[str]
    documents: frozenset[str]
    listeners: frozenset[str]
    audiences: frozenset[str]
    connectors: frozenset[str]
    relatives: frozenset[str]
    prepositions: frozenset[str]
    naming: frozenset[str]
    named_only: frozenset[str]
    prefixes: frozenset[str]
    #: Words of the title before them: "Kombes Pol" (see `PeopleWords.title_qualifiers`).
    qualifiers: frozenset[str]
    suffix_titles: frozenset[str]
    #: Lowercase words inside a name: "Ali bin Hassan", "Ludwig van Beethoven".
    particles: frozenset[str]
    #: Words that join two clauses or names: "and", "dan".
    coordinators: frozenset[str]
    stopwords: frozenset[str]
    weekdays: frozenset[str]
    head_first: bool
    drops_subjects: bool
    day_first: bool
    #: Any word that may start an attribution ("kata", "ujarnya", "menurut", "said"): a
    #: paragraph without one and without quote marks holds no quote and is skipped.
    cue_words: frozenset[str]
    #: Words that are never part of a person's name: stopwords, weekdays, pronouns, words of
    #: attribution, institutions and connectors.
    not_name_words: frozenset[str]
    #: The words that decide how a paragraph is read (see `kinds`), and what each says: `CUE`,
    #: `REPORTED`, `PEOPLE`, or'd.
    word_kinds: Mapping[str, int]
    #: Whether every word of `word_kinds` and `comma_kinds` is ASCII (as in `id` and `en`):
    #: then a text's words are split in bulk (see `_runs`).
    ascii_words: bool
    #: A scan of lowercased text for a word of `_comma_words` whose token comes right after a
    #: comma token, and what each such word says.
    comma_scan: re.Pattern[str]
    comma_kinds: Mapping[str, int]

    def kinds(self, lowered: str) -> int:
        """What a lowercased paragraph may hold, as `CUE`, `REPORTED` and `PEOPLE` or'd, from
        the words found in it as whole runs of letters:

        - `CUE`: any word that may start an attribution (a quote with none is found without
          tokens);
        - `REPORTED`: what reported speech needs in a paragraph without quote marks: a reported
          verb or a first word of "according to", or a speech verb or its pronoun form right
          after a comma ("..., kata Hadi", "..., tambahnya");
        - `PEOPLE`: a first word of a role, a title or a relative pronoun (a paragraph without
          one introduces no one).
        """
        found = 0
        kinds = self.word_kinds
        for word in kinds.keys() & _runs(lowered, self.ascii_words):
            found |= kinds[word]
        if "," in lowered:
            comma_kinds = self.comma_kinds
            for word in self.comma_scan.findall(lowered):
                found |= comma_kinds[word]
        return found

    def verb_form(self, tok: Tok) -> tuple[str, bool] | None:
        """(verb, pronoun) when `tok` is a speech verb or one with a pronoun suffix ("ujarnya")."""
        word = tok[WORD]
        if word in self.verbs:
            return word, False
        for suffix in self.suffixes:
            if word.endswith(suffix) and word[: -len(suffix)] in self.verbs:
                return word[: -len(suffix)], True
        return None

    def is_prefix_title(self, tok: Tok) -> bool:
        return tok[BARE] in self.prefixes

    def is_suffix_title(self, tok: Tok) -> bool:
        return tok[BARE] in self.suffix_titles


def _owned(speech: SpeechWords) -> tuple[str, ...]:
    """The role words, and each with a pronoun suffix in a language that has them: "Istrinya,
    Siti Rohmah, ..." (his wife), "kuasa hukumnya" (his lawyer)."""
    owned = tuple(w + suffix for w in speech.role_words for suffix in speech.pronoun_suffixes)
    return speech.role_words + owned


def _bare(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower().replace(".", "") for w in words)


@lru_cache(maxsize=16)
def _build(
    speech: SpeechWords,
    prefixes: tuple[str, ...],
    qualifiers: tuple[str, ...],
    suffixes: tuple[str, ...],
    particles: tuple[str, ...],
    coordinators: tuple[str, ...],
    stopwords: frozenset[str],
    weekdays: tuple[str, ...],
    order: str,
    number_words: tuple[str, ...],
    short_months: tuple[str, ...] = (),
) -> Grammar:
    return Grammar(
        verbs=frozenset(speech.verbs),
        suffixes=speech.pronoun_suffixes,
        reported=frozenset(speech.reported_verbs),
        bare_clause=frozenset(speech.bare_clause_verbs),
        marked_clause=frozenset(speech.marked_clause_verbs),
        continuations=frozenset(speech.continuations),
        passives=frozenset(speech.passives),
        time_adverbs=frozenset(speech.time_adverbs),
        content_stops=speech.content_stops,
        negations=frozenset(speech.negations),
        addressed=frozenset(speech.addressed_verbs),
        clause_markers=frozenset(speech.clause_markers),
        clause_subjects=frozenset(speech.clause_subjects),
        question_words=frozenset(speech.question_words),
        complementizers=frozenset(speech.complementizers),
        according=Phrases(speech.according_to),
        according_pronouns=_according_pronouns(speech),
        pronouns=frozenset(speech.pronouns),
        object_pronouns=frozenset(speech.object_pronouns),
        first_person=frozenset(speech.first_person),
        demonstratives=frozenset(speech.demonstratives),
        number_words=frozenset(number_words),
        subordinators=frozenset(speech.conjunctions),
        # "starting Jan. 4 while ...": a month's abbreviation ends no sentence.
        abbreviations=frozenset(speech.abbreviations + short_months),
        clause_joiners=frozenset(speech.clause_joiners),
        acronyms_are_bodies=speech.acronyms_are_bodies,
        written_titles=frozenset(speech.written_titles),
        adverbs=Phrases(speech.adverbs),
        roles=(phrases := Phrases(roles := _owned(speech))),
        role_heads=frozenset(w.split()[-1] for w in roles),
        anchor_words=phrases.first | frozenset(speech.relatives) | frozenset(speech.indefinites),
        person_nouns=frozenset(speech.person_nouns),
        short_roles=dict(speech.role_short_forms),
        institutions=frozenset(speech.institutions),
        function_words=(
            function_words := frozenset(
                w
                for words in (
                    speech.verbs,
                    speech.reported_verbs,
                    speech.complementizers,
                    speech.according_to,
                    speech.adverbs,
                    speech.determiners,
                    speech.listeners,
                    speech.unnamed_speakers,
                    speech.conjunctions,
                )
                for phrase in words
                for w in phrase.split()
            )
            # "Menurutnya, camat ... harus": no name before a role.
            | _according_pronouns(speech)
        ),
        unnamed=frozenset(speech.unnamed_speakers),
        determiners=frozenset(speech.determiners),
        indefinites=frozenset(speech.indefinites),
        person_indefinites=frozenset(speech.person_indefinites),
        articles=frozenset(speech.articles),
        documents=frozenset(speech.documents),
        listeners=frozenset(speech.listeners),
        audiences=frozenset(speech.audiences),
        connectors=frozenset(speech.role_connectors),
        relatives=frozenset(speech.relatives),
        prepositions=frozenset(speech.prepositions),
        naming=frozenset(speech.naming_verbs),
        named_only=frozenset(speech.named_only_verbs),
        # A title that is also a common word of the language ("ma", "se") is only ever read
        # after a comma, as a suffix; prefixes are read before a capitalised name.
        prefixes=_bare(prefixes),
        qualifiers=_bare(qualifiers),
        # "MS" after a health writer's name is a degree, "Ms." before a name an honorific: read
        # bare, the two are one word, and in speech the honorific is what it is.
        suffix_titles=_bare(suffixes) - _bare(prefixes),
        particles=frozenset(particles),
        coordinators=frozenset(coordinators),
        stopwords=stopwords,
        weekdays=frozenset(w.lower() for w in weekdays),
        head_first=speech.role_head_first,
        drops_subjects=speech.drops_subjects,
        day_first=order != "mdy",
        cue_words=(cues := _cue_words(speech)),
        not_name_words=stopwords
        | frozenset(w.lower() for w in weekdays)
        | frozenset(speech.pronouns + speech.object_pronouns)
        | function_words
        | frozenset(speech.institutions)
        | frozenset(speech.role_connectors),
        word_kinds=(kinds := _kinds(speech, prefixes, cues)),
        ascii_words=(plain := _ascii(kinds, comma := _comma_words(speech))),
        comma_scan=_comma_scan(sorted(comma), plain),
        comma_kinds=comma,
    )


def _people_words(speech: SpeechWords, prefixes: tuple[str, ...]) -> frozenset[str]:
    # A relative pronoun introduces someone only after a comma ("Nur Aini, whose son ..."):
    # the scan looks for it there (`_comma_words`), unless it holds more than letters.
    relatives = () if _letters_only(set(speech.relatives)) else speech.relatives
    return frozenset(
        w.lower().replace(".", "").split()[0]
        for w in _owned(speech) + relatives + prefixes + speech.person_indefinites
        if w.replace(".", "")
    )


def _letters_only(words: set[str]) -> bool:
    return all(_WORD.fullmatch(w) for w in words)


def _strong(speech: SpeechWords) -> set[str]:
    """The words reported speech may start at: reported verbs, first words of "according to",
    and its pronoun forms ("menurutnya")."""
    return {w.lower().split()[0] for w in speech.reported_verbs + speech.according_to} | set(
        _according_pronouns(speech)
    )


def _according_pronouns(speech: SpeechWords) -> frozenset[str]:
    return frozenset(
        w.lower() + suffix
        for w in speech.according_to
        if " " not in w
        for suffix in speech.pronoun_suffixes
    )


def _comma_words(speech: SpeechWords) -> dict[str, int]:
    """What the scan looks for right after a comma, and what each says: the speech verbs and
    their pronoun forms start reported speech (`REPORTED`: "..., kata Hadi", "..., tambahnya"),
    a relative pronoun may introduce someone (`PEOPLE`: ", yang ...", ", who ..."). Verbs are
    left out when a word holds anything but letters (then any cue word counts as `REPORTED`,
    see `_kinds`), and relatives then count anywhere (see `_people_words`)."""
    words: dict[str, int] = {}
    verbs = {w.lower() for w in speech.verbs + speech.continuations}
    verbs |= {v + suffix for v in verbs for suffix in speech.pronoun_suffixes}
    if _letters_only(_strong(speech) | verbs):
        words.update(dict.fromkeys(verbs, REPORTED))
    # A relative or an indefinite after a comma may introduce the name before it: ", who ...",
    # ", a 47-year-old fisher ...".
    relatives = {w.lower() for w in speech.relatives + speech.indefinites}
    if _letters_only(relatives):
        for word in relatives:
            words[word] = words.get(word, 0) | PEOPLE
    return words


def _kinds(speech: SpeechWords, prefixes: tuple[str, ...], cues: frozenset[str]) -> dict[str, int]:
    """What each word of the scan says (see `Grammar.kinds`). Words holding anything but
    letters could never be a whole run of letters and are left out."""
    verbs = {w.lower() for w in speech.verbs}
    strong = _strong(speech)
    reported = strong if _letters_only(strong | verbs) else set(cues)
    kinds: dict[str, int] = {}
    for words, kind in (
        (cues, CUE),
        (reported, REPORTED),
        (_people_words(speech, prefixes), PEOPLE),
    ):
        for word in words:
            if _WORD.fullmatch(word):
                kinds[word] = kinds.get(word, 0) | kind
    return kinds


#: What the tokeniser passes over between tokens: neither a word character that starts a token
#: nor a punctuation mark it keeps.
_SKIPPED = r"(?:[^\w,:;()\-–—]|_)"


def _ascii(*words: Mapping[str, int]) -> bool:
    return all(w.isascii() for some in words for w in some)


def _comma_scan(words: list[str], ascii_words: bool) -> re.Pattern[str]:
    """A scan, on lowercased text, for a word of `words` as a whole run of letters whose token
    comes right after a comma token: what splitting the text into tokens and testing each pair
    would find, without making them. It starts at a comma, a literal the engine finds in C."""
    letter = "[a-z]" if ascii_words else _LETTER
    return re.compile(rf",{_SKIPPED}*({trie(words) if words else '(?!)'})(?!{letter})")


def _runs(lowered: str, ascii_words: bool) -> list[str]:
    """The maximal runs of letters of a lowercased text, the words `kinds` looks up.

    When every word looked for is ASCII, runs of a to z instead, found in C: any other character
    is made a space (by way of bytes, each character outside ASCII as "?") and the text is split.
    A word touching a letter outside a to z ("ékata") is then found where tokens would not see
    it: a paragraph is read that did not need to be, and the tokens find nothing more in it."""
    if ascii_words:
        return a_to_z(lowered).split()
    return _WORD.findall(lowered)


def _cue_words(speech: SpeechWords) -> frozenset[str]:
    verbs = {w.split()[0] for w in speech.verbs + speech.reported_verbs + speech.according_to}
    suffixed = {v + suffix for v in speech.verbs for suffix in speech.pronoun_suffixes}
    # A participle after a comma speaks for the sentence's subject: "..., saying ...".
    return frozenset(verbs | suffixed | _according_pronouns(speech) | set(speech.continuations))


#: The grammar of each lexicon object already asked for, by identity, the lexicon kept with it
#: (so its id is not reused): a lexicon is a frozen dataclass, and hashing it (all its words)
#: to find its grammar in `_build`'s cache cost more than some pages' quotes. A few lexicons
#: exist (one per language); the cache is emptied should it ever hold many.
_GRAMMARS: dict[int, tuple[Lexicon, Grammar]] = {}
_MAX_GRAMMARS = 16


def grammar(lex: Lexicon) -> Grammar:
    """The attribution grammar of a lexicon, built once per language.

    Titles come from every language's lexicon: a person keeps their titles whatever the
    language of the text ("Dr. Fajar Nugroho, Sp.PD, said" in an English Antara story).

    >>> from warta.lang import lexicon
    >>> "kata" in grammar(lexicon("id")).verbs
    True
    """
    held = _GRAMMARS.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    from warta.lang import LANGUAGES, lexicon

    people = [lex.people] + [lexicon(code).people for code in LANGUAGES if code != lex.code]
    gram = _build(
        lex.speech,
        tuple(t for p in people for t in p.title_prefixes),
        tuple(t for p in people for t in p.title_qualifiers),
        tuple(t for p in people for t in p.title_suffixes),
        tuple(t for p in people for t in p.name_particles),
        lex.people.conjunctions,
        lex.stopwords,
        lex.dates.weekdays,
        lex.dates.order,
        tuple(word for word, _ in lex.numbers.number_words),
        _short_months(lex.dates.months),
    )
    if len(_GRAMMARS) >= _MAX_GRAMMARS:
        _GRAMMARS.clear()
    _GRAMMARS[id(lex)] = (lex, gram)
    return gram


def _short_months(months: Mapping[str, int]) -> tuple[str, ...]:
    """The months' abbreviations: a month's word that a longer one of the same month starts
    with ("jan" of "january"; not "may", which is whole)."""
    return tuple(
        sorted(
            short
            for short, number in months.items()
            if any(
                len(w) > len(short) and w.startswith(short) and n == number
                for w, n in months.items()
            )
        )
    )


def tokens(text: str) -> list[Tok]:
    """The tokens of `text`, with offsets; masked quotes give none.

    >>> [t[TEXT] for t in tokens("Dr. Endang, M.Pd., kata dia: Rp 8,4 miliar.")]
    ['Dr.', 'Endang', ',', 'M.Pd.', ',', 'kata', 'dia', ':', 'Rp', '8,4', 'miliar.']
    """
    # In bulk, in C: `split` gives gaps and tokens in turn, their lengths summed give the
    # offsets, `map` lowercases, and `zip` makes the tuples. Only tokens ending in an
    # apostrophe, hyphen or slash (found in the string of every token's last character) are
    # trimmed one by one.
    parts = _SPLIT.split(text)
    texts = parts[1::2]
    if not texts:
        return []
    at = list(accumulate(map(len, parts)))
    ends = at[1::2]
    for match in _TRIM_CHAR.finditer("".join(map(_LAST, texts))):
        k = match.start()
        if len(texts[k]) > 1:
            texts[k] = texts[k].rstrip(_TRIM)
            ends[k] = at[2 * k] + len(texts[k])
    lowers = list(map(str.lower, texts))
    words = map(str.rstrip, lowers, repeat("."))
    bares = map(str.replace, lowers, repeat("."), repeat(""))
    # One more gap than tokens: the offsets run one longer.
    return list(zip(texts, at[0::2], ends, words, bares, strict=False))


def sentences(
    text: str, gram: Grammar, quote_ends: list[int] | None = None
) -> list[tuple[int, int]]:
    """Sentence bounds in a (masked) paragraph: a stop ends a sentence when what follows opens one
    and the word before it is no title or initial ("Dr. Amran", "M. Yusuf" do not end one).
    `quote_ends`: where masked quotes end that end with a stop inside their closing mark ('...
    behaviour.” He added'), each a stop too when a space follows it.

    >>> from warta.lang import lexicon
    >>> text = "Kata Dr. Amran di sana. Ia pergi."
    >>> [text[a:b].strip() for a, b in sentences(text, grammar(lexicon("id")))]
    ['Kata Dr. Amran di sana.', 'Ia pergi.']
    """
    bounds, start = [], 0
    stops: list[tuple[int, re.Match[str] | None]] = [(m.end(), m) for m in _STOP.finditer(text)]
    if quote_ends:
        stops += [(end, None) for end in quote_ends if end == len(text) or text[end].isspace()]
        stops.sort(key=_BOUND_START)
    for end, match in stops:
        # The next visible character, found without copying the rest of the paragraph (a
        # paragraph of many short sentences would otherwise cost quadratic time).
        following = _NEXT.match(text, end)
        nxt = following.group(1) if following else ""
        if nxt and not (nxt.isupper() or nxt.isdigit() or not nxt.isalnum()):
            continue
        if match and match.group() == "." and _abbreviation(text, match.start(), gram):
            continue
        bounds.append((start, end))
        start = end
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _abbreviation(text: str, stop: int, gram: Grammar) -> bool:
    word_start = stop
    while word_start > 0 and not text[word_start - 1].isspace() and stop - word_start < 12:
        word_start -= 1
    word = text[word_start : stop + 1]
    bare = word.lower().replace(".", "")
    if bare in gram.abbreviations:
        return True  # "St. Boniface" (before a degree: "ST" is one too)
    if bare in gram.suffix_titles and len(bare) > 1:
        return False  # "..., Andi Nurhayati, S.Sos., M.Si. Menurut ...": a degree ends it
    if bare[:1].isdigit():
        # "... selesai pukul 18.00. Pentas ...", "Rp 1.500.", "on Interstate 4. “We ...",
        # "leaves at 6.15pm. “If ...": a number ends it (an initial is a letter).
        return False
    return len(bare) == 1 or bare in gram.prefixes or word.count(".") > 1


#: What a reported content ends with that is not its words, and the fewest words it needs.
_CONTENT_TRAIL = " \t.,;:"
_MIN_CONTENT_WORDS = 2


def content_span(
    text: str, start: int, end: int, fewest: int = _MIN_CONTENT_WORDS
) -> tuple[int, int] | None:
    """The reported content in text[start:end] without the spaces before it and the stops and
    commas after it; None when fewer than `fewest` words (two) are left.

    >>> content_span("kata dia, harga naik.", 9, 21)
    (10, 20)
    """
    while end > start and text[end - 1] in _CONTENT_TRAIL:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if len(text[start:end].split()) >= fewest else None


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence (start, end) holding `offset`."""
    index = max(0, bisect_right(bounds, offset, key=_BOUND_START) - 1)
    return bounds[index] if bounds else (0, offset)


def mask(text: str, regions: list[tuple[int, int]]) -> str:
    """`text` with each region (a quote, marks included) replaced by as many `MASK` characters,
    so offsets stay and the words inside a quote are never read as attribution."""
    if not regions:
        return text
    pieces, at = [], 0
    for start, end in regions:
        pieces.append(text[at:start])
        pieces.append(MASK * (end - start))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


class View(NamedTuple):
    """One paragraph as the speech stages read it: quotes masked, tokens, sentences. A named
    tuple, as every paragraph makes one: cheaper to build than a frozen dataclass."""

    #: The paragraph's index in the article.
    paragraph: int
    text: str
    masked: str
    toks: list[Tok]
    bounds: list[tuple[int, int]]
    #: Where the paragraph's first and last visible characters are (punctuation aside at the
    #: end), so "nothing before/after this quote" is a comparison, not a copy.
    first: int = 0
    last: int = 0

    def between(self, start: int, end: int) -> list[Tok]:
        """The tokens inside [start, end), found by bisection."""
        lo = bisect_left(self.toks, start, key=TOK_START)
        hi = bisect_left(self.toks, end, lo=lo, key=TOK_START)
        return [t for t in self.toks[lo:hi] if t[END] <= end]


def view(index: int, text: str, regions: list[tuple[int, int]], gram: Grammar) -> View:
    masked = mask(text, regions)
    # Where a quote ends a sentence inside its closing mark ('... behaviour.” He added'):
    # masked, the stop is hidden, and the sentence after the quote would be read as part of
    # the one before.
    ends = [end for start, end in regions if end - start > 2 and text[end - 2] in STOPS]
    bounds = sentences(masked, gram, ends)
    return View(index, text, masked, tokens(masked), bounds, *_visible(text))


def blank(index: int, text: str, masked: str | None = None) -> View:
    """A paragraph not read (no attribution word): no tokens, one sentence; `masked` is the text
    with its quotes masked, when it has some."""
    return View(
        index, text, text if masked is None else masked, [], [(0, len(text))], *_visible(text)
    )


def _visible(text: str) -> tuple[int, int]:
    return len(text) - len(text.lstrip()), len(text.rstrip(" \t\n.,;:"))


class Views:
    """The views of an article's paragraphs, each made on first use and dropped once read: only
    the few paragraphs being read are held at a time, never the tokens of the whole article.
    `read` says which paragraphs are tokenised; the others get a `blank` view."""

    def __init__(
        self,
        paragraphs: list[str],
        regions: list[list[tuple[int, int]]],
        read: list[bool],
        gram: Grammar,
    ) -> None:
        self._paragraphs = paragraphs
        self._regions = regions
        self._read = read
        self._gram = gram
        self._made: dict[int, View] = {}

    def __getitem__(self, index: int) -> View:
        made = self._made.get(index)
        if made is None:
            text, regions = self._paragraphs[index], self._regions[index]
            if self._read[index]:
                made = view(index, text, regions, self._gram)
            else:
                made = blank(index, text, mask(text, regions))
            self._made[index] = made
        return made

    def drop(self, index: int) -> None:
        """Forget the view of a paragraph read to the end."""
        self._made.pop(index, None)
