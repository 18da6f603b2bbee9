from warta.lang.schema import SpeechWords

# Indonesian news attributes direct quotes with a bare root verb after the quote ("kata",
# "ujar", "tutur"), often with the enclitic "-nya" standing for the speaker ("ujarnya"), and
# reports speech with the meN- form before the content ("mengatakan bahwa ...").
SPEECH = SpeechWords(
    verbs=(
        "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "imbuh", "terang", "sebut",
        "papar", "tambah", "lanjut", "pungkas", "tukas", "timpal", "kilah", "aku", "seru", "tanya",
        "sambung", "urai", "cetus", "beber", "tandas", "harap", "pinta", "ajak", "mengatakan",
        "menyampaikan", "menjelaskan", "menambahkan", "mengungkapkan", "menegaskan", "menuturkan",
        "menyebut", "menyebutkan", "memaparkan", "menerangkan", "berkata", "bertanya", "menanggapi",
        "berteriak", "teriak",
    ),
    pronoun_suffixes=("nya",),
    reported_verbs=(
        "mengatakan", "menyampaikan", "menjelaskan", "menambahkan", "mengungkapkan", "menegaskan",
        "menuturkan", "menyebut", "menyebutkan", "memaparkan", "menerangkan", "mengaku",
        "membantah", "berkata", "mengklaim", "menyatakan", "mengingatkan", "menilai", "mengimbau",
        "meyakini", "memastikan", "mengakui", "menduga", "berharap", "mengharapkan", "menekankan",
        "melanjutkan", "berpendapat",
    ),
    bare_clause_verbs=(
        "mengatakan", "menyebut", "mengaku", "membantah", "menyatakan", "berkata", "mengklaim",
        "menilai", "meyakini", "memastikan", "mengakui", "menduga", "berharap", "berpendapat",
    ),
    marked_clause_verbs=(
        "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan", "menerangkan", "mengingatkan",
        "menyampaikan",
    ),
    clause_markers=(
        "akan", "tidak", "tak", "belum", "sudah", "telah", "masih", "sedang", "bisa", "dapat",
        "harus", "perlu", "mampu", "ingin", "hendak", "merupakan", "adalah", "menjadi", "ada",
        "naik", "turun", "mencapai", "sebanyak", "sekitar", "tetap", "hanya", "terus", "terjadi",
        "karena", "sehingga", "agar", "supaya", "jika", "bila", "kalau", "punya", "memiliki",
        "mempunyai", "berasal", "berada", "tengah",
        # Words of a clause's time or degree: "debit air kini tinggal 38 liter", "antusiasme
        # orang tua cukup tinggi", "sedikitnya 640 perahu bersandar".
        "kini", "cukup", "semakin", "makin", "mulai", "sedikitnya", "setidaknya", "hampir",
    ),
    clause_subjects=("pihaknya",),
    question_words=("bagaimana", "mengapa", "kenapa", "apakah", "siapa", "kapan", "berapa"),
    time_adverbs=("kemarin", "semalam", "tadi"),
    content_stops=(", namun enggan", ", tetapi enggan", ", namun menolak", ", tetapi menolak"),
    conjunctions=(
        "ketika", "saat", "sejak", "setelah", "sebelum", "jika", "karena", "meskipun", "walaupun",
        "usai", "seusai", "sesudah", "sewaktu",
    ),
    negations=("tidak", "tak", "enggan", "belum", "menolak", "tanpa"),
    complementizers=("bahwa",),
    according_to=("menurut",),
    pronouns=("ia", "dia", "beliau"),
    first_person=("saya", "aku", "kami", "kita"),
    demonstratives=("itu", "tersebut"),
    abbreviations=("jl", "kec", "kab", "kel", "rp"),
    clause_joiners=("dan", "namun", "tetapi", "tapi", "dengan"),
    adverbs=(
        "juga", "pun", "kembali", "lebih lanjut", "kemudian", "lalu", "sebelumnya", "sendiri",
        "bahkan", "sempat", "pernah", "turut", "mengakhiri", "namun", "sementara", "meski",
        "adapun", "sedangkan",
        # Where or how it was said, between the speaker and the verb: "Rektor ..., dalam
        # sambutannya mengatakan ...".
        "dalam sambutannya", "dalam keterangannya", "dalam keterangan tertulisnya",
        "dalam pernyataannya", "dalam pidatonya", "saat dikonfirmasi", "ketika dikonfirmasi",
        "dalam pandangannya", "dalam tuntutannya", "dalam amar putusannya", "dalam putusannya",
        "saat dihubungi", "ketika dihubungi",
    ),
    role_words=(
        "kepala", "ketua", "wakil", "menteri", "wamen", "presiden", "gubernur", "bupati",
        "wali kota", "walikota", "camat", "lurah", "kades", "direktur", "dirjen", "dirut",
        "sekretaris", "sekjen", "sekda", "juru bicara", "jubir", "kabid", "kasi", "kasubag",
        "kapolri", "kapolda", "kapolres", "kapolresta", "kapolsek", "kasat", "kasatreskrim",
        "kapolrestabes", "wakapolri", "wakapolda", "wakapolres", "wakapolresta", "kasatlantas",
        "kasatnarkoba", "kanit", "politisi", "politikus", "aparatur sipil negara", "asn", "pns",
        "karyawan", "pegawai", "buruh", "sopir", "pengemudi", "ibu rumah tangga",
        "kadis", "kadin", "plh", "plh.", "plt", "plt.", "pj", "pj.", "komisaris", "manajer",
        "anggota", "pengamat", "peneliti", "ekonom", "dosen", "guru", "rektor", "dekan",
        "pengacara", "kuasa hukum", "warga", "petani", "nelayan", "pedagang", "ketum",
        "koordinator", "asisten", "staf", "pakar", "analis", "direktorat", "kepala dinas",
        "kasubdit", "panglima", "danrem", "dandim", "kajari", "kajati", "jaksa", "hakim",
        "pimpinan", "pemimpin", "pendiri", "ceo", "founder", "aktivis", "ahli", "ulama", "pelatih",
        "kapten", "pemain", "sekretaris jenderal", "bendesa", "pekaseh", "bendahara", "kaur",
        "kadus", "sekdes", "pendeta", "mahasiswa", "mahasiswi", "siswa", "siswi", "pelajar",
        "kurator", "penulis", "novelis", "sastrawan", "seniman",
        # Keluarga, with "-nya" only: "Istrinya, Siti Rohmah, ..." is his wife; "Suami Veronica
        # Tan" is Veronica Tan's husband, and "Kakak Raoul Salim" his brother, not them.
        "istrinya", "suaminya", "ayahnya", "ibunya", "anaknya", "kakaknya", "adiknya",
        "cucunya", "neneknya", "kakeknya", "keponakannya", "menantunya", "mertuanya",
    ),
    role_short_forms=(
        ("kades", "kepala desa"), ("kadis", "kepala dinas"), ("sekda", "sekretaris daerah"),
        ("kabid", "kepala bidang"), ("kasi", "kepala seksi"), ("kadus", "kepala dusun"),
        ("sekdes", "sekretaris desa"), ("jubir", "juru bicara"), ("ketum", "ketua umum"),
        ("sekjen", "sekretaris jenderal"), ("wabup", "wakil bupati"), ("wagub", "wakil gubernur"),
        ("wawali", "wakil wali kota"), ("kajari", "kepala kejaksaan negeri"),
        ("kajati", "kepala kejaksaan tinggi"), ("kapus", "kepala puskesmas"),
    ),
    person_nouns=(
        "ibu", "bapak", "ayah", "nenek", "kakek", "pria", "wanita", "perempuan", "lelaki",
        "remaja", "gadis", "pemuda", "penumpang", "pengunjung", "pembeli", "pengendara",
    ),
    unnamed_speakers=(
        "pejabat", "petugas", "polisi", "warga", "saksi", "pengamat", "sumber", "analis", "ekonom",
        "para", "pihak", "sejumlah", "beberapa",
    ),
    determiners=("seorang", "salah", "sang"),
    indefinites=("seorang", "salah"),
    person_indefinites=("seorang",),
    documents=(
        "data", "laporan", "survei", "hasil", "dokumen", "studi", "riset", "penelitian", "surat",
        "putusan", "catatan", "grafik", "tabel", "angka", "statistik", "kajian", "rilis", "siaran",
        "keterangan", "pernyataan", "undang-undang", "aturan", "peraturan",
    ),
    listeners=("kepada", "wartawan", "awak", "media", "jurnalis"),
    role_connectors=("dan", "&"),
    relatives=("yang",),
    prepositions=("dari", "di", "pada", "untuk", "bagi", "asal"),
    institutions=(
        "kementerian", "kemenag", "kemenkes", "kemendagri", "kemenkeu", "badan", "dinas",
        "pemerintah", "pemkot", "pemkab", "pemprov", "bank", "komisi", "polda", "polres", "polri",
        "kejaksaan", "kejagung", "kejari", "pengadilan", "mahkamah", "dewan", "dprd", "dpr", "kpk",
        "bpbd", "bmkg", "bps", "pt", "perusahaan", "partai", "yayasan", "universitas", "lembaga",
        "direktorat", "otoritas", "ojk", "tni", "bumn", "pln", "pertamina", "kedutaan", "kedubes",
        "konsulat",
    ),
    naming_verbs=("menyebut", "menyebutnya", "menjuluki", "menamai", "menyebutkan"),
    named_only_verbs=("memastikan",),
    drops_subjects=True,
)
