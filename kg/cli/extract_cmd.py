"""``kg extract``: placeholder until issue 3 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "extract"
HELP = "Extract facts from articles and print or write them as JSON (gold format). (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg extract is not available yet (issue 3).", file=sys.stderr)
    return 2
