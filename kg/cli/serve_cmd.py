"""``kg serve``: the SPARQL endpoint and the REST API over HTTP (uvicorn)."""

from __future__ import annotations

import argparse
import os
import sys

from kg.cli import EXIT_FAILURE, EXIT_OK
from kg.cli.query_cmd import add_store_argument, open_cli_store
from kg.store import StoreError

NAME = "serve"
HELP = "Serve the SPARQL endpoint (/sparql) and the REST API (/docs) over HTTP."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--token",
        default=os.environ.get("KG_API_TOKEN"),
        help="bearer token required to POST articles (default: $KG_API_TOKEN; none: open)",
    )
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=30.0,
        help="seconds a SPARQL query may run before it is stopped (default 30)",
    )
    parser.add_argument(
        "--result-limit",
        type=int,
        default=10000,
        help="most rows a SPARQL query returns; more are cut and flagged (default 10000)",
    )
    add_store_argument(parser)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    store = open_cli_store(args, "serve")
    if store is None:
        return EXIT_FAILURE
    settings = Settings(token=args.token, query_timeout=args.query_timeout, result_limit=args.result_limit)
    try:
        store.ensure_reference_loaded()
    except StoreError as exc:
        print(f"kg serve: cannot load the ontology and reference data: {exc}", file=sys.stderr)
        store.close()
        return EXIT_FAILURE
    try:
        app = create_app(store=store, settings=settings)
        print(f"kg serve: http://{args.host}:{args.port}/ (store: {store.location})", file=sys.stderr)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    finally:
        store.close()
    return EXIT_OK
