"""Pictures of a copied page: captions and their credits ("Istimewa", "KOMPAS.com/NAMA",
"(ANTARA FOTO/...)"). A copied page has no image URLs; the HTML path adds them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.blocks import Block, Label
from warta.lang import LANGUAGES, lexicon
from warta.lang.schema import Lexicon
from warta.records import Image

__all__ = [
    "CreditWords", "credit_shaped", "credit_words", "read_images", "split_credit",
    "trailing_credit",
]

_MAX_CREDIT_WORDS = 8
_NUMERIC_SLASH = re.compile(r"\d/\d")
_CREDIT_TAILS = (
    re.compile(r"[(\[](?P<credit>[^()\[\]]{2,80})[)\]]\s*$"),
    re.compile(r"(?<=[.!?\"”])\s(?P<credit>©[^©]{2,60})$"),
    # After the last sentence; a dot only in an outlet's domain before the slash ("... deras.
    # Medcom.id/Anang B", not "pic.twitter.com/...").
    re.compile(
        r"(?<=[.!?\"”])\s(?P<credit>[^.!?\s](?:[^.!?]|\.(?=(?:com|id|co\.id|net|org|tv)/)){1,80})\.?$"
    ),
)
# "... di Grammy Awards ke-58. (Grammy)": a capitalised name in brackets after the last sentence.
# One word only: Suara closes its stories with the reporter's name in brackets, "(Luh Wayanti)".
#: An outlet's initials before a credit opener: "ST PHOTO:", "AFP PHOTO".
_OUTLET_INITIALS = 5
#: More words than this before a credit's slash, two of them lowercase, are a phrase.
_PHRASE_WORDS = 3
_NAME_AFTER_STOP = re.compile(r"(?<=[.!?])\s?\((?P<credit>[A-Z][\w.&'-]{1,30})\)$")


@dataclass(frozen=True)
class CreditWords:
    credits: frozenset[str]
    openers: tuple[str, ...]


@cache
def _credit_words(code: str) -> CreditWords:
    """Photo credits and their openers, of every lexicon (credits are often English on
    Indonesian pages), lowercased: "istimewa", "getty images", "antara foto"."""
    del code  # the same for every language today; the key keeps the cache per language
    lexicons = [lexicon(c) for c in LANGUAGES]
    return CreditWords(
        credits=frozenset(w for lex in lexicons for w in lex.boilerplate.credits),
        openers=tuple(w for lex in lexicons for w in lex.boilerplate.credit_openers),
    )


def credit_words(lex: Lexicon) -> CreditWords:
    return _credit_words(lex.code)


def read_images(blocks: list[Block], lex: Lexicon) -> list[Image]:
    """One image per caption, with the credit written in it or on the line beside it.

    >>> [i.credit for i in read_images([
    ...     Block(index=0, text="Istimewa", label=Label.CREDIT),
    ...     Block(index=1, text="Warga berkumpul di balai desa.", label=Label.CAPTION)],
    ...     lexicon("id"))]
    ['Istimewa']
    """
    images: list[Image] = []
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if block.label is not Label.CAPTION:
            continue
        caption, credit = split_credit(block.text, lex)
        if credit is None:
            j = _credit_beside(blocks, i, used)
            if j is not None:
                used.add(j)
                credit = _clean(blocks[j].text)
        images.append(Image(caption=caption, credit=credit))
    for i, block in enumerate(blocks):
        if block.label is Label.CREDIT and i not in used and not _has_caption_beside(blocks, i):
            images.append(Image(credit=_clean(block.text)))
    return images


def _credit_beside(blocks: list[Block], i: int, used: set[int]) -> int | None:
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and blocks[j].label is Label.CREDIT and j not in used:
            return j
    return None


def _has_caption_beside(blocks: list[Block], i: int) -> bool:
    return any(
        0 <= j < len(blocks) and blocks[j].label is Label.CAPTION for j in (i - 1, i + 1)
    )


def _clean(text: str) -> str:
    return text.strip().strip("()").strip()


def trailing_credit(text: str, lex: Lexicon) -> str | None:
    """The photo credit closing a caption: "Warga menyeberang ... (KOMPAS.com/RINA K)".

    >>> trailing_credit("Warga menyeberangi banjir.(KOMPAS.com/RINA KUSUMAWATI)", lexicon("id"))
    'KOMPAS.com/RINA KUSUMAWATI'
    >>> trailing_credit("kata Sugeng, Kamis (14/3/2024).", lexicon("id")) is None
    True
    """
    return split_credit(text, lex)[1]


def split_credit(text: str, lex: Lexicon) -> tuple[str, str | None]:
    """A caption and the credit closing it, in brackets ("(ANTARA FOTO/...)", "[Suara.com/X]",
    "(Foto: PSSI)", "(ist)") or after the caption's last sentence ("... Bandung Barat.
    TEMPO/Prima Mulia", "... ©2024 Merdeka.com").

    >>> split_credit("Warga menyeberang.(KOMPAS.com/RINA K)", lexicon("id"))
    ('Warga menyeberang.', 'KOMPAS.com/RINA K')
    >>> split_credit("Kereta melintas di Padalarang. TEMPO/Prima Mulia", lexicon("id"))
    ('Kereta melintas di Padalarang.', 'TEMPO/Prima Mulia')
    """
    words = _credit_words(lex.code)
    for pattern in _CREDIT_TAILS:
        match = pattern.search(text)
        if match and match.start() > 0 and credit_shaped(match["credit"], words):
            return text[: match.start()].rstrip(), match["credit"].strip()
    match = _NAME_AFTER_STOP.search(text)
    if match:
        return text[: match.start()].rstrip(), match["credit"]
    return text, None


def credit_shaped(text: str, words: CreditWords) -> bool:
    """Whether `text` reads as a photo credit: a credit word, a credit opener ("Foto:",
    "ANTARA FOTO"), a copyright sign, or names around one slash ("KOMPAS.com/RINA K")."""
    credit = text.strip()
    lowered = credit.lower().lstrip("—–- ")  # "— Picture by Firdaus Latif"
    if lowered in words.credits or lowered.startswith(words.openers) or credit.startswith("©"):
        return True
    first, _, rest = lowered.partition(" ")
    initials = credit[: len(first)].isupper() and 0 < len(first) <= _OUTLET_INITIALS
    if initials and rest.startswith(words.openers):
        return True  # "ST PHOTO: DESMOND FOO", "AFP PHOTO / ..."
    if "/" not in credit or len(credit.split()) > _MAX_CREDIT_WORDS or credit.islower():
        # "(ams/idh)" are a writer's initials.
        return False
    if _NUMERIC_SLASH.search(credit):
        return False  # "(14/3/2024)", "14/03/2024, 16:47 WIB": a date
    left, _, right = credit.partition("/")
    before = left.split()
    if len(before) > _PHRASE_WORDS and sum(w.islower() for w in before) >= 2:
        return False  # "– With reports from Ana Reyes/Rappler.com": a sign-off, not a credit
    # "(14/3/2024)" is a date; a credit has letters on both sides of its slash.
    return any(c.isalpha() for c in left) and any(c.isalpha() for c in right)
