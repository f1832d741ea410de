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
    owner_of_target_before: re.Pattern[str]
    carried_target_before: re.Pattern[str]
    target_after: re.Pattern[str]
    not_participant_after: re.Pattern[str]
    not_participant_before: re.Pattern[str]
    pronoun: re.Pattern[str]
    group_anaphor: re.Pattern[str]
    group_types: frozenset[str]
    coordination: re.Pattern[str]
    parent_of: re.Pattern[str]
    verbal_trigger: re.Pattern[str]
    direct_object_gap: re.Pattern[str]
    clash_target_before: re.Pattern[str]
    anaphor_agent_gap: re.Pattern[str]
    hosted_target: re.Pattern[str]
    civilian_object: re.Pattern[str]
    passive_gap: re.Pattern[str]
    loser_before: re.Pattern[str]
    anaphor_target_gap: re.Pattern[str]
    leader_gap: re.Pattern[str]
    loser_opening: re.Pattern[str]
    loser_verb: re.Pattern[str]
    holder_opening: re.Pattern[str]
    holder_verb: re.Pattern[str]
    held_by_opening: re.Pattern[str]
    held_place_before: re.Pattern[str]


@lru_cache(maxsize=1)
def role_cues() -> _RoleCues:
    data = rule_file(TRIGGER_FILE)
    macros = data.get("macros", {})
    markers = data["role_markers"]
    return _RoleCues(
        target_before=compile_pattern(markers["target_before"], macros, TRIGGER_FILE),
        agent_before=compile_pattern(markers["agent_before"], macros, TRIGGER_FILE),
        owner_of_target_before=compile_pattern(markers.get("owner_of_target_before", "(?!)"), macros, TRIGGER_FILE),
        carried_target_before=compile_pattern(markers.get("carried_target_before", "(?!)"), macros, TRIGGER_FILE),
        target_after=compile_pattern(markers["target_after"], macros, TRIGGER_FILE),
        not_participant_after=compile_pattern(markers["not_a_participant_after"], macros, TRIGGER_FILE),
        not_participant_before=compile_pattern(markers["not_a_participant_before"], macros, TRIGGER_FILE),
        pronoun=compile_pattern(data["pronoun_subjects"], macros, TRIGGER_FILE),
        group_anaphor=compile_pattern(data["generic_group_anaphors"]["pattern"], macros, TRIGGER_FILE),
        group_types=frozenset(data["generic_group_anaphors"]["types"]),
        coordination=compile_pattern(markers["coordination"], macros, TRIGGER_FILE),
        parent_of=compile_pattern(markers["parent_of"], macros, TRIGGER_FILE),
        verbal_trigger=compile_pattern(markers["verbal_trigger"], macros, TRIGGER_FILE),
        direct_object_gap=compile_pattern(markers["direct_object_gap"], macros, TRIGGER_FILE),
        clash_target_before=compile_pattern(markers["clash_target_before"], macros, TRIGGER_FILE),
        anaphor_agent_gap=compile_pattern(markers.get("anaphor_agent_gap", "(?!)"), macros, TRIGGER_FILE),
        hosted_target=compile_pattern(markers.get("hosted_target", "(?!)"), macros, TRIGGER_FILE),
        civilian_object=compile_pattern(markers.get("civilian_object", "(?!)"), macros, TRIGGER_FILE),
        passive_gap=compile_pattern(markers.get("passive_gap", "(?!)"), macros, TRIGGER_FILE),
        loser_before=compile_pattern(markers.get("loser_before", "(?!)"), macros, TRIGGER_FILE),
        anaphor_target_gap=compile_pattern(markers.get("anaphor_target_gap", "(?!)"), macros, TRIGGER_FILE),
        leader_gap=compile_pattern(markers["leader_gap"], macros, TRIGGER_FILE),
        loser_opening=compile_pattern(markers.get("capture_loser_opening", "(?!)"), macros, TRIGGER_FILE),
        loser_verb=compile_pattern(markers.get("capture_loser_verb", "(?!)"), macros, TRIGGER_FILE),
        holder_opening=compile_pattern(markers.get("capture_holder_opening", "(?!)"), macros, TRIGGER_FILE),
        holder_verb=compile_pattern(markers.get("capture_holder_verb", "(?!)"), macros, TRIGGER_FILE),
        held_by_opening=compile_pattern(markers.get("capture_held_by_opening", "(?!)"), macros, TRIGGER_FILE),
        held_place_before=compile_pattern(markers.get("held_place_before", "(?!)"), macros, TRIGGER_FILE),
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
    parents: dict[str, str | None] | None = None,
    verbs: list[tuple[int, int]] | None = None,
    anaphoric: bool = False,
) -> Roles:
    """Agents and targets among ``actor_spans`` of the clause ``region`` (article offsets) of a trigger.

    ``text`` is the article text; ``excluded`` are spans of attribution cues, whose names are claimants and
    not participants. ``attack_like``: whether the event has targets at all. A name after the trigger is a
    target only when something marks it as attacked ("against X", "X positions", the object of "attacked");
    a name coordinated with a participant ("A, B as well as several units of C") shares A's role, and a name
    that only says whose unit the one before is ("the 20th Brigade of the PMF") takes no part.
    ``parents``: organisational parent of each actor, for that last test. ``verbs``: every trigger combined
    into the mention ("attacked army positions …, using explosive-laden vehicles"), each of which may take a
    direct object; ``trigger`` is the first of them. ``anaphoric``: the trigger is a definite noun phrase
    ("the assault"), so a name before it acts only through a verb of doing ("ISIS carried out the attack");
    "Army units confronted the assault" names the side attacked.
    """
    cues = role_cues()
    agents: list[str] = []
    targets: list[str] = []
    t_start, t_end = trigger
    spans = [s for s in actor_spans if region[0] <= s.start and s.end <= region[1]]
    spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in excluded)]
    if role_form in ("between", "parties"):
        between = text.rfind("between", region[0], t_start + 80)
        after = [s for s in spans if s.start > between] if between != -1 else []
        if after:
            chain = [after[0]]  # "between A, B and C": the coordinated names right after "between"
            for span in after[1:]:
                if not cues.coordination.fullmatch(text[chain[-1].end : span.start]):
                    break
                chain.append(span)
            if role_form == "parties":  # "an agreement between A, B and C": all are parties
                agents.extend(dict.fromkeys(s.iri for s in chain))
            else:  # "clashes between A and B": A initiates
                agents.append(chain[0].iri)
                targets.extend(s.iri for s in chain[1:] if s.iri != chain[0].iri)
            spans = [s for s in spans if s not in chain]
    previous: tuple[EntitySpan, str | None] | None = None  # the last name read and the role it took
    for span in spans:
        role = _role(cues, text, region, trigger, span, previous, role_form, attack_like, parents or {}, verbs)
        if anaphoric and role == "agent" and span.end <= trigger[0]:
            role = _before_anaphor(cues, text[span.end : trigger[0]], attack_like)
        if role == "modifier":  # transparent: "the 110th Brigade of the PMF as well as X" joins X to the brigade
            previous = (span, previous[1] if previous else None)
            continue
        if previous is not None and _owner_before(cues, text, previous[0], span, parents or {}):
            # "The PMF's 35th Brigade launched …": the owner only says whose brigade acts
            for values in (agents, targets):
                if previous[0].iri in values:
                    values.remove(previous[0].iri)
            role = previous[1] if role is None else role
        if role == "agent":
            _add(agents, span.iri)
        elif role == "target":
            _add(targets, span.iri)
        previous = (span, role)
    if role_form == "between" and not targets and len(agents) >= 2:
        agents, targets = _reciprocal(cues, text, t_start, spans, agents)
    if attack_like and role_form not in ("between", "parties"):
        for iri in _passive_subjects(cues, text, trigger, spans):  # "U.S. and Coalition forces have been attacked"
            if iri in agents:
                agents.remove(iri)
            _add(targets, iri)
    if not attack_like:  # no side is attacked: "the Turkish army set up four new positions, bringing the number of
        # Turkish bases …"; whose posts they are tells who set them up ("posts of the Turkish army will be established")
        owners = [s.iri for s in spans if s.iri in targets and t_start <= s.start and s.end <= t_end]
        agents, targets = agents or list(dict.fromkeys(owners)), []
    if role_form == "capture":  # "entered the town after HTS fighters pulled out", "Palmyra, which ISIS had held"
        speakers = [s for s in actor_spans if not any(a <= s.start and s.end <= b for a, b in excluded)]
        for iri in _capture_losers(cues, text, region, trigger, speakers):
            if iri not in agents:
                _add(targets, iri)
    agents = [a for a in agents if a not in targets] if role_form != "between" else agents
    orderers = {s.iri for s in spans if s.end <= t_start and _ORDERED.match(text, s.end, t_start)}
    if any(a not in orderers for a in agents):  # "Prime Minister X ordered army reinforcements into …": who gives
        agents = [a for a in agents if a not in orderers]  # the order is no participant when the force is named
    if not agents and role_form not in ("between", "parties"):
        speakers = [s for s in actor_spans if not any(a <= s.start and s.end <= b for a, b in excluded)]
        agents = _relative_antecedent(text, region, trigger, actor_spans) or _shared_subject(
            text, region, trigger, speakers, cues.coordination, attack_like
        )
    subject_text = text[region[0] : t_start]
    near = _NEAR_PRONOUN.search(subject_text)
    if near is not None and role_form not in ("between", "parties"):
        # "attacked a Peshmerga post … before they withdrew": the pronoun right before the verb is its subject
        cut = region[0] + near.start()
        agents = [a for a in agents if not any(s.iri == a and s.end <= cut for s in spans)]
        spans = [s for s in spans if s.start >= cut]
    pronoun = not agents and bool(cues.pronoun.search(subject_text)) and not _named_before(spans, t_start)
    if pronoun and attack_like and _possessor_attacked(cues, subject_text, text[t_start:t_end]):
        pronoun = False  # "a group of its soldiers was ambushed": whom "its" means was attacked, and did not act
    group_agent = not agents and bool(cues.group_anaphor.search(subject_text))
    group_target = False
    later = cues.group_anaphor.search(text, t_end, region[1])
    if later is not None:  # "fire opened by the militants", "command posts of the terrorists"
        marked_agent = cues.agent_before.search(text[max(region[0], later.start() - 60) : later.start()])
        group_agent = group_agent or bool(marked_agent)  # used only if no agent is left once victims are known
        group_target = attack_like and not targets and not marked_agent
    return Roles(agents, targets, pronoun, group_agent, group_target)


