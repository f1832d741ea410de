"""The HTTP service: ``create_app(store, settings)`` wires the routers, the store and the error mapping.

Run it with ``kg serve``. The store is opened once per process (``settings.store_location`` or ``$KG_STORE``
when none is given) and closed on shutdown only if the app opened it.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import actors, articles, data, errors, events, resources, sparql, ui
from api.settings import Settings
from kg import __version__
from kg.store import GraphStore, open_store

DESCRIPTION = """Actors, places, events, casualty figures, claims and time-bounded relations read from news
about the wars in Syria and Iraq; every fact points to the quote it was read from.

* **SPARQL 1.1 Protocol** at `/sparql` (read-only; the default graph is the union of all graphs).
* **REST** lookups below; ids are the local part of the entity IRIs (`/actors/islamic-state` ↔
  `https://w3id.org/conflict-kg/id/actor/islamic-state`), which dereference at `/id/...`.
"""


def create_app(store: GraphStore | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    owns_store = store is None
    opened = store if store is not None else open_store(settings.store_location)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owns_store:
            opened.close()

    app = FastAPI(title="Conflict KG", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.store = opened
    app.state.settings = settings
    errors.install(app)
    for module in (sparql, actors, events, articles, data, resources, ui):
        app.include_router(module.router)

    return app
