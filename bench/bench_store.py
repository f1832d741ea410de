"""Store load and export rates: our store interface against pyoxigraph's own bulk loader and dump.

Loads one N-Quads file (from ``generate_rdf.py``) into a fresh on-disk store twice, through
``kg.store.open_store(dir).load(file, "nq")`` and through ``pyoxigraph.Store(dir).bulk_load``, and reports
triples/s and our overhead as a ratio (goal <= 1.3). Then exports our store as N-Quads and Turtle through
``GraphStore.dump`` (what ``kg export`` calls) and reports triples/s (goal >= 200k). Each step runs in its
own forked process (own peak RSS, killed at the time cap).

    python bench/bench_store.py --nq /tmp/kg-1m.nq --workdir /tmp/kg-bench
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from bench.measure import StepFailed, StepTimeout, isolated, report


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def load_ours(nq: Path, directory: Path) -> int:
    from kg.store import open_store

    with open_store(str(directory)) as store:
        return store.load(nq, "nq")


def load_oxigraph(nq: Path, directory: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store(str(directory))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    return len(store)


def store_size(directory: Path) -> int:
    from kg.store import open_store

    with open_store(str(directory), read_only=True) as store:
        rows = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0])


def export_ours(directory: Path, format: str, out: Path) -> int:
    from kg.store import open_store

    with open_store(str(directory), read_only=True) as store, out.open("wb") as stream:
        store.dump(format, None, stream)
    return out.stat().st_size


def export_oxigraph(directory: Path, format: str, out: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(directory))
    with out.open("wb") as stream:
        if format == "nq":
            store.dump(stream, format=ox.RdfFormat.N_QUADS)
        else:  # Turtle holds one graph: the union, as our dump writes it
            query = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
            store.query(query).serialize(stream, format=ox.RdfFormat.TURTLE)
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nq", type=Path, required=True, help="N-Quads file from generate_rdf.py")
    parser.add_argument("--workdir", type=Path, required=True, help="scratch folder (stores, exports); emptied")
    parser.add_argument("--cap", type=float, default=900.0, help="time cap per step, seconds")
    parser.add_argument("--json", help="append the figures as one JSON line to this file")
    args = parser.parse_args(argv)
    if not args.nq.is_file():
        parser.error(f"{args.nq}: no such file")
    work = _fresh(args.workdir)
    figures: dict = {"input": str(args.nq), "input_bytes": args.nq.stat().st_size}
    try:
        ours = isolated(load_ours, args.nq, _fresh(work / "ours"), cap=args.cap)
        theirs = isolated(load_oxigraph, args.nq, _fresh(work / "oxigraph"), cap=args.cap)
        quads = isolated(store_size, work / "ours", cap=args.cap).value
        figures["quads"] = quads
        figures["load"] = {
            "ours_s": round(ours.seconds, 2),
            "ours_triples_per_s": round(quads / ours.seconds),
            "ours_peak_rss_mb": round(ours.peak_rss_mb),
            "oxigraph_bulk_load_s": round(theirs.seconds, 2),
            "oxigraph_triples_per_s": round(theirs.value / theirs.seconds),
            "oxigraph_peak_rss_mb": round(theirs.peak_rss_mb),
            "overhead_ratio": round(ours.seconds / theirs.seconds, 2),
        }
        figures["export"] = {}
        for format in ("nq", "ttl"):
            out = work / f"export.{format}"
            mine = isolated(export_ours, work / "ours", format, out, cap=args.cap)
            native = isolated(export_oxigraph, work / "oxigraph", format, work / f"native.{format}", cap=args.cap)
            figures["export"][format] = {
                "ours_s": round(mine.seconds, 2),
                "ours_triples_per_s": round(quads / mine.seconds),
                "ours_bytes": mine.value,
                "ours_peak_rss_mb": round(mine.peak_rss_mb),
                "oxigraph_s": round(native.seconds, 2),
                "oxigraph_triples_per_s": round(quads / native.seconds),
            }
    except (StepTimeout, StepFailed) as exc:
        print(f"bench_store: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report("store load and export", figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