def _role(
    cues: _RoleCues,
    text: str,
    region: tuple[int, int],
    trigger: tuple[int, int],
    span: EntitySpan,
    previous: tuple[EntitySpan, str | None] | None,
    role_form: str,
    attack_like: bool,
    parents: dict[str, str | None],
    verbs: list[tuple[int, int]] | None = None,
) -> str | None:
    """ "agent", "target", "modifier" (names whose unit the previous name is) or ``None`` (no part)."""
    t_start, t_end = trigger
    before = text[max(region[0], span.start - 60) : span.start]
    after = text[span.end : min(region[1], span.end + 40)]
    if cues.owner_of_target_before.search(before):
        # "airstrikes on facilities used by Kataib Hezbollah", "a convoy contracted by the coalition": the owner
        # of what was hit is a target of an attack and otherwise no participant
        return "target" if attack_like and span.start >= t_end else None
    held = cues.held_place_before.search(before)
    if held is not None and span.start >= t_end:
        # "an offensive against the last pocket held by IS", "attacked a village held by PMF fighters": the holder of
        # the place hit is attacked, and no agent; not where someone went ("fled towards territory held by the army")
        way = text[t_end : span.start - len(before) + held.start()]
        return "target" if attack_like and not _MOVED_TO.search(way) else None
    if attack_like and span.start >= t_end and _HELD_PLACES.match(after) and _hit_directly(text, trigger, span):
        return "target"  # "GoS aircraft struck ISIL-held neighbourhoods": the side holding the places hit
    if previous is not None and previous[1] in ("agent", "target"):
        if _COMPOUND_MODIFIER.match(after) and cues.coordination.fullmatch(text, previous[0].end, span.start):
            return "modifier"  # "by Iraqi troops and Iranian-backed Hashd militias": Iran only qualifies the next name
        if _COMPOUND_GAP.fullmatch(text, previous[0].end, span.start):
            return previous[1]  # … and the name it qualifies shares the role of the name before the modifier
    if cues.not_participant_after.search(after) or cues.not_participant_before.search(before):
        return None
    if span.start >= t_end and _LATER_SUBORDINATE.search(text, t_end, span.start):
        return None  # "fired a missile at an army post after shots were fired at an Israeli patrol": another act
    if previous is not None:
        gap = text[previous[0].end : span.start]
        if cues.leader_gap.fullmatch(gap):
            return None  # "who had joined the 4th Division, led by Maher al-Assad": the unit's leader, not the agent
        if parents.get(previous[0].iri) == span.iri and cues.parent_of.fullmatch(gap):
            return "modifier"
        if previous[1] in ("agent", "target") and cues.coordination.fullmatch(gap):
            return previous[1]
    if span.start >= t_end and any(_subject_of(text, t_end, verb, span) for verb in (verbs or [])[1:]):
        return "agent"  # "three days before the Zakho attack, PKK fighters ambushed a patrol": the later verb's subject
    if attack_like and span.start >= t_end and cues.carried_target_before.search(before):
        return "target"  # "struck a car carrying members of the SDF"
    if role_form == "object" and t_start < span.start and span.end <= t_end:
        return "target"  # "shot down a Syrian Sukhoi-22 warplane": the aircraft's side is what was hit
    if role_form == "capture" and span.start >= t_start:
        if re.search(r"\bby\s+(?:the\s+)?$", before):
            return "agent"  # "pushed out of the town by Iraqi forces"
        if cues.loser_before.search(before) or t_start < span.start and span.end <= t_end:
            return "target"  # "took the area from the Islamic State group", "drove ISIS out of the town"
        if re.search(r"\bto\s*$", text[t_start:t_end]) and re.fullmatch(r"\s*(?:the\s+)?", text[t_end : span.start]):
            return "agent"  # "Mosul fell to the Islamic State"
    if role_form == "capture" and span.end <= t_start and _passive(cues, text[span.end : t_start], text[t_start:t_end]):
        return "target"  # "ISIL fighters were driven out of Kobani by the YPG": the passive subject lost it
    if attack_like and span.end <= t_start and _DEFENDED.search(text, span.end, t_start):
        return None  # "Syrian air defences intercepted most of the missiles in an Israeli attack": the defender
    if span.end <= t_start and _IN_RESPONSE.search(text, span.end, t_start):
        return None  # "Pursuant to the directives of the Prime Minister, and in response to the attack …"
    if span.end <= t_start and _ANSWERED.search(text, region[0], span.start):
        return None  # "In response to America's support for Israel, the Resistance attacked": whom it answers
    if span.end <= t_start and _VICTIM.match(text, span.end, t_start):
        # "X, an adviser of the IRGC, was martyred when missiles … struck his residence": the victim
        return "target" if attack_like else None
    if span.end <= t_start and _inside_relative(text, region[0], span, t_start):
        return None  # "Turkey, which regards the YBS as a branch of the PKK, has carried out …", "The Federal
        # Police, which have been advancing alongside the army's 16th Division, lost three men to sniper fire"
    if attack_like and _FIRED_FROM.search(before) and cues.target_after.search(after):
        return "agent"  # "a guided missile fired from regime positions targeted a car": whose positions fired
    if role_form == "repel" and span.end <= t_start and _BACKING.search(before):
        return None  # "Units of the army, supported by Russian aviation, repelled an attack by …": a backer
    if span.start >= t_end and _WITHDRAWN_FROM.search(before) and _WITHDRAWING.match(text, t_start, t_end):
        return None  # "Austria would withdraw its 380 soldiers from UNDOF": the force left, not the one leaving
    marker = cues.agent_before.search(before)
    spans_verb = span.start >= t_end and span.start - len(before) + marker.start() < t_start if marker else False
    if marker and not (spans_verb and cues.verbal_trigger.search(text, t_start, t_end)):
        return "agent"  # not "backed by US-supplied tanks attacked Peshmerga positions": "by" spans the verb
    if re.search(r"anti-\s*$", before, re.I) or cues.target_after.search(after) and span.start >= t_end:
        return "target"
    marker = cues.target_before.search(before)
    if marker and _names_nominal_trigger(cues, text, trigger, span, marker):
        marker = None  # "The strike on Soleimani followed U.S. airstrikes": "on" governs another noun
    if marker and not (
        span.end <= t_start
        and re.match(r"\w+\s+of\b", marker.group()) is not None  # a noun heading the name ("Cells of"), no preposition
        and _opens_clause(text, region[0], span.start - len(before) + marker.start())
        and not _PASSIVE_HINT.search(text, span.end, t_start)
    ):
        return "target"  # also inside the trigger: "an operation against ISIS remnants is under way"
    if attack_like and span.end <= t_start and _passive(cues, text[span.end : t_start], text[t_start:t_end]):
        return "target"  # "coalition forces have been attacked", "the convoy came under attack"
    if attack_like and span.end <= t_start and CAME_UNDER.match(text, t_start, t_end):
        return "target"  # "IDF troops operating near the village of Koya came under fire": however long the subject
    if span.end <= t_end:  # before the trigger or inside it ("an ISIL attack")
        marked = cues.target_after.search(after)
        if marked and span.end + marked.end() <= t_start and attack_like and role_form != "repel":
            return "target"
        if role_form == "repel" and span.end <= t_start:
            return "target"
        return "agent"
    if attack_like and any(_direct_object(cues, text, verb, span) for verb in verbs or [trigger]):
        return "target"
    if attack_like and role_form == "between" and cues.clash_target_before.search(before):
        return "target"  # "battles with ISIL"
    return None


