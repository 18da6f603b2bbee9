"""English."""

from warta.lang.en.boilerplate import BOILERPLATE
from warta.lang.en.datelines import DATELINES
from warta.lang.en.dates import DATES
from warta.lang.en.numbers import NUMBERS
from warta.lang.en.people import PEOPLE
from warta.lang.en.speech import SPEECH
from warta.lang.schema import Lexicon

LEXICON = Lexicon(
    code="en",
    stopwords=frozenset(
        "the and of to in is that for it with as was on be by at this are from have has an "
        "not but they he she his her said which were their".split()
    ),
    people=PEOPLE,
    dates=DATES,
    boilerplate=BOILERPLATE,
    datelines=DATELINES,
    speech=SPEECH,
    numbers=NUMBERS,
)
