"""Where the RDF resources (ontology, reference data, shapes) live.

In a checkout (editable install) they are the repository's own ``ontology/`` and ``shapes/`` folders, the
single source of truth; a wheel carries copies under ``kg/_resources/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def _resource_dir(name: str) -> Path:
    for candidate in (_REPO_ROOT / name, _PACKAGE_DIR / "_resources" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cannot find the {name}/ folder next to the kg package")


ONTOLOGY_DIR = _resource_dir("ontology")
SHAPES_DIR = _resource_dir("shapes")
DATA_DIR = _PACKAGE_DIR / "data"

#: The OWL ontology (TBox) — classes and properties, with the external terms it reuses declared locally.
ONTOLOGY_FILE = ONTOLOGY_DIR / "ckg.ttl"
#: Reference knowledge base (ABox) that extraction resolves against.
ACTORS_FILE = ONTOLOGY_DIR / "actors.ttl"
PLACES_FILE = ONTOLOGY_DIR / "places.ttl"
PLACES_SUPPLEMENT_FILE = ONTOLOGY_DIR / "places-supplement.ttl"
REFERENCE_FILES = (ACTORS_FILE, PLACES_FILE, PLACES_SUPPLEMENT_FILE)
