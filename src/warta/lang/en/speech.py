from warta.lang.schema import SpeechWords

# English news puts the verb after the quote ("... ," he said) or inverts it after a comma
# ("said Jane Doe, an analyst at ..."); reported speech is "X said (that) ...", "..., X said."
SPEECH = SpeechWords(
    verbs=(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "explained",
        "explains", "stated", "states", "asked", "asks", "wrote", "writes", "insisted", "warned",
        "warns", "declared", "continued", "remarked", "replied", "recalled", "argued", "argues",
        "stressed", "emphasised", "emphasized", "admitted", "acknowledged", "conceded", "claimed",
        "urged", "predicted", "concluded", "joked", "cautioned", "announced", "announces",
        "shouted", "yelled", "lamented", "laments", "complained", "complains", "quipped",
        "recounted", "boasted", "pleaded", "appealed", "questioned", "wondered",
    ),
    pronoun_suffixes=(),
    clause_markers=(
        "would", "will", "could", "can", "may", "might", "should", "must", "had", "has", "have",
        "is", "are", "was", "were",
    ),
    reported_verbs=(
        "said", "says", "told", "tells", "added", "adds", "noted", "explained", "stated",
        "insisted", "warned", "argued", "stressed", "emphasised", "emphasized", "admitted",
        "acknowledged", "conceded", "claimed", "denied", "predicted", "believes", "believed",
        "estimated", "confirmed", "say", "announced", "announces", "informed",
        # The present, as features write it ("He notes that ..."); not "states" or "claims",
        # nouns as often ("the United States", "insurance claims").
        "notes", "explains", "insists", "argues", "warns", "stresses", "admits", "acknowledges",
        "predicts", "confirms",
        "lamented", "complained", "recounted", "boasted",
    ),
    bare_clause_verbs=(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "insisted", "warned",
        "argued", "stressed", "admitted", "acknowledged", "claimed", "predicted", "believes",
        "believed", "estimated", "confirmed",
    ),
    continuations=(
        "adding", "noting", "saying", "explaining", "stressing", "warning", "insisting", "arguing",
        "asserting", "claiming", "suggesting", "acknowledging", "admitting",
    ),
    passives=("was", "were", "been", "being", "is", "are", "be", "get", "gets", "got"),
    time_adverbs=("yesterday", "today", "tonight", "recently", "earlier", "later", "previously"),
    content_stops=(
        ", but declined", ", but refused", ", but would not", ", but did not", ", but gave no",
        ", but stopped short",
    ),
    conjunctions=(
        "when", "while", "after", "before", "if", "because", "since", "although", "though",
        "once", "until", "where", "as",
    ),
    negations=("not", "to", "never", "n't", "didn't", "won't", "wouldn't", "couldn't"),
    complementizers=("that",),
    according_to=("according to",),
    pronouns=("he", "she"),
    object_pronouns=("him", "her"),
    first_person=("i", "we"),
    abbreviations=("st", "mt", "ft", "vs", "dept", "ave", "blvd", "eng", "rs", "rp"),
    clause_joiners=("and", "but"),
    acronyms_are_bodies=True,
    # Not "justice" as a role: a word of many bodies' names ("Natural Justice", "Vaal
    # Environmental Justice Alliance"); first in a name, it is a judge's title.
    # "Sen." with its stop, first in a name: a senator ("Sen. Dale Hutchins"); "Sen" alone ends
    # names ("Hun Sen", "Amartya Sen").
    written_titles=("eng.", "u", "justice", "sen."),
    adverbs=(
        "also", "later", "earlier", "previously", "further", "then", "has", "had", "have",
        "however", "meanwhile", "but", "still", "yet",
    ),
    role_words=(
        "minister", "prime minister", "president", "vice", "governor", "regent", "mayor", "head",
        "chief", "director",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair",
        "ceo", "analyst", "economist", "professor", "lecturer", "researcher", "campaigner",
        "activist", "lawyer", "attorney", "adviser", "advisor", "officer", "official",
        "commissioner", "general", "commander", "manager", "founder", "resident", "farmer",
        "expert", "senator", "lawmaker", "legislator", "speaker", "ambassador", "envoy", "coach",
        "captain", "deputy", "executive", "prosecutor", "judge", "police", "nutritionist", "doctor",
        "teacher", "student", "leader", "harbour master", "harbor master", "harbourmaster",
        "author", "writer", "novelist", "journalist", "reporter", "historian", "scientist",
        "sociologist", "ecologist", "geologist", "biologist", "engineer", "physician", "surgeon",
        "nurse", "entrepreneur", "councillor", "councilor", "strategist", "organiser",
        "organizer", "coordinator", "administrator", "owner", "undersecretary", "glaciologist",
        "hydrologist", "climatologist", "seismologist", "volcanologist", "epidemiologist",
        "meteorologist", "anthropologist", "archaeologist", "psychologist", "criminologist",
        "oceanographer", "agronomist", "veterinarian", "pharmacist", "chemist", "physicist",
        "botanist", "zoologist", "fisher", "artisan", "sheriff", "marshal", "chancellor",
        "superintendent", "inspector", "constable", "trustee", "warden", "treasurer", "premier",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "alderman",
        "councilwoman", "councilmember", "smallholder", "supervisor",
        "magistrate", "coroner", "registrar", "auditor", "curator", "forecaster", "ranger",
        "paramedic", "firefighter", "midwife", "priest", "rabbi", "vicar", "chef", "counsel",
        "striker", "midfielder", "defender", "goalkeeper", "winger", "flanker", "fullback",
        "quarterback", "pitcher", "skipper", "five-eighth", "halfback", "half-back", "fly-half",
        "scrum-half", "playmaker",
        "cfo", "coo", "cto", "cmo", "painter", "artist", "photographer", "filmmaker",
        "musician", "singer", "actor", "actress", "poet", "architect", "mechanic", "electrician",
        "sculptor",
        # An Iban longhouse's head: "Tuai Rumah Jimbun anak Unting".
        "tuai rumah",
        # What a reporter calls someone met on the street: "Commuter Dwayne Trott said".
        "commuter", "motorist", "shopper", "passenger", "pensioner", "retiree", "homeowner",
        "ratepayer", "volunteer", "orchardist", "grower", "winemaker", "fisherman", "agent",
        # Counsel in British court reports: "Kate Orchard, defending, said ...".
        "defending", "prosecuting",
        # Members of parliaments, written before the name: "Labour MP", "Independent TD" (not
        # "Democrat" or "Republican": "the Republican Party" would be a role and a name).
        "mp", "mep", "mla", "td",
        # Not "bishop", "pastor", "imam" or "lock": surnames and names too ("Tessa Bishop").
        # Not family words: a relative shares the surname, which then points to two people.
    ),
    unnamed_speakers=(
        "official", "officials", "analyst", "analysts", "spokesperson", "spokesman", "spokeswoman",
        "police", "witnesses", "witness", "residents", "experts", "sources", "source", "adviser",
        "advisor", "economists", "diplomats", "diplomat", "authorities", "people", "traders",
        "investors", "researchers", "scientists", "organisers", "organizers", "lawyers",
        "prosecutors", "doctors", "workers", "groups", "operators", "critics", "activists",
        "locals", "villagers", "farmers", "parents", "teachers", "students", "observers",
        "campaigners", "owners", "members", "employees", "volunteers", "rescuers", "neighbours",
        "neighbors", "neighbour", "neighbor", "officers", "friends", "fishermen", "fishers",
        "developers", "drivers", "commuters", "passengers", "shoppers", "vendors", "protesters",
        "demonstrators", "voters", "patients", "survivors", "victims", "families", "tourists",
        "visitors", "consumers", "users", "unions", "businesses", "executives", "publishers",
        "aides", "staffers", "insiders", "importers", "exporters", "retailers", "growers",
        "miners", "landlords", "tenants", "transporters", "truckers", "hauliers", "haulers",
        "motorists", "ratepayers",
        # Some of those just spoken of: "Many said ...", "Others said ...".
        "many", "others", "several",
        "vendor", "trader", "worker", "customer", "shopkeeper", "stallholder",
    ),
    determiners=("a", "an", "the", "its", "his", "her", "their", "one", "another"),
    indefinites=("a", "an", "one", "another"),
    articles=("the",),
    documents=(
        "data", "report", "survey", "study", "document", "figures", "audit", "records", "research",
        "correction", "clarification",
        "analysis", "poll", "chart", "statistics", "filing", "ruling", "law", "regulation", "note",
        "memo", "index", "estimates", "table", "paper", "statement", "article", "email", "letter",
        "release", "post", "tweet", "website", "book", "journal", "documents", "files",
        "modelling", "modeling", "projections", "forecast", "forecasts", "recommendation",
        "review",
    ),
    addressed_verbs=("told", "tells", "asked", "asks", "urged", "warned", "reminded"),
    listeners=("reporters", "journalists", "reuters", "lawmakers", "parliament", "me"),
    audiences=(
        "court", "jury", "committee", "tribunal", "inquiry", "hearing", "panel", "council",
        "assembly", "senate", "house", "audience", "crowd", "media", "press", "board", "meeting",
        "conference", "gathering", "congregation", "magistrate", "judge", "commission",
    ),
    role_connectors=("of", "for", "and", "at", "&"),
    relatives=("who", "whose"),
    prepositions=("of", "for", "at", "from", "with", "in", "on", "by"),
    institutions=(
        "ministry", "agency", "government", "commission", "company", "bank", "department", "office",
        "council", "court", "police", "parliament", "university", "institute", "authority", "board",
        "bureau", "party", "union", "organisation", "organization", "federation", "association",
        "associations", "alliance", "committee", "foundation", "network", "coalition", "shelter",
        "hospital", "school", "club", "firm", "corporation", "agency's", "newspaper",
        "administration", "secretariat", "group", "water", "airlines", "airways", "railways",
        "city", "municipality", "shire",
    ),
    naming_verbs=("calls", "called", "call", "dubbed", "nicknamed", "labelled", "labeled"),
    role_head_first=False,
)
