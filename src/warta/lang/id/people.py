from warta.lang.schema import PeopleWords
from warta.records import Role

PEOPLE = PeopleWords(
    labels={
        "penulis": Role.AUTHOR,
        "ditulis oleh": Role.AUTHOR,
        "editor": Role.EDITOR,
        "penyunting": Role.EDITOR,
        "redaktur": Role.EDITOR,
        "pewarta": Role.REPORTER,
        "reporter": Role.REPORTER,
        "wartawan": Role.REPORTER,
        "kontributor": Role.REPORTER,
        "fotografer": Role.PHOTOGRAPHER,
        "foto": Role.PHOTOGRAPHER,
        "pewarta foto": Role.PHOTOGRAPHER,
        "penerjemah": Role.CONTRIBUTOR,
        "laporan": Role.REPORTER,
        "laporan oleh": Role.REPORTER,  # Suara Surabaya: "Laporan oleh Ani Lestari"
        "jurnalis": Role.REPORTER,
        "penyusun": Role.AUTHOR,
        "penanggung jawab": Role.EDITOR,
        "editor foto": Role.EDITOR,
        # Republika's abbreviations, only with their colon: "Rep: Ann Lee/ Red: Bo Kim".
        "rep:": Role.REPORTER,
        "red:": Role.EDITOR,
    },
    by=("oleh",),
    # ... then the outlet or the place, a comma and the name: "Kontributor Demak, Ani Lestari".
    reporter_intro=("laporan wartawan", "laporan reporter", "laporan jurnalis",
                    "laporan koresponden", "kontributor"),
    title_prefixes=(
        "prof.", "prof", "dr.", "drs.", "dra.", "ir.", "h.", "hj.", "kh.", "k.h.", "dr", "drg.",
        "brigjen", "irjen", "kombes", "akbp", "ipda", "iptu", "mayjen", "letjen", "jenderal",
        "kompol", "akp", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "kolonel",
        "letkol", "laksamana", "marsekal", "komjen", "kapten", "ustaz", "ustazah", "ustadz",
        "ustadzah",
        "kiai", "kyai", "habib", "buya", "pak", "bu", "jro", "mangku", "pdt.", "pdt", "romo",
        # Papua: "Mama Yuliana Wenda", "Bapa Yosias"; Surabaya and Malang: "Cak Mukhlis" (not
        # "Ning", a given name as well).
        "mama", "bapa", "cak",
        # Javanese for an elder, man or woman: "Mbah Tukinah".
        "mbah",
    ),
    # "Kombes Pol Dwi Prasetyo", "Mayjen TNI (Purn) Suharto": the corps goes with the rank.
    title_qualifiers=("pol", "pol.", "tni", "purn", "purn."),
    title_suffixes=(
        "s.h.", "sh", "m.h.", "mh", "m.si.", "msi", "m.pd.", "mpd", "s.pd.", "spd", "mt", "m.t.",
        "s.t.", "st", "m.eng", "meng", "s.e.", "se", "m.m.", "mm", "m.sc.", "msc", "ph.d.", "phd",
        "m.kes.", "mkes", "sp.a", "sp.pd", "sp.og", "s.sos.", "ssos", "m.a.", "ma", "s.kom.",
        "mba", "m.b.a.", "s.ip.", "m.ap.", "s.ag.", "m.ag.", "lc", "s.ked.", "m.e.", "me", "m.kom.",
        "s.kep.", "s.psi.", "m.psi.", "s.farm.", "apt.", "s.i.kom.", "m.i.kom.", "s.p.", "m.p.",
        "s.hut.", "m.ak.", "s.ak.",
    ),
    conjunctions=("dan", "&"),
    # Batak "br" / "boru" (daughter of the clan): "Rosmawati br Sitompul".
    name_particles=("bin", "binti", "van", "de", "der", "al", "el", "da", "di", "br", "boru"),
    not_names=("tim", "redaksi", "admin",
               # words of the buttons and links around a byline, never of a name
               "baca", "juga", "selengkapnya", "lainnya", "terbaru", "terkini", "populer",
               "video", "foto", "bagikan", "ikuti", "komentar", "berita", "artikel"),
    places=("kota", "kabupaten", "provinsi"),
    bare_editor=True,
    buttons=("ikuti",),
    reading=("baca", "membaca"),
    jobs=("wartawan", "jurnalis", "reporter", "editor", "kontributor", "koresponden",
          "redaktur", "penulis"),
    writing_jobs=("wartawan", "jurnalis", "reporter", "kontributor", "koresponden", "penulis"),
)
