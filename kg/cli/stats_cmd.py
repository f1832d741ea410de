"""``kg stats``: what the store holds — triples, graphs, instances by class, facts by article."""

from __future__ import annotations

import argparse
import json
import sys

from kg.cli import EXIT_FAILURE, EXIT_OK
from kg.cli.query_cmd import add_store_argument, open_cli_store
from kg.store import StoreError

NAME = "stats"
HELP = "Count what the store holds, by class and by article."
ONTOLOGY_PREFIX = "https://w3id.org/conflict-kg/ontology#"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    add_store_argument(parser)


def _short(iri: str) -> str:
    return "ckg:" + iri[len(ONTOLOGY_PREFIX) :] if iri.startswith(ONTOLOGY_PREFIX) else iri


def format_stats(stats: dict) -> str:
    lines = [
        f"store: {stats['location']}",
        f"triples: {stats['triples']}  graphs: {stats['graphs']}  article graphs: {stats['article_graphs']}",
        "",
        "instances by class:",
    ]
    lines += [f"  {count:>8}  {_short(cls)}" for cls, count in stats["instances_by_class"].items()]
    lines += ["", "articles (events, relations, claims, triples):"]
    lines += [
        f"  {a['article'].rsplit('/', 1)[-1]}  {a['events']:>5} {a['relations']:>5} {a['claims']:>5} {a['triples']:>7}"
        for a in stats["articles"]
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    store = open_cli_store(args, "stats")
    if store is None:
        return EXIT_FAILURE
    try:
        stats = store.stats()
    except StoreError as exc:
        print(f"kg stats: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        store.close()
    print(json.dumps(stats, indent=2, ensure_ascii=False) if args.json else format_stats(stats))
    return EXIT_OK
