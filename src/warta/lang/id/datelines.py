from warta.lang.schema import DatelineWords

DATELINES = DatelineWords(
    outlets=(
        "tribunnews.com", "tribunnews", "kompas.com", "antara", "antara news", "antaranews",
        "antaranews.com", "liputan6.com", "tempo.co", "tempo", "cnn indonesia",
        "cnnindonesia.com", "cnbc indonesia", "detikcom", "detiknews", "detikfinance",
        "detikhealth", "detiksport", "detikinet", "detikoto", "detiktravel", "detikjateng",
        "detikjatim", "detikjabar", "detiksumut", "detikbali", "detiksulsel", "detikedu",
        "detikhot", "detikpop", "detikfood", "okezone", "okezone.com", "merdeka.com",
        "suara.com", "viva.co.id", "vivanews", "republika.co.id", "republika", "kapanlagi.com",
        "jpnn.com", "kumparan", "kumparan.com", "idn times", "bisnis.com", "beritasatu.com",
        "mediaindonesia.com", "media indonesia", "sindonews.com", "sindonews", "inews.id",
        "kontan.co.id", "jawapos.com", "tirto.id", "katadata.co.id", "serambinews.com",
        "tribunjateng.com", "tribunjogja.com", "tribun-timur.com", "tribunjatim.com",
        "tribunbali.com", "tribunmedan.com", "surya.co.id", "wartakota", "wartakotalive.com",
        "pikiran rakyat", "kompas tv", "kompastv", "metrotvnews.com", "rri", "bola.com",
        "kompas", "kompas.id", "warta ekonomi", "wartaekonomi.co.id", "bisnis indonesia",
        "harian jogja", "solopos", "solopos.com", "radar bogor", "jawa pos", "medcom",
        "medcom.id", "akurat.co", "gatra", "antvklik", "idx channel", "idxchannel",
        # RRI's newsroom, Kantor Berita Radio Nasional: "KBRN, Purwokerto: ...".
        "kbrn",
        # Regional papers and sites written as a word: "Jayapura, Jubi –".
        "jubi", "jubi.id", "rakyat merdeka", "rm.id", "bali post", "kendari pos",
        "manado post", "riau pos", "lombok post", "kaltim post", "fajar",
    ),
    brands=("radar",),
    kickers=("berita", "terkini", "breaking news", "update", "video", "foto", "opini",
             "tajuk", "editorial", "ralat", "catatan", "ringkasan", "intinya"),
    named_colon=True,
    company_words=(
        "hak", "cipta", "dilindungi", "undang", "grup", "kelompok", "media", "berita", "tbk",
        "persero", "digital", "online", "indonesia", "nusantara",
    ),
)
