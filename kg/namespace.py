"""RDF namespaces of Conflict KG: every term Python code uses comes through here.

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


class CKG(DefinedNamespace):
    """Conflict KG ontology terms (generated from ontology/ckg.ttl)."""

    _fail = True
    Actor: URIRef
    AdminAreaPrecision: URIRef
    AdministrativeArea: URIRef
    Airstrike: URIRef
    AllianceRelation: URIRef
    Ambush: URIRef
    AreaPrecision: URIRef
    ArmedGroup: URIRef
    Article: URIRef
    Assassination: URIRef
    Attack: URIRef
    Battalion: URIRef
    Blockade: URIRef
    Bombing: URIRef
    Border: URIRef
    BorderCrossing: URIRef
    Brigade: URIRef
    Capture: URIRef
    CasualtyReport: URIRef
    CasualtyStatus: URIRef
    Checkpoint: URIRef
    City: URIRef
    CivilianPopulation: URIRef
    Claim: URIRef
    ClaimStatus: URIRef
    Clash: URIRef
    Coalition: URIRef
    CoalitionMembership: URIRef
    CommandRelation: URIRef
    ControlRelation: URIRef
    CoordinatePrecision: URIRef
    Country: URIRef
    CountryPrecision: URIRef
    DatePrecision: URIRef
    DayPrecision: URIRef
    Deployment: URIRef
    Desert: URIRef
    Disputed: URIRef
    District: URIRef
    Division: URIRef
    Establishment: URIRef
    Event: URIRef
    Evidence: URIRef
    Facility: URIRef
    Fortification: URIRef
    Garrison: URIRef
    GovernmentBody: URIRef
    Governorate: URIRef
    Injured: URIRef
    IntervalPrecision: URIRef
    Killed: URIRef
    KilledOrInjured: URIRef
    LeadershipRelation: URIRef
    Linked: URIRef
    LocationRelation: URIRef
    MediaOutlet: URIRef
    MembershipRelation: URIRef
    Mention: URIRef
    MilitaryBase: URIRef
    MilitaryOperation: URIRef
    MilitaryUnit: URIRef
    MonitoringGroup: URIRef
    MonthDayPrecision: URIRef
    MonthPrecision: URIRef
    Mountain: URIRef
    NewEntity: URIRef
    ObservationPost: URIRef
    OilField: URIRef
    OppositionRelation: URIRef
    Organization: URIRef
    PartOfRelation: URIRef
    Person: URIRef
    Place: URIRef
    PointPrecision: URIRef
    PresenceRelation: URIRef
    PumpingStation: URIRef
    Regiment: URIRef
    Region: URIRef
    Relation: URIRef
    ResolutionDecision: URIRef
    Road: URIRef
    Settlement: URIRef
    SettlementPrecision: URIRef
    Shelling: URIRef
    State: URIRef
    StateForce: URIRef
    SupportRelation: URIRef
    Town: URIRef
    Unconfirmed: URIRef
    UnknownPrecision: URIRef
    UnnamedSource: URIRef
    Unsure: URIRef
    VictoryDeclaration: URIRef
    Village: URIRef
    Wadi: URIRef
    WaterBody: URIRef
    Withdrawal: URIRef
    YearPrecision: URIRef
    agent: URIRef
    alliedWith: URIRef
    casualtyReport: URIRef
    casualtyStatus: URIRef
    claimAbout: URIRef
    claimStatus: URIRef
    claimant: URIRef
    claimantName: URIRef
    commandedBy: URIRef
    commands: URIRef
    confidence: URIRef
    contentHash: URIRef
    controlledBy: URIRef
    controls: URIRef
    coordinatePrecision: URIRef
    count: URIRef
    countryCode: URIRef
    date: URIRef
    datePrecision: URIRef
    extractorVersion: URIRef
    geonamesId: URIRef
    goldType: URIRef
    hasEvidence: URIRef
    inArticle: URIRef
    isPlanned: URIRef
    leads: URIRef
    locatedIn: URIRef
    maxCount: URIRef
    memberOf: URIRef
    mentions: URIRef
    minCount: URIRef
    object: URIRef
    operatesIn: URIRef
    opposes: URIRef
    place: URIRef
    population: URIRef
    publishedSource: URIRef
    publisherName: URIRef
    rank: URIRef
    refersTo: URIRef
    reportsOn: URIRef
    resolution: URIRef
    resolutionReason: URIRef
    role: URIRef
    rule: URIRef
    subject: URIRef
    supportedBy: URIRef
    supports: URIRef
    target: URIRef
    text: URIRef
    unitNumber: URIRef
    validDuring: URIRef
    victim: URIRef
    withinPlace: URIRef
    _NS = Namespace("https://w3id.org/conflict-kg/ontology#")
