"""SPARQL latency (p50/p99) of the API's queries on a store of N triples, against rdflib's in-memory engine.

The queries are the project's own bundled ones, bound the way the REST API binds them: an actor's history
(``kg/queries/events.rq`` with ``?ancestor`` bound, what ``GET /actors/{id}/history`` runs, plus
``actor_relations.rq``), events per month and the sub-unit closure (``example_*.rq``). Our store runs them
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
from kg.namespace import CKG, RES
from kg.queries import load_query
from kg.store.sparql_text import bind_values
from kg.store.terms import sparql_term

TOP_AGENT = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?actor (COUNT(?event) AS ?events) WHERE { ?event ckg:agent ?actor }
GROUP BY ?actor ORDER BY DESC(?events) LIMIT 1
"""


def bound(name: str, **values: URIRef | None) -> str:
    """A bundled query with values bound as the store binds them (a VALUES block; None is UNDEF)."""
    return bind_values(load_query(name), {key: sparql_term(value) for key, value in values.items()})


def benchmark_queries(actor: URIRef) -> dict[str, str]:
    """Query texts by benchmark name; the same texts go to every engine."""
    return {
        "actor_history_events": bound(
            "events", eventClass=CKG.Event, ancestor=actor, actor=None, event=None, graph=None, place=None
        ),
        "actor_history_relations": bound("actor_relations", ancestor=actor, relationClass=CKG.Relation),
        "actor_history_simple": load_query("example_actor_history"),
        "events_per_month": load_query("example_events_per_month"),
        "subunit_closure": load_query("example_subunits"),
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


def run_ours(directory: Path, queries: dict[str, str], repeat: int, timeout: float | None) -> dict[str, Any]:
    from kg.store import open_store

    figures: dict[str, Any] = {}
    with open_store(str(directory), read_only=True) as store:
        for name, text in queries.items():
            rows = len(store.query(text, timeout=timeout).rows)  # warm-up, and the row count
            samples = []
            for _ in range(repeat):
                began = time.perf_counter()
                store.query(text, timeout=timeout)
                samples.append(time.perf_counter() - began)
            figures[name] = {"rows": rows, **latency_summary(samples)}
    return figures


def _rdflib_query(dataset: Any, text: str, repeat: int) -> dict[str, Any]:
    samples, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(list(dataset.query(text)))
        samples.append(time.perf_counter() - started)
    return {"rows": rows, **latency_summary(samples)}


def _rdflib_child(nq: Path, queries: dict[str, str], repeat: int, cap: float, conn: Any) -> None:
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


def run_rdflib(nq: Path, queries: dict[str, str], repeat: int, cap: float) -> dict[str, Any]:
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
    parser.add_argument("--actor", help="actor id for the history (default: the most frequent agent)")
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
            if args.actor:
                actor = RES[f"actor/{args.actor}"]
            else:
                top = store.query(TOP_AGENT).rows[0]
                actor, figures["actor_events_as_agent"] = URIRef(str(top[0])), int(top[1])
        figures["actor"] = str(actor)
        queries = benchmark_queries(actor)
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
