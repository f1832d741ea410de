"""Plain dicts for events, built from the rows of ``kg/queries/events.rq`` (one aspect per row).

Built by hand rather than through pydantic/jsonable_encoder: histories can hold thousands of events, and
plain dicts go straight to JSON.
"""

from __future__ import annotations

from collections.abc import Iterable

from api.ids import id_of, short_type

ROLES = {"agent": "agents", "target": "targets", "place": "places"}


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


def _evidence(row: dict) -> dict | None:
    if row.get("quote") is None:
        return None
    return {"quote": str(row["quote"]), "start": _int(row.get("start")), "end": _int(row.get("end"))}


def build_events(rows: Iterable[dict]) -> dict[str, dict]:
    """Event IRI → event dict, merging the aspect rows of each event."""
    events: dict[str, dict] = {}
    for row in rows:
        iri = str(row["event"])
        event = events.get(iri)
        if event is None:
            event = events[iri] = {
                "id": id_of(iri),
                "iri": iri,
                "type": None,
                "date": None,
                "agents": [],
                "targets": [],
                "places": [],
                "casualties": [],
                "claims": [],
                "evidence": [],
                "article": None,
                "graph": None,
                "planned": False,
            }
        aspect = str(row["aspect"])
        if aspect == "core":
            event["type"] = short_type(row["eventType"])
            event["graph"] = _str(row.get("graph"))
            if row.get("article") is not None:
                event["article"] = id_of(row["article"])
            if row.get("planned") is not None:
                event["planned"] = str(row["planned"]) in ("true", "1")
            evidence = _evidence(row)
            if evidence and evidence not in event["evidence"]:
                event["evidence"].append(evidence)
            date = date_view(row)
            if date and (event["date"] is None or (date["value"] and not event["date"]["value"])):
                event["date"] = date
        elif aspect == "participant":
            key = ROLES[str(row["role"]).rsplit("#", 1)[-1]]
            entry = {"id": id_of(row["entity"]), "iri": str(row["entity"]), "name": _str(row.get("entityLabel"))}
            if entry not in event[key]:
                event[key].append(entry)
        elif aspect == "casualty":
            figure = {
                "iri": str(row["report"]),
                "status": _str(row.get("status")),
                "count": _int(row.get("count")),
                "min": _int(row.get("min")),
                "max": _int(row.get("max")),
                "victim": {"id": id_of(row["victim"]), "iri": str(row["victim"]), "name": _str(row.get("victimLabel"))}
                if row.get("victim") is not None
                else None,
                "claimed_by": _str(row.get("claimantName")),
            }
            if figure not in event["casualties"]:
                event["casualties"].append(figure)
        elif aspect == "claim":
            claim = {
                "claimant": _str(row.get("claimant")),
                "claimant_name": _str(row.get("claimantName")),
                "status": _str(row.get("claimStatus")),
            }
            if claim not in event["claims"]:
                event["claims"].append(claim)
    return events


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
