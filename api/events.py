"""``/events`` and ``/places``: events filtered by actor, type, place and date; a place with its events."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from api.actors import describe_rows, parse_date
from api.errors import BadRequest, NotFound
from api.ids import ckg_class, id_of, resource_iri, short_type
from api.models import Event, EventPage, Place
from api.querying import records, run_query
from kg.event_lookup import EventFilter
from kg.event_lookup import find_events as lookup_events
from kg.namespace import CKG

router = APIRouter(tags=["Events and places"])


async def class_within(request: Request, name: str, ancestor, kind: str):
    """The ontology class ``name`` if it is ``ancestor`` or below it; 400 otherwise."""
    cls = ckg_class(name, kind=kind)
    if not (await run_query(request, "class_is_a", **{"class": cls, "ancestor": ancestor})).boolean:
        raise BadRequest(f"{name!r} is not an {kind}: not a subclass of {short_type(ancestor)}")
    return cls


#: Events a place view lists; the rest are a click away at ``/events?place=…``.
PLACE_EVENTS = 100


async def find_events(request: Request, where: EventFilter, offset: int = 0, limit: int | None = None):
    """``(total, page of detailed events)``, looked up in a worker thread."""
    return await run_in_threadpool(lookup_events, request.app.state.store, where, offset, limit)


@router.get("/events", summary="Events", responses={200: {"model": EventPage}})
async def list_events(
    request: Request,
    actor: str | None = Query(None, description="actor id: events where it (or a sub-unit) is agent, target or victim"),
    type: str | None = Query(None, description="event class, e.g. Attack (sub-classes included)"),
    place: str | None = Query(None, description="place id: events there or inside it"),
    date_from: str | None = Query(None, alias="from", description="ISO date"),
    date_to: str | None = Query(None, alias="to", description="ISO date"),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> JSONResponse:
    where = EventFilter(
        actor=resource_iri("actor", actor) if actor else None,
        place=resource_iri("place", place) if place else None,
        event_class=await class_within(request, type, CKG.Event, "event type") if type else CKG.Event,
        date_from=parse_date(date_from, "from"),
        date_to=parse_date(date_to, "to"),
    )
    total, events = await find_events(request, where, offset, limit)
    return JSONResponse({"total": total, "offset": offset, "limit": limit, "items": events})


@router.get(
    "/events/{event_id}", summary="One event", responses={200: {"model": Event}, 404: {"description": "no such event"}}
)
async def get_event(request: Request, event_id: str) -> JSONResponse:
    _, events = await find_events(request, EventFilter(event=resource_iri("event", event_id)))
    if not events:
        raise NotFound(f"no event {event_id!r}")
    return JSONResponse(events[0])


@router.get(
    "/places/{place_id}",
    summary="One place with its events",
    responses={200: {"model": Place}, 404: {"description": "no such place"}},
)
async def get_place(request: Request, place_id: str) -> JSONResponse:
    """Names, type, coordinates and containing places; how many events happened at it or inside it, and the
    first hundred of them by date (``/events?place=`` pages through all)."""
    iri = resource_iri("place", place_id)
    rows = await records(request, "entity_description", entity=iri)
    if not rows:
        raise NotFound(f"no place {place_id!r}")
    described = describe_rows(rows)
    located_in = sorted(
        {
            (str(r["value"]), str(r["valueLabel"]) if r.get("valueLabel") is not None else None)
            for r in rows
            if r["property"] == CKG.locatedIn
        }
    )
    event_count, events = await find_events(request, EventFilter(place=iri), limit=PLACE_EVENTS)
    return JSONResponse(
        {
            "id": id_of(iri),
            "iri": str(iri),
            "name": described["name"],
            "types": sorted(described["types"]),
            "aliases": sorted(described["aliases"]),
            "properties": described["properties"],
            "located_in": [{"id": id_of(p), "iri": p, "name": name} for p, name in located_in],
            "event_count": event_count,
            "events": events,
        }
    )
