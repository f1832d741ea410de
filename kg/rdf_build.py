"""Turn one article's extracted facts (``kg.model``) into RDF: the only place where facts become triples.

The caller stores the returned triples in the article's named graph ``GRAPH["article/<id>"]``. Every IRI is
derived from the article id and the fact's own content (type, offsets, participants), never from counters or
blank nodes, so re-ingesting an article yields an identical graph and ``replace_graph`` is idempotent.

Reference entities (resolved LINKED or UNSURE) get no type or label here: their description lives in the
reference graph, and repeating it per article would let two copies drift. Minted (NEW) entities are
described in full, with ``prov:wasDerivedFrom`` the article that introduced them.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.model import (
    RELATION_CLASSES,
    ActorEntity,
    ArticleExtraction,
    CasualtyFigure,
    Claimant,
    DateInterval,
    DateValue,
    Decision,
    EventFact,
    Evidence,
    Mention,
    PlaceEntity,
    RelationFact,
)
from kg.namespace import CKG, DCTERMS, OA, ORG, PROV, RES, SDO, SKOS, TIME, WGS

#: Datatype of offsets and casualty figures. The ontology's ranges say xsd:nonNegativeInteger, and an xsd:integer
#: value >= 0 lies in that value space; we write xsd:integer because Oxigraph (and other stores) normalise every
#: derived integer type to it, so a graph exported from the store must still pass the shapes (sh:minInclusive 0).
COUNT_DATATYPE = XSD.integer

#: Annotation-format predicate → the shortcut property materialised beside the relation node.
SHORTCUT_PROPERTIES: dict[str, URIRef] = {
    "partOf": ORG.subOrganizationOf,
    "memberOf": CKG.memberOf,
    "alliedWith": CKG.alliedWith,
    "supports": CKG.supports,
    "opposes": CKG.opposes,
    "controls": CKG.controls,
    "operatesIn": CKG.operatesIn,
    "locatedIn": CKG.locatedIn,
    "commands": CKG.commands,
    "leads": CKG.leads,
}
CASUALTY_STATUSES: dict[str, URIRef] = {
    "killed": CKG.Killed,
    "injured": CKG.Injured,
    "killed_or_injured": CKG.KilledOrInjured,
}
CLAIM_STATUSES: dict[str, URIRef] = {"unconfirmed": CKG.Unconfirmed, "disputed": CKG.Disputed}
RESOLUTIONS: dict[Decision, URIRef] = {
    Decision.LINKED: CKG.Linked,
    Decision.NEW: CKG.NewEntity,
    Decision.UNSURE: CKG.Unsure,
}
#: DateValue.precision → (ckg:DatePrecision individual, time:unitType of the date-time description).
DATE_PRECISIONS: dict[str, tuple[URIRef, URIRef]] = {
    "day": (CKG.DayPrecision, TIME.unitDay),
    "month-day": (CKG.MonthDayPrecision, TIME.unitDay),
    "month": (CKG.MonthPrecision, TIME.unitMonth),
    "year": (CKG.YearPrecision, TIME.unitYear),
}


class FactError(ValueError):
    """An extracted fact that cannot be written as RDF (unknown type, quote not at its offsets, bad value)."""


def _hash12(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "unnamed"


def ckg_term(name: str) -> URIRef:
    """The ckg term for a model's type or individual name; an undeclared name is an extraction bug."""
    try:
        return CKG[name]
    except (AttributeError, KeyError) as exc:
        raise FactError(f"{name!r} is not a term of the ontology") from exc


