"""The SHACL gate: an article graph is stored only if it conforms to ``shapes/*.ttl``.

An article graph refers to actors and places whose types live in the reference graph (or in other articles'
graphs), and the event shape targets ``ckg:Event`` through the subclass hierarchy. Running RDFS inference
over the whole ontology per article is slow, and it would also make every referenced entity a focus node of
the entity shapes, which then report its label or coordinates as missing (they are in the reference graph,
not here). So, once per process, we build (a) the ontology's ``rdfs:subClassOf`` triples and (b) the types of
every reference entity with their superclasses; per call we validate the data plus (a) plus the types of the
IRIs the data only refers to, and we restrict the focus nodes to what the data itself describes.

pyshacl is imported here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg.namespace import CKG, DCTERMS, OA, ORG, PROV, RES, SDO, SKOS, TIME, WGS
from kg.paths import ONTOLOGY_FILE, REFERENCE_FILES, SHAPES_DIR

#: File extension → format name (``kg.store.formats``), for ``kg validate FILE``.
RDF_FILE_FORMATS: dict[str, str] = {
    ".ttl": "ttl",
    ".nt": "nt",
    ".nq": "nq",
    ".trig": "trig",
    ".rdf": "rdfxml",
    ".xml": "rdfxml",
    ".owl": "rdfxml",
    ".jsonld": "jsonld",
}
_PREFIXES = (
    ("ckg", CKG), ("res", RES), ("org", ORG), ("prov", PROV), ("skos", SKOS), ("time", TIME), ("wgs", WGS),
    ("oa", OA), ("dcterms", DCTERMS), ("schema", SDO),
)  # fmt: skip


class RDFSyntaxError(ValueError):
    """An RDF file that cannot be parsed; the message names the file and the line."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Violation:
    """One SHACL result, reduced to what a person needs to fix the data."""

    focus: str
    path: str
    message: str
    value: str
    severity: str

    def line(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class ValidationResult:
    """Whether data conforms to the shapes, with a readable report and the SHACL report graph."""

    conforms: bool
    report_graph: Graph
    violations: tuple[Violation, ...]

    @property
    def report_text(self) -> str:
        """One line per result (focus node, path, message), or a one-line all-clear."""
        if not self.violations:
            return "Conforms: no SHACL violations."
        lines = [f"{len(self.violations)} SHACL result(s):"]
        lines += [f"  {v.line()}" for v in self.violations]
        return "\n".join(lines)

    def report_turtle(self) -> str:
        """The SHACL validation report as Turtle (what ``--shacl-report`` writes)."""
        return self.report_graph.serialize(format="turtle")


# ------------------------------------------------------------------------------------- built once per process


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """All shapes in ``shapes/*.ttl``, parsed once."""
    graph = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def class_hierarchy() -> Graph:
    """(a) The ontology's ``rdfs:subClassOf`` triples between named classes: what ``sh:targetClass`` and
    ``sh:class`` follow, without running inference."""
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    hierarchy = Graph()
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            hierarchy.add((sub, RDFS.subClassOf, sup))
    return hierarchy


def _superclasses(cls: URIRef, hierarchy: Graph) -> set[URIRef]:
    return {c for c in hierarchy.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)}


@lru_cache(maxsize=1)
def reference_types() -> dict[URIRef, frozenset[URIRef]]:
    """(b) Every reference actor's and place's ``rdf:type``, superclasses included (the files that exist)."""
    hierarchy = class_hierarchy()
    data = Graph()
    for path in REFERENCE_FILES:
        if Path(path).is_file():
            data.parse(path, format="turtle")
    types: dict[URIRef, set[URIRef]] = {}
    for subject, cls in data.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and isinstance(cls, URIRef):
            types.setdefault(subject, set()).update(_superclasses(cls, hierarchy))
    return {iri: frozenset(classes) for iri, classes in types.items()}


# ----------------------------------------------------------------------------------------------- validation


