from warta.lang.schema import DateWords

DATES = DateWords(
    months={
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
        "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "september": 9, "sep": 9,
        "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nop": 11,
        "desember": 12, "des": 12, "mart": 3, "augustus": 8,
    },
    weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"),
    timezones={"wib": 420, "wita": 480, "wit": 540},
    zone_regions={"wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"},
    zone_legends=("semua waktu dalam", "waktu dalam", "seluruh waktu dalam"),
    updated=("diperbarui", "diupdate", "update", "pembaruan terakhir", "perbarui", "updated"),
    published=("diterbitkan", "dipublikasikan", "terbit", "tayang", "dipublikasi", "publikasi"),
    on_words=("pada", "di"),  # "oleh Ani Lestari di 18 November 2024" (Mongabay)
    time_words=("pukul", "jam", "pk.", "pkl."),
    relative=("lalu", "yang lalu"),
    units={
        "detik": 1, "dtk": 1, "menit": 60, "mnt": 60, "jam": 3600, "hari": 86400,
        "minggu": 604800, "pekan": 604800,
    },
    order="dmy",
    dateparser="id",
    home_zone="Asia/Jakarta",
    # The regional press of central and eastern Indonesia prints its own zone's times.
    outlet_zones={
        "tribun bali": "Asia/Makassar", "tribunbali": "Asia/Makassar",
        "tribun timur": "Asia/Makassar", "tribuntimur": "Asia/Makassar",
        "tribun manado": "Asia/Makassar", "tribunmanado": "Asia/Makassar",
        "tribun kaltim": "Asia/Makassar", "tribunkaltim": "Asia/Makassar",
        "pos kupang": "Asia/Makassar", "poskupang": "Asia/Makassar",
        "fajar co id": "Asia/Makassar", "balipost": "Asia/Makassar", "bali post": "Asia/Makassar",
        "tribun papua": "Asia/Jayapura", "tribunpapua": "Asia/Jayapura",
        "tribun ambon": "Asia/Jayapura", "tribunambon": "Asia/Jayapura",
        "cenderawasih pos": "Asia/Jayapura",
    },
)
