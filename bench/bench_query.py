"""SPARQL latency (p50/p99) of the API's queries on a store of N triples, against rdflib's in-memory engine.

The queries are the project's own bundled ones, bound the way the REST API binds them: an actor's history as
``GET /actors/{id}/history`` runs it (the selection ``events_of_actor.rq``, then the four ``event_*.rq`` detail
queries for the first page of 100 events; ``actor_relations.rq``), for the busiest actor and for a typical one
(the median of actors by events), events per month and the sub-unit closure (``example_*.rq``). A benchmark of
several queries times them run one after the other. Our store runs them
in-process (``timeout=None``) and the way the API does (with a time limit, i.e. in a forked, killable child).
rdflib loads the same N-Quads into a ``Dataset`` with the union default graph and runs the same query texts,
in a child process killed at the time cap (rdflib cannot be interrupted), so a query that does not finish
is reported as such.

    python bench/bench_query.py --nq /tmp/kg-1m.nq --workdir /tmp/kg-bench-q --repeat 100
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from rdflib import URIRef

from bench.measure import StepTimeout, isolated, latency_summary, report
from kg.event_lookup import DETAIL_QUERIES, EventFilter, select_events, selection
from kg.namespace import CKG, RES
from kg.queries import load_query
from kg.store import GraphStore
from kg.store.sparql_text import bind_values
from kg.store.terms import Binding, sparql_values

AGENTS_BY_EVENTS = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?actor (COUNT(?event) AS ?events) WHERE { ?event ckg:agent ?actor }
GROUP BY ?actor ORDER BY DESC(?events)
"""
HISTORY_PAGE = 100


def bound(name: str, **values: Binding) -> str:
    """A bundled query with values bound as the store binds them (VALUES blocks; None is UNDEF)."""
    return bind_values(load_query(name), sparql_values(values))


def history_queries(store: GraphStore, actor: URIRef) -> list[str]:
    """What ``GET /actors/{id}/history`` sends for its first page, in its order (the page's event IRIs are
    fixed here, once, from our store's answer to the selection)."""
    where = EventFilter(actor=actor)
    page = [URIRef(e["iri"]) for e in select_events(store, where)[:HISTORY_PAGE]]
    name, bindings = selection(where)
    return [bound(name, **bindings), *(bound(detail, event=page) for detail in DETAIL_QUERIES)]


def benchmark_queries(store: GraphStore, busiest: URIRef, typical: URIRef) -> dict[str, list[str]]:
    """Query texts by benchmark name; the same texts go to every engine."""
    return {
        "actor_history_events_busiest": history_queries(store, busiest),
        "actor_history_events_typical": history_queries(store, typical),
        "actor_history_relations_busiest": [bound("actor_relations", ancestor=busiest, relationClass=CKG.Relation)],
        "actor_history_simple": [load_query("example_actor_history")],
        "events_per_month": [load_query("example_events_per_month")],
        "subunit_closure": [load_query("example_subunits")],
    }


def load_store(nq: Path, directory: Path) -> float:
    """Fill an on-disk store with pyoxigraph's bulk loader (loading is bench_store's subject, not this one's)."""
    import pyoxigraph as ox

    began = time.perf_counter()
    directory.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(directory))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return time.perf_counter() - began


def run_ours(directory: Path, queries: dict[str, list[str]], repeat: int, timeout: float | None) -> dict[str, Any]:
    from kg.store import open_store

    figures: dict[str, Any] = {}
    with open_store(str(directory), read_only=True) as store:
        for name, texts in queries.items():
            rows = sum(len(store.query(text, timeout=timeout).rows) for text in texts)  # warm-up, row count
            samples = []
            for _ in range(repeat):
                began = time.perf_counter()
                for text in texts:
                    store.query(text, timeout=timeout)
                samples.append(time.perf_counter() - began)
            figures[name] = {"rows": rows, "queries": len(texts), **latency_summary(samples)}
    return figures


def _rdflib_query(dataset: Any, texts: list[str], repeat: int) -> dict[str, Any]:
    samples, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = sum(len(list(dataset.query(text))) for text in texts)
        samples.append(time.perf_counter() - started)
    return {"rows": rows, **latency_summary(samples)}


