"""The one parser for RDF that comes from outside: users' files (``kg validate``), request bodies, backups.

>>> graph = parse_untrusted(b'<http://e.org/a> <http://e.org/p> "x" .', "nt")
>>> [str(o) for o in graph.objects()]
['x']

pyoxigraph's parsers already refuse what makes rdflib's RDF/XML and JSON-LD parsers unsafe on hostile input:
external XML entities (``<!ENTITY x SYSTEM …>``), remote JSON-LD contexts (no document loader is set, so
nothing is fetched) and any file access. Measured on pyoxigraph 0.5.13, some costs are still unbounded, so
they are checked here, cheaply, before the parser sees the data:

* RDF/XML internal entities are expanded where they are declared: the "billion laughs" DOCTYPE (ten levels
  of ten references, 1 KB) built a 3 GB literal in 90 s and 9 GB of memory. The expanded size of the
  declarations and of every reference must stay within ``max_bytes``.
* RDF/XML element nesting costs quadratic time (20,000 levels: 2 s; 200,000: minutes): depth ≤ MAX_XML_DEPTH.
* JSON-LD property-scoped contexts nested in each other copy the active context at each level (900 levels
  of a 76 KB file: 450 MB): JSON nesting ≤ MAX_JSON_DEPTH.

Whatever else a parse may cost is bounded by running it in a forked child with a time limit and a cap on
its address space (``RLIMIT_AS``): a parse past either is killed and reported as :class:`InputLimitError`.
Errors are :class:`RdfSyntaxError` (with ``line``/``column`` when the parser gives them) and
:class:`InputLimitError`, both :class:`UntrustedInputError` (a ``StoreError`` and a ``ValueError``).
"""

from __future__ import annotations

import faulthandler
import os
import re
import resource
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.store.errors import (
    InputLimitError,
    QueryTimeout,
    RdfSyntaxError,
    StoreError,
    UntrustedInputError,
)
from kg.store.forked import ForkGate, run_forked
from kg.store.formats import RdfFormatInfo, rdf_format
from kg.store.terms import decode, encode, named_node

#: Largest input accepted by default (bytes, before any entity expansion).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: Seconds a parse may take before its child process is killed.
DEFAULT_TIMEOUT = 30.0
#: Memory a parse may allocate on top of what the process already has (bytes).
DEFAULT_MAX_MEMORY = 1024 * 1024 * 1024
MAX_XML_DEPTH = 1000
MAX_JSON_DEPTH = 256

_DISPLAY = {
    "nq": "N-Quads", "trig": "TriG", "jsonld": "JSON-LD", "ttl": "Turtle", "nt": "N-Triples", "rdfxml": "RDF/XML",
}  # fmt: skip

