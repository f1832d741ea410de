"""Embedded backend: a pyoxigraph ``Store`` on disk (RocksDB) or in memory.

One process may open an on-disk store for writing (RocksDB's rule); an ``flock`` on ``kg.lock`` in the store
directory turns a second opener into a clear :class:`StoreBusyError` (read-only openers share the lock, so a
reader never opens a directory a writer is changing). Writes to one graph are serialised by a per-graph lock
and each is a single SPARQL update (one transaction). Queries with a time limit run in a forked child that is
killed on timeout (see :mod:`kg.store.forked`).
"""

from __future__ import annotations

import fcntl
import os
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.store.base import GraphStore
from kg.store.errors import QuerySyntaxError, ReadOnlyStoreError, StoreBusyError, StoreError
from kg.store.forked import ForkGate, run_forked
from kg.store.formats import rdf_format
from kg.store.parsing import screened
from kg.store.results import QueryResult
from kg.store.sparql_text import bind_values
from kg.store.terms import Binding, decode, encode, named_node, replace_graph_update, sparql_values

LOCK_FILE = "kg.lock"
BUSY_HINT = (
    "store is in use by another process, e.g. kg serve; stop it, or go through it: "
    "--store http://127.0.0.1:8000/sparql (read-only) or the REST API"
)
_UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def _ox_format(name: str) -> ox.RdfFormat:
    try:
        info = rdf_format(name)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc
    return ox.RdfFormat.from_media_type(info.media_type)


def collect(results: object, limit: int | None) -> tuple:
    """Materialise pyoxigraph results as encoded data: (kind, variables, rows, boolean, triples, truncated)."""
    if isinstance(results, ox.QueryBoolean):
        return ("ask", [], [], bool(results), [], False)
    rows: list = []
    truncated = False
    if isinstance(results, ox.QuerySolutions):
        variables = [v.value for v in results.variables]
        width = range(len(variables))
        for solution in results:
            if limit is not None and len(rows) >= limit:
                truncated = True
                break
            rows.append(tuple(encode(solution[i]) for i in width))
        return ("select", variables, rows, None, [], truncated)
    for triple in results:  # QueryTriples
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append((encode(triple.subject), encode(triple.predicate), encode(triple.object)))
    return ("graph", [], [], None, rows, truncated)


def to_result(data: tuple) -> QueryResult:
    kind, variables, rows, boolean, triples, truncated = data
    return QueryResult(
        kind=kind,
        variables=variables,
        rows=[tuple(decode(v) for v in row) for row in rows],
        boolean=boolean,
        triples=[(decode(s), decode(p), decode(o)) for s, p, o in triples],
        truncated=truncated,
    )


