"""Reported speech: "X mengatakan (bahwa) ...", "Menurut X, ...", "X said (that) ...",
"..., X said.", "..., according to X."

The quote's text is the reported content only, without the sentence's closing stop. A verb
that does not always introduce speech ("menyampaikan ringkasan", delivered a summary) needs
"bahwa", a comma or a colon before its content; a subject that is a document or data ("data
BPS", "the report") gives no quote.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from warta.records import QuoteKind
from warta.speech.direct import Attribution, Found, _strip_adverbs, continuation
from warta.speech.grammar import (
    END,
    MASK,
    START,
    TEXT,
    TOK_START,
    WORD,
    Grammar,
    Tok,
    View,
    capital,
    content_span,
    make_tok,
    sentence_at,
)
from warta.speech.speakers import (
    POSSESSIVES,
    Mention,
    MentionKind,
    according_speaker,
    after_verb,
    appositive,
    pronoun,
    role_cover,
    segments,
    subject,
    verb_in_name,
)

#: How many tokens around a cue are read for its speaker and the opening of its content.
_REACH = 64
#: Most tokens of a phrase after a verb saying where or how it was said, with nothing after it
#: ("said in a statement on Wednesday.", "wrote on Telegram.").
_MAX_CIRCUMSTANCE = 7
#: How far after the verb "bahwa"/"that" may stand ("said on Tuesday that ...").
_THAT_WINDOW = 8
#: Most capitalised words of a listener after "told" ("told Khmer Times").
_MAX_LISTENER = 4
#: How far into a bare content a clause marker must stand ("menegaskan pemerintah tidak ...").
_MARKER_WINDOW = 10
#: How many tokens an attribution set inside the content may take: ", kata Kepala Dinas Siti,".
_MAX_INSERTED = 8
#: The fewest words before an attribution set inside: "Pemkab, lanjut Siti, sudah ...".
_MIN_INSERTED_WORDS = 1
#: The fewest words a reported content needs.
_MIN_WORDS = 2
#: Above this share of capitalised words a paragraph is a headline, not a sentence.
_HEADLINE_SHARE = 0.7
_TEXT = itemgetter(0)
_FIRST = itemgetter(0)


def _headline(toks: list[Tok]) -> bool:
    """Most words capitalised and no full stop at the end: a headline or a subheading ("Eks
    Pelatih Mengaku Ditawari Rp 200 Juta"), where verbs and names cannot be told apart by case;
    not a sentence full of names and offices ("Menurut Kepala Dinas ..., Yohana Sitorus, ...")."""
    if toks[-1][TEXT].endswith("."):
        return False
    # The tokens' first characters as one string, its letters kept: loops in C, not Python.
    words = "".join(filter(str.isalpha, map(_FIRST, map(_TEXT, toks))))
    if len(words) < _MIN_WORDS:
        return False
    return sum(map(str.isupper, words)) > _HEADLINE_SHARE * len(words)


def _outside(toks: list[Tok], regions: list[tuple[int, int]]) -> list[Tok]:
    """The tokens in none of the regions: one walk over both, both in order."""
    regions = sorted(regions)
    kept: list[Tok] = []
    k = 0
    for tok in toks:
        while k < len(regions) and regions[k][1] <= tok[START]:
            k += 1
        if k == len(regions) or tok[START] < regions[k][0]:
            kept.append(tok)
    return kept


def find_reported(v: View, used: list[tuple[int, int]], gram: Grammar) -> list[Found]:
    """Reported speech in one paragraph, outside its quotes and the attribution regions of its
    direct quotes (`used`)."""
    if not v.toks or _headline(v.toks):
        return []
    toks = _outside(v.toks, used) if used else v.toks
    found: list[Found] = []
    done_until = -1
    cues = gram.cue_words
    for j in [j for j, t in enumerate(toks) if t[WORD] in cues]:
        tok = toks[j]
        if tok[START] < done_until:
            continue
        if verb_in_name(toks, j, gram):
            continue  # "Stephen Said, a lawyer ...": a name's word, inside a sentence
        n = gram.according.at(toks, j) if tok[WORD] in gram.according.first else 0
        if n:
            quote = _according(v, toks, j, n, gram)
        elif tok[WORD] in gram.according_pronouns:
            quote = _according_pronoun(v, toks, j, gram)
        elif tok[WORD] in gram.reported or (
            j and toks[j - 1][TEXT] == "," and gram.verb_form(tok) is not None
        ):
            quote = _reported(v, toks, j, gram)
        elif tok[WORD] in gram.continuations and j and toks[j - 1][TEXT] == ",":
            quote = _participle(v, toks, j, gram)
        else:
            continue
        if quote is not None:
            found.append(quote)
            done_until = sentence_at(v.bounds, tok[START])[1]
            # "X said A, adding that B", "A, X said, adding that B": B is X's words too,
            # after the content or after the cue, whichever ends later.
            end = max(quote.parts[-1][2], quote.attribution.region[1])
            then = continuation(v, quote.attribution._replace(region=(end, end)), gram)
            if then is not None:
                found.append(then)
    return found


def _sentence(v: View, toks: list[Tok], j: int) -> tuple[int, int, list[Tok], list[Tok]]:
    """The sentence around the cue at `j`, and its tokens before and after the cue: at most
    `_REACH` each way, as no speaker or opening of content is further from its verb, and a
    sentence of many cues would otherwise be read whole for each."""
    start, end = sentence_at(v.bounds, toks[j][START])
    lo = bisect_left(toks, start, lo=max(0, j - _REACH), hi=j, key=TOK_START)
    hi = bisect_left(toks, end, lo=j + 1, hi=min(len(toks), j + 1 + _REACH), key=TOK_START)
    return start, end, toks[lo:j], [t for t in toks[j + 1 : hi] if t[END] <= end]


def _stopped(v: View, span: tuple[int, int], gram: Grammar) -> tuple[int, int]:
    """The content cut where the sentence turns away from it (", but declined to say ...") or
    goes on to more words of the speaker's (", adding that ...", see `continuation`)."""
    start, end = span
    lowered = v.text[start:end].lower()
    cuts = [start + at for at in (lowered.find(stop) for stop in gram.content_stops) if at > 0]
    lo = bisect_left(v.toks, start, key=TOK_START)
    hi = bisect_left(v.toks, end, lo=lo, key=TOK_START)
    toks = v.toks
    cuts.extend(
        toks[k][START]
        for k in range(lo + 1, hi - 1)
        if toks[k][TEXT] == ","
        and (
            toks[k + 1][WORD] in gram.continuations
            # ", and asked why ...", ", but added that ...": the speaker's next act.
            or (
                toks[k + 1][WORD] in gram.clause_joiners
                and k + 2 < hi
                and (toks[k + 2][WORD] in gram.verbs or toks[k + 2][WORD] in gram.reported)
            )
        )
    )
    # "said the drop was encouraging but cautioned against ...": the next act without a comma,
    # a verb of speech right after the joiner.
    cuts.extend(
        toks[k - 1][END]
        for k in range(lo + 1, hi - 1)
        if toks[k][WORD] in gram.clause_joiners
        and toks[k - 1][TEXT] != ","
        and toks[k + 1][WORD] in gram.verbs
    )
    return (start, min(cuts)) if cuts else span


def _thin(content: str, gram: Grammar) -> bool:
    """Two words that say nothing of their own: a thing pointed to ("hal itu", "this year"), a
    preposition's phrase ("about Nato?"), or an attribution's ("she said", "He had")."""
    words = content.lower().split()
    if len(words) != 2:
        return False
    first, last = (w.strip(".,;:?!") for w in words)
    return (
        first in gram.demonstratives
        or last in gram.demonstratives
        or first in gram.prepositions
        or (last in gram.clause_markers and not gram.drops_subjects)  # not "iuran naik"
        or last in gram.cue_words
    )


def _found(
    v: View, span: tuple[int, int] | None, mention: Mention | None, cue: Tok, gram: Grammar
) -> Found | None:
    if span is None or mention is None:
        return None
    span = _stopped(v, span, gram)
    if _thin(v.text[span[0] : span[1]], gram):
        return None
    kind = QuoteKind.INDIRECT
    if v.masked[span[0] : span[1]].strip(MASK) == "":
        # "said that “we are still early.”": the content is a quotation, the speaker's own words.
        # Past its marks (an unclosed quotation runs to the paragraph's end, with no mark).
        close = span[1] - (not v.text[span[1] - 1].isalnum())
        inner = content_span(v.text, span[0] + 1, close, fewest=1)
        if inner is None:
            return None
        kind, span = QuoteKind.DIRECT, inner
    attribution = Attribution(
        mention, cue[TEXT].rstrip("."), None, v.paragraph, cue[START], (cue[START], cue[END])
    )
    return Found(kind, ((v.paragraph, span[0], span[1]),), attribution)


def _reported(v: View, toks: list[Tok], j: int, gram: Grammar) -> Found | None:
    start, end, before, after = _sentence(v, toks, j)
    verb = toks[j]
    if before and before[-1][WORD] in gram.passives:
        return None  # "employees were told that ...": someone else's words
    if before and before[-1][WORD] in gram.negations:
        return None  # "but did not say what would happen": nothing said
    inserted = _inserted(v, start, end, before, after, verb, gram)
    if inserted is not None:
        return inserted
    begin = _content_start(after, verb, gram)
    if begin is not None:
        if verb[WORD] not in gram.reported:
            return None
        span = content_span(v.text, begin, end)
        if span and verb[WORD] in gram.naming and MASK in v.masked[span[0] : span[1]]:
            return None  # "menyebut jalan itu “jalur tengkorak”": a name given, not speech
        mention = subject(v.text, _strip_adverbs(before, gram), gram)
        if mention is None and before and before[-1][WORD] in gram.clause_joiners:
            mention = _shared_subject(v.text, before[:-1], gram)
        if (
            mention is not None
            and mention.kind is MentionKind.UNNAMED
            and verb[WORD] in gram.named_only
        ):
            return None  # "Pemkot memastikan relokasi dimulai Januari": an act, not speech
        if (
            (mention is None or mention.kind is not MentionKind.NAME)
            and verb[WORD] not in gram.addressed
            and before[-1:]
            and before[-1][TEXT] == ","
            and _names_after(v, after, gram)
        ):
            # "..., said Serene Gregg, local president of ...": the verb inverted after a
            # comma, when no one is named before it.
            return _postposed(v, start, before, after, verb, gram)
        return _found(v, span, mention, verb, gram)
    return _postposed(v, start, before, after, verb, gram)


def _participle(v: View, toks: list[Tok], j: int, gram: Grammar) -> Found | None:
    """A sentence that speaks only in a participle after a comma: "Judge Elaine MacIsaac
    accepted the recommendation, saying the man had shown remorse". The speaker is the subject
    of the sentence's verb; a sentence with a verb of speech of its own has its attribution
    there ("X said A, adding that B" is read from "said")."""
    _, end, before, after = _sentence(v, toks, j)
    # A verb of speech before it that gave a quote has its continuation read already ("X said
    # A, adding that B"), and this one is passed over; one that gave none ("asked for a
    # sentence at the bottom of the range, noting that ...") leaves the participle to speak.
    if len(before) < 2:
        return None
    if after and after[0][WORD] in gram.complementizers:
        after = after[1:]
    if len(after) < 2 or not after[0][TEXT][0].isalnum() or after[1][TEXT] == ",":
        return None  # "saying only, “...”": the words are a quote's, found as one
    if MASK in v.masked[toks[j][END] : after[0][START]]:
        return None  # 'saying “nobody wins” from ...': a quote inside, content unclear
    if before[0][WORD] in gram.pronouns and not capital(before[1]):
        mention: Mention | None = pronoun(before[0][TEXT])  # "He shook his head, saying ..."
    else:
        mention = _shared_subject(v.text, before[:-1], gram)
        if mention is not None and len(mention.run) < 2 and not mention.titles:
            # A word alone opening the sentence may be no name: "Health care providers have
            # protested ..., warning that ...", "Last week ...".
            return None
    return _found(v, content_span(v.text, after[0][START], end), mention, toks[j], gram)


def _shared_subject(source: str, before: list[Tok], gram: Grammar) -> Mention | None:
    """The subject of the clause's first verb when the speech verb is its second: "Riders
    association president Hafiz Kamaruddin welcomed the bill but said ...", "Regarding the
    tweets, Mpofu shrugged and said ...". `before` runs from the sentence start to the joiner;
    the subject is the opening run of names, titles and role words of its last comma piece."""
    opened = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k][TEXT] == ","), 0)
    piece = before[opened:]
    if piece and opened and not any(capital(t) for t in piece):
        # "Ketua BPD, Sutarno, membuka rapat dengan mengingatkan ...": the subject and its
        # comma pieces, then the first verb.
        mention = subject(source, before[:opened], gram)
        return mention if mention is not None and mention.kind is MentionKind.NAME else None
    if not piece or not capital(piece[0]):
        return None
    # A party or a body in brackets after the name is not the verb's: "Cllr Mary Ellen Rooney
    # (SF) seconded the motion and noted ..." (the piece has no comma: its one segment).
    piece = segments(piece)[0]
    roles = role_cover(piece, gram)
    for k, tok in enumerate(piece):
        if (
            not capital(tok)
            and k not in roles
            # A body's word inside the role before the name: "Provincial court Judge ...".
            and not (
                tok[WORD] in gram.institutions and k + 1 < len(piece) and capital(piece[k + 1])
            )
        ):
            if not tok[TEXT].isalpha():
                return None  # "..., and Oregon— and noted": a list, no subject
            if tok[WORD] in gram.clause_joiners or any(
                t[TEXT].endswith(POSSESSIVES) for t in piece[:k]
            ):
                return None  # "Moore and Lassiter deny ...", "Russia's foreign ministry ..."
            mention = subject(source, piece[:k], gram)
            if mention is None or mention.kind is MentionKind.UNNAMED:
                return None
            if mention.kind is MentionKind.PRONOUN and piece[0][WORD] not in gram.pronouns:
                return None  # "The company issued ...": no one, not the last speaker
            return mention
    return None


