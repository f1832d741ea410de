"""The OWL consistency check: the bundled ontology and reference data are consistent, contradictions are found.

Each reasoner run costs seconds (Java start-up, HermiT), so these tests are few.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.ontology_check import OntologyCheckError, check_consistency

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ontology"
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


def test_ontology_check_bundled_ontology_and_reference_data_are_consistent() -> None:
    result = check_consistency([FIXTURES / "consistent-extra.ttl"])
    assert result.consistent, result.message
    assert result.inconsistent_classes == ()


@pytest.mark.parametrize("fixture", ["place-and-actor.ttl", "person-and-organization.ttl"])
def test_ontology_check_detects_disjoint_types(fixture: str) -> None:
    result = check_consistency([FIXTURES / fixture])
    assert not result.consistent
    assert "inconsistent" in result.message


def test_ontology_check_unreadable_extra_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OntologyCheckError, match="unsupported file type"):
        check_consistency([tmp_path / "data.csv"])
