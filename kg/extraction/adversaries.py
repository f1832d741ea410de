"""Whom an offensive was against, when the sentences telling it name no enemy.

"The army launched its operation to clear the southern neighbourhoods" leaves the enemy to the reader, who
takes it from the rest of the story: the side the same forces attack, or are attacked by, in the article's
other incidents. This step does the same after all incidents are read. It adds a target only where the
incident has agents and no target, picks the adversary its side meets most often (the first told on a tie),
and never picks the side itself, a unit of it, an ally (anyone who acted alongside it), a person or civilians.
Which event types get it is data (``implicit_adversary`` in ``event_triggers.json``): military operations,
not captures, whose loser the other incidents named less than half the time in the development sets.
"""

from __future__ import annotations

from collections import Counter

from kg.extraction.context import ArticleContext
from kg.extraction.events import event_rules
from kg.extraction.rules import gold_type
from kg.model import CIVILIANS_IRI, EventFact


def add_implicit_adversaries(ctx: ArticleContext, events: list[EventFact]) -> None:
    """Give each operation without a target the adversary its agents meet in the other incidents."""
    types = event_rules().implicit_adversary
    found = {
        index: adversary
        for index, event in enumerate(events)
        if gold_type(event.type) in types and event.agents and not event.targets
        if (adversary := _adversary(ctx, event, events)) is not None
    }
    for index, adversary in found.items():  # after the search, so one guess never feeds another
        events[index].targets.append(adversary)


def _adversary(ctx: ArticleContext, event: EventFact, events: list[EventFact]) -> str | None:
    side = ctx.with_parents(event.agents)
    side |= {iri for iri in ctx.actors if ctx.with_parents([iri]) & side}  # its units: "the army's 4th Division"
    allies = {agent for other in events if ctx.with_parents(other.agents) & side for agent in other.agents}
    met: Counter[str] = Counter()
    for other in events:
        if other is event:
            continue
        if ctx.with_parents(other.agents) & side:
            met.update(other.targets)
        if ctx.with_parents(other.targets) & side:
            met.update(other.agents)
    candidates = [
        (count, iri)
        for iri, count in met.items()
        if iri != CIVILIANS_IRI and iri not in side and iri not in allies and ctx.actor_type(iri) != "Person"
    ]
    if not candidates:
        return None
    best = max(count for count, _ in candidates)
    return next(iri for count, iri in candidates if count == best)