class OxigraphStore(GraphStore):
    """The embedded store. ``path=None`` keeps everything in memory."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.location = str(path) if path is not None else "memory:"
        self.read_only = read_only
        self._gate = ForkGate()
        self._locks_guard = threading.Lock()
        self._graph_locks: dict[str, threading.Lock] = {}
        self._lock_fd: int | None = None
        if path is None:
            self._store = ox.Store()
            return
        directory = Path(path).expanduser()
        if read_only and not directory.is_dir():
            raise StoreError(f"no store at {directory}")
        directory.mkdir(parents=True, exist_ok=True)
        self._lock_fd = _lock_directory(directory, exclusive=not read_only)
        try:
            self._store = ox.Store.read_only(str(directory)) if read_only else ox.Store(str(directory))
        except OSError as exc:
            self._release_lock()
            if "lock" in str(exc).lower():
                raise StoreBusyError(f"{directory}: {BUSY_HINT}") from exc
            raise StoreError(f"{directory}: cannot open the store ({exc})") from exc

    # -- locks -----------------------------------------------------------------------------------------------
    def _graph_lock(self, graph_iri: str) -> threading.Lock:
        with self._locks_guard:
            return self._graph_locks.setdefault(graph_iri, threading.Lock())

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.location}: the store was opened read-only")

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    # -- writing ---------------------------------------------------------------------------------------------
    def _replace_triples(self, graph_iri: str, triples: list[ox.Triple]) -> None:
        self._check_writable()
        update = replace_graph_update(graph_iri, triples)
        with self._graph_lock(graph_iri), self._gate.shared():
            _fault_point("before", graph_iri)
            try:
                self._store.update(update)
            except (SyntaxError, OSError, ValueError) as exc:
                raise StoreError(f"cannot write graph <{graph_iri}>: {exc}") from exc
            _fault_point("after", graph_iri)

    def drop_graph(self, graph_iri: str) -> bool:
        self._check_writable()
        node = named_node(graph_iri)
        with self._graph_lock(str(graph_iri)), self._gate.shared():
            if not self._store.contains_named_graph(node):
                return False
            self._store.update(f"DROP SILENT GRAPH {node}")
            return True

    def load(self, source: str | Path | BinaryIO, format: str, graph_iri: str | None = None) -> int:
        """Oxigraph parses and inserts in Rust, with no Python object per quad. Into an empty store (a restore, a
        first load) it bulk-loads, writing index files directly, and clears the store again if the input fails, so
        the load stays all or nothing; otherwise it is one transaction. Measured on 1M quads on disk: Python
        ``ox.Quad`` objects into one transaction took 42 s and 2.3 GB, the bulk loader 10-14 s and 1 GB; a
        transaction needs memory for the whole input, too much for a 10M-quad backup on this 24 GB machine.
        Both loaders give blank nodes fresh labels (RDF says a file's blank nodes are its own), so a restored
        store equals its backup up to blank-node names (only the ontology's OWL lists have any).
        Returns the number of quads added (quads already stored are not counted twice)."""
        self._check_writable()
        fmt = _ox_format(format)
        target = named_node(graph_iri) if graph_iri else None
        source = screened(source, format)  # no entity bombs or quadratic nesting (RDF/XML, JSON-LD)
        if target is not None and fmt.supports_datasets:
            return self._load_quads_into(source, fmt, target, format)
        kwargs: dict = {"format": fmt, "to_graph": target} if target is not None else {"format": fmt}
        if isinstance(source, str | Path):
            kwargs["path"] = str(source)
        else:
            kwargs["input"] = source
        with self._graph_lock(str(graph_iri) if graph_iri else "*"), self._gate.shared():
            before = len(self._store)
            bulk = before == 0
            try:
                if bulk:
                    self._store.bulk_load(**kwargs)
                else:
                    self._store.load(**kwargs)
            except (SyntaxError, ValueError, OSError) as exc:
                if bulk:
                    self._store.clear()  # the bulk loader is not atomic: take back what it wrote
                kind = "load" if isinstance(exc, OSError) and not isinstance(exc, SyntaxError) else "parse"
                raise StoreError(f"cannot {kind} {format} input: {exc}") from exc
            return len(self._store) - before

    def _load_quads_into(self, source: str | Path | BinaryIO | bytes, fmt: ox.RdfFormat, target: ox.NamedNode,
                         format: str) -> int:  # fmt: skip
        """A dataset file with a target graph: its default-graph quads go to ``target``, named ones stay."""
        try:
            if isinstance(source, str | Path):
                quads = list(ox.parse(path=str(source), format=fmt))
            else:
                quads = list(ox.parse(source, format=fmt))
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"cannot parse {format} input: {exc}") from exc
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, target) if isinstance(q.graph_name, ox.DefaultGraph) else q
            for q in quads
        ]
        with self._graph_lock(target.value), self._gate.shared():
            before = len(self._store)
            try:
                self._store.extend(quads)
            except (OSError, ValueError) as exc:
                raise StoreError(f"cannot load {format} input: {exc}") from exc
            return len(self._store) - before

    # -- reading ---------------------------------------------------------------------------------------------
    def graph_names(self) -> list[str]:
        with self._gate.shared():
            return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

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
        # The dataset is exactly what the protocol parameters say when they are given (SPARQL 1.1 Protocol).
        kwargs: dict = {"base_iri": base_iri} if base_iri else {}
        kwargs |= {"use_default_graph_as_union": use_default_graph_as_union and not (default_graph or named_graphs)}
        if default_graph:
            kwargs["default_graph"] = [named_node(g) for g in default_graph]
        if named_graphs:
            kwargs["named_graphs"] = [named_node(g) for g in named_graphs]
        if bindings:
            # pyoxigraph's substitutions only bind projected variables, so bind by a VALUES block of
            # pyoxigraph-written (validated) terms, as the remote backend does.
            sparql = bind_values(sparql, sparql_values(bindings))
        store = self._store

        def work() -> tuple:
            return collect(store.query(sparql, **kwargs), limit)

        if timeout is None:
            with self._gate.shared():
                try:
                    return to_result(work())
                except SyntaxError as exc:
                    raise QuerySyntaxError(_syntax_message(exc)) from exc
                except (OSError, ValueError, RuntimeError) as exc:
                    raise StoreError(f"query failed: {exc}") from exc
        answer = run_forked(work, timeout, self._gate)
        if answer[0] == "ok":
            return to_result(answer[1])
        _, error_type, message = answer
        if error_type == "SyntaxError":
            raise QuerySyntaxError(message)
        raise StoreError(f"query failed: {message}")

    def dump(self, format: str, graph_iri: str | None = None, out: BinaryIO | None = None) -> None:
        info = rdf_format(format) if format else None
        fmt = _ox_format(format)
        with self._gate.shared():
            try:
                if graph_iri is not None:
                    node = named_node(graph_iri)
                    if not self._store.contains_named_graph(node):
                        raise StoreError(f"no graph <{graph_iri}> in the store")
                    if info.keeps_graphs:
                        quads = self._store.quads_for_pattern(None, None, None, node)
                        ox.serialize(quads, out, format=fmt)
                    else:
                        self._store.dump(out, format=fmt, from_graph=node)
                elif info.keeps_graphs:
                    self._store.dump(out, format=fmt)
                else:
                    self._store.query(_UNION_CONSTRUCT).serialize(out, format=fmt)
            except (OSError, ValueError) as exc:
                raise StoreError(f"cannot export as {format}: {exc}") from exc

    def flush(self) -> None:
        if not self.read_only and self.location != "memory:":
            with self._gate.shared():
                try:
                    self._store.flush()
                except OSError as exc:  # a full or failing disk
                    raise StoreError(f"{self.location}: cannot flush the store to disk ({exc})") from exc

    def close(self) -> None:
        """Flush and release; the directory lock is released even when the flush fails (a full disk)."""
        try:
            if getattr(self, "_store", None) is not None:
                self.flush()
        finally:
            self._store = None
            self._release_lock()


def _fault_point(point: str, graph_iri: str) -> None:
    """Test-only hook (tests/test_faults_*.py kill -9 a writer here): with ``KG_FAULT_PAUSE`` set to
    ``before`` or ``after``, a graph write announces itself on stderr (``kg-fault: <point> <graph>``) and
    waits at that point of the commit; ``during`` announces itself just before the write and does not wait.
    Unset (always, outside those tests), it costs one environment lookup per graph write."""
    pause = os.environ.get("KG_FAULT_PAUSE")
    if pause is None or point != ("before" if pause == "during" else pause):
        return
    print(f"kg-fault: {pause} {graph_iri}", file=sys.stderr, flush=True)
    if pause != "during":
        time.sleep(600)


def _syntax_message(exc: SyntaxError) -> str:
    text = str(exc)
    return text if text else "malformed SPARQL"


def _lock_directory(directory: Path, *, exclusive: bool) -> int:
    fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        os.close(fd)
        raise StoreBusyError(f"{directory}: {BUSY_HINT}") from exc
    return fd


__all__ = ["OxigraphStore", "QuerySyntaxError"]
