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
