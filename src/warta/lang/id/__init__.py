"""Indonesian (Bahasa Indonesia)."""

from warta.lang.id.boilerplate import BOILERPLATE
from warta.lang.id.datelines import DATELINES
from warta.lang.id.dates import DATES
from warta.lang.id.numbers import NUMBERS
from warta.lang.id.people import PEOPLE
from warta.lang.id.speech import SPEECH
from warta.lang.schema import Lexicon

LEXICON = Lexicon(
    code="id",
    stopwords=frozenset(
        "yang dan di ke dari ini itu dengan untuk pada tidak dalam akan juga adalah karena oleh "
        "atau sudah saat bahwa mereka kami kata ada para telah bisa lebih".split()
    ),
    people=PEOPLE,
    dates=DATES,
    boilerplate=BOILERPLATE,
    datelines=DATELINES,
    speech=SPEECH,
    numbers=NUMBERS,
)
