"""Event coding: trigger-based typing, roles, dates, casualties and attribution, one event per incident.

A dictionary-and-pattern coder in the TABARI/PETRARCH tradition, with our own dictionaries in
``kg/data/event_triggers.json``. Each sentence yields *mentions* (a trigger with its clause's roles, places,
date, figures and attribution); mentions are then merged into incidents, because news prose tells one
incident over several sentences ("ISIS claimed the attack … The attack, which took place on August 18,
killed … IEDs struck a Russian patrol"). A mention merges into the previous incident when it refers back to
it ("the attack", "It was launched"), or when it tells the same thing again (same type family and the same
participants within a sentence or two). Forecasts, habitual statements, political accusations and negated
triggers are not events; a headline that repeats a body event is not a new event.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.extraction.anaphora import place_anaphors
from kg.extraction.attribution import Attribution
from kg.extraction.casualties import FigureMention
from kg.extraction.context import ArticleContext
from kg.extraction.dates import DateMention, event_date, find_dates
from kg.extraction.mention_spans import dateline_end_of, event_place_spans, mention_evidence, nearest_places
from kg.extraction.roles import CAME_UNDER, TRIGGER_FILE, assign_roles, hosted_targets, role_cues
from kg.extraction.rules import Rule, compile_pattern, compile_rules, rule_file
from kg.extraction.sentences import Sentence, split_clauses
from kg.model import CIVILIANS_IRI, DateInterval, DateValue, EntitySpan
from kg.reference import reference_data

_SELF_TYPES = frozenset({"Deployment", "Fortification", "Establishment", "Withdrawal", "Blockade"})


class _CoordinatedPair(NamedTuple):
    """A pair of act types that, coordinated in one clause, tell one incident (``coordinated_acts``)."""

    first: frozenset[str]
    then: frozenset[str]
    keeps: str  # "first" or "then": which act names the incident
    participle: bool  # a participle clause after the first act joins too


@dataclass(frozen=True)
class _EventRules:
    triggers: tuple[Rule, ...]
    family: dict[str, str]
    priority: dict[str, int]
    anaphor: re.Pattern[str]
    new_incident: re.Pattern[str]
    response: re.Pattern[str]
    responded_to: re.Pattern[str]
    aggregate: re.Pattern[str]
    non_event: dict[str, re.Pattern[str]]
    refinements: tuple[dict, ...]
    type_cues: dict[str, list[tuple[re.Pattern[str], str, str]]]  # (cue, type, scope: "clause" or "trigger")
    merge_window: int
    anaphor_window: int
    keep_without_participants: frozenset[str]
    keep_dated_and_placed: bool
    named_operation: re.Pattern[str]
    unnamed_perpetrators: re.Pattern[str]
    implicit_adversary: frozenset[str]
    advanced_behind: re.Pattern[str]
    posts_taken: re.Pattern[str]
    toll_back_reference: re.Pattern[str]
    temporal_reference: re.Pattern[str]
    sequence: re.Pattern[str]
    generic_types: frozenset[str]
    participantless_merge: re.Pattern[str] | None
    absorbed_after_attack: frozenset[str]
    forced_retreat: re.Pattern[str]
    absorbed_by_capture: dict
    fighting_for_place: re.Pattern[str]  # "(killed in the fighting) for the crossing"
    frame_absorbs: frozenset[str]
    type_list: re.Pattern[str] | None
    passive_killer: re.Pattern[str]
    new_incident_opening: re.Pattern[str]
    temporal_subordinate: re.Pattern[str]
    statistic: re.Pattern[str]
    dated_series: re.Pattern[str]  # "a series of" (strikes), the habitual cue a day of its own overrides
    echo_nouns: re.Pattern[str]
    killing_subjects: tuple[tuple[re.Pattern[str], str], ...]
    verb_before_subject: re.Pattern[str]
    duration_of: re.Pattern[str]  # "four days of (clashes)": an episode the sentence's one date does not date
    lasting: re.Pattern[str]  # "(has fought) … for four decades": a state of affairs, when the verb is perfect
    perfect_before: re.Pattern[str]
    describing_before: re.Pattern[str]  # "(the militia) that (fought al-Qaeda)": a fight that characterises
    describing_verb: re.Pattern[str]
    describing_participle: re.Pattern[str]  # "(the militants) fighting (around Kabani)": a reduced relative
    coordinated_acts: tuple[_CoordinatedPair, ...]


@lru_cache(maxsize=1)
def event_rules() -> _EventRules:
    data = rule_file(TRIGGER_FILE)
    macros = data.get("macros", {})
    triggers = compile_rules(data["triggers"], macros, TRIGGER_FILE)
    keep = data["keep_without_participants"]
    return _EventRules(
        triggers=triggers,
        family={t: name for name, types in data["families"].items() for t in types},
        priority={t: i for i, t in enumerate(data["priority"])},
        anaphor=compile_pattern(data["anaphors"]["pattern"], macros, TRIGGER_FILE),
        new_incident=compile_pattern(data["new_incident_cue"], macros, TRIGGER_FILE),
        response=compile_pattern(data["response_cue"], macros, TRIGGER_FILE),
        responded_to=compile_pattern(data["responded_to_cue"]["pattern"], macros, TRIGGER_FILE),
        aggregate=compile_pattern(data.get("aggregate_cue", "(?!)"), macros, TRIGGER_FILE),
        non_event={k: compile_pattern(v, macros, TRIGGER_FILE) for k, v in data["non_event_cues"].items()},
        refinements=tuple(data.get("refinements", [])),
        type_cues={
            rule.id: [
                (compile_pattern(c["cue"], macros, TRIGGER_FILE), c["type"], c.get("scope", "clause"))
                for c in rule.get("type_cues", [])
            ]
            for rule in triggers
        },
        merge_window=int(data.get("merge_window", 2)),
        anaphor_window=int(data.get("anaphor_window", 3)),
        keep_without_participants=frozenset(keep["types"]),
        keep_dated_and_placed=bool(keep.get("dated_and_placed", False)),
        named_operation=compile_pattern(keep.get("named_operation", "(?!)"), macros, TRIGGER_FILE),
        unnamed_perpetrators=compile_pattern(keep.get("unnamed_perpetrators", "(?!)"), macros, TRIGGER_FILE),
        implicit_adversary=frozenset(data.get("implicit_adversary", {}).get("types", [])),
        advanced_behind=compile_pattern(data["assault_parts"]["advanced_behind"], macros, TRIGGER_FILE),
        posts_taken=compile_pattern(data["assault_parts"]["posts_taken"], macros, TRIGGER_FILE),
        toll_back_reference=compile_pattern(data["toll_back_reference"]["pattern"], macros, TRIGGER_FILE),
        temporal_reference=compile_pattern(data.get("temporal_reference_cue", "(?!)"), macros, TRIGGER_FILE),
        sequence=compile_pattern(data.get("sequence_cue", "(?!)"), macros, TRIGGER_FILE),
        generic_types=frozenset(data.get("generic_types", {}).get("types", [])),
        participantless_merge=(
            compile_pattern(data["participantless_merge"].get("back_reference", "(?!)"), macros, TRIGGER_FILE)
            if data.get("participantless_merge", {}).get("enabled")
            else None
        ),
        absorbed_after_attack=frozenset(data["absorbed_after_attack"]["types"]),
        coordinated_acts=tuple(
            _CoordinatedPair(
                frozenset(pair["first"]), frozenset(pair["then"]), pair["keeps"], bool(pair.get("participle"))
            )
            for pair in data["coordinated_acts"]["pairs"]
        ),
        forced_retreat=compile_pattern(data["absorbed_after_attack"]["forced"], macros, TRIGGER_FILE),
        absorbed_by_capture=data["absorbed_by_capture"],
        fighting_for_place=compile_pattern(data["absorbed_by_capture"]["fighting_for_place"], macros, TRIGGER_FILE),
        frame_absorbs=frozenset(data.get("frame_absorbs", {}).get("families", [])),
        type_list=compile_pattern(data["type_list"]["gap"], macros, TRIGGER_FILE) if "type_list" in data else None,
        passive_killer=compile_pattern(data.get("passive_killer", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE),
        new_incident_opening=compile_pattern(
            data.get("new_incident_opening", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE
        ),
        temporal_subordinate=compile_pattern(
            data.get("temporal_subordinate", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE
        ),
        statistic=compile_pattern(data.get("statistic", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE),
        dated_series=compile_pattern(data.get("dated_series", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE),
        echo_nouns=compile_pattern(data.get("echo_nouns", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE),
        killing_subjects=tuple(
            (compile_pattern(c["cue"], macros, TRIGGER_FILE), c["type"])
            for c in data.get("killing_subjects", {}).get("types", [])
        ),
        verb_before_subject=compile_pattern(
            data.get("killing_subjects", {}).get("verb_before", "(?!)"), macros, TRIGGER_FILE
        ),
        duration_of=compile_pattern(data.get("duration_of", {}).get("pattern", "(?!)"), macros, TRIGGER_FILE),
        lasting=compile_pattern(data.get("duration_of", {}).get("after", "(?!)"), macros, TRIGGER_FILE),
        perfect_before=compile_pattern(data.get("duration_of", {}).get("perfect_before", "(?!)"), macros, TRIGGER_FILE),
        describing_before=compile_pattern(
            data.get("describing_clause", {}).get("before", "(?!)"), macros, TRIGGER_FILE
        ),
        describing_verb=compile_pattern(data.get("describing_clause", {}).get("verb", "(?!)"), macros, TRIGGER_FILE),
        describing_participle=compile_pattern(
            data.get("describing_clause", {}).get("participle_before", "(?!)"), macros, TRIGGER_FILE
        ),
    )


@dataclass
class Mention:
    """One trigger occurrence with what its clause says."""

    sentence: Sentence
    rule: Rule
    type: str | None  # None: a bare anaphor ("the incident") that only adds to an earlier event
    start: int
    end: int
    region: tuple[int, int]
    anaphoric: bool = False
    fresh: bool = False  # "another operation", "a new attack": never the incident just told
    answered: bool = False  # "responded to the attack": the incident a reply answers, told before
    during_other: bool = False  # "shells fired during the fighting landed …": an act within another one told
    # where a sentence's opening, before the first conjunct's act, lies when this act is told in a later conjunct
    # ("On Sunday morning the ministry sent reinforcements …, and General Security launched an operation")
    opening_span: tuple[int, int] | None = None
    opening: bool = False  # "Separately,", "In another context,": another story, unless it repeats a toll told
    aggregate: bool = False  # a statistic ("shelled 14 times over the past day"), not one incident
    planned: bool = False
    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: DateValue | DateInterval | None = None
    dated: bool = False  # a date expression is stated (even if it cannot be resolved)
    spanning: bool = False  # "four days of clashes": a summary of an episode, which a later telling details
    sentence_dates: tuple = ()  # every event date its sentence states (None: stated, not resolvable)
    figures: list[FigureMention] = field(default_factory=list)
    attribution: Attribution | None = None
    attributions: list[Attribution] = field(default_factory=list)  # every claimant of the sentence, for figures
    evidence: tuple[int, int] = (0, 0)
    pronoun_subject: bool = False
    group_agent: bool = False
    group_target: bool = False
    listed: bool = False  # its type is the first of a list of types ("in attacks, ambushes and …")
    same_day: bool = False  # "Hours after the explosion, …": on the day of the incident just told
    response: bool = False  # "Ankara responded with artillery strikes": a reply to an incident told before
    told_as: str | None = None  # the type it had before it was read as part of another incident's telling
    told_day: DateValue | None = None  # the last day the story was at before the mention's sentence
    parts: list[tuple[int, int]] = field(default_factory=list)  # the triggers combined into it, in text order

    def __post_init__(self) -> None:
        if not self.parts:
            self.parts = [(self.start, self.end)]

    @property
    def family(self) -> str | None:
        return event_rules().family.get(self.type) if self.type else None

    def score(self) -> int:
        """How much the mention states: the most informative mention of an incident is its evidence."""
        return (
            2 * len(self.figures)
            + 2 * (isinstance(self.date, DateValue) and self.date.precision in ("day", "month-day"))
            + min(len(self.places), 2)  # a breakdown by province ("eight in Latakia, three in Idlib") tells no more
            + len(self.agents)
            + len(self.targets)
            - 3 * self.anaphoric
            - 3 * self.spanning
            - self.quoted()
        )

    def quoted(self) -> bool:
        """Inside a direct quotation: a spokesman restating the report tells no more than the report."""
        before = self.sentence.text[: self.start - self.sentence.start]
        return sum(before.count(mark) for mark in '“"') > before.count("”")


@dataclass
class Incident:
    mentions: list[Mention]

    @property
    def last(self) -> Mention:
        return self.mentions[-1]

    @property
    def type(self) -> str:
        """The first mention's type, unless it is generic ("attack"): then the most specific type told; a generic
        word that only refers back ("responded to the attack" after an infiltration) retypes nothing."""
        types = [m.type for m in self.mentions if m.type]
        if not types:
            return "Event"
        rules = event_rules()
        if types[0] not in rules.generic_types:
            return types[0]
        told = [m.type for m in self.mentions if m.type and not (m.anaphoric and m.type in rules.generic_types)]
        # "stormed the post … two suicide bombers blew themselves up": the bombers were the assault's means
        outranked = {t for m in self.mentions if m.type and not m.anaphoric for t in m.rule.get("outranks", ())}
        pool = [t for t in told or types if t not in outranked] or told or types
        if types[0] != "Event" and types[0] in pool and all(t in rules.generic_types for t in pool):
            return types[0]  # "troops clashed with smugglers … the smugglers opened fire": a clash, told on
        return min(pool, key=lambda t: rules.priority.get(t, 99))


# ------------------------------------------------------------------------------------------ detection


def find_triggers(ctx: ArticleContext, sentence: Sentence) -> list[tuple[int, int, Rule, bool]]:
    """Non-overlapping trigger matches of a sentence ``(start, end, rule, is_anaphor)``, article offsets."""
    rules = event_rules()
    found: list[tuple[int, int, Rule, bool]] = []
    for rule in rules.triggers:
        for match in rule.regex.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if end <= start or ctx.inside_span(start, end) or _negated(sentence.text, match.start()):
                continue
            if rule.get("place_after") and not _place_after(ctx, end, sentence.end):
                continue  # "the capture of Abu Hamza": a man taken, not a place
            if rule.get("not_after") and _not_after(rule).search(ctx.text, max(sentence.start, start - 60), start):
                continue  # "SDF fighters backed by helicopters of the coalition raided houses": the fighters raided
            found.append((start, end, rule, bool(rule.get("anaphoric"))))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, Rule, bool]] = []
    for item in found:
        if not any(item[0] < c[1] and c[0] < item[1] for c in chosen):
            chosen.append(item)
    for match in rules.anaphor.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _negated(sentence.text, match.start()):
            continue
        overlap = [i for i, c in enumerate(chosen) if start < c[1] and c[0] < end]
        for i in overlap:  # "The attack, which …": a definite trigger noun refers back
            c = chosen[i]
            chosen[i] = (min(c[0], start), max(c[1], end), c[2], True)
        if not overlap:
            chosen.append((start, end, _ANAPHOR_RULE, True))
    chosen.sort(key=lambda c: c[0])
    return chosen


@lru_cache(maxsize=64)
def _not_after(rule: Rule) -> re.Pattern[str]:
    """The rule's ``not_after`` pattern: what, right before a match, makes it no trigger."""
    return compile_pattern(rule.get("not_after"), rule_file(TRIGGER_FILE).get("macros", {}), TRIGGER_FILE)


