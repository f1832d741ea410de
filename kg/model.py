"""Plain Python facts that extraction and resolution produce and ``kg.rdf_build`` turns into RDF.

These dataclasses are the contract between the text side (``kg.extraction``, ``kg.resolution``) and the graph
side (``kg.rdf_build``, ``kg.json_format``). Entities are identified by IRI strings: a reference actor or place
keeps its IRI from ``ontology/``; an entity the reference data lacks gets a deterministic minted IRI, so
re-extracting an article yields the same identifiers.

Types are local names of classes in ``ontology/ckg.ttl`` (``"ArmedGroup"``, ``"Brigade"``, ``"Shelling"``,
``"PartOfRelation"``); a test checks that every type the code emits is declared there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

#: IRI of the civilian population, the target/victim that the annotation format writes as ``"civilians"``.
CIVILIANS_IRI = "https://w3id.org/conflict-kg/id/actor/civilians"


class Decision(StrEnum):
    """Entity-resolution decision for a mention (nomenklatura's judgement, simplified)."""

    LINKED = "linked"  # matched a reference entity
    NEW = "new"  # nothing matched: a new entity was minted
    UNSURE = "unsure"  # weak or ambiguous match: best candidate linked, flagged


@dataclass(frozen=True)
class Evidence:
    """A verbatim quote: ``article.text[start:end] == quote``, always."""

    start: int
    end: int
    quote: str
    rule: str  # identifier of the extraction rule (pattern/trigger id) that produced the fact
    confidence: float  # 0..1


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor or place name in the article."""

    start: int
    end: int
    text: str
    decision: Decision
    reason: str  # which alias / rule matched, e.g. "alias:ISIS" or "descriptive:government forces@SY"


@dataclass
class ActorEntity:
    """An actor named in the article, resolved to the reference data or minted."""

    iri: str
    name: str  # canonical English name
    type: str  # ckg class local name, e.g. "ArmedGroup", "Brigade", "Person"
    decision: Decision
    mentions: list[Mention] = field(default_factory=list)
    parent_iri: str | None = None  # organisational parent (org:subOrganizationOf), if known
    unit_number: int | None = None  # for numbered units
    rank: str | None = None  # persons: "Maj. Gen."
    role: str | None = None  # persons: "former rebel commander"


@dataclass
class PlaceEntity:
    """A place named in the article, resolved to the gazetteer or minted (then without coordinates)."""

    iri: str
    name: str
    type: str  # ckg class local name, e.g. "Governorate", "Town", "Road"
    decision: Decision
    mentions: list[Mention] = field(default_factory=list)
    parent_iri: str | None = None  # containing place (ckg:locatedIn)
    lat: float | None = None
    long: float | None = None
    precision: str = "UnknownPrecision"  # ckg:CoordinatePrecision individual local name


@dataclass(frozen=True)
class DateValue:
    """A calendar date known to some precision; never a guessed full date.

    ``precision`` is one of ``"day"`` (y-m-d), ``"month-day"`` (--MM-DD, year unknown), ``"month"`` (y-m),
    ``"year"``.
    """

    year: int | None
    month: int | None
    day: int | None
    precision: str

    def iso(self) -> str:
        """The annotation-format string: ``2020-08-18``, ``--04-14``, ``2020-08``, ``2020``."""
        if self.precision == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.precision == "month-day":
            return f"--{self.month:02d}-{self.day:02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class DateInterval:
    """A span an event lies within ('last week', 'over the past 24 hours'); either end may be open."""

    begin: DateValue | None
    end: DateValue | None


@dataclass(frozen=True)
class Claimant:
    """Who a claim or figure is attributed to: an actor if it resolves to one, and always the text's own words."""

    name: str  # as the text puts it, e.g. "pro-government sources", "Islamic State", "unspecified reports"
    actor_iri: str | None = None


@dataclass
class CasualtyFigure:
    """A casualty figure: an exact ``count`` or a range ``min_count``..``max_count`` (all None: unquantified)."""

    status: str  # "killed" | "injured" | "killed_or_injured"
    evidence: Evidence
    count: int | None = None
    min_count: int | None = None
    max_count: int | None = None
    victim_iri: str | None = None  # actor IRI or CIVILIANS_IRI
    claimant: Claimant | None = None  # None: stated as fact


@dataclass
class EventFact:
    """One incident, with its participants, when and where, casualties, attribution and evidence."""

    type: str  # ckg class local name: "MilitaryOperation", "Shelling", "Event" (= Other), ...
    evidence: Evidence
    agents: list[str] = field(default_factory=list)  # actor IRIs
    targets: list[str] = field(default_factory=list)  # actor IRIs or CIVILIANS_IRI
    places: list[str] = field(default_factory=list)  # place IRIs
    date: DateValue | DateInterval | None = None
    casualties: list[CasualtyFigure] = field(default_factory=list)
    attribution: Claimant | None = None  # None: stated as fact
    claim_status: str | None = None  # "unconfirmed" | "disputed" | None
    planned: bool = False


@dataclass
class RelationFact:
    """A relation between two entities (actor–actor or actor/place–place), with evidence."""

    predicate: str  # annotation-format predicate: partOf, memberOf, alliedWith, supports, opposes, controls,
    #                 operatesIn, locatedIn, commands, leads
    subject_iri: str
    object_iri: str
    evidence: Evidence
    attribution: Claimant | None = None  # a hedged relation ("according to …") keeps who says so
    valid_from: DateValue | None = None
    valid_until: DateValue | None = None


#: Annotation-format predicate → relation class local name in the ontology.
RELATION_CLASSES: dict[str, str] = {
    "partOf": "PartOfRelation",
    "memberOf": "MembershipRelation",
    "alliedWith": "AllianceRelation",
    "supports": "SupportRelation",
    "opposes": "OppositionRelation",
    "controls": "ControlRelation",
    "operatesIn": "PresenceRelation",
    "locatedIn": "LocationRelation",
    "commands": "CommandRelation",
    "leads": "LeadershipRelation",
}


@dataclass
class ArticleExtraction:
    """Everything read from one article. ``article`` is a ``kg.articles.Article``."""

    article: object
    actors: list[ActorEntity] = field(default_factory=list)
    places: list[PlaceEntity] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    extractor_version: str = ""


@dataclass(frozen=True)
class EntitySpan:
    """Where in the article text an actor or place is named (spans never overlap)."""

    start: int
    end: int
    text: str
    iri: str
    kind: str  # "actor" | "place"


@dataclass
class ResolvedMentions:
    """Output of ``kg.resolution.resolve_mentions``: the entities named in an article and where.

    ``relations`` holds what the naming itself states, e.g. "the 20th, 23rd and 110th Brigades of the Popular
    Mobilization Forces" (three partOf) or "ISIS' newspaper al-Naba" (partOf), each with evidence.
    """

    actors: dict[str, ActorEntity] = field(default_factory=dict)
    places: dict[str, PlaceEntity] = field(default_factory=dict)
    spans: list[EntitySpan] = field(default_factory=list)  # sorted by start
    relations: list[RelationFact] = field(default_factory=list)