class _ArticleGraphBuilder:
    """Holds the graph and the article while the ``add_*`` methods write one fact kind each."""

    def __init__(self, extraction: ArticleExtraction, ingested_at: datetime) -> None:
        self.extraction = extraction
        self.article = extraction.article
        self.article_id: str = self.article.id  # type: ignore[attr-defined]
        self.text: str = self.article.text  # type: ignore[attr-defined]
        self.article_iri = RES[f"article/{self.article_id}"]
        self.ingested_at = ingested_at
        self.graph = Graph()
        for prefix, namespace in (
            ("ckg", CKG), ("res", RES), ("org", ORG), ("prov", PROV), ("skos", SKOS), ("time", TIME),
            ("wgs", WGS), ("oa", OA), ("dcterms", DCTERMS), ("schema", SDO),
        ):  # fmt: skip
            self.graph.bind(prefix, str(namespace), override=True, replace=True)

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    # ------------------------------------------------------------------------------------------ article

    def add_article(self) -> None:
        a, meta = self.article_iri, self.article.metadata  # type: ignore[attr-defined]
        self.add(a, RDF.type, CKG.Article)
        if meta.title:
            self.add(a, DCTERMS.title, Literal(meta.title))
        if meta.published is not None:
            self.add(a, DCTERMS.issued, Literal(meta.published.isoformat(), datatype=XSD.date))
        if meta.publisher:
            self.add(a, CKG.publisherName, Literal(meta.publisher))
        if meta.url:
            self.add(a, SDO.url, Literal(meta.url, datatype=XSD.anyURI))
        if meta.published_source:
            self.add(a, CKG.publishedSource, Literal(meta.published_source))
        self.add(a, CKG.contentHash, Literal(self.article.content_hash))  # type: ignore[attr-defined]
        self.add(a, PROV.generatedAtTime, Literal(self.ingested_at.isoformat(), datatype=XSD.dateTime))
        self.add(a, CKG.extractorVersion, Literal(self.extraction.extractor_version))
        self.add(a, CKG.text, Literal(self.text))
        self.add(a, DCTERMS.format, Literal(self.article.media_type))  # type: ignore[attr-defined]

    # ----------------------------------------------------------------------------------------- evidence

    def evidence(self, ev: Evidence) -> URIRef:
        """The evidence node for a quote; identical quotes read by the same rule share one node."""
        if not 0 <= ev.start < ev.end <= len(self.text) or self.text[ev.start : ev.end] != ev.quote:
            raise FactError(f"evidence {ev.quote!r} is not the article text at [{ev.start}, {ev.end})")
        if not 0.0 <= ev.confidence <= 1.0:
            raise FactError(f"evidence {ev.quote!r}: confidence {ev.confidence} is outside [0, 1]")
        confidence = Decimal(str(round(ev.confidence, 4)))
        node = RES[f"evidence/{self.article_id}-{_hash12(ev.start, ev.end, ev.rule, confidence)}"]
        self.add(node, RDF.type, CKG.Evidence)
        self.add(node, OA.exact, Literal(ev.quote))
        self.add(node, OA.start, Literal(ev.start, datatype=COUNT_DATATYPE))
        self.add(node, OA.end, Literal(ev.end, datatype=COUNT_DATATYPE))
        self.add(node, CKG.inArticle, self.article_iri)
        self.add(node, CKG.rule, Literal(ev.rule))
        self.add(node, CKG.confidence, Literal(confidence, datatype=XSD.decimal))
        return node

    def derived(self, node: URIRef, *evidence: Evidence) -> None:
        """Provenance every fact carries: its quotes and the article it was read from."""
        for ev in evidence:
            self.add(node, CKG.hasEvidence, self.evidence(ev))
        self.add(node, PROV.wasDerivedFrom, self.article_iri)

    # ----------------------------------------------------------------------------------------- entities

    def add_mentions(self, entity_iri: URIRef, mentions: list[Mention]) -> None:
        self.add(self.article_iri, CKG.mentions, entity_iri)
        for m in mentions:
            node = RES[f"mention/{self.article_id}-{m.start}-{m.end}"]
            self.add(node, RDF.type, CKG.Mention)
            self.add(node, CKG.refersTo, entity_iri)
            self.add(node, CKG.resolution, RESOLUTIONS[Decision(m.decision)])
            self.add(node, CKG.resolutionReason, Literal(m.reason))
            self.derived(node, Evidence(m.start, m.end, m.text, f"mention:{m.reason}", 1.0))

    def add_names(self, iri: URIRef, type_name: str, name: str) -> None:
        self.add(iri, RDF.type, ckg_term(type_name))
        self.add(iri, SKOS.prefLabel, Literal(name, lang="en"))
        self.add(iri, RDFS.label, Literal(name, lang="en"))
        self.add(iri, PROV.wasDerivedFrom, self.article_iri)

    def add_actor(self, actor: ActorEntity) -> None:
        iri = URIRef(actor.iri)
        self.add_mentions(iri, actor.mentions)
        if actor.decision != Decision.NEW:
            return
        self.add_names(iri, actor.type, actor.name)
        if actor.parent_iri:
            self.add(iri, ORG.subOrganizationOf, URIRef(actor.parent_iri))
        if actor.unit_number is not None:
            self.add(iri, CKG.unitNumber, Literal(actor.unit_number, datatype=XSD.positiveInteger))
        if actor.rank:
            self.add(iri, CKG.rank, Literal(actor.rank))
        if actor.role:
            self.add(iri, CKG.role, Literal(actor.role))

    def add_place(self, place: PlaceEntity) -> None:
        iri = URIRef(place.iri)
        self.add_mentions(iri, place.mentions)
        if place.decision != Decision.NEW:
            return
        self.add_names(iri, place.type, place.name)
        if place.parent_iri:
            self.add(iri, CKG.locatedIn, URIRef(place.parent_iri))
        self.add(iri, CKG.coordinatePrecision, ckg_term(place.precision))
        if place.lat is not None and place.long is not None:
            self.add(iri, WGS.lat, Literal(Decimal(str(place.lat)), datatype=XSD.decimal))
            self.add(iri, WGS.long, Literal(Decimal(str(place.long)), datatype=XSD.decimal))

    # -------------------------------------------------------------------------------------------- dates

    def instant(self, iri: URIRef, date: DateValue) -> URIRef:
        if date.precision not in DATE_PRECISIONS:
            raise FactError(f"unknown date precision {date.precision!r}")
        precision, unit = DATE_PRECISIONS[date.precision]
        self.add(iri, RDF.type, TIME.Instant)
        self.add(iri, CKG.datePrecision, precision)
        if date.precision == "day":
            self.add(iri, TIME.inXSDDate, Literal(date.iso(), datatype=XSD.date))
        description = URIRef(f"{iri}-description")
        self.add(iri, TIME.inDateTime, description)
        self.add(description, RDF.type, TIME.DateTimeDescription)
        self.add(description, TIME.unitType, unit)
        if date.year is not None and date.precision != "month-day":
            self.add(description, TIME.year, Literal(f"{date.year:04d}", datatype=XSD.gYear))
        if date.month is not None and date.precision != "year":
            self.add(description, TIME.month, Literal(f"--{date.month:02d}", datatype=XSD.gMonth))
        if date.day is not None and date.precision in ("day", "month-day"):
            self.add(description, TIME.day, Literal(f"---{date.day:02d}", datatype=XSD.gDay))
        return iri

    def interval(self, iri: URIRef, begin: DateValue | None, end: DateValue | None) -> URIRef:
        self.add(iri, RDF.type, TIME.Interval)
        self.add(iri, CKG.datePrecision, CKG.IntervalPrecision)
        if begin is not None:
            self.add(iri, TIME.hasBeginning, self.instant(URIRef(f"{iri}-begin"), begin))
        if end is not None:
            self.add(iri, TIME.hasEnd, self.instant(URIRef(f"{iri}-end"), end))
        return iri

    # ------------------------------------------------------------------------------------ events, claims

    def add_claim(self, about: URIRef, claimant: Claimant, evidence: Evidence, status: str | None) -> None:
        node = RES[f"claim/{self.article_id}-{_hash12(about, claimant.name, claimant.actor_iri)}"]
        self.add(node, RDF.type, CKG.Claim)
        if claimant.actor_iri:
            self.add(node, CKG.claimant, URIRef(claimant.actor_iri))
        else:
            source = RES[f"source/{_slug(claimant.name)}"]
            self.add(source, RDF.type, CKG.UnnamedSource)
            self.add(source, RDFS.label, Literal(claimant.name))
            self.add(node, CKG.claimant, source)
        self.add(node, CKG.claimantName, Literal(claimant.name))
        self.add(node, CKG.claimAbout, about)
        if status is not None:
            if status not in CLAIM_STATUSES:
                raise FactError(f"unknown claim status {status!r}")
            self.add(node, CKG.claimStatus, CLAIM_STATUSES[status])
        self.derived(node, evidence)

    def add_event(self, event: EventFact) -> URIRef:
        ev = event.evidence
        iri = RES[f"event/{self.article_id}-{_hash12(event.type, ev.start, ev.end)}"]
        self.add(iri, RDF.type, ckg_term(event.type))
        self.derived(iri, ev)
        for prop, values in ((CKG.agent, event.agents), (CKG.target, event.targets), (CKG.place, event.places)):
            for value in values:
                self.add(iri, prop, URIRef(value))
        if isinstance(event.date, DateValue):
            self.add(iri, CKG.date, self.instant(URIRef(f"{iri}-date"), event.date))
        elif isinstance(event.date, DateInterval) and (event.date.begin or event.date.end):
            self.add(iri, CKG.date, self.interval(URIRef(f"{iri}-date"), event.date.begin, event.date.end))
        if event.planned:
            self.add(iri, CKG.isPlanned, Literal(True))
        for figure in event.casualties:
            self.add_casualty_report(iri, figure)
        if event.attribution is not None:
            self.add_claim(iri, event.attribution, ev, event.claim_status)
        return iri

    def add_casualty_report(self, event_iri: URIRef, figure: CasualtyFigure) -> None:
        if figure.status not in CASUALTY_STATUSES:
            raise FactError(f"unknown casualty status {figure.status!r}")
        ev = figure.evidence
        key = _hash12(event_iri, figure.status, figure.count, figure.min_count, figure.max_count,
                      figure.victim_iri, ev.start, ev.end)  # fmt: skip
        node = RES[f"casualty/{self.article_id}-{key}"]
        self.add(node, RDF.type, CKG.CasualtyReport)
        self.add(event_iri, CKG.casualtyReport, node)
        self.add(node, CKG.reportsOn, event_iri)
        self.add(node, CKG.casualtyStatus, CASUALTY_STATUSES[figure.status])
        for prop, value in ((CKG.count, figure.count), (CKG.minCount, figure.min_count),
                            (CKG.maxCount, figure.max_count)):  # fmt: skip
            if value is not None:
                if value < 0:
                    raise FactError(f"negative casualty figure {value} in {ev.quote!r}")
                self.add(node, prop, Literal(value, datatype=COUNT_DATATYPE))
        if figure.victim_iri:
            self.add(node, CKG.victim, URIRef(figure.victim_iri))
        self.derived(node, ev)
        if figure.claimant is not None:
            self.add_claim(node, figure.claimant, ev, None)

    # ---------------------------------------------------------------------------------------- relations

    def add_relation(self, rel: RelationFact) -> None:
        if rel.predicate not in RELATION_CLASSES:
            raise FactError(f"unknown relation predicate {rel.predicate!r}")
        ev = rel.evidence
        key = _hash12(rel.predicate, rel.subject_iri, rel.object_iri, ev.start, ev.end)
        node = RES[f"relation/{self.article_id}-{key}"]
        subject, obj = URIRef(rel.subject_iri), URIRef(rel.object_iri)
        self.add(node, RDF.type, ckg_term(RELATION_CLASSES[rel.predicate]))
        self.add(node, CKG.subject, subject)
        self.add(node, CKG.object, obj)
        self.add(subject, SHORTCUT_PROPERTIES[rel.predicate], obj)
        if rel.predicate == "memberOf":
            self.add(node, ORG.member, subject)
            self.add(node, ORG.organization, obj)
        if rel.valid_from is not None or rel.valid_until is not None:
            self.add(node, CKG.validDuring, self.interval(URIRef(f"{node}-valid"), rel.valid_from, rel.valid_until))
        self.derived(node, ev)
        if rel.attribution is not None:
            self.add_claim(node, rel.attribution, ev, None)


def build_article_graph(extraction: ArticleExtraction, *, ingested_at: datetime | None = None) -> Graph:
    """The article's facts as RDF triples (for its named graph ``GRAPH["article/<id>"]``).

    ``ingested_at`` becomes the article's ``prov:generatedAtTime``; pass a fixed value for a deterministic
    graph. Raises :class:`FactError` for a fact that cannot be written (an unknown class, a quote that is not
    the article text at its offsets).
    """
    builder = _ArticleGraphBuilder(extraction, ingested_at or datetime.now(UTC))
    builder.add_article()
    for actor in extraction.actors:
        builder.add_actor(actor)
    for place in extraction.places:
        builder.add_place(place)
    for event in extraction.events:
        builder.add_event(event)
    for relation in extraction.relations:
        builder.add_relation(relation)
    return builder.graph