def _capture_losers(
    cues: _RoleCues, text: str, region: tuple[int, int], trigger: tuple[int, int], actor_spans: list[EntitySpan]
) -> list[str]:
    """The side that lost a captured place, told in a clause after the capture up to the sentence's end.

    Why: "troops entered the town, after fighters of X and factions of Y pulled out of it", "took Kirkuk, when units of
    X withdrew without a fight" (the side that left the place), "liberated Palmyra, which the militants of X had held
    since May" (the side that held it) name the holder the capture was taken from, often in a clause read as an event
    of its own, so outside the capture's region. Only the subject of that clause counts: "units linked to a faction
    of Z withdrew" makes the units, not Z, the loser.
    """
    stop = _CLAUSE_STOP.search(text, region[1], region[1] + 300)
    limit = stop.start() if stop else region[1] + 300
    later = [s for s in actor_spans if trigger[1] <= s.start and s.end <= limit]
    for index, span in enumerate(later):
        lead = text[trigger[1] : span.start]
        for opening, verb in (
            (cues.loser_opening, cues.loser_verb),
            (cues.holder_opening, cues.holder_verb),
            (cues.held_by_opening, _ANYTHING),  # "Tabqa, which had been held by ISIS since 2014"
        ):
            if opening.search(lead) is None:
                continue
            chain = [span]
            for following in later[index + 1 :]:
                gap = text[chain[-1].end : following.start]
                if not (cues.coordination.fullmatch(gap) or _AND_UNITS_OF.fullmatch(gap)):
                    break
                chain.append(following)
            if verb.match(text, chain[-1].end, limit):
                return list(dict.fromkeys(s.iri for s in chain))
    return []


