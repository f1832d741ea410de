"""Who did what to whom in an event clause: agents, targets and places from entity spans and cue words.

No parser is available offline, so roles come from a clause-level approximation of English syntax that
works on the resolved entity spans: the subject before an active trigger acts; "by X", "X's attack", "from X"
(reinforcements) and "involves X" name agents; "against X", "on X positions", "positions of X", "anti-X"
name targets; "clashes between X and Y" make X the initiator; "X repelled an attack by Y" makes X the
target. Names that only modify another name ("Iranian-backed", "ISIS-held", "ISIS’ newspaper") take no
part in the event. All cue words come from ``kg/data/event_triggers.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extraction.rules import compile_pattern, rule_file
from kg.model import EntitySpan

TRIGGER_FILE = "event_triggers.json"


@dataclass(frozen=True)
class _RoleCues:
    target_before: re.Pattern[str]
    agent_before: re.Pattern[str]
    target_after: re.Pattern[str]
    not_participant_after: re.Pattern[str]
    not_participant_before: re.Pattern[str]
    pronoun: re.Pattern[str]
    group_anaphor: re.Pattern[str]
    group_types: frozenset[str]


@lru_cache(maxsize=1)
def role_cues() -> _RoleCues:
    data = rule_file(TRIGGER_FILE)
    macros = data.get("macros", {})
    markers = data["role_markers"]
    return _RoleCues(
        target_before=compile_pattern(markers["target_before"], macros, TRIGGER_FILE),
        agent_before=compile_pattern(markers["agent_before"], macros, TRIGGER_FILE),
        target_after=compile_pattern(markers["target_after"], macros, TRIGGER_FILE),
        not_participant_after=compile_pattern(markers["not_a_participant_after"], macros, TRIGGER_FILE),
        not_participant_before=compile_pattern(markers["not_a_participant_before"], macros, TRIGGER_FILE),
        pronoun=compile_pattern(data["pronoun_subjects"], macros, TRIGGER_FILE),
        group_anaphor=compile_pattern(data["generic_group_anaphors"]["pattern"], macros, TRIGGER_FILE),
        group_types=frozenset(data["generic_group_anaphors"]["types"]),
    )


@dataclass
class Roles:
    agents: list[str]
    targets: list[str]
    pronoun_subject: bool  # the clause's subject is a pronoun ("they began", "It was launched")
    group_anaphor_agent: bool  # "the terrorist group killed …": agent to be resolved from context
    group_anaphor_target: bool


def assign_roles(
    text: str,
    region: tuple[int, int],
    trigger: tuple[int, int],
    actor_spans: list[EntitySpan],
    role_form: str,
    attack_like: bool,
    excluded: list[tuple[int, int]],
) -> Roles:
    """Agents and targets among ``actor_spans`` of the clause ``region`` (article offsets) of a trigger.

    ``text`` is the article text; ``excluded`` are spans of attribution cues, whose names are claimants and
    not participants. ``attack_like``: whether names after the trigger default to targets.
    """
    cues = role_cues()
    agents: list[str] = []
    targets: list[str] = []
    t_start, t_end = trigger
    spans = [s for s in actor_spans if region[0] <= s.start and s.end <= region[1]]
    spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in excluded)]
    if role_form == "between":
        between = text.rfind("between", region[0], t_start + 80)
        if between != -1:
            after = [s for s in spans if s.start > between]
            if after:
                agents.append(after[0].iri)
                targets.extend(s.iri for s in after[1:] if s.iri != after[0].iri)
                spans = [s for s in spans if s.start < between]
    for span in spans:
        before = text[max(region[0], span.start - 60) : span.start]
        after = text[span.end : min(region[1], span.end + 40)]
        if cues.not_participant_after.search(after) or cues.not_participant_before.search(before):
            continue
        if cues.agent_before.search(before):
            _add(agents, span.iri)
        elif re.search(r"anti-\s*$", before, re.I) or cues.target_after.search(after) and span.start >= t_end:
            _add(targets, span.iri)
        elif cues.target_before.search(before) and not (t_start <= span.start < t_end):
            _add(targets, span.iri)
        elif span.end <= t_end:  # before the trigger or inside it ("an ISIL attack")
            marked = cues.target_after.search(after)
            if marked and span.end + marked.end() <= t_start and attack_like and role_form != "repel":
                _add(targets, span.iri)
            elif role_form == "repel" and span.end <= t_start:
                _add(targets, span.iri)
            else:
                _add(agents, span.iri)
        elif attack_like:
            _add(targets, span.iri)
    agents = [a for a in agents if a not in targets] if role_form != "between" else agents
    subject_text = text[region[0] : t_start]
    pronoun = not agents and bool(cues.pronoun.search(subject_text)) and not _named_before(spans, t_start)
    group_agent = not agents and bool(cues.group_anaphor.search(subject_text))
    group_target = attack_like and not targets and bool(cues.group_anaphor.search(text[t_end : region[1]]))
    return Roles(agents, targets, pronoun, group_agent, group_target)


def _named_before(spans: list[EntitySpan], position: int) -> bool:
    return any(s.end <= position for s in spans)


def _add(values: list[str], iri: str) -> None:
    if iri not in values:
        values.append(iri)
