"""``kg export``: placeholder until issue 4 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "export"
HELP = "Export the store (or one graph) as N-Quads, TriG, Turtle, N-Triples, JSON-LD or RDF/XML. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg export is not available yet (issue 4).", file=sys.stderr)
    return 2