#: Where the clauses that may tell a capture's loser end: the sentence's end or a semicolon
_CLAUSE_STOP = re.compile(r"[.;!?](?=[\s\"”’]|$)")
_ANYTHING = re.compile("")
#: "HTS and factions of the NFL": a second name coordinated through the units it fields
_AND_UNITS_OF = re.compile(r",?\s+and\s+(?:[\w\-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?", re.I)


def _subject_of(text: str, trigger_end: int, verb: tuple[int, int], span: EntitySpan) -> bool:
    """The name is the subject right before ``verb``, one of the later triggers combined into the mention.

    Why: a mention may open on an earlier trigger ("three days before the Zakho attack, PKK fighters ambushed a
    patrol", "army artillery targeted …, and the Syrian Arab Air Force carried out raids"), so the later verb's
    subject stands after the first trigger, where only objects are looked for.
    """
    if span.start >= verb[0] or not _ACTIVE_VERB.match(text, verb[0], verb[1]):
        return False
    if not _LATER_CLAUSE.fullmatch(text, trigger_end, span.start):
        return False  # "…, a war monitor said, as US-backed fighters battled": another act told beside it
    return span.end >= verb[0] or _SUBJECT_GAP.fullmatch(text, span.end, verb[0]) is not None


#: Between the first trigger and a later verb's subject: the trigger closes an opening phrase ("three days before
#: the Zakho attack, PKK fighters ambushed") or the clause goes on with "when" ("were attacked …, when ISIL fired")
_LATER_CLAUSE = re.compile(r"[^,;]*,\s*(?:when\s+)?(?:the\s+)?", re.I)
#: Between a subject and its verb: a head noun of the force and adverbs or auxiliaries ("fighters had reportedly")
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:fighters|militants|forces|troops|soldiers|units|members|gunmen|jets|warplanes|aircraft|drones|"
    r"artillery)\s+)?(?:(?:had|have|has|then|later|also|reportedly|allegedly|again|briefly)\s+)*",
    re.I,
)
#: A trigger told as an active verb: "ambushed", "fired mortar", "carried out several raids" (not "were attacked")
_ACTIVE_VERB = re.compile(
    r"(?:[\w\-]+\s+){0,3}?(?:\w+ed|hit|struck|shot|fought|overran|retook|took|fired|carried\s+out|launched|"
    r"shelled|bombed)\b",
    re.I,
)
#: A name that gave the order for the act ("X ordered army reinforcements into", "X directed the troops to")
_ORDERED = re.compile(r"\s+(?:(?:has|have|had|also|then|later|personally)\s+)*(?:ordered|directed|instructed)\b")
#: A name made a compound modifier of the next name ("Iranian-backed", "Turkish-led") …
_COMPOUND_MODIFIER = re.compile(r"[-‐]\s*(?:backed|led|allied|aligned|affiliated|supported|sponsored)\b", re.I)
#: … and what stands between it and that name ("-backed Shiite ")
_COMPOUND_GAP = re.compile(_COMPOUND_MODIFIER.pattern + r"\s+(?:[A-Z][\w’'\-]*\s+){0,2}")
#: A finite subordinate clause after the trigger ("… after shots were fired at", "… when ISIS had attacked"): the names
#: in it take part in another act, told only as the trigger's occasion
_LATER_SUBORDINATE = re.compile(
    r"\b(?:after|before|while|when|whereas|because|until)\s+(?:[\w’'\-]+\s+){1,6}?"
    r"(?:was|were|is|are|had|has|have)\s+(?:been\s+)?\w+",
    re.I,
)
#: Where someone went or came from, between a trigger and a place named after it: no place that was hit
_MOVED_TO = re.compile(r"\b(?:from|to|towards?|fled|flee|fleeing|escaped|withdr\w+|retreat\w*)\b", re.I)
#: A withdrawal verb as trigger ("withdraw", "pulled out") and the force or place named after its "from"
_WITHDRAWING = re.compile(r"withdr\w+|pull(?:ed|s|ing)?\b|recall\w*|evacuat\w+", re.I)
_WITHDRAWN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
#: "fired from": the name after it holds the positions the fire came from
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot)\s+from\s+(?:the\s+)?$", re.I)
#: "supported by", "backed by": who backs the side named
_BACKING = re.compile(
    r"\b(?:supported|backed|aided|assisted|covered)\s+(?:up\s+)?by\s+(?:(?:the|an?)\s+)?(?:[\w’'\-]+\s+){0,3}?$", re.I
)


