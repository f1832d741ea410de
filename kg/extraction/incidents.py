"""Merging event mentions into incidents and turning each incident into an :class:`kg.model.EventFact`.

The reading order matters: dates resolve against the previous date stated, pronoun subjects ("they began",
"It was launched") take the agents of the event just told, and a sentence that only adds figures ("They
insist that over 20 soldiers were killed") adds them to the incident just told, with its own claimant.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from kg.extraction.adversaries import add_implicit_adversaries
from kg.extraction.attribution import Attribution, AttributionFinder, unconfirmed_sentences
from kg.extraction.casualties import FigureMention, casualty_rules, find_figures, side_of
from kg.extraction.context import ArticleContext
from kg.extraction.dates import DateResolver, find_dates
from kg.extraction.events import (
    _KILLING_RULE,
    Incident,
    Mention,
    event_rules,
    non_event_reason,
    sentence_mentions,
    told_in_sequence,
)
from kg.extraction.roles import role_cues
from kg.extraction.rules import Rule
from kg.extraction.sentences import Sentence
from kg.model import CIVILIANS_IRI, CasualtyFigure, DateValue, EventFact, Evidence
from kg.reference import reference_data
from kg.resolution.context import place_country

_CARRIER_RULE = Rule("ev.carrier", re.compile("(?!)"), {"confidence": 0.5})


@dataclass(frozen=True)
class Membership:
    """ "killed Maj. Gen. X and injured two other Russian service members": X belongs to that group."""

    person_iri: str
    group_iri: str
    evidence: Evidence


def extract_events(ctx: ArticleContext) -> tuple[list[EventFact], list[Membership]]:
    """The incidents of an article, in text order, and the memberships their casualty wording states."""
    published = getattr(getattr(ctx.article, "metadata", None), "published", None)
    resolver = DateResolver(published)
    publisher = getattr(getattr(ctx.article, "metadata", None), "publisher", None)
    finder = AttributionFinder(ctx.spans, ctx.actors, publisher, ctx.text)
    persons = ctx.persons()
    incidents: list[Incident] = []
    headline: list[Mention] = []
    for sentence in ctx.sentences:
        told_day = resolver.previous  # the last day the story was at before this sentence
        dates = resolver.mentions(sentence.text, sentence.start)
        if sentence.kind == "dateline":
            continue
        attributions = finder.find(sentence)
        figures = find_figures(sentence.text, sentence.start, ctx.spans_in(sentence.start, sentence.end), persons)
        mentions = sentence_mentions(ctx, sentence, dates, attributions, figures)
        if not mentions and figures and (non_event_reason(sentence) != "habitual" or _recount_only(figures)):
            mentions = [_carrier(sentence, figures, attributions)]  # a habitual summary adds no toll either
            # "… were killed in September", "… since 2014": figures over a stretch of time, a statistic
            mentions[0].aggregate = _told_over_a_period(dates, sentence)
        if sentence.kind in ("headline", "summary"):  # they restate the body: new only if the body lacks them
            headline.extend(m for m in mentions if m.type)
            continue
        since = _counted_since(sentence, dates)
        _background_figures(mentions)
        mentions = _toll_before_since(sentence, mentions, attributions, dates)
        for mention in mentions:
            mention.told_day = told_day
            _resolve_subjects(ctx, mention, mentions, incidents, attributions)
            if mention.same_day and mention.date is None and incidents:
                mention.date = next((m.date for m in incidents[-1].mentions if m.date is not None), None)
            toll = _toll_before_time_reference(ctx, mention, attributions)
            if toll is not None:  # "… had been killed since Friday, when the militants raised their flag"
                toll.aggregate = _counted_over_months(since, dates)
                mention.fresh = mention.fresh or toll.aggregate  # (the act that dated it: an incident of its own)
                _place(ctx, toll, incidents, since)
            cause = _cause_told_after(ctx, mention)
            days_toll = _toll_over_days(mention, attributions)
            _place(ctx, mention, incidents, since)
            if days_toll is not None:  # "… killed 76 people on Sunday, … more than 120 killed in the two days"
                incidents.append(Incident([days_toll]))
            if cause is not None:  # "the attack came in response to the killing of five of its members"
                incidents.append(Incident([cause]))
    body_told = bool(incidents)
    for mention in headline:
        if mention.sentence.kind == "headline" and body_told:
            continue  # a headline restates the body in other words: it tells an act only when the body tells none
        if not any(_family(i.type) == mention.family for i in incidents):
            incidents.insert(0, Incident([mention]))
    unconfirmed = unconfirmed_sentences(ctx.sentences)
    events: list[EventFact] = []
    memberships: list[Membership] = []
    for incident in incidents:
        event = _finalise(ctx, incident, unconfirmed, memberships)
        if event is not None:
            events.append(event)
    add_implicit_adversaries(ctx, events)
    return events, memberships


#: a source's count of a toll told before: "put the number at 71", "the toll stood at 41"
_RECOUNT_RULES = frozenset({"cas.toll_at", "cas.toll_at_groups", "cas.toll_was"})


def _recount_only(figures: list[FigureMention]) -> bool:
    """ "The Observatory put the number at 71 since the start of the year": every figure of the sentence is a
    source's count of a toll told before, so the stretch of time it is counted over makes no habitual summary of
    the sentence; it is another count of that toll."""
    return all(f.rule in _RECOUNT_RULES for f in figures)


def _background_figures(mentions: list[Mention]) -> None:
    """ "On Sunday, a car bomb exploded in a crowded market in Tal Abyad, the border town seized by Turkey and its
    allies in October, killing eight civilians": a participle toll after an act told in passing as background (its
    own month or year, not the day the sentence tells) is the toll of the act told on that day before it."""
    for index, mention in enumerate(mentions):
        if not mention.figures or not isinstance(mention.date, DateValue) or mention.date.precision == "day":
            continue
        lead = next(
            (
                m
                for m in reversed(mentions[:index])
                if isinstance(m.date, DateValue) and m.date.precision == "day" and not m.figures and m.type
            ),
            None,
        )
        if lead is None:
            continue
        moved = [f for f in mention.figures if f.active and f.start > mention.end]
        if moved:
            lead.figures.extend(moved)
            mention.figures = [f for f in mention.figures if f not in moved]


#: a clause counting from a past act: "…, one of the bloodiest months since the last US troops left"
_SINCE_CLAUSE = re.compile(r"\bsince\b", re.IGNORECASE)


def _toll_before_since(
    sentence: Sentence, mentions: list[Mention], attributions: list[Attribution], dates: list
) -> list[Mention]:
    """ "282 people were killed in June, one of the bloodiest months since the last US troops left the country": a
    toll told before a "since" clause whose act takes no toll (a withdrawal, a deployment, a base set up) is counted
    since that act, not suffered in it; the toll is a figure of its own (a statistic when told over a period)."""
    result: list[Mention] = []
    for mention in mentions:
        family = mention.family
        before = [f for f in mention.figures if f.end <= mention.start]
        if family is None or family in _TOLL_FAMILIES or not before or len(before) != len(mention.figures):
            result.append(mention)
            continue
        gap = sentence.text[before[-1].end - sentence.start : mention.start - sentence.start]
        if not _SINCE_CLAUSE.search(gap):
            result.append(mention)
            continue
        carrier = _carrier(sentence, before, attributions)
        carrier.aggregate = _told_over_a_period(dates, sentence)
        mention.figures = []
        result.extend([carrier, mention])
    return result


def _family(type_name: str) -> str | None:
    return event_rules().family.get(type_name)


def _carrier(sentence: Sentence, figures: list[FigureMention], attributions: list[Attribution]) -> Mention:
    mention = Mention(
        sentence, _CARRIER_RULE, None, sentence.start, sentence.start, (sentence.start, sentence.end), anaphoric=True
    )
    mention.figures = list(figures)
    mention.attribution = next((a for a in attributions if not a.own_voice), None)
    mention.attributions = list(attributions)
    return mention


_PERIODS = frozenset({"month", "month_year", "year", "interval", "interval_month"})
_STATISTIC_RULE = Rule("ev.statistic", re.compile("(?!)"), {"confidence": 0.5})
_CONFLICT_WIDE = re.compile(
    r"\b(?:killed|dead|died|deaths?|lives)\b[^.;]*?\b(?:(?:in|during)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"|since\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:[\w-]+\s+){0,2})"
    r"(?:war|conflict|uprising|revolution)\b",
    re.IGNORECASE,
)

#: the dead of a whole country's or region's violence, counted by kind of act: "killed in acts of terrorism and
#: violence", "killed in attacks across the country"
_VIOLENCE_WIDE = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injured)\b[^.;]*?\b(?:in|by)\s+(?:acts|incidents)\s+of\s+"
    r"(?:terrorism|violence|armed\s+conflict|terror)\b",
    re.IGNORECASE,
)
#: the dead of violence of every kind, told without a kind of act: "killed in violence", "in sectarian violence" (not
#: "in the violence", which refers back to a fight told before)
_VIOLENCE_BARE = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injured)\b[^.;]*?\b(?:in|by)\s+(?:(?!the\b)[\w-]+\s+)?violence\b",
    re.IGNORECASE,
)


#: the dead of many incidents counted together: "have been killed in border incidents since the beginning of February"
_INCIDENTS_WIDE = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injured)\b[^.;]*?\b(?:in|during)\s+(?:[\w-]+\s+){0,2}incidents\b",
    re.IGNORECASE,
)


#: a past event named with its year, whose toll a relative clause tells: "since the October 2019 protests, in which
#: more than 600 demonstrators were killed", "the 2014 massacre, during which"
_YEAR_EVENT_WHICH = re.compile(r"\b(?:19|20)\d\d\b[^,.;]{0,40},\s+(?:in|during)\s+which\s+(?:[\w-]+\s+){0,2}$", re.I)


def _past_event_toll(mention: Mention) -> bool:
    """The carrier's figures are the toll of a past event named with its year in the same sentence ("the October
    2019 protests, in which more than 600 demonstrators were killed"): background of its own, not the toll of the
    incident told last."""
    text, offset = mention.sentence.text, mention.sentence.start
    return (
        mention.rule is _CARRIER_RULE
        and _over_a_period(mention)
        and any(_YEAR_EVENT_WHICH.search(text, 0, f.start - offset) for f in mention.figures if _counted(f))
    )


def _deaths_counted(mention: Mention) -> bool:
    """Every counted figure of the mention is a number of deaths, with no victim group ("there were 1,013 deaths")."""
    counted = [f for f in mention.figures if _counted(f)]
    return bool(counted) and all(f.rule == "cas.fatalities" and f.victim_side is None for f in counted)


def _over_a_period(mention: Mention) -> bool:
    """A counted figure told over a month, a year or a stretch of time ("in September", "since 2014")."""
    return mention.aggregate and any(_counted(f) for f in mention.figures)


def _statistic(carrier: Mention, type_name: str) -> Mention:
    """The figures of a sentence that tells no incident, as a statistic of their own (the whole sentence)."""
    sentence = carrier.sentence
    text = sentence.text.rstrip()
    mention = Mention(sentence, _STATISTIC_RULE, type_name, sentence.start, sentence.start + len(text), carrier.region)
    mention.evidence = (sentence.start, sentence.start + len(text))
    mention.aggregate = True
    mention.figures = carrier.figures
    mention.attribution, mention.attributions = carrier.attribution, carrier.attributions
    return mention


def _resolve_subjects(
    ctx: ArticleContext,
    mention: Mention,
    mentions: list[Mention],
    incidents: list[Incident],
    attributions: list[Attribution],
) -> None:
    """Fill agents that the clause names only by a pronoun, a generic group phrase or a claim of responsibility."""
    if mention.type is None:
        return
    after = ctx.text[mention.end : mention.region[1]]
    if mention.group_target and not mention.targets and _ATTACKERS.search(after):
        if incidents and not set(_agents(incidents[-1])) & set(mention.agents):
            mention.targets = _agents(incidents[-1])  # "struck buildings where the attackers had taken cover"
    if mention.group_target and not mention.targets and not _ATTACKERS.search(after):
        group = _nearest_group(ctx, mention.start)  # "two command posts of the terrorists"
        acting = {a for m in mentions for a in m.agents}  # ("The army, backed by the popular forces, took …
        if group and group not in acting:  # after heavy clashes with the terrorists": not the army's allies)
            mention.targets = [group]
    if mention.agents:
        return
    for attribution in attributions:
        if attribution.claimant.actor_iri and (
            attribution.is_agent
            or (mention.pronoun_subject and attribution.end <= mention.start)
            or _announces_own_act(ctx, attribution, mention)
        ):
            if mention.rule.get("roles") == "repel" and not attribution.is_agent:
                # "The SDF said … it had repelled the attack": the speaker repelled it, so was the one attacked
                mention.targets = mention.targets or [attribution.claimant.actor_iri]
                return
            acting = _acting_side(ctx, attribution.claimant.actor_iri)
            if acting is None:
                continue
            mention.agents = [acting]
            return
    subject = ctx.text[mention.region[0] : mention.start]
    if mention.group_agent and _ATTACKERS.search(subject) and incidents and _agents(incidents[-1]):
        mention.agents = _agents(incidents[-1])  # "The attackers came out of the desert": those who attacked
        return
    if mention.group_agent:
        group = _nearest_group(ctx, mention.start)
        if group:
            mention.agents = [group]
            return
    if mention.pronoun_subject:
        earlier = [m for m in mentions if m is not mention and m.end <= mention.start and m.agents]
        subject = _sentence_subject(ctx, mention)
        if earlier:
            mention.agents = list(earlier[-1].agents)
        elif subject:
            mention.agents = subject  # "X and Y have been attacking the villages since they occupied …"
        elif incidents and mention.sentence.index - incidents[-1].last.sentence.index <= 2:
            mention.agents = _agents(incidents[-1])
    if mention.targets and set(mention.targets) <= set(mention.agents):
        mention.targets = []  # the group resolved as the side attacked is the one found acting


_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants)\b", re.IGNORECASE)


def _announces_own_act(ctx: ArticleContext, attribution: Attribution, mention: Mention) -> bool:
    """ "The Anbar Police Command announced the arrest of …", "The Iraqi government declared victory": the verb's
    object is the event itself, so whoever announces it, with nobody else named as acting, did it."""
    if attribution.end > mention.end or not _ANNOUNCING.search(ctx.text, attribution.start, attribution.end):
        return False  # the trigger may begin with the verb itself ("declared victory")
    return bool(_OBJECT_GAP.fullmatch(ctx.text[attribution.end : max(attribution.end, mention.start)]))


_ANNOUNCING = re.compile(r"\b(?:announc|declar)\w*\s*$", re.I)  # not "documented", "reported": a monitor's count
_OBJECT_GAP = re.compile(r"\s*(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){0,1}", re.I)


def _sentence_subject(ctx: ArticleContext, mention: Mention) -> list[str]:
    """The names that open the sentence (coordinated), when it opens with a name: the pronoun's antecedent."""
    start = mention.sentence.start
    spans = [s for s in ctx.spans_in(start, mention.start, "actor")]
    if not spans or not _OPENING.fullmatch(ctx.text[start : spans[0].start]):
        return []
    chain = [spans[0]]
    for span in spans[1:]:
        if not role_cues().coordination.fullmatch(ctx.text[chain[-1].end : span.start]):
            break
        chain.append(span)
    return list(dict.fromkeys(s.iri for s in chain))


