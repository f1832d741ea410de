"""Path ids ↔ IRIs: ``/actors/islamic-state`` is ``RES["actor/islamic-state"]``; query parameters likewise.

Ids are checked against a strict pattern before an IRI is built, so a path segment can never carry
SPARQL or IRI syntax into a query (values reach queries only as bound terms anyway).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from api.errors import BadRequest
from kg.ids import id_of, short_type  # noqa: F401  (re-exported for the routes)
from kg.namespace import CKG, GRAPH, RES, RESOURCE_BASE

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$")
KINDS = ("actor", "place", "event", "article", "relation", "claim", "casualty", "evidence", "source", "mention")


def local_id(kind: str, value: str) -> str:
    if not _ID.match(value):
        raise BadRequest(f"invalid {kind} id {value!r}: use letters, digits and . _ ~ - only")
    return value


def resource_iri(kind: str, value: str) -> URIRef:
    """``RES["<kind>/<id>"]``; a full IRI under the resource base is accepted too."""
    prefix = f"{RESOURCE_BASE}{kind}/"
    if value.startswith(prefix):
        value = value[len(prefix) :]
    return RES[f"{kind}/{local_id(kind, value)}"]


def article_graph(article_id: str) -> URIRef:
    return GRAPH[f"article/{local_id('article', article_id)}"]


def ckg_class(name: str, *, kind: str = "type") -> URIRef:
    """The ontology class for a local name (``Attack``); 400 for a name the ontology does not declare."""
    if not re.match(r"^[A-Z][A-Za-z]*$", name or ""):
        raise BadRequest(f"invalid {kind} {name!r}: give an ontology class name such as ArmedGroup or Attack")
    try:
        return getattr(CKG, name)
    except AttributeError:
        raise BadRequest(f"unknown {kind} {name!r}: not a class of the Conflict KG ontology") from None
