"""``kg serve``: placeholder until issue 4 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "serve"
HELP = "Serve the SPARQL endpoint and REST API over HTTP. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg serve is not available yet (issue 4).", file=sys.stderr)
    return 2
