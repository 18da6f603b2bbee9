"""The fast paths taken for speed give exactly what the plain code gives."""

from __future__ import annotations

import pickle
import sys
from dataclasses import fields, replace

from hypothesis import given
from hypothesis import strategies as st

from warta.blocks import Block, Label
from warta.blocks.model import DomBlock, labelled, line_block
from warta.blocks.text import text_blocks
from warta.classify.dom import MARKUP_WORDS, QUOTED_EMBEDS, markup_kind
from warta.records import BoilerplateKind

_DOM_BLOCK = Block(
    index=7, text="Baca juga: Banjir di Bekasi", tag="p", classes="read related", link_density=0.8,
    depth=9, in_article=True, attrs={"href": "https://example.com/a"},
)


def test_a_line_block_is_the_plain_block() -> None:
    built = line_block(3, "Hujan turun sejak pagi.")
    assert built == Block(index=3, text="Hujan turun sejak pagi.")
    assert built.attrs == {}
    # One empty mapping shared by every line (attrs are read, never changed): no dict per line.
    assert built.attrs is line_block(4, "x").attrs


@given(
    label=st.sampled_from(Label),
    kind=st.none() | st.sampled_from(BoilerplateKind),
    reason=st.text(max_size=12),
)
def test_labelled_is_replace(label: Label, kind: BoilerplateKind | None, reason: str) -> None:
    built = labelled(_DOM_BLOCK, label, kind, reason)
    assert built == replace(_DOM_BLOCK, label=label, kind=kind, reason=reason)
    # A DOM block's fields are the plain Block's five and its six DOM features.
    assert [f.name for f in fields(built)][:5] == [f.name for f in fields(Block)]
    for f in fields(built):
        assert getattr(built, f.name) == getattr(
            replace(_DOM_BLOCK, label=label, kind=kind, reason=reason), f.name
        )
    line = line_block(2, "Iklan")
    assert labelled(line, label, kind, reason) == replace(
        line, label=label, kind=kind, reason=reason
    )


def test_a_line_is_a_plain_block_and_any_dom_feature_makes_a_dom_block() -> None:
    line = line_block(0, "Judul")
    assert type(line) is Block and type(_DOM_BLOCK) is DomBlock
    # A line holds its five fields only, and reads the DOM features as their defaults.
    assert sys.getsizeof(line) < sys.getsizeof(_DOM_BLOCK)
    dom = (line.tag, line.classes, line.link_density, line.depth, line.in_article)
    assert dom == (None, "", 0.0, 0, False)
    assert line.attrs == {} and line.words == 1
    assert Block(index=0, text="Judul", tag=None, classes="", attrs={}) == line
    # At run time a plain block given a DOM feature becomes a DOM block; the type checker,
    # which knows a plain Block's five fields only, is told so.
    tagged = replace(line, tag="p")  # type: ignore[call-arg]
    assert type(tagged) is DomBlock and tagged.tag == "p" and tagged.text == "Judul"
    assert Block(0, "Judul", Label.UNKNOWN, None, "", "p") == tagged
    assert pickle.loads(pickle.dumps(line)) == line
    assert pickle.loads(pickle.dumps(_DOM_BLOCK)) == _DOM_BLOCK
    try:
        Block(index=0, text="Judul", colour="red")
    except TypeError:
        return
    raise AssertionError("an unknown field must be refused")


def test_a_built_block_stays_frozen() -> None:
    built = line_block(0, "Judul")
    try:
        built.text = "lain"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("a block built by the fast path must stay frozen")


def test_text_blocks_give_plain_blocks() -> None:
    blocks = text_blocks("Judul Berita\n\n  Jakarta -  Hujan turun. \nBaca juga:\n")
    assert blocks == [
        Block(index=0, text="Judul Berita"),
        Block(index=1, text="Jakarta - Hujan turun."),
        Block(index=2, text="Baca juga:"),
    ]


def _reference_kind(classes: str) -> BoilerplateKind | None:
    # The plain rule markup_kind speeds up: each token, exactly or (five letters and more) within.
    exact = {word: kind for kind, words in MARKUP_WORDS.items() for word in words}
    inside = [(w, k) for w, k in exact.items() if len(w) >= 5]
    tokens = classes.split()
    if any(embed in token for token in tokens for embed in QUOTED_EMBEDS):
        return None
    found = None
    for token in tokens:
        if token in exact:
            found = exact[token]
            break
        found = next((kind for word, kind in inside if word in token), None)
        if found is not None:
            break
    # A box of related topics or a menu of tags lists tags.
    tag_words = set(MARKUP_WORDS[BoilerplateKind.TAGS])
    if found in (BoilerplateKind.RELATED, BoilerplateKind.NAVIGATION) and tag_words & set(tokens):
        return BoilerplateKind.TAGS
    return found


_WORDS = [w for words in MARKUP_WORDS.values() for w in words]
_TOKEN = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(["read", "content", "post", "entry", "headerx", "tweet", "xsharey", "mad"]),
    st.text(alphabet="abcdeilmnorstuy", min_size=1, max_size=9),
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS)).map("".join),
)


@given(st.lists(_TOKEN, max_size=6).map(" ".join))
def test_markup_kind_is_the_token_rule(classes: str) -> None:
    assert markup_kind(classes) == _reference_kind(classes)
