"""Fixtures shared by the whole test suite. Module-specific fixtures live in the test module that needs them."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def sample_articles_dir() -> Path:
    """The five bundled sample articles (copies of shared/articles with their metadata)."""
    return REPO_ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """Hand annotations of the sample articles; tests that need them skip when shared/ is absent."""
    path = SHARED / "gold"
    if not path.is_dir():
        pytest.skip("shared/gold is not next to the repository")
    return path


@pytest.fixture(scope="session")
def reference():
    """The bundled reference knowledge base, parsed once."""
    from kg.reference import reference_data

    return reference_data()
