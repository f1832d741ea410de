"""``kg ingest PATH...``: extract facts from articles, validate them, and store one named graph per article.

Exit codes: 0 every article was stored; 1 some article was rejected by the SHACL gate, unreadable, or the
store failed (the others are still stored); 2 usage errors (no article files found, bad option values, the
store cannot be opened).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from kg.pipeline import IngestSummary

NAME = "ingest"
HELP = "Extract facts from articles, validate them and store one named graph per article."

#: Fact kinds in the order the summary lists them.
FACT_KINDS = ("events", "casualty_reports", "claims", "relations", "actors", "places", "mentions")


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return int(value)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="article files or folders")
    parser.add_argument("--store", metavar="DIR|URL", help="store location (default: $KG_STORE or the data dir)")
    parser.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    meta = parser.add_argument_group("metadata (overrides sidecar .meta.json and the page's own)")
    meta.add_argument("--url", help="the article's URL (one article only)")
    meta.add_argument("--title", help="the article's title (one article only)")
    meta.add_argument("--publisher", help="the publisher's name")
    meta.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="the publication date")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument(
        "--shacl-report", type=Path, metavar="DIR", help="write each rejected article's SHACL report to DIR/<id>.ttl"
    )


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"kg ingest: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    from kg.articles import ArticleError, ArticleMetadata, discover_article_files
    from kg.pipeline import ingest_paths
    from kg.store import StoreError, open_store

    try:
        files = discover_article_files(args.paths)
    except ArticleError as exc:
        return _fail(str(exc))
    if not files:
        return _fail("no article files found in " + ", ".join(map(str, args.paths)))
    if (args.url or args.title) and len(files) > 1:
        return _fail(f"--url and --title name one article, but {len(files)} files were given")
    overrides = None
    if any((args.url, args.title, args.publisher, args.published)):
        overrides = ArticleMetadata(url=args.url, publisher=args.publisher, published=args.published, title=args.title)
    if args.shacl_report is not None:
        try:
            args.shacl_report.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return _fail(f"cannot create {args.shacl_report} ({exc.strerror or exc})")

    try:
        store = open_store(args.store)
    except StoreError as exc:
        return _fail(f"cannot open the store: {exc}")
    try:
        store.ensure_reference_loaded()
        summary = ingest_paths(
            files, store, workers=args.workers, progress=not args.no_progress, metadata_overrides=overrides
        )
    except StoreError as exc:
        return _fail(f"store error: {exc}", EXIT_FAILURE)
    finally:
        store.close()

    print(format_summary(summary, store.location))
    if args.shacl_report is not None:
        for result in summary.rejected:
            if result.report_turtle:
                (args.shacl_report / f"{result.article_id}.ttl").write_text(result.report_turtle, encoding="utf-8")
    return EXIT_OK if summary.all_ok else EXIT_FAILURE


def format_summary(summary: IngestSummary, location: str) -> str:
    """The text ``kg ingest`` prints: counts, then each rejected or unreadable file with its reasons."""
    total = len(summary.ok) + len(summary.rejected) + len(summary.unreadable)
    lines = [f"Stored {len(summary.ok)} of {total} article(s) in {location}."]
    facts = summary.facts
    lines.append("Facts: " + ", ".join(f"{kind.replace('_', ' ')} {facts.get(kind, 0)}" for kind in FACT_KINDS))
    if summary.rejected:
        lines.append(f"Rejected by the SHACL gate ({len(summary.rejected)}):")
        for result in summary.rejected:
            lines.append(f"  {result.source} (article {result.article_id}):")
            lines.extend(f"    {line.strip()}" for line in result.report_text.splitlines())
    if summary.unreadable:
        lines.append(f"Unreadable ({len(summary.unreadable)}):")
        lines.extend(f"  {item.reason}" for item in summary.unreadable)
    return "\n".join(lines)