def _place_after(ctx: ArticleContext, position: int, limit: int) -> bool:
    """A place is named right after ``position`` ("the capture of [the town of] Ramadi")."""
    window = min(limit, position + 40)
    return any(span.start - position <= 25 for span in ctx.spans_in(position, window, "place"))


_ANAPHOR_RULE = Rule("ev.anaphor", re.compile("(?!)"), {"confidence": 0.6})


_SINCE_START = re.compile(
    r"\b(?:since|from)\s+the\s+(?:very\s+)?(?:start|beginning|launch|outset)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?\w+$",
    re.IGNORECASE,
)
_AFTER_DOING = re.compile(r"\b(?:a|one|two|three|several|\d+)\s+(?:days?|hours?|weeks?|months?)\s+after\s*$", re.I)
_APPOSITIVE_END = re.compile(r"[,.;]|\s+(?:in|on|near|at|during|while|when)\s")
_SAME_DAY_PHRASE = re.compile(r"\b(?:on\s+)?the\s+same\s+day\b|\blater\s+(?:that|the\s+same)\s+day\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:hours|minutes|moments|shortly|soon|just|an\s+hour|two\s+hours)\s+after\s*$", re.I)

#: A coordinated verb ("… in early September and retook the city on November 3") starts a conjunct of its own.
_CONJUNCT = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+)?(?:[a-z]+ed|took|struck|hit|fought|overran|retook|withdrew|seized)\b"
)


