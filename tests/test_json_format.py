"""ArticleExtraction → the annotation format's JSON (shared/gold/FORMAT.md)."""

from __future__ import annotations

import json

from kg.json_format import to_json
from kg.model import (
    CIVILIANS_IRI,
    ActorEntity,
    ArticleExtraction,
    CasualtyFigure,
    Claimant,
    DateValue,
    Decision,
    EventFact,
    Evidence,
    Mention,
    PlaceEntity,
    RelationFact,
)

TEXT = "ISIS’ newspaper al-Naba said IS fighters killed 66 troops in Anbar. The 20th Brigade of the PMF attacked."
IS, PMF, BRIGADE = "urn:actor:is", "urn:actor:pmf", "urn:actor:pmf-20"
NABA, ANBAR, IRAQ = "urn:actor:naba", "urn:place:anbar", "urn:place:iraq"


def _evidence(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(start, start + len(quote), quote, "test.rule", 0.9)


def _extraction() -> ArticleExtraction:
    actors = [
        ActorEntity(
            IS,
            "Islamic State",
            "ArmedGroup",
            Decision.LINKED,
            [
                Mention(0, 4, "ISIS", Decision.LINKED, "alias:ISIS"),
                Mention(30, 32, "IS", Decision.LINKED, "a"),
                Mention(0, 4, "ISIS", Decision.LINKED, "alias:ISIS"),
            ],
        ),
        ActorEntity(PMF, "Popular Mobilization Forces", "StateForce", Decision.LINKED),
        ActorEntity(BRIGADE, "PMF 20th Brigade", "Brigade", Decision.NEW, parent_iri=PMF),
        ActorEntity(NABA, "al-Naba", "MediaOutlet", Decision.LINKED, parent_iri=IS),
    ]
    places = [
        PlaceEntity(
            ANBAR,
            "Anbar Governorate",
            "Governorate",
            Decision.LINKED,
            [Mention(61, 66, "Anbar", Decision.LINKED, "alias")],
            parent_iri=IRAQ,
        ),
    ]
    figure = CasualtyFigure(
        "killed", _evidence("killed 66 troops"), count=66, victim_iri=PMF, claimant=Claimant("al-Naba", NABA)
    )
    events = [
        EventFact(
            "Attack",
            _evidence("IS fighters killed 66 troops in Anbar"),
            agents=[IS],
            targets=[PMF, CIVILIANS_IRI],
            places=[ANBAR],
            date=DateValue(None, 4, 14, "month-day"),
            casualties=[figure],
            attribution=Claimant("al-Naba", NABA),
        ),
        EventFact(
            "Bombing",
            _evidence("The 20th Brigade of the PMF attacked"),
            agents=[BRIGADE],
            date=DateValue(2017, 3, None, "month"),
        ),
    ]
    relations = [RelationFact("partOf", BRIGADE, PMF, _evidence("The 20th Brigade of the PMF"))]
    return ArticleExtraction(object(), actors, places, events, relations, "test")


def test_json_format_sections_and_entities():
    data = to_json(_extraction())
    assert set(data) == {"actors", "places", "events", "relations"}
    islamic_state = data["actors"][0]
    assert islamic_state == {
        "name": "Islamic State",
        "aliases_in_text": ["ISIS", "IS"],
        "type": "ArmedGroup",
        "part_of": None,
    }
    brigade = next(a for a in data["actors"] if a["name"] == "PMF 20th Brigade")
    assert brigade["type"] == "MilitaryUnit" and brigade["part_of"] == "Popular Mobilization Forces"
    assert data["places"][0]["surface"] == ["Anbar"] and data["places"][0]["type"] == "Governorate"
    json.dumps(data)  # serialisable as is


def test_json_format_events_use_names_and_civilians_literal():
    event = to_json(_extraction())["events"][0]
    assert event["agents"] == ["Islamic State"]
    assert event["targets"] == ["Popular Mobilization Forces", "civilians"]
    assert event["places"] == ["Anbar Governorate"]
    assert event["date"] == "--04-14"
    assert event["attributed_to"] == "al-Naba"
    assert event["casualties"] == [
        {
            "count": 66,
            "min": None,
            "max": None,
            "status": "killed",
            "of": "Popular Mobilization Forces",
            "claimed_by": "al-Naba",
        }
    ]
    assert event["evidence"] in TEXT


def test_json_format_claimants_that_are_actors_go_by_their_canonical_name():
    extraction = _extraction()
    extraction.events[0].attribution = Claimant("ISIS’ newspaper", NABA)
    extraction.events[0].casualties[0].claimant = Claimant("the jihadists' weekly", NABA)
    extraction.events[1].attribution = Claimant("pro-government sources")
    first, second = to_json(extraction)["events"]
    assert (first["attributed_to"], first["casualties"][0]["claimed_by"]) == ("al-Naba", "al-Naba")
    assert second["attributed_to"] == "pro-government sources"


def test_json_format_type_and_date_follow_the_format():
    event = to_json(_extraction())["events"][1]
    assert event["type"] == "Bombing(IED)"  # the class's ckg:goldType in the ontology
    assert event["date"] is None  # month precision is not a format date
    assert event["attributed_to"] is None and event["casualties"] == []


def test_json_format_relations_by_name():
    assert to_json(_extraction())["relations"] == [
        {
            "subject": "PMF 20th Brigade",
            "predicate": "partOf",
            "object": "Popular Mobilization Forces",
            "evidence": "The 20th Brigade of the PMF",
        }
    ]
