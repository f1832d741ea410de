"""The store interface every backend implements, and the behaviour built on top of it once.

Two backends pass the same tests: :class:`~kg.store.oxigraph_store.OxigraphStore` (embedded pyoxigraph, on
disk or in memory) and :class:`~kg.store.remote_store.RemoteSparqlStore` (any SPARQL 1.1 server). The
interface is small and flat; queries see the union of the named graphs as their default graph.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Identifier

from kg.namespace import DCTERMS, GRAPH_BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.paths import ONTOLOGY_FILE, REFERENCE_FILES
from kg.queries import load_query
from kg.store.errors import StoreError
from kg.store.results import QueryResult
from kg.store.terms import Binding, graph_triples, named_node

ARTICLE_GRAPH_PREFIX = f"{GRAPH_BASE}article/"


class GraphStore(ABC):
    """A quad store of named graphs: one per article, plus the ontology and the reference data."""

    #: Where the store lives: a directory, ``memory:``, or an endpoint URL.
    location: str

    # -- writing ---------------------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, graph: Graph) -> None:
        """Atomically replace the content of ``graph_iri`` by ``graph`` (readers see old or new, never a mix).

        Writes to one graph are serialised, so two concurrent replacements leave one of the two contents,
        never their union.
        """
        self._replace_triples(str(graph_iri), list(graph_triples(graph)))

    def replace_graph_ntriples(self, graph_iri: str, data: bytes) -> None:
        """``replace_graph`` from N-Triples, as ingest workers hand an article's graph over: Oxigraph parses it
        (5 ms for an article of ~850 triples, where rdflib's parser took 29 ms in the writing process)."""
        try:
            triples = [
                ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
            ]
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{graph_iri}>: not N-Triples ({exc})") from exc
        self._replace_triples(str(graph_iri), triples)

    @abstractmethod
    def _replace_triples(self, graph_iri: str, triples: list[ox.Triple]) -> None: ...

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> bool:
        """Remove a named graph; True if it existed."""

    @abstractmethod
    def load(self, source: str | Path | BinaryIO, format: str, graph_iri: str | None = None) -> int:
        """Add the RDF in ``source`` (a path or a binary stream); triples go to ``graph_iri``, all or nothing.
        Returns how many quads were added (embedded store) or sent (remote store)."""

    # -- reading ---------------------------------------------------------------------------------------------
    @abstractmethod
    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
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
        """Run a SPARQL query (never an update).

        ``default_graph`` / ``named_graphs`` restrict the dataset (SPARQL protocol's default-graph-uri and
        named-graph-uri); otherwise the default graph is the union of all graphs. ``timeout`` (seconds) stops
        the query for real; ``limit`` caps rows/triples and sets ``truncated``. ``bindings`` give variables a
        fixed value (an rdflib term; None leaves it unbound; a list or tuple of terms binds it to any of them)
        without splicing text: a VALUES block of
        validated terms opens the query's outermost ``WHERE {`` group.
        ``base_iri`` resolves relative IRIs in the query. Raises QuerySyntaxError, QueryTimeout or StoreError.
        """

    @abstractmethod
    def dump(self, format: str, graph_iri: str | None = None, out: BinaryIO | None = None) -> None:
        """Stream the store (or one graph) to ``out`` in ``format`` (a name of ``kg.store.formats``).

        Dataset formats (nq, trig, jsonld) keep graph names; triple formats on the whole store write the
        union of all graphs.
        """

    @abstractmethod
    def close(self) -> None:
        """Release the store (its directory lock, its HTTP connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- built on the interface ------------------------------------------------------------------------------
    def contains_graph(self, graph_iri: str) -> bool:
        return str(graph_iri) in set(self.graph_names())

    def ensure_reference_loaded(self) -> dict[str, bool]:
        """Load the ontology and reference data into their graphs when absent or changed on disk.

        Each graph keeps ``<graph> dcterms:identifier "sha256:…"`` of the files it was loaded from, so a
        changed (or newly added) file reloads it and an unchanged one costs one small query.
        Returns graph IRI → whether it was (re)loaded.
        """
        loaded = {}
        for graph_iri, files in ((str(ONTOLOGY_GRAPH), (ONTOLOGY_FILE,)), (str(REFERENCE_GRAPH), REFERENCE_FILES)):
            present = [Path(f) for f in files if Path(f).is_file()]
            digest = "sha256:" + _files_digest(present)
            result = self.query(load_query("graph_content_hash"), bindings={"graph": named_graph_term(graph_iri)})
            current = {str(row[0]) for row in result.rows}
            if current == {digest}:
                loaded[graph_iri] = False
                continue
            triples = [t for path in present for t in _parse_trusted_file(path)]
            graph_node = named_node(graph_iri)
            triples.append(ox.Triple(graph_node, ox.NamedNode(str(DCTERMS.identifier)), ox.Literal(digest)))
            self._replace_triples(graph_iri, triples)
            loaded[graph_iri] = True
        return loaded

    def stats(self) -> dict:
        """Counts for ``kg stats`` and ``GET /stats``: triples, graphs, instances by class, facts by article."""
        per_graph = {str(r[0]): int(r[1]) for r in self.query(load_query("stats_triples")).rows}
        by_class = {str(r[0]): int(r[1]) for r in self.query(load_query("stats_classes")).rows}
        articles = []
        for graph, article, events, relations, claims in self.query(load_query("stats_articles")).rows:
            articles.append(
                {
                    "graph": str(graph),
                    "article": str(article),
                    "triples": per_graph.get(str(graph), 0),
                    "events": int(events),
                    "relations": int(relations),
                    "claims": int(claims),
                }
            )
        return {
            "location": self.location,
            "triples": sum(per_graph.values()),
            "graphs": len(self.graph_names()),
            "article_graphs": sum(1 for g in per_graph if g.startswith(ARTICLE_GRAPH_PREFIX)),
            "triples_by_graph": per_graph,
            "instances_by_class": by_class,
            "articles": articles,
        }


def named_graph_term(graph_iri: str) -> Identifier:
    from rdflib import URIRef

    named_node(graph_iri)  # validates
    return URIRef(graph_iri)


def _files_digest(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _parse_trusted_file(path: Path) -> list[ox.Triple]:
    """The triples of a bundled RDF file (format from its extension)."""
    try:
        return [q.triple for q in ox.parse(path=str(path))]
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"{path}: cannot load ({exc})") from exc
