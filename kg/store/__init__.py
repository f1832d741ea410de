"""The quad store behind Conflict KG: one small interface, an embedded and a remote backend.

>>> from rdflib import Graph, Literal, URIRef
>>> store = open_store("memory:")
>>> g = Graph(); _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
>>> store.replace_graph("https://example.org/graph", g)
>>> [str(row[0]) for row in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows]
['x']
>>> store.graph_names()
['https://example.org/graph']

Where the store lives (``open_store(location)``): ``None`` → ``$KG_STORE`` →
``$XDG_DATA_HOME/conflict-kg/store`` (``~/.local/share/conflict-kg/store``); a path → embedded on disk;
``memory:`` → embedded in memory; ``http(s)://…`` → a SPARQL server (see :mod:`kg.store.remote_store`).
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import GraphStore
from kg.store.errors import (
    InvalidTermError,
    QuerySyntaxError,
    QueryTimeout,
    ReadOnlyStoreError,
    StoreBusyError,
    StoreError,
)
from kg.store.results import QueryResult, serialize_results

MEMORY = "memory:"


def default_location() -> str:
    """``$KG_STORE``, else the per-user data directory."""
    configured = os.environ.get("KG_STORE")
    if configured:
        return configured
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "conflict-kg" / "store")


def open_store(location: str | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the store at ``location`` (see the module docstring). Raises StoreBusyError / StoreError."""
    location = location or default_location()
    if location == MEMORY:
        from kg.store.oxigraph_store import OxigraphStore

        return OxigraphStore(None, read_only=False)
    if location.startswith(("http://", "https://")):
        from kg.store.remote_store import RemoteSparqlStore

        return RemoteSparqlStore.from_url(location, read_only=read_only)
    from kg.store.oxigraph_store import OxigraphStore

    return OxigraphStore(Path(location).expanduser(), read_only=read_only)


__all__ = [
    "GraphStore",
    "InvalidTermError",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeout",
    "ReadOnlyStoreError",
    "StoreBusyError",
    "StoreError",
    "default_location",
    "open_store",
    "serialize_results",
]
