"""Bylines by outlet convention: one behaviour per row."""

from __future__ import annotations

import pytest

from warta.blocks import Block, Label
from warta.fields.people import bare_name, initials, merge_people, parse_byline, read_people
from warta.lang import lexicon
from warta.records import Person, Role

A, E, R, P = Role.AUTHOR, Role.EDITOR, Role.REPORTER, Role.PHOTOGRAPHER


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("id", "Penulis: Fahdi Fahlevi", [("Fahdi Fahlevi", A)]),
        ("id", "Editor: Wahyu Aji", [("Wahyu Aji", E)]),
        ("id", "Penyunting: Sri Lestari", [("Sri Lestari", E)]),
        ("id", "Pewarta: Aditya Ramadhan", [("Aditya Ramadhan", R)]),
        ("id", "Reporter : Lestari Widya", [("Lestari Widya", R)]),
        ("id", "Penulis Rina Kusumawati | Editor Andi Prasetyo",
         [("Rina Kusumawati", A), ("Andi Prasetyo", E)]),
        ("id", "Laporan Wartawan Tribunjateng.com, Dwi Anggraini", [("Dwi Anggraini", R)]),
        ("id", "Oleh Anisa Rahmawati", [("Anisa Rahmawati", A)]),
        ("id", "Bagus Kurniawan - detikNews", [("Bagus Kurniawan", A)]),
        ("id", "Fadli Ramadhan, Jurnalis", [("Fadli Ramadhan", R)]),
        ("id", "Pewarta: Budi Santoso dan Agus Salim", [("Budi Santoso", R), ("Agus Salim", R)]),
        ("id", "Fotografer: Grandyos Zafna", [("Grandyos Zafna", P)]),
        ("en", "By Sarah E. Needleman", [("Sarah E. Needleman", A)]),
        ("en", "By John Smith, Reuters", [("John Smith", A)]),
        ("en", "Ahmad Fauzan (The Jakarta Post)", [("Ahmad Fauzan", A)]),
        ("en", "By Kenji Arai and Mio Sato / Tokyo Herald Staff Writers",
         [("Kenji Arai", A), ("Mio Sato", A)]),
        ("en", "(Reporting by Stefanno Halim and Fransiska Ardi; Editing by Martin Kessler)",
         [("Stefanno Halim", R), ("Fransiska Ardi", R), ("Martin Kessler", E)]),
        # the outlet or desk after the name, in a segment of its own or after a dash
        ("en", "By Corin Mallory | Harbour Times", [("Corin Mallory", A)]),
        ("en", "By Corin Mallory - Associated Press", [("Corin Mallory", A)]),
        ("en", "By Corin Mallory, Senior Reporter", [("Corin Mallory", A)]),
        # a copied page that lost the space after "by"; affiliation marks after a name
        ("en", "byJuma Mwinyi", [("Juma Mwinyi", A)]),
        # a role's label and the name beside it in two elements, no space between them
        ("id", "EditorRatna Kumalasari", [("Ratna Kumalasari", E)]),
        ("id", "PenulisYoga Pratama Putra", [("Yoga Pratama Putra", A)]),
        ("en", "By Hana Okoro1, Lise Brandt2", [("Hana Okoro", A), ("Lise Brandt", A)]),
        # the sections the story is filed in, after the name
        ("en", "By HTN, in News, Harbour, Business", [("HTN", A)]),
        # no label: names, then a writer's job after a comma
        ("en", "KENJI MORI and AYA SATO, Asia staff writers", [("Kenji Mori", A), ("Aya Sato", A)]),
        ("en", "Lena Ortiz, diplomatic correspondent", [("Lena Ortiz", A)]),
        ("id", "Rudi Hartono, Koresponden Kupang", [("Rudi Hartono", A)]),
        # the outlet's address after "Laporan Reporter" needs no comma before the name
        ("id", "Laporan Reporter Tribunlampung.co.id Fajar Nugraha", [("Fajar Nugraha", R)]),
        ("en", "WRITER: Suda Thep and Pong Rat", [("Suda Thep", A), ("Pong Rat", A)]),
        # a line of fields between bars: the sections and the dates around the byline
        ("en", "Coast, Local, Top Story 2 | Published: 5 hours ago | Last Updated: 2 hours ago | "
         "Written by Tomas Heita", [("Tomas Heita", A)]),
        ("en", "Local | March 3, 2025 | By Corin Mallory", [("Corin Mallory", A)]),
        ("en", "Posted: 12.03.2025 | Written by Corin Mallory", [("Corin Mallory", A)]),
        # the desk and the writers' job before their names; the section the story is filed on
        ("en", "by Harbour writers Lin Qiao, Zhou Mei", [("Lin Qiao", A), ("Zhou Mei", A)]),
        ("en", "By Harbour Times staff writers Aiko Sato and Ken Mori",
         [("Aiko Sato", A), ("Ken Mori", A)]),
        ("en", "By Corin Mallory on Sarawak", [("Corin Mallory", A)]),
        # the writer in capitals, then the agency the story drew on, closing the story
        ("en", "CORIN MALLORY | ANTARA", [("Corin Mallory", A)]),
        # the credits under a story, sentence after sentence; an initial's stop parts nothing
        ("en", "Translated by Sone Vilay. Edited by Mark Drew.",
         [("Sone Vilay", Role.CONTRIBUTOR), ("Mark Drew", E)]),
        ("en", "By Ann B. Lee", [("Ann B. Lee", A)]),
        # writers in capitals between bars closing the story, one filing from a place (Tempo)
        ("id", "ANI LESTARI | BO SANTOSO | CITRA DEWI (MAKASSAR)",
         [("Ani Lestari", A), ("Bo Santoso", A), ("Citra Dewi", Role.CONTRIBUTOR)]),
    ],
)
def test_byline(language: str, line: str, expected: list[tuple[str, Role]]) -> None:
    people = parse_byline(line, lexicon(language))
    assert people is not None, line
    assert [(p.name, p.role) for p in people] == expected


