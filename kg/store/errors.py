"""Exceptions of the store layer: callers (CLI, API) map each to one exit code or HTTP status.

Every message is written for the person who ran the command, so it names what to do next.
"""

from __future__ import annotations


class StoreError(Exception):
    """The store could not do what was asked (unreadable data, unknown format, server error)."""


class StoreBusyError(StoreError):
    """The on-disk store is held by another process (RocksDB allows one writer per directory)."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped (its worker process killed, or the server gave up)."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse, or is an update where only queries are accepted."""


class InvalidTermError(StoreError, ValueError):
    """A value given as an IRI or literal is not valid RDF (an IRI with a space, say): bad input."""


class ReadOnlyStoreError(StoreError):
    """A write was attempted on a store opened read-only."""


class UntrustedInputError(StoreError, ValueError):
    """RDF from outside (a user's file, a request body, a backup) was refused; ``line``/``column`` say where,
    when the parser knows (1-based)."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class RdfSyntaxError(UntrustedInputError):
    """The RDF is malformed, or uses what the project refuses (remote JSON-LD contexts, external entities)."""


class InputLimitError(UntrustedInputError):
    """The RDF is past a limit: size, entity expansion, nesting depth, or the time or memory its parse took."""
