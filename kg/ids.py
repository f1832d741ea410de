"""Short names of IRIs for views: the local id of a minted resource, the local name of an ontology class."""

from __future__ import annotations

from kg.namespace import CKG, RESOURCE_BASE


def id_of(iri: object) -> str | None:
    """The local id of a minted IRI (``…/id/actor/x`` → ``x``), None for other IRIs."""
    text = str(iri)
    if not text.startswith(RESOURCE_BASE):
        return None
    return text[len(RESOURCE_BASE) :].split("/", 1)[-1]


def short_type(iri: object) -> str:
    """``ckg:Attack`` → ``Attack``; other IRIs unchanged."""
    text, base = str(iri), str(CKG)
    return text[len(base) :] if text.startswith(base) else text
