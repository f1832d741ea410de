"""``kg query``: run one SPARQL query against the store and print the results.

Also home of the ``--store`` option the store-side commands (query, export, stats, serve) share.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from kg.store import GraphStore, QuerySyntaxError, QueryTimeout, StoreError, open_store, serialize_results
from kg.store.formats import GRAPH_RESULT_FORMATS, RESULT_FORMATS

NAME = "query"
HELP = "Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store and print the results."
FORMATS = ("json", "csv", "tsv", "xml", "ttl", "nt")


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="LOCATION",
        help="store directory, 'memory:', or a SPARQL endpoint URL (default: $KG_STORE, else "
        "$XDG_DATA_HOME/conflict-kg/store)",
    )


def open_cli_store(args: argparse.Namespace, command: str, *, read_only: bool = False) -> GraphStore | None:
    """Open the store named by ``--store``; prints the reason and returns None when it cannot."""
    try:
        return open_store(args.store, read_only=read_only)
    except StoreError as exc:
        print(f"kg {command}: {exc}", file=sys.stderr)
        return None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sparql", help="the query text; '-' reads it from stdin, '@FILE' from a file")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="json (default for SELECT/ASK), csv, tsv, xml; ttl (default for CONSTRUCT/DESCRIBE) or nt",
    )
    parser.add_argument("--timeout", type=float, help="stop the query after this many seconds")
    parser.add_argument("--limit", type=int, help="print at most this many rows (a note says when cut)")
    add_store_argument(parser)


def _query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        return Path(arg[1:]).read_text(encoding="utf-8")
    return arg


def run(args: argparse.Namespace) -> int:
    try:
        text = _query_text(args.sparql)
    except OSError as exc:
        print(f"kg query: cannot read the query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    store = open_cli_store(args, "query")
    if store is None:
        return EXIT_FAILURE
    try:
        result = store.query(text, timeout=args.timeout, limit=args.limit)
    except QuerySyntaxError as exc:
        print(f"kg query: malformed SPARQL: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QueryTimeout as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except StoreError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        store.close()
    name = args.format or ("ttl" if result.kind == "graph" else "json")
    table = GRAPH_RESULT_FORMATS if result.kind == "graph" else RESULT_FORMATS
    if name not in table:
        print(
            f"kg query: a {result.kind} result cannot be printed as {name}; use one of {', '.join(table)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    sys.stdout.buffer.write(serialize_results(result, table[name]))
    sys.stdout.flush()
    if result.truncated:
        print(f"kg query: results cut at --limit {args.limit}", file=sys.stderr)
    return EXIT_OK
