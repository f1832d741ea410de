"""``/actors``: search, one actor with its links, and its dated history."""

from __future__ import annotations

import datetime
import re

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from rdflib import Literal
from starlette.concurrency import run_in_threadpool

from api.errors import BadRequest, NotFound
from api.ids import ckg_class, id_of, resource_iri, short_type
from api.models import ActorDetail, ActorHistory, ActorPage
from api.querying import records, run_query
from api.search import match_rank
from kg.event_lookup import EventFilter, detail_events, in_range, select_events, sort_key
from kg.labels import preferred_labels
from kg.namespace import CKG, RDF, SKOS
from kg.store import GraphStore

router = APIRouter(prefix="/actors", tags=["Actors"])
NOT_FOUND = {404: {"description": "no such actor"}}

#: actor_links rows (property local name, direction) → the key of the actor view they fill.
LINK_KEYS = {
    ("subOrganizationOf", "out"): "parents",
    ("subOrganizationOf", "in"): "sub_units",
    ("memberOf", "out"): "member_of",
    ("memberOf", "in"): "members",
    ("alliedWith", "out"): "allies",
    ("alliedWith", "in"): "allies",
    ("opposes", "out"): "opposes",
    ("opposes", "in"): "opposed_by",
    ("supports", "out"): "supports",
    ("supports", "in"): "supported_by",
    ("commands", "out"): "commands",
    ("commands", "in"): "commanded_by",
    ("leads", "out"): "leads",
    ("leads", "in"): "led_by",
}


def parse_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(f"'{name}' must be an ISO date (YYYY-MM-DD), not {value!r}") from None


