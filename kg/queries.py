"""The SPARQL queries the store statistics and the REST API run, kept as data in ``kg/queries/*.rq``.

Queries are files so they can be read, tried in the SPARQL endpoint and reviewed without reading Python.
Callers pass values (IRIs, literals) separately as bindings; the text is never assembled from input.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent / "queries"


def query_names() -> list[str]:
    """Names of the bundled queries (file stems)."""
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


@cache
def load_query(name: str) -> str:
    """The text of ``kg/queries/<name>.rq``; ``KeyError`` for an unknown name."""
    path = QUERIES_DIR / f"{name}.rq"
    if not path.is_file():
        raise KeyError(f"no query named {name!r} in {QUERIES_DIR}")
    return path.read_text(encoding="utf-8")
