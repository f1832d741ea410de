"""Remote backend: any SPARQL 1.1 server over HTTP (Query, Update, and the Graph Store Protocol if offered).

``KG_STORE=http://host:port`` (no path) means an Oxigraph server: ``/query``, ``/update``, ``/store``.
Any other URL is the query endpoint; ``KG_STORE_UPDATE_URL`` and ``KG_STORE_GSP_URL`` give the others
(Fuseki: ``/ds/query``, ``/ds/update``, ``/ds/data``; GraphDB: ``/repositories/R``,
``/repositories/R/statements``, ``/repositories/R/rdf-graphs/service``; Virtuoso: ``/sparql`` for both,
``/sparql-graph-crud-auth``). Whole-graph replacement is a Graph Store Protocol PUT (atomic in these
servers), else one ``DROP; INSERT DATA`` update request. Time limits: the server's own (``oxigraph serve
--timeout-s``) plus the HTTP client's.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.store.base import GraphStore
from kg.store.errors import QuerySyntaxError, QueryTimeout, ReadOnlyStoreError, StoreError
from kg.store.formats import rdf_format
from kg.store.parsing import screened
from kg.store.results import QueryResult
from kg.store.sparql_text import bind_values, request_form
from kg.store.terms import (
    XSD_STRING,
    Binding,
    decode,
    encode,
    insert_data,
    named_node,
    replace_graph_update,
    sparql_values,
    to_ox,
)

JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
#: Without a query time limit the client still gives up after this many seconds.
DEFAULT_HTTP_TIMEOUT = 300.0
_UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def _json_term(binding: dict) -> Identifier:
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    datatype = binding.get("datatype")
    return Literal(value, datatype=URIRef(datatype)) if datatype and datatype != XSD_STRING else Literal(value)


def _raise_if_cancelled(body: bytes) -> None:
    """Oxigraph streams results, so a server-side timeout shows as a cut body ending in its message."""
    tail = body[-300:].lower()
    if b"cancelled" in tail or b"timeout" in tail or b"timed out" in tail:
        raise QueryTimeout("the server stopped the query at its time limit (oxigraph serve --timeout-s)")


class RemoteSparqlStore(GraphStore):
    """A store behind SPARQL endpoints. ``union_param`` names the request parameter that makes the default
    graph the union of all graphs (Oxigraph's ``union-default-graph``); None where the server does so anyway."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        *,
        read_only: bool = False,
        union_param: str | None = None,
        auth: tuple[str, str] | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.location = query_url
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.read_only = read_only or update_url is None
        self.union_param = union_param
        self._client = client or httpx.Client(auth=auth, timeout=DEFAULT_HTTP_TIMEOUT)
        self._locks_guard = threading.Lock()
        self._graph_locks: dict[str, threading.Lock] = {}

    @classmethod
    def from_url(cls, url: str, *, read_only: bool = False) -> RemoteSparqlStore:
        """From ``KG_STORE``-style configuration (see the module docstring)."""
        parts = urlsplit(url)
        user, password = os.environ.get("KG_STORE_USER"), os.environ.get("KG_STORE_PASSWORD")
        auth = (user, password) if user and password else None
        if parts.path in ("", "/"):
            base = url.rstrip("/")
            return cls(
                f"{base}/query",
                f"{base}/update",
                f"{base}/store",
                read_only=read_only,
                union_param="union-default-graph",
                auth=auth,
            )
        return cls(
            url,
            os.environ.get("KG_STORE_UPDATE_URL") or None,
            os.environ.get("KG_STORE_GSP_URL") or None,
            read_only=read_only,
            union_param=os.environ.get("KG_STORE_UNION_PARAM") or None,
            auth=auth,
        )

    # -- HTTP ------------------------------------------------------------------------------------------------
    def _post(self, url: str, *, timeout: float | None = None, **kwargs) -> httpx.Response:
        try:
            response = self._client.post(url, timeout=timeout or DEFAULT_HTTP_TIMEOUT, **kwargs)
        except httpx.TimeoutException as exc:
            raise QueryTimeout(f"no answer from {url} within {timeout or DEFAULT_HTTP_TIMEOUT:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {exc}") from exc
        return response

    def _check(self, response: httpx.Response, what: str) -> None:
        if response.is_success:
            return
        message = response.text.strip()[:500]
        if response.status_code == 400:
            raise QuerySyntaxError(message or f"{what} refused by the server")
        if response.status_code in (503, 504) or "timeout" in message.lower() or "timed out" in message.lower():
            raise QueryTimeout(f"{what} timed out on the server: {message}")
        raise StoreError(f"{what} failed: HTTP {response.status_code} {message}")

    def _update(self, text: str) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.location}: no update endpoint (read-only)")
        response = self._post(self.update_url, data={"update": text})
        self._check(response, "update")

    def _graph_lock(self, graph_iri: str) -> threading.Lock:
        with self._locks_guard:
            return self._graph_locks.setdefault(graph_iri, threading.Lock())

    # -- writing ---------------------------------------------------------------------------------------------
    def _replace_triples(self, graph_iri: str, triples: list[ox.Triple]) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.location}: no update endpoint (read-only)")
        node = named_node(graph_iri)
        with self._graph_lock(graph_iri):
            if self.gsp_url:
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
                try:
                    response = self._client.put(
                        self.gsp_url, params={"graph": node.value}, content=body, headers={"Content-Type": N_TRIPLES}
                    )
                except httpx.HTTPError as exc:
                    raise StoreError(f"cannot reach {self.gsp_url}: {exc}") from exc
                self._check(response, f"replacing graph <{graph_iri}>")
            else:
                self._update(replace_graph_update(graph_iri, triples))

    def drop_graph(self, graph_iri: str) -> bool:
        node = named_node(graph_iri)
        with self._graph_lock(str(graph_iri)):
            existed = self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}").boolean
            if existed:
                self._update(f"DROP SILENT GRAPH {node}")
            return bool(existed)

    def load(self, source: str | Path | BinaryIO, format: str, graph_iri: str | None = None) -> int:
        source = screened(source, format)  # no entity bombs or quadratic nesting (RDF/XML, JSON-LD)
        try:
            fmt = ox.RdfFormat.from_media_type(rdf_format(format).media_type)
            quads = list(
                ox.parse(path=str(source), format=fmt)
                if isinstance(source, str | Path)
                else ox.parse(source, format=fmt)
            )
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"cannot parse {format} input: {exc}") from exc
        by_graph: dict[str, list[ox.Triple]] = {}
        for quad in quads:
            if isinstance(quad.graph_name, ox.NamedNode):
                name = quad.graph_name.value
            elif graph_iri:
                name = str(graph_iri)
            else:
                raise StoreError("triples outside a named graph: give a graph IRI to load them into")
            by_graph.setdefault(name, []).append(quad.triple)
        if by_graph:
            self._update(" ;\n".join(insert_data(name, triples) for name, triples in by_graph.items()))
        return len(quads)

    # -- reading ---------------------------------------------------------------------------------------------
    def graph_names(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(str(row[0]) for row in result.rows if isinstance(row[0], URIRef))

    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        use_default_graph_as_union: bool = True,
        timeout: float | None = None,
        limit: int | None = None,
        bindings: Mapping[str, Binding] | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        form = request_form(sparql)
        if form == "UPDATE":
            raise QuerySyntaxError("updates are not accepted here, only SELECT, ASK, CONSTRUCT and DESCRIBE")
        if bindings:
            sparql = bind_values(sparql, sparql_values(bindings))
        if base_iri:
            sparql = f"BASE {named_node(base_iri)}\n{sparql}"
        data: dict[str, object] = {"query": sparql}
        if default_graph:
            data["default-graph-uri"] = [named_node(g).value for g in default_graph]
        elif use_default_graph_as_union and self.union_param and not named_graphs:
            data[self.union_param] = "true"
        if named_graphs:
            data["named-graph-uri"] = [named_node(g).value for g in named_graphs]
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        accept = N_TRIPLES if graph_form else JSON_RESULTS
        http_timeout = timeout + 1.0 if timeout is not None else None
        response = self._post(self.query_url, data=data, headers={"Accept": accept}, timeout=http_timeout)
        self._check(response, "query")
        if graph_form:
            return self._graph_result(response.content, limit)
        return self._solutions_result(response.content, limit)

    @staticmethod
    def _graph_result(body: bytes, limit: int | None) -> QueryResult:
        try:
            triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as exc:
            _raise_if_cancelled(body)
            raise StoreError(f"the server sent unreadable N-Triples: {exc}") from exc
        truncated = limit is not None and len(triples) > limit
        triples = triples[:limit] if truncated else triples
        rows = [tuple(decode(encode(t)) for t in (tr.subject, tr.predicate, tr.object)) for tr in triples]
        return QueryResult(kind="graph", triples=rows, truncated=truncated)

    @staticmethod
    def _solutions_result(body: bytes, limit: int | None) -> QueryResult:
        try:
            doc = json.loads(body)
        except ValueError as exc:
            _raise_if_cancelled(body)
            raise StoreError(f"the server sent unreadable SPARQL JSON results: {exc}") from exc
        if "boolean" in doc:
            return QueryResult(kind="ask", boolean=bool(doc["boolean"]))
        variables = list(doc.get("head", {}).get("vars", []))
        bindings = doc.get("results", {}).get("bindings", [])
        truncated = limit is not None and len(bindings) > limit
        if truncated:
            bindings = bindings[:limit]
        rows = [tuple(_json_term(b[v]) if v in b else None for v in variables) for b in bindings]
        return QueryResult(kind="select", variables=variables, rows=rows, truncated=truncated)

    def dump(self, format: str, graph_iri: str | None = None, out: BinaryIO | None = None) -> None:
        info = rdf_format(format)
        fmt = ox.RdfFormat.from_media_type(info.media_type)
        if graph_iri is not None:
            node = named_node(graph_iri)
            if not self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}").boolean:
                raise StoreError(f"no graph <{graph_iri}> in the store")
            result = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}")
            triples = [ox.Triple(*(to_ox(t) for t in triple)) for triple in result.triples]
            items = [ox.Quad(t.subject, t.predicate, t.object, node) for t in triples] if info.keeps_graphs else triples
        elif info.keeps_graphs:
            result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", use_default_graph_as_union=False)
            items = [ox.Quad(*(to_ox(t) for t in row)) for row in result.rows]
        else:
            result = self.query(_UNION_CONSTRUCT)
            items = [ox.Triple(*(to_ox(t) for t in triple)) for triple in result.triples]
        try:
            ox.serialize(items, out, format=fmt)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot export as {format}: {exc}") from exc

    def close(self) -> None:
        self._client.close()
