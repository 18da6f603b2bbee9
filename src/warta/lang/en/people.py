from warta.lang.schema import PeopleWords
from warta.records import Role

PEOPLE = PeopleWords(
    labels={
        "written by": Role.AUTHOR,
        "author": Role.AUTHOR,
        "writer": Role.AUTHOR,
        "writers": Role.AUTHOR,
        "reporting by": Role.REPORTER,
        "additional reporting by": Role.CONTRIBUTOR,  # the byline names the writers
        "reporter": Role.REPORTER,
        "editing by": Role.EDITOR,
        "edited by": Role.EDITOR,
        "editor": Role.EDITOR,
        "translator": Role.CONTRIBUTOR,
        "translated by": Role.CONTRIBUTOR,
        "contributing": Role.CONTRIBUTOR,
        "with assistance from": Role.CONTRIBUTOR,
        # Bloomberg's closing contacts, each on a line of its own over the names.
        "to contact the reporter on this story": Role.REPORTER,
        "to contact the reporters on this story": Role.REPORTER,
        "to contact the editor responsible for this story": Role.EDITOR,
        "to contact the editors responsible for this story": Role.EDITOR,
        "writing by": Role.AUTHOR,
        "photo by": Role.PHOTOGRAPHER,
        "photographs by": Role.PHOTOGRAPHER,
        "photographer": Role.PHOTOGRAPHER,
        "compiled by": Role.CONTRIBUTOR,
        "contributor": Role.CONTRIBUTOR,
        "reported by": Role.REPORTER,
        "story by": Role.AUTHOR,
        "words by": Role.AUTHOR,
        "interview by": Role.AUTHOR,
        "additional writing by": Role.AUTHOR,
        "illustration by": Role.CONTRIBUTOR,
        "graphics by": Role.CONTRIBUTOR,
        "fact-checked by": Role.EDITOR,
        "reviewed by": Role.EDITOR,
        # An English edition's translation names the original's writer (The Mainichi):
        # "(Japanese original by Ann Lee, City News Department)".
        "japanese original by": Role.AUTHOR,
        "original by": Role.AUTHOR,
        # The Asahi Shimbun closes its stories so: "(This article was written by Ann Lee.)".
        "this article was written by": Role.AUTHOR,
        "this story was written by": Role.AUTHOR,
    },
    by=("by",),
    closing_with=("with", "with reports from", "with a report from"),
    reporter_intro=(),
    title_prefixes=(
        "dr.", "dr", "prof.", "prof", "mr.", "mrs.", "ms.", "sir", "rev.", "asst", "asst.", "assoc",
        "assoc.", "rep.", "rep", "gov.", "lt.", "gen.", "col.", "capt.", "sgt.",
        # Not "Tan", "Sri", "Eng" or "Sen": titles in Malaysia, the Gulf and the US Senate, names in
        # Indonesia, China and Cambodia ("Hun Sen").
        "cmdr", "cmdr.", "daw", "atty", "sheikh", "datuk", "dato'", "dato’", "datin", "seri", "tun",
        "haji", "hajjah",
        # Fijian chiefly titles ("Ratu Josefa ..."); councillors in Australia, Fiji and the UK.
        "ratu", "cr", "cr.", "cllr", "cllr.",
        # Religious sisters and nursing sisters: "Sister Agnes Mokei"; "Hon." in the Pacific and
        # South Asia; Brunei's "Awang" and "Dayang" (Mr and Ms).
        "sister", "hon", "hon.", "awang", "dayang",
        # Cook Islands "Papa" before an elder's name ("Mama" is in the Indonesian list, which
        # English reads too: titles of every language are titles).
        "papa",
        # Naval ranks: "Commodore Tanvir Hasan Chowdhury".
        "commodore", "cdre", "cdre.", "admiral", "adm.",
        # Nigeria and the Philippines: "Engr. Babatunde Adeyemi"; Hausa and Yoruba Muslims who
        # made the pilgrimage: "Alhaji Musa", "Alhaja Kudirat".
        "engr", "engr.", "alhaji", "alhaja",
        # Canadian councillors: "Coun. Darlene Fehr-Wiebe"; Zimbabwe's "Cde" (comrade).
        "coun", "coun.", "cde", "cde.",
        # Police ranks in South Asia, written as acronyms before the name: "SSP Dinesh Abeykoon".
        "ssp", "asp", "dig", "igp",
        # Malta's architects and engineers: "Perit Claire Vella"; a Sarawak longhouse area's
        # chief: "Penghulu Ranggong anak Jelani".
        "perit", "penghulu",
        # Not the Burmese "U": titles are compared without their stops, and it would take the
        # initial out of "John U. Smith".
    ),
    # "Nicholas Bramwell KC": counsel's and honours' letters after the name.
    title_suffixes=("phd", "ph.d.", "md", "m.d.", "jr.", "sr.", "kc", "qc", "obe", "mbe", "cbe",
                    # Health writers' credentials: "Ilana Muhlstein, MS, RDN".
                    "ms", "msc", "bsc", "rd", "rdn", "apd", "mph", "rn", "dvm"),
    # "By Lucía Ferrer with AFP": the agency after "with" is left out as an outlet.
    conjunctions=("and", "&", "with"),
    name_particles=(
        "van", "de", "der", "den", "von", "da", "di", "la", "le", "bin", "al", "el", "du",
        # Iban "Henry Jimbun anak Sagan" (son of).
        "anak",
    ),
    not_names=("staff", "reporter", "writer", "correspondent", "editor", "contributor",
               # a desk named beside a writer: "Ann Lee and Online Reporters" (Bangkok Post)
               "reporters", "writers", "correspondents", "online",
               "reuters", "associated press", "the associated press", "ap", "afp", "bloomberg",
               "updated", "published", "news", "team", "desk", "wire", "agencies",
               # words of the buttons and links around a byline, never of a name
               "post", "posts", "share", "sharing", "buttons", "tweet", "read", "later",
               "more", "articles", "view", "next", "previous", "follow", "video", "videos",
               "sport", "sports", "weather", "live", "today", "comments", "subscribe",
               "related", "topics",
               # a company's words: "Nation Media Group" under its writer's name
               "media", "group", "network", "corporation", "holdings", "limited", "ltd",
               "inc", "publishing", "publications", "newspapers"),
    places=("city", "town", "county", "province", "district", "state", "island"),
    stations=True,
    buttons=("follow", "twitter", "facebook", "instagram", "linkedin", "email", "bluesky"),
    reading=("read", "to read", "read time"),
    jobs=("reporter", "writer", "correspondent", "editor", "director", "journalist",
          "columnist", "producer", "contributor", "critic", "chief", "staff"),
    writing_jobs=("writer", "reporter", "correspondent", "journalist", "columnist",
                  "contributor", "critic", "editor"),
)