def _nodes(data: Graph) -> set[Node]:
    nodes: set[Node] = set()
    for s, _, o in data:
        nodes.add(s)
        if not isinstance(o, Literal):
            nodes.add(o)
    return nodes


def _borrowed_types(data: Graph, context: Graph | None) -> tuple[list[tuple[Node, Node, Node]], set[URIRef]]:
    """Type triples for the IRIs the data refers to without typing them, and those IRIs."""
    described = set(data.subjects(RDF.type))
    known = reference_types()
    triples: list[tuple[Node, Node, Node]] = []
    borrowed: set[URIRef] = set()
    for node in _nodes(data):
        if not isinstance(node, URIRef) or node in described:
            continue
        classes = set(known.get(node, ()))
        if context is not None:
            classes.update(c for c in context.objects(node, RDF.type) if isinstance(c, URIRef))
        if classes:
            borrowed.add(node)
            triples.extend((node, RDF.type, cls) for cls in classes)
    return triples, borrowed


def _hierarchy_for(data: Graph, extra_types: Iterable[Node]) -> list[tuple[Node, Node, Node]]:
    """The subclass triples above the classes in use: all that sh:targetClass and sh:class will follow."""
    hierarchy = class_hierarchy()
    todo = {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)} | set(extra_types)
    seen: set[Node] = set()
    triples = []
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for sup in hierarchy.objects(cls, RDFS.subClassOf):
            triples.append((cls, RDFS.subClassOf, sup))
            todo.add(sup)
    return triples


@lru_cache(maxsize=1)
def _harvested_shapes() -> object:
    """pyshacl's ShapesGraph with its shapes harvested: pyshacl would re-harvest them on every call."""
    from pyshacl.shapes_graph import ShapesGraph

    shapes = ShapesGraph(shapes_graph(), False, logging.getLogger("pyshacl"))
    _ = shapes.shapes
    return shapes


@lru_cache(maxsize=1)
def _validator_class() -> type:
    """pyshacl's Validator with the focus-node filter as a set (pyshacl tests every candidate against a list,
    quadratic in the size of an article graph)."""
    from pyshacl import Validator

    class GateValidator(Validator):
        def make_executor(self):  # type: ignore[no-untyped-def]
            executor = super().make_executor()
            if executor.focus_nodes:
                executor.focus_nodes = frozenset(executor.focus_nodes)
            return executor

    return GateValidator


def _run_pyshacl(data: Graph, focus: list[URIRef] | None) -> tuple[bool, Graph]:
    from pyshacl.graph_abstraction import DataGraph

    logger = logging.getLogger("pyshacl")
    logger.setLevel(logging.ERROR)
    options = {"inference": "none", "inplace": True, "allow_warnings": True, "focus_nodes": focus, "logger": logger}
    validator = _validator_class()(DataGraph.from_rdflib(data), shacl_graph=shapes_graph(), options=options)
    validator.shacl_graph = _harvested_shapes()
    conforms, report, _ = validator.run()
    return bool(conforms), report


def untyped_references(data: Graph) -> set[URIRef]:
    """Entities (``RES`` IRIs) the data refers to whose types are neither in the data nor in the reference
    data: the pipeline fetches their types from the store (entities other articles minted)."""
    described = set(data.subjects(RDF.type))
    known = reference_types()
    return {
        node
        for node in _nodes(data)
        if isinstance(node, URIRef) and str(node).startswith(str(RES)) and node not in described and node not in known
    }