_OPENING = re.compile(r"\s*(?:[^,;]*\bthat\s+)?(?:the\s+)?(?:[\w’'\-]+\s+){0,1}", re.I)  # "It is worth noting that X"


def _nearest_group(ctx: ArticleContext, position: int) -> str | None:
    """The armed group "the militants" stand for: of the groups named in the last stretch of text, the one the
    article names most (its protagonist, not a tribe's fighters named in passing), the nearest on a tie."""
    types = role_cues().group_types
    near = [s.iri for s in ctx.spans_in(max(0, position - 1500), position, "actor") if ctx.actor_type(s.iri) in types]
    if not near:
        return None
    named = Counter(s.iri for s in ctx.spans_in(0, len(ctx.text), "actor"))
    return max(reversed(list(dict.fromkeys(reversed(near)))), key=lambda iri: named[iri])


def _agents(incident: Incident) -> list[str]:
    return _union(m.agents for m in incident.mentions)


def _places(incident: Incident) -> list[str]:
    return [p for m in incident.mentions for p in m.places]


def _targets(incident: Incident) -> list[str]:
    return _union(m.targets for m in incident.mentions)


def _union(lists) -> list[str]:
    result: list[str] = []
    for values in lists:
        for value in values:
            if value not in result:
                result.append(value)
    return result


def _counted_since(sentence: Sentence, dates: list) -> DateValue | None:
    """The day a toll of the sentence is counted from ("had been killed since Tuesday"), if it names one."""
    for date in dates:
        if isinstance(date.value, DateValue) and date.value.precision == "day":
            if _SINCE_END.search(sentence.text[: date.start - sentence.start]):
                return date.value
    return None


_SINCE_END = re.compile(r"\bsince(?:\s+(?:early|late))?\s*$", re.IGNORECASE)  # (a date's text may open on a space)
#: "killed in and around Ramadi since Friday", "killed in the fighting since Saturday": a toll counted from a day
_COUNTED_SINCE = re.compile(r"\b(?:killed|dead|died|wounded|injured)\b[^.;]{0,60}?\bsince\b", re.IGNORECASE)
#: "killed … since Friday, when the militants raised their flag": the act after "when" only says when the count began
_SINCE_WHEN = re.compile(r"\bsince\s+[^,.;]{3,40},\s+when\s+", re.IGNORECASE)
#: "the attack came in response to the killing of five of its members": the act told as the cause of another
_CAUSE_NOUN = re.compile(
    r"\b(?:came|was|were)\s+(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|to\s+avenge)\s+"
    r"(?P<act>the\s+(?:killing|killings|deaths?|murder|assassination)\s+of\b)",
    re.IGNORECASE,
)


def _toll_before_time_reference(
    ctx: ArticleContext, mention: Mention, attributions: list[Attribution]
) -> Mention | None:
    """ "At least 500 … had been killed in and around Ramadi since Friday, when the militants raised their black
    flag over the compound": a toll counted from the day of an act named only to say when the count began is the
    toll of the fighting since, not of that act. The figures leave the mention and are told as a toll of their own
    (returned, to be placed first); the act stays an incident without them."""
    if mention.type is None or not mention.figures:
        return None
    offset = mention.sentence.start
    cue = _SINCE_WHEN.search(mention.sentence.text)
    if cue is None or not (cue.end() + offset <= mention.start <= cue.end() + offset + 40):
        return None
    before = [f for f in mention.figures if f.end <= cue.start() + offset]
    if not before or not _COUNTED_SINCE.search(mention.sentence.text):
        return None
    mention.figures = [f for f in mention.figures if f not in before]
    toll = _carrier(mention.sentence, before, attributions)
    return toll


def _counted_over_months(since: DateValue | None, dates: list) -> bool:
    """ "More than 2,600 people have been killed in violence since April, when security forces stormed a camp": a
    toll counted from a month or a year (not a day: "since Friday, when …" counts the fighting since) is a count
    over a stretch of time, a statistic's figure, not the toll of the act named to say when the count began."""
    return since is None and _told_over_a_period(dates)


def _told_over_a_period(dates: list, sentence: Sentence | None = None) -> bool:
    """The sentence names a month, a year or a stretch of time that is not a report date ("in September", "since
    2014")."""
    return any(d.kind in _PERIODS and not d.is_report_date for d in dates) or _from_day_to_day(sentence, dates)


#: "from June 5 to June 17", "between 3 and 9 May": the words joining the two ends of a stretch of days
_STRETCH_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.IGNORECASE)
_STRETCH_OPEN = re.compile(r"\b(?:from|between)\s*$", re.IGNORECASE)


def _from_day_to_day(sentence: Sentence | None, dates: list) -> bool:
    """ "At least 757 civilians were killed … from June 5 to June 17": two days told as the ends of one stretch,
    so what the sentence counts is counted over that stretch, not on one day."""
    if sentence is None:
        return False
    days = [d for d in dates if d.kind in ("day", "month_day") and not d.is_report_date]
    text, offset = sentence.text, sentence.start
    return any(
        _STRETCH_JOIN.fullmatch(text[a.end - offset : b.start - offset])
        and _STRETCH_OPEN.search(text[max(0, a.start - offset - 12) : a.start - offset])
        for a, b in zip(days, days[1:], strict=False)
    )


#: "more than 120 people had been killed in the two days": a count over several days, right after its figure
_OVER_DAYS = re.compile(
    r"[^,.;]{0,15}?\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:two|three|four|five|six|seven|\d+)\s+days\b",
    re.IGNORECASE,
)


def _toll_over_days(mention: Mention, attributions: list[Attribution]) -> Mention | None:
    """ "On Sunday, barrel bombs … killed 76 people, according to the Observatory, which said that more than 120
    people had been killed in the two days": a toll counted over several days, in a sentence telling one day's
    incident, is a statistic of its own (of the incident's kind), not a second toll of that day. The figures leave
    the mention and are returned as the statistic."""
    if mention.type is None or not mention.figures:
        return None
    if not (isinstance(mention.date, DateValue) and mention.date.precision == "day"):
        return None
    text = mention.sentence.text
    offset = mention.sentence.start
    over = [f for f in mention.figures if _OVER_DAYS.match(text, f.end - offset)]
    if not over or len(over) == len(mention.figures):
        return None
    mention.figures = [f for f in mention.figures if f not in over]
    statistic = _statistic(_carrier(mention.sentence, over, attributions), mention.type)
    last = _OVER_DAYS.match(text, over[-1].end - offset)
    end = last.end() + offset if last else over[-1].end
    statistic.evidence = (over[0].start, end)  # (its own clause: the day's incident keeps the sentence)
    return statistic


def _cause_told_after(ctx: ArticleContext, mention: Mention) -> Mention | None:
    """ "HTS said the attack came in response to the killing of five of its members by Zenki fighters on Monday":
    an act referred back to ("the attack") and the act told as its cause are two incidents. The figures and the
    day after the cause's noun are the cause's, returned as a mention of its own; the anaphor keeps neither."""
    if not mention.anaphoric or mention.type is None or not mention.figures:
        return None
    offset = mention.sentence.start
    cue = _CAUSE_NOUN.search(mention.sentence.text, mention.end - offset)
    if cue is None or cue.start() + offset - mention.end > 20:
        return None
    act = cue.start("act") + offset
    if any(f.start < act for f in mention.figures):
        return None
    cause = Mention(mention.sentence, _KILLING_RULE, "Attack", act, cue.end() + offset, (act, mention.region[1]))
    cause.evidence = (act, mention.region[1])
    cause.figures, mention.figures = mention.figures, []
    cause.date, cause.dated, cause.sentence_dates = mention.date, mention.dated, mention.sentence_dates
    mention.date, mention.dated, mention.sentence_dates = None, False, ()
    cause.attribution, cause.attributions = mention.attribution, mention.attributions
    # ("… of five of its members by Zenki fighters near Taqad": the sides and place its clause names are the cause's)
    cause.agents, cause.targets, cause.places = mention.agents, mention.targets, mention.places
    mention.agents, mention.targets, mention.places = [], [], []
    cause.told_day = mention.told_day
    return cause


