from warta.lang.schema import BoilerplateWords
from warta.records import BoilerplateKind as K

BOILERPLATE = BoilerplateWords(
    starts={
        K.RELATED: (
            "baca juga", "baca:", "lihat juga", "simak juga", "berita terkait", "artikel terkait",
            "berita rekomendasi", "rekomendasi", "terpopuler", "berita lainnya", "baca selengkapnya",
        ),
        K.SHARE: ("bagikan", "dapatkan berita pilihan", "baca whatsapp", "ikuti kami", "follow"),
        K.PAGINATION: ("halaman selanjutnya", "halaman sebelumnya", "selanjutnya", "sebelumnya"),
        K.TAGS: ("tag:", "tags:", "topik:", "topik terkait"),
        K.COPYRIGHT: ("©", "copyright", "hak cipta"),
        K.ADVERTISEMENT: ("advertisement", "scroll to continue", "iklan"),
        K.UI: ("zoom-in", "komentar", "tulis komentar"),
        K.SUBSCRIBE: ("berlangganan", "daftar", "masuk"),
    },
    exact={
        K.PAGINATION: ("halaman",),
        K.UI: ("atas", "kembali ke atas", "tutup", "muat lebih banyak", "lihat semua"),
        K.SHARE: ("whatsapp", "telegram", "facebook", "twitter", "x", "line", "salin link"),
        K.ADVERTISEMENT: ("advertisement", "iklan", "ads"),
    },
    contains={
        K.COPYRIGHT: ("all right reserved", "all rights reserved", "hak cipta dilindungi"),
        K.PROMO: ("hanya di tribunx", "download aplikasi", "unduh aplikasi"),
    },
)
