"""An :class:`kg.model.ArticleExtraction` as the annotation format's JSON (``shared/gold/FORMAT.md``).

The JSON is what gold annotations are written in, so extraction can be scored against them and read by
people. Entities are written by canonical name, events and relations refer to those names (or the literal
``civilians``), and every type is the ``ckg:goldType`` of the entity's class, read from the ontology.
"""

from __future__ import annotations

from typing import Any

from kg.extraction.dates import json_date
from kg.extraction.rules import gold_type
from kg.model import CIVILIANS_IRI, ArticleExtraction, CasualtyFigure, Claimant, EventFact, RelationFact

CIVILIANS = "civilians"


def to_json(extraction: ArticleExtraction) -> dict[str, Any]:
    """The extraction in the gold JSON format: ``{"actors", "places", "events", "relations"}``."""
    names = _Names(extraction)
    actors = [
        {
            "name": actor.name,
            "aliases_in_text": _distinct(m.text for m in actor.mentions),
            "type": gold_type(actor.type),
            "part_of": names.actor_name(actor.parent_iri) if actor.parent_iri else None,
        }
        for actor in extraction.actors
        if actor.iri != CIVILIANS_IRI
    ]
    places = [
        {
            "name": place.name,
            "surface": _distinct(m.text for m in place.mentions),
            "type": gold_type(place.type),
            "in": names.place_name(place.parent_iri) if place.parent_iri else None,
        }
        for place in extraction.places
    ]
    return {
        "actors": actors,
        "places": places,
        "events": [_event(event, names) for event in extraction.events],
        "relations": [_relation(relation, names) for relation in extraction.relations],
    }


def _claimant_name(claimant: Claimant | None, names: _Names) -> str | None:
    """A claimant that is an actor by its canonical name ("SDF spokesman Farhad Shami" is Farhad Shami, "the
    Britain-based monitor" the Syrian Observatory for Human Rights); any other in the text's own words."""
    if claimant is None:
        return None
    return names.actor_name(claimant.actor_iri) if claimant.actor_iri else claimant.name


def _event(event: EventFact, names: _Names) -> dict[str, Any]:
    return {
        "type": gold_type(event.type),
        "date": json_date(event.date),
        "places": [names.place_name(iri) for iri in event.places],
        "agents": [names.actor_name(iri) for iri in event.agents],
        "targets": [names.actor_name(iri) for iri in event.targets],
        "casualties": [_casualty(figure, names) for figure in event.casualties],
        "attributed_to": _claimant_name(event.attribution, names),
        "evidence": event.evidence.quote,
    }


def _casualty(figure: CasualtyFigure, names: _Names) -> dict[str, Any]:
    return {
        "count": figure.count,
        "min": figure.min_count,
        "max": figure.max_count,
        "status": figure.status,
        "of": names.actor_name(figure.victim_iri) if figure.victim_iri else None,
        "claimed_by": _claimant_name(figure.claimant, names),
    }


def _relation(relation: RelationFact, names: _Names) -> dict[str, Any]:
    return {
        "subject": names.any_name(relation.subject_iri),
        "predicate": relation.predicate,
        "object": names.any_name(relation.object_iri),
        "evidence": relation.evidence.quote,
    }


def _distinct(texts) -> list[str]:
    result: list[str] = []
    for text in texts:
        if text not in result:
            result.append(text)
    return result


class _Names:
    """Canonical names by IRI: the article's entities first, then the reference data, then the IRI's slug."""

    def __init__(self, extraction: ArticleExtraction) -> None:
        self.actors = {a.iri: a.name for a in extraction.actors}
        self.places = {p.iri: p.name for p in extraction.places}

    def actor_name(self, iri: str) -> str:
        if iri == CIVILIANS_IRI:
            return CIVILIANS
        return self.actors.get(iri) or _reference_name(iri)

    def place_name(self, iri: str) -> str:
        return self.places.get(iri) or _reference_name(iri)

    def any_name(self, iri: str) -> str:
        if iri == CIVILIANS_IRI:
            return CIVILIANS
        return self.actors.get(iri) or self.places.get(iri) or _reference_name(iri)


def _reference_name(iri: str) -> str:
    from kg.reference import reference_data

    reference = reference_data()
    entity = reference.actors.get(iri) or reference.places.get(iri)
    if entity is not None:
        return entity.name
    return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
