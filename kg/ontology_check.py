"""OWL consistency of the ontology with the reference data, checked by the HermiT reasoner (owlready2).

SHACL checks each graph's shape; it cannot see that the ontology's axioms contradict the data (an individual
typed both ckg:Place and ckg:Actor, which the ontology declares disjoint). A DL reasoner can. owlready2
cannot read Turtle, so the files are merged with rdflib (``owl:imports`` dropped: every term the ontology
uses is declared locally, and nothing may be fetched) and written as N-Triples to a temporary folder. Each
check runs in a fresh owlready2 ``World`` so that checks never see each other's axioms. HermiT is used
because owlready2's bundled Pellet needs a newer Java than the project's.

owlready2 is imported here and nowhere else.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL

from kg.paths import ONTOLOGY_FILE, REFERENCE_FILES

_RDFLIB_FORMATS = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


class OntologyCheckError(RuntimeError):
    """The check could not run (no Java, an unreadable file): distinct from finding an inconsistency."""


@dataclass(frozen=True)
class ConsistencyResult:
    """``consistent`` is False when the axioms and data contradict each other, or a class cannot have members."""

    consistent: bool
    inconsistent_classes: tuple[str, ...] = field(default=())
    message: str = ""


def _merged_graph(files: Sequence[Path]) -> Graph:
    graph = Graph()
    for path in files:
        path = Path(path)
        fmt = _RDFLIB_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise OntologyCheckError(f"{path}: unsupported file type for the consistency check")
        try:
            graph.parse(path, format=fmt)  # bundled, trusted files
        except (OSError, SyntaxError, ValueError) as exc:
            raise OntologyCheckError(f"{path}: cannot read ({exc})") from exc
    graph.remove((None, OWL.imports, None))
    return graph


def check_consistency(extra_files: Sequence[Path] = ()) -> ConsistencyResult:
    """Run HermiT over ``ontology/ckg.ttl``, the reference data that exists, and ``extra_files``."""
    import owlready2

    files = [ONTOLOGY_FILE, *(p for p in REFERENCE_FILES if p.is_file()), *map(Path, extra_files)]
    graph = _merged_graph(files)
    with tempfile.TemporaryDirectory(prefix="kg-owl-") as tmp:
        merged = Path(tmp) / "merged.nt"
        graph.serialize(merged, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            ontology = world.get_ontology(merged.as_uri()).load(format="ntriples")
            with ontology:
                owlready2.sync_reasoner_hermit(
                    world, infer_property_values=False, debug=0, ignore_unsupported_datatypes=True
                )
            unsatisfiable = tuple(sorted(cls.iri for cls in world.inconsistent_classes()))
        except owlready2.OwlReadyInconsistentOntologyError:
            return ConsistencyResult(False, (), "the ontology and data are inconsistent (HermiT found a contradiction)")
        except (OSError, owlready2.OwlReadyJavaError) as exc:
            raise OntologyCheckError(f"the reasoner could not run: {exc}") from exc
        finally:
            world.close()
    if unsatisfiable:
        return ConsistencyResult(False, unsatisfiable, f"{len(unsatisfiable)} class(es) can have no members")
    return ConsistencyResult(True, (), f"consistent ({len(files)} file(s), {len(graph)} triples)")