def _names_nominal_trigger(
    cues: _RoleCues, text: str, trigger: tuple[int, int], span: EntitySpan, marker: re.Match[str]
) -> bool:
    """The name modifies the trigger noun right after it ("U.S. airstrikes") and words stand between it and the
    target marker before it, so the marker governs another noun ("the strike on Soleimani followed U.S. airstrikes").
    """
    if (
        span.end > trigger[0]
        or text[span.end : trigger[0]].strip()
        or cues.verbal_trigger.search(text[trigger[0] : trigger[1]])
    ):
        return False
    words = re.findall(r"[\w’'\-]+", marker.group())[1:]
    return any(w.lower() not in _MARKER_WORDS for w in words)


_MARKER_WORDS = frozenset({"the", "a", "an", "of", "on", "over", "attack", "attacks", "defeat", "victory"})


def _opens_clause(text: str, clause_start: int, offset: int) -> bool:
    """True if only an article stands between the clause's start and ``offset``.

    Why: "Cells of the Islamic State kidnapped a teacher" puts a target marker ("cells of") before the verb, but
    there it heads the subject, so the name is the agent; a passive subject ("Positions of the SDF were shelled")
    stays a target (``_PASSIVE_HINT``).
    """
    if re.search(r"\w[ \t]*$", text[max(0, clause_start - 20) : clause_start]):
        return False  # a region cut after another trigger ("captured the headquarters of …"), no clause's start
    return re.fullmatch(r"[\s\"“(]*(?:(?:the|a|an)\s+)?", text[clause_start:offset], re.I) is not None


