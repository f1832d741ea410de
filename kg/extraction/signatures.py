"""Which kinds of entity may stand on either side of a relation, read from the ontology's domains and ranges.

A relation whose subject or object has the wrong class ("an actor locatedIn a place") is not a fact the
graph can hold: the SHACL gate rejects the whole article for it. So extraction emits a relation only when the
subject's class falls under the ``rdfs:domain`` and the object's under the ``rdfs:range`` of the shortcut
property the relation is materialised as (``kg.rdf_build.SHORTCUT_PROPERTIES``). The ontology is the single
source of truth; nothing here lists which predicate takes which class.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.extraction.rules import ontology_graph
from kg.model import CIVILIANS_IRI
from kg.namespace import CKG


@dataclass(frozen=True)
class Signature:
    """Classes (IRIs) a predicate's subject and object must belong to; an empty set allows anything."""

    domain: frozenset[URIRef]
    range: frozenset[URIRef]


@lru_cache(maxsize=1)
def signatures() -> dict[str, Signature]:
    """Annotation-format predicate → the domain and range of its shortcut property in the ontology."""
    from kg.rdf_build import SHORTCUT_PROPERTIES  # the one mapping from predicates to properties

    return {
        predicate: Signature(frozenset(_declared(prop, RDFS.domain)), frozenset(_declared(prop, RDFS.range)))
        for predicate, prop in SHORTCUT_PROPERTIES.items()
    }


@lru_cache(maxsize=1)
def symmetric_predicates() -> frozenset[str]:
    """Annotation-format predicates whose property the ontology declares ``owl:SymmetricProperty`` (alliedWith):
    "A alliedWith B" and "B alliedWith A" state one fact."""
    from kg.rdf_build import SHORTCUT_PROPERTIES

    graph = ontology_graph()
    return frozenset(p for p, prop in SHORTCUT_PROPERTIES.items() if (prop, RDF.type, OWL.SymmetricProperty) in graph)


def _declared(prop: URIRef, kind: URIRef) -> set[URIRef]:
    """The property's own domain/range, or else the nearest super-property's (sub-properties inherit them)."""
    graph = ontology_graph()
    seen: set[URIRef] = set()
    todo = [prop]
    while todo:
        current = todo.pop(0)
        if current in seen:
            continue
        seen.add(current)
        values = {v for v in graph.objects(current, kind) if isinstance(v, URIRef)}
        if values:
            return values
        todo.extend(sorted(v for v in graph.objects(current, RDFS.subPropertyOf) if isinstance(v, URIRef)))
    return set()


@lru_cache(maxsize=256)
def superclasses(cls: URIRef) -> frozenset[URIRef]:
    """The class and every class it is a subclass of, transitively."""
    return frozenset(c for c in ontology_graph().transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef))


def class_iri(local_name: str | None) -> URIRef | None:
    """The ckg class of a model type name ("Brigade"); ``None`` for a name the ontology does not declare."""
    if not local_name:
        return None
    try:
        return CKG[local_name]
    except (AttributeError, KeyError):
        return None


class TypeCheck:
    """Decides whether a relation between two entities is type-correct, given what the entities are.

    ``types`` maps entity IRIs to their ckg class local names (the article's actors and places); entities the
    article does not name are looked up in the reference data. An entity whose class is unknown cannot be
    shown to fit, so no relation is emitted for it.
    """

    def __init__(self, types: dict[str, str]) -> None:
        self.types = dict(types)

    def class_of(self, iri: str) -> URIRef | None:
        if iri in self.types:
            return class_iri(self.types[iri])
        if iri == CIVILIANS_IRI:
            return CKG.CivilianPopulation
        from kg.reference import reference_data

        reference = reference_data()
        entity = reference.actors.get(iri) or reference.places.get(iri)
        return class_iri(entity.type) if entity is not None else None

    def is_a(self, iri: str, wanted: frozenset[URIRef]) -> bool:
        if not wanted:
            return True
        cls = self.class_of(iri)
        return cls is not None and bool(superclasses(cls) & wanted)

    def fits(self, predicate: str, subject_iri: str, object_iri: str) -> bool:
        """True when the ontology allows ``subject predicate object`` for these entities' classes."""
        signature = signatures().get(predicate)
        if signature is None:
            return False
        return self.is_a(subject_iri, signature.domain) and self.is_a(object_iri, signature.range)