def test_titles_are_kept_apart() -> None:
    people = parse_byline("Oleh Dr. Drs. Amran, MT", lexicon("id"))
    assert people == [Person(name="Amran", role=A, titles=["Dr.", "Drs.", "MT"])]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "By Tuesday, the troops had left the city."),
        ("id", "Jakarta - Hujan deras turun sejak pagi."),
        ("id", "Tribunnews"),
        ("id", "Foto: Istimewa"),
        ("en", "Editor's picks"),
        ("id", "Oleh karena itu, warga diminta waspada terhadap banjir susulan di wilayahnya."),
        # "BY" glued to a capitalised word is a headline in capitals, not a lost space
        ("en", "BYRON BAY FLOODS AGAIN"),
        # A writer's job after a comma, but no full name before it; nor a writer's job.
        ("en", "Residents, many of them journalists"),
        ("en", "Ann Lee, regional director"),
        # a desk's beat under a name, not a name and a job
        ("en", "BBC Scotland, Highlands and Islands reporter"),
    ],
)
def test_not_a_byline(language: str, line: str) -> None:
    assert parse_byline(line, lexicon(language)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("... kata dia. (ams/idh)", [("ams", A), ("idh", E)]),
        ("(lna/agt)", [("lna", A), ("agt", E)]),
        ("kata Sugeng, Kamis (14/3/2024).", []),
        ("(AP/AFP)", []),
    ],
)
def test_initials(text: str, expected: list[tuple[str, Role]]) -> None:
    assert [(p.initials, p.role) for p in initials(text)] == expected


