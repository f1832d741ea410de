"""How the benchmarks measure: wall time, latency percentiles, peak memory, and the machine they ran on.

Each measured step can run in a forked child (:func:`isolated`), so its peak RSS is its own (not the
parent's, nor a previous step's) and a step that overruns its time cap is killed rather than waited for.
"""

from __future__ import annotations

import datetime
import json
import multiprocessing
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any

LIBRARIES = ("rdflib", "pyoxigraph", "pyshacl", "fastapi", "uvicorn", "httpx", "trafilatura")


class StepTimeout(RuntimeError):
    """A measured step ran past its time cap and was killed."""


class StepFailed(RuntimeError):
    """A measured step raised; the message carries the child's traceback."""


@dataclass(frozen=True)
class Outcome:
    """What an isolated step returned, how long it took and its peak resident memory."""

    value: Any
    seconds: float
    peak_rss_mb: float


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def _child(fn: Callable[..., Any], args: tuple, conn: Any) -> None:
    try:
        began = time.perf_counter()
        value = fn(*args)
        seconds = time.perf_counter() - began
        children = peak_rss_mb(resource.RUSAGE_CHILDREN)
        conn.send(("ok", value, seconds, max(peak_rss_mb(), children)))
    except BaseException:  # report anything, the parent decides
        conn.send(("error", traceback.format_exc(), 0.0, 0.0))
    finally:
        conn.close()


def isolated(fn: Callable[..., Any], *args: Any, cap: float = 600.0) -> Outcome:
    """Run ``fn(*args)`` in a forked child; its own time and peak RSS. Kills it after ``cap`` seconds."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(fn, args, send))
    process.start()
    send.close()
    try:
        if not receive.poll(cap):
            raise StepTimeout(f"{getattr(fn, '__name__', fn)} ran past its {cap:.0f} s cap and was killed")
        status, value, seconds, rss = receive.recv()
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    if status != "ok":
        raise StepFailed(value)
    return Outcome(value, seconds, rss)


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50 / p99 / mean / max in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else float("nan"),
        "max_ms": round(max(ms), 2) if ms else float("nan"),
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_total() -> str:
    try:
        return subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout.splitlines()[1]
    except (OSError, IndexError):
        return "unknown"


def machine() -> dict[str, Any]:
    """The facts a reader needs to compare figures: CPU, cores, memory, load, Python and library versions."""
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "nproc": os.cpu_count(),
        "memory": " ".join(_memory_total().split()),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0],
        "libraries": versions,
    }


def report(name: str, figures: dict[str, Any], json_path: str | None = None) -> None:
    """Print the figures (and append them, with the machine, as one JSON line to ``json_path``)."""
    record = {"benchmark": name, "machine": machine(), "figures": figures}
    print(json.dumps(record, indent=2, default=str))
    if json_path:
        with open(json_path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, default=str) + "\n")
