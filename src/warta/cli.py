"""The `warta` console script.

    warta extract page.html                    one page: its record, as indented JSON
    warta extract crawl/ more/*.txt -o out.jsonl --jobs 2
                                               many pages: JSON Lines, one `Result` a line
    warta extract dump.jsonl --jsonl-field html   pages held in a field of JSON Lines
    warta extract CC-MAIN-*.warc.gz            the HTML responses of WARC/ARC archives
    warta schema                               the JSON Schema of a record (--result: of a line)
    warta inspect ...                          how a page was read, block by block

Exit status: 0 when every page gave a record, 1 when any failed (each failure is written as a line
`{"index": ..., "source": ..., "error": {"type": ..., "message": ...}}` and the batch goes on),
2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import IO, Any

from warta import sources
from warta.batch import Failure, Result, available_cores, extract_lines
from warta.errors import WartaError
from warta.lang import LANGUAGES
from warta.options import Options

OK, FAILED = 0, 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script; returns the exit status.

    >>> main(["schema"]) == 0  # doctest: +ELLIPSIS
    {...
    True
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["inspect"]:
        # Handed over whole, before parsing: `inspect` owns its options, `--help` included.
        return _inspect(argv[1:])
    args = _parser().parse_args(argv)
    code: int = args.handler(args)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    _add_extract(commands.add_parser("extract", help="pages (HTML or text) to JSON records"))
    schema = commands.add_parser("schema", help="print the JSON Schema of the records")
    schema.add_argument(
        "--result", action="store_true", help="the schema of one JSON Lines line of a batch"
    )
    schema.set_defaults(handler=_schema)
    # `inspect` parses its own arguments, so its module (the report code) is imported only when
    # it runs, never for `warta extract`.
    inspect = commands.add_parser(
        "inspect", help="show how a page was read (run `warta inspect --help`)", add_help=False
    )
    inspect.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _add_extract(run: argparse.ArgumentParser) -> None:
    run.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="files, folders (walked for .html/.htm/.txt and WARC/ARC), globs, or - for stdin",
    )
    run.add_argument("-o", "--output", default="-", help="write here instead of stdout")
    run.add_argument(
        "-j", "--jobs", type=int, default=1,
        help="worker processes (default 1; 0 for one per core)",
    )
    run.add_argument(
        "--jsonl", action="store_true", help="JSON Lines even for a single page"
    )
    run.add_argument(
        "--jsonl-field", metavar="NAME",
        help="inputs are JSON Lines; this field of each line holds the page",
    )
    run.add_argument("--id-field", default="id", help="JSON Lines field passed through as id")
    run.add_argument("--url-field", default="url", help="JSON Lines field passed through as url")
    run.add_argument("--url", help="the page's address (a single page only)")
    run.add_argument(
        "--fetched", type=_time, metavar="TIME",
        help="when the page was fetched, ISO 8601 (a single page only; JSON Lines carry theirs "
        "in a 'fetched' field, archives in WARC-Date): dates a page that says '5 hours ago'",
    )
    run.add_argument("--language", choices=LANGUAGES, help="skip language identification")
    progress = run.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    run.set_defaults(handler=_extract)


# -- extract -----------------------------------------------------------------------------------


def _extract(args: argparse.Namespace) -> int:
    if args.jobs < 0:
        print("warta: --jobs must be 0 (one per core) or more", file=sys.stderr)
        return 2
    if _single(args):
        return _extract_one(args)
    if args.url or args.fetched:
        # One address for many pages would stamp every record with the wrong url.
        print("warta: --url and --fetched are for a single page; JSON Lines carry theirs "
              "(--url-field, 'fetched')", file=sys.stderr)
        return 2
    items = sources.read_items(
        args.paths, jsonl_field=args.jsonl_field, id_field=args.id_field, url_field=args.url_field
    )
    jobs = args.jobs or available_cores()
    lines = extract_lines(_with_language(items, args.language), jobs)
    with _output(args.output) as out:
        failed = _write_lines(lines, out, _progress(args))
    return FAILED if failed else OK


def _single(args: argparse.Namespace) -> bool:
    """One page in, one indented record out: a single file or stdin, not an archive or a batch."""
    if args.jsonl or args.jsonl_field or len(args.paths) != 1:
        return False
    path = args.paths[0]
    return path == sources.STDIN or (os.path.isfile(path) and not sources.is_archive(path))


def _extract_one(args: argparse.Namespace) -> int:
    from warta.api import extract

    item = sources.read_file(args.paths[0])
    with _output(args.output) as out:
        if isinstance(item, sources.Unreadable):
            error = Failure(type=item.type, message=item.message)
            return _fail(out, item.source, error)
        try:
            article = extract(
                item.page, url=args.url, language=args.language, fetched=args.fetched,
                options=Options(),
            )
        except WartaError as problem:
            return _fail(out, item.source, Failure.of(problem))
        out.write(article.model_dump_json(indent=2) + "\n")
    return OK


def _fail(out: IO[str], source: str | None, error: Failure) -> int:
    out.write(Result(index=0, source=source, error=error).model_dump_json(exclude_none=True) + "\n")
    print(f"warta: {source}: {error.type}: {error.message}", file=sys.stderr)
    return FAILED


def _time(value: str) -> dt.datetime:
    time = sources.parse_time(value)
    if time is None:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r}")
    return time


def _with_language(
    items: Iterable[sources.Item | sources.Unreadable], language: str | None
) -> Iterator[sources.Item | sources.Unreadable]:
    for item in items:
        if language and isinstance(item, sources.Item):
            item = replace(item, language=language)
        yield item


@contextlib.contextmanager
def _output(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        yield handle


def _write_lines(lines: Iterable[tuple[bool, str]], out: IO[str], bar: Any) -> int:
    failed = 0
    for ok, line in lines:
        out.write(line + "\n")
        failed += not ok
        if bar is not None:
            bar.update(1)
            bar.set_postfix(failed=failed, refresh=False)
    if bar is not None:
        bar.close()
    if failed:
        print(f"warta: {failed} page(s) failed; see the lines with \"error\"", file=sys.stderr)
    return failed


def _progress(args: argparse.Namespace) -> Any:
    """A tqdm bar on stderr, or None: by default only when stderr is a terminal (not in logs)."""
    wanted = sys.stderr.isatty() if args.progress is None else args.progress
    if not wanted:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        print("warta: no progress bar without tqdm (pip install tqdm)", file=sys.stderr)
        return None
    return tqdm(total=_count(args), unit="page", file=sys.stderr, dynamic_ncols=True)


def _count(args: argparse.Namespace) -> int | None:
    """How many pages, when the paths alone tell it (no archive, no JSON Lines, no stdin)."""
    if args.jsonl_field:
        return None
    paths = [p for spec in args.paths for p in sources.expand(spec)]
    if any(isinstance(p, str) and (p == sources.STDIN or sources.is_archive(p)) for p in paths):
        return None
    return len(paths)


# -- schema and inspect ------------------------------------------------------------------------


def _schema(args: argparse.Namespace) -> int:
    from warta.records import Article

    schema = Result.model_json_schema() if args.result else Article.model_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return OK


def _inspect(argv: list[str]) -> int:
    try:
        from warta.inspect import command
    except ImportError as error:
        print(f"warta: inspect is not available: {error}", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog="warta inspect")
    command.add_arguments(parser)
    code: int = command.run(parser.parse_args(argv))
    return code


if __name__ == "__main__":
    raise SystemExit(main())
