"""``kg validate``: placeholder until issue 2 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "validate"
HELP = "Check an RDF file against the SHACL shapes and print a readable report. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg validate is not available yet (issue 2).", file=sys.stderr)
    return 2