def _told_days(incident: Incident) -> list[DateValue]:
    """The full days the incident was told on."""
    return [m.date for m in incident.mentions if isinstance(m.date, DateValue) and m.date.precision == "day"]


def _day(value: DateValue) -> tuple[int | None, int | None, int | None]:
    """A day as a comparable (year, month, day)."""
    return value.year, value.month, value.day


def _in_anaphor_window(mention: Mention, incidents: list[Incident]) -> list[Incident]:
    """The incidents last told within the anaphor window of the mention's sentence, the latest opened first: those
    a back-reference, a revised toll or a reply can take up."""
    window = event_rules().anaphor_window
    return [i for i in reversed(incidents) if mention.sentence.index - i.last.sentence.index <= window]


def _fight_of(incident: Incident, incidents: list[Incident]) -> Incident | None:
    """The fight an incident was told as happening during, opened before it in the same sentence ("Clashes broke
    out …, and two mortar shells fired during the fighting landed …"): what is told next of another kind (who
    attacked what, how long the fighting lasted, its dead) is the fight's, not the act within it."""
    first = incident.mentions[0]
    if not first.during_other:
        return None
    return next(
        (
            other
            for other in incidents
            if other is not incident
            and other.mentions[0].sentence.index == first.sentence.index
            and other.mentions[0].start < first.start
        ),
        None,
    )


def _within_fight(incident: Incident, incidents: list[Incident]) -> bool:
    """Whether the incident is an act told within a fight opened before it (``_fight_of``)."""
    return _fight_of(incident, incidents) is not None


def _told_last(incidents: list[Incident]) -> Incident | None:
    """The incident whose last telling is nearest, not the one opened last (the first of a tie)."""
    return max(reversed(incidents), key=lambda i: i.last.sentence.index) if incidents else None


def _before_the_count(incident: Incident, since: DateValue) -> bool:
    """Every day the incident was told on lies before the day a toll is counted from: not the toll's incident."""
    days = _told_days(incident)
    return bool(days) and all(_day(d) < _day(since) for d in days)


#: "SANA gave a lower toll, reporting that nine were killed in a terrorist attack", "gave a higher figure of 56
#: dead": a source's other count of the toll just told, not a toll of another incident
_OTHER_COUNT = re.compile(
    r"\b(?:gave|reported|put|cited|offered)\s+(?:an?\s+)?(?:(?:much|far|slightly|significantly)\s+)?"
    r"(?:lower|higher|different|smaller|larger|conflicting)\s+(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)\b",
    re.IGNORECASE,
)


def _other_count_of(mention: Mention, incidents: list[Incident]) -> Incident | None:
    """The incident whose toll the mention's figures count again, when its sentence says it gives another count
    ("gave a lower toll"): the one told last with a toll, within the anaphor window."""
    if not mention.figures or mention.fresh or mention.opening or mention.dated:
        return None
    if not _OTHER_COUNT.search(mention.sentence.text):
        return None
    window = event_rules().anaphor_window
    told = [
        i
        for i in incidents
        if mention.sentence.index - i.last.sentence.index <= window and any(m.figures for m in i.mentions)
    ]
    return _told_last(told)


def _place(ctx: ArticleContext, mention: Mention, incidents: list[Incident], since: DateValue | None = None) -> None:
    """Merge the mention into an incident already told, or start a new incident (``since``: the day the
    sentence's toll is counted from, if any)."""
    rules = event_rules()
    index = mention.sentence.index
    counted = _other_count_of(mention, incidents)
    if counted is not None:  # (who gave the count is its source, no side: "SANA gave a lower toll")
        mention.told_as, mention.type = mention.type or mention.told_as, None
        mention.agents, mention.targets = [], []
        counted.mentions.append(mention)
        return
    if mention.rule is _CARRIER_RULE and _CONFLICT_WIDE.search(mention.sentence.text):
        # "more than 70,000 people have been killed in the conflict since March 2011": the war's toll, a statistic
        incidents.append(Incident([_statistic(mention, "Event")]))
        return
    if mention.rule is _CARRIER_RULE and _over_a_period(mention) and _VIOLENCE_WIDE.search(mention.sentence.text):
        # "at least 790 civilians were killed in acts of terrorism and violence across Iraq in January": a monitor's
        # count of a month's violence, a statistic of its own, not the toll of the incident told last
        incidents.append(Incident([_statistic(mention, "Attack")]))
        return
    if mention.rule is _CARRIER_RULE and _over_a_period(mention) and _VIOLENCE_BARE.search(mention.sentence.text):
        # "More than 2,600 people have been killed in violence since April": violence of no kind told, a statistic
        # of no kind either
        incidents.append(Incident([_statistic(mention, "Event")]))
        return
    if mention.rule is _CARRIER_RULE and _over_a_period(mention) and _deaths_counted(mention):
        # "In January there were 1,013 deaths": the dead of a month counted as deaths, told with no act or
        # victim, a monitor's statistic of its own, not the toll of the incident told last
        incidents.append(Incident([_statistic(mention, "Attack")]))
        return
    if (
        mention.rule is _CARRIER_RULE
        and _INCIDENTS_WIDE.search(mention.sentence.text)
        and (_over_a_period(mention) or _COUNTED_SINCE.search(mention.sentence.text))
    ):
        # "at least 11 people … have been killed in border incidents since the beginning of February": the count of
        # many incidents over a stretch of time, a statistic of its own, not the toll of the incident told last
        incidents.append(Incident([_statistic(mention, "Attack")]))
        return
    if _past_event_toll(mention):
        incidents.append(Incident([_statistic(mention, "Attack")]))
        return
    them = _whose_them(ctx, mention, incidents)
    if them is not None:  # "… abducted seven shepherds. The bodies of four of them were found": the abduction's
        them.mentions.append(mention)
        return
    if _retold_by_source(ctx, mention, incidents):
        # "The Asayish said … two of its members were killed in what it called an attack by 'regime militias'":
        # a side's own name for the clashes told before, with its toll, not an act of its own
        mention.anaphoric = True
    if _toll_in_the_battle_for(ctx, mention):
        mention.anaphoric = True
    if mention.type is None or (mention.anaphoric and not mention.fresh):
        candidates = _in_anaphor_window(mention, incidents)
        referrer = _ordered_after(mention, incidents)
        if referrer is not None:
            # "This attack follows the assault of Thursday night on Khidr Jija, in which ten … were killed": what
            # the incident referred to follows is another one, told before on its day or told here first
            candidates = [
                i
                for i in candidates
                if i is not referrer
                and (mention.date is None or any(_day(d) == _day(mention.date) for d in _told_days(i)))
            ]
            if not candidates:  # (a bare "the raid" is taken to be of the kind it is compared with)
                mention.anaphoric = False
                mention.type = mention.type or mention.told_as or referrer.type
        if mention.type is not None and mention.figures and candidates and _at_an_untold_day(mention, incidents):
            stayed = [i for i in candidates if not _moved_on(mention, i, set(_told_days(i)))]
            if not stayed:
                # "… shelled Ain Issa last night … On Saturday, SNA groups tried to advance on Mu'allaq. The council
                # said its fighters repelled the attack, killing six": the story moved to another day since every
                # incident told before, so "the attack" with its toll is the one told on that day (in words no rule
                # read)
                mention.anaphoric = False
                mention.date = mention.told_day
            candidates = stayed
        # the incident told last is the one whose last telling is nearest, not the one opened last ("Clashes
        # broke out … Jets struck … Figures on the fighting differ": the toll that follows is the fighting's)
        # (two told last in one sentence: the one a toll was told with, "500 were killed since Friday, when …";
        # else one told there in its own words before one merely referred to, "The strike came two days after
        # supporters … clashed with security forces"; else the one the sentence tells first, its lead: "warplanes
        # struck the crossing, the latest in a string of raids", "was launched with the capture of Jarabulus")
        # (a toll told by its place, "In al-Lataminah, a woman and her two children were killed", is the one there)
        # (two told in one sentence, one of the anaphor's own kind: that one, not the lead of another kind of the
        # same family, "carried out air operations … after Wednesday's attack on TUSAŞ. Five people were killed in
        # the attack on TUSAŞ" is the attack, not the air operations)
        named = {s.iri for s in ctx.spans_in(mention.sentence.start, mention.sentence.end, "place")}
        candidates.sort(
            key=lambda i: (
                i.type != mention.type and _within_fight(i, incidents),  # (the shells are not "the fighting")
                -i.last.sentence.index,
                not i.last.figures,
                not named & set(_places(i)),
                mention.type is not None and i.type != mention.type,
                i.last.anaphoric,
                i.last.start,
            )
        )
        if mention.figures and since is not None and _COUNTED_SINCE.search(mention.sentence.text):
            # "at least 26 fighters had been killed since Tuesday": not the killing on Monday told as its cause
            candidates = [i for i in candidates if not _before_the_count(i, since)] or candidates
        if mention.type is None and mention.told_as and mention.figures and not any(
            _family(i.type) == _family(mention.told_as) for i in candidates
        ):
            # "400 fighters had been killed since the offensive to retake the city began on March 7", no offensive
            # told before: this is its first telling, with its toll and start
            mention.type, mention.anaphoric = mention.told_as, False
        elif mention.type is None and mention.figures:
            # "Later, the death toll rose to three": a toll belongs to the last incident that can have one, not to
            # the reinforcements told in between
            candidates.sort(key=lambda i: _family(i.type) not in _TOLL_FAMILIES)
        if mention.figures and (mention.type is None or mention.anaphoric):
            outcome = _outcome_of(ctx, candidates)
            if outcome is not None:
                candidates.remove(outcome)
                candidates.insert(0, outcome)
        if mention.rule is _CARRIER_RULE and _over_a_period(mention):
            # "More than 2,600 people have been killed in violence since April … The UN said 761 Iraqis had been
            # killed in June alone": a count over a month told after a statistic is more of that statistic, not the
            # toll of an incident named in passing between
            candidates = [i for i in candidates if _spans_a_period(i)]
        if mention.rule is _CARRIER_RULE and _COUNTED_SINCE.search(mention.sentence.text):
            # "at least 462 people have been killed since the militants began their push": the toll of fighting
            # over days, not of the strike from afar told last
            candidates = [i for i in candidates if not _struck_from_afar(i)]
        toll = bool(mention.figures) and mention.family == "attack"  # "30 rebels were killed in the final assault"
        battle = (mention.type in rules.absorbed_by_capture["anaphors"] or toll) and not any(
            i.type == mention.type for i in candidates
        )  # "the fighting" is the battle for a capture only when no fighting was told before
        if battle and rules.fighting_for_place.match(ctx.text[mention.end : mention.end + 60]):
            # "killed in the fighting for the crossing", a shelling told in between: the battle for the capture
            families = rules.absorbed_by_capture["families"]
            candidates.sort(key=lambda i: _family(i.type) not in families)
        claimed = [a.claimant.actor_iri for a in mention.attributions if a.is_agent and a.claimant.actor_iri]
        claimant_side = ctx.with_parents(claimed)
        if claimant_side and mention.type is not None:
            # "ISIS claimed the attack …, saying 15 were killed", a roadside bomb without a perpetrator told in
            # between: the act it claims is the one told as its own, of the kind it names (one act, no statistic:
            # "seven ISIS attacks this week … ISIS claimed the attack" claims the one told last)
            candidates.sort(
                key=lambda i: not (
                    claimant_side & ctx.with_parents(_agents(i))
                    and i.type == mention.type
                    and not any(m.aggregate or not isinstance(m.date, DateValue | None) for m in i.mentions)
                )
            )
        skipped_remote = False
        for incident in candidates:
            told = _agents(incident)
            if mention.type in rules.absorbed_by_capture["anaphors"] and _struck_from_afar(incident):
                skipped_remote = True
                continue  # "the fighting" is no airstrike or shelling told in between: a fight on the ground
            if claimant_side and told and not claimant_side & ctx.with_parents(told):
                continue  # "ISIS claimed responsibility for the attack": not the coalition's airstrike told last
            if battle and _family(incident.type) in rules.absorbed_by_capture["families"]:
                if _broke_out_before(mention, incident):
                    continue  # "The fighting erupted on Tuesday when HTS attacked …": its own start, a day of its own
                mention.type = None  # "… were killed in the fighting" after a capture: the battle for the place
            if mention.type is None and mention.told_as and _family(incident.type) != _family(mention.told_as):
                continue  # "arrived in Balad, … after the fall of Mosul": a capture referred to, not the shelling
            if mention.type is None or _family(incident.type) == mention.family or _air_raids(ctx, mention, incident):
                incident.mentions.append(mention)
                return
        if mention.type is None:
            if mention.rule is _CARRIER_RULE and _over_a_period(mention):
                # "A total of 979 Iraqis were killed … in September", told before any incident: a monitor's statistic
                incidents.append(Incident([_statistic(mention, "Attack")]))
            return
        fought_in = _battle_named_by_place(ctx, mention, incidents) if skipped_remote else None
        if fought_in is not None:  # "killed in the fighting in Hanano", shelling told since the capture of Hanano
            mention.type = None
            fought_in.mentions.append(mention)
            return
        if mention.anaphoric and mention.type in rules.generic_types:
            # "… took full control of Uqayribat. The assault was spearheaded by the Tiger Forces": with no attack
            # told before, "the assault" is the capture's (or the offensive's), and who led it took part in it
            families = rules.absorbed_by_capture["families"]
            fought_for = next((i for i in candidates if _family(i.type) in families), None)
            if fought_for is not None and not _turned_on(ctx, mention, fought_for):
                if _broke_out_before(mention, fought_for):
                    incidents.append(Incident([mention]))
                    return
                _tell_as_part(mention, fought_for)
                return
        if not mention.anaphoric:  # (a first telling found above)
            incidents.append(Incident([mention]))
            return
        echoed = next((i for i in candidates if _names_again(ctx, mention, i)), None)
        if echoed is not None:  # "coalition air raids killed 27 …", "the coalition, which carried out the raids"
            mention.type = None
            echoed.mentions.append(mention)
            return
    struck_back = _struck_back_at(ctx, mention, incidents)
    if struck_back is not None:  # "… attacked Peshmerga positions …, was killed as he led a counterattack"
        _tell_as_part(mention, struck_back, sides=False)
        return
    # the incident told last: the one whose last telling is nearest, not the one opened last ("the attack came in
    # response to the killing of five …" opens the killing; SOHR's toll of the attack, told next, tells the attack)
    last = _told_last(incidents)
    if last is not None and _fights_the_attackers(ctx, mention, last):
        # the attack and the fighting it set off are one event (those who fought back were attacked, not attackers)
        _tell_as_part(mention, last, sides=False)
        return
    if last is not None and _forced_back(ctx, mention, last):
        _tell_as_part(mention, last, sides=False)  # (the retreating side is the attack's own)
        return
    attackers = last is not None and _attackers_toll(mention, last)
    if last is not None and (attackers or _toll_of(ctx, mention, last) or _killing_it_showed(ctx, mention, last)):
        if attackers:
            mention.agents, mention.targets = [], []  # (the toll's sentence names who lost men, not who fought)
        mention.type = None
        last.mentions.append(mention)
        return
    raised = next(
        (i for i in _in_anaphor_window(mention, incidents) if not mention.fresh and _raises_its_toll(mention, i)),
        None,
    )
    if raised is not None:  # (a revised toll reaches further back than a sentence that tells more: its statement)
        raised.mentions.append(mention)
        return
    for incident in reversed(incidents):
        if mention.fresh or index - incident.last.sentence.index > rules.merge_window:
            break
        if mention.opening and not _shared_figure(mention, incident):
            continue  # "In another context, … which led to the martyrdom of two soldiers": the blast the lead told
        if _dated_after_undated_toll(mention, incident):
            continue
        fight = _fight_of(incident, incidents) if incident.type != mention.type else None
        if fight is not None:
            if _same_incident(ctx, mention, incident) or _continues(ctx, mention, incident):
                # "… opposition fighters attacked the customs building": the fight's, not the shells fired in it
                _tell_as_part(mention, fight, sides=False)  # (the fight's sides are the ones its opening told)
                return
            continue
        if _assault_parts(mention, incident):
            _tell_as_part(mention, incident, sides=False)  # (the attack's sides, whatever the clause's roles read)
            return
        told = _same_incident(ctx, mention, incident) or _continues(ctx, mention, incident)
        if told or _bare_toll_next(mention, incident):
            incident.mentions.append(mention)
            return
        if _absorbed(ctx, mention, incident):
            _foe_by_group_word(mention, incident)
            _tell_as_part(mention, incident)  # "… before they withdrew": part of the attack
            return
    if mention.response and not mention.targets:
        mention.targets = _replied_to(ctx, mention, incidents)
    incidents.append(Incident([mention]))


