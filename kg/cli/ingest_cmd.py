"""``kg ingest``: placeholder until issue 3 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "ingest"
HELP = "Extract facts from articles, validate them and store one named graph per article. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg ingest is not available yet (issue 3).", file=sys.stderr)
    return 2
