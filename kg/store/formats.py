"""Names and media types of the serialisations the store reads and writes.

Kept free of pyoxigraph so the CLI and the API can validate a ``--format`` or an ``Accept`` header without
touching the store. ``DATASET_FORMATS`` keep named graphs; the others hold one graph (or the union).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RdfFormatInfo:
    name: str  # short name used by the CLI and ?format=
    media_type: str
    extension: str
    keeps_graphs: bool


RDF_FORMATS: dict[str, RdfFormatInfo] = {
    info.name: info
    for info in (
        RdfFormatInfo("nq", "application/n-quads", "nq", True),
        RdfFormatInfo("trig", "application/trig", "trig", True),
        RdfFormatInfo("jsonld", "application/ld+json", "jsonld", True),
        RdfFormatInfo("ttl", "text/turtle", "ttl", False),
        RdfFormatInfo("nt", "application/n-triples", "nt", False),
        RdfFormatInfo("rdfxml", "application/rdf+xml", "rdf", False),
    )
}

#: SPARQL query results (SELECT / ASK) serialisations, short name → media type.
RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

#: Graph results (CONSTRUCT / DESCRIBE) may be written in these (triple formats only).
GRAPH_RESULT_FORMATS: dict[str, str] = {
    name: info.media_type for name, info in RDF_FORMATS.items() if name in ("ttl", "nt", "jsonld", "rdfxml")
}

_ALIASES = {
    "turtle": "ttl",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "xml-rdf": "rdfxml",
    "rdf": "rdfxml",
    "owl": "rdfxml",
}


def rdf_format(name_or_media_type: str) -> RdfFormatInfo:
    """Look a format up by short name, common alias or media type; ``ValueError`` names the known ones."""
    key = name_or_media_type.strip().lower()
    key = _ALIASES.get(key, key)
    if key in RDF_FORMATS:
        return RDF_FORMATS[key]
    for info in RDF_FORMATS.values():
        if info.media_type == key:
            return info
    raise ValueError(f"unknown RDF format {name_or_media_type!r}; use one of {', '.join(RDF_FORMATS)}")


def result_media_type(name_or_media_type: str) -> str:
    """Media type for a query-results format given by short name or media type."""
    key = name_or_media_type.strip().lower()
    if key in RESULT_FORMATS:
        return RESULT_FORMATS[key]
    if key in RESULT_FORMATS.values():
        return key
    if key in GRAPH_RESULT_FORMATS or key in GRAPH_RESULT_FORMATS.values():
        return GRAPH_RESULT_FORMATS.get(key, key)
    raise ValueError(f"unknown result format {name_or_media_type!r}")
