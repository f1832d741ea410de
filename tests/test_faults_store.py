"""Faults around the store: a writer killed with SIGKILL before, during and after its commit; the same article
ingested concurrently; a full disk; backup and restore.

What must hold: an article graph is wholly the old or wholly the new version, never a mix; the store reopens
after a killed writer (its lock dies with the process); concurrent ingests leave exactly one version; a failed
write leaves nothing partial and reads keep working; a restored backup dumps byte-identically.

Ingest versions are told apart by their publisher (``--publisher``), and compared without the
``prov:generatedAtTime`` triple (the CLI stamps the time of the run).
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.articles import ArticleMetadata, read_article
from kg.cli import main as kg_main
from kg.namespace import GRAPH
from kg.pipeline import ingest_article
from kg.store import StoreError, open_store

REPO = Path(__file__).resolve().parent.parent
ARTICLE_FILE = REPO / "examples" / "articles" / "000_4fc37e36cfcd5aaf.txt"
NEW_PUBLISHER = "Fault Injection Wire"
FIXED_TIME = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
GENERATED_AT = b"<http://www.w3.org/ns/prov#generatedAtTime>"


def dump(store, graph: str | None = None) -> bytes:
    out = io.BytesIO()
    store.dump("nq", graph, out)
    return out.getvalue()


def normalized(nquads: bytes) -> list[bytes]:
    """The graph's lines, sorted, without the ingest timestamp."""
    return sorted(line for line in nquads.splitlines() if line and GENERATED_AT not in line)


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> dict:
    """An on-disk store holding the article's old version, and the old and new versions of its graph."""
    old_article = read_article(ARTICLE_FILE)
    new_article = read_article(ARTICLE_FILE, metadata_overrides=ArticleMetadata(publisher=NEW_PUBLISHER))
    graph_iri = str(GRAPH[f"article/{old_article.id}"])
    directory = tmp_path_factory.mktemp("faults") / "base-store"
    with open_store(str(directory)) as store:
        store.ensure_reference_loaded()
        assert ingest_article(old_article, store, ingested_at=FIXED_TIME).stored
        old = dump(store, graph_iri)
    scratch = open_store("memory:")
    scratch.ensure_reference_loaded()
    assert ingest_article(new_article, scratch, ingested_at=FIXED_TIME).stored
    new = dump(scratch, graph_iri)
    assert normalized(old) != normalized(new)  # the two versions can be told apart
    return {"dir": directory, "graph": graph_iri, "old": normalized(old), "new": normalized(new)}


def _ingest_process(store_dir: Path, pause: str) -> subprocess.Popen:
    env = {**os.environ, "KG_FAULT_PAUSE": pause}
    command = [sys.executable, "-m", "kg", "ingest", str(ARTICLE_FILE), "--store", str(store_dir), "--no-progress"]
    command += ["--publisher", NEW_PUBLISHER]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_marker(process: subprocess.Popen, graph_iri: str, timeout: float = 60) -> str:
    """The ``kg-fault:`` line the writer prints at its pause point (read on a thread, with a deadline)."""
    found: list[str] = []

    def read() -> None:
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("kg-fault:") and graph_iri in line:
                found.append(line)
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    assert found, f"the writer never reached its fault point (exit code {process.poll()})"
    return found[0]


@pytest.mark.parametrize("pause", ["before", "during", "after"])
def test_faults_kill_9_ingest_leaves_old_or_new_graph(versions, tmp_path: Path, pause: str) -> None:
    store_dir = tmp_path / "store"
    shutil.copytree(versions["dir"], store_dir)
    process = _ingest_process(store_dir, pause)
    try:
        assert _wait_for_marker(process, versions["graph"]).startswith(f"kg-fault: {pause}")
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait(10)
    assert process.returncode == -signal.SIGKILL
    with open_store(str(store_dir)) as store:  # the killed writer's locks are gone: no StoreBusyError
        after = normalized(dump(store, versions["graph"]))
        assert after in (versions["old"], versions["new"])
        if pause == "before":
            assert after == versions["old"]
        if pause == "after":
            assert after == versions["new"]
        store.ensure_reference_loaded()  # still writable
    with open_store(str(store_dir), read_only=True) as reader:
        assert versions["graph"] in reader.graph_names()


def test_faults_concurrent_threads_leave_one_version() -> None:
    """Ten threads ingest the same article through one store: the dump equals a single ingest's."""
    article = read_article(ARTICLE_FILE)
    single = open_store("memory:")
    single.ensure_reference_loaded()
    ingest_article(article, single, ingested_at=FIXED_TIME)
    graph_iri = str(GRAPH[f"article/{article.id}"])
    expected = dump(single, graph_iri)

    shared = open_store("memory:")
    shared.ensure_reference_loaded()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            assert ingest_article(article, shared, ingested_at=FIXED_TIME).stored
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert dump(shared, graph_iri) == expected
    assert shared.graph_names() == single.graph_names()


def test_faults_concurrent_replacements_never_mix() -> None:
    """Writers of two different contents to one graph, readers in between: every read sees one whole content."""
    store = open_store("memory:")
    graph_iri = "https://w3id.org/conflict-kg/graph/article/race"
    contents = []
    for version in range(2):
        graph = Graph()
        for i in range(300):
            graph.add((URIRef(f"https://e.org/s{i}"), URIRef("https://e.org/v"), Literal(version)))
        contents.append(graph)
    seen: set[frozenset] = set()
    stop = threading.Event()

    def write(version: int) -> None:
        for _ in range(20):
            store.replace_graph(graph_iri, contents[version])

    def read() -> None:
        while not stop.is_set():
            rows = store.query("SELECT ?o (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?o").rows
            seen.add(frozenset((int(o), int(n)) for o, n in rows))

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(v,)) for v in (0, 1, 0, 1)]
    for thread in writers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    assert seen <= {frozenset(), frozenset({(0, 300)}), frozenset({(1, 300)})}
    assert len(store.query("SELECT * WHERE { ?s ?p ?o }").rows) == 300


