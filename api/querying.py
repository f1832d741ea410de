"""Running the bundled queries (``kg/queries/*.rq``) from a route: values bound as terms, in a worker thread.

These are the project's own bounded lookups, so they run in-process: a killable forked worker costs 7–16 ms
per query, which only user-written SPARQL (``/sparql``) needs.
"""

from __future__ import annotations

from fastapi import Request
from rdflib.term import Identifier
from starlette.concurrency import run_in_threadpool

from kg.queries import load_query
from kg.store import QueryResult


async def run_query(request: Request, name: str, **bindings: Identifier | None) -> QueryResult:
    store = request.app.state.store
    return await run_in_threadpool(store.query, load_query(name), bindings=bindings or None)


async def records(request: Request, name: str, **bindings: Identifier | None) -> list[dict]:
    """Rows of a bundled SELECT as dicts (unbound variables left out)."""
    return (await run_query(request, name, **bindings)).records()
