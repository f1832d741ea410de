"""The typed result of a SPARQL query, and its serialisations (SPARQL JSON/XML/CSV/TSV; RDF for graphs).

One small class for all query forms, so the CLI and the API handle them alike: ``kind`` says which fields
apply. ``truncated`` is set when a result cap cut the rows (or triples) short, so callers can say so.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.store.formats import GRAPH_RESULT_FORMATS, RDF_FORMATS, RESULT_FORMATS
from kg.store.terms import XSD_STRING, to_ox

#: Prefixes written into Turtle results, so a CONSTRUCT reads like the project's own files.
TURTLE_PREFIXES = {
    "ckg": "https://w3id.org/conflict-kg/ontology#",
    "res": "https://w3id.org/conflict-kg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
}


@dataclass
class QueryResult:
    """What a query returned. ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT / DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)
    truncated: bool = False

    def records(self) -> list[dict[str, Identifier]]:
        """SELECT rows as dicts, unbound variables left out."""
        names = self.variables
        return [{n: v for n, v in zip(names, row, strict=True) if v is not None} for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal):
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and str(term.datatype) != XSD_STRING:
            out["datatype"] = str(term.datatype)
    return out


def _to_json(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode()
    bindings = [
        {name: _json_term(value) for name, value in zip(result.variables, row, strict=True) if value is not None}
        for row in result.rows
    ]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = ""
    if isinstance(term, Literal):
        if term.language:
            attrs = f" xml:lang={quoteattr(term.language)}"
        elif term.datatype is not None and str(term.datatype) != XSD_STRING:
            attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def _to_xml(result: QueryResult) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if result.kind == "ask":
        parts.append(f"</head>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n")
        return "".join(parts).encode("utf-8")
    parts.extend(f"<variable name={quoteattr(v)}/>" for v in result.variables)
    parts.append("</head>\n<results>\n")
    for row in result.rows:
        parts.append("<result>")
        for name, value in zip(result.variables, row, strict=True):
            if value is not None:
                parts.append(f"<binding name={quoteattr(name)}>{_xml_term(value)}</binding>")
        parts.append("</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts).encode("utf-8")


def _to_csv(result: QueryResult) -> bytes:
    """SPARQL 1.1 CSV: plain values, blank nodes as _:id, no datatypes (lossy by design of the format)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue().encode("utf-8")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if v is None else f"_:{v}" if isinstance(v, BNode) else str(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _tsv_term(term: Identifier | None) -> str:
    if term is None:
        return ""
    return str(to_ox(term))  # N-Triples/SPARQL syntax, as SPARQL 1.1 TSV prescribes


def _to_tsv(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return f"?_askResult\n{'true' if result.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines.extend("\t".join(_tsv_term(v) for v in row) for row in result.rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


_RESULT_WRITERS = {
    RESULT_FORMATS["json"]: _to_json,
    RESULT_FORMATS["xml"]: _to_xml,
    RESULT_FORMATS["csv"]: _to_csv,
    RESULT_FORMATS["tsv"]: _to_tsv,
}


def _to_rdf(result: QueryResult, media_type: str) -> bytes:
    fmt = ox.RdfFormat.from_media_type(media_type)
    triples = [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in result.triples]
    prefixes = TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(triples, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(triples, format=fmt)


def serialize_results(result: QueryResult, media_type: str) -> bytes:
    """Bytes of ``result`` in ``media_type``; ``ValueError`` when that type does not fit the query form."""
    if result.kind == "graph":
        if media_type not in GRAPH_RESULT_FORMATS.values():
            raise ValueError(
                f"a graph result cannot be written as {media_type}; use one of "
                f"{', '.join(GRAPH_RESULT_FORMATS.values())}"
            )
        return _to_rdf(result, media_type)
    writer = _RESULT_WRITERS.get(media_type)
    if writer is None:
        raise ValueError(
            f"query results cannot be written as {media_type}; use one of {', '.join(RESULT_FORMATS.values())}"
        )
    return writer(result)


__all__ = ["QueryResult", "serialize_results", "TURTLE_PREFIXES", "RDF_FORMATS"]
