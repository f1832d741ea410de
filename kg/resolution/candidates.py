"""What every recogniser proposes: a candidate span naming an entity, before the resolver picks among them.

Recognisers (alias scan, descriptions, units, persons, place patterns) work independently and may propose
overlapping spans; :func:`kg.resolution.resolver.select` keeps the longest, then the most specific. A candidate
names either a reference entity (its IRI) or a new one (:class:`NewEntity`, whose IRI is minted from its name,
so the same name gives the same IRI in every article).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Decision
from kg.namespace import RES
from kg.resolution.names import slugify


@dataclass(frozen=True)
class NewEntity:
    """An entity the reference data lacks, described well enough to mint it."""

    kind: str  # "actor" | "place"
    name: str
    type: str
    parent_iri: str | None = None
    unit_number: int | None = None
    rank: str | None = None
    role: str | None = None

    @property
    def iri(self) -> str:
        return str(RES[f"{self.kind}/{slugify(self.name)}"])


@dataclass(frozen=True)
class PendingRelation:
    """A relation the naming itself states ("the 20th Brigade of the PMF"); evidence is ``[start, end)``."""

    predicate: str
    subject_iri: str
    object_iri: str
    start: int
    end: int
    rule: str
    confidence: float = 0.85


@dataclass
class Candidate:
    """A span of the article proposed as a mention of one entity."""

    start: int
    end: int
    text: str
    kind: str  # "actor" | "place"
    iri: str
    decision: Decision
    reason: str
    priority: int = 0  # among equally long overlapping candidates, the higher wins
    new: NewEntity | None = None
    relations: list[PendingRelation] = field(default_factory=list)
    #: Mentions nested inside this one that the naming itself makes ("Iran" in "Iran-backed militias"): they
    #: become mentions of their entities, but not spans (spans never overlap).
    inner: list[Candidate] = field(default_factory=list)
    #: A place name read by a cue ("the al-Riyadh district") and linked to a reference place: the NEW place the
    #: cue would mint, should the reference place lie in a country the article never speaks of.
    unlinked: Candidate | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def new_candidate(start: int, end: int, text: str, entity: NewEntity, reason: str, priority: int = 0) -> Candidate:
    """A candidate for a minted entity."""
    return Candidate(start, end, text, entity.kind, entity.iri, Decision.NEW, reason, priority, new=entity)
