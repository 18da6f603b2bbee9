import json
import pickle

import warta


def test_all_is_sorted_and_complete() -> None:
    assert list(warta.__all__) == sorted(warta.__all__)
    for name in warta.__all__:
        assert hasattr(warta, name), name


def test_records_are_frozen_json_and_pickle() -> None:
    article = warta.extract(
        "Judul\n\nJakarta - Hujan deras turun di Jakarta sejak pagi hingga sore "
        "hari ini, kata petugas di lapangan kepada wartawan."
    )
    again = warta.Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert pickle.loads(pickle.dumps(article)) == article
    schema = warta.Article.model_json_schema()
    json.dumps(schema)
    assert "paragraphs" in schema["properties"]


def test_naive_datetime_is_rejected() -> None:
    import datetime as dt

    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        warta.Article(published=dt.datetime(2024, 7, 31, 18, 53))
    assert warta.Article(published=dt.date(2024, 7, 31)).published == dt.date(2024, 7, 31)


def test_bytes_and_str_give_the_same_record() -> None:
    text = "Judul\n\nJakarta - Hujan deras turun di Jakarta sejak pagi hingga sore hari ini."
    assert warta.extract(text.encode("utf-8")) == warta.extract(text)


def test_a_span_is_an_object_in_json_and_in_the_schema() -> None:
    import pydantic
    import pytest

    quote = warta.Quote(text="Kami siap", kind="direct", paragraph=0, span=warta.Span(1, 10))
    data = json.loads(quote.model_dump_json())
    assert data["span"] == {"start": 1, "end": 10} and data["parts"] == []
    assert warta.Quote.model_validate_json(quote.model_dump_json()) == quote
    assert warta.Quote.model_validate(quote.model_dump()).span == (1, 10)
    schema = warta.Article.model_json_schema()["$defs"]["Span"]
    assert schema["type"] == "object" and schema["required"] == ["start", "end"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["start"] == {"minimum": 0, "title": "Start", "type": "integer"}
    for bad in (warta.Span(5, 2), warta.Span(-1, 2), {"start": 1}, {"start": 1, "end": 2, "x": 0}):
        with pytest.raises(pydantic.ValidationError):
            warta.Quote(text="x", kind="direct", paragraph=0, span=bad)