def _spans_a_period(incident: Incident) -> bool:
    """ "At least 757 civilians were killed … from June 5 to June 17", "282 people were killed in June": a count
    over weeks is no toll of a single act told before (a capture, a bombing, an offensive a leader threatened): it
    is more of a statistic told before, or one of its own."""
    return incident.mentions[0].aggregate


def _retold_by_source(ctx: ArticleContext, mention: Mention, incidents: list[Incident]) -> bool:
    """Whether a toll's act is named in a source's words ("killed in what it called an attack"), after an incident
    of its family was told within the anaphor window: the source retells that incident, in its own terms."""
    if mention.type is None or mention.fresh or not mention.figures or mention.anaphoric:
        return False
    before = ctx.text[max(mention.sentence.start, mention.start - 80) : mention.start]
    if not casualty_rules().retold_by_source.search(before):
        return False
    return any(_family(i.type) == mention.family for i in _in_anaphor_window(mention, incidents))


_IN_THE = re.compile(r"\b(?:in|during)\s+the\s+$", re.IGNORECASE)


def _toll_in_the_battle_for(ctx: ArticleContext, mention: Mention) -> bool:
    """ "more than 400 militants had been killed in the battle for the city": a toll suffered "in the battle for" a
    place refers back to the fight for it that the story told (an offensive, a capture), no new fight."""
    rules = event_rules()
    if mention.anaphoric or mention.fresh or mention.type not in rules.absorbed_by_capture["anaphors"]:
        return False
    if not any(f.end <= mention.start for f in mention.figures):
        return False
    if not _IN_THE.search(ctx.text, max(0, mention.start - 12), mention.start):
        return False
    return bool(rules.fighting_for_place.match(ctx.text[mention.end : mention.end + 60]))


def _ordered_after(mention: Mention, incidents: list[Incident]) -> Incident | None:
    """The incident an anaphor earlier in the mention's sentence joined, when the sentence orders the two in time
    ("This attack follows the assault of Thursday night …", "The raid came a day after the shelling of …"): the
    mention after the cue is then another incident, never the one referred to."""
    if mention.rule is _CARRIER_RULE:
        return None
    for incident in incidents:
        for told in incident.mentions:
            if told.sentence is not mention.sentence or not told.anaphoric or told.end > mention.start:
                continue
            if told_in_sequence(told, mention):
                return incident
    return None


def _battle_named_by_place(ctx: ArticleContext, mention: Mention, incidents: list[Incident]) -> Incident | None:
    """The capture or offensive told last, however far back, in a place that agrees with the one "the fighting"
    names, if any ("the fighting in Hanano" after "took full control of Masaken Hanano"): the battle it was."""
    families = event_rules().absorbed_by_capture["families"]
    for incident in reversed(incidents):
        told = _places(incident)
        if _family(incident.type) in families and _places_agree(ctx, mention.places, told):
            return incident
    return None


def _broke_out_before(mention: Mention, incident: Incident) -> bool:
    """ "HTS took control of Darat Izza on Wednesday … The fighting erupted on Tuesday when HTS attacked Zenki
    positions": fighting told with a day of its own, other than the capture's, is how it began, an incident."""
    days = {m.date for m in incident.mentions if isinstance(m.date, DateValue)}
    return isinstance(mention.date, DateValue) and bool(days) and mention.date not in days


#: The days an offensive may last and still be the battle for the capture it led to ("after a two-day offensive")
_BATTLE_DAYS = 7


def _outcome_of(ctx: ArticleContext, candidates: list[Incident]) -> Incident | None:
    """ "Peshmerga forces liberated Jalawla on Sunday after a two-day offensive. The offensive was launched at dawn on
    Saturday …": when the incident told last is an operation whose launch the text dates before a capture by the same
    side told just before, the toll that follows counts the whole battle, which the capture (the lead) reports."""
    if not candidates or _family(candidates[0].type) != "operation":
        return None
    operation = candidates[0]
    launched = _told_days(operation)
    if not launched:
        return None
    start = min(_day(d) for d in launched)
    latest = datetime.date(*start) + datetime.timedelta(days=_BATTLE_DAYS)
    outcomes = []
    for incident in candidates[1:]:
        if _family(incident.type) != "capture" or incident.mentions[0].sentence.index > operation.last.sentence.index:
            continue
        days = _told_days(incident)
        if not days or not all(start < _day(d) <= latest.timetuple()[:3] for d in days):
            continue  # (a campaign launched weeks before, "launched on Jan. 20", has a toll of its own)
        mine, told = ctx.with_parents(_agents(operation)), ctx.with_parents(_agents(incident))
        if mine and told and not mine & told:
            continue
        outcomes.append(incident)
    # ("The offensive on Jalawla was launched …" after the captures of Jalawla and Saadiya: the one of its place)
    named = _places(operation)
    placed = [i for i in outcomes if named and set(named) & set(_places(i))]
    return (placed or outcomes or [None])[0]


def _struck_from_afar(incident: Incident) -> bool:
    """Every kind the incident was told as strikes from afar (airstrikes, shelling, bombs): nobody fought in it."""
    remote = casualty_rules().remote_types
    return all(m.type in remote for m in incident.mentions if m.type)


