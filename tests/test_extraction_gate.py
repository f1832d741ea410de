"""Extraction must produce graphs the SHACL gate accepts: a rejected article is an extraction bug.

Every sample and fixture article is extracted, built into its article graph and validated, then ingested
into an in-memory store through the real pipeline. Relations are emitted only when the ontology's domain and
range of their shortcut property admit the subject's and object's classes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg.articles import article_from_text, read_article
from kg.extraction import extract, extract_facts
from kg.extraction.signatures import TypeCheck, signatures
from kg.model import (
    CIVILIANS_IRI,
    ActorEntity,
    Decision,
    EntitySpan,
    Evidence,
    PlaceEntity,
    RelationFact,
    ResolvedMentions,
)
from kg.namespace import RES
from kg.rdf_build import SHORTCUT_PROPERTIES, build_article_graph
from kg.validation import validate_graph

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
DEV = Path(__file__).resolve().parent.parent / "eval" / "dev"  # held-out dev articles (never eval/test)
ARTICLES = sorted(
    [*SAMPLES.glob("*.txt"), *(FIXTURES / "extraction").glob("*.txt"), *(FIXTURES / "resolution").glob("*.txt")]
    + [*DEV.glob("*.txt"), *DEV.glob("*.html")]
)
WHEN = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def memory_store():
    from kg.store import open_store

    return open_store("memory:")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_extraction_gate_article_graph_conforms(path):
    graph = build_article_graph(extract(read_article(path)), ingested_at=WHEN)
    result = validate_graph(graph)
    assert result.conforms, result.report_text


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_extraction_gate_article_is_stored(path, memory_store):
    from kg.pipeline import ingest_article

    result = ingest_article(read_article(path), memory_store, ingested_at=WHEN)
    assert result.conforms and result.stored, result.report_text


def test_extraction_gate_signatures_come_from_the_ontology():
    found = signatures()
    assert set(found) == set(SHORTCUT_PROPERTIES)
    assert all(s.domain and s.range for s in found.values())  # every shortcut property declares both
    assert {str(c).rsplit("#", 1)[-1] for c in found["locatedIn"].domain} == {"Place"}
    assert {str(c).rsplit("#", 1)[-1] for c in found["leads"].domain} == {"Person"}


@pytest.mark.parametrize(
    ("predicate", "subject", "obj", "allowed"),
    [
        ("locatedIn", "Town", "Governorate", True),
        ("locatedIn", "Coalition", "City", False),  # an actor lies in no place
        ("controls", "ArmedGroup", "Town", True),
        ("controls", "Town", "ArmedGroup", False),
        ("leads", "Person", "GovernmentBody", True),
        ("leads", "Person", "Country", False),  # "Syria" the territory is led by nobody
        ("leads", "ArmedGroup", "State", False),
        ("partOf", "Brigade", "StateForce", True),
        ("partOf", "Person", "ArmedGroup", False),
        ("memberOf", "Person", "ArmedGroup", True),
        ("memberOf", "State", "Coalition", True),
        ("memberOf", "ArmedGroup", "Person", False),
        ("supports", "State", "ArmedGroup", True),
        ("opposes", "ArmedGroup", "Village", False),
        ("operatesIn", "ArmedGroup", "Region", True),
    ],
)
def test_extraction_gate_type_check(predicate, subject, obj, allowed):
    check = TypeCheck({"s": subject, "o": obj})
    assert check.fits(predicate, "s", "o") is allowed


def test_extraction_gate_unknown_entities_never_fit():
    check = TypeCheck({"s": "ArmedGroup"})
    assert not check.fits("supports", "s", str(RES["actor/nobody-knows"]))
    assert check.fits("opposes", "s", CIVILIANS_IRI) is True  # the civilians are a reference actor


def test_extraction_gate_wrongly_typed_relation_is_dropped():
    """A relation handed over by resolution (or any rule) with an actor as a place's container is not kept."""
    text = "Coalition news\n\nThe Northern Coalition has its headquarters in al-Zarqa village.\n"
    article = article_from_text(text)
    coalition, village = str(RES["actor/northern-coalition"]), str(RES["place/al-zarqa"])
    c_start, v_start = text.index("Northern Coalition"), text.index("al-Zarqa")
    resolved = ResolvedMentions(
        actors={coalition: ActorEntity(coalition, "Northern Coalition", "ArmedGroup", Decision.NEW)},
        places={village: PlaceEntity(village, "al-Zarqa", "Village", Decision.NEW)},
        spans=[
            EntitySpan(c_start, c_start + 18, "Northern Coalition", coalition, "actor"),
            EntitySpan(v_start, v_start + 8, "al-Zarqa", village, "place"),
        ],
    )
    quote = text[c_start : v_start + 8]
    evidence = Evidence(c_start, v_start + 8, quote, "test", 0.5)
    resolved.relations = [
        RelationFact("locatedIn", coalition, village, evidence),
        RelationFact("operatesIn", coalition, village, evidence),
    ]
    relations = extract_facts(article, resolved).relations
    assert [(r.predicate, r.subject_iri, r.object_iri) for r in relations] == [("operatesIn", coalition, village)]


@pytest.mark.parametrize(
    "body",
    [
        "The Anbar Police Command said its patrols clashed with ISIS near Rutba in Iraq.",
        "Fighters of the Hamza Division shelled positions of the Kurdish fighters, a source said.",
        "The Diyala Operations Command announced that Iraqi troops attacked ISIS hideouts.",
    ],
)
def test_extraction_gate_minted_units_have_a_parent_or_are_groups(body):
    """A minted military unit must name its force (the gate requires a parent), or be read as a group."""
    extraction = extract(article_from_text("Units\n\n" + body + "\n"))
    for actor in extraction.actors:
        if actor.decision == Decision.NEW and actor.type in ("MilitaryUnit", "Brigade", "Division", "Regiment"):
            assert actor.parent_iri is not None, actor.name
    assert validate_graph(build_article_graph(extraction, ingested_at=WHEN)).conforms
