"""What every extraction step reads about one article: its sentences and the resolved entities in them.

Kept in one small object so the steps (dates, attribution, casualties, events, relations) agree on the same
sentence split and the same entity spans, and so tests can build it from plain text and hand-made spans.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from kg.extraction.rules import gold_type
from kg.extraction.sentences import Sentence, split_sentences
from kg.model import CIVILIANS_IRI, ActorEntity, EntitySpan, PlaceEntity, ResolvedMentions


@dataclass
class ArticleContext:
    article: object
    text: str
    sentences: list[Sentence]
    spans: list[EntitySpan]
    actors: dict[str, ActorEntity]
    places: dict[str, PlaceEntity]
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def build(cls, article: object, resolved: ResolvedMentions) -> ArticleContext:
        spans = sorted(resolved.spans, key=lambda s: (s.start, s.end))
        text = getattr(article, "text", "")
        for span in spans:
            if text[span.start : span.end] != span.text:
                raise ValueError(f"entity span {span!r} does not match the article text")
        return cls(
            article,
            text,
            split_sentences(article),
            spans,
            dict(resolved.actors),
            dict(resolved.places),
            [s.start for s in spans],
        )

    def spans_in(self, start: int, end: int, kind: str | None = None) -> list[EntitySpan]:
        """Entity spans lying inside ``[start, end)``, in text order."""
        index = bisect_left(self._starts, start)
        result = []
        while index < len(self.spans) and self.spans[index].start < end:
            span = self.spans[index]
            if span.end <= end and (kind is None or span.kind == kind):
                result.append(span)
            index += 1
        return result

    def inside_span(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies within an entity name ("Joint Operations Command")."""
        index = bisect_left(self._starts, start + 1)
        for span in self.spans[max(0, index - 3) : index + 1]:
            if span.start <= start and end <= span.end:
                return True
        return False

    def actor_type(self, iri: str) -> str:
        """The annotation-format type of an actor ("ArmedGroup", "Person", …); "Other" when unknown."""
        if iri == CIVILIANS_IRI:
            return "Other"
        actor = self.actors.get(iri)
        return gold_type(actor.type) if actor else "Other"

    def place_type(self, iri: str) -> str:
        place = self.places.get(iri)
        return gold_type(place.type) if place else "Other"

    def persons(self) -> set[str]:
        return {iri for iri in self.actors if self.actor_type(iri) == "Person"}

    def with_parents(self, iris: list[str]) -> set[str]:
        """The actors and the organisations they belong to (a brigade stands for its force too)."""
        result: set[str] = set()
        for iri in iris:
            current: str | None = iri
            while current and current not in result:
                result.add(current)
                actor = self.actors.get(current)
                current = actor.parent_iri if actor else None
        return result

    def place_ancestors(self, iri: str) -> set[str]:
        seen: set[str] = set()
        current = self.places.get(iri)
        while current is not None and current.parent_iri and current.parent_iri not in seen:
            seen.add(current.parent_iri)
            current = self.places.get(current.parent_iri)
        return seen
