"""The `warta` console script."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from warta.api import extract
from warta.errors import WartaError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="warta", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="extract a page (HTML or text) to JSON")
    run.add_argument("path", help="a file, or - for standard input")
    run.add_argument("--url", default=None)
    run.add_argument("--language", default=None)
    args = parser.parse_args(argv)
    raw = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    try:
        article = extract(raw, url=args.url, language=args.language)
    except WartaError as error:
        print(f"warta: {args.path}: {error}", file=sys.stderr)
        return 1
    print(article.model_dump_json(indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
