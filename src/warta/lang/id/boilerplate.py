from warta.lang.schema import BoilerplateWords
from warta.records import BoilerplateKind as K

BOILERPLATE = BoilerplateWords(
    starts={
        K.RELATED: (
            "baca juga", "baca:", "lihat juga", "simak juga", "berita terkait", "artikel terkait",
            "berita rekomendasi", "berita lainnya", "baca selengkapnya", "baca berita",
            "artikel ini telah tayang", "artikel ini sudah tayang", "baca artikel",
            "artikel ini sebelumnya tayang", "artikel ini pertama kali tayang",
            "artikel ini tayang di", "artikel ini telah terbit", "berita ini telah tayang",
            "simak video", "tonton juga", "saksikan juga", "saksikan video", "video pilihan",
            "berita populer", "terpopuler", "terkini", "pilihan redaksi", "rekomendasi:",
            "berita terkini", "berita terbaru", "video:", "[video]", "pilihan editor:",
            "baca berikutnya", "jangan lewatkan",
        ),
        K.SHARE: (
            "bagikan", "dapatkan berita pilihan", "dapatkan update", "baca whatsapp", "ikuti kami",
            "ikuti berita", "ikuti saluran", "simak breaking news", "follow kami", "gabung",
            "follow berita", "dapatkan berita", "dapatkan informasi terkini",
            "ikuti kanal", "join channel", "kirim artikel ini", "ikuti kabar",
            # Akun-akun media sosial situs di bawah berita: "Facebook : @kantorberita".
            "facebook :", "facebook:", "twitter :", "twitter:", "instagram :", "instagram:",
            "tiktok :", "tiktok:", "youtube :", "youtube:",
        ),
        K.PAGINATION: ("halaman selanjutnya", "halaman sebelumnya", "halaman berikutnya"),
        K.TAGS: ("tag:", "tags:", "topik:", "topik terkait", "tag terkait", "kata kunci"),
        K.COPYRIGHT: ("©", "copyright", "hak cipta", "(c) "),
        K.ADVERTISEMENT: ("advertisement", "scroll to continue", "scroll untuk", "iklan",
                          "scroll kebawah", "scroll ke bawah"),
        K.UI: ("komentar", "tulis komentar", "kirim komentar", "berikan komentar", "comment",
               "belum ada notifikasi",
               # BBC's labels for screen readers over its byline.
               "peranan,", "melaporkan dari,", "lewati podcast", "lewati iklan",
               "video sedang dimuat", "ukuran font", "font:", "ukuran huruf",
               # What an embedded Instagram post copies as.
               "lihat postingan ini di instagram", "sebuah kiriman dibagikan oleh"),
        K.SUBSCRIBE: ("berlangganan", "langganan", "masuk untuk", "daftar untuk",
                      # Dinding berbayar: "Artikel ini khusus untuk pelanggan Kompas.id".
                      "artikel ini khusus untuk pelanggan", "sudah berlangganan",
                      "nikmati akses tanpa batas"),
        K.PROMO: ("nikmati berita", "download aplikasi", "unduh aplikasi", "download apps"),
        # Catatan redaksi tentang perubahan berita: "*Artikel ini diperbarui pukul 15.40 WIB";
        # dan tentang versi bahasa lain: "Artikel ini tersedia dalam versi bahasa Inggris ...".
        K.OTHER: ("artikel ini diperbarui", "artikel ini telah diperbarui",
                  "berita ini diperbarui", "berita ini telah diperbarui",
                  "artikel ini tersedia dalam",
                  # Ralat di bawah berita: "Catatan redaksi: Artikel ini diperbarui ...".
                  "catatan redaksi:", "ralat:", "koreksi:"),
    },
    exact={
        K.RELATED: ("berita rekomendasi", "rekomendasi", "terkait", "berita terkait", "populer",
                    "terpopuler", "terkini", "pilihan editor", "artikel lainnya", "berita terkini",
                    "artikel pilihan", "berita pilihan",
                    "berita terbaru", "terbaru", "video populer",
                    # Kompas.com's box for a story of its paid sister site, between paragraphs.
                    "artikel kompas.id",
                    # The next and the previous story's link, not this story's next page.
                    "berita selanjutnya", "berita sebelumnya", "artikel selanjutnya",
                    "artikel sebelumnya"),
        K.PAGINATION: ("halaman", "selanjutnya", "sebelumnya", "berikutnya", "lanjut"),
        K.UI: ("atas", "kembali ke atas", "tutup", "muat lebih banyak", "lihat semua", "cari",
               "reaksi & komentar", "reaksi", "tim redaksi",
               "masuk", "daftar", "beranda", "indeks", "notifikasi untuk anda", "lainnya",
               "lihat semua notifikasi", "tampilkan", "suka", "balas", "laporkan",
               "selengkapnya", "tulis tanggapanmu", "jadi yang pertama menanggapi",
               # The label of a summary box over the story, not its heading.
               "ringkasan", "poin penting", "intisari", "ringkasan berita",
               # A gallery's button over its first picture.
               "lihat # foto", "# foto",
               # A reading time on its own line.
               "# menit baca", "# menit membaca"),
        K.SHARE: ("whatsapp", "telegram", "facebook", "twitter", "x", "line", "salin link",
                  "bagikan", "kirim", "salin", "tautan"),
        K.ADVERTISEMENT: ("advertisement", "iklan", "ads"),
        # Judul kotak penulis dan editor di bawah tag (IDN Times menulisnya dalam bahasa Inggris).
        # Tribun's box repeating the story's writer and editor under its tags: "Meta Data".
        K.FOOTER: ("editorial team", "tim editorial", "meta data"),
        K.TAGS: ("tag", "tags", "topik",
                 # Bisnis.com's line over its tags.
                 "simak berita lainnya seputar topik artikel ini, di sini"),
    },
    contains={
        K.COPYRIGHT: ("all right reserved", "all rights reserved", "hak cipta dilindungi",
                      "dilindungi hak cipta",
                      "dilarang keras mengambil konten", "dilarang mengutip, menyalin"),
        K.PROMO: ("hanya di tribunx", "download aplikasi", "unduh aplikasi", "klik disini",
                  "klik di sini",
                  # A network's login box: "Satu akun untuk semua berita ... Masuk lewat ORION".
                  "satu akun untuk semua"),
        K.FOOTER: ("disclaimer:",
                   # Catatan di bawah berita saham: "Artikel ini bukan merupakan ajakan untuk
                   # membeli atau menjual saham ...".
                   "bukan merupakan ajakan untuk membeli", "tidak bertujuan mengajak membeli",
                   # "Keputusan bisnis dan investasi sepenuhnya menjadi tanggung jawab pembaca."
                   "sepenuhnya menjadi tanggung jawab pembaca",
                   "sepenuhnya ada di tangan pembaca"),
        K.SHARE: ("berita pilihan kami langsung di ponsel",
                  # "Dapatkan update berita pilihan dan breaking news setiap hari dari X. Mari
                  # bergabung di ...", a call of some thirty-five words.
                  "update berita pilihan dan breaking news"),
    },
    promo={
        K.SHARE: ("saluran whatsapp", "whatsapp channel", "google news", "channel telegram",
                  "facebook, instagram"),
        # Catatan hak cipta situs: "Konten ... tidak boleh disalin ... tanpa izin tertulis".
        K.COPYRIGHT: ("izin tertulis",),
        K.FOOTER: ("berkontribusi untuk liputan ini", "berkontribusi dalam liputan ini",
                   "berkontribusi dalam penulisan", "berkontribusi untuk penulisan",
                   "berkontribusi untuk laporan ini", "berkontribusi dalam laporan ini",
                   # Catatan cetak: "Artikel ini terbit di edisi cetak Koran X, Rabu, ...".
                   "terbit di edisi cetak", "terbit dalam edisi cetak"),
        # Ajakan berlangganan: "... setiap pagi. Mulai berlangganan sekarang."
        K.SUBSCRIBE: ("mulai berlangganan", "berlangganan sekarang", "langganan sekarang"),
        # Penutup berita televisi: "Simak selengkapnya dalam video di atas."
        K.PROMO: ("dalam video di atas", "selengkapnya di video", "selengkapnya dalam video",
                  # Ajakan menulis untuk situs: "Kami mengundang Anda untuk bergabung ...".
                  "mengundang anda untuk bergabung", "kirim tulisan"),
    },
    credits=("istimewa", "ist", "ist.", "dok. istimewa", "dokumentasi", "net", "internet",
             "handout", "tangkapan layar", "ilustrasi"),
    credit_openers=("antara foto", "foto:", "dok.", "dok ", "dokumentasi", "foto/", "ilustrasi"),
    credit_labels=("foto", "gambar", "sumber", "sumber foto", "foto oleh", "kredit", "kredit foto",
                   "keterangan gambar", "keterangan foto", "sumber gambar", "keterangan video",
                   "grafis", "infografis"),
    image_markers=("zoom-in", "perbesar", "zoom in"),
    summary_labels=("ringkasan", "ringkasan berita", "poin penting", "intisari",
                    "baca 10 detik"),
    player_lengths=("durasi",),
    box_skip=("lewati",),
    chart_sources=("sumber:", "sumber :"),
    chart_ends=("lihat selengkapnya", "unduh data", "embed"),
    box_end=("akhir dari", "akhir"),
    list_intros=("sebagai berikut", "berikut ini", "antara lain"),
    page_word=("halaman",),
    page_of=("dari",),
    page_next=("selanjutnya", "berikutnya", "halaman selanjutnya", "halaman berikutnya"),
    page_previous=("sebelumnya", "halaman sebelumnya"),
)
