"""The SPARQL 1.1 Protocol endpoint (query only): GET, form POST and direct POST, with content negotiation.

Queries run in a worker thread with the configured time limit (the store stops them for real), so the server
keeps answering while one runs; a result cap cuts long answers and says so in ``X-KG-Truncated: true``.
Updates are refused with 403. A browser without a query gets a small HTML page with examples.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from api.errors import BadRequest, Forbidden, NotAcceptable, UnsupportedMediaType
from api.negotiation import choose, prefers_html
from kg.queries import load_query
from kg.store import serialize_results
from kg.store.formats import GRAPH_RESULT_FORMATS, RESULT_FORMATS, rdf_format, result_media_type
from kg.store.sparql_text import request_form

router = APIRouter(tags=["SPARQL"])
PAGE = Path(__file__).with_name("sparql_page.html")
EXAMPLES = (
    ("Actor history", "example_actor_history"),
    ("Events per month", "example_events_per_month"),
    ("Sub-units", "example_subunits"),
)
RESULT_TYPES = list(RESULT_FORMATS.values())
GRAPH_TYPES = [GRAPH_RESULT_FORMATS[n] for n in ("ttl", "nt", "jsonld", "rdfxml")]
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"
QUERY_DOC = {
    "description": "Results in the negotiated format: SELECT/ASK as SPARQL JSON (default), XML, CSV or TSV; "
    "CONSTRUCT/DESCRIBE as Turtle (default), N-Triples, JSON-LD or RDF/XML. `X-KG-Truncated: true` when the "
    "result cap cut the answer.",
    "content": {t: {} for t in RESULT_TYPES + GRAPH_TYPES},
}
ERRORS_DOC = {
    400: {"description": "malformed query or protocol misuse"},
    403: {"description": "updates refused"},
    406: {"description": "no acceptable format"},
    415: {"description": "unsupported content type"},
    504: {"description": "the query ran past the time limit and was stopped"},
}


def _html_page() -> str:
    examples = "\n".join(
        f'<li><a href="#" data-query="{html.escape(load_query(name), quote=True)}">{html.escape(title)}</a></li>'
        for title, name in EXAMPLES
    )
    return (
        PAGE.read_text(encoding="utf-8")
        .replace("<!--EXAMPLES-->", examples)
        .replace("<!--DEFAULT-->", html.escape(load_query(EXAMPLES[0][1])))
    )


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(f"more than one '{name}' parameter")
    return values[0] if values else None


async def _execute(request: Request, params: dict[str, list[str]], body_query: str | None) -> Response:
    if "update" in params:
        raise Forbidden("SPARQL updates are not accepted here: this endpoint is read-only")
    query = _one(params, "query")
    if body_query is not None:
        if query is not None:
            raise BadRequest("the query is given both in the URL and in the request body")
        query = body_query
    if query is None:
        if request.method == "GET" and prefers_html(request.headers.get("accept")):
            return HTMLResponse(_html_page())
        raise BadRequest("missing 'query' parameter")
    if request_form(query) == "UPDATE":
        raise Forbidden("SPARQL updates are not accepted here: this endpoint is read-only")
    settings, store = request.app.state.settings, request.app.state.store
    accept = _format_param(_one(params, "format")) or request.headers.get("accept")
    result = await run_in_threadpool(
        store.query,
        query,
        default_graph=params.get("default-graph-uri") or None,
        named_graphs=params.get("named-graph-uri") or None,
        timeout=settings.query_timeout,
        limit=settings.result_limit,
        base_iri=str(request.url.replace(query="", fragment="")),
    )
    offered = GRAPH_TYPES if result.kind == "graph" else RESULT_TYPES
    media_type = choose(accept, offered)
    if media_type is None:
        raise NotAcceptable(f"cannot answer in {accept}; this result is available as {', '.join(offered)}")
    body = await run_in_threadpool(serialize_results, result, media_type)
    headers = {"Vary": "Accept"}
    if result.truncated:
        headers["X-KG-Truncated"] = "true"
        headers["X-KG-Result-Limit"] = str(settings.result_limit)
    charset = "" if media_type == "application/n-triples" else "; charset=utf-8"
    return Response(body, media_type=f"{media_type}{charset}", headers=headers)


def _format_param(value: str | None) -> str | None:
    """``format=`` (the HTML page's picker, and what some clients add): a short name or media type."""
    if not value:
        return None
    try:
        return result_media_type(value)
    except ValueError:
        try:
            return rdf_format(value).media_type
        except ValueError:
            return None  # unknown: let the Accept header decide


def _query_params(request: Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query, keep_blank_values=True)


@router.get("/sparql", summary="SPARQL query (GET)", responses={200: QUERY_DOC, **ERRORS_DOC})
async def sparql_get(request: Request) -> Response:
    """SPARQL 1.1 Protocol query via GET: `?query=…&default-graph-uri=…&named-graph-uri=…`.

    Without a query, a browser (Accept: text/html) gets a query page with examples.
    """
    return await _execute(request, _query_params(request), None)


@router.post("/sparql", summary="SPARQL query (POST)", responses={200: QUERY_DOC, **ERRORS_DOC})
async def sparql_post(request: Request) -> Response:
    """SPARQL 1.1 Protocol query via POST: form-encoded (`query=`) or `application/sparql-query` body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    params = _query_params(request)
    raw = await request.body()
    if content_type == FORM:
        form = parse_qs(raw.decode("utf-8", errors="replace"), keep_blank_values=True)
        if "query" in params:
            raise BadRequest("with a form-encoded POST the query goes in the body, not the URL")
        for name, values in form.items():
            params.setdefault(name, []).extend(values)
        return await _execute(request, params, None)
    if content_type == DIRECT:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("the query body is not UTF-8") from None
        return await _execute(request, params, text)
    if content_type == UPDATE:
        raise Forbidden("SPARQL updates are not accepted here: this endpoint is read-only")
    raise UnsupportedMediaType(f"POST a query as {FORM} or {DIRECT}, not {content_type or 'no content type'}")
