from warta.lang.schema import DatelineWords

DATELINES = DatelineWords(
    outlets=(
        "reuters", "ap", "afp", "bloomberg", "the jakarta post", "jakarta globe", "upi", "dpa",
        "xinhua", "bernama", "cnn", "bbc", "bbc news", "the associated press", "associated press",
        "efe", "ansa", "kyodo", "yonhap", "tass", "anadolu", "pti", "ians", "cna", "nna", "tnn",
        "the canadian press", "canadian press", "press association", "pa media",
        "australian associated press", "aap",
        "fox news", "nbc news", "cbs news", "abc news", "sky news", "npr",
        # Outlets that open their own stories with their name alone: "ECONOMYNEXT –".
        "economynext", "newsfirst",
    ),
    kickers=(
        "breaking", "breaking news", "update", "updated", "exclusive", "watch", "live", "video",
        "photos", "analysis", "opinion", "editorial", "explainer", "review", "comment", "note",
        "editor's note", "correction", "clarification", "warning", "factbox", "timeline",
        "q&a", "poll", "read", "listen", "related", "sponsored", "advertisement", "summary",
        "in short", "key points", "highlights", "photo", "photos", "image", "picture", "source",
        "credit", "caption", "file", "graphic", "map", "chart", "tags", "topics", "by", "dear",
        # Notes and a picture's pointers that open a line with a colon: "Edit: I think ...".
        "edit", "disclosure", "disclaimer", "background", "context", "pictured", "above",
        "below", "top", "left", "right", "inset",
        # A section's name before the byline: "News - Ann Lee, CNBC Indonesia".
        "news",
    ),
    masthead_words=(
        "news", "times", "herald", "tribune", "journal", "gazette", "chronicle", "bulletin",
        "inquirer", "telegraph", "press", "radio",
    ),
    company_words=(
        "copyright", "all", "rights", "reserved", "media", "group", "network", "networks",
        "company", "companies", "corporation", "corp", "inc", "ltd", "limited", "llc", "plc",
        "publishing", "publishers", "publications", "holdings", "digital", "online", "news",
        "newspaper", "newspapers", "press", "international", "global", "times",
    ),
)
