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