def _inserted(
    v: View, start: int, end: int, before: list[Tok], after: list[Tok], verb: Tok, gram: Grammar
) -> Found | None:
    """An attribution set inside the content between commas: "Pemkab, lanjut Siti, sudah
    mengusulkan ...", "The plan, he said, would cost ...". The content is both sides of it."""
    form = gram.verb_form(verb)
    if before[-1:] and before[-1][TEXT] == "," and form and form[1] and after[:1]:
        # The verb with a pronoun suffix alone: "Data itu, katanya, masih bisa bertambah".
        if after[0][TEXT] != "," or len(after) < 2:
            return None
        mention: Mention | None = pronoun("-" + verb[WORD][len(form[0]) :])
        first_end, then = before[-1][START], after[1][START]
    elif before[-1:] and before[-1][TEXT] == ",":
        # The verb first: ", kata Siti, ...".
        close = next((k for k, t in enumerate(after[:_MAX_INSERTED]) if t[TEXT] == ","), None)
        if not close or close + 1 >= len(after) or appositive(after[close + 1 :], gram):
            return None  # ", said Ana Lim, a sociologist at ...": her role, not more content
        mention = after_verb(v.text, after[:close], gram)
        if mention is not None and mention.kind is MentionKind.UNNAMED:
            return None  # "said the pier, which ...": a clause, not a speaker
        first_end, then = before[-1][START], after[close + 1][START]
    elif (told := _told(after, gram)) < len(after) - 1 and after[told][TEXT] == ",":
        # The speaker first: ", he said, ...", ", he told me, ...".
        after = after[told:]
        tail = before[-_MAX_INSERTED:]
        opened = next((k for k in range(len(tail) - 1, -1, -1) if tail[k][TEXT] == ","), None)
        if opened is None or opened + 1 >= len(tail):
            return None
        mention = subject(v.text, tail[opened + 1 :], gram)
        first_end, then = tail[opened][START], after[1][START]
    else:
        return None
    if mention is None or _continues(v, then, gram):
        return None  # ", the official said, adding that ...": the continuation's own words
    first = content_span(v.text, start, first_end, _MIN_INSERTED_WORDS)
    second = content_span(v.text, then, end)
    if first is None or second is None or MASK in v.masked[first[0] : second[1]]:
        return None
    attribution = Attribution(
        mention, verb[TEXT].rstrip("."), None, v.paragraph, verb[START], (verb[START], verb[END])
    )
    parts = ((v.paragraph, *first), (v.paragraph, *second))
    return Found(QuoteKind.INDIRECT, parts, attribution)


