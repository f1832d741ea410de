"""Store-scale RDF for the load, query, API and export benchmarks: N-Quads of synthetic articles.

Ingesting millions of triples through extraction would take the benchmark hours and would measure the
extractor, not the store. Instead each synthetic article of ``generate_articles.py`` is turned straight into
its named graph ``GRAPH["article/<id>"]`` by ``kg.rdf_build.build_article_graph`` from the facts the generator
planted: exactly the graph a perfect extractor would hand the store (events with agents, targets, places,
date instants, casualty reports, claims, relation nodes with shortcuts, mentions and evidence), so queries
and SHACL shapes see the real conventions. The file starts with the ontology and reference graphs, so it is
self-contained for rdflib and ``oxigraph serve`` too.

Articles are written one at a time (bounded memory) until the triple target is reached.

    python bench/generate_rdf.py --triples 1000000 --out /tmp/kg-1m.nq --seed 1
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime
import io
import itertools
import multiprocessing
import sys
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TextIO

from rdflib import BNode, Graph, Literal, URIRef

from bench.generate_articles import GeneratorError, SyntheticArticle, Vocabulary, generate_article, load_templates
from kg.articles import Article, ArticleMetadata, article_from_text
from kg.model import ArticleExtraction
from kg.namespace import GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.paths import ONTOLOGY_FILE, REFERENCE_FILES
from kg.rdf_build import build_article_graph
from kg.reference import reference_data

#: Fixed ingestion time, so that the same seed gives a byte-identical file.
INGESTED_AT = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
EXTRACTOR_VERSION = "synthetic-1"
#: Articles per unit of work handed to a worker process.
CHUNK = 20


def synthetic_article(synth: SyntheticArticle) -> Article:
    """The ``kg.articles.Article`` the pipeline would read from the generated files (same id, same text)."""
    meta = synth.metadata
    published = datetime.date.fromisoformat(meta["published"]) if meta["published"] else None
    metadata = ArticleMetadata(url=meta["url"], publisher=meta["publisher"], title=meta["title"], published=published)
    return article_from_text(synth.text, metadata)


def synthetic_extraction(synth: SyntheticArticle) -> ArticleExtraction:
    """The planted facts as the extractor's output contract."""
    return ArticleExtraction(
        article=synthetic_article(synth),
        actors=list(synth.actors.values()),
        places=list(synth.places.values()),
        events=synth.events,
        relations=synth.relations,
        extractor_version=EXTRACTOR_VERSION,
    )


def article_graph(synth: SyntheticArticle) -> tuple[URIRef, Graph]:
    """The named graph IRI and the triples of one synthetic article."""
    extraction = synthetic_extraction(synth)
    graph = build_article_graph(extraction, ingested_at=INGESTED_AT)
    return GRAPH[f"article/{extraction.article.id}"], graph  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------------------- N-Quads

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: object) -> str:
    """A term in N-Triples syntax (rdflib's ``n3()`` uses Turtle's long strings, which N-Quads lacks)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def write_quads(triples: Iterable[tuple[object, object, object]], graph_iri: URIRef, out: TextIO) -> int:
    """Write ``triples`` into ``graph_iri`` as N-Quads lines, sorted (rdflib's order varies); return how many."""
    g = nt_term(graph_iri)
    lines = sorted(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {g} .\n" for s, p, o in triples)
    out.write("".join(lines))
    return len(lines)


def write_background(out: TextIO) -> int:
    """The ontology and reference graphs (the bundled, trusted files), as the store holds them."""
    count = write_quads(Graph().parse(ONTOLOGY_FILE), ONTOLOGY_GRAPH, out)
    reference = Graph()
    for path in REFERENCE_FILES:
        if Path(path).exists():
            reference.parse(path)
    return count + write_quads(reference, REFERENCE_GRAPH, out)


def _render(job: tuple[int, int, int]) -> list[tuple[str, int]]:
    """N-Quads text and quad count of articles ``start..stop`` (a worker's unit of work)."""
    seed, start, stop = job
    vocab = _vocabulary()
    rendered = []
    for index in range(start, stop):
        graph_iri, graph = article_graph(generate_article(index, seed, vocab))
        rendered.append(_quads(graph_iri, graph))
    return rendered


def _quads(graph_iri: URIRef, graph: Graph) -> tuple[str, int]:
    buffer = io.StringIO()
    count = write_quads(graph, graph_iri, buffer)
    return buffer.getvalue(), count


@lru_cache(maxsize=1)
def _vocabulary() -> Vocabulary:
    return Vocabulary(reference_data(), load_templates())


def generate(target: int, out: TextIO, seed: int = 1, background: bool = True, workers: int = 1) -> tuple[int, int]:
    """Write articles' graphs, in index order, until at least ``target`` quads; return (quads, articles).

    The output does not depend on ``workers``: workers render chunks of consecutive articles, and the parent
    writes them in order and stops at the same article a single process would.
    """
    _vocabulary()  # fail early, in the parent, if the reference data cannot feed the templates
    quads = write_background(out) if background else 0
    articles = 0
    jobs = ((seed, start, start + CHUNK) for start in itertools.count(0, CHUNK))
    with contextlib.closing(_rendered_chunks(jobs, workers)) as chunks:
        for chunk in chunks:
            for text, count in chunk:
                if quads >= target:
                    return quads, articles
                out.write(text)
                quads += count
                articles += 1
    return quads, articles


def _rendered_chunks(jobs: Iterator[tuple[int, int, int]], workers: int) -> Iterator[list[tuple[str, int]]]:
    """Render jobs in order; with workers, at most ``2 * workers`` chunks are in flight (bounded memory)."""
    if workers <= 1:
        yield from map(_render, jobs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: collections.deque = collections.deque()
        for job in jobs:
            pending.append(pool.apply_async(_render, (job,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, required=True, help="write at least this many quads")
    parser.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="processes rendering articles (output is the same)")
    parser.add_argument("--no-background", action="store_true", help="omit the ontology and reference graphs")
    args = parser.parse_args(argv)
    if args.triples < 0:
        parser.error("--triples must be >= 0")
    began = time.perf_counter()
    try:
        with args.out.open("w", encoding="utf-8") as out:
            quads, articles = generate(args.triples, out, args.seed, not args.no_background, args.workers)
    except GeneratorError as exc:
        print(f"generate_rdf: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - began
    print(f"wrote {quads} quads ({articles} articles) to {args.out} in {elapsed:.1f} s "
          f"({quads / elapsed:,.0f} quads/s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