def test_the_same_person_twice_is_one_author() -> None:
    merged = merge_people([
        Person(name="Fahdi Fahlevi", role=A),
        Person(name="Fahdi Fahlevi", role=R),
        Person(name="Wahyu Aji", role=E),
    ])
    assert [(p.name, p.role) for p in merged] == [("Fahdi Fahlevi", A), ("Wahyu Aji", E)]
    # The reporter credit first, the byline after: still the author.
    merged = merge_people([Person(name="X Y", role=R), Person(name="x y", role=A)])
    assert [(p.name, p.role) for p in merged] == [("x y", A)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the name stays whole: only a weekday or a button word is cut before the date
        ("by Marta Quist Apr. 28, 2023 1:15 pm", ["Marta Quist"]),
        ("By Marta Quist Updated Nov 20, 2019, 9:10am EST", ["Marta Quist"]),
        ("By Marta Quist - Harbour Times - Friday, April 28, 2023", ["Marta Quist"]),
        # a bare name set apart from the date or the outlet by a separator
        ("Marta Quist | Published 4 months ago", ["Marta Quist"]),
        ("Marta Quist · Harbour Times · Posted: Aug 08, 2024 4:00 AM EDT", ["Marta Quist"]),
        ("Marta Quist / HARBOURTIMES.COM / Sep 2, 2024, 17:07 IST", ["Marta Quist"]),
        # not a comma: a place may stand there
        ("Kuala Lumpur, 12 March 2024", []),
    ],
)
def test_byline_before_a_date(line: str, expected: list[str]) -> None:
    blocks = [Block(index=0, text=line, label=Label.DATE)]
    assert [p.name for p in read_people(blocks, lexicon("en")).authors] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Okezone: the name, its job after a comma, then the date; the name may be three words
        ("Dimas Aryo Wicaksono, Jurnalis · Minggu 16 Februari 2025 21:05 WIB",
         ["Dimas Aryo Wicaksono"]),
        ("Fadli Ramadhan, Jurnalis · Jum'at 08 Maret 2024 16:20 WIB", ["Fadli Ramadhan"]),
    ],
)
def test_okezone_byline_before_a_date(line: str, expected: list[str]) -> None:
    blocks = [Block(index=0, text=line, label=Label.DATE)]
    assert [p.name for p in read_people(blocks, lexicon("id")).authors] == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dan Okafor-Reyes", "Dan Okafor-Reyes"),
        ("Siobhan O’Rourke", "Siobhan O’Rourke"),
        ("Wim van der Berg", "Wim van der Berg"),
        ("Marta Quist Associated Press", "Marta Quist"),
        ("Previous Post", None),
        ("Share Tweet", None),
        ("The Harbour Times", None),
        ("KEY POINTS", None),
        ("Associated Press", None),
        ("Middle-earth", None),
        # a job title after the name, glued to it in a copied page
        ("Marta Quist Political Correspondent", "Marta Quist"),
        ("Marta QuistNews Reporter", "Marta Quist"),
        # four words are a name only with a particle
        ("Harbour Ferry Fare Rise", None),
    ],
)
def test_bare_name(line: str, name: str | None) -> None:
    person = bare_name(line, lexicon("en"))
    assert (person.name if person else None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("DAN OKAFOR-REYES", "Dan Okafor-Reyes"),
        ("MARTA QUIST ASSOCIATED PRESS", "Marta Quist"),
        ("Marta Quist", "Marta Quist"),
        ("SPORT | FOOTBALL", None),
        ("THE HARBOUR TIMES", None),
    ],
)
def test_bare_name_in_capitals_where_a_name_may_be_shouted(line: str, name: str | None) -> None:
    person = bare_name(line, lexicon("en"), shouted=True)
    assert (person.name if person else None) == name
    assert bare_name(line, lexicon("en")) is None or not line.isupper()


