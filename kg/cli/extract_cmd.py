"""``kg extract``: read articles and print or write their facts as JSON in the annotation format.

With ``--json-dir OUT`` every article (files or folders) is written to ``OUT/<article basename>.json``, the
layout ``kg eval --extracted OUT`` scores; without it one article's JSON is printed. An unreadable article is
reported on stderr, naming the file, and the others go on; the exit code is 1 when any article failed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

from kg.articles import ArticleError, ArticleMetadata, discover_article_files, read_article
from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

NAME = "extract"
HELP = "Extract facts from articles and print or write them as JSON (gold format)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, help="article files or folders of articles")
    parser.add_argument("--json-dir", type=Path, help="write OUT/<article basename>.json for each article")
    parser.add_argument("--url", help="source URL (overrides the sidecar metadata)")
    parser.add_argument("--publisher", help="publisher name")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD (dates in the text resolve against it)")
    parser.add_argument("--title", help="headline")


def run(args: argparse.Namespace) -> int:
    try:
        overrides = _overrides(args)
        files = discover_article_files(args.paths)
    except (ArticleError, ValueError) as exc:
        print(f"kg extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not files:
        print("kg extract: no article files found", file=sys.stderr)
        return EXIT_USAGE
    if args.json_dir is None and len(files) > 1:
        print(f"kg extract: {len(files)} articles given; use --json-dir to write one JSON file each", file=sys.stderr)
        return EXIT_USAGE
    from kg.extraction import extract_to_json

    failed = 0
    for path in files:
        try:
            data = extract_to_json(read_article(path, metadata_overrides=overrides))
        except ArticleError as exc:
            print(f"kg extract: {exc}", file=sys.stderr)
            failed += 1
            continue
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if args.json_dir is None:
            try:
                print(text)
            except BrokenPipeError:  # "kg extract a.txt | head": the reader left, nothing is wrong
                sys.stderr.close()
            continue
        try:
            args.json_dir.mkdir(parents=True, exist_ok=True)
            (args.json_dir / f"{_stem(path)}.json").write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"kg extract: cannot write {args.json_dir}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_FAILURE if failed else EXIT_OK


def _overrides(args: argparse.Namespace) -> ArticleMetadata | None:
    published = None
    if args.published:
        try:
            published = datetime.date.fromisoformat(args.published.strip())
        except ValueError as exc:
            raise ValueError(f"--published must be YYYY-MM-DD, not {args.published!r}") from exc
    if not any((args.url, args.publisher, published, args.title)):
        return None
    return ArticleMetadata(url=args.url, publisher=args.publisher, published=published, title=args.title)


def _stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name
