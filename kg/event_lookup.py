"""Events as plain dicts, chosen cheaply first and detailed only for the page asked for.

A lookup runs in two steps. A selection query (``events.rq``, ``events_of_actor.rq``, ``events_at_place.rq``)
starts from what the caller gave (an actor, a place, an article graph, an event, or nothing) and returns each
event with its type, graph and date: enough to filter by date, sort and count. Only the events of the page are
then detailed, by four queries with ``?event`` bound to the page's IRIs (sources and evidence, participants,
casualty figures, claims). One query with everything, one row per event × participant × figure × claim, cost
seconds for a busy actor at a million triples; see ``bench/README.md``.

Views are built by hand rather than through pydantic: histories can hold thousands of events, and plain dicts go
straight to JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from kg.ids import id_of, short_type
from kg.namespace import CKG
from kg.queries import load_query
from kg.store import GraphStore
from kg.store.terms import Binding

ROLES = {"agent": "agents", "target": "targets", "place": "places"}


@dataclass(frozen=True)
class EventFilter:
    """What to select. ``actor`` matches agent, target or victim, with its sub-units when ``include_subunits``;
    ``place`` matches events at it or inside it; ``event_class`` keeps that class and its sub-classes; the date
    range keeps events whose date can fall in [date_from, date_to] (ISO dates; undated events never do)."""

    event: URIRef | None = None
    graph: URIRef | None = None
    actor: URIRef | None = None
    include_subunits: bool = True
    place: URIRef | None = None
    event_class: URIRef = CKG.Event
    date_from: str | None = None
    date_to: str | None = None


def selection(where: EventFilter) -> tuple[str, dict[str, Binding]]:
    """The selection query for ``where`` and its bindings. It starts from the most selective thing given; the
    event, graph and class filters apply on every path."""
    if where.actor is not None:
        who = None if where.include_subunits else where.actor
        name, bindings = "events_of_actor", {"ancestor": where.actor, "who": who, "place": where.place}
    elif where.place is not None:
        name, bindings = "events_at_place", {"place": where.place}
    else:
        name, bindings = "events", {}
    return name, {**bindings, "event": where.event, "graph": where.graph, "eventClass": where.event_class}


def select_events(store: GraphStore, where: EventFilter) -> list[dict]:
    """The events ``where`` selects, sorted by date (earliest possible day, undated last), each with its id,
    type, graph and date only: pass a page of them to ``detail_events``."""
    name, bindings = selection(where)
    events = _summaries(store.query(load_query(name), bindings=bindings).records())
    kept = [e for e in events.values() if in_range(e, where.date_from, where.date_to)]
    return sorted(kept, key=sort_key)


def detail_events(store: GraphStore, events: list[dict]) -> list[dict]:
    """The given event summaries (from ``select_events``) completed with evidence, participants, casualty
    figures and claims, in the same order: one query per ``DETAIL_QUERIES`` name, ``?event`` bound to them all."""
    if not events:
        return []
    by_iri = {e["iri"]: {**e, **_empty_details()} for e in events}
    iris = [URIRef(iri) for iri in by_iri]
    for name, add in _DETAILS.items():
        for row in store.query(load_query(name), bindings={"event": iris}).records():
            add(by_iri[str(row["event"])], row)
    return list(by_iri.values())


def find_events(store: GraphStore, where: EventFilter, offset: int = 0, limit: int | None = None) -> tuple[int, list]:
    """``(total, page)``: how many events ``where`` selects, and the detailed events of the page."""
    selected = select_events(store, where)
    page = selected[offset : None if limit is None else offset + limit]
    return len(selected), detail_events(store, page)


def _summaries(rows: Iterable[dict]) -> dict[str, dict]:
    """Event IRI → ``{"id", "iri", "type", "graph", "date"}`` from selection rows (several rows of one event
    differ only in date parts; the most informative date is kept)."""
    events: dict[str, dict] = {}
    for row in rows:
        iri = str(row["event"])
        event = events.setdefault(
            iri,
            {"id": id_of(iri), "iri": iri, "type": short_type(row["eventType"]), "graph": _str(row.get("graph"))},
        )
        date = date_view(row)
        current = event.get("date")
        if current is None or (date and date["value"] and not current["value"]):
            event["date"] = date
    return events


def _empty_details() -> dict:
    return {
        "agents": [],
        "targets": [],
        "places": [],
        "casualties": [],
        "claims": [],
        "evidence": [],
        "article": None,
        "planned": False,
    }


def _add_source(event: dict, row: dict) -> None:
    if row.get("article") is not None:
        event["article"] = id_of(row["article"])
    if row.get("planned") is not None:
        event["planned"] = str(row["planned"]) in ("true", "1")
    if row.get("quote") is not None:
        evidence = {"quote": str(row["quote"]), "start": _int(row.get("start")), "end": _int(row.get("end"))}
        if evidence not in event["evidence"]:
            event["evidence"].append(evidence)


def _add_participant(event: dict, row: dict) -> None:
    key = ROLES[str(row["role"]).rsplit("#", 1)[-1]]
    entry = {"id": id_of(row["entity"]), "iri": str(row["entity"]), "name": _str(row.get("entityLabel"))}
    if entry not in event[key]:
        event[key].append(entry)


def _add_casualty(event: dict, row: dict) -> None:
    victim = row.get("victim")
    figure = {
        "iri": str(row["report"]),
        "status": _str(row.get("status")),
        "count": _int(row.get("count")),
        "min": _int(row.get("min")),
        "max": _int(row.get("max")),
        "victim": {"id": id_of(victim), "iri": str(victim), "name": _str(row.get("victimLabel"))}
        if victim is not None
        else None,
        "claimed_by": _str(row.get("claimantName")),
    }
    if figure not in event["casualties"]:
        event["casualties"].append(figure)


def _add_claim(event: dict, row: dict) -> None:
    claim = {
        "claimant": _str(row.get("claimant")),
        "claimant_name": _str(row.get("claimantName")),
        "status": _str(row.get("claimStatus")),
    }
    if claim not in event["claims"]:
        event["claims"].append(claim)


#: Detail query → what it adds to an event, in the order they run.
_DETAILS = {
    "event_sources": _add_source,
    "event_participants": _add_participant,
    "event_casualties": _add_casualty,
    "event_claims": _add_claim,
}
DETAIL_QUERIES = tuple(_DETAILS)


def _int(value: object) -> int | None:
    return int(str(value)) if value is not None else None


def _str(value: object) -> str | None:
    return str(value) if value is not None else None


def date_view(row: dict) -> dict | None:
    """``{"value", "precision", "sort", "begin", "end"}``; ``sort`` is the earliest day it can mean."""
    precision = _str(row.get("precision"))
    if precision is None and row.get("xsdDate") is None and row.get("beginDate") is None:
        return None
    xsd, year, month, day = (_str(row.get(k)) for k in ("xsdDate", "year", "month", "day"))
    begin, end = _str(row.get("beginDate")), _str(row.get("endDate"))
    month_num = month[2:4] if month else None  # --MM
    day_num = day[3:5] if day else None  # ---DD
    if xsd:
        value, sort = xsd, xsd
    elif year and month_num:
        value, sort = f"{year}-{month_num}", f"{year}-{month_num}-01"
    elif year:
        value, sort = year, f"{year}-01-01"
    elif month_num and day_num:
        value, sort = f"--{month_num}-{day_num}", None  # year unknown: cannot be placed on a timeline
    elif begin or end:
        value, sort = f"{begin or '..'}/{end or '..'}", begin or end
    else:
        value, sort = None, None
    return {"value": value, "precision": precision, "sort": sort, "begin": begin, "end": end}


def sort_key(item: dict) -> tuple:
    """Dated items by date (earliest possible day), undated last, then by id for a stable order."""
    date = item.get("date") or {}
    sort = date.get("sort")
    return (sort is None, sort or "", item.get("id") or "")


def in_range(item: dict, date_from: str | None, date_to: str | None) -> bool:
    """Whether the item's date lies in [from, to] (ISO dates); undated items never match a range."""
    if not date_from and not date_to:
        return True
    date = item.get("date") or {}
    sort = date.get("sort")
    if sort is None:
        return False
    last = date.get("end") or sort
    if date.get("precision") == "month" and len(str(date.get("value"))) == 7:
        last = f"{date['value']}-31"
    elif date.get("precision") == "year":
        last = f"{date['value']}-12-31"
    return (not date_from or last >= date_from) and (not date_to or sort <= date_to)
