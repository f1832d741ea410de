"""Dereferenceable entity IRIs: ``GET /id/actor/<slug>`` (and place, event, …) describes the entity.

``https://w3id.org/conflict-kg/id/…`` redirects here; Turtle, N-Triples, JSON-LD or RDF/XML when asked for,
JSON (subject → property → values) otherwise.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from api.errors import NotFound
from api.ids import KINDS, resource_iri
from api.negotiation import choose
from api.querying import run_query
from kg.store import serialize_results
from kg.store.formats import GRAPH_RESULT_FORMATS

router = APIRouter(tags=["Linked data"])
OFFERED = ["application/json"] + [GRAPH_RESULT_FORMATS[n] for n in ("ttl", "nt", "jsonld", "rdfxml")]


@router.get(
    "/id/{kind}/{slug}",
    summary="Describe an entity",
    responses={200: {"content": {t: {} for t in OFFERED}}, 404: {"description": "unknown entity"}},
)
async def describe(request: Request, kind: str, slug: str) -> Response:
    if kind not in KINDS:
        raise NotFound(f"no entities of kind {kind!r}; kinds are {', '.join(KINDS)}")
    iri = resource_iri(kind, slug)
    result = await run_query(request, "describe_entity", entity=iri)
    if not result.triples:
        raise NotFound(f"nothing is known about <{iri}>")
    media_type = choose(request.headers.get("accept"), OFFERED) or "application/json"
    if media_type == "application/json":
        description: dict[str, dict[str, list[str]]] = {}
        for s, p, o in result.triples:
            values = description.setdefault(str(s), {}).setdefault(str(p), [])
            if str(o) not in values:
                values.append(str(o))
        return JSONResponse({"iri": str(iri), "description": description}, headers={"Vary": "Accept"})
    return Response(serialize_results(result, media_type), media_type=media_type, headers={"Vary": "Accept"})