# ------------------------------------------------------------------------------------------ failing disk


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 3 MB tmpfs (needs root); without it the test falls back to a simulated write error."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)], capture_output=True, check=False
    )
    if result.returncode != 0:
        yield None
        return
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _big_graph(n: int) -> Graph:
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(f"https://e.org/s{i}"), URIRef("https://e.org/text"), Literal(f"{i} " + "x" * 200)))
    return graph


def test_faults_full_disk_is_an_error_with_nothing_partial(tiny_disk, monkeypatch) -> None:
    small = _big_graph(10)
    if tiny_disk is None:  # no tmpfs: the store's write fails as a full disk would
        store = open_store("memory:")
        store.replace_graph("https://e.org/g", small)

        def failing_update(*_args, **_kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store._store, "update", failing_update, raising=False)
    else:
        store = open_store(str(tiny_disk / "store"))
        store.replace_graph("https://e.org/g", small)
        store.flush()
        filler = tiny_disk / "filler"
        with filler.open("wb") as out:  # leave ~100 KB free
            free = shutil.disk_usage(tiny_disk).free
            out.write(b"\0" * max(free - 100_000, 0))
    before = dump(store)
    with pytest.raises(StoreError, match="cannot write graph"):
        for _ in range(5):  # RocksDB may buffer the first write in memory; the disk fills by the fifth
            store.replace_graph("https://e.org/g", _big_graph(20_000))
            if tiny_disk is not None:
                store.flush()
    # reads are still served, and the graph holds a whole version (the small one, or one big write that fit)
    triples = {int(str(row[0])) for row in store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows}
    assert triples <= {10, 20_000}
    if triples == {10}:
        assert dump(store) == before
    if tiny_disk is not None:  # closing on a full disk is an error too, but it releases the store
        with pytest.raises(StoreError, match="cannot flush"):
            store.close()
        (tiny_disk / "filler").unlink()
        with open_store(str(tiny_disk / "store")) as reopened:
            assert {int(str(r[0])) for r in reopened.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows} <= {
                10,
                20_000,
            }


# --------------------------------------------------------------------------------------- backup, restore


def canonical(nquads: bytes) -> list:
    """The dataset with blank nodes relabelled canonically: loaders give a file's blank nodes fresh names."""
    dataset = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(str(quad) for quad in dataset)


def test_faults_backup_then_restore_dumps_identically(versions, tmp_path: Path, capsys) -> None:
    """Identical up to blank-node labels (only the ontology's OWL lists have blank nodes)."""
    source = tmp_path / "source"
    shutil.copytree(versions["dir"], source)
    backup = tmp_path / "backup.nq"
    assert kg_main(["backup", str(backup), "--store", str(source)]) == 0
    assert not backup.with_name("backup.nq.partial").exists()
    restored = tmp_path / "restored"
    assert kg_main(["restore", str(backup), "--store", str(restored)]) == 0
    with open_store(str(source), read_only=True) as a, open_store(str(restored), read_only=True) as b:
        original = dump(a)
        restored_dump = dump(b)
        assert canonical(restored_dump) == canonical(original) and a.graph_names() == b.graph_names()
        assert len(restored_dump.splitlines()) == len(original.splitlines())
    assert original == backup.read_bytes()
    # restoring again into the same (now full) store is refused and changes nothing
    assert kg_main(["restore", str(backup), "--store", str(restored)]) == 2
    assert "not empty" in capsys.readouterr().err
    with open_store(str(restored), read_only=True) as b:
        assert dump(b) == restored_dump


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<https://e.org/a> <https://e.org/p> <https://e.org/o> <https://e.org/g> .\n<https://e.org/a> <ht", "line 2"),
        (b'<https://e.org/a> <https://e.org/p> "x" <https://e.org/g> .\n\x89PNG\r\n\x1a\n', "line 2"),
        (b"@prefix e: <https://e.org/> .\ne:a e:p e:o .\n", "line 1"),  # Turtle is not a backup
    ],
    ids=["truncated", "binary-tail", "not-nquads"],
)  # fmt: skip
def test_faults_restore_of_a_bad_backup_writes_nothing(tmp_path: Path, capsys, content: bytes, message: str) -> None:
    backup = tmp_path / "bad.nq"
    backup.write_bytes(content)
    target = tmp_path / "target"
    assert kg_main(["restore", str(backup), "--store", str(target)]) == 2
    err = capsys.readouterr().err
    assert str(backup) in err and message in err and "Traceback" not in err
    with open_store(str(target), read_only=True) as store:
        assert dump(store) == b""


def test_faults_backup_errors_are_clear(tmp_path: Path, capsys) -> None:
    assert kg_main(["backup", str(tmp_path / "no-dir" / "b.nq"), "--store", str(tmp_path / "missing")]) == 1
    assert "no store" in capsys.readouterr().err
    store_dir = tmp_path / "s"
    open_store(str(store_dir)).close()
    assert kg_main(["backup", str(tmp_path / "no-dir" / "b.nq"), "--store", str(store_dir)]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert kg_main(["restore", str(tmp_path / "missing.nq"), "--store", str(store_dir)]) == 2