def _continues(v: View, at: int, gram: Grammar) -> bool:
    """Whether the token at offset `at` is a continuation: "adding", "saying"."""
    k = bisect_left(v.toks, at, key=TOK_START)
    return k < len(v.toks) and v.toks[k][WORD] in gram.continuations


def _told(after: list[Tok], gram: Grammar) -> int:
    """1 when the verb's first word after it is whom it was told ("he told me, ..."), else 0."""
    return int(bool(after) and after[0][WORD] in gram.listeners)


def _listener(after: list[Tok], verb: Tok, gram: Grammar) -> int:
    """How many words after a verb of telling name its listener: capitalised words ("told
    Reuters", "told the Star she ..."), or an article and one plain word where the clause ends
    or opens ("told a jury.", "told the court that ...")."""
    if verb[WORD] not in gram.addressed:
        return 0
    first = after[0][WORD] if after else ""
    if first in gram.audiences and len(after) > 1 and not capital(after[1]):
        return 1  # "told council the extra money ...", "told court that ..."
    start = k = int(first in gram.articles or first in gram.indefinites)
    while k < min(len(after), start + _MAX_LISTENER) and capital(after[k]):
        k += 1
    if k > start:
        return k  # "told Reuters", "told the Star"
    if not start and after and after[0][WORD].isalpha() and not _opens_clause(first, gram):
        if after[0][TEXT] != after[0][WORD]:
            return 1  # "told commissioners.": one plain word, and the sentence ends
        if len(after) > 2 and (
            after[1][WORD] in gram.determiners or after[1][WORD] in gram.pronouns
        ):
            return 1  # "told commissioners the plan ...": a clause opens after the word
    if not start or len(after) < 2 or not after[1][WORD].isalpha():
        return 0
    if after[1][WORD] in gram.audiences:
        return 2  # "told the court the man ...": a hearer of the telling
    if len(after) == 2 or after[1][TEXT] != after[1][WORD]:
        return 2  # "told a jury.": the sentence ends
    opens = after[2][TEXT] in ",;:" or after[2][WORD] in gram.complementizers
    return 2 if opens else 0


