"""``kg stats``: placeholder until issue 4 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "stats"
HELP = "Count what the store holds, by class and by article. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg stats is not available yet (issue 4).", file=sys.stderr)
    return 2
