"""Reading just enough of a SPARQL request's text to route it: its form, and where to bind values.

A remote endpoint must be asked for the right result type (SPARQL results or RDF), and an update must be
refused before it reaches a server; both only need the first keyword after the prologue (``BASE`` /
``PREFIX`` declarations and comments), which the SPARQL grammar puts first. Full parsing stays with the store.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kg.store.errors import QuerySyntaxError

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")

_SKIP = re.compile(
    r"""\s+ | \#[^\n]* | (?i:PREFIX)\s+[^\s:]*:\s*<[^>]*> | (?i:BASE)\s+<[^>]*>""",
    re.VERBOSE,
)
_KEYWORD = re.compile(r"[A-Za-z]+")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def request_form(text: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, or ``UPDATE``; QuerySyntaxError for anything else."""
    pos = 0
    while True:
        match = _SKIP.match(text, pos)
        if not match or match.end() == pos:
            break
        pos = match.end()
    keyword = _KEYWORD.match(text, pos)
    word = keyword.group(0).upper() if keyword else ""
    if word in QUERY_FORMS:
        return word
    if word in UPDATE_KEYWORDS:
        return "UPDATE"
    if not text[pos:].strip():
        raise QuerySyntaxError("empty query")
    raise QuerySyntaxError(
        f"not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE at {text[pos : pos + 30]!r}"
    )


def bind_values(text: str, values: Mapping[str, str | Sequence[str]]) -> str:
    """Bind variables by ``VALUES`` blocks at the start of the outermost ``WHERE`` group.

    ``values`` maps variable names to terms already written in SPARQL syntax *by pyoxigraph* (validated
    terms, never user text): a string binds the variable to that one term (``UNDEF`` leaves it free), a
    list or tuple to any of its terms (one solution each; an empty one matches nothing). Equivalent to
    substitution for the project's own queries, which all spell ``WHERE {``.
    """
    if not values:
        return text
    match = _WHERE.search(text)
    if match is None:
        raise QuerySyntaxError("cannot bind values: the query has no 'WHERE {'")
    single = {name: term for name, term in values.items() if isinstance(term, str)}
    blocks = []
    if single:
        blocks.append(f"VALUES ({' '.join(f'?{name}' for name in single)}) {{ ({' '.join(single.values())}) }}")
    for name, terms in values.items():
        if not isinstance(terms, str):
            blocks.append(f"VALUES ?{name} {{ {' '.join(terms)} }}")
    return text[: match.end()] + " " + " ".join(blocks) + " " + text[match.end() :]
