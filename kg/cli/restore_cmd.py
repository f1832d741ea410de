"""``kg restore BACKUP --store NEW``: load a ``kg backup`` file into an empty store.

The target must be empty, so a restore never mixes two stores' graphs (restore into a new directory, check
it, then swap it in). The backup is untrusted input: it is read as N-Quads only (a line-based format whose
parse cost is linear in its size), parsed completely before anything is written, and written in one
transaction, so a malformed or truncated backup leaves the target as empty as it was.

Exit codes: 0 restored; 1 the store cannot be opened or written; 2 the backup is unreadable or malformed,
or the target store is not empty.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from kg.cli.query_cmd import add_store_argument, open_cli_store
from kg.store import StoreError
from kg.store.errors import UntrustedInputError

NAME = "restore"
HELP = "Load a kg backup (N-Quads) into an empty store."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=Path, metavar="BACKUP", help="an N-Quads file written by kg backup")
    add_store_argument(parser)


def _fail(message: str, code: int) -> int:
    print(f"kg restore: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    if not args.backup.is_file():
        return _fail(f"{args.backup}: no such file", EXIT_USAGE)
    store = open_cli_store(args, "restore")
    if store is None:
        return EXIT_FAILURE
    try:
        if store.graph_names() or store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=False).boolean:
            return _fail(f"{store.location} is not empty; restore into a new store", EXIT_USAGE)
        try:
            quads = store.load(args.backup, "nq")
        except UntrustedInputError as exc:
            return _fail(str(exc), EXIT_USAGE)
        except StoreError as exc:
            if "cannot parse" in str(exc):
                return _fail(f"{args.backup}: not a kg backup ({exc})", EXIT_USAGE)
            raise
        graphs = len(store.graph_names())
    except StoreError as exc:
        return _fail(str(exc), EXIT_FAILURE)
    finally:
        store.close()
    print(f"Restored {quads} quad(s) in {graphs} graph(s) into {store.location}.")
    return EXIT_OK
