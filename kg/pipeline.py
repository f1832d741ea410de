"""The ingest pipeline: article → extraction → RDF → SHACL gate → one named graph per article in the store.

An article graph is written only if it conforms; a rejected article leaves the store untouched, and its
report says why. With ``workers > 1`` the expensive steps (read, extract, build, validate) run in worker
processes while the parent alone writes to the store (one writer: RocksDB allows one per directory). A
worker cannot query the store, so when its graph refers to entities that neither it nor the reference data
types (minted by other articles) and fails the gate, the parent validates it again with those entities'
types fetched from the store.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.articles import Article, ArticleError, ArticleMetadata, read_article
from kg.model import ArticleExtraction
from kg.namespace import GRAPH
from kg.rdf_build import FactError, build_article_graph
from kg.validation import untyped_references, validate_graph

#: Types of one entity, from whichever graph of the store holds them.
_TYPES_QUERY = "SELECT DISTINCT ?type WHERE { ?entity a ?type }"


class GraphStore(Protocol):
    """What the pipeline needs of ``kg.store.GraphStore``."""

    def replace_graph(self, graph_iri: str, graph: Graph) -> None: ...

    def replace_graph_ntriples(self, graph_iri: str, data: bytes) -> None: ...

    def query(self, sparql: str, **kwargs: object) -> object: ...


@dataclass
class IngestResult:
    """One article's outcome: ``stored`` only if its graph conformed (``conforms``) and was written."""

    article_id: str
    graph_iri: str
    conforms: bool
    report_text: str
    report_turtle: str
    counts: dict[str, int]
    source: str = ""
    stored: bool = False


@dataclass
class Unreadable:
    """A file that is not an article (unreadable, empty, binary, bad metadata) or whose extraction crashed."""

    source: str
    reason: str


@dataclass
class IngestSummary:
    """The batch outcome: stored articles, rejected ones with their reports, unreadable files, fact counts."""

    ok: list[IngestResult] = field(default_factory=list)
    rejected: list[IngestResult] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)

    @property
    def all_ok(self) -> bool:
        return not self.rejected and not self.unreadable


def count_facts(extraction: ArticleExtraction) -> dict[str, int]:
    """Facts by kind, as the summary reports them."""
    claims = sum(e.attribution is not None for e in extraction.events)
    claims += sum(c.claimant is not None for e in extraction.events for c in e.casualties)
    claims += sum(r.attribution is not None for r in extraction.relations)
    return {
        "actors": len(extraction.actors),
        "places": len(extraction.places),
        "mentions": sum(len(e.mentions) for e in [*extraction.actors, *extraction.places]),
        "events": len(extraction.events),
        "casualty_reports": sum(len(e.casualties) for e in extraction.events),
        "claims": claims,
        "relations": len(extraction.relations),
    }


# ------------------------------------------------------------------------------------ one article, no store


@dataclass
class _Prepared:
    """An article taken as far as possible without the store; picklable, so workers can return it."""

    source: str
    article_id: str
    graph_iri: str
    ntriples: str
    conforms: bool
    report_text: str
    report_turtle: str
    counts: dict[str, int]
    untyped: tuple[str, ...] = ()


def _prepare(article: Article, source: str, ingested_at: datetime | None) -> _Prepared:
    from kg.extraction import extract  # lands separately; imported only when articles are ingested

    graph_iri = str(GRAPH[f"article/{article.id}"])
    extraction = extract(article)
    counts = count_facts(extraction)
    try:
        graph = build_article_graph(extraction, ingested_at=ingested_at or datetime.now(UTC))
    except FactError as exc:
        reason = f"cannot build RDF: {exc}"
        return _Prepared(source, article.id, graph_iri, "", False, reason, "", counts)
    result = validate_graph(graph)
    untyped = tuple(sorted(str(iri) for iri in untyped_references(graph)))
    return _Prepared(
        source,
        article.id,
        graph_iri,
        graph.serialize(format="nt", encoding="utf-8").decode("utf-8"),
        result.conforms,
        result.report_text,
        "" if result.conforms else result.report_turtle(),
        counts,
        untyped,
    )


