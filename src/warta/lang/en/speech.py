from warta.lang.schema import SpeechWords

# English news puts the verb after the quote ("... ," he said) or inverts it after a comma
# ("said Jane Doe, an analyst at ..."); reported speech is "X said (that) ...", "..., X said."
SPEECH = SpeechWords(
    verbs=(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "explained",
        "explains", "stated", "states", "asked", "asks", "wrote", "writes", "insisted", "warned",
        "warns", "declared", "continued", "remarked", "replied", "recalled", "argued", "argues",
        "stressed", "emphasised", "emphasized", "admitted", "acknowledged", "conceded", "claimed",
        "urged", "predicted", "concluded", "joked", "cautioned",
    ),
    pronoun_suffixes=(),
    reported_verbs=(
        "said", "says", "told", "tells", "added", "adds", "noted", "explained", "stated",
        "insisted", "warned", "argued", "stressed", "emphasised", "emphasized", "admitted",
        "acknowledged", "conceded", "claimed", "denied", "predicted", "believes", "believed",
        "estimated", "confirmed",
    ),
    bare_clause_verbs=(
        "said", "says", "told", "tells", "added", "adds", "noted", "insisted", "warned", "argued",
        "stressed", "admitted", "acknowledged", "claimed", "predicted", "believes", "believed",
        "estimated", "confirmed",
    ),
    complementizers=("that",),
    according_to=("according to",),
    pronouns=("he", "she"),
    adverbs=(
        "also", "later", "earlier", "previously", "further", "then", "has", "had", "have",
        "however", "meanwhile", "but", "still", "yet",
    ),
    role_words=(
        "minister", "president", "vice", "governor", "regent", "mayor", "head", "chief", "director",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman", "chair",
        "ceo", "analyst", "economist", "professor", "lecturer", "researcher", "campaigner",
        "activist", "lawyer", "attorney", "adviser", "advisor", "officer", "official",
        "commissioner", "general", "commander", "manager", "founder", "resident", "farmer",
        "expert", "senator", "lawmaker", "legislator", "speaker", "ambassador", "envoy", "coach",
        "captain", "deputy", "executive", "prosecutor", "judge", "police", "nutritionist", "doctor",
        "teacher", "student", "leader", "harbour master", "harbor master", "harbourmaster",
    ),
    unnamed_speakers=(
        "official", "officials", "analyst", "analysts", "spokesperson", "spokesman", "spokeswoman",
        "police", "witnesses", "witness", "residents", "experts", "sources", "source", "adviser",
        "advisor", "economists", "diplomats", "diplomat", "authorities", "people", "traders",
        "investors", "researchers", "scientists", "organisers", "organizers", "lawyers",
        "prosecutors", "doctors",
    ),
    determiners=("a", "an", "the", "its", "his", "her", "their"),
    documents=(
        "data", "report", "survey", "study", "document", "figures", "audit", "records", "research",
        "analysis", "poll", "chart", "statistics", "filing", "ruling", "law", "regulation", "note",
        "memo", "index", "estimates", "table",
    ),
    listeners=("reporters", "journalists", "reuters", "lawmakers", "parliament"),
    role_connectors=("of", "for", "and", "at", "&"),
    relatives=("who", "whose"),
    institutions=(
        "ministry", "agency", "government", "commission", "company", "bank", "department", "office",
        "council", "court", "police", "parliament", "university", "institute", "authority", "board",
        "bureau", "party", "union", "organisation", "organization",
    ),
    naming_verbs=("calls", "called", "call", "dubbed", "nicknamed", "labelled", "labeled"),
    role_head_first=False,
)