def _opens_clause(word: str, gram: Grammar) -> bool:
    """A word that opens what is told, never a listener: "that", "how", "if"."""
    return word in gram.complementizers or word in gram.question_words or word in gram.subordinators


def _names_after(v: View, after: list[Tok], gram: Grammar) -> bool:
    """Whether a name follows the verb right away, or after a lowercase description of the
    person: "said Serene Gregg", "kata Budi", "says human resources minister Datuk Seri ..."."""
    mention = after_verb(v.text, after, gram) if after else None
    return mention is not None and mention.kind is MentionKind.NAME


def _content_start(after: list[Tok], verb: Tok, gram: Grammar) -> int | None:
    """Where the reported content begins after the verb, or None when nothing follows it."""
    listener = _listener(after, verb, gram)
    if listener:
        # "told Khmer Times that ...", "told Reuters the deal is off", "told Khmer Times.": the
        # listener is no content.
        after = after[listener:]
        if not after:
            return None
    # After a phrase of how or when it was said, "that" may stand further: "said in an Oct. 26
    # letter to communications companies that ...".
    phrase = bool(after) and after[0][WORD] in gram.prepositions
    window = _THAT_WINDOW + (_MAX_CIRCUMSTANCE // 2 if phrase else 0)
    for k, tok in enumerate(after[:window]):
        if tok[TEXT] in ",;:":
            break
        if tok[WORD] in gram.pronouns or tok[WORD] in gram.clause_markers:
            # "says she worried at first that ...", "said the cap would hurt farms that ...":
            # the content began at the verb.
            break
        if tok[WORD] in gram.complementizers and k and after[k - 1][WORD] in gram.coordinators:
            break  # "said the figure was outdated and that ...": a second clause of the content
        if tok[WORD] in gram.complementizers:
            # Right after "that": a quotation opening the content ("said that “we are still
            # early” and ...") is masked and gives no token, but is the content's start.
            return tok[END]
    if (
        len(after) > 3
        and after[0][TEXT] == after[2][TEXT] == ","
        and after[1][TEXT].isalpha()
        and after[1][TEXT].islower()
    ):
        # "cautioned, however, that ...": a word set apart, then the content.
        return after[3][END] if after[3][WORD] in gram.complementizers else after[3][START]
    if len(after) > 1 and after[0][TEXT] in ",:":
        if after[1][WORD] in gram.continuations:
            return None  # "..., the official said, adding that ...": the content came before
        return after[1][START]
    if verb[WORD] not in gram.bare_clause and not (
        verb[WORD] in gram.marked_clause
        and (
            any(t[WORD] in gram.clause_markers for t in after[1:_MARKER_WINDOW])
            or (bool(after) and after[0][WORD] in gram.clause_subjects)
        )
    ):
        return None
    k = opened = _skip_adverbial(after, gram)
    while k < min(len(after), 2) and after[k][WORD] in gram.listeners:
        k += 1
    if k > opened and k < len(after) and after[k][WORD] in gram.clause_markers:
        k = opened  # "said lawmakers were worried ...": the content's subject, not a hearer
    if k >= len(after) or not after[k][TEXT][0].isalnum():
        return None
    if after[k][WORD] in gram.prepositions and (listener or len(after) - k <= _MAX_CIRCUMSTANCE):
        # "said in a statement on Wednesday.", "told AP on condition of anonymity as ...": how
        # or where it was said, not what.
        return None
    if _circumstance(after[k:], gram):
        # "said before the vote.": when it was said ("said when prices rise, farms suffer" is
        # content: a clause, then its main clause after a comma).
        return None
    if after[k][WORD] in gram.clause_markers and not gram.drops_subjects:
        return None  # "funding that the agency says is essential": no subject, no content
    return after[k][START]


def _skip_adverbial(after: list[Tok], gram: Grammar) -> int:
    """How many tokens after the verb say when ("on Monday", "pada Senin", "yesterday")."""
    if after and (after[0][WORD] in gram.weekdays or after[0][WORD] in gram.time_adverbs):
        return 1
    if len(after) > 1 and after[1][WORD] in gram.weekdays:
        return 2
    return 0


def _ends_clause(after: list[Tok], gram: Grammar, *, circumstance: bool = False) -> bool:
    """Nothing but a time follows the verb before the sentence or clause ends: '..., X said.';
    with `circumstance`, also a short phrase of how, where or when it was said, to the
    sentence's end: "..., the ministry said in a statement.", "... said before the vote." (not
    to a comma: "explained from 3.30pm, no buses would ..." goes on with its content)."""
    k = _skip_adverbial(after, gram)
    if k < len(after) and after[k][TEXT] == "(":
        # "... said on Friday (November 27).": the date in brackets.
        k = next((i + 1 for i in range(k, len(after)) if after[i][TEXT] == ")"), len(after))
    if circumstance and _circumstance(after[k:], gram):
        k = len(after)
    return k >= len(after) or after[k][TEXT] == ","


def _circumstance(rest: list[Tok], gram: Grammar) -> bool:
    """Whether the words after a verb are a short phrase of how, where or when it was said, to
    the sentence's end: "in a statement", "before the vote" (no comma: a clause after one is
    content, "when prices rise, farms suffer")."""
    return (
        bool(rest)
        and (rest[0][WORD] in gram.prepositions or rest[0][WORD] in gram.subordinators)
        and len(rest) <= _MAX_CIRCUMSTANCE
        and not any(t[TEXT] == "," for t in rest)
    )


def _postposed(
    v: View, start: int, before: list[Tok], after: list[Tok], verb: Tok, gram: Grammar
) -> Found | None:
    """'..., X said.', '..., kata X.' or '..., tambahnya.': the content is the sentence before
    the comma."""
    form = gram.verb_form(verb)
    # "... , CRF vice-president Chea Sokhom told Khmer Times.": past the listener.
    after = after[_listener(after, verb, gram) :]
    if before and before[-1][TEXT] == "," and form is not None and form[1]:
        # The verb with a pronoun suffix is the whole attribution ("..., ujarnya kepada
        # wartawan."), its speaker the last one named.
        mention: Mention | None = pronoun("-" + verb[WORD][len(form[0]) :])
        comma = before[-1]
    elif before and before[-1][TEXT] == ",":
        if verb[WORD] in gram.addressed:
            return None  # "X, a spokesman, urged the government to ...": whom, not who
        mention = after_verb(v.text, after, gram)
        if (
            mention is not None
            and mention.kind is MentionKind.UNNAMED
            and (_goes_on(after, len(mention.text), gram) or _named_last(before[:-1]))
        ):
            # "X, menegaskan pemerintah daerah terlambat ...": content, no speaker; "The
            # Minister for ..., Hon. Tebwaau Rimon, announced the new price": a subject before
            # the comma, not content.
            return None
        comma = before[-1]
    elif not _ends_clause(after, gram, circumstance=True):
        return None  # "Amran menyampaikan ringkasan ...": the verb has an object, not a content
    else:
        commas = [k for k, t in enumerate(before) if t[TEXT] == ","]
        if not commas:
            return None
        comma = before[commas[-1]]
        mention = subject(v.text, _strip_adverbs(before[commas[-1] + 1 :], gram), gram)
        if not _ends_clause(after, gram) and not _speaks(mention, gram):
            # "..., a deal announced at the beginning of the week.", "..., but always stop by
            # his office to exchange notes for the day.": a phrase after the verb, and no one
            # before it who speaks.
            return None
    return _found(v, content_span(v.text, start, comma[START]), mention, verb, gram)


def _speaks(mention: Mention | None, gram: Grammar) -> bool:
    """Whether a subject is someone who speaks: named, a pronoun, or a description holding a
    proper name or a person's or a body's word ("the Interior Ministry", "NASA", "officials";
    not "a deal")."""
    if mention is None:
        return False
    if mention.kind is not MentionKind.UNNAMED:
        return True
    words = mention.text.split()
    if words and words[0].lower() in gram.clause_joiners:
        return False  # "but always stop by his office ...": a verb's phrase, no subject
    for word in words:
        lowered = word.lower()
        if (
            (word[:1].isupper() and lowered not in gram.stopwords)
            or lowered in gram.unnamed
            or lowered in gram.role_heads
            or lowered in gram.institutions
        ):
            return True
    return False


def _named_last(before: list[Tok]) -> bool:
    """Whether the last comma piece of `before` is a name alone: capitalised words (a title's
    stop allowed) right after a comma, as a subject's appositive name is."""
    k = len(before)
    while k > 0 and before[k - 1][TEXT] != "," and capital(before[k - 1]):
        k -= 1
    return 0 < k < len(before) and before[k - 1][TEXT] == ","


def _goes_on(after: list[Tok], length: int, gram: Grammar) -> bool:
    """Whether the clause goes on past the `length` characters of a speaker named right after
    the verb with words that are neither a time, a hearer nor a new piece: then what follows
    the verb was its content ("menegaskan pemerintah daerah terlambat bergerak"), not who spoke
    ("..., kata Dinas Kesehatan kepada wartawan.")."""
    end = after[0][START] + length
    rest = [t for t in after if t[START] >= end]
    if not rest:
        return False
    word = rest[0][WORD]
    return not (
        rest[0][TEXT] in ",;:()"
        or word in gram.prepositions
        or word in gram.listeners
        or word in gram.weekdays
        or word in gram.time_adverbs
    )


def _according_pronoun(v: View, toks: list[Tok], j: int, gram: Grammar) -> Found | None:
    """According to the person named last: "Menurutnya, ..."."""
    _, end, before, after = _sentence(v, toks, j)
    if before or len(after) < 2 or after[0][TEXT] != ",":
        return None
    cue = toks[j]
    base = next((w for w in gram.according.first if cue[WORD].startswith(w)), cue[WORD])
    mention = pronoun("-" + cue[WORD][len(base) :])
    return _found(v, content_span(v.text, after[1][START], end), mention, cue, gram)


def _according(v: View, toks: list[Tok], j: int, n: int, gram: Grammar) -> Found | None:
    start, end, before, after = _sentence(v, toks, j)
    rest = after[n - 1 :]
    cue = make_tok(v.text[toks[j][START] : toks[j + n - 1][END]], toks[j][START])
    if before and before[-1][TEXT] == ",":
        return _found(
            v,
            content_span(v.text, start, before[-1][START]),
            after_verb(v.text, rest, gram),
            cue,
            gram,
        )
    if before:
        return None
    mention, first = according_speaker(v.text, rest, gram)
    if first is None:
        return None
    return _found(v, content_span(v.text, rest[first][START], end), mention, cue, gram)
