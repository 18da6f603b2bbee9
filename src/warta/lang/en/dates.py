from warta.lang.schema import DateWords

DATES = DateWords(
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    weekdays=(
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
        "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    ),
    timezones={
        "gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240,
        "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "aest": 600, "et": -300, "pt": -480, "ct": -360, "hkt": 480, "cat": 120,
        "sast": 120, "eat": 180, "wat": 60, "nzst": 720, "nzdt": 780, "awst": 480,
        "aedt": 660, "ist": 330, "sgt": 480, "jst": 540, "pht": 480, "myt": 480, "ict": 420,
        "kst": 540, "acst": 570, "acdt": 630, "pkt": 300, "npt": 345, "mmt": 390, "hst": -600,
        "akst": -540, "akdt": -480, "msk": 180, "eet": 120, "eest": 180, "wet": 0, "west": 60,
        "uk": 0,  # British time, an hour later in summer (see `warta.fields.dates`)
    },
    updated=("updated", "last updated", "modified", "last modified", "updated on"),
    published=("published", "posted", "first published", "published on", "posted on"),
    on_words=("on",),
    time_words=("at", "@"),
    relative=("ago",),
    units={
        "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1, "minute": 60, "minutes": 60,
        "min": 60, "mins": 60, "m": 60, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600,
        "h": 3600, "day": 86400, "days": 86400, "d": 86400, "week": 604800, "weeks": 604800,
        "wk": 604800, "wks": 604800, "w": 604800,
    },
    order="mdy",
    dateparser="en",
)
