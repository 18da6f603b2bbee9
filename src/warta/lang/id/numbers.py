from warta.lang.schema import NumberWords

NUMBERS = NumberWords()
