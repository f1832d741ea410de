"""RDF building: every kind of fact becomes the triples the conventions promise, with deterministic IRIs.

``rich_extraction()`` is a hand-made extraction that uses every fact kind; test_validation and
test_terms_in_step import it, so it stays independent of ``kg.extraction``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings
from datetime import UTC, datetime

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.articles import ArticleMetadata, article_from_text
from kg.model import (
    CIVILIANS_IRI,
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
from kg.rdf_build import FactError, build_article_graph

#: pytest's collector probes module attributes, which rdflib's closed namespaces warn about.
warnings.filterwarnings("ignore", message="Code: _mock_name is not defined", category=UserWarning)

TEXT = (
    "DEIR EZZOR, Syria – On Sunday, the Syrian Arab Army attacked ISIS positions near Al-Shoula. "
    "According to pro-government sources, at least 5 militants were killed and up to 3 soldiers injured. "
    "The 23rd Brigade of the PMF is active in Deir Ezzor, said Abu Ali, a commander of the brigade."
)
INGESTED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
ACT = "https://w3id.org/conflict-kg/id/actor/test-"
PLACE = "https://w3id.org/conflict-kg/id/place/test-"
SAA, ISIS, PMF = ACT + "saa", ACT + "isis", ACT + "pmf"
BRIGADE, ABU_ALI = ACT + "pmf-23rd-brigade", ACT + "abu-ali"
SHOULA, DEIR_EZZOR = PLACE + "al-shoula", PLACE + "deir-ez-zor-governorate"
#: Types of the (fictitious) reference entities above, as the store would give them.
REFERENCE_TYPES = {SAA: "StateForce", ISIS: "ArmedGroup", PMF: "StateForce", DEIR_EZZOR: "Governorate"}


def ev(quote: str, rule: str = "test-rule", confidence: float = 0.8) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(start, start + len(quote), quote, rule, confidence)


def mention(quote: str, decision: Decision = Decision.LINKED, reason: str = "alias:test") -> Mention:
    start = TEXT.index(quote)
    return Mention(start, start + len(quote), quote, decision, reason)


def rich_extraction() -> ArticleExtraction:
    """One of everything: linked/unsure/new actors and places, dated and claimed events, casualty figures,
    attributed and time-bounded relations."""
    article = article_from_text(
        TEXT,
        ArticleMetadata(
            url="https://example.org/news/1",
            publisher="Example News",
            title="Army attacks ISIS",
            published=dt.date(2020, 8, 18),
        ),
    )
    actors = [
        ActorEntity(SAA, "Syrian Arab Army", "StateForce", Decision.LINKED, [mention("Syrian Arab Army")]),
        ActorEntity(ISIS, "Islamic State", "ArmedGroup", Decision.LINKED, [mention("ISIS")]),
        ActorEntity(
            PMF,
            "Popular Mobilization Forces",
            "StateForce",
            Decision.UNSURE,
            [mention("PMF", Decision.UNSURE, "alias:PMF?")],
        ),
        ActorEntity(
            BRIGADE,
            "23rd Brigade",
            "Brigade",
            Decision.NEW,
            [mention("23rd Brigade", Decision.NEW)],
            parent_iri=PMF,
            unit_number=23,
        ),
        ActorEntity(
            ABU_ALI,
            "Abu Ali",
            "Person",
            Decision.NEW,
            [mention("Abu Ali", Decision.NEW)],
            rank="Commander",
            role="a commander of the brigade",
        ),
    ]
    places = [
        PlaceEntity(
            SHOULA,
            "Al-Shoula",
            "Village",
            Decision.NEW,
            [mention("Al-Shoula", Decision.NEW)],
            parent_iri=DEIR_EZZOR,
            lat=35.0,
            long=40.1,
            precision="SettlementPrecision",
        ),
        PlaceEntity(
            DEIR_EZZOR,
            "Deir ez-Zor Governorate",
            "Governorate",
            Decision.LINKED,
            [mention("DEIR EZZOR"), mention("Deir Ezzor")],
        ),
    ]
    events = [
        EventFact(
            "Attack",
            ev("the Syrian Arab Army attacked ISIS positions near Al-Shoula"),
            agents=[SAA],
            targets=[ISIS],
            places=[SHOULA],
            date=DateValue(2020, 8, 16, "day"),
            casualties=[
                CasualtyFigure(
                    "killed",
                    ev("at least 5 militants were killed"),
                    min_count=5,
                    victim_iri=ISIS,
                    claimant=Claimant("pro-government sources"),
                ),
                CasualtyFigure("injured", ev("up to 3 soldiers injured"), max_count=3, victim_iri=SAA),
            ],
            attribution=Claimant("pro-government sources"),
            claim_status="unconfirmed",
        ),
        EventFact(
            "Shelling",
            ev("On Sunday"),
            targets=[CIVILIANS_IRI],
            date=DateInterval(DateValue(2020, 8, None, "month"), DateValue(2021, None, None, "year")),
            planned=True,
            casualties=[CasualtyFigure("killed_or_injured", ev("On Sunday"), count=0)],
        ),
        EventFact("Event", ev("DEIR EZZOR, Syria"), places=[DEIR_EZZOR], date=DateValue(None, 4, 14, "month-day")),
    ]
    relations = [
        RelationFact("partOf", BRIGADE, PMF, ev("The 23rd Brigade of the PMF")),
        RelationFact(
            "operatesIn",
            BRIGADE,
            DEIR_EZZOR,
            ev("is active in Deir Ezzor"),
            attribution=Claimant("Islamic State", ISIS),
            valid_from=DateValue(2020, 4, 14, "day"),
        ),
        RelationFact(
            "commands",
            ABU_ALI,
            BRIGADE,
            ev("a commander of the brigade"),
            valid_from=DateValue(2019, None, None, "year"),
            valid_until=DateValue(2020, 8, None, "month"),
        ),
        RelationFact("memberOf", ABU_ALI, PMF, ev("Abu Ali, a commander")),
        RelationFact("locatedIn", SHOULA, DEIR_EZZOR, ev("Al-Shoula")),
    ]
    return ArticleExtraction(article, actors, places, events, relations, extractor_version="test-1")


def reference_context() -> Graph:
    """rdf:type triples of the fictitious reference entities, as ``validate_graph(context=...)`` takes them."""
    graph = Graph()
    for iri, cls in REFERENCE_TYPES.items():
        graph.add((URIRef(iri), RDF.type, CKG[cls]))
    graph.add((URIRef(CIVILIANS_IRI), RDF.type, CKG.CivilianPopulation))
    return graph


@pytest.fixture(scope="module")
def extraction() -> ArticleExtraction:
    return rich_extraction()


@pytest.fixture(scope="module")
def graph(extraction: ArticleExtraction) -> Graph:
    return build_article_graph(extraction, ingested_at=INGESTED)


def _event_iri(extraction: ArticleExtraction, index: int) -> URIRef:
    event = extraction.events[index]
    key = f"{event.type}|{event.evidence.start}|{event.evidence.end}"
    return RES[f"event/{extraction.article.id}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"]


def test_rdf_build_is_deterministic_and_has_no_blank_nodes(extraction: ArticleExtraction, graph: Graph) -> None:
    again = build_article_graph(rich_extraction(), ingested_at=INGESTED)
    assert set(again) == set(graph)
    assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_rdf_build_article_node(extraction: ArticleExtraction, graph: Graph) -> None:
    article = RES[f"article/{extraction.article.id}"]
    assert (article, RDF.type, CKG.Article) in graph
    assert graph.value(article, DCTERMS.title) == Literal("Army attacks ISIS")
    assert graph.value(article, DCTERMS.issued) == Literal("2020-08-18", datatype=XSD.date)
    assert graph.value(article, SDO.url) == Literal("https://example.org/news/1", datatype=XSD.anyURI)
    assert graph.value(article, CKG.publisherName) == Literal("Example News")
    assert graph.value(article, CKG.contentHash) == Literal(extraction.article.content_hash)
    assert graph.value(article, PROV.generatedAtTime) == Literal(INGESTED.isoformat(), datatype=XSD.dateTime)
    assert graph.value(article, CKG.extractorVersion) == Literal("test-1")
    assert graph.value(article, CKG.text) == Literal(TEXT)
    assert graph.value(article, DCTERMS.format) == Literal("text/plain")
    assert graph.value(article, CKG.publishedSource) == Literal("metadata")


def test_rdf_build_reference_entities_get_no_type_in_the_article_graph(graph: Graph) -> None:
    for iri in (SAA, ISIS, PMF, DEIR_EZZOR):
        assert graph.value(URIRef(iri), RDF.type) is None
        assert graph.value(URIRef(iri), SKOS.prefLabel) is None


def test_rdf_build_new_entities_are_described(extraction: ArticleExtraction, graph: Graph) -> None:
    article = RES[f"article/{extraction.article.id}"]
    brigade, person, village = URIRef(BRIGADE), URIRef(ABU_ALI), URIRef(SHOULA)
    assert (brigade, RDF.type, CKG.Brigade) in graph
    assert graph.value(brigade, SKOS.prefLabel) == Literal("23rd Brigade", lang="en")
    assert graph.value(brigade, RDFS.label) == Literal("23rd Brigade", lang="en")
    assert graph.value(brigade, ORG.subOrganizationOf) == URIRef(PMF)
    assert graph.value(brigade, CKG.unitNumber) == Literal(23, datatype=XSD.positiveInteger)
    assert graph.value(brigade, PROV.wasDerivedFrom) == article
    assert graph.value(person, CKG.rank) == Literal("Commander")
    assert graph.value(person, CKG.role) == Literal("a commander of the brigade")
    assert (village, RDF.type, CKG.Village) in graph
    assert graph.value(village, CKG.locatedIn) == URIRef(DEIR_EZZOR)
    assert graph.value(village, CKG.coordinatePrecision) == CKG.SettlementPrecision
    assert float(graph.value(village, WGS.lat)) == 35.0 and float(graph.value(village, WGS.long)) == 40.1


def test_rdf_build_every_mention_is_a_node(extraction: ArticleExtraction, graph: Graph) -> None:
    article = RES[f"article/{extraction.article.id}"]
    entities = extraction.actors + extraction.places
    assert len(set(graph.subjects(RDF.type, CKG.Mention))) == sum(len(e.mentions) for e in entities)
    for entity in entities:
        assert (article, CKG.mentions, URIRef(entity.iri)) in graph
    decisions = {graph.value(m, CKG.resolution) for m in graph.subjects(CKG.refersTo, URIRef(PMF))}
    assert decisions == {CKG.Unsure}
    node = next(graph.subjects(CKG.refersTo, URIRef(SHOULA)))
    assert graph.value(node, CKG.resolution) == CKG.NewEntity
    assert graph.value(node, CKG.resolutionReason) == Literal("alias:test")
    evidence = graph.value(node, CKG.hasEvidence)
    assert graph.value(evidence, OA.exact) == Literal("Al-Shoula")


def test_rdf_build_event_iri_type_participants_and_day_date(extraction: ArticleExtraction, graph: Graph) -> None:
    event = _event_iri(extraction, 0)
    assert (event, RDF.type, CKG.Attack) in graph
    assert (event, CKG.agent, URIRef(SAA)) in graph
    assert (event, CKG.target, URIRef(ISIS)) in graph
    assert (event, CKG.place, URIRef(SHOULA)) in graph
    date = graph.value(event, CKG.date)
    assert date == URIRef(f"{event}-date")
    assert (date, RDF.type, TIME.Instant) in graph
    assert graph.value(date, CKG.datePrecision) == CKG.DayPrecision
    assert graph.value(date, TIME.inXSDDate) == Literal("2020-08-16", datatype=XSD.date)
    description = graph.value(date, TIME.inDateTime)
    assert graph.value(description, TIME.unitType) == TIME.unitDay
    assert graph.value(description, TIME.year) == Literal("2020", datatype=XSD.gYear)
    assert graph.value(description, TIME.month) == Literal("--08", datatype=XSD.gMonth)
    assert graph.value(description, TIME.day) == Literal("---16", datatype=XSD.gDay)


def test_rdf_build_partial_dates_and_intervals(extraction: ArticleExtraction, graph: Graph) -> None:
    interval = graph.value(_event_iri(extraction, 1), CKG.date)
    assert (interval, RDF.type, TIME.Interval) in graph
    assert graph.value(interval, CKG.datePrecision) == CKG.IntervalPrecision
    begin, end = graph.value(interval, TIME.hasBeginning), graph.value(interval, TIME.hasEnd)
    assert graph.value(begin, CKG.datePrecision) == CKG.MonthPrecision
    assert graph.value(begin, TIME.inXSDDate) is None
    assert graph.value(graph.value(end, TIME.inDateTime), TIME.unitType) == TIME.unitYear
    month_day = graph.value(_event_iri(extraction, 2), CKG.date)
    assert graph.value(month_day, CKG.datePrecision) == CKG.MonthDayPrecision
    description = graph.value(month_day, TIME.inDateTime)
    assert graph.value(description, TIME.year) is None
    assert graph.value(description, TIME.day) == Literal("---14", datatype=XSD.gDay)
    assert graph.value(_event_iri(extraction, 1), CKG.isPlanned) == Literal(True)
    assert graph.value(_event_iri(extraction, 0), CKG.isPlanned) is None


def test_rdf_build_casualty_reports_and_claims(extraction: ArticleExtraction, graph: Graph) -> None:
    event = _event_iri(extraction, 0)
    reports = {graph.value(r, CKG.casualtyStatus): r for r in graph.objects(event, CKG.casualtyReport)}
    assert set(reports) == {CKG.Killed, CKG.Injured}
    killed = reports[CKG.Killed]
    assert graph.value(killed, CKG.minCount) == Literal(5, datatype=XSD.integer)
    assert graph.value(killed, CKG.count) is None
    assert graph.value(killed, CKG.victim) == URIRef(ISIS)
    assert graph.value(killed, CKG.reportsOn) == event
    assert graph.value(reports[CKG.Injured], CKG.maxCount) == Literal(3, datatype=XSD.integer)
    zero = next(graph.objects(_event_iri(extraction, 1), CKG.casualtyReport))
    assert graph.value(zero, CKG.count) == Literal(0, datatype=XSD.integer)

    source = RES["source/pro-government-sources"]
    assert (source, RDF.type, CKG.UnnamedSource) in graph
    assert graph.value(source, RDFS.label) == Literal("pro-government sources")
    event_claim = next(graph.subjects(CKG.claimAbout, event))
    assert graph.value(event_claim, CKG.claimant) == source
    assert graph.value(event_claim, CKG.claimantName) == Literal("pro-government sources")
    assert graph.value(event_claim, CKG.claimStatus) == CKG.Unconfirmed
    assert graph.value(event_claim, CKG.hasEvidence) is not None
    figure_claim = next(graph.subjects(CKG.claimAbout, killed))
    assert graph.value(figure_claim, CKG.claimStatus) is None


def test_rdf_build_relations_are_nodes_and_shortcuts(graph: Graph) -> None:
    part_of = next(graph.subjects(RDF.type, CKG.PartOfRelation))
    assert graph.value(part_of, CKG.subject) == URIRef(BRIGADE)
    assert graph.value(part_of, CKG.object) == URIRef(PMF)
    assert (URIRef(BRIGADE), ORG.subOrganizationOf, URIRef(PMF)) in graph
    assert (URIRef(BRIGADE), CKG.operatesIn, URIRef(DEIR_EZZOR)) in graph
    assert (URIRef(ABU_ALI), CKG.commands, URIRef(BRIGADE)) in graph
    assert (URIRef(SHOULA), CKG.locatedIn, URIRef(DEIR_EZZOR)) in graph
    membership = next(graph.subjects(RDF.type, CKG.MembershipRelation))
    assert graph.value(membership, ORG.member) == URIRef(ABU_ALI)
    assert graph.value(membership, ORG.organization) == URIRef(PMF)
    assert (URIRef(ABU_ALI), CKG.memberOf, URIRef(PMF)) in graph

    command = next(graph.subjects(RDF.type, CKG.CommandRelation))
    during = graph.value(command, CKG.validDuring)
    assert (during, RDF.type, TIME.Interval) in graph
    begin, end = graph.value(during, TIME.hasBeginning), graph.value(during, TIME.hasEnd)
    assert graph.value(begin, CKG.datePrecision) == CKG.YearPrecision
    assert graph.value(end, CKG.datePrecision) == CKG.MonthPrecision
    presence = next(graph.subjects(RDF.type, CKG.PresenceRelation))
    claim = next(graph.subjects(CKG.claimAbout, presence))
    assert graph.value(claim, CKG.claimant) == URIRef(ISIS)
    assert graph.value(part_of, CKG.validDuring) is None


def test_rdf_build_evidence_nodes_quote_the_text(extraction: ArticleExtraction, graph: Graph) -> None:
    article = RES[f"article/{extraction.article.id}"]
    nodes = set(graph.subjects(RDF.type, CKG.Evidence))
    assert nodes == set(graph.objects(None, CKG.hasEvidence))
    for node in nodes:
        start, end = int(graph.value(node, OA.start)), int(graph.value(node, OA.end))
        assert TEXT[start:end] == str(graph.value(node, OA.exact))
        assert graph.value(node, OA.start).datatype == XSD.integer
        assert graph.value(node, CKG.inArticle) == article
        assert graph.value(node, CKG.rule) is not None
        assert 0 <= float(graph.value(node, CKG.confidence)) <= 1
    for kind in (CKG.Attack, CKG.CasualtyReport, CKG.Claim, CKG.PartOfRelation, CKG.Mention):
        for fact in graph.subjects(RDF.type, kind):
            assert graph.value(fact, CKG.hasEvidence) in nodes
            assert graph.value(fact, PROV.wasDerivedFrom) == article


def test_rdf_build_reingesting_other_time_changes_only_generated_at(graph: Graph) -> None:
    later = build_article_graph(rich_extraction(), ingested_at=INGESTED + dt.timedelta(days=1))
    assert {(s, p) for s, p, _ in set(graph) ^ set(later)} == {
        (next(iter(graph.subjects(RDF.type, CKG.Article))), PROV.generatedAtTime)
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda x: setattr(x.events[0], "evidence", Evidence(0, 4, "nope", "r", 0.5)), "not the article text"),
        (lambda x: setattr(x.events[0], "type", "Massacre"), "not a term of the ontology"),
        (lambda x: setattr(x.relations[0], "predicate", "hates"), "unknown relation predicate"),
        (lambda x: setattr(x.events[0].casualties[0], "status", "missing"), "unknown casualty status"),
        (lambda x: setattr(x.events[0], "claim_status", "denied"), "unknown claim status"),
        (lambda x: setattr(x.events[0], "evidence", ev("On Sunday", confidence=1.5)), r"outside \[0, 1\]"),
    ],
)
def test_rdf_build_rejects_facts_it_cannot_write(change, message: str) -> None:
    extraction = rich_extraction()
    change(extraction)
    with pytest.raises(FactError, match=message):
        build_article_graph(extraction, ingested_at=INGESTED)
