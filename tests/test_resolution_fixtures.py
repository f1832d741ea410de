"""Resolution on short articles written in the styles of other outlets (tests/fixtures/resolution/).

Each ``<name>.txt`` has a ``<name>.expected.json`` saying what it tests ("what") and the entities a careful
reader finds: each expected actor/place must be produced with that surface as one of its mentions (and the
given canonical name, decision, type, rank, parent, unit number when stated); ``relations`` must be emitted;
``not_entities`` are surfaces that must not be an actor or place span.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.articles import ArticleMetadata, article_from_text
from kg.model import ResolvedMentions
from kg.resolution import resolve_mentions

FIXTURES = Path(__file__).parent / "fixtures" / "resolution"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _run(name: str, reference) -> tuple[object, ResolvedMentions, dict]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    headline = text.splitlines()[0]
    article = article_from_text(text, ArticleMetadata(title=headline))
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return article, resolve_mentions(article, reference), expected


def _entity_with_surface(entities: dict, surface: str):
    return [e for e in entities.values() if any(m.text == surface for m in e.mentions)]


def _check(entities: dict, want: dict, reference) -> None:
    found = _entity_with_surface(entities, want["surface"])
    got = [(e.name, [m.text for m in e.mentions]) for e in entities.values()]
    assert found, f"no entity mentioned as {want['surface']!r}; got {got}"
    entity = found[0]
    if "name" in want:
        assert entity.name == want["name"]
    if "decision" in want:
        assert entity.decision.value == want["decision"]
    if "type" in want:
        assert entity.type == want["type"]
    if "type_in" in want:
        assert entity.type in want["type_in"]
    if "rank" in want:
        assert entity.rank == want["rank"]
    if "unit_number" in want:
        assert entity.unit_number == want["unit_number"]
    if "parent" in want:
        parent = reference.actors.get(entity.parent_iri)
        assert parent is not None and parent.name == want["parent"]


@pytest.mark.parametrize("name", CASES)
def test_resolution_fixture_actors(name: str, reference) -> None:
    _, result, expected = _run(name, reference)
    for want in expected["actors"]:
        _check(result.actors, want, reference)


@pytest.mark.parametrize("name", CASES)
def test_resolution_fixture_places(name: str, reference) -> None:
    _, result, expected = _run(name, reference)
    for want in expected["places"]:
        _check(result.places, want, reference)


@pytest.mark.parametrize("name", CASES)
def test_resolution_fixture_relations(name: str, reference) -> None:
    _, result, expected = _run(name, reference)
    entities = {**result.actors, **result.places}
    emitted = {(r.predicate, r.subject_iri, r.object_iri) for r in result.relations}
    for predicate, subject_surface, object_name in expected["relations"]:
        subject = _entity_with_surface(entities, subject_surface)[0]
        obj = next(e for e in entities.values() if e.name == object_name)
        assert (predicate, subject.iri, obj.iri) in emitted


@pytest.mark.parametrize("name", CASES)
def test_resolution_fixture_no_false_entities(name: str, reference) -> None:
    _, result, expected = _run(name, reference)
    spans = {s.text for s in result.spans}
    for surface in expected["not_entities"]:
        assert surface not in spans
