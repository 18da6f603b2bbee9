from warta.lang.schema import PeopleWords
from warta.records import Role

PEOPLE = PeopleWords(
    labels={
        "written by": Role.AUTHOR,
        "author": Role.AUTHOR,
        "reporting by": Role.REPORTER,
        "additional reporting by": Role.REPORTER,
        "reporter": Role.REPORTER,
        "editing by": Role.EDITOR,
        "edited by": Role.EDITOR,
        "editor": Role.EDITOR,
        "writing by": Role.AUTHOR,
        "photo by": Role.PHOTOGRAPHER,
        "photographs by": Role.PHOTOGRAPHER,
        "photographer": Role.PHOTOGRAPHER,
        "compiled by": Role.CONTRIBUTOR,
        "contributor": Role.CONTRIBUTOR,
    },
    by=("by",),
    reporter_intro=(),
    title_prefixes=("dr.", "dr", "prof.", "prof", "mr.", "mrs.", "ms.", "sir", "rev."),
    title_suffixes=("phd", "ph.d.", "md", "m.d.", "jr.", "sr."),
    conjunctions=("and", "&"),
)
