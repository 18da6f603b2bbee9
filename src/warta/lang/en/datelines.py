from warta.lang.schema import DatelineWords

DATELINES = DatelineWords(
    outlets=("reuters", "ap", "afp", "bloomberg", "the jakarta post", "jakarta globe", "upi", "dpa"),
)
