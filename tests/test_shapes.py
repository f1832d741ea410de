"""Each SHACL shape accepts its passing fixture and rejects its failing one, and only for its own reasons.

Fixtures are ``tests/fixtures/shapes/<ShapeName>-pass.ttl`` / ``-fail.ttl``; the first comment line of each
says what it shows. A failing fixture must be rejected by the shape it is named after and by no other, so a
fixture cannot pass this test by being broken in some unrelated way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.validation import shapes_graph, validate_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "shapes"
SHAPES_NS = "https://w3id.org/conflict-kg/shapes#"


def _node_shapes() -> list[str]:
    return sorted(str(s)[len(SHAPES_NS) :] for s in shapes_graph().subjects(RDF.type, SH.NodeShape))


def _owner(shapes: Graph, shape: object) -> str:
    """The named node shape a result's sh:sourceShape belongs to (itself, or the shape holding it)."""
    seen = set()
    while not (isinstance(shape, URIRef) and str(shape).startswith(SHAPES_NS)) and shape not in seen:
        seen.add(shape)
        parent = next(iter(shapes.subjects(SH.property, shape)), None)
        shape = parent if parent is not None else next(iter(shapes.subjects(None, shape)), shape)
    return str(shape)[len(SHAPES_NS) :]


def test_shapes_every_shape_has_both_fixtures() -> None:
    names = _node_shapes()
    assert len(names) >= 20
    expected = {f"{n}-{kind}.ttl" for n in names for kind in ("pass", "fail")}
    assert expected == {p.name for p in FIXTURES.glob("*.ttl")}


@pytest.mark.parametrize("shape", _node_shapes())
def test_shapes_passing_fixture_conforms(shape: str) -> None:
    result = validate_file(FIXTURES / f"{shape}-pass.ttl")
    assert result.conforms, result.report_text


@pytest.mark.parametrize("shape", _node_shapes())
def test_shapes_failing_fixture_is_rejected_by_its_shape_only(shape: str) -> None:
    result = validate_file(FIXTURES / f"{shape}-fail.ttl")
    assert not result.conforms
    report, shapes = result.report_graph, shapes_graph()
    owners = {_owner(shapes, source) for source in report.objects(None, SH.sourceShape)}
    assert owners == {shape}, result.report_text
