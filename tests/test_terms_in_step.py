"""Code, shapes, ontology and reference data use the same terms: nothing emitted or checked is undeclared.

The ontology (``ontology/ckg.ttl``) is the single source of terms; external vocabulary terms the project uses
are declared there too. RDF, RDFS, OWL, XSD and SHACL's own terms need no declaration.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from test_rdf_build import INGESTED, rich_extraction

from kg.model import RELATION_CLASSES, PlaceEntity
from kg.namespace import CKG
from kg.paths import ONTOLOGY_FILE, REFERENCE_FILES, SHAPES_DIR
from kg.rdf_build import CASUALTY_STATUSES, SHORTCUT_PROPERTIES, build_article_graph
from kg.validation import class_hierarchy, shapes_graph, validate_files

warnings.filterwarnings("ignore", message="Code: _mock_name is not defined", category=UserWarning)

REPO_ROOT = Path(__file__).resolve().parent.parent
BUILTIN = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD, SH))
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@lru_cache(maxsize=1)
def _declared() -> frozenset[URIRef]:
    g = _ontology()
    return frozenset(s for t in DECLARATION_TYPES for s in g.subjects(RDF.type, t) if isinstance(s, URIRef))


def _undeclared(terms: set[URIRef]) -> set[str]:
    return {str(t) for t in terms if not str(t).startswith(BUILTIN) and t not in _declared()}


@lru_cache(maxsize=1)
def _rich_graph() -> Graph:
    return build_article_graph(rich_extraction(), ingested_at=INGESTED)


def test_terms_ckg_names_in_source_are_declared() -> None:
    names: set[str] = set()
    for path in sorted((REPO_ROOT / "kg").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"\bCKG\.([A-Za-z_][A-Za-z0-9_]*)", text))
        names.update(re.findall(r"\bCKG\[\"([A-Za-z0-9_]+)\"\]", text))
    names.update(RELATION_CLASSES.values())
    names.add(PlaceEntity("x", "x", "Place", "new").precision)  # type: ignore[arg-type]
    assert names
    assert _undeclared({URIRef(str(CKG) + n) for n in names}) == set()


def test_terms_everything_rdf_build_emits_is_declared() -> None:
    terms: set[URIRef] = set()
    for _s, p, o in _rich_graph():
        terms.add(p)
        if p == RDF.type or (isinstance(o, URIRef) and str(o).startswith(str(CKG))):
            terms.add(o)  # classes and individuals (statuses, precisions); not entity IRIs
        if isinstance(o, Literal) and o.datatype is not None:
            terms.add(o.datatype)
    terms.update(SHORTCUT_PROPERTIES.values())
    terms.update(CASUALTY_STATUSES.values())
    assert _undeclared(terms) == set()


def _shape_terms() -> set[URIRef]:
    shapes = shapes_graph()
    terms: set[URIRef] = set()
    for prop in (SH.targetClass, SH.path, SH.inversePath, SH["class"], SH.lessThan, SH.lessThanOrEquals,
                 SH.equals, SH.targetObjectsOf, SH.targetSubjectsOf):  # fmt: skip
        terms.update(o for o in shapes.objects(None, prop) if isinstance(o, URIRef))
    for head in shapes.objects(None, SH["in"]):
        terms.update(o for o in Collection(shapes, head) if isinstance(o, URIRef))
    return terms


def test_terms_shapes_use_declared_terms() -> None:
    terms = _shape_terms()
    assert CKG.Event in terms and CKG.hasEvidence in terms
    assert _undeclared(terms) == set()


def test_terms_every_emitted_class_has_a_shape() -> None:
    hierarchy, shapes = class_hierarchy(), shapes_graph()
    targeted = set(shapes.objects(None, SH.targetClass))
    emitted = {o for o in _rich_graph().objects(None, RDF.type)}
    assert CKG.Brigade in emitted and CKG.Shelling in emitted
    missing = {
        str(cls)
        for cls in emitted
        if not targeted & set(hierarchy.transitive_objects(cls, RDFS.subClassOf))  # includes cls itself
    }
    assert missing == set()


def test_terms_every_ontology_term_has_label_and_comment() -> None:
    g = _ontology()
    lacking = {
        str(term) for term in _declared() if g.value(term, RDFS.label) is None or g.value(term, RDFS.comment) is None
    }
    assert lacking == set()


def test_terms_shape_files_are_rdf_only() -> None:
    assert sorted(p.suffix for p in SHAPES_DIR.iterdir() if p.is_file()) == [".ttl"] * len(
        [p for p in SHAPES_DIR.iterdir() if p.is_file()]
    )


REFERENCE_PRESENT = [p for p in REFERENCE_FILES if p.is_file()]


@pytest.mark.skipif(not REFERENCE_PRESENT, reason="no reference data files in ontology/ yet")
def test_terms_reference_data_conforms_to_the_shapes() -> None:
    result = validate_files(REFERENCE_PRESENT)
    assert result.conforms, result.report_text


@pytest.mark.skipif(not REFERENCE_PRESENT, reason="no reference data files in ontology/ yet")
def test_terms_reference_data_uses_declared_terms() -> None:
    data = Graph()
    for path in REFERENCE_PRESENT:
        data.parse(path, format="turtle")
    terms = set(data.predicates()) | {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)}
    terms |= {o for o in data.objects() if isinstance(o, URIRef) and str(o).startswith(str(CKG))}
    assert _undeclared(terms) == set()
