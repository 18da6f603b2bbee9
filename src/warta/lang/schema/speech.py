from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechWords:
    """Words of attribution: who said what, and how the text says it.

    Every field is a tuple of lowercased words or phrases, so the whole record is hashable and
    the patterns built from it can be cached per language. Quote marks are not words of a
    language: they live in `warta.speech.marks`.
    """

    #: Verbs that attribute a quote next to it: "kata", "ujar"; "said", "told".
    verbs: tuple[str, ...] = ()
    #: Suffixes that turn a verb into a pronoun attribution: "ujar" + "nya" = "he/she said".
    pronoun_suffixes: tuple[str, ...] = ()
    #: Verbs of reported speech whose subject is the speaker: "mengatakan", "menjelaskan"; "said".
    reported_verbs: tuple[str, ...] = ()
    #: Reported verbs that take their content with no "bahwa", comma or colon between:
    #: "mengatakan ada ...", "said the ...". The others ("menyampaikan") need one, so that
    #: "menyampaikan ringkasan kegiatan" (delivered a summary) is not speech.
    bare_clause_verbs: tuple[str, ...] = ()
    #: Reported verbs that take a bare content only when it reads as a clause, holding one of
    #: `clause_markers`: "menegaskan pemerintah tidak akan ..." is speech, "menegaskan
    #: komitmennya" (affirmed its commitment) is not.
    marked_clause_verbs: tuple[str, ...] = ()
    #: Words that make a clause of what follows a verb in `marked_clause_verbs`: auxiliaries,
    #: negations, copulas ("akan", "tidak", "sudah", "merupakan").
    clause_markers: tuple[str, ...] = ()
    #: Words that open a clause as its subject, right after a verb in `marked_clause_verbs`:
    #: "menuturkan pihaknya menyiapkan ..." (said his office was preparing ...).
    clause_subjects: tuple[str, ...] = ()
    #: Words that open an indirect question, content and never a listener: "told how ...".
    question_words: tuple[str, ...] = ()
    #: Participles that go on from an attribution to reported speech by the same speaker: '"...,"
    #: Budi said, adding that ...'.
    continuations: tuple[str, ...] = ()
    #: Auxiliaries that make a verb passive: "employees were told that ..." reports what someone
    #: else said, not the subject.
    passives: tuple[str, ...] = ()
    #: Words of time that may follow a verb before its clause ends: "..., developers said
    #: yesterday."
    time_adverbs: tuple[str, ...] = ()
    #: Where a reported content ends before its sentence does: "said its systems flag misuse,
    #: but declined to say how many ...".
    content_stops: tuple[str, ...] = ()
    #: Conjunctions that open a sentence capitalised and never belong to a name: "When Maricel
    #: Santos started ..." names Maricel Santos.
    conjunctions: tuple[str, ...] = ()
    #: Words right before a speech verb that say nothing was said: "did not say", "declined to
    #: say", "enggan menyebutkan".
    negations: tuple[str, ...] = ()
    #: Words that open the content of reported speech: "bahwa"; "that".
    complementizers: tuple[str, ...] = ()
    #: Phrases that put the speaker first and the content after a comma: "menurut"; "according to".
    according_to: tuple[str, ...] = ()
    #: Singular personal pronouns that stand for the last person named: "ia", "dia"; "he", "she".
    pronouns: tuple[str, ...] = ()
    #: The same as objects, after "according to": "according to him" (Indonesian's "menurut
    #: dia" takes the subject form).
    object_pronouns: tuple[str, ...] = ()
    #: Demonstratives that end a description pointing back to someone named: "kata mahasiswi
    #: angkatan 2023 itu" is the student just quoted.
    demonstratives: tuple[str, ...] = ()
    #: Pronouns of the writer: "I said", "kata saya": words said, by no one the text names.
    first_person: tuple[str, ...] = ()
    #: Lowercased words written with a full stop that never ends a sentence, without it:
    #: "St. Boniface", "Jl. Sudirman" (titles are never sentence ends either).
    abbreviations: tuple[str, ...] = ()
    #: Words that join a second act of the same speaker after a comma: ", and asked why ...",
    #: ", but added that ..." (the first ends the content; a verb of speech after them starts
    #: more of the speaker's words).
    clause_joiners: tuple[str, ...] = ()
    #: Whether a speaker named by an acronym alone ("NASA said", "the RTA said") is a body, not a
    #: person: true of English news; Indonesian news also writes people so ("SBY", "JK").
    acronyms_are_bodies: bool = False
    #: Titles that are titles only written so, stop or none, first in a name: "Eng. Hamad Al
    #: Shehhi" (an engineer), where "Eng" alone is a name ("Lim Guan Eng"); the Burmese "U Thein
    #: Zaw", where "U." is an initial ("John U. Smith").
    written_titles: tuple[str, ...] = ()
    #: Adverbs that may stand between a speaker and the verb: "Amran juga menambahkan".
    adverbs: tuple[str, ...] = ()
    #: Words of office or occupation that open a role: "kepala", "menteri"; "minister", "head".
    role_words: tuple[str, ...] = ()
    #: Nouns of a person that are no office (family, everyday life): "said one Dededo mother of
    #: three" is someone unnamed, a place's name before the noun.
    person_nouns: tuple[str, ...] = ()
    #: Offices written short, and the role they stand for: a later "Pak Kades" is the person
    #: introduced as "Kepala Desa Sidomulyo, H. Suparno".
    role_short_forms: tuple[tuple[str, str], ...] = ()
    #: Nouns of people who speak without a name: "officials said", "warga".
    unnamed_speakers: tuple[str, ...] = ()
    #: Determiners that open an appositive role: "a spokesperson for ..."; "seorang".
    determiners: tuple[str, ...] = ()
    #: The determiners of `determiners` that introduce someone new: "a neighbor who runs the
    #: store said", "seorang pekerja"; a definite one ("the 35-year-old") points back.
    indefinites: tuple[str, ...] = ()
    #: Indefinites that only ever count people ("seorang"): what follows is a person, whatever
    #: the noun.
    person_indefinites: tuple[str, ...] = ()
    #: The determiners of `determiners` that may stand inside a name of an office or a body:
    #: "Minister for Sustainability and the Environment" (not "her Finnish counterpart").
    articles: tuple[str, ...] = ()
    #: Nouns of documents and data: "data BPS menunjukkan" or "the report said" is not a quote.
    documents: tuple[str, ...] = ()
    #: Verbs whose object is the listener: "told CNA the ..." is never the verb inverted before
    #: its speaker, as "said Budi" is.
    addressed_verbs: tuple[str, ...] = ()
    #: Words after a verb naming who was told: "told reporters", "kepada wartawan".
    listeners: tuple[str, ...] = ()
    #: Hearers named with an article after a verb of telling: "told the court the man ...",
    #: "told the council (that) ...". Not listeners alone: "said council would ..." is content.
    audiences: tuple[str, ...] = ()
    #: Short words that may join the words of a role: "Dinas Pendidikan dan Kebudayaan"; "of".
    role_connectors: tuple[str, ...] = ()
    #: Words that open a clause about the person after a name: "Nur Aini, whose son ...".
    relatives: tuple[str, ...] = ()
    #: Prepositions that put an affiliation or a place after a name or a description: "Yuki
    #: Hayashida of Minato Research", "a spokesperson for the Federation", "Budi dari LSM X",
    #: "Di Kelurahan Pondok Ranji": what follows them is not the speaker's name.
    prepositions: tuple[str, ...] = ()
    #: Words of the names of institutions: "Kementerian Agama mengatakan ...", "the Interior
    #: Ministry said" is a body's statement, kept with no one named as its speaker.
    institutions: tuple[str, ...] = ()
    #: Verbs that are speech only when someone named says them: a body or a group that
    #: "memastikan" (makes sure of) something acts on it; a person who does states it.
    named_only_verbs: tuple[str, ...] = ()
    #: Verbs that also name things: "menyebut jalan itu “jalur tengkorak”" (call the road ...)
    #: is a name given, not speech, when the content holds a quotation.
    naming_verbs: tuple[str, ...] = ()
    #: Whether the language leaves out a subject the context gives: reported content may then
    #: open with a verb ("mengatakan akan membangun ..."); in English "the agency says is
    #: essential" has no content of its own.
    drops_subjects: bool = False
    #: Whether a role's head word comes first ("Menteri Pariwisata", id) or last
    #: ("Tourism Minister", en): it decides where a role ends and a name begins.
    role_head_first: bool = True
