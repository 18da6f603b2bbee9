"""The `warta` console script: one page, batches, JSON Lines input, errors, schema, inspect."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import warta
from _pages import english_html, indonesian_html, indonesian_text
from warta.cli import main


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A crawl folder: pages at two depths, plus files that are not pages."""
    (tmp_path / "b").mkdir()
    (tmp_path / "a.html").write_text(indonesian_html(1), encoding="utf-8")
    (tmp_path / "b" / "c.htm").write_text(english_html(2), encoding="utf-8")
    (tmp_path / "b" / "d.txt").write_text(indonesian_text(3), encoding="utf-8")
    (tmp_path / "truth.json").write_text('{"title": "x"}', encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    return tmp_path


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_one_page_prints_its_record(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder / "a.html")]) == 0
    printed = capsys.readouterr().out
    assert warta.Article.model_validate_json(printed) == warta.extract(indonesian_html(1))
    assert printed.startswith("{\n  ")  # indented, for a person reading one record


def test_a_folder_gives_json_lines_in_a_stable_order(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(folder)]) == 0
    lines = _lines(capsys.readouterr().out)
    names = [Path(str(line["source"])).relative_to(folder).as_posix() for line in lines]
    assert names == ["a.html", "b/c.htm", "b/d.txt"]
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert warta.Article.model_validate(lines[1]["article"]) == warta.extract(english_html(2))


def test_globs_and_output_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder / "**" / "*.htm*"), "-o", str(out)]) == 0
    lines = _lines(out.read_text(encoding="utf-8"))
    assert [Path(str(line["source"])).name for line in lines] == ["a.html", "c.htm"]


def test_two_workers_write_what_one_writes(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["extract", str(folder), "--jobs", "1"])
    one = capsys.readouterr().out
    main(["extract", str(folder), "--jobs", "2"])
    assert capsys.readouterr().out == one


def test_failures_are_records_the_batch_goes_on_and_the_exit_says_so(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "b" / "empty.txt").write_text("  \n", encoding="utf-8")
    code = main(["extract", str(folder), str(folder / "gone.html")])
    captured = capsys.readouterr()
    lines = _lines(captured.out)
    assert code == 1
    assert len(lines) == 5
    errors = {Path(str(line["source"])).name: line["error"] for line in lines if "error" in line}
    assert errors["empty.txt"]["type"] == "EmptyInputError"  # type: ignore[index]
    assert errors["gone.html"] == {"type": "FileNotFoundError", "message": "no such file or folder"}
    assert sum("article" in line for line in lines) == 3
    assert "2 page(s) failed" in captured.err


def test_a_single_failed_page_is_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "blank.html").write_text(" \n\t\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "blank.html")]) == 1
    record = json.loads(capsys.readouterr().out)
    assert set(record) == {"index", "source", "error"}
    assert record["error"]["type"] == "EmptyInputError"


def test_jsonl_input_passes_id_and_url_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "dump.jsonl"
    rows = [
        json.dumps({"id": "k-1", "url": "https://example.id/read/1", "html": indonesian_html(4)}),
        "",
        "{not json",
        json.dumps({"id": 3, "body": "no page field here"}),
        json.dumps({"id": "k-4", "html": indonesian_text(5)}),
    ]
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["extract", str(dump), "--jsonl-field", "html"]) == 1
    lines = _lines(capsys.readouterr().out)
    assert [line.get("id") for line in lines] == ["k-1", None, None, "k-4"]
    assert lines[0]["url"] == "https://example.id/read/1"
    assert [Path(str(line["source"])).name for line in lines] == [
        "dump.jsonl:1", "dump.jsonl:3", "dump.jsonl:4", "dump.jsonl:5",
    ]
    assert lines[1]["error"]["type"] == "JSONDecodeError"  # type: ignore[index]
    assert "'html'" in lines[2]["error"]["message"]  # type: ignore[index]
    assert warta.Article.model_validate(lines[3]["article"]) == warta.extract(indonesian_text(5))


def test_stdin_through_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "warta", "extract", "-"],
        input=english_html(7).encode("utf-8"), capture_output=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert warta.Article.model_validate_json(done.stdout) == warta.extract(english_html(7))


def test_extract_does_not_import_the_inspect_report(folder: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from warta.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['extract', {str(folder)!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('warta.inspect')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_progress_bar_only_when_asked_or_on_a_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["extract", str(folder)])
    assert capsys.readouterr().err == ""  # stderr is not a terminal under pytest
    pytest.importorskip("tqdm")
    main(["extract", str(folder), "--progress"])
    assert "3/3" in capsys.readouterr().err


def test_schema_is_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == warta.Article.model_json_schema()
    assert main(["schema", "--result"]) == 0
    assert json.loads(capsys.readouterr().out) == warta.Result.model_json_schema()


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["extract"])
    assert stopped.value.code == 2
    assert main(["extract", "x.html", "--jobs", "-3"]) == 2
    assert main(["extract", "a.html", "b.html", "--url", "https://example.id/a"]) == 2


@pytest.mark.skipif(
    importlib.util.find_spec("warta.inspect.command") is None,
    reason="warta inspect is built in another issue and is not there yet",
)
def test_inspect_is_wired(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["inspect", "--help"])
    assert stopped.value.code == 0
    assert "warta inspect" in capsys.readouterr().out


def test_a_file_name_that_is_not_utf8_still_gives_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / os.fsdecode(b"berita-caf\xe9.html")  # Latin-1 bytes, as old crawls name files
    odd.write_text(indonesian_html(2), encoding="utf-8")
    (tmp_path / "plain.html").write_text(english_html(2), encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    lines = _lines(capsys.readouterr().out)
    assert [line["source"] for line in lines] == [str(odd), str(tmp_path / "plain.html")]
