"""Settings of the HTTP service, passed to ``create_app`` (``kg serve`` builds them from its options)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    #: Bearer token required to POST articles; None leaves posting open (fine on 127.0.0.1 only).
    token: str | None = None
    #: Seconds a SPARQL query may run before it is stopped and answered with 504.
    query_timeout: float = 30.0
    #: Most rows (or triples) a SPARQL result carries; more are cut and flagged with X-KG-Truncated.
    result_limit: int = 10000
    #: Largest article upload accepted (bytes); more is answered with 413.
    max_upload_bytes: int = 5 * 1024 * 1024
    #: Store location when create_app opens the store itself.
    store_location: str | None = None
    #: How an article is ingested: ``(article, store) -> result``; None means kg.pipeline.ingest_article.
    ingest: Callable | None = None
