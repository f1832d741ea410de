"""``kg export``: write the store, or one graph, as an RDF file (streamed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from kg.cli.query_cmd import add_store_argument, open_cli_store
from kg.export import EXPORT_FORMATS, export, export_format, export_to_file
from kg.store import StoreError

NAME = "export"
HELP = (
    "Export the store (or one graph) as N-Quads, TriG, JSON-LD (these keep the named graphs), or Turtle, "
    "N-Triples, RDF/XML (these hold one graph: on the whole store, the union of all graphs)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        help="nq, trig, jsonld keep graphs; ttl, nt, rdfxml give one graph or the union",
    )
    parser.add_argument("--graph", metavar="IRI", help="export only this named graph")
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    add_store_argument(parser)


def run(args: argparse.Namespace) -> int:
    try:
        export_format(args.format)
    except StoreError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    store = open_cli_store(args, "export")
    if store is None:
        return EXIT_FAILURE
    try:
        if args.output is not None:
            export_to_file(store, args.format, args.output, args.graph)
        else:
            export(store, args.format, sys.stdout.buffer, args.graph)
            sys.stdout.buffer.flush()
    except StoreError as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return EXIT_USAGE if "no graph" in str(exc) else EXIT_FAILURE
    except OSError as exc:
        print(f"kg export: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    return EXIT_OK
