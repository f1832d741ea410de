"""The reference knowledge base (``ontology/actors.ttl``, ``ontology/places*.ttl``) as Python objects.

Extraction resolves mentions against these; the store loads the same files into the reference graph. The RDF
conventions read here (one per fact, so curators know what to write):

- names: ``skos:prefLabel`` (canonical English), ``skos:altLabel`` (aliases, acronyms, transliterations,
  any language), ``skos:hiddenLabel`` (spelling noise used for matching only);
- type: the most specific ``ckg:`` class in ``rdf:type``;
- actor parent: ``org:subOrganizationOf``; coalition membership: ``ckg:memberOf`` (shortcut of a
  ``ckg:CoalitionMembership`` node with dates); numbered units: ``ckg:unitNumber``;
- place: ``wgs:lat``/``wgs:long``, ``ckg:coordinatePrecision``, ``ckg:locatedIn`` (direct container),
  ``ckg:countryCode``, ``ckg:geonamesId``, ``ckg:population``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespace import CKG, ORG, SKOS, WGS
from kg.paths import ACTORS_FILE, ONTOLOGY_FILE, PLACES_FILE, PLACES_SUPPLEMENT_FILE

_CKG = str(CKG)


@dataclass(frozen=True)
class ReferenceActor:
    iri: str
    name: str
    type: str  # most specific ckg class local name
    aliases: tuple[str, ...] = ()  # altLabels (all languages)
    hidden: tuple[str, ...] = ()  # hiddenLabels: spelling noise for matching only
    parent_iri: str | None = None
    member_of: tuple[str, ...] = ()  # coalitions and umbrella organisations
    unit_number: int | None = None
    leads: tuple[str, ...] = ()  # what a person leads (``ckg:leads``): a State, a government, an organisation


@dataclass(frozen=True)
class ReferencePlace:
    iri: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    parent_iri: str | None = None
    country_code: str | None = None
    lat: float | None = None
    long: float | None = None
    precision: str = "UnknownPrecision"
    geonames_id: int | None = None
    population: int | None = None


@dataclass
class ReferenceData:
    actors: dict[str, ReferenceActor] = field(default_factory=dict)
    places: dict[str, ReferencePlace] = field(default_factory=dict)
    #: subclass → its direct superclasses, by ckg local name (for "is this a MilitaryUnit?" questions)
    superclasses: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def is_a(self, type_name: str, ancestor: str) -> bool:
        """True when class ``type_name`` is ``ancestor`` or a subclass of it (both ckg local names)."""
        seen: set[str] = set()
        todo = [type_name]
        while todo:
            current = todo.pop()
            if current == ancestor:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(self.superclasses.get(current, ()))
        return False


def _local(term: object) -> str | None:
    text = str(term)
    return text[len(_CKG) :] if text.startswith(_CKG) else None


def _depth(cls: str, supers: dict[str, tuple[str, ...]]) -> int:
    parents = supers.get(cls, ())
    return 1 + max((_depth(p, supers) for p in parents), default=0)


def _most_specific(types: Iterable[str], supers: dict[str, tuple[str, ...]]) -> str | None:
    candidates = [t for t in types if t in supers or t in {"Actor", "Place", "Event"}]
    return max(candidates, key=lambda t: _depth(t, supers), default=None)


def _labels(g: Graph, s: URIRef, prop: URIRef) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(s, prop) if isinstance(o, Literal)}))


def _pref_label(g: Graph, s: URIRef) -> str:
    labels = [o for o in g.objects(s, SKOS.prefLabel) if isinstance(o, Literal)]
    english = [o for o in labels if o.language in (None, "en")]
    chosen = english or labels or [o for o in g.objects(s, RDFS.label) if isinstance(o, Literal)]
    return str(chosen[0]) if chosen else str(s).rsplit("/", 1)[-1]


def _one(g: Graph, s: URIRef, prop: URIRef) -> object | None:
    return next(iter(g.objects(s, prop)), None)


def class_hierarchy(ontology: Graph) -> dict[str, tuple[str, ...]]:
    """Direct ckg superclasses of every ckg class declared in the ontology."""
    supers: dict[str, tuple[str, ...]] = {}
    for cls in ontology.subjects(RDF.type, OWL.Class):
        name = _local(cls)
        if name is None:
            continue
        parents = [_local(p) for p in ontology.objects(cls, RDFS.subClassOf)]
        supers[name] = tuple(p for p in parents if p)
    return supers


def load_reference(files: Iterable[Path] | None = None, ontology_file: Path = ONTOLOGY_FILE) -> ReferenceData:
    """Parse the reference files (trusted, bundled) into actors and places."""
    ontology = Graph().parse(ontology_file)
    supers = class_hierarchy(ontology)
    data = ReferenceData(superclasses=supers)
    g = Graph()
    for path in files if files is not None else (ACTORS_FILE, PLACES_FILE, PLACES_SUPPLEMENT_FILE):
        if Path(path).exists():
            g.parse(path)
    subjects = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}
    for s in sorted(subjects):
        types = [t for t in (_local(o) for o in g.objects(s, RDF.type)) if t]
        cls = _most_specific(types, supers)
        if cls is None:
            continue
        common = {
            "iri": str(s),
            "name": _pref_label(g, s),
            "type": cls,
            "aliases": _labels(g, s, SKOS.altLabel),
            "hidden": _labels(g, s, SKOS.hiddenLabel),
        }
        if data.is_a(cls, "Actor"):
            parent = _one(g, s, ORG.subOrganizationOf)
            number = _one(g, s, CKG.unitNumber)
            data.actors[str(s)] = ReferenceActor(
                **common,
                parent_iri=str(parent) if parent is not None else None,
                member_of=tuple(sorted(str(o) for o in g.objects(s, CKG.memberOf))),
                unit_number=int(number) if number is not None else None,
                leads=tuple(sorted(str(o) for o in g.objects(s, CKG.leads))),
            )
        elif data.is_a(cls, "Place"):
            parent = _one(g, s, CKG.locatedIn)
            lat, long = _one(g, s, WGS.lat), _one(g, s, WGS.long)
            precision = _one(g, s, CKG.coordinatePrecision)
            code, gid, pop = (_one(g, s, p) for p in (CKG.countryCode, CKG.geonamesId, CKG.population))
            data.places[str(s)] = ReferencePlace(
                **common,
                parent_iri=str(parent) if parent is not None else None,
                country_code=str(code) if code is not None else None,
                lat=float(lat) if lat is not None else None,
                long=float(long) if long is not None else None,
                precision=_local(precision) or "UnknownPrecision" if precision is not None else "UnknownPrecision",
                geonames_id=int(gid) if gid is not None else None,
                population=int(pop) if pop is not None else None,
            )
    return data


@lru_cache(maxsize=1)
def reference_data() -> ReferenceData:
    """The bundled reference data, parsed once per process."""
    return load_reference()