def validate_graph(data: Graph, *, context: Graph | None = None) -> ValidationResult:
    """Validate ``data`` against the shapes.

    ``context`` may hold ``rdf:type`` triples of entities that ``data`` refers to and that are not reference
    data (e.g. entities other articles minted, fetched from the store); types of reference entities are
    looked up here. Entities whose types are borrowed are not validated themselves: their own graph is.
    """
    borrowed_triples, borrowed = _borrowed_types(data, context)
    if borrowed and any(isinstance(node, BNode) for node in _nodes(data)):
        data = data.skolemize()  # pyshacl's focus filter keeps only IRIs
    combined = Graph()
    combined.addN((s, p, o, combined) for s, p, o in data)
    combined.addN((s, p, o, combined) for s, p, o in borrowed_triples)
    hierarchy = _hierarchy_for(data, (o for _, _, o in borrowed_triples))
    combined.addN((s, p, o, combined) for s, p, o in hierarchy)
    focus = None
    if borrowed:
        focus = [node for node in _nodes(data) if isinstance(node, URIRef) and node not in borrowed]
    conforms, report = _run_pyshacl(combined, focus)
    return _result(conforms, report)


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        text = str(node)
        return repr(text[:60] + "…" if len(text) > 60 else text)
    if isinstance(node, BNode):
        return "[]"
    try:
        return graph.namespace_manager.normalizeUri(node)
    except Exception:  # noqa: BLE001  (an IRI rdflib cannot abbreviate is shown in full)
        return f"<{node}>"


def _path(graph: Graph, path: Node | None) -> str:
    if isinstance(path, BNode):
        inverse = graph.value(path, SH.inversePath)
        return f"^{_short(graph, inverse)}" if inverse is not None else "[path]"
    return _short(graph, path)


def _violations(report: Graph) -> Iterator[Violation]:
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        message = report.value(result, SH.resultMessage)
        component = report.value(result, SH.sourceConstraintComponent)
        focus, value = report.value(result, SH.focusNode), report.value(result, SH.value)
        yield Violation(
            focus=_short(report, focus),
            path=_path(report, report.value(result, SH.resultPath)),
            message=str(message) if message is not None else _short(report, component),
            value=_short(report, value) if value != focus else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        )


def _result(conforms: bool, report: Graph) -> ValidationResult:
    for prefix, namespace in _PREFIXES:
        report.bind(prefix, str(namespace), override=True, replace=True)
    violations = tuple(sorted(set(_violations(report)), key=lambda v: (v.focus, v.path, v.message, v.value)))
    return ValidationResult(conforms=conforms, report_graph=report, violations=violations)


# ------------------------------------------------------------------------------------------------ files


def parse_rdf_file(path: Path) -> Graph:
    """Parse an untrusted RDF file with the store's safe parser (no entity expansion, no remote JSON-LD
    contexts, bounded size, time and memory: :func:`kg.store.parsing.parse_untrusted`).

    The format comes from the extension; named graphs are merged. Raises :class:`RDFSyntaxError` for an
    unknown extension, an unreadable file, malformed content (with the line) or input past a limit.
    """
    from kg.store.errors import UntrustedInputError
    from kg.store.parsing import parse_untrusted

    path = Path(path)
    format_name = RDF_FILE_FORMATS.get(path.suffix.lower())
    if format_name is None:
        known = ", ".join(sorted(RDF_FILE_FORMATS))
        raise RDFSyntaxError(f"{path}: unknown RDF file extension {path.suffix!r} (expected one of {known})")
    try:
        parsed = parse_untrusted(path, format_name, base_iri=path.resolve().as_uri())
    except UntrustedInputError as exc:
        raise RDFSyntaxError(str(exc), line=exc.line) from exc
    if isinstance(parsed, Dataset):
        graph = Graph()
        graph.addN((s, p, o, graph) for s, p, o, _ in parsed.quads())
        return graph
    return parsed


def validate_file(path: Path) -> ValidationResult:
    """Validate an RDF file (any format of :data:`RDF_FILE_FORMATS`) against the shapes."""
    return validate_graph(parse_rdf_file(path))


def validate_files(paths: Iterable[Path]) -> ValidationResult:
    """Validate several RDF files as one graph (e.g. the reference data, whose files refer to each other)."""
    graph = Graph()
    for path in paths:
        for triple in parse_rdf_file(path):
            graph.add(triple)
    return validate_graph(graph)