def test_by_lines_well_after_the_body_are_related_stories() -> None:
    lines = [
        ("By Marta Quist", Label.BYLINE),
        ("The harbour authority said the terminal would open in March.", Label.BODY),
        ("Passengers will buy tickets from kiosks on the quay.", Label.BODY),
        ("Editor: Lise Brandt", Label.BYLINE),
        *[(f"Related story {n}", Label.BOILERPLATE) for n in range(5)],
        ("By Corin Mallory", Label.BYLINE),
        ("Reviewed by Hana Okoro", Label.BYLINE),
    ]
    blocks = [Block(index=i, text=t, label=label) for i, (t, label) in enumerate(lines)]
    credits = read_people(blocks, lexicon("en"))
    assert [p.name for p in credits.authors] == ["Marta Quist"]
    # labelled credits after the body stay the article's
    assert [p.name for p in credits.editors] == ["Lise Brandt", "Hana Okoro"]
    # with no byline above, a "By" line after the body is the article's own
    credits = read_people(blocks[1:], lexicon("en"))
    assert [p.name for p in credits.authors] == ["Corin Mallory"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # What a copied page runs into a byline's end: a time, a reading time, a button.
        ("By Ann Lee 5 hours ago", ["Ann Lee"]),
        ("By Ann Lee 4 min read", ["Ann Lee"]),
        ("By Sarah MorrowTwitter", ["Sarah Morrow"]),
        ("By Victoria O’Neill Follow", ["Victoria O’Neill"]),
        # The outlet written for, and an agency after the last name.
        ("By JANE HOLT FOR DAILYEXAMPLE.COM", ["Jane Holt"]),
        ("By Jo Hale for the Guardian", ["Jo Hale"]),
        ("By Mira Sok and Dan Ruiz  The Associated Press", ["Mira Sok", "Dan Ruiz"]),
        ("By Tom Lee Reuters", ["Tom Lee"]),
        # An outlet's one word may be a surname: two words of a name stay before it.
        ("By John Efe", ["John Efe"]),
        # An agency alone: it wrote the story.
        ("By Associated Press", ["Associated Press"]),
        ("By Reuters", ["Reuters"]),
        # Not an outlet: "for" inside a phrase is no byline's end.
        ("By Ann Lee for tax reform", None),
    ],
)
def test_byline_tails(line: str, expected: list[str] | None) -> None:
    found = parse_byline(line, lexicon("en"))
    assert ([p.name for p in found] if found else None) == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kyle Marsh 7 hours", "Kyle Marsh"),
        ("Thandi Nkosi 2 minutes read", "Thandi Nkosi"),
        ("Rina Kusumawati 3 jam yang lalu", "Rina Kusumawati"),
    ],
)
def test_a_name_with_a_time_run_into_it(line: str, name: str) -> None:
    found = bare_name(line, lexicon("en"))
    assert found is not None and found.name == name


def test_a_name_line_with_its_time_under_the_title_is_the_byline() -> None:
    import warta

    page = "\n".join(
        [
            "How warehouse robots learned to share the aisles with people",
            "Kyle Marsh 7 hours",
            "Warehouse operators have spent the last year teaching their robots to slow down "
            "near people, after a string of near misses in distribution centres across Ohio.",
            "The change costs a few seconds a trip, operators said, but has cut the number of "
            "emergency stops by more than half since the spring.",
        ]
    )
    assert [p.name for p in warta.extract(page).authors] == ["Kyle Marsh"]


def test_a_line_of_thousands_of_characters_is_no_byline() -> None:
    # Not searched either: the separators' patterns backtrack over a long run of spaces.
    line = "By" + " " * 20_000 + "Ann Lee"
    assert parse_byline(line, lexicon("en")) is None
    assert bare_name(" " * 20_000 + "Ann Lee", lexicon("en")) is None


def test_a_page_of_thousands_of_bylines_names_a_few_dozen() -> None:
    from warta import extract
    from warta.ingest.metadata import MAX_PEOPLE

    given = [f"Budi {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}san Wijaya" for i in range(600)]
    lines = [f"Penulis: {a} dan {b}" for a, b in zip(given[::2], given[1::2], strict=True)]
    lead = "Jakarta - Harga cabai naik, kata pedagang."
    page = "\n".join(["Harga Cabai Naik Lagi", *lines, lead])
    authors = [p.name for p in extract(page).authors]
    assert authors == given[:MAX_PEOPLE]