def _air_raids(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "US jets struck militia positions in al-Qaim … 25 other people were wounded in the raids": "the raids"
    after an airstrike are its air raids, not an operation of their own."""
    return (
        incident.type == "Airstrike"
        and mention.type == "MilitaryOperation"
        and re.search(r"\braids?\b", ctx.text[mention.start : mention.end], re.IGNORECASE) is not None
    )


def _turned_on(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """The mention's act strikes the incident's side or comes from its foe ("recent ISIS attacks on army
    positions" after the army's operation against ISIS): the other side's acts, not that incident's."""
    agents, targets = ctx.with_parents(_agents(incident)), ctx.with_parents(_targets(incident))
    return bool(ctx.with_parents(mention.targets) & agents or ctx.with_parents(mention.agents) & targets)


def _tell_as_part(mention: Mention, incident: Incident, *, sides: bool = True) -> None:
    """The mention tells a part of the incident, not an incident of its own: it keeps the type it was told as
    (``told_as``) and, unless ``sides``, no agents or targets of its own clause."""
    mention.told_as, mention.type = mention.type, None
    if not sides:
        mention.agents, mention.targets = [], []
    incident.mentions.append(mention)


def _replied_to(ctx: ArticleContext, mention: Mention, incidents: list[Incident]) -> list[str]:
    """ "Syrian shelling killed three Turkish soldiers … Ankara responded with artillery strikes": a reply naming
    no target strikes whoever struck the replying side in an incident told just before, else whoever acted in
    the last one ("ISIS shelled Peshmerga positions … In response, coalition jets struck")."""
    side = ctx.with_parents(mention.agents)
    recent = _in_anaphor_window(mention, incidents)
    for incident in recent:
        hit = _targets(incident) + [f.victim_iri for m in incident.mentions for f in m.figures if f.victim_iri]
        if side and side & ctx.with_parents(hit):
            return [a for a in _agents(incident) if a not in side]
    if recent and not side & ctx.with_parents(_agents(recent[0])):
        return [a for a in _agents(recent[0]) if a != CIVILIANS_IRI]
    return []


#: Events that consist in saying something: whoever says it does it, so their saying is no claim.
_SELF_TOLD = frozenset({"VictoryDeclaration"})
_TOLL_FAMILIES = frozenset({"attack", "operation", "capture"})


def _names_again(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """The definite noun of an anaphor ("the raids") is the head of a trigger the incident was told with ("air
    raids"), whatever type each was given."""
    head = re.findall(r"[A-Za-z]+", ctx.text[mention.start : mention.end])
    if not head:
        return False
    stem = head[-1].lower().rstrip("s")
    told = (ctx.text[m.start : m.end].lower() for m in incident.mentions if m.type)
    return len(stem) >= 4 and any(re.search(rf"\b{re.escape(stem)}s?\b", words) for words in told)


def _told_next(mention: Mention, incident: Incident) -> bool:
    """The mention is in the sentence right after the incident's last telling."""
    return mention.sentence.index - incident.last.sentence.index == 1


def _fights_the_attackers(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "ISIS gunmen and suicide bombers struck the city … Local gunmen fought the attackers for hours and drove
    them back": fighting "the attackers" of the attack just told is that attack's fighting, not an incident."""
    if mention.family != "attack" or _family(incident.type) != "attack" or mention.dated or mention.fresh:
        return False
    if not _told_next(mention, incident) or not mention.targets:
        return False
    if not _ATTACKERS.search(ctx.text, mention.end, mention.region[1]):
        return False
    return set(mention.targets) <= set(_agents(incident))


def _struck_back_at(ctx: ArticleContext, mention: Mention, incidents: list[Incident]) -> Incident | None:
    """ "ISIS fighters attacked Peshmerga positions … at 4am on Friday. … A Peshmerga commander was killed by sniper
    fire as he led a counterattack": a counterattack told with no day and no toll of its own, by a side an attack
    told just before struck, is that attack's fighting (an attack and the fighting it sets off are one event),
    whatever else was told in between; one with its own day or toll ("launched a counterattack at dawn on Tuesday",
    "killed at least 30 soldiers in a counterattack") is an incident of its own."""
    if mention.family != "attack" or mention.dated or mention.fresh or mention.opening:
        return None
    if not mention.agents or not casualty_rules().hitting_back.search(ctx.text, mention.start, mention.end):
        return None
    side = ctx.with_parents(mention.agents)
    if not all(_lost_striking_back(f, side) for f in mention.figures):
        return None
    window = event_rules().anaphor_window
    for incident in reversed(incidents):
        if mention.sentence.index - incident.last.sentence.index > window:
            break
        if _family(incident.type) != "attack" or _struck_from_afar(incident):
            continue  # (car bombs told in between strike from afar: nobody fights back in them)
        if side & ctx.with_parents(_targets(incident)):
            return incident
    return None


def _lost_striking_back(figure: FigureMention, side: set[str]) -> bool:
    """ "Brigadier General X … was killed by a sniper while leading the counterattack": a loss of the side that
    struck back (a person named as killed, or a victim of that side), not a toll it inflicted ("killed at least 30
    soldiers in a counterattack"), leaves the counterattack the attack's fighting."""
    return not figure.active and (figure.person_iri is not None or figure.victim_iri in side)


def _attackers_toll(mention: Mention, incident: Incident) -> bool:
    """ "… repelled an attempt by Assad militias to storm Sheikh Said. A military official said at least 15 of the
    attackers were killed": a toll of "the attackers" right after a fight is that fight's."""
    if not mention.figures or mention.dated or _family(incident.type) != "attack":
        return False
    if not _told_next(mention, incident):
        return False
    return mention.figures[0].victim_side == "attackers"


def _toll_of(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "Clashes between the SDF and the SNA continued … SDF sources claim to have killed 37 SNA fighters": a
    killing told with no trigger, place or date of its own, right after a fight, of one of its sides, is its toll;
    so is one told "during the advance" a little later, in the next paragraph."""
    if mention.rule is not _KILLING_RULE or mention.fresh or mention.opening or mention.places or mention.dated:
        return False
    if _family(incident.type) not in _TOLL_FAMILIES:
        return False
    if event_rules().toll_back_reference.search(mention.sentence.text):  # "killed dozens … during the advance"
        if mention.sentence.index - incident.last.sentence.index > event_rules().merge_window:
            return False
    elif not _told_next(mention, incident) or mention.sentence.paragraph != incident.last.sentence.paragraph:
        return False
    sides = ctx.with_parents(_agents(incident) + _targets(incident))
    kinds = {side_of(ctx.actor_type(iri)) for iri in sides} - {None}
    known = [f for f in mention.figures if f.victim_iri or f.victim_side]
    return bool(known) and all(
        ctx.with_parents([f.victim_iri]) & sides if f.victim_iri else f.victim_side in kinds for f in known
    )  # ("nine soldiers" after a fight with the army: the army's dead; "four of his men": whoever he is)


def _killing_it_showed(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "Accounts linked to ISIS posted photographs that appeared to show fighters shooting captured soldiers. The
    group claimed in a caption that it had executed 190 'apostates'": a killing told only by its toll, with no day
    or place of its own, in the very next sentence, by the side that did the act of no war kind told just before
    (an execution, an abduction, a massacre: type Other) that had no toll yet, is that act's toll."""
    if mention.rule is not _KILLING_RULE or mention.fresh or mention.opening or mention.places or mention.dated:
        return False
    if _family(incident.type) != "other" or not _told_next(mention, incident):
        return False
    if any(m.figures for m in incident.mentions) or not mention.agents:
        return False
    return ctx.with_parents(mention.agents) <= ctx.with_parents(_agents(incident))


def _absorbed(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """A withdrawal told right after an attack, by nobody but its attackers, belongs to that attack; fighting a
    capture came after, in the capture's own sentence, is the battle for it."""
    rules = event_rules()
    if _battle_for(mention, incident, rules.absorbed_by_capture) or _battle_told_after(ctx, mention, incident):
        return True
    if _bombers_of(mention, incident):
        return True
    if mention.type not in rules.absorbed_after_attack or _family(incident.type) != "attack":
        return False
    if set(mention.targets) - set(_agents(incident)):
        return False  # (its own losses, "two HTS members were killed", are no one attacked by the retreat)
    if mention.dated and mention.sentence.index != incident.last.sentence.index:
        return False  # the same sentence's date is the attack's own
    told = set(_agents(incident))
    if not told:  # "repelled an infiltration attempt by a terrorist group … the terrorists fled": its attackers
        # ("… deployed car bombs before storming the town. … the army had withdrawn": a side named is no attacker)
        named = mention.agents and not mention.group_agent
        return mention.sentence.index - incident.last.sentence.index <= 1 and not mention.anaphoric and not named
    return set(mention.agents) <= told


def _forced_back(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "… tried to infiltrate SDF positions. SDF fighters responded to the attack and forced the group to retreat":
    a retreat the defenders forced on the attackers, told next with no day of its own, is how the attack ended."""
    rules = event_rules()
    if mention.type not in rules.absorbed_after_attack or _family(incident.type) != "attack" or mention.dated:
        return False
    if mention.sentence.index - incident.last.sentence.index > 1:
        return False
    return bool(rules.forced_retreat.search(ctx.text, max(mention.sentence.start, mention.start - 60), mention.start))


_BOMBERS = re.compile(r"\bsuicide\s+bombers\b", re.IGNORECASE)


def _bombers_of(mention: Mention, incident: Incident) -> bool:
    """ "ISIS gunmen and suicide bombers struck the city … Three bombers blew themselves up in the city": the
    bombings of an attack told with its suicide bombers, naming no one and no day of their own, are its parts."""
    if mention.type != "Bombing" or incident.type == "Bombing" or mention.agents or mention.dated:
        return False
    if _family(incident.type) != "attack":
        return False
    if not _told_next(mention, incident):
        return False
    return any(_BOMBERS.search(m.sentence.text) for m in incident.mentions if m.type)


def _assault_parts(mention: Mention, incident: Incident) -> bool:
    """ "ISIS militants launched a wide-scale attack on SDF positions … The militants advanced behind two suicide
    car bombs and captured several SDF posts before withdrawing": the bombs an attack's fighters advanced behind
    and the posts they took, told next with no day of their own, are the attack's means and gains, not a bombing
    and a capture of their own; so is the withdrawal that ends that clause."""
    if _family(incident.type) != "attack" or incident.type == "Bombing" or mention.dated:
        return False
    if not (_told_next(mention, incident) or mention.sentence is incident.last.sentence):
        return False  # (the bombs' clause may have joined the attack already: "… behind car bombs and captured")
    if mention.type == "Shelling":  # "… advanced from al-Hol and shelled the villages with mortars before trying to
        return _SHELLED_BEFORE_STORMING.search(mention.sentence.text) is not None  # storm them": the assault's means
    if mention.type == "Bombing":  # "… using three VBIEDs. … the third detonated near a berm": its own bombs
        return event_rules().advanced_behind.search(mention.sentence.text) is not None or _bombs_as_means(incident)
    if mention.type == "Withdrawal":  # "… and captured several SDF posts before withdrawing": the same fighters
        return mention.sentence is incident.last.sentence and incident.last.told_as in ("Bombing", "Capture")
    if mention.type == "Capture":
        at_trigger = mention.sentence.text[mention.start - mention.sentence.start :]
        return (
            event_rules().posts_taken.match(at_trigger) is not None
            and not set(mention.agents) - set(_agents(incident))
            and not set(mention.targets) - set(_targets(incident))
        )
    return False


_SHELLED_BEFORE_STORMING = re.compile(
    r"\bshell(?:ed|ing)\b[^.;]{0,80}?\bbefore\s+(?:trying|attempting|moving|advancing|going\s+on)\s+to\s+"
    r"(?:storm|enter|overrun|take|seize|capture|attack|assault)\b|\bshell(?:ed|ing)\b[^.;]{0,80}?\bbefore\s+storming\b",
    re.I,
)
_BOMB_PART = re.compile(r"\b(?:V?BIEDs?|IEDs?|car[- ]bombs?|explosive|explosives|bomb-laden|suicide)\b", re.I)


def _bombs_as_means(incident: Incident) -> bool:
    """The attack was told with bombs as its means ("launched an attack …, using three VBIEDs"): a trigger of the
    bombs combined into its attack mention."""
    first = incident.mentions[0]
    text, offset = first.sentence.text, first.sentence.start
    return first.type == "Attack" and any(_BOMB_PART.search(text, s - offset, e - offset) for s, e in first.parts[1:])


def _battle_told_after(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "… took full control of Salma on Tuesday. The army and the NDF engaged in fierce clashes with Nusra in the
    town's outskirts before breaking their defence lines": the fight the capturing side waged for it, told next."""
    if mention.type != "Clash" or _family(incident.type) != "capture" or mention.dated or mention.figures:
        return False
    if not _told_next(mention, incident):
        return False
    return bool(ctx.with_parents(mention.agents[:1]) & ctx.with_parents(_agents(incident)))  # its first side


def _foe_by_group_word(mention: Mention, incident: Incident) -> None:
    """ "took full control of the town after fierce clashes and were clearing mines left behind by the
    terrorists": a side the absorbed fighting got only from a group word, who is not among the incident's own
    agents, is the side they fought."""
    if mention.group_agent:
        told = _agents(incident)
        mention.targets = [a for a in mention.agents if a not in told] or mention.targets
        mention.agents = [a for a in mention.agents if a in told]


def _battle_for(mention: Mention, incident: Incident, rule: dict) -> bool:
    """ "captured the airport … after a week of fierce battles": the battles, naming no one of their own."""
    if mention.type not in rule["types"] or _family(incident.type) not in rule["families"]:
        return False
    if mention.sentence.index != incident.last.sentence.index or mention.figures:
        return False
    told = set(_agents(incident))
    if set(mention.targets) & told:
        return False  # ("… after fighting with the army": the army held the place, it is the capture's loser)
    if told and set(mention.agents) - told and not mention.group_agent:
        # (an operation with no side named yet takes the battle's: "with troops advancing after …"; a side read
        # only from a group word elsewhere in the clause, "mines left behind by the terrorists", names none)
        return False
    before = mention.sentence.text[: mention.start - mention.sentence.start]
    return re.search(rule["cue"], before[-80:], re.IGNORECASE) is not None


def _same_incident(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """Told again: same type family, same planned status, no other date, no place apart from the incident's
    (an ISIS attack in Hasakah, Syria and one in Salahuddin, Iraq are two), the same participants."""
    if mention.quoted() and _shared_figure(mention, incident) and _family(incident.type) in _TOLL_FAMILIES:
        return True  # a statement quoted after the lead, restating its toll in its own words ("in an operation")
    if _family(incident.type) != mention.family or any(
        m.planned != mention.planned for m in incident.mentions if m.type
    ):
        return False
    dates = {m.date for m in incident.mentions if m.date is not None}
    if _days_of_a_campaign(ctx, mention) and _told_days(incident):
        return False
    other_day = mention.date is not None and dates and mention.date not in dates
    if _shared_figure(mention, incident) and not other_day and not _places_apart(mention.places, _places(incident)):
        return True  # the same toll told again ("a day after an explosive device killed two" … "killing two")
    if _single_into_statistic(mention, incident):
        return False
    if other_day:
        return False
    if mention.dated and mention.date is None:
        return False
    if mention.family == "capture" and not _places_agree(ctx, mention.places, _places(incident)):
        return False  # "… after the YPG took Tal Abyad. ISIL was driven out of Kobani in January 2015": two places
    if _opens_on_its_day(mention) and not dates and not _places_agree(ctx, mention.places, _places(incident)):
        return False  # "a car bomb tore through a Baghdad market … On Thursday night, an infiltration near al-Qaim"
    if _moved_on(mention, incident, dates):
        return False
    if _places_apart(mention.places, _places(incident)):
        return False
    victims = {f.victim_iri for m in incident.mentions for f in m.figures if f.victim_iri}
    agents, targets = set(_agents(incident)), set(_targets(incident)) | victims
    if len(agents - victims) > 0:
        agents -= victims  # "ISIS killed five soldiers of the Iraqi Army": the army was attacked
    if _other_weapon(mention, incident):
        return False  # "a Turkish drone strike" … "Turkish artillery shelled the town": the same side, two incidents
    if mention.agents and set(mention.agents) == agents:
        return True
    if not mention.figures and ((not mention.agents and not mention.targets) or (not agents and not targets)):
        return _tells_more(mention, incident)  # one side names no participant: nothing tells them apart
    bare = not mention.agents and not mention.targets and mention.rule is not _KILLING_RULE
    bare = bare and set(mention.places) <= set(_places(incident))  # ("Gunmen attacked a checkpoint near Basra")
    if bare and _fight_after_strike(mention, incident):
        return False
    if bare and mention.type in event_rules().generic_types:
        # 'said that "a number" of soldiers were "martyred" in a "cowardly terrorist attack"': a toll told with
        # a bare "attack" and no side of its own, whose victims (if named) were the ones attacked, is this one
        return all(f.victim_iri in targets for f in mention.figures if f.victim_iri)
    if _one_named_next(ctx, mention, incident, agents, targets):
        return True
    shared_targets = bool(set(mention.targets) & targets)
    if mention.agents and agents:
        same_side = bool(set(mention.agents) & agents) or (
            mention.type == incident.type and _force_and_its_unit(ctx, mention.agents, agents)
        )
        return same_side and shared_targets
    near = incident.last.sentence.paragraph == mention.sentence.paragraph
    # "Gunmen shot dead X … ¶ The sources said two men opened fire on al-X near his house": the same person
    # attacked, told on in the very next sentence, is the one incident even across a paragraph break
    person = bool(set(mention.targets) & targets & ctx.persons()) and _told_next(mention, incident)
    return shared_targets and (near or person)


#: a stretch at the start or end of a longer act: "In the first days of the ISIS assault on Sinjar"
_DAYS_OF = re.compile(
    r"\b(?:first|early|opening|last|final|closing)\s+(?:few\s+)?(?:days|weeks|months)\s+of\s+(?:the\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _days_of_a_campaign(ctx: ArticleContext, mention: Mention) -> bool:
    """ "… executed hundreds of men in Kocho on August 15 … In the first days of the ISIS assault on Sinjar that
    month, some 1,280 Yazidis were killed": an act told by its first (or last) days spans days, so it is not the
    one-day incident told before, though the same side did both."""
    return bool(_DAYS_OF.search(ctx.text, max(mention.sentence.start, mention.start - 60), mention.start))


def _force_and_its_unit(ctx: ArticleContext, mine: list[str], told: set[str]) -> bool:
    """ "repelled an offensive by Iraqi army troops" … "Iraqi forces … attacked Peshmerga positions": a force and a
    unit of it are one side, told once by the unit and once by the whole force. A State is not its forces, and two
    units of one force (its air force and its army) can fight apart, so only one being part of the other counts."""
    def armed(iri: str) -> bool:
        return ctx.actor_type(iri) != "State"

    return any(
        armed(a) and armed(b) and a != b and (a in ctx.with_parents([b]) or b in ctx.with_parents([a]))
        for a in mine
        for b in told
    )


def _one_named_next(
    ctx: ArticleContext, mention: Mention, incident: Incident, agents: set[str], targets: set[str]
) -> bool:
    """ "Gunmen shot dead a leader of the Sahwa … Police said Sheikh X and two of his guards were killed when
    attackers opened fire on them": the one victim an incident described without his name, named in the very next
    sentence with a toll of the same kind and no other side, is that incident told again (a news lead describes
    the victim, the next sentence names him)."""
    persons = ctx.persons()
    if not _told_next(mention, incident) or not set(mention.targets) & persons or targets & persons:
        return False
    if mention.agents and not set(mention.agents) & agents:
        return False
    ones = [f for m in incident.mentions for f in m.figures if f.count == 1 and f.person_iri is None]
    if not ones:
        return False
    # "opened fire on First Lieutenant X as he left a house, killing him instantly and wounding a passer-by"
    clause = mention.region[0] - mention.sentence.start
    if ones[0].status == "killed" and _KILLED_HIM.search(mention.sentence.text, clause):
        return True
    return bool(mention.figures) and all(f.status == ones[0].status for f in mention.figures)


#: a killing told of the person the clause names, by a pronoun
_KILLED_HIM = re.compile(r"\b(?:killing|killed|shot\s+dead|shooting\s+dead)\s+(?:him|her)\b", re.I)


def _opens_on_its_day(mention: Mention) -> bool:
    """The mention's sentence opens with the day it tells ("On Thursday night, …", "Late on Sunday, …")."""
    if mention.date is None:
        return False
    text = mention.sentence.text
    return any(start <= 3 and text[end : end + 1] == "," for start, end, _, _ in find_dates(text[:40]))


def _bare_toll_next(mention: Mention, incident: Incident) -> bool:
    """ "IS militants ambushed a bus near Al-Shoula. SANA reported that 25 passengers were killed when 'terrorists'
    targeted the vehicle": a toll in the very next sentence, told with an act of the same kind that names no side,
    place or day of its own, is the toll of the incident just told, if it has none yet."""
    return (
        bool(mention.figures)
        and not (mention.agents or mention.targets or mention.places or mention.dated)
        and _family(incident.type) == mention.family
        and _told_next(mention, incident)
        and not any(m.figures for m in incident.mentions)
        and not _fight_after_strike(mention, incident)
    )


def _fight_after_strike(mention: Mention, incident: Incident) -> bool:
    """ "… two suicide bombers drove armoured vehicles into the base's command building. The Observatory put the
    number of troops killed in the battle at 25": a fight ("the battle", "the fighting") is fought on the ground,
    so a toll told with one and no side of its own is not that of a strike from afar told just before (bombs, air
    raids, shelling), whose kind a fight does not refine."""
    return mention.type in event_rules().absorbed_by_capture["anaphors"] and _struck_from_afar(incident)


def _dated_after_undated_toll(mention: Mention, incident: Incident) -> bool:
    """ "… lost three men to IS sniper fire. IS fighters blew up the mosque on June 21": an act of another kind on a
    day of its own, after an undated incident already told with its toll, is another incident."""
    if mention.date is None or mention.type == incident.type or mention.figures or mention.anaphoric:
        return False
    if any(m.date is not None for m in incident.mentions):
        return False
    return any(m.figures for m in incident.mentions)


#: figures that revise a toll already told ("bringing the toll to two", "the toll rose to 17", "raised it to 34")
_REVISED_TOLL_RULES = frozenset({"cas.raising_toll", "cas.toll_rose", "cas.raised_it"})


def _raises_its_toll(mention: Mention, incident: Incident) -> bool:
    """ "X was martyred when missiles struck his residence … three missiles hit the house, and a companion of the
    martyr was also killed, bringing the toll to two": a sentence whose figures only revise a toll tells more of
    an incident already told with a toll, of its kind, when it names no side or day of its own."""
    return (
        bool(mention.figures)
        and all(f.rule in _REVISED_TOLL_RULES for f in mention.figures)
        and not (mention.agents or mention.dated or mention.date is not None)
        and _family(incident.type) == mention.family
        and any(m.figures for m in incident.mentions)
    )


_OF_THEM = re.compile(r"\bof\s+them\b", re.IGNORECASE)


def _whose_them(ctx: ArticleContext, mention: Mention, incidents: list[Incident]) -> Incident | None:
    """A sentence with no act of its own whose figures count some "of them" ("The bodies of four of them were found
    days later") counts the people of the incident opened in the sentence just before (the shepherds abducted), not
    those of an incident told there again or earlier, which a bare toll would join."""
    if mention.type is not None or mention.told_as or not mention.figures:
        return None
    if not all(_OF_THEM.search(ctx.text[f.start : f.end]) for f in mention.figures):
        return None
    opened = [i for i in incidents if i.mentions[0].sentence.index == mention.sentence.index - 1]
    return opened[-1] if opened else None


def _at_an_untold_day(mention: Mention, incidents: list[Incident]) -> bool:
    """The story is at a day no incident was told on ("On Saturday, SNA groups tried to advance on Mu'allaq", in
    words no rule read): an anaphor after it refers to the act of that day, not to an incident of another day."""
    told = {_day(d) for i in incidents for d in _told_days(i)}
    day = mention.told_day
    return isinstance(day, DateValue) and day.precision == "day" and _day(day) not in told


def _moved_on(mention: Mention, incident: Incident, dates: set) -> bool:
    """ "The peshmerga pulled back on Friday evening … [Kirkuk] on Monday … PUK units withdrew from the city": an
    undated mention after the story has moved to another day than the incident's is not that incident told again."""
    if mention.date is not None or mention.dated or not dates or mention.told_day is None:
        return False
    if mention.sentence.index - incident.last.sentence.index < 2:
        return False
    return mention.told_day not in dates


def _continues(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """The next sentence tells more of the incident just told, naming what the first left out.

    "A member of the Asayish was killed by gunmen … The gunmen, believed to be ISIS cells, opened fire on him":
    a mention of the same type (or a generic one) in the very next sentence whose participants do not
    contradict the incident's (an agent it lacks, no one on the other side) and whose places lie in or
    around the incident's places is the same incident, told on.
    """
    if mention.fresh or mention.opening or _family(incident.type) != mention.family:
        return False
    if mention.planned != incident.last.planned:
        return False
    if _single_into_statistic(mention, incident):
        return False
    if mention.figures and not _echoes(ctx, mention, incident):
        return False  # a toll of its own is its own telling (a toll told again is found by _same_incident)
    if not _told_next(mention, incident):
        return False
    generic = event_rules().generic_types
    refines = mention.type != incident.type and mention.type not in generic
    if refines and incident.type not in generic:
        return False
    told = {d for m in incident.mentions for d in m.sentence_dates}
    if mention.sentence_dates and told and not (told & set(mention.sentence_dates)) - {None}:
        return False  # "The next day, on Monday, … where they began …": a date of its own starts another incident
    agents, targets = set(_agents(incident)), set(_targets(incident))
    targets |= {f.victim_iri for m in incident.mentions for f in m.figures if f.victim_iri}
    mine_agents, mine_targets = ctx.with_parents(mention.agents), ctx.with_parents(mention.targets)
    if mine_agents & targets - agents or mine_targets & agents - targets:
        return False  # the sides are swapped: a reply, not the incident told on
    if mine_agents and agents and not mine_agents & agents or mine_targets and targets and not mine_targets & targets:
        return False  # (a unit of a side named before is that side: "the PMF" … "the PMF's 20th Brigade")
    # a more specific kind ("the bombardment") refines a generic attack only on a shared side, or on the thing it
    # struck told again ("an attack that targeted a military bus" … "ISIS cells ambushed the bus"): that thing, not
    # a place named in passing ("cells, which remain active in the Badia"), says where it was
    echoed = refines and _strikes_it_again(ctx, mention, incident)
    if refines and not (mine_agents & agents or mine_targets & targets or echoed):
        return False
    return echoed or _places_agree(ctx, mention.places, _places(incident))


def _echoes(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "a terrorist attack targeting a military checkpoint" … "a terrorist group attacked the checkpoint"."""
    clause = ctx.text[mention.region[0] : mention.region[1]]
    told = " ".join(m.sentence.text for m in incident.mentions).casefold()
    return any(
        re.search(rf"\b(?:an?|the)\s+(?:[\w’'\-]+\s+){{0,2}}{re.escape(echo['noun'].casefold())}", told)
        for echo in event_rules().echo_nouns.finditer(clause)
    )


def _strikes_it_again(ctx: ArticleContext, mention: Mention, incident: Incident) -> bool:
    """ "a terrorist attack that targeted a military bus" … "ISIS cells ambushed the bus": the act's own object,
    right after its trigger, is the thing the incident's generic telling struck, introduced there by "a" right after
    its trigger; the second act tells the first one's kind."""
    gap = len(ctx.text[mention.end : mention.end + 3]) - len(ctx.text[mention.end : mention.end + 3].lstrip())
    echo = event_rules().echo_nouns.match(ctx.text, mention.end + gap)
    if echo is None:
        return False
    noun = re.escape(echo["noun"])
    told = rf"\s*(?:[\w’'\-]+\s+){{0,2}}?an?\s+(?:[\w’'\-]+\s+){{0,2}}{noun}\b"
    return any(
        re.match(told, ctx.text[m.end : m.region[1]], re.IGNORECASE)
        for m in incident.mentions
        if m.type in event_rules().generic_types and not m.anaphoric
    )


def _single_into_statistic(mention: Mention, incident: Incident) -> bool:
    """ "shelled 14 times over the past day" … "two servicemen were wounded in mortar fire on Jurin", "attacked 46
    times since Oct. 17" … "on Nov. 11, a drone struck …": a statistic absorbs no single incident with its own
    toll or day; a statistic of no kind of act ("killed in violence") absorbs no act at all."""
    if not incident.mentions[0].aggregate or mention.aggregate:
        return False
    if incident.mentions[0].type == "Event" and mention.type is not None:
        return True  # "… killed in violence since April. Prime Minister X ordered an inquiry": no act of its kind
    day = any(isinstance(d, DateValue) and d.precision in ("day", "month-day") for d in mention.sentence_dates)
    return bool(mention.figures) or day


def _places_agree(ctx: ArticleContext, mine: list[str], told: list[str]) -> bool:
    """No place, or a place equal to, inside or around one already told."""
    if not mine or not told:
        return True
    return any(a == b or b in ctx.place_ancestors(a) or a in ctx.place_ancestors(b) for a in mine for b in told)


def _places_apart(mine: list[str], told: list[str]) -> bool:
    """Places in different countries (Al-Hasakah in Syria, Mutaibijah in Iraq): one side's attacks there are two
    incidents. Places the gazetteer cannot place in a country (a minted neighbourhood) never split an incident."""
    if not mine or not told:
        return False
    reference = reference_data()
    mine_countries = {place_country(reference, iri) for iri in mine}
    told_countries = {place_country(reference, iri) for iri in told}
    if None in mine_countries or None in told_countries:
        return False
    return not mine_countries & told_countries


def _other_weapon(mention: Mention, incident: Incident) -> bool:
    """Two specific kinds (an airstrike, a shelling) are two incidents, unless the mention refers back."""
    rules = event_rules()
    generic = rules.generic_types
    if mention.anaphoric or mention.type in generic or incident.type in generic or mention.type == incident.type:
        return False
    lead = mention.sentence.text[: mention.start - mention.sentence.start]
    return rules.participantless_merge is None or not rules.participantless_merge.search(lead)


def _tells_more(mention: Mention, incident: Incident) -> bool:
    """ "The exchange of fire went on for two hours", "the attackers detonated a landmine": the incident just told."""
    rules = event_rules()
    if rules.participantless_merge is None:
        return False
    if mention.type in rules.generic_types or mention.type == incident.type:
        return True
    region = mention.sentence.text[: mention.start - mention.sentence.start]
    return bool(rules.participantless_merge.search(region))


def _shared_figure(mention: Mention, incident: Incident) -> bool:
    """The mention repeats a toll of the incident (two or more, the same status and no other victim)."""
    told = [f for m in incident.mentions for f in m.figures]
    return any(_same_toll(f, f.victim_iri, g, g.victim_iri) for f in mention.figures for g in told)


def _same_toll(a: FigureMention, who_a: str | None, b: FigureMention, who_b: str | None) -> bool:
    """One toll told twice: two or more, the same count and status, no other victim or side (a figure of one is
    no evidence of repetition: "a soldier was killed … a civilian was killed")."""
    return (
        bool(a.count)
        and a.count >= 2
        and a.status == b.status
        and a.count == b.count
        and (who_a is None or who_b is None or who_a == who_b)
        and (a.victim_side is None or b.victim_side is None or a.victim_side == b.victim_side)
    )


def _finalise(
    ctx: ArticleContext, incident: Incident, unconfirmed: set[int], memberships: list[Membership]
) -> EventFact | None:
    typed = [m for m in incident.mentions if m.type and m.rule is not _CARRIER_RULE]
    if not typed:
        return None
    # (at equal information, the act's own telling, not a report of its toll that refers back to it: "the General
    # Command raised the toll to eight killed … in the fighting")
    best = max(reversed(typed), key=lambda m: (m.score(), not (m.anaphoric and m.figures)))
    best_position = incident.mentions.index(best)
    agents = _agents(incident)
    targets = [t for t in _targets(incident) if t not in agents]
    places = _union(m.places for m in incident.mentions)
    non_country = [p for p in places if ctx.place_type(p) != "Country"]
    if non_country:
        places = non_country
    date = best.date
    if date is None:
        date = next((m.date for m in incident.mentions if m.date is not None), None)
    attribution = best.attribution
    if attribution is None:
        earlier = [m.attribution for m in incident.mentions[:best_position] if m.attribution]
        later = [
            m.attribution
            for m in incident.mentions[best_position + 1 :]
            if m.attribution and (m.type or m.told_as)
            if m.attribution.is_agent or ((m.agents or m.figures) and not m.anaphoric)
        ]
        # a lead stated as fact, whose details the next sentences credit to a source ("a military source told …")
        attribution = earlier[-1] if earlier else (later[0] if later else None)
    remote = _refine(ctx, incident, [], agents) in casualty_rules().remote_types  # "Russian jets struck": Airstrike
    casualties, victims = _casualties(ctx, incident, agents, targets, memberships, remote)
    named = [f.victim_iri for m in incident.mentions for f in m.figures if f.victim_iri]
    own_losses = _family(incident.type) in ("operation", "capture")  # an offensive's side loses men too
    for victim in dict.fromkeys(named):  # "Two Peshmerga were killed when ISIS attacked them": they were attacked
        if victim in agents and len(agents) > 1 and victim != CIVILIANS_IRI and not own_losses:
            agents.remove(victim)
            if victim not in targets:
                targets.append(victim)
    no_act = _of_no_kind(incident)
    if no_act:
        victims = []  # "More than 2,600 people have been killed in violence since April": no act, no one attacked
    for victim in victims:
        if victim not in agents and victim not in targets and not _unit_of(ctx, victim, agents + targets):
            targets.append(victim)  # (a brigade of a side already named is that side: "the Hamza Division lost six")
    if not targets and not no_act and any(f.victim_iri == CIVILIANS_IRI for f in casualties):
        targets.append(CIVILIANS_IRI)  # civilians killed where nobody else was attacked were the ones attacked
    event_type = _refine(ctx, incident, casualties, agents)
    if attribution is not None and event_type in _SELF_TOLD and attribution.claimant.actor_iri in agents:
        attribution = None  # "Iraq declared final victory over ISIS": the declaration is the act, not a claim of one
    keep = event_rules().keep_without_participants
    located = (
        isinstance(date, DateValue) and date.precision in ("day", "month-day") and bool(places)
    ) and event_rules().keep_dated_and_placed
    if not agents and not targets and not casualties and event_type not in keep and not located:
        if not _named_operation(ctx, incident) and not (places and _unnamed_perpetrators(ctx, incident)):
            return None
    if event_type in keep and not (agents or targets or places or casualties):
        return None  # (a blast that "wounded four fighters" near nowhere named is still one)
    start, end = best.evidence
    quote = ctx.text[start:end]
    confidence = round(best.rule.confidence * (0.9 if best.rule is _KILLING_RULE else 1.0), 2)
    evidence = Evidence(start, end, quote, best.rule.id, confidence)
    assert ctx.text[evidence.start : evidence.end] == evidence.quote
    claim_status = None
    if attribution is not None and any(m.sentence.index in unconfirmed for m in incident.mentions):
        claim_status = "unconfirmed"
    return EventFact(
        type=event_type,
        evidence=evidence,
        agents=agents,
        targets=targets,
        places=places,
        date=date,
        casualties=casualties,
        attribution=attribution.claimant if attribution else None,
        claim_status=claim_status,
        planned=any(m.planned for m in typed),
    )


def _of_no_kind(incident: Incident) -> bool:
    """A statistic of the dead of no kind of act ("killed in violence", "killed in the conflict"): its victims were
    attacked in no act it tells, so they are no targets of it."""
    first = incident.mentions[0]
    return first.rule is _STATISTIC_RULE and first.type == "Event"


def _unnamed_perpetrators(ctx: ArticleContext, incident: Incident) -> bool:
    """"militiamen torched shops in the town of al-Dour", "gunmen blew up the mosque in Yengija": an act told with
    its doers as unnamed gunmen, at a place, is an incident although no side is named."""
    doers = event_rules().unnamed_perpetrators
    return any(
        doers.search(ctx.text, max(m.region[0], m.start - 60), m.start)
        for m in incident.mentions
        if m.type and not m.anaphoric
    )


def _named_operation(ctx: ArticleContext, incident: Incident) -> bool:
    """"the Claw-Lock operation was launched in April 2022", "Operation Olive Branch began": an operation told by
    its name is an event although the sentence names no side."""
    name = event_rules().named_operation
    return any(
        name.search(ctx.text, max(m.sentence.start, m.start - 40), m.end)
        for m in incident.mentions
        if m.type and _family(m.type) == "operation"
    )


def _unit_of(ctx: ArticleContext, iri: str, sides: list[str]) -> bool:
    """The actor is a unit (or member) of one of the armed sides, not a person: "the SNA-affiliated Hamza
    Division". (A state's forces are no unit of it: "U.S. personnel" are the side that fought, not "U.S.".)"""
    if ctx.actor_type(iri) == "Person":
        return False
    armed = {side for side in sides if ctx.actor_type(side) != "State"}
    return bool((ctx.with_parents([iri]) - {iri}) & armed)


def _casualties(
    ctx: ArticleContext,
    incident: Incident,
    agents: list[str],
    targets: list[str],
    memberships: list[Membership],
    remote: bool = False,
) -> tuple[list[CasualtyFigure], list[str]]:
    """The incident's figures with their victims, and who was hit. ``remote``: an attack from afar (airstrike,
    shelling, bombing), whose striker loses no one, so a victim noun never names the agents' side."""
    figures: list[CasualtyFigure] = []
    victims: list[str] = []
    seen: set[tuple] = set()
    told: list[tuple[FigureMention, str | None]] = []
    every = [(f, m) for m in incident.mentions for f in m.figures]
    all_figures = _named_deaths_once(every)
    # (the group of a lone victim told again in a count that names no victim actor was hit all the same: "a leader
    # of the Sahwa" … "Sheikh X and two of his guards were killed")
    kept = {id(f) for f, _ in all_figures}
    if any(f.led_by and f.victim_iri is None for f, _ in all_figures):
        victims.extend(
            f.victim_iri for f, _ in every if id(f) not in kept and f.victim_iri not in (None, CIVILIANS_IRI)
        )
    groups = [f.victim_iri for f, _ in all_figures if f.other_of and f.victim_iri]
    for figure, mention in all_figures:
        victim = figure.victim_iri
        if figure.person_iri and groups:
            victim = groups[0]
            quote = ctx.text[figure.start : max(figure.end, figure.start)]
            memberships.append(
                Membership(figure.person_iri, groups[0], Evidence(figure.start, figure.end, quote, figure.rule, 0.6))
            )
        if victim is None and figure.victim_side:
            repelled = any(m.rule.get("roles") == "repel" for m in incident.mentions)
            struck_only = remote and figure.victim_side != "attackers"
            victim = _side_participant(ctx, figure, [] if struck_only else agents, targets, repelled)
        if victim is None and figure.others and figures:
            victim = figures[-1].victim_iri
        key = (figure.status, figure.count, figure.min_count, figure.max_count, victim or figure.victim_side)
        if _share_of_a_toll(figure, victim, told):
            continue
        if key in seen or _told_already(told, figure, victim):
            continue
        seen.add(key)
        told.append((figure, victim))
        for hit in (victim, *figure.co_victims):
            if hit and (hit != CIVILIANS_IRI or figure.active or figure.person_iri):
                victims.append(hit)  # who was killed or hurt was attacked: passive civilians excepted (collateral)
        quote = ctx.text[figure.start : figure.end]
        source = _figure_source(figure, mention)
        claimant = source.claimant if source else None
        figures.append(
            CasualtyFigure(
                status=figure.status,
                evidence=Evidence(figure.start, figure.end, quote, figure.rule, figure.confidence),
                count=figure.count,
                min_count=figure.min_count,
                max_count=figure.max_count,
                victim_iri=victim,
                claimant=claimant,
            )
        )
    # "heavy casualties … 12 killed": the count says it; "killing several … four were killed": each is listed.
    # (State media's "heavy losses" beside a rebel commander's count is a claim of its own: a source no count has.)
    sources = {_source_key(f) for f in figures if _counted(f)}
    figures = [
        f
        for f in figures
        if _counted(f) or _own_losses(f) or not (sources and _covered(f) and _source_key(f) in sources | {None})
    ]
    return figures, victims


_AMONG_RULES = frozenset({"cas.among_dead", "cas.among_dead_one"})


def _share_of_a_toll(figure: FigureMention, victim: str | None, told: list[tuple[FigureMention, str | None]]) -> bool:
    """ "Seven children were among the dead" after "the raids killed 27 civilians": victims of the side a toll told
    before counts are a share of it, no figure of their own; "a shepherd was among the dead" after "11 PKK members
    were killed" is one of another side, listed."""
    if figure.rule not in _AMONG_RULES:
        return False
    mine = victim or figure.victim_side
    return any(
        f.status == figure.status and (mine is None or (who or f.victim_side) in (mine, None))
        for f, who in told
    )


def _source_key(figure: CasualtyFigure) -> str | None:
    """Who gave the figure, comparable across figures (None: stated as fact)."""
    claimant = figure.claimant
    return None if claimant is None else claimant.actor_iri or claimant.name


def _counted(figure: CasualtyFigure | FigureMention) -> bool:
    """The figure gives a number: a count, a least or a most."""
    return bool(figure.count or figure.min_count or figure.max_count)


_ADMITTED = re.compile(r"(?:acknowledg|admit|conced)", re.IGNORECASE)


def _own_losses(figure: CasualtyFigure) -> bool:
    """ "Over 60 terrorists were eliminated … The source acknowledged losses among the defenders": losses a side
    admits are its own, which the count it gives of the enemy's dead does not tell."""
    return figure.count is None and bool(_ADMITTED.match(figure.evidence.quote))


def _covered(figure: CasualtyFigure) -> bool:
    """An unquantified "casualties" beside any count, which tells it. (An uncounted toll of a status, "killing
    several fighters", stays beside a count of it: successive figures are each listed.)"""
    return figure.status == "killed_or_injured"


def _told_already(told: list[tuple[FigureMention, str | None]], figure: FigureMention, victim: str | None) -> bool:
    """ "the killing of three terrorists" in the lead and again in the quoted statement: one figure, told twice."""
    return any(_same_toll(figure, victim, f, who) for f, who in told)


def _named_deaths_once(figures: list[tuple[FigureMention, Mention]]) -> list[tuple[FigureMention, Mention]]:
    """ "A former commander … was killed" and, a sentence later, "Khaled al-Zoubi died": one death, told twice.

    A lone unnamed victim ("a commander", "a member of X") is the person the incident names elsewhere with the
    same status, so only the named figure is kept ("a leader of the Sahwa" … "Sheikh X and two of his guards were
    killed": the count that names him with his men).
    """
    named = [(f, m) for f, m in figures if f.person_iri or f.led_by]
    if len(named) != 1:
        return figures
    person, where = named[0]
    return [
        (f, m)
        for f, m in figures
        if not (
            f.person_iri is None
            and f.count == 1
            and not f.others
            and f.status == person.status
            and m.sentence.index != where.sentence.index
        )
    ]


def _figure_source(figure: FigureMention, mention: Mention) -> Attribution | None:
    """Who a figure is credited to: the sentence's last claimant before it ("The Civil Defence said …, while a
    local activist told us that the toll had risen to four"), else its first claimant."""
    if not mention.attributions:
        return mention.attribution
    before = [a for a in mention.attributions if a.start <= figure.start]
    source = before[-1] if before else mention.attributions[0]
    return None if source.own_voice else source


def _side_participant(
    ctx: ArticleContext, figure: FigureMention, agents: list[str], targets: list[str], repelled: bool = False
) -> str | None:
    if figure.victim_side == "civilians":
        return CIVILIANS_IRI
    if figure.victim_side == "attackers":  # "killing three attackers": the side that attacked
        return agents[0] if agents else None
    # "X attacked Y, killing two fighters": Y's; "Y repelled an attack by X, killing a number of the terrorists": X's
    ordered = agents + targets if figure.active and repelled else targets if figure.active else targets + agents
    for iri in ordered:
        if iri != CIVILIANS_IRI and side_of(ctx.actor_type(iri)) == figure.victim_side:
            return iri
    attacked = [iri for iri in targets if iri != CIVILIANS_IRI]
    if figure.active and len(attacked) == 1:
        return attacked[0]  # the one side attacked lost the fighters, whatever the noun calls them
    return None


def _acting_side(ctx: ArticleContext, claimant: str) -> str | None:
    """Who acted in what a claimant claims: the claimant, or for a news outlet the group that runs it ("its weekly
    newsletter al-Naba claimed 566 attacks": the Islamic State's); an outlet with no known owner acted in nothing."""
    if ctx.actor_type(claimant) != "MediaOutlet":
        return claimant
    outlet = ctx.actors.get(claimant)
    return outlet.parent_iri if outlet else None


def _refine(ctx: ArticleContext, incident: Incident, casualties: list[CasualtyFigure], agents: list[str]) -> str:
    event_type = incident.type
    persons = ctx.persons()
    rules = {m.rule.id for m in incident.mentions if m.type == event_type}
    for refinement in event_rules().refinements:
        if event_type not in refinement.get("from", []):
            continue
        if refinement.get("rules") and not rules & set(refinement["rules"]):
            continue
        if refinement.get("agent_types") and not any(ctx.actor_type(a) in refinement["agent_types"] for a in agents):
            continue
        only = refinement.get("only_agent_types")
        if only and not (agents and all(ctx.actor_type(a) in only for a in agents)):
            continue
        if refinement.get("no_agents") and agents:
            continue
        spared = refinement.get("unless_target_types")
        if spared and any(ctx.actor_type(t) in spared for t in _targets(incident)):
            continue
        told = [ctx.text[m.start : m.end] for m in incident.mentions if m.type == event_type]
        if "trigger_cue" in refinement and not all(re.search(refinement["trigger_cue"], t, re.I) for t in told):
            continue
        if refinement.get("killed") and not any(f.status == "killed" for f in casualties):
            continue
        if refinement.get("person_killed"):
            killed = any(f.status == "killed" and f.victim_iri in persons for f in casualties)
            if not killed:
                continue
        if "sentence_cue" in refinement:  # the cue must be in the incident's own sentences
            text = " ".join(dict.fromkeys(m.sentence.text for m in incident.mentions))
            if re.search(refinement["sentence_cue"], text, re.I):
                event_type = refinement["to"]
            continue
        if "paragraph_cue" not in refinement:
            event_type = refinement["to"]
            continue
        cue = re.compile(refinement["paragraph_cue"], re.I)
        paragraphs = {m.sentence.paragraph for m in incident.mentions}
        text = " ".join(s.text for s in ctx.sentences if s.paragraph in paragraphs)
        if cue.search(text):
            event_type = refinement["to"]
    return event_type
