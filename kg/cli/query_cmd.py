"""``kg query``: placeholder until issue 4 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "query"
HELP = "Run a SPARQL query against the store. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg query is not available yet (issue 4).", file=sys.stderr)
    return 2
