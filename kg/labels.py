"""Names for views: preferred labels of many entities in one query, asked for only what a page shows."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from kg.queries import load_query
from kg.store import GraphStore


def preferred_labels(store: GraphStore, iris: Iterable[str]) -> dict[str, str]:
    """IRI → English (or untagged) skos:prefLabel, for those of ``iris`` that have one (the first in sort order
    where the data gives several)."""
    wanted = sorted({str(iri) for iri in iris})
    labels: dict[str, str] = {}
    if not wanted:
        return labels
    rows = store.query(load_query("labels"), bindings={"entity": [URIRef(iri) for iri in wanted]}).records()
    for row in sorted(rows, key=lambda r: (str(r["entity"]), str(r["label"]))):
        labels.setdefault(str(row["entity"]), str(row["label"]))
    return labels
