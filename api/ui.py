"""The analysts' web interface: ``/`` serves the single page, ``/static/…`` its files, ``/ui/config.json`` the
few server-side facts the page needs.

Why a plain page and static files rather than a front-end build: a user without Node.js runs it with
``kg serve`` alone, offline. The page is vanilla JavaScript modules over the REST API and ``/sparql``; the
libraries it uses are vendored under ``api/static/vendor/`` and the map outlines under ``api/static/data/``.
The config endpoint hands the page the graph names it sends as ``default-graph-uri``, the SPARQL examples
and the result formats ``/sparql`` offers, so none of them is written twice.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from api.errors import NotFound
from api.sparql import EXAMPLES, GRAPH_TYPES, RESULT_TYPES
from kg import __version__
from kg.namespace import GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, RESOURCE_BASE
from kg.queries import load_query
from kg.store.formats import GRAPH_RESULT_FORMATS, RDF_FORMATS, RESULT_FORMATS

STATIC_DIR = Path(__file__).with_name("static")
INDEX = STATIC_DIR / "index.html"

router = APIRouter(include_in_schema=False)
_files = StaticFiles(directory=STATIC_DIR)


@router.get("/")
async def index() -> FileResponse:
    return FileResponse(INDEX, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get("/favicon.ico")
async def favicon() -> FileResponse:
    """Browsers ask for it whatever the page says; an answer keeps their consoles free of 404s."""
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")


@router.get("/static/{path:path}")
async def static(request: Request, path: str) -> Response:
    """A file under api/static (Starlette's StaticFiles refuses paths that leave the folder), revalidated by
    ETag so an upgraded server is never shadowed by a stale cached script."""
    try:
        response = await _files.get_response(path, request.scope)
    except StarletteHTTPException as exc:
        if exc.status_code == 404:
            raise NotFound(f"no static file {path!r}") from None
        raise
    response.headers["Cache-Control"] = "no-cache"
    return response


@router.get("/ui/config.json")
async def config() -> JSONResponse:
    return JSONResponse(
        {
            "version": __version__,
            "resource_base": RESOURCE_BASE,
            "graphs": {
                "ontology": str(ONTOLOGY_GRAPH),
                "reference": str(REFERENCE_GRAPH),
                "article_prefix": str(GRAPH["article/"]),
            },
            "examples": [{"title": title, "query": load_query(name)} for title, name in EXAMPLES],
            "result_formats": {
                "table": [_format(n, t, n) for n, t in RESULT_FORMATS.items() if t in RESULT_TYPES],
                "graph": [
                    _format(n, t, RDF_FORMATS[n].extension) for n, t in GRAPH_RESULT_FORMATS.items() if t in GRAPH_TYPES
                ],
            },
        }
    )


def _format(name: str, media_type: str, extension: str) -> dict:
    """A download the SPARQL page offers: what /sparql answers when asked for ``media_type``."""
    return {"name": name, "media_type": media_type, "extension": extension}
