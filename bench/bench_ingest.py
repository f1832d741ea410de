"""Ingest throughput: articles/s of the whole pipeline with 1 and 2 workers, per stage, and peak memory.

The whole pipeline is ``kg.pipeline.ingest_paths`` (what ``kg ingest`` runs) into a fresh on-disk store, SHACL
gate on, each worker count in its own forked process (its own peak RSS, its worker processes' included,
killed at the time cap). The per-stage figures come from one process running the same steps one article at a
time with a clock around each: clean (read + segment), resolve, extract facts, build RDF, SHACL gate, and
store (replace the article's graph), after a warm-up that loads the reference data and the shapes. tracemalloc
gives the Python heap peak of the staged run.

    python bench/generate_articles.py --count 1000 --out /tmp/articles --seed 1
    python bench/bench_ingest.py --articles /tmp/articles --workers 1 2 --workdir /tmp/kg-bench-ingest
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench.measure import StepFailed, StepTimeout, isolated, report

WARM_UP = 3
STAGES = ("clean", "resolve", "extract", "build_rdf", "shacl_gate", "store")


def whole_pipeline(paths: list[Path], directory: Path, workers: int) -> dict[str, Any]:
    from kg.pipeline import ingest_paths
    from kg.store import open_store

    with open_store(str(directory)) as store:
        store.ensure_reference_loaded()
        began = time.perf_counter()
        summary = ingest_paths(paths, store, workers=workers, progress=False)
        seconds = time.perf_counter() - began
    return {
        "articles": len(paths),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(paths) / seconds, 1),
        "stored": len(summary.ok),
        "rejected": len(summary.rejected),
        "unreadable": len(summary.unreadable),
        "first_problem": (summary.rejected[0].report_text[:500] if summary.rejected else None)
        or (summary.unreadable[0].reason if summary.unreadable else None),
    }


def staged(paths: list[Path], directory: Path, trace: bool = False) -> dict[str, Any]:
    """Each stage timed on its own, one article after the other, in this process.

    With ``trace`` tracemalloc records the Python heap peak after the warm-up; it slows Python down several
    times, so the timed run and the traced run are separate.
    """
    from kg.articles import read_article
    from kg.extraction import extract_facts
    from kg.namespace import GRAPH
    from kg.rdf_build import build_article_graph
    from kg.resolution import resolve_mentions
    from kg.store import open_store
    from kg.validation import validate_graph

    totals = dict.fromkeys(STAGES, 0.0)
    conforming = 0
    with open_store(str(directory)) as store:
        store.ensure_reference_loaded()
        for index, path in enumerate(paths):
            clock = [time.perf_counter()]
            article = read_article(path)
            clock.append(time.perf_counter())
            resolved = resolve_mentions(article)
            clock.append(time.perf_counter())
            extraction = extract_facts(article, resolved)
            clock.append(time.perf_counter())
            graph = build_article_graph(extraction)
            clock.append(time.perf_counter())
            result = validate_graph(graph)
            clock.append(time.perf_counter())
            if result.conforms:
                store.replace_graph(str(GRAPH[f"article/{article.id}"]), graph)
            clock.append(time.perf_counter())
            if index == WARM_UP - 1 and trace:
                tracemalloc.start()
            if index >= WARM_UP:
                conforming += result.conforms
                for stage, before, after in zip(STAGES, clock, clock[1:], strict=False):
                    totals[stage] += after - before
        _, heap_peak = tracemalloc.get_traced_memory() if trace else (0, 0)
        tracemalloc.stop()
    measured = len(paths) - WARM_UP
    whole = sum(totals.values())
    return {
        "articles": measured,
        "conforming": conforming,
        "ms_per_article": {stage: round(totals[stage] / measured * 1000, 2) for stage in STAGES},
        "articles_per_s": {stage: round(measured / totals[stage], 1) if totals[stage] else None for stage in STAGES},
        "share_of_time": {stage: round(totals[stage] / whole, 3) for stage in STAGES},
        "all_stages_articles_per_s": round(measured / whole, 1),
        **({"python_heap_peak_mb": round(heap_peak / 2**20, 1)} if trace else {}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, required=True, help="folder from generate_articles.py")
    parser.add_argument("--workdir", type=Path, required=True, help="scratch folder for the stores; emptied")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to measure")
    parser.add_argument("--limit", type=int, default=500, help="articles for the whole-pipeline runs")
    parser.add_argument("--stage-sample", type=int, default=200, help="articles for the per-stage run")
    parser.add_argument("--cap", type=float, default=1200.0, help="time cap per run, seconds")
    parser.add_argument("--json", help="append the figures as one JSON line to this file")
    args = parser.parse_args(argv)
    from kg.articles import discover_article_files

    paths = discover_article_files([args.articles])
    if len(paths) < WARM_UP + 1:
        parser.error(f"{args.articles}: needs at least {WARM_UP + 1} articles")
    shutil.rmtree(args.workdir, ignore_errors=True)
    args.workdir.mkdir(parents=True)
    words = [len(p.read_text(encoding="utf-8").split()) for p in paths[: args.limit]]
    figures: dict[str, Any] = {"input": str(args.articles), "mean_words_per_file": round(sum(words) / len(words))}
    try:
        for workers in args.workers:
            store_dir = args.workdir / f"whole-{workers}"
            run = isolated(whole_pipeline, paths[: args.limit], store_dir, workers, cap=args.cap)
            figures[f"whole_pipeline_workers_{workers}"] = {**run.value, "peak_rss_mb": round(run.peak_rss_mb)}
        sample = paths[: args.stage_sample + WARM_UP]
        run = isolated(staged, sample, args.workdir / "staged", cap=args.cap)
        figures["per_stage_1_process"] = {**run.value, "peak_rss_mb": round(run.peak_rss_mb)}
        traced = isolated(staged, sample[: WARM_UP + 20], args.workdir / "traced", True, cap=args.cap).value
        figures["per_stage_1_process"]["python_heap_peak_mb_tracemalloc"] = traced["python_heap_peak_mb"]
    except (StepTimeout, StepFailed) as exc:
        print(f"bench_ingest: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(args.workdir, ignore_errors=True)
    report("ingest throughput", figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
