"""What a titled person leads: "Secretary of State Mike Pompeo" leads his own country's foreign ministry.

A title names an office in a body of a known kind — the foreign ministry for a Secretary of State or a
Foreign Minister, the defence ministry for a Defence Minister, the state itself for a President. The body
must be one the article names, and it must be *his* country's: a nationality or country word before the
title ("US Secretary of State", "Iraq's Prime Minister") fixes the country, and a body of another country is
never his. Without a stated country a ministry title takes the nearest earlier body of its kind in the
paragraph ("The US State Department welcomed … Secretary of State Mike Pompeo"), or the one body of its kind
the article named before him ("the Turkish Ministry of National Defence said … Defence Minister Hulusi Akar"),
and a head-of-state title takes nothing, because any state the paragraph names could be the wrong one. Titles,
body kinds and their name cues live in ``kg/data/relation_patterns.json`` (``titles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extraction.context import ArticleContext
from kg.extraction.rules import RELATION_PATTERNS_FILE, compile_pattern, rule_file
from kg.extraction.sentences import Sentence
from kg.model import EntitySpan
from kg.reference import reference_data

RELATION_FILE = RELATION_PATTERNS_FILE.name


@dataclass(frozen=True)
class TitleKind:
    """One kind of office: the titles naming it and what the holder leads."""

    id: str
    titles: re.Pattern[str]
    leads: str  # "body": a body named by one of body_cues | "state": the state itself
    body_cues: re.Pattern[str] | None


@lru_cache(maxsize=1)
def title_kinds() -> tuple[TitleKind, ...]:
    kinds = []
    for entry in rule_file(RELATION_FILE)["titles"]:
        cues = entry.get("body_cues")
        cue_pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE) if cues else None
        )
        kinds.append(
            TitleKind(
                entry["id"],
                compile_pattern(rf"^(?:{entry['pattern']})$", {}, RELATION_FILE),
                entry["leads"],
                cue_pattern,
            )
        )
    return tuple(kinds)


def title_alternation() -> str:
    """Every title pattern as one regex alternation (the ``{TITLE}`` placeholder of the title rule)."""
    return "|".join(f"(?:{entry['pattern']})" for entry in rule_file(RELATION_FILE)["titles"])


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex for a country name or adjective ending just before a title, and word → state name."""
    from kg.resolution.context import country_table

    words = {w.casefold(): c["state"] for c in country_table() for w in [*c["names"], *c["adjectives"]]}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w.])(?P<word>{alternatives})(?:['’]s?)?\s+(?:the\s+)?$", re.IGNORECASE), words


#: Words that make a title no present office: "former President", "the late King", "Deputy Prime Minister".
_NOT_HOLDER = re.compile(
    r"\b(?:former|ex-|late|then-?|outgoing|ousted|deposed|slain|acting|deputy|vice|would-be)\s+(?:[\w’'.\-]+\s+){0,2}$",
    re.IGNORECASE,
)


def title_object(
    ctx: ArticleContext, sentence: Sentence, title_start: int, title: str, person: EntitySpan
) -> str | None:
    """The IRI of the body or state a person holding ``title`` leads, or ``None`` when the text does not say.

    A head-of-state title leads what the reference says the person leads, when that is a state or a
    government of the stated country ("Prime Minister Haider al-Abadi": the Iraqi government); failing that,
    the stated country's State, which the country word names even when the article names it nowhere else
    ("Russian President Vladimir Putin"). A past or deputy office ("former President", "Deputy Prime
    Minister") leads nothing.
    """
    kind = next((k for k in title_kinds() if k.titles.match(" ".join(title.split()))), None)
    if kind is None or _NOT_HOLDER.search(ctx.text, max(0, title_start - 40), title_start):
        return None
    country = _stated_country(ctx, title_start)
    if kind.leads == "state":
        known = [
            iri
            for iri in _reference_leads(person.iri)
            if _led_kind(ctx, iri) in ("State", "GovernmentBody") and (country is None or state_of(ctx, iri) == country)
        ]
        led = known[0] if known else country
        if led is None:
            return None
        led = _government_instead(ctx, led, title, country is None)
        return _named_holder(ctx, led) if country is None and led not in ctx.actors else led
    candidates = [
        iri for iri, actor in ctx.actors.items() if actor.type == "GovernmentBody" and _named_as(ctx, iri, kind)
    ]
    if country is not None:
        candidates = [iri for iri in candidates if state_of(ctx, iri) == country]
    paragraph_start = min(s.start for s in ctx.sentences if s.paragraph == sentence.paragraph)
    earlier = [s for s in ctx.spans_in(paragraph_start, person.start, "actor") if s.iri in candidates]
    if earlier:
        return earlier[-1].iri
    if country is not None and candidates:  # his country's body, named elsewhere in the article
        return min(candidates, key=lambda iri: min(m.start for m in ctx.actors[iri].mentions))
    before = {s.iri for s in ctx.spans_in(0, person.start, "actor") if s.iri in candidates}
    if len(candidates) == 1 and before:  # the one body of its kind the article has named ("the ministry said")
        return candidates[0]
    return None


def _named_holder(ctx: ArticleContext, led: str) -> str:
    """What a bare head-of-state title leads when the body the reference gives is one the article never names.

    "Prime Minister Haider al-Abadi" in a story that names Iraq but never the Iraqi government leads the State
    the story speaks of, as an actor or as the country it rules ("in Iraq"): an annotator names the entity
    the text gives. With neither named, the reference's body stays. A country word before the title ("Iraqi
    Prime Minister") names the country itself, so that case keeps what the reference gives.
    """
    state = state_of(ctx, led)
    return state if state is not None and state != led and _state_named(ctx, state) else led


def _state_named(ctx: ArticleContext, state: str) -> bool:
    """Whether the article names the State, as an actor or as the country it rules ("in Syria")."""
    return state in ctx.actors or any(
        ctx.place_type(iri) == "Country" and state_for_word(place.name) == state for iri, place in ctx.places.items()
    )


#: A head of government's title: he leads the government rather than the state.
_HEAD_OF_GOVERNMENT = re.compile(r"^(?:Prime\s+Minister|Premier)$", re.IGNORECASE)
#: A body named as a country's government ("the Syrian government", "the Assad regime", "the Iraqi cabinet").
_GOVERNMENT_NAME = re.compile(r"\b(?:government|regime|cabinet|administration)$", re.IGNORECASE)


def _government_instead(ctx: ArticleContext, led: str, title: str, bare: bool = False) -> str:
    """The government a head-of-state title leads instead of the State, where the article speaks of it.

    "Iraqi Prime Minister X" in an article about the Iraqi government leads that government; "President
    Bashar al-Assad" in an article that names the Syrian government but never Syria as an actor leads the
    government the text speaks of. A State the article names as an actor stays what a President leads when
    the title carries the country ("Syrian President X", "Turkey's president"); a bare "President X" in an
    article that names both the State and its government leads the government the article speaks of.
    """
    if _led_kind(ctx, led) != "State":
        return led
    _, words = _country_words()
    own_words = {w for w, state in words.items() if _state_iri(state) == led}
    governments = [  # the country's own government, not a regional one ("Kurdistan Regional Government")
        iri
        for iri, actor in ctx.actors.items()
        if actor.type == "GovernmentBody"
        and _GOVERNMENT_NAME.search(actor.name)
        and actor.name.casefold().split()[0] in own_words
        and state_of(ctx, iri) == led
    ]
    if len(governments) != 1:
        return led
    if _HEAD_OF_GOVERNMENT.match(" ".join(title.split())) or led not in ctx.actors or bare:
        return governments[0]
    return led


def _reference_leads(person_iri: str) -> tuple[str, ...]:
    """What the reference says the person leads (``ckg:leads``), read with the rest of the reference data."""
    actor = reference_data().actors.get(person_iri)
    return actor.leads if actor is not None else ()


def state_led_by(ctx: ArticleContext, person_iri: str) -> str | None:
    """The one State (IRI) the reference says the person leads ("Bashar al-Assad" → Syria), or ``None``."""
    states = [iri for iri in _reference_leads(person_iri) if _led_kind(ctx, iri) == "State"]
    return states[0] if len(states) == 1 else None


def _led_kind(ctx: ArticleContext, iri: str) -> str | None:
    actor = ctx.actors.get(iri) or reference_data().actors.get(iri)
    return actor.type if actor is not None else None


def _named_as(ctx: ArticleContext, iri: str, kind: TitleKind) -> bool:
    actor = ctx.actors[iri]
    return kind.body_cues is not None and any(
        kind.body_cues.search(t) for t in [actor.name, *(m.text for m in actor.mentions)]
    )


def _stated_country(ctx: ArticleContext, title_start: int) -> str | None:
    """The State (IRI) a country word right before the title names ("US", "Iraqi", "Russia's")."""
    pattern, words = _country_words()
    found = pattern.search(ctx.text, max(0, title_start - 40), title_start)
    if found is None:
        return None
    return _state_iri(words[found["word"].casefold()])


def state_for_word(word: str) -> str | None:
    """The State (IRI) a country name or adjective names ("Iran", "Iranian"), or ``None``."""
    _, words = _country_words()
    state = words.get(word.casefold())
    return _state_iri(state) if state else None


def state_for_capital(name: str) -> str | None:
    """The State (IRI) whose capital ``name`` is ("Damascus", "Ankara"), or ``None``."""
    from kg.resolution.context import country_table

    folded = " ".join(name.split()).casefold()
    state = next((c["state"] for c in country_table() if str(c.get("capital", "")).casefold() == folded), None)
    return _state_iri(state) if state else None


def _state_iri(state_name: str) -> str | None:
    from kg.resolution.names import normalize_name

    key = normalize_name(state_name)
    return next(
        (a.iri for a in reference_data().actors.values() if a.type == "State" and normalize_name(a.name) == key),
        None,
    )


def state_of(ctx: ArticleContext, iri: str) -> str | None:
    """The State a body belongs to, following organisational parents (article entities, then reference)."""
    reference = reference_data()
    seen: set[str] = set()
    current: str | None = iri
    while current is not None and current not in seen:
        seen.add(current)
        actor = ctx.actors.get(current) or reference.actors.get(current)
        if actor is None:
            return None
        if actor.type == "State":
            return current
        current = actor.parent_iri
    return None
