"""``kg eval``: placeholder until issue 3 lands."""

from __future__ import annotations

import argparse
import sys

NAME = "eval"
HELP = "Score extraction against gold annotations: precision, recall and F1 per category. (not yet available)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    print("kg eval is not available yet (issue 3).", file=sys.stderr)
    return 2
