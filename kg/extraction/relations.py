"""Relations between actors and places, from verb and phrase patterns (placeholder, being written)."""

from __future__ import annotations

from kg.extraction.context import ArticleContext
from kg.model import EventFact, RelationFact


def extract_relations(
    ctx: ArticleContext, events: list[EventFact], memberships: list, named: list[RelationFact]
) -> list[RelationFact]:
    result = list(named)
    for m in memberships:
        result.append(RelationFact("memberOf", m.person_iri, m.group_iri, m.evidence))
    return result