#: "came under fire/attack": the trigger's subject is what was hit
CAME_UNDER = re.compile(r"c(?:ame|omes?|oming)\s+under\b", re.I)
_PASSIVE_HINT = re.compile(r"\b(?:under|is|are|was|were|been|being)\b", re.I)


_HELD_PLACES = re.compile(
    r"[-‐](?:held|controlled)\s+(?:[\w’'\-]+\s+){0,2}?(?:neighbou?rhoods?|districts?|areas?|villages?|towns?|"
    r"positions|territory|territories|parts|regions?|quarters?|suburbs?)\b",
    re.I,
)
#: Between a trigger and what it hit: "struck ISIL-held …", "attacks on the SDF-held …" (not "fired from", "in").
_HIT_GAP = re.compile(r"\s*(?:(?:on|at|against|targeting|into)\s+)?(?:(?:the|several|two|three|four|five)\s+)?", re.I)
_IN_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation|reply|revenge)\s+(?:to|for)\b", re.I)
_ANSWERED = re.compile(_IN_RESPONSE.pattern + r"[^,;]*$", re.I)
#: A name whose own clause says it was killed or wounded before the trigger ("…, was martyred … when missiles struck")
_VICTIM = re.compile(
    r"(?:\s*,[^,;]{1,120},|\s+and\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)?"  # "X and two of his guards were killed"
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:martyred|killed|wounded|injured|slain|murdered|assassinated)\b",
    re.I,
)
_DEFENDED = re.compile(
    r"\b(?:intercept(?:ed|s|ing)|shot\s+down|shooting\s+down|downed|thwarted|foiled|confront(?:ed|ing))\b", re.I
)


def _hit_directly(text: str, trigger: tuple[int, int], span: EntitySpan) -> bool:
    """What the trigger hit follows it directly ("struck ISIL-held …"), not where it came from ("fired from")."""
    return not re.search(r"\bfrom\s*$", text[trigger[0] : trigger[1]]) and bool(
        _HIT_GAP.fullmatch(text, trigger[1], span.start)
    )


