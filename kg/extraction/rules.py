"""Loading the extraction rule files in ``kg/data/`` and compiling their patterns, once per process.

All domain knowledge of the extractor — trigger words per event type, attribution cues, casualty patterns,
relation patterns, temporal expressions — lives in these JSON files, so curators extend coverage without
touching code. Every rule has an ``id``; facts record it in their evidence (``Evidence.rule``) so a wrong
fact can be traced to the rule that produced it.

Pattern strings may contain placeholders in braces (``{MONTH}``, ``{QTY}``…) that a file defines under
``"macros"`` or that the loader builds from the file's word lists; everything is compiled case-insensitive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.paths import DATA_DIR

EVENT_TRIGGERS_FILE = DATA_DIR / "event_triggers.json"
ATTRIBUTION_CUES_FILE = DATA_DIR / "attribution_cues.json"
CASUALTY_PATTERNS_FILE = DATA_DIR / "casualty_patterns.json"
RELATION_PATTERNS_FILE = DATA_DIR / "relation_patterns.json"
DATE_EXPRESSIONS_FILE = DATA_DIR / "date_expressions.json"

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


class RuleFileError(ValueError):
    """A rule file that is missing, not JSON, or holds a pattern that does not compile; names the file."""


@dataclass(frozen=True)
class Rule:
    """One pattern rule: its id, compiled regex and the rest of its JSON entry (type, confidence, …)."""

    id: str
    regex: re.Pattern[str]
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def confidence(self) -> float:
        return float(self.data.get("confidence", 0.7))


def load_json(path: Path) -> dict[str, Any]:
    """A rule file as a JSON object, or :class:`RuleFileError` naming the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot load rule file ({exc})") from exc
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: a rule file must hold a JSON object")
    return data


def expand(pattern: str, macros: dict[str, str], source: str = "<rules>") -> str:
    """Fill ``{NAME}`` placeholders from ``macros`` (recursively, so macros may use macros)."""
    for _ in range(10):
        if not _PLACEHOLDER.search(pattern):
            return pattern

        unknown = [name for name in _PLACEHOLDER.findall(pattern) if name not in macros]
        if unknown:
            raise RuleFileError(f"{source}: unknown placeholder {{{unknown[0]}}} in pattern {pattern!r}")
        pattern = _PLACEHOLDER.sub(lambda match: macros[match.group(1)], pattern)
    raise RuleFileError(f"{source}: placeholders nest too deeply in {pattern!r}")


def compile_pattern(pattern: str, macros: dict[str, str], source: str) -> re.Pattern[str]:
    expanded = expand(pattern, macros, source)
    try:
        return re.compile(expanded, re.IGNORECASE)
    except re.error as exc:
        raise RuleFileError(f"{source}: pattern does not compile ({exc}): {pattern!r}") from exc


def compile_rules(entries: list[dict[str, Any]], macros: dict[str, str], source: str) -> tuple[Rule, ...]:
    """Rules from a list of ``{"id", "pattern", ...}`` entries; ids must be unique within the list."""
    rules: list[Rule] = []
    seen: set[str] = set()
    for entry in entries:
        rule_id, pattern = entry.get("id"), entry.get("pattern")
        if not isinstance(rule_id, str) or not isinstance(pattern, str):
            raise RuleFileError(f"{source}: every rule needs a string 'id' and 'pattern': {entry!r}")
        if rule_id in seen:
            raise RuleFileError(f"{source}: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        rules.append(Rule(rule_id, compile_pattern(pattern, macros, f"{source} rule {rule_id}"), entry))
    return tuple(rules)


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation of literal words, longest first, so "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def cue(data: dict[str, Any], key: str, macros: dict[str, str], source: str) -> re.Pattern[str]:
    """A single named cue pattern of a rule file (a string, or a list of alternatives)."""
    value = data.get(key)
    if isinstance(value, list):
        value = "|".join(f"(?:{v})" for v in value)
    if not isinstance(value, str):
        raise RuleFileError(f"{source}: missing cue {key!r}")
    return compile_pattern(value, macros, f"{source} cue {key}")


@cache
def rule_file(name: str) -> dict[str, Any]:
    """The parsed JSON of one of the rule files, by file name (cached)."""
    return load_json(DATA_DIR / name)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology (``ontology/ckg.ttl``, bundled and trusted), parsed once per process."""
    from kg.paths import ONTOLOGY_FILE

    return Graph().parse(ONTOLOGY_FILE)


@lru_cache(maxsize=1)
def ontology_gold_types() -> dict[str, str]:
    """Class local name → its ``ckg:goldType`` (the annotation format's coarse type), read from the ontology.

    The ontology is the single source of truth for this mapping; nothing here duplicates it.
    """
    from rdflib import Literal

    from kg.namespace import CKG

    graph = ontology_graph()
    prefix = str(CKG)
    result: dict[str, str] = {}
    for subject, value in graph.subject_objects(CKG.goldType):
        if str(subject).startswith(prefix) and isinstance(value, Literal):
            result[str(subject)[len(prefix) :]] = str(value)
    return result


def gold_type(class_name: str) -> str:
    """The annotation-format type of a ckg class; ``"Other"`` for a class without one."""
    return ontology_gold_types().get(class_name, "Other")