def test_a_wire_credit_line_goes_on_past_a_part_naming_no_one() -> None:
    from warta.fields.people import parse_byline
    from warta.lang import lexicon

    line = (
        "Reporting by Ann Lee and Bo Kim; Additional reporting by the Jakarta newsroom; "
        "Editing by Tom Hale"
    )
    found = parse_byline(line, lexicon("en")) or []
    assert [(p.name, p.role.value) for p in found] == [
        ("Ann Lee", "reporter"), ("Bo Kim", "reporter"), ("Tom Hale", "editor")
    ]


@pytest.mark.parametrize(
    ("initials", "kept"),
    [
        ("rfm", False),  # Rifki Maulana's own: his first name's letters between
        ("rm", False),
        ("rfp", True),  # no word of the name starts with "p"
        ("mr", True),  # in the wrong order
    ],
)
def test_a_writers_own_initials_are_the_writer_again(initials: str, kept: bool) -> None:
    from warta.fields.people import merge_people

    people = [Person(name="Rifki Maulana", role=A), Person(initials=initials, role=A)]
    assert merge_people(people) == (people if kept else people[:1])


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Rafiqul Hasan Chowdhury, Sylhet", ["Rafiqul Hasan Chowdhury"]),  # the writer's station
        ("Nadia Karim, Port Harcourt City", ["Nadia Karim"]),
        ("Rafiqul Hasan, Nadia Karim", ["Rafiqul Hasan", "Nadia Karim"]),
        ("BBC Urdu, Karachi", []),  # a desk's line, no one's name
    ],
)
def test_a_name_then_the_town_filed_from_is_the_writer(line: str, names: list[str]) -> None:
    from warta.fields.people import bare_names
    from warta.lang import lexicon

    assert [p.name for p in bare_names(line, lexicon("en"))] == names


def test_the_outlet_a_copied_page_names_in_its_copyright_is_no_writer() -> None:
    from warta import extract

    lead = (
        "Traders at the Khatunganj wholesale market raised the price of lentils for a third "
        "week on Monday, blaming a shortfall in imports from Myanmar."
    )
    page = "\n".join(
        [
            "Delta Ledger logo",
            "Home",
            "Nation",
            "Business",
            "Lentil prices climb again at Khatunganj",
            "Importers blame a shortfall of shipments from Myanmar and a weaker taka",
            "Rafiqul Hasan Chowdhury, Chattogram",
            "Publish : 12 May 2025, 10:05 AM",
            "Update : 12 May 2025, 04:40 PM",
            "Sacks of red lentils stacked at a wholesale shop in Khatunganj on Monday",
            "Delta Ledger",
            lead,
            "Wholesalers said a kilogram of coarse lentils sold for Tk 112, up from Tk 104.",
            "© 2025 Delta Ledger. All rights reserved.",
        ]
    )
    assert [p.name for p in extract(page).authors] == ["Rafiqul Hasan Chowdhury"]


@pytest.mark.parametrize(
    ("language", "line", "names"),
    [
        ("en", "By Tunde Akinwale, Ibadan", ["Tunde Akinwale"]),  # his town after the comma
        ("en", "By Ann Lee and Bo Kim, Lagos", ["Ann Lee", "Bo Kim"]),
        ("en", "By Ann Lee, Bo Kim", ["Ann Lee", "Bo Kim"]),
        # Indonesian desks credit writers known by one name.
        ("id", "Oleh: Budi Santoso, Sukarno", ["Budi Santoso", "Sukarno"]),
    ],
)
def test_one_word_after_a_writers_comma_is_the_town_in_english(
    language: str, line: str, names: list[str]
) -> None:
    from warta.fields.people import parse_byline
    from warta.lang import lexicon

    assert [p.name for p in parse_byline(line, lexicon(language)) or []] == names


