"""Exporting the store (or one graph) as RDF files, streamed: the store serialises straight into the output.

N-Quads, TriG and JSON-LD keep the named graphs (one per article, the ontology, the reference data); Turtle,
N-Triples and RDF/XML hold one graph, so on the whole store they carry the union of all graphs, without
duplicates and without saying which article a triple came from.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from kg.store import GraphStore, StoreError
from kg.store.formats import RDF_FORMATS, RdfFormatInfo, rdf_format

EXPORT_FORMATS = tuple(RDF_FORMATS)


def export_format(name: str) -> RdfFormatInfo:
    """The format for a ``--format`` / ``?format=`` value; StoreError names the accepted ones."""
    try:
        return rdf_format(name)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def export(store: GraphStore, format: str, out: BinaryIO, graph_iri: str | None = None) -> RdfFormatInfo:
    """Write the store (or ``graph_iri``) to the binary stream ``out``."""
    info = export_format(format)
    store.dump(info.name, graph_iri, out)
    return info


def export_to_file(store: GraphStore, format: str, path: Path, graph_iri: str | None = None) -> RdfFormatInfo:
    """Write to ``path``; a failed export leaves no half-written file behind."""
    info = export_format(format)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            store.dump(info.name, graph_iri, out)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return info
