"""``kg backup OUT``: write the whole store, every named graph, as one N-Quads file (``kg restore`` reads it).

N-Quads rather than a copy of the RocksDB directory: it is readable by any RDF tool, independent of the
pyoxigraph version, and written while a reader holds the store, so ``kg serve`` can keep answering. The file
appears only once complete (written as ``OUT.partial``, then renamed), so a failed backup never leaves a
truncated file that looks like a good one.

Exit codes: 0 written; 1 the store cannot be opened or read, or OUT cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_FAILURE, EXIT_OK
from kg.cli.query_cmd import add_store_argument, open_cli_store
from kg.export import export_to_file
from kg.store import StoreError

NAME = "backup"
HELP = "Write the whole store (all named graphs) to one N-Quads file that kg restore reads back."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", type=Path, metavar="OUT", help="the backup file to write (N-Quads)")
    add_store_argument(parser)


def run(args: argparse.Namespace) -> int:
    store = open_cli_store(args, "backup", read_only=True)
    if store is None:
        return EXIT_FAILURE
    try:
        export_to_file(store, "nq", args.output)
        graphs = len(store.graph_names())
    except StoreError as exc:
        print(f"kg backup: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        print(f"kg backup: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        store.close()
    print(f"Wrote {graphs} graph(s) of {store.location} to {args.output} ({args.output.stat().st_size} bytes).")
    return EXIT_OK