def _prepare_path(path: str, overrides: ArticleMetadata | None, ingested_at: datetime | None) -> _Prepared | Unreadable:
    """Worker entry point: read and prepare one file; failures come back as values, not exceptions."""
    try:
        article = read_article(Path(path), metadata_overrides=overrides)
    except ArticleError as exc:
        return Unreadable(path, str(exc))
    try:
        return _prepare(article, path, ingested_at)
    except Exception as exc:  # noqa: BLE001  (an extraction bug must not stop the batch; it is reported)
        return Unreadable(path, f"{path}: extraction failed: {type(exc).__name__}: {exc}")


# ---------------------------------------------------------------------------------------- with the store


def _store_types(store: GraphStore, iris: Iterable[str]) -> Graph:
    context = Graph()
    for iri in iris:
        result = store.query(_TYPES_QUERY, bindings={"entity": URIRef(iri)})
        for (cls,) in getattr(result, "rows", []):
            if isinstance(cls, URIRef):
                context.add((URIRef(iri), RDF.type, cls))
    return context


def _finish(prepared: _Prepared, store: GraphStore) -> IngestResult:
    """Re-validate with store types if needed, then write the graph if it conforms."""
    result = IngestResult(
        prepared.article_id,
        prepared.graph_iri,
        prepared.conforms,
        prepared.report_text,
        prepared.report_turtle,
        prepared.counts,
        prepared.source,
    )
    if not prepared.ntriples:
        return result  # could not even be built
    if not prepared.conforms and prepared.untyped:
        context = _store_types(store, prepared.untyped)
        if len(context):
            graph = Graph().parse(data=prepared.ntriples, format="nt")  # our own serialisation: trusted
            again = validate_graph(graph, context=context)
            result.conforms, result.report_text = again.conforms, again.report_text
            result.report_turtle = "" if again.conforms else again.report_turtle()
    if result.conforms:
        store.replace_graph_ntriples(prepared.graph_iri, prepared.ntriples.encode("utf-8"))
        result.stored = True
    return result


def ingest_article(article: Article, store: GraphStore, *, ingested_at: datetime | None = None) -> IngestResult:
    """Extract, build, validate and (if it conforms) store one article as ``GRAPH["article/<id>"]``.

    Re-ingesting replaces the article's graph atomically; with the same ``ingested_at`` the graph is
    identical. Raises whatever extraction raises, and ``kg.store.StoreError`` from the store.
    """
    source = str(article.source_path) if article.source_path else "<text>"
    return _finish(_prepare(article, source, ingested_at), store)


def _prepared_stream(
    paths: Sequence[Path], workers: int, overrides: ArticleMetadata | None, ingested_at: datetime | None
) -> Iterator[_Prepared | Unreadable]:
    if workers <= 1 or len(paths) <= 1:
        for path in paths:
            yield _prepare_path(str(path), overrides, ingested_at)
        return
    # spawn, not fork: the parent may hold an open store (RocksDB threads) that a forked child must not inherit
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        n = len(paths)
        yield from pool.map(_prepare_path, map(str, paths), [overrides] * n, [ingested_at] * n, chunksize=1)


def ingest_paths(
    paths: Sequence[Path],
    store: GraphStore,
    *,
    workers: int = 1,
    progress: bool = True,
    metadata_overrides: ArticleMetadata | None = None,
    ingested_at: datetime | None = None,
) -> IngestSummary:
    """Ingest article files (already discovered: see ``kg.articles.discover_article_files``).

    Every file is accounted for in the summary: stored, rejected (with the SHACL report) or unreadable (with
    the reason). Only this process writes to the store.
    """
    from tqdm import tqdm

    summary = IngestSummary()
    stream = _prepared_stream(list(paths), workers, metadata_overrides, ingested_at)
    bar = tqdm(total=len(paths), unit="article", file=sys.stderr, disable=not progress, desc="ingest")
    try:
        for item in stream:
            bar.update(1)
            if isinstance(item, Unreadable):
                summary.unreadable.append(item)
                continue
            result = _finish(item, store)
            if result.stored:
                summary.ok.append(result)
                summary.facts.update(result.counts)
            else:
                summary.rejected.append(result)
    finally:
        bar.close()
    return summary