def test_the_second_line_of_a_byline_may_open_with_the_bar_between_them() -> None:
    from warta.fields.people import parse_byline
    from warta.lang import lexicon

    found = parse_byline("| Editor: Khairunnisa", lexicon("id")) or []
    assert [(p.name, p.role.value) for p in found] == [("Khairunnisa", "editor")]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Priya Raman Globe Staff", ["Priya Raman"]),  # the desk's job after a full name
        ("By Meg JonesStaff Writer", ["Meg Jones"]),  # glued to it on a copied page
        ("By Harbour Post Staff", ["Harbour Post Staff"]),  # the paper's own byline, as written
    ],
)
def test_a_job_after_the_writers_name_in_a_by_line(line: str, names: list[str]) -> None:
    from warta.fields.people import parse_byline
    from warta.lang import lexicon

    assert [p.name for p in parse_byline(line, lexicon("en")) or []] == names


def test_a_desk_under_a_byline_label_is_no_one() -> None:
    # "WRITER: Online Reporters" (the Bangkok Post), "Penulis: Tim Redaksi": every word a
    # desk's, no person's; a writer beside the desk stays.
    assert parse_byline("WRITER: Online Reporters", lexicon("en")) is None
    assert parse_byline("Penulis: Tim Redaksi", lexicon("id")) is None
    named = parse_byline("By Ann Lee and Online Reporters", lexicon("en")) or []
    assert [p.name for p in named] == ["Ann Lee"]


@pytest.mark.parametrize("line", ["ABC Rural", "BBC Sport", "CNN Business"])
def test_an_outlets_desk_under_the_byline_is_no_one(line: str) -> None:
    # The outlet's name in capitals, then a desk's or station's: no person's name opens so.
    assert bare_name(line, lexicon("en")) is None
    named = parse_byline(f"By Ann Lee, {line}", lexicon("en")) or []
    assert [p.name for p in named] == ["Ann Lee"]


def test_a_desk_line_under_a_copied_byline_adds_no_writer() -> None:
    import warta

    page = "\n".join(
        [
            "Hay prices climb as a dry autumn starts in the west",
            "By Hanna Lofgren",
            "ABC Rural",
            "Posted Wed 5 Mar 2025 at 4:30pm",
            "Graziers in the west of the state have sold stock since Christmas as the price of "
            "hay has doubled, the farmers' federation said on Wednesday.",
            "Feed merchants say they expect prices to stay high until the first autumn rains "
            "arrive, which forecasters say may be weeks away.",
        ]
    )
    assert [p.name for p in warta.extract(page).authors] == ["Hanna Lofgren"]


def test_two_labels_in_a_row_with_no_mark_between_them() -> None:
    # Republika: "Rep: ... Red: ..." in one line, the second label right after the first name.
    people = parse_byline("Rep: Zahra Kamila Putri Red: Yusuf Mahardika", lexicon("id")) or []
    assert [(p.name, p.role) for p in people] == [
        ("Zahra Kamila Putri", Role.REPORTER),
        ("Yusuf Mahardika", Role.EDITOR),
    ]


def test_a_writers_job_that_opens_with_a_labels_word() -> None:
    # Nikkei Asia: "NUR AQILAH ROSLI, Contributing writer", where "Contributing" alone is a
    # label ("Contributing: Ann Lee, The Arizona Republic").
    people = parse_byline("NUR AQILAH ROSLI, Contributing writer", lexicon("en")) or []
    assert [(p.name, p.role) for p in people] == [("Nur Aqilah Rosli", Role.AUTHOR)]
    labelled = parse_byline("Contributing: Ann Lee, The Arizona Republic", lexicon("en")) or []
    assert [(p.name, p.role) for p in labelled] == [("Ann Lee", Role.CONTRIBUTOR)]
