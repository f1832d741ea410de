"""kg/namespace.py is generated from the ontology: it must not drift from what the generator produces."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("gen_namespace", REPO_ROOT / "tools" / "gen_namespace.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_namespace_module_matches_the_ontology() -> None:
    gen = _generator()
    expected = gen.render(gen.ontology_terms(REPO_ROOT / "ontology" / "ckg.ttl"))
    actual = (REPO_ROOT / "kg" / "namespace.py").read_text(encoding="utf-8")
    assert actual == expected, "kg/namespace.py is stale: run python tools/gen_namespace.py"


def test_namespace_ckg_is_closed() -> None:
    from kg.namespace import CKG

    assert str(CKG.Event) == "https://w3id.org/conflict-kg/ontology#Event"
    try:
        CKG.NoSuchTerm  # noqa: B018
    except AttributeError:
        return
    raise AssertionError("CKG accepted an undeclared term")
