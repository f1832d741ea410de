"""Regenerate ``kg/namespace.py`` from ``ontology/ckg.ttl``: the ontology is the single source of terms.

Run ``python tools/gen_namespace.py`` after changing the ontology; ``tests/test_namespace.py`` fails while the
module and the ontology disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent
CKG = "https://w3id.org/conflict-kg/ontology#"
DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
)

HEADER = '''"""RDF namespaces of Conflict KG: every term Python code uses comes through here.

``CKG`` is generated from ``ontology/ckg.ttl`` by ``tools/gen_namespace.py`` (do not edit its term list by
hand); it is a closed ``DefinedNamespace``, so a mistyped term fails at import time, not silently at query time.
The other vocabularies are rdflib's own closed namespaces, plus SEM and Web Annotation which rdflib lacks.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (  # noqa: F401  (re-exported)
    DCTERMS,
    GEO,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

#: Base IRIs of the things this project mints.
ONTOLOGY_IRI = URIRef("https://w3id.org/conflict-kg/ontology")
RESOURCE_BASE = "https://w3id.org/conflict-kg/id/"
GRAPH_BASE = "https://w3id.org/conflict-kg/graph/"
RES = Namespace(RESOURCE_BASE)
GRAPH = Namespace(GRAPH_BASE)

#: Named graphs that hold the ontology and the reference data (article graphs are GRAPH["article/<id>"]).
ONTOLOGY_GRAPH = GRAPH["ontology"]
REFERENCE_GRAPH = GRAPH["reference"]


class SEM(DefinedNamespace):
    """Simple Event Model (the terms this project uses)."""

    _fail = True
    Actor: URIRef
    Place: URIRef
    Event: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")


class WGS(DefinedNamespace):
    """W3C Basic Geo (WGS84). rdflib's own WGS uses an https IRI, which is not the vocabulary's."""

    _fail = True
    lat: URIRef
    long: URIRef
    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")


class OA(DefinedNamespace):
    """W3C Web Annotation (the selector terms this project uses for evidence)."""

    _fail = True
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef
    _NS = Namespace("http://www.w3.org/ns/oa#")


'''


def ontology_terms(path: Path) -> list[str]:
    g = Graph().parse(path)
    names = set()
    for t in DECLARATION_TYPES:
        for s in g.subjects(RDF.type, t):
            if isinstance(s, URIRef) and str(s).startswith(CKG):
                names.add(str(s)[len(CKG) :])
    return sorted(names, key=lambda n: (n[0].islower(), n))


def render(terms: list[str]) -> str:
    lines = [
        "class CKG(DefinedNamespace):",
        '    """Conflict KG ontology terms (generated from ontology/ckg.ttl)."""',
        "",
        "    _fail = True",
    ]
    lines += [f"    {t}: URIRef" for t in terms]
    lines += ['    _NS = Namespace("https://w3id.org/conflict-kg/ontology#")', ""]
    return HEADER + "\n".join(lines)


def main() -> int:
    target = ROOT / "kg" / "namespace.py"
    target.write_text(render(ontology_terms(ROOT / "ontology" / "ckg.ttl")), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
