from __future__ import annotations

from dataclasses import dataclass, field

from warta.records import Role


@dataclass(frozen=True)
class PeopleWords:
    """Words around the names of the people who made an article."""

    #: Labels before names, by role: "Penulis:" -> author, "Editor:" -> editor.
    labels: dict[str, Role] = field(default_factory=dict)
    #: Words that open a byline without a colon: "Oleh", "By".
    by: tuple[str, ...] = ()
    #: Words after a dash closing the story's last paragraph, before a writer who worked on it:
    #: "... on Oct. 9. — with Ann Lee" (BusinessWorld, The Philippine Star).
    closing_with: tuple[str, ...] = ()
    #: Openers of a reporter credit line: "Laporan wartawan" (followed by outlet, name).
    reporter_intro: tuple[str, ...] = ()
    #: Titles written before a name: "Dr.", "Prof.", "H.", "Hj.".
    title_prefixes: tuple[str, ...] = ()
    #: Words that belong to the title before them, never to a name there: the corps after a
    #: police or military rank ("Kombes Pol", "Brigjen TNI"). Alone they are not titles
    #: ("Pol Pot").
    title_qualifiers: tuple[str, ...] = ()
    #: Degrees written after a name: "S.H.", "M.Si.", "MT".
    title_suffixes: tuple[str, ...] = ()
    #: Words that join names in a list: "dan", "and".
    conjunctions: tuple[str, ...] = ()
    #: Lowercase words that may sit inside a name: "bin", "van", "de".
    name_particles: tuple[str, ...] = ()
    #: Words after a name that are not part of it: "Staff", "Correspondent", "Reuters".
    not_names: tuple[str, ...] = ()
    #: Job words that close a job title printed after a name: "Amy Lee Political Correspondent",
    #: "Lucy ThorntonNews Reporter" (glued in a copied page).
    jobs: tuple[str, ...] = ()
    #: The jobs of those who write a story: names and such a job after a comma are a byline
    #: with no label ("Mayu Ishikawa and Ryo Takeda, Nikkei staff writers").
    writing_jobs: tuple[str, ...] = ()
    #: Last words of a place a writer filed from, set between names: "Ann Lee, Benin City and
    #: Bo Kim".
    places: tuple[str, ...] = ()
    #: Whether the language's press shows its editor's name bare by the date when a label
    #: names the reporter elsewhere (the Suara network's "Kontributor : ..." under the story);
    #: in English a bare name there is the writer, beside "Reporting by ...".
    bare_editor: bool = False
    #: Whether one capitalised word after a writer's full name and a comma is the town they
    #: filed from ("By Ann Lee, Ibadan"), as English bylines write it; in Indonesian it may be a
    #: second writer known by one name ("Oleh: Budi Santoso, Sukarno").
    stations: bool = False
    #: Buttons a copied page runs into the end of a byline: "By Ann LeeTwitter", "Ann Lee
    #: Follow".
    buttons: tuple[str, ...] = ()
    #: What follows a reading time at a byline's end: "Ann Lee 4 min read", "3 menit baca".
    reading: tuple[str, ...] = ()