def _rdflib_child(nq: Path, queries: dict[str, list[str]], repeat: int, cap: float, conn: Any) -> None:
    """Load into rdflib once, then run each query in a forked grandchild killed at ``cap`` (rdflib cannot be
    interrupted), so one query that never finishes does not hide the others' figures."""
    try:
        from rdflib import Dataset

        began = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(str(nq), format="nquads")
        conn.send(("loaded", time.perf_counter() - began, len(dataset)))
        for name, text in queries.items():
            try:
                outcome = isolated(_rdflib_query, dataset, text, repeat, cap=cap)
                conn.send(("query", name, outcome.value))
            except StepTimeout:
                conn.send(("query", name, f"did not finish within {cap:.0f} s"))
        conn.send(("done", None, None))
    except BaseException:
        conn.send(("error", traceback.format_exc(), None))


def run_rdflib(nq: Path, queries: dict[str, list[str]], repeat: int, cap: float) -> dict[str, Any]:
    """rdflib's figures; loading gets ``cap`` seconds, and so does each query (all its runs)."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_rdflib_child, args=(nq, queries, repeat, cap, send))
    child.start()
    send.close()
    figures: dict[str, Any] = {name: "not run" for name in queries}
    try:
        while True:
            if not receive.poll(cap + 30):
                figures["stopped"] = f"killed: no progress within {cap:.0f} s"
                break
            kind, first, second = receive.recv()
            if kind == "loaded":
                figures["load_s"], figures["quads"] = round(first, 1), second
            elif kind == "query":
                figures[first] = second
            elif kind == "error":
                figures["error"] = first
                break
            else:
                break
    except EOFError:
        figures["stopped"] = "the rdflib process died (out of memory?)"
    finally:
        if child.is_alive():
            child.kill()
        child.join()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nq", type=Path, required=True, help="N-Quads file from generate_rdf.py")
    parser.add_argument("--workdir", type=Path, required=True, help="scratch folder for the store; emptied")
    parser.add_argument("--repeat", type=int, default=100, help="timed runs per query (after one warm-up)")
    parser.add_argument("--api-timeout", type=float, default=30.0, help="time limit as the API sets it")
    parser.add_argument("--rdflib-repeat", type=int, default=5, help="timed runs per query on rdflib")
    parser.add_argument("--rdflib-cap", type=float, default=300.0, help="rdflib: seconds for loading, per query")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--actor", help="actor id for the busiest history (default: the most frequent agent)")
    parser.add_argument("--json", help="append the figures as one JSON line to this file")
    args = parser.parse_args(argv)
    if not args.nq.is_file():
        parser.error(f"{args.nq}: no such file")
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    try:
        figures: dict[str, Any] = {"input": str(args.nq), "store_fill_s": round(load_store(args.nq, args.workdir), 1)}
        from kg.store import open_store

        with open_store(str(args.workdir), read_only=True) as store:
            figures["quads"] = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])
            ranked = [(URIRef(str(row[0])), int(row[1])) for row in store.query(AGENTS_BY_EVENTS).rows]
            busiest, busiest_events = ranked[0]
            typical, typical_events = ranked[len(ranked) // 2]
            if args.actor:
                busiest, busiest_events = RES[f"actor/{args.actor}"], None
            figures["busiest_actor"] = {"iri": str(busiest), "events_as_agent": busiest_events}
            figures["typical_actor"] = {"iri": str(typical), "events_as_agent": typical_events}
            queries = benchmark_queries(store, busiest, typical)
        figures["ours_in_process"] = run_ours(args.workdir, queries, args.repeat, None)
        figures["ours_with_time_limit"] = run_ours(args.workdir, queries, max(args.repeat // 4, 5), args.api_timeout)
        if not args.skip_rdflib:
            figures["rdflib"] = run_rdflib(args.nq, queries, args.rdflib_repeat, args.rdflib_cap)
    finally:
        shutil.rmtree(args.workdir, ignore_errors=True)
    report("SPARQL latency", figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