#: "… on 6 June, seven months after beginning its campaign", "in mid-October, a few weeks after Russia began its
#: air campaign on September 30": a span of time before or after another act separates its date from this one.
_INTERVAL = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|following)\b", re.I)


def _interval_between(text: str, date: DateMention, position: int) -> bool:
    start, end = (date.end, position) if date.end <= position else (position, date.start)
    return bool(_INTERVAL.search(text, start, end))


def _own_conjunct(text: str, mention: Mention, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a clause that lie in the trigger's own conjunct, when a coordinated verb separates others."""
    own = [d for d in dates if not _CONJUNCT.search(text, min(d.end, mention.start), max(d.start, mention.end))]
    return own or dates


def _nearest_trigger_dates(mention: Mention, mentions: list[Mention], dates: list[DateMention]) -> list[DateMention]:
    """ "In response to the attack on a checkpoint on Friday night, the army launched an operation on Sunday": with
    two acts in one clause, a date belongs to the act told right before it (or, before any act, to the first);
    a mention that gets none keeps them all ("Jets struck Binnish and artillery shelled Sarmin on Monday")."""
    acts = [m for m in mentions if m.type is not None and m.region == mention.region]
    if mention not in acts or len(acts) < 2:
        return dates

    def owner(date: DateMention) -> Mention:
        before = [m for m in acts if m.start <= date.start]
        return max(before, key=lambda m: m.start) if before else min(acts, key=lambda m: m.start)

    # "The army sent reinforcements, and the Peshmerga deployed the next day": a day told as following another
    # act is only that act's
    return [d for d in dates if owner(d) is mention] or [
        d for d in dates if not (_DAY_LATER.search(d.text) and owner(d).start > mention.start)
    ]


def _negated(text: str, position: int) -> bool:
    return bool(event_rules().non_event["negation"].search(text[max(0, position - 40) : position]))


def non_event_reason(sentence: Sentence) -> str | None:
    """Why a sentence states no incident (forecast, habitual, political), or ``None``."""
    return _reason(sentence.text)


def _reason(text: str, *, asides: bool = False) -> str | None:
    """The sentence part's non-event reason; a relative aside (", which Moscow has repeatedly accused of bias,")
    speaks only for itself, so its cues count only when ``asides`` (the trigger is inside it)."""
    if not asides:
        text = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    for reason in ("forecast", "habitual", "political"):
        if event_rules().non_event[reason].search(text):
            return reason
    return None


#: A relative clause set off by commas (or closing the sentence: "shelled the Jolan district of Fallujah, which ISIS
#: has held since the start of January."): what it says of its antecedent is no cue for the main clause.
_ASIDE = re.compile(r",\s+(?:which|who|whom)\b[^,;.]{1,120}(?:,|[.!?]?[\"”’']?\s*$)")


def _aside_reason(text: str, position: int) -> tuple[bool, str | None]:
    """Whether ``position`` lies in a relative aside of ``text``, and that aside's own reason."""
    for aside in _ASIDE.finditer(text):
        if aside.start() <= position < aside.end():
            return True, _reason(aside.group(), asides=True)
    return False, None


def _segment_reasons(sentence: Sentence) -> list[tuple[int, int, str | None]]:
    """Each contrasted part of a sentence with its own non-event reason, article offsets.

    "Iraq declared victory over IS in late 2017, but sleeper cells continue to launch sporadic attacks":
    the habitual second half says nothing about the declaration, so a cue only silences its own part.
    """
    bounds = [0] + [m.start() for m in _CONTRAST.finditer(sentence.text)] + [len(sentence.text)]
    pairs = zip(bounds, bounds[1:], strict=False)
    return [(sentence.start + a, sentence.start + b, _reason(sentence.text[a:b])) for a, b in pairs]


#: A verb of condemning right before a definite singular act: the act is an incident ("the attack carried out by").
_CONDEMN = r"(?:condemn\w*|denounc\w*|deplor\w*)"
_CONDEMNED = re.compile(
    rf"\b{_CONDEMN}\s+(?:in\s+the\s+strongest\s+(?:possible\s+)?terms\s+)?"
    r"(?:the|this|that|yesterday[’']s|today[’']s|last\s+night[’']s|(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day[’']s)\s+"
    r"(?:[\w’'\-“”\"]+\s+){0,2}$",
    re.I,
)


_TOLD_ON = re.compile(
    r"\s+(?:carried\s+out|perpetrated|committed|launched|staged|by|against|on|targeting|that|which|in|near)\b", re.I
)
_CONDEMNING = re.compile(rf"^[^,;.]*?\b{_CONDEMN}\b", re.I)


def _eventive(sentence: Sentence, triggers: list[tuple[int, int, Rule, bool]]) -> list[tuple[int, int, Rule, bool]]:
    """The triggers that tell an incident: none in a habitual or political part, only plans in a forecast."""
    segments = _segment_reasons(sentence)
    kept = []
    for trigger in triggers:
        a, b, reason = next((seg for seg in segments if seg[0] <= trigger[0] < seg[1]), (0, 0, None))
        inside, aside_reason = _aside_reason(sentence.text, trigger[0] - sentence.start)
        if inside:
            reason = aside_reason  # "Fallujah, which they have repeatedly used to attack …": the aside's own habit
        part = (a - sentence.start, b - sentence.start)  # the trigger's contrasted part, offsets in the sentence
        if reason == "political":
            cue = event_rules().non_event["political"].search(sentence.text, *part)
            if cue is not None and cue.start() > trigger[0] - sentence.start:
                reason = None  # "raided several houses and arrested four people, including a man it accused of …"
            elif _CONDEMNED.search(sentence.text, part[0], trigger[0] - sentence.start) and _TOLD_ON.match(
                sentence.text, trigger[1] - sentence.start
            ):
                reason = None  # "condemns the cowardly attack carried out by ISIS last night": the act condemned
        lead = sentence.text[max(0, trigger[0] - sentence.start - 50) : trigger[0] - sentence.start]
        if reason == "habitual" and event_rules().temporal_subordinate.search(lead):
            reason = None  # "have been attacking the villages since they occupied the cities in 2019"
        if reason == "habitual" and trigger[2].get("durative") and _since_cue(sentence.text, *part) is not None:
            reason = None  # "the garrison the jihadists had besieged since 2015": a siege lasts, it is no habit
        if reason == "habitual" and _record_since(sentence.text, *part):
            reason = None  # "bombed Asayish posts, the first such raids on Kurdish areas since the start of the war"
        counted = sentence.text[max(0, trigger[0] - sentence.start - 40) : trigger[1] - sentence.start + 30]
        if reason == "habitual" and event_rules().statistic.search(counted):
            reason = None  # "has carried out dozens of drone strikes in Sinjar since 2019": a statistic, one event
        if reason == "habitual" and _PERFECT_TOLL.search(sentence.text, part[0], trigger[0] - sentence.start):
            reason = None  # "more than 40 soldiers have been killed in attacks in the Badia since January": a count
        if reason == "habitual" and _habit_in_later_conjunct(sentence.text, trigger[1] - sentence.start, *part):
            reason = None  # "has been conducting a campaign since April, and its drones have increasingly struck …"
        if reason == "habitual" and _dated_series(sentence.text, *part):
            reason = None  # "jets on Friday carried out a series of strikes on Daesh": one day's strikes
        if reason is None or (reason == "forecast" and trigger[2].get("planned")):
            kept.append(trigger)  # "announced that it will launch an operation in the coming days": a plan
    return kept


#: A toll counted up to now, told right before the acts that took it: "more than 40 soldiers … have been killed in
#: attacks in the Badia since the start of the year" is a statistic (one event), whatever the "since" says.
_PERFECT_TOLL = re.compile(
    r"\b\d[\d,]*\s+(?:[\w’'\-]+\s+){0,8}?(?:have|has)\s+been\s+(?:killed|wounded|injured|kidnapped|abducted)\s+"
    r"(?:in|by|during)\s+(?:[\w’'\-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A record the act sets ("the first such raids …", "the deadliest attack …"), told before a "since" that is
#: therefore no habit.
_RECORD = re.compile(
    r"\b(?:first|largest|biggest|deadliest|worst|heaviest|fiercest|bloodiest|most\s+\w+)\b(?:\s+[\w’'\-]+){0,8}\s*$",
    re.IGNORECASE,
)


#: Where a sentence's next conjunct begins: ", and its drones have …" (a clause with a subject of its own).
_CONJUNCT_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:its|their|the|his|her|they|it|he|she)\b", re.IGNORECASE)


def _habit_in_later_conjunct(text: str, after: int, start: int, end: int) -> bool:
    """The part's habitual cues all lie in a later conjunct than the trigger ending at ``after``."""
    boundary = _CONJUNCT_CLAUSE.search(text, after, end)
    if boundary is None:
        return False
    return event_rules().non_event["habitual"].search(text, start, boundary.start()) is None


#: Date kinds that place a series in time (a day, or a recent span: "Last week, a string of bombings across
#: Baghdad killed 90"), so a series told with one is that incident, not a habit.
_SERIES_DATE_KINDS = frozenset(
    {"full", "iso", "month_day", "weekday", "relative_publication", "relative_previous", "interval"}
)


def _dated_series(text: str, start: int, end: int) -> bool:
    """The habitual cue of ``text[start:end]`` is "a series of …" and the part names the day it happened."""
    cue = event_rules().non_event["habitual"].search(text, start, end)
    if cue is None or not event_rules().dated_series.search(cue.group()):
        return False
    return any(rule.get("kind") in _SERIES_DATE_KINDS for _, _, rule, _ in find_dates(text[start:end]))


def _since_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """The habitual cue of the part ``text[start:end]``, when it is a "since …"."""
    cue = event_rules().non_event["habitual"].search(text, start, end)
    return cue if cue is not None and cue.group().lower().startswith("since") else None


def _record_since(text: str, start: int, end: int) -> bool:
    """The habitual cue of the part ``text[start:end]`` is a "since …" after a record, not a habit."""
    cue = _since_cue(text, start, end)
    return cue is not None and bool(_RECORD.search(text, start, cue.start()))


def _lasting(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """A perfect verb followed by how long it has gone on ("which it has fought for four decades")."""
    rules = event_rules()
    return bool(
        rules.perfect_before.search(text, max(sentence.start, start - 30), start)
        and rules.lasting.match(text, end, min(sentence.end, end + 80))
    )


def _describing(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause about its fighters a fight verb heads ("the militia that fought al-Qaeda alongside US
    troops,"), from its pronoun to the clause's end, or the reduced one a participle heads ("the militants fighting
    around Kabani"), from the participle: its names are no participants of what the sentence tells."""
    rules = event_rules()
    if text[start:end].lower() == "fighting":  # "some of the militants fighting around Kabani are natives of …"
        head = rules.describing_participle.search(text, max(sentence.start, start - 40), start)
        opening = start  # the fighters named before the participle may still take part in what the sentence tells
    elif rules.describing_verb.match(text[start:end]):
        head = rules.describing_before.search(text, max(sentence.start, start - 40), start)
        opening = head.start() if head else start
    else:
        return None
    if head is None:
        return None
    stop = _CLAUSE_STOP.search(text, end, sentence.end)
    return opening, stop.start() if stop else sentence.end


_CLAUSE_STOP = re.compile(r"[,;]")


def _type_for(rule: Rule, region_text: str, trigger_text: str) -> str:
    """The rule's type, or the first type cue's found in the clause (or, for a cue scoped to the trigger, in the
    trigger itself: "launched its operation in mid-October, weeks after Russia began its air campaign" is no air
    operation)."""
    for cue, type_name, scope in event_rules().type_cues.get(rule.id, []):
        if cue.search(trigger_text if scope == "trigger" else region_text):
            return type_name
    return str(rule.get("type"))


def sentence_mentions(
    ctx: ArticleContext,
    sentence: Sentence,
    dates: list[DateMention],
    attributions: list[Attribution],
    figures: list[FigureMention],
) -> list[Mention]:
    """The event mentions of one sentence, with roles, places, date, figures and attribution."""
    filed = dateline_end_of(sentence)
    dates = [d for d in dates if d.start >= filed]  # "Beirut, Jul 18 (EFE).-": when the report was filed
    triggers = _eventive(sentence, find_triggers(ctx, sentence))
    clauses = split_clauses(sentence.text, sentence.start)
    mentions: list[Mention] = []
    descriptions: list[tuple[int, int]] = []
    references: list[int] = []  # where a back-reference serves only as a time ("during the fighting")
    same_day = False
    for start, end, rule, anaphoric in triggers:
        reference = None
        clause = next((c for c in clauses if c.start <= start < c.end), clauses[-1])
        last = next((c for c in clauses if c.start < end <= c.end), clause)  # a trigger across a clause boundary
        region = (clause.start, max(clause.end, last.end))
        rtype = None if rule is _ANAPHOR_RULE else _type_for(rule, ctx.text[region[0] : region[1]], ctx.text[start:end])
        if rtype == "none":
            continue  # "a quantity of weapons was seized": a type cue that says the trigger is no incident
        lead = ctx.text[max(sentence.start, start - 25) : start]
        timed_by = anaphoric and event_rules().temporal_reference.search(lead)
        if rule is _ANAPHOR_RULE:
            rtype = None
            if timed_by and any(not other[3] for other in triggers):
                references.append(start)
                continue  # "A day before the offensive resumed, two suicide bombers blew themselves up": a time
        elif timed_by:
            if any(not other[3] for other in triggers):
                same_day = same_day or bool(_SAME_DAY.search(ctx.text, max(sentence.start, start - 25), start))
                references.append(start)
                continue  # "Hours after the explosion, Turkish artillery pounded …": only a time for the shelling
            reference, rtype = rtype, None  # "sent reinforcements after the attack": a time reference
        elif _lasting(ctx.text, sentence, start, end):
            continue  # "the PKK, which it has fought for four decades": no incident
        elif (description := _describing(ctx.text, sentence, start, end)) is not None:
            descriptions.append(description)
            continue  # "a leader of the Sahwa, the militia that fought al-Qaeda alongside US troops": no incident
        elif _AFTER_DOING.search(ctx.text, max(sentence.start, start - 40), start) and any(
            other[0] < start and not other[3] for other in triggers
        ):
            continue  # "entered the centre of Shingal, a day after launching an offensive": when, not what
        mention = Mention(
            sentence, rule, rtype, start, end, region, anaphoric=anaphoric, planned=bool(rule.get("planned"))
        )
        mention.told_as = reference
        before = ctx.text[max(sentence.start, start - 40) : start]
        # "another operation", "in response, jets struck", "shelled the area 57 times since the beginning of the
        # year": a new incident (or a statistic of its own), never the one just told
        mention.aggregate = bool(event_rules().aggregate.search(sentence.text))
        mention.opening = not anaphoric and bool(event_rules().new_incident_opening.match(sentence.text))
        mention.response = bool(event_rules().response.search(ctx.text[region[0] : end]))  # "in response, …"
        mention.fresh = bool(event_rules().new_incident.search(before)) or mention.response or mention.aggregate
        if anaphoric and event_rules().responded_to.search(before):
            # "SDF fighters responded to the attack": the attack answered is the one told, the answer is no new one
            mention.response = mention.fresh = False
            mention.answered = True
        if _SINCE_START.search(ctx.text, max(sentence.start, start - 40), end):
            # "killed since the start of the operation": a toll of the operation already told, not a new one
            mention.anaphoric, mention.fresh, mention.aggregate = True, False, False
        mentions.append(mention)
    for mention in mentions:
        # "Clashes broke out …, and two mortar shells fired during the fighting landed inside the Turkish district":
        # an act told as happening within the fight is one of its own
        mention.during_other = any(
            mention.region[0] <= r < mention.region[1] and _DURING.search(ctx.text, max(0, r - 10), r)
            for r in references
        )
    mentions = _combine(mentions, dates)
    _another_of_its_kind(mentions)
    same_day = same_day or bool(_SAME_DAY_PHRASE.search(sentence.text))
    for mention in mentions:
        mention.same_day = same_day
    segments = _segment_reasons(sentence)
    killing = next(
        (
            f
            for f in figures
            if (f.active or _killer_named(ctx, sentence, f))
            and not any(a <= f.start < b and reason for a, b, reason in segments)
        ),
        None,
    )
    if not mentions and killing is not None:
        # "the terrorist group killed 66 …", "a member of X was killed by gunmen": a killing told without any
        # other trigger is an attack
        figure = killing
        clause = next((c for c in clauses if c.start <= figure.start < c.end), clauses[-1])
        killed_by = _killing_type(ctx.text[clause.start : figure.start])
        mentions = [
            Mention(sentence, _KILLING_RULE, killed_by, figure.start, figure.start + 1, (clause.start, clause.end))
        ]
    excluded = [(a.start, a.end) for a in attributions]
    # "The KRG condemns the attack carried out by ISIS": who condemns is no participant
    excluded += [(sentence.start, sentence.start + c.end()) for c in _CONDEMNING.finditer(sentence.text)]
    excluded += descriptions
    actor_spans = ctx.spans_in(sentence.start, sentence.end, "actor")
    place_spans = [
        s
        for s in ctx.spans_in(sentence.start, sentence.end, "place")
        if not any(a <= s.start and s.end <= b for a, b in excluded)
    ]
    event_places = event_place_spans(ctx.text, sentence, place_spans)
    # "fled the base", "west of the town": the place named before, for a mention that names none
    taken_up = sorted(place_spans + place_anaphors(ctx, sentence, for_events=True), key=lambda s: s.start)
    anaphoric_places = event_place_spans(ctx.text, sentence, taken_up)
    parents = {**_reference_parents(), **{iri: actor.parent_iri for iri, actor in ctx.actors.items()}}
    states = {iri for iri in ctx.actors if ctx.actor_type(iri) == "State"}
    backers = _state_backers(ctx.text, actor_spans, states)
    for mention in mentions:
        form = mention.rule.get("roles", "default")
        attack_like = mention.type is not None and mention.type not in _SELF_TYPES
        # combined triggers: the names between them are not all inside "the trigger"; the onset of a back-reference
        # told by a verb ("The clashes broke out …, when Asayish members attacked a checkpoint") takes its roles
        # from the verb
        head = mention.parts[0]
        if _DEFINITE.match(ctx.text, *head) and _ONSET.match(ctx.text, head[1]):
            head = next((p for p in mention.parts if not _DEFINITE.match(ctx.text, *p)), head)
        roles = assign_roles(
            ctx.text,
            _role_region(mention, mentions),
            head,
            actor_spans,
            form,
            attack_like,
            excluded,
            parents,
            verbs=mention.parts,
            anaphoric=bool(_DEFINITE.match(ctx.text, *head)),
        )
        if mention.type is not None:  # a bare anaphor ("did not respond to the shelling") names no roles
            mention.agents, mention.targets = roles.agents, roles.targets
            mention.agents = [a for a in mention.agents if a not in backers]
            if attack_like:
                hosted = hosted_targets(ctx.text, mention.region[1], sentence.end, actor_spans, states)
                mention.targets += [t for t in hosted if t not in mention.targets + mention.agents]
                civilian = role_cues().civilian_object
                if not mention.targets and any(civilian.match(ctx.text, end) for _, end in mention.parts):
                    mention.targets = [CIVILIANS_IRI]  # "abducted seven shepherds", "bombed two hospitals"
        mention.pronoun_subject, mention.group_agent = roles.pronoun_subject, roles.group_anaphor_agent
        mention.group_target = roles.group_anaphor_target
        mention.places = nearest_places(mention, mentions, event_places) or nearest_places(
            mention, mentions, anaphoric_places
        )
        in_clause = [d for d in dates if mention.region[0] <= d.start < mention.region[1]]
        clause_dates = _own_conjunct(ctx.text, mention, _nearest_trigger_dates(mention, mentions, in_clause))
        sentence_dates = [d for d in dates if not any(o.region[0] <= d.start < o.region[1] for o in mentions)]
        if mention.opening_span is not None:  # the day the sentence opens with dates every conjunct
            sentence_dates += [d for d in dates if mention.opening_span[0] <= d.start < mention.opening_span[1]]
        own = [d for d in clause_dates or sentence_dates if not _interval_between(ctx.text, d, mention.start)]
        mention.spanning = bool(event_rules().duration_of.search(ctx.text, max(0, mention.start - 40), mention.start))
        if mention.spanning:
            own = []  # "calm returned on Saturday after a truce ended four days of clashes": Saturday is the end
        mention.date = event_date(own)
        mention.dated = any(d.is_event_date for d in own)
        mention.sentence_dates = tuple(d.value for d in dates if d.is_event_date)
        mine = [
            a
            for a in attributions
            if not _contrast_between(sentence, mention.end, a.start) or _told_on(mention, mentions, a.start)
        ]
        mention.attribution = next((a for a in mine if not a.own_voice), None)
        mention.attributions = mine
        mention.evidence = mention_evidence(ctx, sentence, mention, mentions, place_spans)
    _share_elided_subjects(ctx.text, mentions, actor_spans)
    for figure in figures:
        if mentions:
            nearest = _figure_owner(figure, mentions)
            nearest.figures.append(figure)
            victims = [figure.victim_iri, *figure.co_victims]
            if any(v in nearest.agents for v in victims if v):
                # "Seven members of the regime forces were killed in an ambush by ISIS", "its fighters killed two
                # Turkish soldiers in an attack", "neutralised a senior PKK/YPG member": victims are targets
                for victim in (v for v in victims if v in nearest.agents):
                    nearest.agents.remove(victim)
                    if victim not in nearest.targets:
                        nearest.targets.append(victim)
                subject = ctx.text[nearest.region[0] : min(nearest.start, figure.start)]
                if not nearest.agents and role_cues().pronoun.search(subject):
                    nearest.pronoun_subject = True  # "its fighters killed …": whom "its" means acted
            if figure.person_iri and ctx.text.startswith(",", figure.end):
                # "neutralized X, a senior member of the PKK, in a drone strike", "the death of X, an ISIS official":
                # the group in the victim's appositive is his side, which did not act
                close = _APPOSITIVE_END.search(ctx.text, figure.end + 1, sentence.end)
                stop = nearest.start if figure.end < nearest.start else close.start() if close else sentence.end
                persons = ctx.persons()
                described = [s.iri for s in actor_spans if figure.end < s.start and s.end <= stop]
                described = [iri for iri in described if iri not in persons]
                nearest.agents = [a for a in nearest.agents if a not in described]
    return mentions


_BACKED_BY = re.compile(r"\b(?:backed|supported|sponsored|funded|armed)\s+(?:up\s+)?by\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def _state_backers(text: str, actor_spans: list[EntitySpan], states: set[str]) -> set[str]:
    """States named as backers ("Takfiri groups backed by Turkey, Saudi Arabia and Qatar", "regime forces, backed
    by Russia,"): they support the side that acts and take no part in its act (forces "backed by coalition
    aircraft" or "by the Hashd" do)."""
    backers: set[str] = set()
    previous: EntitySpan | None = None
    for span in actor_spans:
        listed = previous is not None and _LIST_GAP.fullmatch(text, previous.end, span.start) is not None
        if span.iri in states and (_BACKED_BY.search(text, max(0, span.start - 40), span.start) or listed):
            backers.add(span.iri)
            previous = span
        else:
            previous = None
    return backers


_ELIDED_SUBJECT = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|later\s+|also\s+)?$", re.I)
#: A reply told by its verb ("…, and responded with tank fire and an airstrike")
_RESPONSE_VERB = re.compile(r"\b(?:responded|retaliated|returned\s+fire|hit\s+back|struck\s+back)\b", re.I)
_RESPONDED = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+|later\s+)?" + _RESPONSE_VERB.pattern + r"[^,;]{0,30}$", re.I)


def _share_elided_subjects(text: str, mentions: list[Mention], actor_spans: list[EntitySpan]) -> None:
    """ "Islamic State seized Fallujah on January 4, and took the town of Hit on October 3": a verb coordinated
    after another act of its sentence, with no subject of its own, shares that act's agents: the subject is told
    once for both verbs, and the second act, once told apart (by its own date), would otherwise have no side."""
    for previous, mention in itertools.pairwise(mentions):
        if mention.agents or not previous.agents or mention.type is None or previous.end > mention.start:
            continue
        conjunction = _ELIDED_SUBJECT.search(text, previous.end, mention.start)
        verb = text[mention.start : mention.end].split()[0] if mention.end > mention.start else ""
        if conjunction is None or "-" in verb or not role_cues().verbal_trigger.search(verb):
            continue  # "leaving behind minefields and booby-trapped buildings": an adjective, no verb
        if any(previous.end <= s.start < mention.start for s in actor_spans):
            continue  # "… and the army took Hit": a subject of its own
        mention.agents = list(previous.agents)
    for previous, mention in itertools.pairwise(mentions):
        if not (mention.response and previous.targets) or previous.end > mention.start:
            continue
        if not _RESPONDED.search(text, previous.end, mention.start) or any(
            previous.end <= s.start < mention.start for s in actor_spans
        ):
            continue
        if CAME_UNDER.match(text, previous.start) or not previous.agents:
            # "IDF troops came under fire from gunmen, and responded with tank fire and an airstrike": the side
            # attacked answers
            mention.agents = list(previous.targets)
            mention.targets = [t for t in mention.targets if t not in mention.agents]


def _killing_type(subject: str) -> str:
    """ "a similar bomb near Ariha wounded three", "the army's operations have killed 1,400": a toll told without
    a trigger is an act of the kind its subject names (the noun before any verb), else an attack."""
    for cue, type_name in event_rules().killing_subjects:
        found = cue.search(subject)
        if found and not event_rules().verb_before_subject.search(subject, 0, found.start()):
            return type_name
    return "Attack"


def _figure_owner(figure: FigureMention, mentions: list[Mention]) -> Mention:
    """The mention a figure of its sentence belongs to: the last one told before it ("a drone attack on the gas
    field, which wounded two workers, and an attempted attack on the airport"), else the nearest."""
    before = [m for m in mentions if m.start < figure.start]
    if before:
        return before[-1]
    return min(mentions, key=lambda m: abs(m.start - figure.start))


@lru_cache(maxsize=1)
def _reference_parents() -> dict[str, str | None]:
    """Every reference actor's parent, for owners named above a parent the article leaves out ("Iran's IRGC")."""
    return {iri: actor.parent_iri for iri, actor in reference_data().actors.items()}


_KILLING_RULE = Rule("ev.killing", re.compile("(?!)"), {"confidence": 0.6})
_DEFINITE = re.compile(
    r"(?:the|this|that|these|those|(?:yesterday|today|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s)\b",
    re.I,
)  # "Tuesday's strike" refers back as "the strike" does


def _killer_named(ctx: ArticleContext, sentence: Sentence, figure: FigureMention) -> bool:
    """ "was killed on Tuesday by gunmen", "were shot dead by ISIS": a passive figure whose killer is named."""
    if figure.active or figure.count is None and figure.min_count is None:
        return False
    after = ctx.text[figure.end : sentence.end]
    marker = event_rules().passive_killer.match(after)
    if marker is None:
        return False
    if marker.group("who"):
        return True
    position = figure.end + marker.end()
    return any(s.start == position for s in ctx.spans_in(position, sentence.end, "actor"))


#: What comes between an attack and the weapon it was made with: "a counterattack with at least three …".
_INSTRUMENT = re.compile(
    r"\s+(?:with|using|involving)\s+(?:(?:at\s+least|some|several|dozens\s+of|a|an|one|two|three|four|five|six|\d+)\s+)*"
    r"(?:(?:suicide|explosive-laden|bomb-laden|booby-trapped|armou?red)\s+)?",
    re.IGNORECASE,
)


#: "launched an attack on Peshmerga positions on the … front, using three VBIEDs": the instrument told at the end
#: of the attack's own clause, after where it struck.
_INSTRUMENT_AFTER = re.compile(
    r"[^;:]{0,120}?,\s+(?:using|with|employing)\s+(?:(?:at\s+least|some|several|dozens\s+of|a|an|one|two|three|"
    r"four|five|six|\d+)\s+)*(?:[\w’'\-]+\s+){0,2}",
    re.IGNORECASE,
)


#: Between an operation's launch and the strikes it opened with: "was launched on January 20 with air strikes".
_OPENED_WITH = re.compile(
    r"[^,;:]{0,60}?\s(?:with|by)\s+(?:(?:a|an|heavy|intense|massive|wide|waves?\s+of|barrages?\s+of|\d+)\s+)*",
    re.IGNORECASE,
)


def _opened_with(result: list[Mention], mention: Mention) -> bool:
    """The strikes an operation was launched with, told right after its launch in the same clause, are its means."""
    if mention.family != "attack" or not result:
        return False
    operation = result[-1]
    if operation.type != "MilitaryOperation" or operation.region != mention.region or operation.end > mention.start:
        return False
    offset = mention.sentence.start
    return _OPENED_WITH.fullmatch(mention.sentence.text, operation.end - offset, mention.start - offset) is not None


def _instrument_of(attack: Mention, weapon: Mention) -> bool:
    """The weapon trigger names the means of the attack told just before it ("attacked … with", "…, using")."""
    text, offset = weapon.sentence.text, weapon.sentence.start
    if _INSTRUMENT.fullmatch(text, attack.end - offset, weapon.start - offset):
        return True
    if len(attack.parts) > 1 and re.fullmatch(r"\s*\(\s*", text[attack.end - offset : weapon.start - offset]):
        return True  # "using three vehicle-borne improvised explosive devices (VBIEDs)": the acronym restates it
    told_after = _INSTRUMENT_AFTER.fullmatch(text, attack.end - offset, weapon.start - offset)
    return attack.type == "Attack" and told_after is not None


#: Between a strike and a weapon it destroyed or found: the weapon is its object, not another incident's type.
_DESTROYED = re.compile(r"\b(?:destroy\w*|dismantl\w*|defus\w*|seiz\w*|found|discover\w*|confiscat\w*)\b", re.I)


def _combine(mentions: list[Mention], dates: Sequence[DateMention] = ()) -> list[Mention]:
    """Triggers of one sentence that tell one incident become one mention of the most specific type.

    "IEDs, which had been planted …, struck a Russian patrol" is one bombing although its triggers sit in
    different clauses; a contrast ("…, while the army shelled …") or a date of each ("overran Mosul on June 10
    …, seizing Tikrit a day later") keeps two incidents apart.
    """
    rules = event_rules()
    result: list[Mention] = []
    for mention in mentions:
        same = next(
            (
                m
                for m in reversed(result)
                if _compatible(m, mention)
                and not m.answered  # ("In response to the attack, jets struck …": the strike is the reply)
                and not _answered_by(m, mention)
                and not _contrast(m, mention)
                and not _another(m, mention)
                and not _earlier_relative(m, mention)
                and not _timed_apart(m, mention)
                and not _dated_apart(m, mention, mentions, dates)
                and not _dated_after_anaphor(m, mention, dates)
                and not (mention.during_other and m.type != mention.type and m.start < mention.start)
            ),
            None,
        )
        if same is not None and told_in_sequence(same, mention):
            for other in (same, mention):  # "The attacks follow U.S. airstrikes": the anaphor only points back
                if other.anaphoric:
                    other.type = None
                else:  # "The attack came less than a week after militants shelled Hmeimim": an earlier, other act
                    other.fresh = True
            same = None
        if same is None and result:
            _split_at_time_cue(result[-1], mention)
        if same is None and _object_of_attack(result, mention):
            continue  # "Turkish drones struck a convoy of …", "ambushed a military convoy": what was hit
        if same is None:
            # the clashes an attack sets off, in the same sentence, are that attack
            if mention.type == "Clash" and any(m.family == "attack" and m.type != "Clash" for m in result):
                continue
            if _opened_with(result, mention):
                continue  # "The operation was launched on January 20 with air strikes on 108 targets": how it began
            lead = mention.sentence.text[: mention.start - mention.sentence.start]
            if mention.type in rules.absorbed_after_attack and result and result[-1].family == "attack":
                if _THEN_LEFT.search(lead):
                    continue  # "opened fire on him near his house before fleeing": how the attackers left
            keeps = _coordinated(result, mention)
            if keeps is not None:
                # "stormed the terrorists' positions and took full control of the town": how it was taken;
                # "deployed around the prison and set up checkpoints": what the deployed troops did
                last = result[-1]
                if keeps == "then":
                    last.type, last.rule = mention.type, mention.rule
                last.end = max(last.end, mention.end)
                last.parts = sorted(last.parts + mention.parts)
                continue
            if (
                mention.type == "Clash"
                and result
                and not result[-1].anaphoric
                and _CLASH_BEFORE.search(lead)
                and not rules.sequence.search(lead)
            ):
                # "liberated the village after fierce battles with HTS": the battles are how it was taken
                result[-1].region = (result[-1].region[0], max(result[-1].region[1], mention.region[1]))
                continue
            result.append(mention)
            continue
        priority = rules.priority
        untyped = same.type is None  # "The operation came as a response to recent ISIS attacks": a bare anaphor
        if same.listed or _listed(same, mention):
            same.listed = True  # "killed in attacks, ambushes and landmine explosions": the first names the class
        elif same.rule.get("keeps_type"):
            pass  # "shot down a warplane that was carrying out a raid": the shoot-down is what happened
        elif _clashes_began(same, mention):
            pass  # "The clashes broke out on Tuesday, when Asayish members attacked a checkpoint": still the clashes
        elif mention.rule.get("keeps_type"):
            same.type, same.rule = mention.type, mention.rule
        elif same.rule.get("decisive") and mention.rule.get("guessed"):
            pass  # "a one-way attack drone … struck": what the weapon says, not what "struck" guesses from "drone"
        elif mention.rule.get("decisive") and same.rule.get("guessed"):
            same.type, same.rule = mention.type, mention.rule
        elif _DESTROYED.search(
            mention.sentence.text, same.start - mention.sentence.start, mention.start - mention.sentence.start
        ):
            # "struck ISIS positions …, destroying weapons caches and a car bomb", "helicopters destroyed four
            # booby-trapped vehicles": what was destroyed is no blast
            pass
        elif _instrument_of(same, mention):
            pass  # "a counterattack with at least three bomb-laden vehicles": the bombs are the attack's means
        elif mention.type and (same.type is None or priority.get(mention.type, 99) < priority.get(same.type, 99)):
            same.type, same.rule = mention.type, mention.rule
        # "jets struck … adding that the strikes destroyed …": a later anaphor refers to the trigger before it
        same.anaphoric = same.anaphoric or (mention.anaphoric and same.type is None)
        same.fresh = same.fresh or mention.fresh
        same.opening = same.opening or mention.opening
        same.planned = same.planned or mention.planned
        same.region = (min(same.region[0], mention.region[0]), max(same.region[1], mention.region[1]))
        if not (mention.anaphoric and not same.anaphoric):  # a later "the strikes" does not widen the trigger
            same.start, same.end = min(same.start, mention.start), max(same.end, mention.end)
            same.parts = list(mention.parts) if untyped else sorted(same.parts + mention.parts)
    _split_conjuncts(result)
    _while_clauses(result)
    return result


#: ", and" before a subject of its own ("…, and the Kurdish Peshmerga deployed"), not before a verb sharing the
#: first subject ("…, and took control of the town") or a reported clause ("…, and that investigations had begun");
#: "…, and a second group later ambushed …" is another incident already, whose roles the whole sentence tells.
_AND_CONJUNCT = re.compile(
    r",\s+and\s+(?!an?\s+(?:second|third|new|separate|similar)\b)"
    r"(?=(?:the|an?|its|their|his|her|some|several|two|three|four|five|\d+)\s|(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _split_conjuncts(mentions: list[Mention]) -> None:
    """Two incidents told in one clause joined by ", and" ("The army sent reinforcements from Tuz Khurmatu, and
    the Peshmerga deployed on the outskirts of the town the next day") each keep their own conjunct: its names,
    and the quote that tells it."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.region != second.region or first.type is None or second.type is None or first.end > second.start:
            continue
        joints = list(
            _AND_CONJUNCT.finditer(
                first.sentence.text, first.end - first.sentence.start, second.start - first.sentence.start
            )
        )
        if joints:
            joint = joints[-1]
            second.opening_span = (first.region[0], first.start)
            first.region = (first.region[0], first.sentence.start + joint.start())
            second.region = (first.sentence.start + joint.end(), second.region[1])


def _while_clauses(mentions: list[Mention]) -> None:
    """An act told in a ", while" clause after another ("On Monday morning, troops deployed around Abu Ghraib,
    while security forces launched raids in the villages") happened at the time the sentence opens with, as for
    ", and" conjuncts."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.type is None or second.type is None or second.opening_span is not None:
            continue
        start = second.region[0] - second.sentence.start
        joint = second.sentence.text[max(0, start - 8) : start + 7]
        if first.region[1] <= second.region[0] and _WHILE_JOINT.search(joint):
            second.opening_span = (first.region[0], first.start)


_WHILE_JOINT = re.compile(r",\s*while\b", re.I)


def _coordinated(result: list[Mention], mention: Mention) -> str | None:
    """Which of two acts coordinated in one clause names the one incident ("first" or "then"), for the pairs of
    ``coordinated_acts``; None when they are not such a pair. A pair marked ``participle`` also joins a participle
    clause right after the first act ("launched a security operation in al-Bayda, searching houses and setting up
    checkpoints"), which tells what that act did."""
    if not result or result[-1].anaphoric:
        return None
    last = result[-1]
    pair = next(
        (p for p in event_rules().coordinated_acts if last.type in p.first and mention.type in p.then),
        None,
    )
    if pair is None:
        return None
    text, offset = mention.sentence.text, mention.sentence.start
    gap = text[last.end - offset : mention.start - offset]
    if last.region == mention.region and _COORDINATED_GAP.fullmatch(gap):
        return pair.keeps
    if pair.participle and _PARTICIPLE_GAP.fullmatch(gap) and _PARTICIPLE.match(text, mention.start - offset - 1):
        return pair.keeps
    return None


_COORDINATED_GAP = re.compile(r"[^,;.]{0,120}?\s+and\s+(?:then\s+|later\s+|finally\s+)?")
#: "…in al-Bayda and the nearby village, searching houses and ": the first act's clause, then participles
_PARTICIPLE_GAP = re.compile(r"[^,;.]{0,120}?,\s+(?:\w+ing\b[^,;.]{0,60}?\s+and\s+)?")


def _object_of_attack(result: list[Mention], mention: Mention) -> bool:
    """A deployment trigger ("convoy of", "reinforcements") that is the direct object of the attack verb right
    before it names what was attacked, not a deployment of its own."""
    if mention.type != "Deployment" or not result or result[-1].family != "attack" or result[-1].end > mention.start:
        return False
    text, offset = mention.sentence.text, mention.sentence.start
    gap = (result[-1].end - offset, mention.start - offset)
    # "The device exploded on Saturday morning as a convoy of trucks passed": the convoy passing is what was hit
    return bool(_OBJECT_GAP.fullmatch(text, *gap) or _PASSING_GAP.fullmatch(text, *gap))


_OBJECT_GAP = re.compile(r"\s+(?:at\s+|on\s+)?(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w’'\-]+\s+){0,3}", re.I)
_PASSING_GAP = re.compile(r"[^.;,]{0,60}?\b(?:as|when|while)\s+(?:an?|the|its|their)\s+(?:[\w’'\-]+\s+){0,2}", re.I)
_THEN_LEFT = re.compile(r"\b(?:before|then|and(?:\s+then)?)\s+$", re.I)
_CLASH_BEFORE = re.compile(r"\b(?:after|following|amid)\s+(?:[\w’'\-]+\s+){0,2}$", re.I)
_CONTRAST = re.compile(r"[,;]\s+(?:while|whereas|but|meanwhile)\b|;", re.I)


def _contrast(first: Mention, second: Mention) -> bool:
    """Two mentions of one sentence in different clauses with "while", "but", ";" … between them."""
    return first.region != second.region and _contrast_between(first.sentence, *sorted((first.end, second.start)))


def _another(first: Mention, second: Mention) -> bool:
    """ "attacked a post …, and a second group later ambushed the reinforcements": a new incident in its own
    clause, whatever its kind."""
    text, offset = second.sentence.text, second.sentence.start
    if first.end > second.start or not re.search(r",|\band\b", text[first.end - offset : second.start - offset]):
        return False
    return bool(event_rules().new_incident.search(text[max(0, second.start - offset - 40) : second.start - offset]))


#: "captured the air base, which the Islamic State had seized from government forces in 2014": a relative clause
#: with a subject of its own and a pluperfect tells an earlier act.
_EARLIER_RELATIVE = re.compile(
    r",\s+(?:which|that|where|whom)\s+(?:the\s+)?(?-i:[A-Z])[\w’'\-]*(?:\s+[\w’'\-]+){0,5}?\s+had\s+(?:(?:first|earlier|"
    r"previously|once)\s+)?(?:been\s+)?$"
)


_ANOTHER_ONE = re.compile(
    r"\b(?:another|a\s+similar|a\s+second|a\s+third)\s+(?:[\w’'\-]+\s+){1,2}?(?:was|were|has\s+been|had\s+been)\s+$",
    re.I,
)


def _another_of_its_kind(mentions: list[Mention]) -> None:
    """ "an IED exploded as a convoy passed …, while another convoy was hit on the road to Baghdad": a plain
    "hit" of another of the same targets is another of the same kind of act as the one just told."""
    for k, mention in enumerate(mentions):
        if mention.type != "Attack" or mention.rule.id not in ("ev.attack.noun", "ev.strike") or k == 0:
            continue
        if not _ANOTHER_ONE.search(mention.sentence.text, 0, mention.start - mention.sentence.start):
            continue
        told = mentions[k - 1]
        if told.type is not None and told.family == "attack" and told.type not in ("Attack", "Clash"):
            mention.type = told.type


def _earlier_relative(first: Mention, second: Mention) -> bool:
    text, offset = second.sentence.text, second.sentence.start
    between = text[first.end - offset : second.start - offset] if first.end <= second.start else ""
    return bool(_EARLIER_RELATIVE.search(between))


#: "jets struck Iranian targets …, hours after Iran's Quds Force fired a barrage of rockets": a time span before
#: "after"/"before" orders two acts, each with its own subject ("hours after it declared …" is the same side's).
_TIMED_APART = re.compile(
    r"\b(?:hours|minutes|days|weeks|months|shortly|moments|just|a\s+day|a\s+week|a\s+month|an\s+hour|"
    r"(?:a\s+)?(?:few|couple\s+of)\s+(?:hours|days|weeks))\s+(?:after|before)\s+"
    r"(?!(?:it|they|he|she|we|midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|nightfall|\d)\b)"
    # "carried out air operations … after Wednesday's terrorist attack on …": an act dated by its own day
    r"|\b(?:after|before|following)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+(?:week|night|month))[’']s\s",
    re.I,
)


def _time_cue(first: Mention, second: Mention) -> re.Match[str] | None:
    """The "hours after" that sets two told acts of one sentence a stated time apart ("struck …, hours after X
    fired …"); a back-reference ("hours after the attack") is still the one act, anaphoric."""
    if first.anaphoric or second.anaphoric or first.end > second.start:
        return None
    text, offset = second.sentence.text, second.sentence.start
    return _TIMED_APART.search(text, first.end - offset, second.start - offset)


def _timed_apart(first: Mention, second: Mention) -> bool:
    return _time_cue(first, second) is not None


def _dated_apart(first: Mention, second: Mention, mentions: list[Mention], dates: Sequence[DateMention]) -> bool:
    """ "ISIL overran Mosul on June 10 and swept south, seizing Tikrit a day later": two acts of one sentence,
    each followed by a date of its own that differs from the other's, are two incidents. (One date after both,
    "stormed the post and killed four soldiers on Monday", dates one incident.)"""
    if first.anaphoric or second.anaphoric or first.end > second.start:
        return False
    text, offset = second.sentence.text, second.sentence.start
    own = [d for d in dates if d.is_event_date and d.value is not None]
    later = [m.start for m in mentions if m.start > second.end]
    stop = min(later, default=offset + len(text))
    after = [d for d in own if second.end <= d.start < stop]
    before = [d for d in own if first.end <= d.start < second.start]
    if not before:
        # "The army sent reinforcements from Tuz Khurmatu, and the Peshmerga deployed there the next day": a day
        # told as following another act is not that act's day
        return any(_DAY_LATER.search(d.text) for d in after) and bool(
            re.search(r",|\band\b", text[first.end - offset : second.start - offset])
        )
    if not re.search(r",|\band\b", text[before[-1].end - offset : second.start - offset]):
        return False
    return bool(after) and after[0].value != before[-1].value


_DURING = re.compile(r"\b(?:during|amid|in)\s+$", re.IGNORECASE)

#: A day told as following the act before it ("the next day", "two days later", "the following day").
_DAY_LATER = re.compile(r"\b(?:later|next|following)\b", re.I)


_WHEN_CLAUSE = re.compile(r"when\b", re.I)


def _dated_after_anaphor(first: Mention, second: Mention, dates: Sequence[DateMention]) -> bool:
    """ "claimed the attack on Telegram, as it had claimed rocket fire on Baghdad airport in May", "the strikes
    are the latest in a campaign that began in late September, when missile attacks on Koya killed 14": an act
    told after a back-reference, in a clause of its own dated apart (or opened by "when" right after a date),
    is another incident; the back-reference points to the act already told."""
    if not first.anaphoric or second.anaphoric or first.end > second.start or first.region == second.region:
        return False
    text, offset = second.sentence.text, second.sentence.start
    if _ONSET.match(text, first.end - offset):
        return False  # "The clashes broke out on Tuesday evening, when gunmen attacked a checkpoint": how they began
    opens_when = _WHEN_CLAUSE.match(text, second.region[0] - offset)
    return any(
        d.is_event_date
        and d.value is not None
        and first.end <= d.start
        and (
            second.region[0] <= d.start < second.region[1]
            or (opens_when is not None and not text[d.end - offset : second.region[0] - offset].strip(" ,"))
        )
        for d in dates
    )


_ONSET = re.compile(r"\s+(?:had\s+)?(?:broke\s+out|erupted|flared(?:\s+up)?|began|started)\b", re.I)


def _split_at_time_cue(first: Mention, second: Mention) -> None:
    """Each of two acts a stated time apart takes its participants from its own side of the cue: "struck PKK
    hideouts, hours after PKK fighters fired": the hideouts' owner is no agent of the rockets."""
    cue = _time_cue(first, second) if _compatible(first, second) else None
    if cue is None:
        return
    offset = second.sentence.start
    first.region = (first.region[0], min(first.region[1], offset + cue.start()))
    second.region = (max(second.region[0], offset + cue.end()), second.region[1])


def _contrast_between(sentence: Sentence, start: int, end: int) -> bool:
    """ "An IED exploded on Monday, while on Saturday another convoy was hit …, according to a source": a source
    cited after a contrast speaks for the contrasted part only."""
    if end <= start:
        return False
    return bool(_CONTRAST.search(sentence.text, start - sentence.start, end - sentence.start))


def _told_on(mention: Mention, mentions: list[Mention], until: int) -> bool:
    """ "Daesh launched a counterattack …, but the assault was repelled, the source added": the contrasted part
    tells the same act on (a definite anaphor of it), so the source speaks for both."""
    return any(other.anaphoric and mention.end < other.start < until for other in mentions if other is not mention)


def _listed(first: Mention, second: Mention) -> bool:
    rules = event_rules()
    if rules.type_list is None or not first.type or not second.type or first.type == second.type:
        return False
    gap = first.sentence.text[first.end - first.sentence.start : second.start - first.sentence.start]
    return bool(rules.type_list.match(gap))


def told_in_sequence(first: Mention, second: Mention) -> bool:
    """ "The attacks follow U.S. airstrikes last month": the sentence orders two incidents in time."""
    if not (first.anaphoric or second.anaphoric):
        return False
    low, high = sorted((first.end, second.start))
    base = first.sentence.start
    return bool(event_rules().sequence.search(first.sentence.text, low - base, high - base))


def _clashes_began(first: Mention, second: Mention) -> bool:
    """ "The clashes broke out on Tuesday, when X attacked a checkpoint": the act in the when-clause is how the
    clashes began, and the incident stays the clashes (annotators: both such sentences are clashes)."""
    offset = second.sentence.start
    return first.anaphoric and first.type == "Clash" and bool(_ONSET.match(second.sentence.text, first.end - offset))


def _answered_by(first: Mention, second: Mention) -> bool:
    """ "came under fire from several gunmen, and responded with tank fire and an airstrike": the second act answers
    the first, a separate response (a reply cue before the first, "in response to recent attacks", is no answer)."""
    if not second.response or first.response or first.end > second.start:
        return False
    offset = second.sentence.start
    return bool(_RESPONSE_VERB.search(second.sentence.text, first.end - offset, second.start - offset))


def _compatible(a: Mention, b: Mention) -> bool:
    if a.type is None or b.type is None:
        return a.region == b.region
    return a.family == b.family or _framed(a, b)


def _framed(a: Mention, b: Mention) -> bool:
    """ "detained five suspects in a raid", "raided several houses and arrested four people": an arrest told in
    an operation's clause is part of that operation."""
    absorbs = event_rules().frame_absorbs
    if a.region != b.region and not _participle_after(a, b):
        return False
    return (b.family == "operation" and a.family in absorbs) or (a.family == "operation" and b.family in absorbs)


_PARTICIPLE = re.compile(r"[\s,]*\w+ing\b")


def _participle_after(a: Mention, b: Mention) -> bool:
    """ "carried out 47 operations …, killing 19 terrorists and arresting 214 suspects": the clause right after
    the first mention's, opened by a participle, tells what that act did."""
    text = a.sentence.text
    offset = a.sentence.start
    return a.region[1] <= b.region[0] <= a.region[1] + 2 and bool(_PARTICIPLE.match(text, b.region[0] - offset))


def _role_region(mention: Mention, mentions: list[Mention]) -> tuple[int, int]:
    """The mention's clause, cut where another mention of the same clause begins or ends."""
    start, end = mention.region
    for other in mentions:
        if other is mention or other.region != mention.region:
            continue
        if other.end <= mention.start:
            start = max(start, other.end)
        elif other.start >= mention.end:
            end = min(end, other.start)
    return start, end
