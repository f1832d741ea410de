"""Running the bundled queries (``kg/queries/*.rq``) from a route: values bound as terms, in a worker thread."""

from __future__ import annotations

from fastapi import Request
from rdflib.term import Identifier
from starlette.concurrency import run_in_threadpool

from kg.queries import load_query
from kg.store import QueryResult


async def run_query(request: Request, name: str, **bindings: Identifier | None) -> QueryResult:
    store = request.app.state.store
    timeout = request.app.state.settings.query_timeout
    return await run_in_threadpool(store.query, load_query(name), bindings=bindings or None, timeout=timeout)


async def records(request: Request, name: str, **bindings: Identifier | None) -> list[dict]:
    """Rows of a bundled SELECT as dicts (unbound variables left out)."""
    return (await run_query(request, name, **bindings)).records()
