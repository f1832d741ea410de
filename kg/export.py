"""Exporting the store (or one graph) as RDF files, streamed: the store serialises straight into the output.

N-Quads, TriG and JSON-LD keep the named graphs (one per article, the ontology, the reference data); Turtle,
N-Triples and RDF/XML hold one graph, so on the whole store they carry the union of all graphs, without
duplicates and without saying which article a triple came from.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from kg.store import GraphStore, StoreError
from kg.store.formats import RDF_FORMATS, RdfFormatInfo, rdf_format

EXPORT_FORMATS = tuple(RDF_FORMATS)

#: C0 control characters that XML 1.0 cannot carry at all, not even as character references. In UTF-8 each is
#: one byte that never occurs inside a multi-byte sequence, so a byte scan finds them.
_XML_FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(StoreError):
    """The store holds something the requested format cannot represent."""


class _XmlSafeWriter:
    """Passes RDF/XML through to ``out`` and stops at the first XML-forbidden character: pyoxigraph writes them
    raw, giving a file that no XML parser but its own accepts (a quote taken from a page with a form feed)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def write(self, data: bytes) -> int:
        if found := _XML_FORBIDDEN.search(data):
            raise ExportError(
                f"RDF/XML cannot represent the control character U+{found.group()[0]:04X} found in a literal; "
                "export as N-Quads, TriG, Turtle, N-Triples or JSON-LD instead"
            )
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()


def export_format(name: str) -> RdfFormatInfo:
    """The format for a ``--format`` / ``?format=`` value; StoreError names the accepted ones."""
    try:
        return rdf_format(name)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def export(store: GraphStore, format: str, out: BinaryIO, graph_iri: str | None = None) -> RdfFormatInfo:
    """Write the store (or ``graph_iri``) to the binary stream ``out``."""
    info = export_format(format)
    store.dump(info.name, graph_iri, _XmlSafeWriter(out) if info.name == "rdfxml" else out)
    return info


def export_to_file(store: GraphStore, format: str, path: Path, graph_iri: str | None = None) -> RdfFormatInfo:
    """Write to ``path``; a failed export leaves no half-written file behind."""
    info = export_format(format)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as out:
            export(store, info.name, out, graph_iri)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return info
