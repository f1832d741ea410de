"""schemathesis against the service's own OpenAPI document, in-process (ASGI), on the sample articles.

Every operation gets generated requests (valid and invalid parameters, bodies, headers); none may answer 500,
and the store must be unchanged except by article posts. The example budget is small (CI: well under 60 s).
schemathesis is a test extra (``pip install schemathesis``; 4.x).
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, settings
from test_robustness_api import FIXED_TIME, dump, sample_store

from api.app import create_app
from api.settings import Settings
from kg.pipeline import ingest_article

schemathesis = pytest.importorskip("schemathesis")

STORE = sample_store()
BEFORE = dump(STORE)
APP = create_app(
    STORE,
    Settings(
        query_timeout=2.0, max_upload_bytes=50_000, ingest=functools.partial(ingest_article, ingested_at=FIXED_TIME)
    ),
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_properties_openapi_no_server_errors(case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
    if response.status_code >= 400:
        assert response.json()["detail"]


def test_properties_openapi_store_only_grew_by_posted_articles() -> None:
    """Whatever schemathesis sent, no graph that was there before changed (posts may add article graphs)."""
    after = set(dump(STORE).splitlines())
    assert set(BEFORE.splitlines()) <= after
    added_graphs = {line.rsplit(b" ", 2)[-2] for line in after - set(BEFORE.splitlines())}
    assert all(b"/graph/article/" in graph for graph in added_graphs)
