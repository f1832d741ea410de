"""Conversions between rdflib terms (what ``kg`` builds and reads) and pyoxigraph terms (what the store holds).

Results cross a process boundary when a query runs in a killable worker, so they travel as small tuples
(``encode``) and become rdflib terms on arrival (``decode``). Building pyoxigraph terms also validates them
(an IRI with a space is refused), which is what makes an ``INSERT DATA`` built from them safe to send.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.store.errors import InvalidTermError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: An encoded term: ("u", iri) | ("b", id) | ("l", lexical, datatype, language) | None (unbound).
Encoded = tuple | None


def encode(term: object) -> Encoded:
    """A pyoxigraph term as a plain tuple (picklable, cheap)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("u", term.value)
    if isinstance(term, ox.BlankNode):
        return ("b", term.value)
    if isinstance(term, ox.Literal):
        return ("l", term.value, term.datatype.value, term.language)
    # RDF-star quoted triples have no rdflib counterpart: keep their N-Triples text as a literal.
    return ("l", str(term), XSD_STRING, None)


def decode(encoded: Encoded) -> Identifier | None:
    """The rdflib term for an encoded term."""
    if encoded is None:
        return None
    kind = encoded[0]
    if kind == "u":
        return URIRef(encoded[1])
    if kind == "b":
        return BNode(encoded[1])
    _, value, datatype, language = encoded
    if language:
        return Literal(value, lang=language)
    if datatype == XSD_STRING:
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def to_ox(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term; ``StoreError`` for one that is not valid RDF (bad IRI)."""
    try:
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            try:
                return ox.BlankNode(str(term))
            except ValueError:
                return ox.BlankNode("h" + hashlib.sha1(str(term).encode()).hexdigest())
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as exc:
        raise InvalidTermError(f"not a valid RDF term: {term!r} ({exc})") from exc
    raise InvalidTermError(f"not an RDF term: {term!r}")


def sparql_term(term: Identifier | None) -> str:
    """A term in SPARQL syntax, written by pyoxigraph from a validated term; None is ``UNDEF`` (unbound)."""
    return "UNDEF" if term is None else str(to_ox(term))


#: A query binding: one term, ``None`` (left unbound), or a list/tuple of terms (any of them).
Binding = Identifier | None | Sequence[Identifier]


def sparql_values(bindings: Mapping[str, Binding]) -> dict[str, str | list[str]]:
    """Bindings written as SPARQL terms by pyoxigraph, for ``bind_values``. rdflib terms are strings, so a
    list or tuple (not any sequence) is what marks several values."""
    return {
        name: [sparql_term(t) for t in value] if isinstance(value, list | tuple) else sparql_term(value)
        for name, value in bindings.items()
    }


def named_node(iri: str) -> ox.NamedNode:
    """A validated IRI; ``StoreError`` when it is not one."""
    try:
        return ox.NamedNode(str(iri))
    except ValueError as exc:
        raise InvalidTermError(f"not a valid IRI: {iri!r}") from exc


def graph_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The triples of an rdflib graph as pyoxigraph triples."""
    for s, p, o in graph:
        yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))


def insert_data(graph_iri: str, triples: Iterable[ox.Triple]) -> str:
    """``INSERT DATA`` text for the triples in one named graph, every term written by pyoxigraph itself."""
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"INSERT DATA {{ GRAPH {named_node(graph_iri)} {{\n{body}\n}} }}"


def replace_graph_update(graph_iri: str, triples: Iterable[ox.Triple]) -> str:
    """One SPARQL update that drops a graph and inserts its new content: executed as one transaction."""
    return f"DROP SILENT GRAPH {named_node(graph_iri)} ;\n{insert_data(graph_iri, triples)}"