@router.get("", summary="Search actors", responses={200: {"model": ActorPage}})
async def search_actors(
    request: Request,
    q: str | None = Query(
        None, description="name, alias or spelling variant (case, accents, transliteration tolerant)", max_length=200
    ),
    type: str | None = Query(None, description="ontology class, e.g. ArmedGroup, StateForce, MilitaryUnit"),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> JSONResponse:
    cls = CKG.Actor
    if type:
        cls = ckg_class(type)
        if not (await run_query(request, "class_is_a", **{"class": cls, "ancestor": CKG.Actor})).boolean:
            raise BadRequest(f"{type!r} is not an actor type (a subclass of Actor)")
    rows = await records(request, "actor_search", **{"class": cls})
    actors: dict[str, dict] = {}
    for row in rows:
        iri = str(row["actor"])
        actor = actors.setdefault(
            iri,
            {"id": id_of(iri), "iri": iri, "name": None, "types": set(), "labels": [], "rank": None, "matched": None},
        )
        actor["types"].add(short_type(row["type"]))
        label, kind = str(row["label"]), str(row["kind"])
        if kind == "pref" and (actor["name"] is None or getattr(row["label"], "language", None) == "en"):
            actor["name"] = label
        actor["labels"].append(label)
        if q:
            rank = match_rank(q, label)
            if rank is not None and (actor["rank"] is None or rank < actor["rank"]):
                actor["rank"], actor["matched"] = rank, label
    found = [a for a in actors.values() if not q or a["rank"] is not None]
    found.sort(key=lambda a: (a["rank"] or 0, (a["name"] or "").casefold(), a["iri"]))
    items = [
        {
            "id": a["id"],
            "iri": a["iri"],
            "name": a["name"] or a["id"],
            "types": sorted(a["types"]),
            "matched": a["matched"],
        }
        for a in found[offset : offset + limit]
    ]
    return JSONResponse({"total": len(found), "offset": offset, "limit": limit, "items": items})


def describe_rows(rows: list[dict]) -> dict:
    """Types, labels and literal properties of an entity from entity_description rows."""
    out: dict = {
        "types": set(),
        "name": None,
        "aliases": set(),
        "hidden_labels": set(),
        "properties": {},
        "graphs": set(),
    }
    for row in rows:
        prop, value = row["property"], row["value"]
        out["graphs"].add(str(row["graph"]))
        if prop == RDF.type:
            out["types"].add(short_type(value))
        elif prop == SKOS.prefLabel:
            if out["name"] is None or getattr(value, "language", None) == "en":
                out["name"] = str(value)
        elif prop == SKOS.altLabel:
            out["aliases"].add(str(value))
        elif prop == SKOS.hiddenLabel:
            out["hidden_labels"].add(str(value))
        elif isinstance(value, Literal):  # unitNumber, rank, role, lat/long, countryCode, ...
            out["properties"].setdefault(re.split(r"[#/]", str(prop))[-1], str(value))
    return out


def link_views(rows: list[dict]) -> dict[str, list[dict]]:
    links: dict[str, dict[tuple, dict]] = {key: {} for key in dict.fromkeys(LINK_KEYS.values())}
    for row in rows:
        key = LINK_KEYS.get((str(row["property"]).rsplit("#", 1)[-1], str(row["direction"])))
        if key is None:
            continue
        other = str(row["other"])
        entry = links[key].setdefault(other, {"id": id_of(other), "iri": other, "name": None, "sources": []})
        if row.get("otherLabel") is not None:
            entry["name"] = str(row["otherLabel"])
        graph = str(row["graph"])
        source = {
            "graph": graph,
            "article": id_of(row["article"]) if row.get("article") is not None else None,
            "quote": str(row["quote"]) if row.get("quote") is not None else None,
            "start": int(row["start"]) if row.get("start") is not None else None,
            "end": int(row["end"]) if row.get("end") is not None else None,
        }
        if source not in entry["sources"]:
            entry["sources"].append(source)
    return {key: sorted(values.values(), key=lambda e: (e["name"] or "", e["iri"])) for key, values in links.items()}


@router.get("/{actor_id}", summary="One actor", responses={200: {"model": ActorDetail}, **NOT_FOUND})
async def get_actor(request: Request, actor_id: str) -> JSONResponse:
    """Type, labels and aliases; parents and sub-units; coalition memberships, allies and opponents — each link
    with the article evidence it was read from (reference-data links have a graph but no quote)."""
    iri = resource_iri("actor", actor_id)
    rows = await records(request, "entity_description", entity=iri)
    if not rows:
        raise NotFound(f"no actor {actor_id!r}")
    described = describe_rows(rows)
    links = link_views(await records(request, "actor_links", actor=iri))
    body = {
        "id": id_of(iri),
        "iri": str(iri),
        "name": described["name"] or id_of(iri),
        "types": sorted(described["types"]),
        "aliases": sorted(described["aliases"]),
        "hidden_labels": sorted(described["hidden_labels"]),
        "properties": described["properties"],
        "graphs": sorted(described["graphs"]),
        **links,
    }
    return JSONResponse(body)


@router.get(
    "/{actor_id}/history", summary="An actor's dated timeline", responses={200: {"model": ActorHistory}, **NOT_FOUND}
)
async def actor_history(
    request: Request,
    actor_id: str,
    date_from: str | None = Query(None, alias="from", description="ISO date: items on or after"),
    date_to: str | None = Query(None, alias="to", description="ISO date: items on or before"),
    type: str | None = Query(None, description="event or relation class, e.g. Attack or AllianceRelation"),
    include_subunits: bool = Query(True, description="also what its sub-units (at any depth) did"),
    limit: int = Query(100, ge=1, le=1000, description="items per page"),
    offset: int = Query(0, ge=0),
) -> JSONResponse:
    """Events where the actor is agent, target or victim, and relations as they begin and end, sorted by date
    (earliest possible day; undated items last; a from/to range leaves undated items out), a page at a time.
    Each item has its date and precision, places, article, quote and offsets, casualty figures and claims."""
    iri = resource_iri("actor", actor_id)
    if not await records(request, "entity_description", entity=iri):
        raise NotFound(f"no actor {actor_id!r}")
    start, end = parse_date(date_from, "from"), parse_date(date_to, "to")
    event_class, relation_class = CKG.Event, CKG.Relation
    if type:
        cls = ckg_class(type)
        is_event = (await run_query(request, "class_is_a", **{"class": cls, "ancestor": CKG.Event})).boolean
        is_relation = (await run_query(request, "class_is_a", **{"class": cls, "ancestor": CKG.Relation})).boolean
        if not (is_event or is_relation):
            raise BadRequest(f"type {type!r} is neither an event nor a relation class")
        event_class = cls if is_event else None
        relation_class = cls if is_relation else None
    store = request.app.state.store
    items: list[dict] = []
    if event_class is not None:
        where = EventFilter(
            actor=iri, include_subunits=include_subunits, event_class=event_class, date_from=start, date_to=end
        )
        for event in await run_in_threadpool(select_events, store, where):
            items.append({**event, "kind": "event"})
    if relation_class is not None:
        rows = await records(request, "actor_relations", ancestor=iri, relationClass=relation_class)
        items.extend(i for i in relation_items(rows, str(iri), include_subunits) if in_range(i, start, end))
    items.sort(key=sort_key)
    page = items[offset : offset + limit]
    # Only the events of the page are detailed (sources, participants, figures, claims).
    detailed = iter(await run_in_threadpool(detail_events, store, [i for i in page if i["kind"] == "event"]))
    page = [next(detailed) if item["kind"] == "event" else item for item in page]
    await run_in_threadpool(name_parties, store, [i for i in page if i["kind"] != "event"])
    return JSONResponse(
        {
            "actor": {"id": id_of(iri), "iri": str(iri)},
            "include_subunits": include_subunits,
            "count": len(items),
            "offset": offset,
            "limit": limit,
            "items": page,
        }
    )


def relation_items(rows: list[dict], actor_iri: str, include_subunits: bool) -> list[dict]:
    """A relation gives a 'relation-begins' item (dated by its start, else undated) and a 'relation-ends' item
    when its end is known. Subject and object names are filled in for the page only (``name_parties``)."""
    out: dict[tuple, dict] = {}
    for row in rows:
        if not include_subunits and str(row["who"]) != actor_iri:
            continue
        iri = str(row["relation"])
        base = {
            "iri": iri,
            "id": id_of(iri),
            "type": short_type(row["relationType"]),
            "graph": str(row["graph"]),
            "subject": {"iri": str(row["subject"]), "id": id_of(row["subject"]), "name": None},
            "object": {"iri": str(row["object"]), "id": id_of(row["object"]), "name": None},
            "article": id_of(row["article"]) if row.get("article") is not None else None,
            "evidence": [{"quote": str(row["quote"]), "start": int(row["start"]), "end": int(row["end"])}]
            if row.get("quote") is not None
            else [],
            "claimed_by": str(row["claimantName"]) if row.get("claimantName") is not None else None,
        }
        begin = str(row["beginDate"]) if row.get("beginDate") is not None else None
        end = str(row["endDate"]) if row.get("endDate") is not None else None
        out.setdefault((iri, "begins"), {**base, "kind": "relation-begins", "date": _day(begin)})
        if end:
            out.setdefault((iri, "ends"), {**base, "kind": "relation-ends", "date": _day(end)})
    return list(out.values())


def name_parties(store: GraphStore, items: list[dict]) -> None:
    """Fill in the names of the relation items' subjects and objects, in one query."""
    parties = [item[role] for item in items for role in ("subject", "object")]
    labels = preferred_labels(store, (party["iri"] for party in parties))
    for party in parties:
        party["name"] = labels.get(party["iri"])


def _day(value: str | None) -> dict | None:
    return {"value": value, "precision": "day", "sort": value, "begin": None, "end": None} if value else None