# oxrdfxml reads a DOCTYPE's declarations as '<!ENTITY' [%] name "value" (double quotes, no '<' inside).
_ENTITY_DECL = re.compile(rb'<!ENTITY\s*%?\s*(\S+)\s+"([^"<]*)"')
_ENTITY_REF = re.compile(rb"&([A-Za-z_:][\w.\-:]*);")
# Markup of well-formed XML; no alternative can cross a '<', so a scan is linear even on malformed input.
_XML_MARKUP = re.compile(
    rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<![^\[>]*(?:\[.*?\])?\s*>"
    rb"""|<(/?)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>""",
    re.DOTALL,
)
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_PARSER_PREFIX = re.compile(r"^Parser error [^:]*:\s*")


def parse_untrusted(
    source: bytes | Path,
    format: str,
    *,
    base_iri: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    max_memory: int = DEFAULT_MAX_MEMORY,
    name: str | None = None,
) -> Graph | Dataset:
    """Parse RDF from outside: a ``Graph`` for triple formats, a ``Dataset`` for nq, trig and jsonld.

    ``format`` is a short name, alias or media type of :mod:`kg.store.formats`; ``base_iri`` resolves
    relative IRIs (without one they are an error); ``name`` labels messages (default: the path, or
    ``<input>``). Blank node labels are kept as written.
    """
    label = name or (str(source) if isinstance(source, Path) else "<input>")
    info = _format(format, label)
    data = _read(source, max_bytes, label)
    check_untrusted(data, info.name, max_bytes=max_bytes, name=label)
    if base_iri is not None:
        named_node(base_iri)  # InvalidTermError for a base that is not an absolute IRI
    fmt = ox.RdfFormat.from_media_type(info.media_type)

    def work() -> tuple:
        _quiet_stderr()  # a parse stopped by the memory cap aborts with a Rust backtrace: noise for the user
        _cap_memory(max_memory)
        return _parse_encoded(data, fmt, base_iri, info.keeps_graphs)

    try:
        answer = run_forked(work, timeout, ForkGate())  # a private gate: the child never touches a store
    except QueryTimeout:
        raise InputLimitError(f"{label}: parsing took longer than {timeout:g} s and was stopped") from None
    except StoreError:
        raise InputLimitError(
            f"{label}: parsing needed more than {max_memory // (1024 * 1024)} MB of memory and was stopped"
        ) from None
    if answer[0] == "error":  # an exception outside the parser itself (MemoryError while collecting, say)
        raise InputLimitError(f"{label}: parsing failed ({answer[1]}: {answer[2]})")
    result = answer[1]
    if result[0] != "ok":
        _, message, line, column = result
        raise RdfSyntaxError(_syntax_message(label, info, message, line, column), line=line, column=column)
    return _to_rdflib(result[1], info.keeps_graphs)


def check_untrusted(data: bytes, format: str, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "<input>") -> None:
    """The static checks of :func:`parse_untrusted` (size, XML entity expansion, nesting depth).

    For callers that hand the bytes to the store's own loader: it streams line-based formats, whose cost is
    linear, but must not see an entity bomb.
    """
    if len(data) > max_bytes:
        raise InputLimitError(f"{name}: too large ({len(data)} bytes > {max_bytes})")
    key = rdf_format(format).name if format not in _DISPLAY else format
    if key == "rdfxml":
        _check_xml_entities(data, max_bytes, name)
        _check_depth(_xml_depth(data), MAX_XML_DEPTH, "RDF/XML element", name)
    elif key == "jsonld":
        _check_depth(_json_depth(data), MAX_JSON_DEPTH, "JSON", name)


def screened(source: str | Path | BinaryIO, format: str) -> str | Path | BinaryIO | bytes:
    """For the store's own loaders (``GraphStore.load``): RDF/XML and JSON-LD, whose parse cost is not linear
    in their size, are read and checked (entity expansion within the file's size or the default limit,
    nesting depth) and returned as bytes; line-based formats stream through unchanged."""
    label = str(source) if isinstance(source, str | Path) else "<stream>"
    key = _format(format, label).name
    if key not in ("rdfxml", "jsonld"):
        return source
    try:
        data = Path(source).read_bytes() if isinstance(source, str | Path) else source.read()
    except OSError as exc:
        raise UntrustedInputError(f"{label}: cannot read ({exc.strerror or exc})") from exc
    check_untrusted(data, key, max_bytes=max(DEFAULT_MAX_BYTES, len(data)), name=label)
    return data


# ------------------------------------------------------------------------------------------ static checks


def _check_xml_entities(data: bytes, limit: int, name: str) -> None:
    sizes: dict[bytes, int] = {}
    declared = 0
    for match in _ENTITY_DECL.finditer(data):
        value = match.group(2)
        size = len(value)
        for ref in _ENTITY_REF.finditer(value):
            size += sizes.get(ref.group(1), len(ref.group(0))) - len(ref.group(0))
        sizes[match.group(1)] = size
        declared += size
        if declared > limit:
            raise InputLimitError(
                f"{name}: RDF/XML entity declarations expand to more than {limit} bytes "
                "(an entity expansion attack such as 'billion laughs'?)"
            )
    if not sizes:
        return
    expanded = 0
    for ref in _ENTITY_REF.finditer(data):
        expanded += sizes.get(ref.group(1), 0)
        if expanded > limit:
            raise InputLimitError(f"{name}: RDF/XML entity references expand to more than {limit} bytes")


def _xml_depth(data: bytes) -> int:
    depth = deepest = 0
    for match in _XML_MARKUP.finditer(data):
        closing = match.group(1)
        if closing is None:  # comment, CDATA, processing instruction, DOCTYPE
            continue
        if closing:
            depth -= 1
        elif not match.group(0).endswith(b"/>"):
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _json_depth(data: bytes) -> int:
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", data))
    return max(accumulate(1 if b in b"[{" else -1 for b in brackets), default=0)


def _check_depth(depth: int, limit: int, what: str, name: str) -> None:
    if depth > limit:
        raise InputLimitError(f"{name}: {what} nesting is {depth} levels deep (at most {limit} accepted)")


# ------------------------------------------------------------------------------------------------ parsing


def _format(format: str, label: str) -> RdfFormatInfo:
    try:
        return rdf_format(format)
    except ValueError as exc:
        raise UntrustedInputError(f"{label}: {exc}") from None


def _read(source: bytes | Path, max_bytes: int, label: str) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, Path):
        try:
            with source.open("rb") as handle:  # read at most one byte past the limit (/dev/zero ends too)
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise UntrustedInputError(f"{label}: cannot read ({exc.strerror or exc})") from exc
    else:
        raise TypeError(f"parse_untrusted reads bytes or a Path, not {type(source).__name__}")
    if len(data) > max_bytes:
        raise InputLimitError(f"{label}: too large (more than {max_bytes} bytes)")
    return data


