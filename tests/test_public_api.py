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


def test_a_buffer_is_read_as_its_bytes() -> None:
    text = "Judul\n\nJakarta - Hujan deras turun di Jakarta sejak pagi hingga sore hari ini."
    data = text.encode("utf-8")
    expected = warta.extract(data)
    assert warta.extract(bytearray(data)) == expected
    assert warta.extract(memoryview(data)) == expected


def test_a_buffer_over_the_size_limit_is_refused_before_it_is_copied() -> None:
    import pytest

    with pytest.raises(warta.InputTooLargeError):
        warta.extract(bytearray(b"x" * 200), options=warta.Options(max_bytes=100))


def test_wrong_argument_types_are_told_as_such() -> None:
    import pathlib

    import pytest

    page = "Judul\n\nJakarta - Hujan deras turun di Jakarta sejak pagi hingga sore hari ini."
    with pytest.raises(TypeError, match="the page must be str or bytes, not NoneType"):
        warta.extract(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="read the file first"):
        warta.extract(pathlib.Path("page.html"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="url must be a str or None, not float"):
        warta.extract(page, url=float("nan"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="language must be a str or None, not int"):
        warta.extract(page, language=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"options must be a warta\.Options, not dict"):
        warta.extract(page, options={"quotes": False})  # type: ignore[arg-type]


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
