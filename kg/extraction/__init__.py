"""Fact extraction: events, dates, casualties, attributions and relations read from one article.

``extract(article)`` runs entity resolution (``kg.resolution``), then the pattern-based coders of this
package, and returns a :class:`kg.model.ArticleExtraction`; ``extract_to_json(article)`` gives the same in the
annotation format. Modules: ``sentences`` (splitting with offsets), ``dates``, ``casualties``,
``attribution``, ``roles`` and ``events`` (trigger typing and roles per sentence), ``mention_spans`` (places
and quotes per mention), ``incidents`` (one event per incident), ``relations`` with ``titles`` (what a titled
person leads) and ``validity`` (since/until dates), ``signatures`` (which classes a relation admits, from the
ontology), ``rules`` (loading ``kg/data/*.json``), ``context`` (what the steps share).
"""

from __future__ import annotations

from typing import Any

from kg.extraction.context import ArticleContext
from kg.extraction.incidents import extract_events
from kg.extraction.relations import extract_relations
from kg.model import ArticleExtraction, ResolvedMentions

#: Changes whenever rules or code change what is extracted; recorded with every article graph.
EXTRACTOR_VERSION = "0.14.0"


def extract_facts(article: object, resolved: ResolvedMentions) -> ArticleExtraction:
    """Facts of ``article`` given its resolved mentions (tests pass hand-made ones)."""
    ctx = ArticleContext.build(article, resolved)
    events, memberships = extract_events(ctx)
    relations = extract_relations(ctx, events, memberships, resolved.relations)
    return ArticleExtraction(
        article=article,
        actors=list(resolved.actors.values()),
        places=list(resolved.places.values()),
        events=events,
        relations=relations,
        extractor_version=EXTRACTOR_VERSION,
    )


def extract(article: object) -> ArticleExtraction:
    """Everything read from one article (a ``kg.articles.Article``)."""
    from kg.resolution import resolve_mentions

    return extract_facts(article, resolve_mentions(article))


def extract_to_json(article: object) -> dict[str, Any]:
    """The article's facts in the annotation format of ``shared/gold/FORMAT.md``."""
    from kg.json_format import to_json

    return to_json(extract(article))


__all__ = ["EXTRACTOR_VERSION", "extract", "extract_facts", "extract_to_json"]
