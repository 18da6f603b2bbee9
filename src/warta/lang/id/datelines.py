from warta.lang.schema import DatelineWords

DATELINES = DatelineWords(
    outlets=(
        "tribunnews.com", "kompas.com", "antara", "antara news", "liputan6.com", "tempo.co",
        "cnn indonesia", "cnnindonesia.com", "detikcom", "detiknews", "okezone", "okezone.com",
        "merdeka.com", "suara.com", "viva.co.id", "republika.co.id", "kapanlagi.com",
        "jpnn.com", "kumparan", "idn times", "bisnis.com", "beritasatu.com", "mediaindonesia.com",
    ),
)