def _quiet_stderr() -> None:
    """In the child: send its stderr (and faulthandler's dump on abort) to /dev/null; it reports by pipe."""
    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _cap_memory(extra: int) -> None:
    """In the child: allow ``extra`` bytes of address space beyond what the forked process already maps."""
    try:
        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return  # no /proc (not Linux): the time limit still applies
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = current + extra if hard == resource.RLIM_INFINITY else min(current + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _parse_encoded(data: bytes, fmt: ox.RdfFormat, base_iri: str | None, dataset: bool) -> tuple:
    """In the child: ``("ok", encoded quads)`` or ``("syntax", message, line, column)``."""
    quads = []
    try:
        for quad in ox.parse(data, fmt, base_iri=base_iri, without_named_graphs=not dataset):
            terms = (quad.subject, quad.predicate, quad.object)
            if any(isinstance(term, ox.Triple) for term in terms):
                return ("syntax", "RDF 1.2 triple terms (<< … >>) are not accepted", None, None)
            graph = None if isinstance(quad.graph_name, ox.DefaultGraph) else encode(quad.graph_name)
            quads.append((*map(encode, terms), graph))
    except SyntaxError as exc:
        return ("syntax", exc.msg or str(exc), exc.lineno, exc.offset)
    except ValueError as exc:
        return ("syntax", str(exc), None, None)
    return ("ok", quads)


def _syntax_message(label: str, info: RdfFormatInfo, message: str, line: int | None, column: int | None) -> str:
    if "LoadDocumentCallback" in message:
        message = "remote contexts are not loaded (a @context or @import by URL); put the context inline"
    where = f" at line {line}" + (f", column {column}" if column else "") if line else ""
    return f"{label}: malformed {_DISPLAY[info.name]}{where}: {_PARSER_PREFIX.sub('', message)}"


def _to_rdflib(quads: list, dataset: bool) -> Graph | Dataset:
    if not dataset:
        graph = Graph()
        graph.addN((decode(s), decode(p), decode(o), graph) for s, p, o, _ in quads)
        return graph
    result = Dataset()
    graphs: dict = {None: result.default_graph}
    for s, p, o, g in quads:
        if g not in graphs:
            graphs[g] = result.graph(decode(g))
        graphs[g].add((decode(s), decode(p), decode(o)))
    return result


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_MEMORY",
    "DEFAULT_TIMEOUT",
    "InputLimitError",
    "RdfSyntaxError",
    "UntrustedInputError",
    "check_untrusted",
    "parse_untrusted",
    "screened",
]