def _reciprocal(
    cues: _RoleCues, text: str, t_start: int, spans: list[EntitySpan], agents: list[str]
) -> tuple[list[str], list[str]]:
    """ "Iraqi forces and Kurdish peshmerga fighters battled …": two coordinated subjects of a fight fight each
    other, the first named as its initiator (as in "clashes between A and B")."""
    subjects = [s for s in spans if s.iri in agents and s.end <= t_start]
    if len(subjects) < 2 or not cues.coordination.fullmatch(text[subjects[0].end : subjects[1].start]):
        return agents, []
    first = subjects[0].iri
    return [first], [a for a in agents if a != first]


_NEAR_PRONOUN = re.compile(
    r"\b(?:they|he|she|it)\s+(?:(?:had|have|has|then|later|also|reportedly|allegedly)\s+)?$", re.I
)


def _inside_relative(text: str, start: int, span: EntitySpan, trigger_start: int) -> bool:
    """The name sits in a relative clause set off by commas before the trigger, so it is not the subject."""
    opened = _RELATIVE_OPEN.search(text[max(0, start - 3) : span.start])
    return opened is not None and "," in text[span.end : trigger_start]


_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whose|whom)\b[^,;]*$", re.I)


def _passive_subjects(cues: _RoleCues, text: str, trigger: tuple[int, int], spans: list[EntitySpan]) -> list[str]:
    """The coordinated names right before a passive trigger: all of them were attacked."""
    before = [s for s in spans if s.end <= trigger[0]]
    if not before or not _passive(cues, text[before[-1].end : trigger[0]], text[trigger[0] : trigger[1]]):
        return []
    chain = [before[-1]]
    for span in reversed(before[:-1]):
        if not cues.coordination.fullmatch(text[span.end : chain[-1].start]):
            break
        chain.append(span)
    return [s.iri for s in chain]


def _passive(cues: _RoleCues, gap: str, trigger_text: str) -> bool:
    """The name is the subject of a passive trigger ("were targeted") or "came under" one."""
    found = cues.passive_gap.match(gap)
    if found is None:
        return False
    return "under" in found.group().lower() or bool(_PARTICIPLE.match(trigger_text))


_PARTICIPLE = re.compile(r"(?:\w+ed|hit|struck|shot|fought|overrun|taken|seized|bombarded|shelled|driven)\b", re.I)


def _possessor_attacked(cues: _RoleCues, subject: str, trigger_text: str) -> bool:
    """The clause's only pronoun is a possessive heading the subject of a passive trigger.

    Why: "The ministry said that a group of its soldiers was ambushed", "their positions came under fire": the side
    "its" stands for is the one attacked, so the pronoun must not make the speaker (or the last actor) the agent.
    """
    found = list(_POSSESSIVE_PRONOUN.finditer(subject))
    if not found or any(_is_subject(m) for m in cues.pronoun.finditer(subject)):
        return False
    rest = subject[found[-1].end() :]
    words = list(re.finditer(r"[\w’'\-]+", rest))[:4]
    return any(_passive(cues, rest[w.end() :], trigger_text) for w in words)


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)


def _is_subject(match: re.Match[str]) -> bool:
    """A subject pronoun ("they", "it"), as opposed to a possessive one."""
    return match.group().lower() not in ("its", "their")


def _owner_before(
    cues: _RoleCues, text: str, owner: EntitySpan, span: EntitySpan, parents: dict[str, str | None]
) -> bool:
    """ "the PMF's 35th Brigade", "Iraq's Counter Terrorism Service", "Iran's Islamic Revolutionary Guard Corps"
    (the Guard's parent's parent): the first name owns the second."""
    if not _POSSESSIVE.fullmatch(text[owner.end : span.start]):
        return False
    current, seen = parents.get(span.iri), set()
    while current and current not in seen:
        if current == owner.iri:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


_POSSESSIVE = re.compile(r"[’']s?\s+")


def _relative_antecedent(
    text: str, region: tuple[int, int], trigger: tuple[int, int], actor_spans: list[EntitySpan]
) -> list[str]:
    """ "the Syrian National Army, which took the area from ISIS": the name the relative pronoun stands for."""
    relative = text[region[0] : trigger[0]]
    closed = _RELATIVE_CLOSED.match(relative)  # "Turkey, which regards the YBS as …, has carried out"
    if not _RELATIVE_SUBJECT.match(text, region[0], trigger[0]) and not closed:
        return []
    before = [s for s in actor_spans if s.end <= region[0] and re.fullmatch(r"[\s,)]*", text[s.end : region[0]])]
    return [before[-1].iri] if before else []


