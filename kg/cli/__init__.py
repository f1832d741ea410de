"""The ``kg`` command: one entry point, one module per sub-command.

Each sub-command module exposes ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``
(the exit code). The registry below is a plain list, so ``kg --help`` shows every command in a fixed order.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

#: Sub-command modules, in the order ``kg --help`` lists them.
COMMAND_MODULES = (
    "kg.cli.ingest_cmd",
    "kg.cli.extract_cmd",
    "kg.cli.eval_cmd",
    "kg.cli.validate_cmd",
    "kg.cli.query_cmd",
    "kg.cli.export_cmd",
    "kg.cli.serve_cmd",
    "kg.cli.stats_cmd",
    "kg.cli.backup_cmd",
    "kg.cli.restore_cmd",
)

#: Exit codes shared by all commands.
EXIT_OK = 0
EXIT_FAILURE = 1  # the work ran but found a problem (e.g. an article was rejected)
EXIT_USAGE = 2  # bad arguments or unreadable input


def build_parser() -> argparse.ArgumentParser:
    from kg import __version__

    parser = argparse.ArgumentParser(
        prog="kg",
        description="Conflict KG: build and serve a knowledge graph of armed-conflict news.",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(module_name)
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``kg query … | head``): not an error worth a traceback. Point stdout at
        # devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
