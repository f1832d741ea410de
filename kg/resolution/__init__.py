"""Entity mentions and resolution: which actors and places an article names, where, and who they are.

``resolve_mentions(article)`` finds every actor and place mention in the article's content segments (never in
boilerplate), links each to the reference data (``ontology/actors.ttl``, ``places*.ttl``) or mints a new entity
with a deterministic IRI, and records the naming-based relations it sees on the way ("the 20th Brigade of the
PMF" → partOf). Modules: ``names`` (folding), ``index`` (alias index), ``actors``, ``places``, ``roads``,
``units``, ``persons``, ``descriptive`` (context-dependent descriptions), ``resolver`` (orchestration).
"""

from __future__ import annotations

from kg.model import ResolvedMentions
from kg.reference import ReferenceData, reference_data
from kg.resolution.names import normalize_name
from kg.resolution.resolver import resolve


def resolve_mentions(article: object, reference: ReferenceData | None = None) -> ResolvedMentions:
    """Actors and places named in ``article`` (a ``kg.articles.Article``), with spans, decisions and reasons.

    ``reference`` defaults to the bundled reference data. Spans never overlap and each satisfies
    ``article.text[span.start:span.end] == span.text``.
    """
    return resolve(article, reference if reference is not None else reference_data())


__all__ = ["normalize_name", "resolve_mentions"]