def _shared_subject(
    text: str,
    region: tuple[int, int],
    trigger: tuple[int, int],
    actor_spans: list[EntitySpan],
    coordination: re.Pattern[str],
    attack_like: bool = False,
) -> list[str]:
    """ "Turkey launched its operation against the PKK … and has since established dozens of bases": a verb
    conjoined with no subject of its own shares the sentence's subject, named first at the sentence's start; so does
    a participle closing the clause ("Hezbollah fighters advanced into the enclave, taking control of the hill") when
    it tells an act against a side (a base "set up" so is told with the movement it ends, not as its own event)."""
    participle = (
        attack_like
        and _PARTICIPLE_AFTER_COMMA.search(text, region[0], trigger[0])
        and _ING.match(text, *trigger)
    )
    if not _CONJOINED_VERB.search(text, region[0], trigger[0]) and not participle:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, region[0] - 600), region[0])]
    opening = max([text.rfind("\n", 0, region[0]) + 1, *ends])
    later = [s for s in actor_spans if s.start >= opening]
    if not later or later[0].end > region[0] or not _SUBJECT_OPENING.fullmatch(text, opening, later[0].start):
        return []
    subject = [later[0]]  # "U.S. and Iraqi forces advanced … and have since seized": every coordinated name
    for span in later[1:]:
        if span.end > region[0] or not coordination.fullmatch(text, subject[-1].end, span.start):
            break
        subject.append(span)
    return list(dict.fromkeys(s.iri for s in subject))


_CONJOINED_VERB = re.compile(
    r"\band\s+(?:(?:has|have|had|then|later|also|since|subsequently|afterwards|eventually|reportedly|now)\s+)*$", re.I
)
#: A clause closed by a comma before the trigger: a participle after it ("…, taking control") opens a trailing clause
_PARTICIPLE_AFTER_COMMA = re.compile(r"\w[^,;.]*,\s*$")
_ING = re.compile(r"\w+ing\b", re.I)
#: A sentence's end, not an abbreviation's point ("U.S. forces", "Gen. Smith")
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z]\.[A-Z])(?<!\b(?:Gen|Col|Maj|Sgt|Mrs))(?<!\b(?:Brig|Capt))(?<!\b(?:Mr|Dr|St|No|Lt))[.!?][\"”’']?\s"
)
_SUBJECT_OPENING = re.compile(r"[\s\"“]*(?:(?:the|a|an)\s+)?", re.I)


_RELATIVE_CLOSED = re.compile(r"\s*(?:which|who)\b[^,;]*,\s*(?:[\w’'\-]+\s+){0,6}$", re.I)
_RELATIVE_SUBJECT = re.compile(
    r"\s*(?:which|who)\s+(?:had\s+|has\s+|have\s+|later\s+|then\s+)?"
    # "Russian warplanes, which carried out at least 12 air raids": the raids are the antecedent's
    r"(?:(?:carried\s+out|conducted|launched|staged|mounted)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|several|dozens\s+of|scores\s+of|a\s+(?:series|wave)\s+of|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|new|further|heavy|intense)\s+)*)?$",
    re.I,
)


def hosted_targets(
    text: str, region_end: int, limit: int, actor_spans: list[EntitySpan], states: set[str]
) -> list[str]:
    """Forces a struck place is said to host, in the clause right after the event's clause.

    "rockets landed on Ain al-Asad air base, which hosts coalition forces", "a drone struck near Erbil airport,
    where U.S. troops are stationed": the forces stationed there were the ones attacked (a base hosts forces,
    so a State named there is not one of them).
    """
    marker = role_cues().hosted_target.match(text[region_end:limit])
    if marker is None:
        return []
    start = region_end + marker.end()
    stop = re.compile(r"[,;]").search(text, start, limit)
    end = stop.start() if stop else limit
    return list(dict.fromkeys(s.iri for s in actor_spans if start <= s.start and s.end <= end and s.iri not in states))


def _before_anaphor(cues: _RoleCues, gap: str, attack_like: bool) -> str | None:
    """The role of a name before a definite event noun: the verb between them decides."""
    if cues.anaphor_agent_gap.search(gap):
        return "agent"
    if attack_like and cues.anaphor_target_gap.search(gap):
        return "target"
    return None


def _direct_object(cues: _RoleCues, text: str, trigger: tuple[int, int], span: EntitySpan) -> bool:
    """ "ISIS attacked the army", "shelling Syrian troops": the name is the object of a verbal trigger."""
    t_start, t_end = trigger
    gap = text[t_end : span.start]
    return bool(cues.verbal_trigger.search(text[t_start:t_end]) and cues.direct_object_gap.fullmatch(gap))


def _named_before(spans: list[EntitySpan], position: int) -> bool:
    return any(s.end <= position for s in spans)


def _add(values: list[str], iri: str) -> None:
    if iri not in values:
        values.append(iri)
