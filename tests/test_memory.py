"""Memory: records given the same fields share the set pydantic keeps of them."""

from __future__ import annotations

import pickle

import warta
from warta.records import Span


def test_records_given_the_same_fields_share_their_field_set() -> None:
    one, two = Span(start=0, end=3), Span(start=5, end=9)
    assert one.model_fields_set == {"start", "end"}
    assert one.model_fields_set is two.model_fields_set


def test_copy_with_update_leaves_the_shared_field_set_alone() -> None:
    person = warta.Person(name="Rini Astuti", role=warta.Role.AUTHOR)
    other = warta.Person(name="Bagus Prasetyo", role=warta.Role.EDITOR)
    moved = person.model_copy(update={"titles": ["Dr."]})
    assert moved.model_fields_set == {"name", "role", "titles"}
    assert person.model_fields_set == other.model_fields_set == {"name", "role"}


def test_unpickled_record_keeps_its_field_set() -> None:
    span = Span(start=2, end=4)
    again = pickle.loads(pickle.dumps(span))
    assert again == span
    assert again.model_fields_set == {"start", "end"}
