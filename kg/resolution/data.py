"""The resolution data files (``kg/data/*.json``): domain knowledge kept out of code, loaded once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from kg.paths import DATA_DIR
from kg.resolution.names import APOSTROPHES, DASHES

DESCRIPTIVE_FILE = DATA_DIR / "descriptive_mentions.json"
ACTOR_PATTERNS_FILE = DATA_DIR / "actor_patterns.json"
PLACE_PATTERNS_FILE = DATA_DIR / "place_patterns.json"


@cache
def load(name: str) -> dict[str, Any]:
    """One data file by stem: ``"descriptive_mentions"``, ``"actor_patterns"`` or ``"place_patterns"``."""
    path = DATA_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def phrase_regex(phrase: str) -> str:
    """A data-file phrase as a regex: any apostrophe, any dash and any run of spaces match each other."""
    out = []
    for ch in phrase:
        if ch in APOSTROPHES:
            out.append(f"[{APOSTROPHES}]")
        elif ch in DASHES:
            out.append(f"[{DASHES}]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(phrases: Iterable[str]) -> str:
    """Longest-first alternation of phrases (so "Iraqi government forces" wins over "government forces").

    Many patterns are built from data inside the function that uses them, once per article; the cache keeps that
    from costing more than the matching (with ``re``'s own cache of compiled patterns)."""
    return _alternation(frozenset(phrases))


@cache
def _alternation(phrases: frozenset[str]) -> str:
    return "|".join(phrase_regex(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
