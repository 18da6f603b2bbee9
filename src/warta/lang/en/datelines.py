from warta.lang.schema import DatelineWords

DATELINES = DatelineWords(
    outlets=(
        "reuters", "ap", "afp", "bloomberg", "the jakarta post", "jakarta globe", "upi", "dpa",
        "xinhua", "bernama", "cnn", "bbc", "bbc news", "the associated press", "associated press",
        "efe", "ansa", "kyodo", "yonhap", "tass", "anadolu", "pti", "ians", "cna", "nna",
    ),
)
