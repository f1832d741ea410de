"""REST API throughput and latency of ``GET /actors/{id}/history`` against a raw ``oxigraph serve``.

Both servers get the same data (one N-Quads file bulk-loaded into two store directories) and listen on
127.0.0.1 only. ``kg serve`` answers the REST route; the ``oxigraph`` binary (from the pyoxigraph PyPI
package's companion, same version) answers, over its SPARQL protocol endpoint, the very queries that route runs
(``entity_description``, the selection ``events_of_actor``, ``actor_relations`` and the four ``event_*`` detail
queries of the first page, with the same bound values), one after the other as the route does.
The difference is our overhead: FastAPI, the store layer, the time-limited query runner and
shaping the JSON (goal: ratio <= 1.5).

The load generator is an asyncio loop over httpx with a fixed request count, a fixed concurrency and a time
cap: bounded, and nothing leaves the machine.

    python bench/bench_api.py --nq /tmp/kg-1m.nq --workdir /tmp/kg-bench-api --requests 200 --concurrency 4
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from rdflib import URIRef

from bench.bench_query import AGENTS_BY_EVENTS, bound, history_queries, load_store
from bench.measure import latency_summary, report
from kg.namespace import CKG, RES
from kg.store import open_store

HOST = "127.0.0.1"


def oxigraph_binary() -> str:
    """The ``oxigraph`` server installed beside this Python (the venv's bin need not be on PATH)."""
    return shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def route_queries(directory: Path, actor: URIRef | None) -> tuple[URIRef, list[str]]:
    """The actor (default: the most frequent agent) and the SPARQL texts ``GET /actors/{id}/history`` runs for
    it (default parameters: the first page), in its order."""
    with open_store(str(directory), read_only=True) as store:
        if actor is None:
            actor = URIRef(str(store.query(AGENTS_BY_EVENTS + "LIMIT 1").rows[0][0]))
        history = history_queries(store, actor)
    return actor, [
        bound("entity_description", entity=actor),
        history[0],
        bound("actor_relations", ancestor=actor, relationClass=CKG.Relation),
        *history[1:],
    ]


def wait_until_up(url: str, process: subprocess.Popen, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before answering {url}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer in time")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def _load(send: Any, requests: int, concurrency: int, cap: float) -> dict[str, Any]:
    """Issue ``requests`` calls of ``send(client)`` with ``concurrency`` in flight; stop at ``cap`` seconds."""
    latencies: list[float] = []
    errors: list[str] = []
    issued = 0
    deadline = time.monotonic() + cap
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def worker() -> None:
            nonlocal issued
            while issued < requests and time.monotonic() < deadline:
                issued += 1
                began = time.perf_counter()
                try:
                    await send(client)
                    latencies.append(time.perf_counter() - began)
                except (httpx.HTTPError, ValueError) as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return {
        "completed": len(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 2) if elapsed else 0.0,
        **latency_summary(latencies),
    }


def measure(send: Any, args: argparse.Namespace) -> dict[str, Any]:
    asyncio.run(_load(send, min(5, args.requests), 1, args.cap))  # warm-up
    return {
        f"concurrency_{c}": asyncio.run(_load(send, args.requests, c, args.cap)) for c in sorted({1, args.concurrency})
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nq", type=Path, required=True, help="N-Quads file from generate_rdf.py")
    parser.add_argument("--workdir", type=Path, required=True, help="scratch folder for the two stores; emptied")
    parser.add_argument("--requests", type=int, default=200, help="requests per run (fixed count)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (a run at 1 is added)")
    parser.add_argument("--cap", type=float, default=300.0, help="time cap per run, seconds")
    parser.add_argument("--actor", help="actor id (default: the most frequent agent)")
    parser.add_argument("--json", help="append the figures as one JSON line to this file")
    args = parser.parse_args(argv)
    if not args.nq.is_file():
        parser.error(f"{args.nq}: no such file")
    shutil.rmtree(args.workdir, ignore_errors=True)
    ours_dir, raw_dir = args.workdir / "kg", args.workdir / "oxigraph"
    figures: dict[str, Any] = {"input": str(args.nq)}
    figures["fill_s"] = round(load_store(args.nq, ours_dir) + load_store(args.nq, raw_dir), 1)
    actor, queries = route_queries(ours_dir, RES[f"actor/{args.actor}"] if args.actor else None)
    kg_port, ox_port = free_port(), free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    log = (args.workdir / "servers.log").open("w")
    kg_server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(ours_dir), "--host", HOST, "--port", str(kg_port)],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )  # fmt: skip
    ox_server = subprocess.Popen(
        [oxigraph_binary(), "serve-read-only", "--location", str(raw_dir), "--bind", f"{HOST}:{ox_port}",
         "--union-default-graph"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        wait_until_up(f"http://{HOST}:{kg_port}/openapi.json", kg_server, deadline)
        wait_until_up(f"http://{HOST}:{ox_port}/", ox_server, deadline)
        sparql_url = f"http://{HOST}:{ox_port}/query"
        accept = {"Accept": "application/sparql-results+json"}
        figures["actor"] = str(actor)
        history_url = f"http://{HOST}:{kg_port}/actors/{str(actor).removeprefix(str(RES) + 'actor/')}/history"

        async def rest(client: httpx.AsyncClient) -> None:
            response = await client.get(history_url)
            response.raise_for_status()
            response.json()

        async def raw(client: httpx.AsyncClient) -> None:
            for text in queries:
                response = await client.post(sparql_url, data={"query": text}, headers=accept)
                response.raise_for_status()
                response.json()

        figures["history_items"] = httpx.get(history_url, timeout=300).json()["count"]
        figures["kg_serve"] = measure(rest, args)
        figures["oxigraph_serve"] = measure(raw, args)
        figures["p50_ratio"] = {
            key: round(figures["kg_serve"][key]["p50_ms"] / figures["oxigraph_serve"][key]["p50_ms"], 2)
            for key in figures["kg_serve"]
        }
        figures["throughput_ratio"] = {
            key: round(figures["oxigraph_serve"][key]["requests_per_s"] / figures["kg_serve"][key]["requests_per_s"], 2)
            for key in figures["kg_serve"]
            if figures["kg_serve"][key]["requests_per_s"]
        }
    finally:
        stop(kg_server)
        stop(ox_server)
        log.close()
        shutil.rmtree(args.workdir, ignore_errors=True)
    report("REST API actor history vs oxigraph serve", figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
