"""The `warta inspect` command: `add_arguments` and `run`, wired into `warta.cli`.

warta inspect PAGE -o report.html     one report (standard output without -o)
warta inspect DIR -o folder/          one report per page under DIR, and folder/index.html
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from warta.errors import WartaError
from warta.inspect.render import IndexEntry, render, render_index

#: Files of a folder that are read as pages; anything else (images, JSON truth) is skipped.
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the command's arguments on `parser` (a subparser of `warta`)."""
    parser.add_argument("path", help="a page (HTML or copied text), a folder of pages, or -")
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        help="report file for a page (default: standard output); folder for a folder of pages",
    )
    parser.add_argument("--url", default=None, help="the page's address, when known")
    parser.add_argument("--language", default=None, help="id or en (default: identified)")


def run(args: argparse.Namespace) -> int:
    """Write the report(s); 0 when every page gave one, 1 when some failed, 2 on bad usage."""
    source = Path(args.path)
    if args.path != "-" and source.is_dir():
        if not args.output:
            print("warta inspect: a folder needs -o OUTPUT_FOLDER", file=sys.stderr)
            return 2
        return _run_folder(source, Path(args.output), args.language)
    if args.path != "-" and not source.is_file():
        print(f"warta inspect: {args.path}: no such file or folder", file=sys.stderr)
        return 2
    raw = sys.stdin.buffer.read() if args.path == "-" else source.read_bytes()
    try:
        report = _report(raw, url=args.url, language=args.language)
    except WartaError as error:
        print(f"warta inspect: {args.path}: {error}", file=sys.stderr)
        return 1
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    return 0


def _report(raw: bytes, *, url: str | None, language: str | None) -> str:
    from warta.api import analyse

    analysis = analyse(raw, url=url, language=language)
    return render(analysis.article, analysis=analysis)


def pages_in(folder: Path, skip: Path | None = None) -> Iterator[Path]:
    """The page files under `folder`, sorted, leaving out hidden files and the `skip` folder."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if skip is not None and path.resolve().is_relative_to(skip.resolve()):
            continue
        if path.is_file() and path.suffix.lower() in PAGE_SUFFIXES:
            yield path


def report_name(relative: Path) -> str:
    """A flat, unique file name for the report of a page at `relative` inside the folder.

    >>> report_name(Path("id/kompas/page.txt"))
    'id__kompas__page.txt.html'
    """
    return "__".join(relative.parts) + ".html"


def _run_folder(folder: Path, output: Path, language: str | None) -> int:
    from warta.api import analyse

    output.mkdir(parents=True, exist_ok=True)
    entries, failed = [], 0
    for path in pages_in(folder, skip=output):
        relative = path.relative_to(folder)
        name = report_name(relative)
        try:
            analysis = analyse(path.read_bytes(), language=language)
        except WartaError as error:
            failed += 1
            entries.append(IndexEntry(str(relative), None, error=str(error)))
            print(f"warta inspect: {path}: {error}", file=sys.stderr)
            continue
        article = analysis.article
        (output / name).write_text(render(article, analysis=analysis), encoding="utf-8")
        removed = len(article.boilerplate)
        entries.append(
            IndexEntry(
                str(relative),
                name,
                article.title,
                len(article.paragraphs),
                removed,
                len(article.quotes),
                len(article.figures),
            )
        )
    (output / "index.html").write_text(render_index(entries), encoding="utf-8")
    print(f"warta inspect: {len(entries)} pages -> {output / 'index.html'}", file=sys.stderr)
    return 1 if failed else 0
