"""Relations between actors and places, from phrase patterns over entity-masked sentences and from events.

Patterns in ``kg/data/relation_patterns.json`` run over a sentence in which each resolved name is replaced by
a token (``⟦A3⟧`` an actor, ``⟦P5⟧`` a place; "the base", "the region" taking up a place named before are
tokens too), so a pattern reads like the grammar it encodes ("{A}-held town of {P}" → controls) and never
depends on how a name is spelt; shared macros (auxiliaries, appositives, relative clauses, "the city of") let
one rule cover the ways different outlets phrase the same fact. Matches are chained, so a name ending one
statement may begin the next ("A in B, in the countryside of C"). Where a phrase leaves a side implicit, a
rule's form fills it from the context ("its emir, X" → whom "its" stands for; "with air cover provided by X" →
the agents of the action just told; "X and its mercenaries" → the proxies named before); the rule file
documents the forms and the type filters. Events add what they imply: co-agents of a military action fight on
the same side (alliedWith, lifted to a named parent: three PMF brigades and the Iraqi Army → PMF alliedWith
Iraqi Army), and the agents of repeated attacks oppose their targets (one attack is no general hostility).
Relations that naming itself states ("ISIS’ newspaper al-Naba") come from resolution and are kept as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.extraction.anaphora import place_anaphors
from kg.extraction.attribution import AttributionFinder
from kg.extraction.context import ArticleContext
from kg.extraction.dates import DateResolver
from kg.extraction.roles import role_cues
from kg.extraction.rules import Rule, compile_rules, gold_type, rule_file
from kg.extraction.sentences import Sentence
from kg.extraction.signatures import TypeCheck
from kg.extraction.titles import (
    state_for_capital,
    state_for_word,
    state_led_by,
    state_of,
    title_alternation,
    title_object,
)
from kg.extraction.validity import validity
from kg.model import EntitySpan, EventFact, Evidence, RelationFact
from kg.reference import reference_data

RELATION_FILE = "relation_patterns.json"
_TOKEN = re.compile(r"⟦([AP])(\d+)⟧")
_MODIFIER = re.compile(r"[-‐][^\W\d]")  # "⟦A1⟧-backed", "⟦P2⟧-based": a name used as a modifier
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_AREA_AFTER = re.compile(r"\s+(district|province|governorate)\b", re.IGNORECASE)  # "Kifri district"
_AREA_END = re.compile(r"\s(district|province|governorate)$", re.IGNORECASE)
_SMALL_AREA_END = re.compile(r"\s(neighbou?rhood|quarter)$", re.IGNORECASE)  # "the Zein neighbourhood"
_GOVERNING = re.compile(r"\b(?:on|against|to|at|with|by|from|into|towards?|for)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s+")
#: "and Lebanon's ": a capitalised possessor right before a name, which only says whose group is meant
_OWNED_BY_WORD = re.compile(r"(?<![\w\-‐])(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s?\s+$")
_OWNED_ACTOR = re.compile(r"['’]s?\s+⟦A\d+⟧")  # "⟦Lebanon⟧'s ⟦Hezbollah⟧": a possessor owning the next actor
_SYMMETRIC = frozenset({"alliedWith"})
_NOT_ALLIES = frozenset({"supports", "partOf", "memberOf", "commands", "leads"})
_HEADS = frozenset({"commands", "leads"})  # a head of X is more than a member of X
_SIDE_TAKING = frozenset({"alliedWith", "supports", "opposes"})  # relations a unit holds through its parent
_SIDE_KEYS = {side: (side, f"{side}2", f"{side}3") for side in "so"}  # a rule's alternatives name each side anew
#: What "the group", "the militia" at a sentence's start can take up (``subject_pronoun``).
_GROUP_NOUN_TYPES = frozenset({"ArmedGroup", "MilitaryUnit", "Coalition"})
_UNIT_POSSESSIVE = re.compile(r"['’]s?\)?\s+(?:\(\s*[^()]{1,15}?['’]s?\s*\)\s+)?")  # "the army's (SAA's) "


@dataclass(frozen=True)
class _RelationRules:
    patterns: tuple[Rule, ...]
    place_rank: dict[str, int]
    event: dict[str, Any]
    proxies: dict[str, Any]
    subject_pronoun: re.Pattern[str]
    outlet_owner: re.Pattern[str]
    air_arm_word: re.Pattern[str]
    air_arm_name: re.Pattern[str]


@lru_cache(maxsize=1)
def relation_rules() -> _RelationRules:
    data = rule_file(RELATION_FILE)
    macros = {**data.get("macros", {}), "TITLE": title_alternation()}
    return _RelationRules(
        patterns=compile_rules(data["patterns"], macros, RELATION_FILE),
        place_rank={k: int(v) for k, v in data["place_rank"].items()},
        event=data["event_relations"],
        proxies=data["proxies"],
        subject_pronoun=re.compile(data["subject_pronoun"]),
        outlet_owner=re.compile(data.get("outlet_owner", r"(?!)"), re.IGNORECASE),
        air_arm_word=re.compile(data.get("air_arm", {}).get("word", r"(?!)")),
        air_arm_name=re.compile(data.get("air_arm", {}).get("name", r"(?!)")),
    )


@dataclass
class _Masked:
    """A sentence with entity names replaced by tokens, and the way back to article offsets."""

    text: str
    spans: list[EntitySpan]
    offsets: list[int]  # masked index -> article offset (one extra entry for the end)

    def article_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets[start], self.offsets[end - 1] + 1 if end > start else self.offsets[start]

    def entities(self, start: int, end: int, match_end: int | None = None) -> list[EntitySpan]:
        """The entities named in ``[start, end)``; with ``match_end``, not those that only modify a word after
        the match ("a faction of the ⟦Turkish⟧-backed Front": the Front is meant, not Turkey)."""
        return [
            self.spans[int(m.group(2))]
            for m in _TOKEN.finditer(self.text, start, end)
            if (match_end is None or m.end() < match_end or not _MODIFIER.match(self.text, m.end()))
            and not self.possessor(m.end(), end, match_end)
        ]

    def possessor(self, token_end: int, end: int, match_end: int | None) -> bool:
        """Whether the token ending at ``token_end`` only owns the actor named right after it, an actor the
        side holds too or the match stops short of.

        "backed by fighters of Lebanon's Hezbollah and Iraqi militias": the country names whose Hezbollah is
        meant; the side is Hezbollah, not Lebanon. A rule whose match takes the owned actor as its other side
        ("Iran's Quds Force": partOf) keeps the possessor.
        """
        owned = _OWNED_ACTOR.match(self.text, token_end)
        if owned is None:
            return False
        return owned.end() <= end or (match_end is not None and owned.end() > match_end)


def mask(ctx: ArticleContext, sentence: Sentence) -> _Masked:
    """The sentence with each name as one token; "X (ACR)" naming one entity twice is one token.

    A place taken up by a noun phrase ("the base", "the province", "the region") is a token too, standing
    for the place it takes up, so "the base in Anbar province" reads like "Ain al-Asad in Anbar province".
    """
    spans = ctx.spans_in(sentence.start, sentence.end) + place_anaphors(ctx, sentence)
    extra = _state_phrases(ctx, sentence, spans) + _pro_government(ctx, sentence, spans)
    extra += _generic_anaphors(ctx, sentence, spans + extra)
    extra += _noun_modifiers(ctx, sentence, spans + extra)
    extra += _bare_coalition(ctx, sentence, spans + extra)
    extra += _air_arms(ctx, sentence, spans + extra)
    spans = sorted(spans + _subject_pronoun(ctx, sentence) + extra, key=_start)
    parts: list[str] = []
    offsets: list[int] = []
    position = sentence.start
    skip: set[int] = set()
    for index, span in enumerate(spans):
        if index in skip:
            continue
        parts.append(ctx.text[position : span.start])
        offsets.extend(range(position, span.start))
        token = f"⟦{'A' if span.kind == 'actor' else 'P'}{index}⟧"
        end = _acronym_end(ctx, spans, index, sentence.end)
        if end != span.end:
            skip.add(index + 1)
        parts.append(token)
        offsets.extend([span.start] * (len(token) - 1) + [end - 1])
        position = end
    parts.append(ctx.text[position : sentence.end])
    offsets.extend(range(position, sentence.end))
    offsets.append(sentence.end)
    return _Masked("".join(parts), spans, offsets)


def _start(span: EntitySpan) -> int:
    return span.start


def _subject_pronoun(ctx: ArticleContext, sentence: Sentence) -> list[EntitySpan]:
    """A sentence opening with "It"/"They" (``subject_pronoun``) as a token for the previous sentence's subject.

    "Hezbollah is a Lebanese group. It has fought alongside the Syrian army since 2013." The pronoun takes up
    the actor the sentence before is about (its first name not governed by a preposition), if there is one.
    A noun for an organisation ("The group, made up of former officers, has vowed to fight …") takes it up
    only when that actor is an organisation of the kind the noun can name, never a state, a body or a person.
    """
    found = relation_rules().subject_pronoun.match(ctx.text, sentence.start, sentence.end)
    if found is None or ctx.spans_in(found.start(1), found.end(1)):
        return []
    earlier = _previous_subject(ctx, sentence, set())
    if not earlier:
        return []
    if found.group(1) not in ("It", "They") and ctx.actor_type(earlier[0].iri) not in _GROUP_NOUN_TYPES:
        return []
    return [EntitySpan(found.start(1), found.end(1), found.group(1), earlier[0].iri, "actor")]


#: "the Turkish state", "the Iraqi state": a country word and "state" name the State (not "state media").
_STATE_PHRASE = re.compile(
    r"\bthe\s+(?P<word>[A-Z][\w’']+)\s+state\b(?!\s*[-‐])(?!\s+(?:media|television|TV|news|agency|"
    r"broadcaster|channel|newspaper|radio|run|owned|department|prosecutor|budget|company|firm|oil|institutions?|"
    r"officials?|employees|funerals?|visit|secretary|minister|ministry|security|of\s+emergency)\b)"
)


def _state_phrases(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "waged an insurgency against the Turkish state": the State the country word names, as a token.

    Only a State the article names as an actor is taken, and never where a name was already read.
    """
    found = []
    for match in _STATE_PHRASE.finditer(ctx.text, sentence.start, sentence.end):
        start, end = match.start("word"), match.end()
        if any(s.start < end and start < s.end for s in named):
            continue
        iri = state_for_word(match["word"])
        if iri in ctx.actors and ctx.actor_type(iri) == "State":
            found.append(EntitySpan(start, end, ctx.text[start:end], iri, "actor"))
    return found


#: "the pro-government Desert Hawks", "pro-regime militias": the word after "pro-" names the government.
_PRO_GOVERNMENT = re.compile(r"\bpro[-‐](?P<word>government|regime)\b", re.IGNORECASE)


def _pro_government(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "the pro-government Desert Hawks Brigade": "government" as a token for the government the article names.

    Only where the article names exactly one government (a GovernmentBody called "... government" or
    "... regime"), so that "pro-government" cannot be read as a side the text never names.
    """
    governments = [
        iri
        for iri, actor in ctx.actors.items()
        if ctx.actor_type(iri) == "GovernmentBody" and re.search(r"\b(?:government|regime)$", actor.name, re.I)
    ]
    if len(governments) != 1:
        return []
    found = []
    for match in _PRO_GOVERNMENT.finditer(ctx.text, sentence.start, sentence.end):
        start, end = match.start("word"), match.end("word")
        if not any(s.start < end and start < s.end for s in named):
            found.append(EntitySpan(start, end, ctx.text[start:end], governments[0], "actor"))
    return found


#: "the militants", "the jihadists": a bare noun for an armed group the article has just named.
_GENERIC_GROUP = re.compile(r"\bthe\s+(?:militants|jihadists|extremists|insurgents)\b(?!\s*[-‐])", re.IGNORECASE)


def _generic_anaphors(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "Fallujah, which the militants have held since 2014": the armed group the noun takes up, as a token.

    The noun stands for the last armed group named in this sentence or the two before it, and only when that
    window names one armed group, so that "the militants" is never guessed between two sides.
    """
    index = sentence.index  # its position in ctx.sentences
    window_start = ctx.sentences[max(0, index - 2)].start
    found = []
    for match in _GENERIC_GROUP.finditer(ctx.text, sentence.start, sentence.end):
        if any(s.start < match.end() and match.start() < s.end for s in named):
            continue
        groups = {
            s.iri: s
            for s in ctx.spans_in(window_start, match.start(), "actor")
            if ctx.actor_type(s.iri) == "ArmedGroup"
        }
        if len(groups) == 1:
            iri = next(iter(groups))
            found.append(EntitySpan(match.start(), match.end(), match.group(), iri, "actor"))
    return found


#: "the rebel-held town", "the army-held neighbourhoods": a bare common noun before a holding participle.
_NOUN_MODIFIER = re.compile(
    r"(?<![\w\-‐])(?P<word>[a-z]{3,})(?=[-‐](?:held|controlled|run|occupied|dominated|besieged)\b)"
)


def _noun_modifiers(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "the rebel-held town of X": the noun as a token for the one actor the article names by that noun.

    The noun stands for an actor only when the article mentions exactly one actor by that noun, singular or
    plural ("the rebels", "the army"), so that "rebel-held" is read as held by the side the text calls rebels.
    """
    found = []
    for match in _NOUN_MODIFIER.finditer(ctx.text, sentence.start, sentence.end):
        if any(s.start < match.end() and match.start() < s.end for s in named):
            continue
        word = match["word"]
        forms = {word, word + "s", word + "es"}
        actors = {
            iri
            for iri, actor in ctx.actors.items()
            if any(re.sub(r"^the\s+", "", m.text.casefold()) in forms for m in actor.mentions)
        }
        if len(actors) == 1:
            iri = next(iter(actors))
            found.append(EntitySpan(match.start(), match.end(), word, iri, "actor"))
    return found


#: "coalition spokesman Col. X", "the coalition said": the common noun, lowercase, for the one coalition named;
#: capitalised only as a title before a name or a force ("Coalition spokesman Col. X", "Coalition forces"), and
#: never after a capitalised word, where it ends a name the resolver did not know ("the National Coalition").
_BARE_COALITION = re.compile(
    r"(?<![\w\-‐])(?:coalition\b|Coalition(?=\s+(?:spokes(?:man|woman|person)|forces|troops|aircraft|jets|"
    r"warplanes|officials?|commanders?|advisers|advisors)\b))(?!\s*[-‐])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")


def _bare_coalition(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "coalition spokesman Col. X": the lowercase noun as a token for the one coalition the article names.

    Only where the article names exactly one Coalition whose own name says it is one ("the US-led coalition"),
    so that the noun is never guessed between two alliances or read as a government's ruling coalition.
    """
    coalitions = [
        iri
        for iri, actor in ctx.actors.items()
        if ctx.actor_type(iri) == "Coalition" and "coalition" in actor.name.casefold()
    ]
    if len(coalitions) != 1:
        return []
    found = []
    for match in _BARE_COALITION.finditer(ctx.text, sentence.start, sentence.end):
        if match.group().startswith("C") and _CAPITALISED_BEFORE.search(ctx.text, sentence.start, match.start()):
            continue
        if not any(s.start < match.end() and match.start() < s.end for s in named):
            found.append(EntitySpan(match.start(), match.end(), match.group(), coalitions[0], "actor"))
    return found


def _air_arms(ctx: ArticleContext, sentence: Sentence, named: list[EntitySpan]) -> list[EntitySpan]:
    """ "regime forces, backed by Russian air cover": the nationality as a token for that state's air arm.

    Air cover, air strikes and air power come only from an air force, so the bare nationality before them
    names the state's air arm, the actor annotators mark as the backer. It is taken only where the article
    names exactly one air arm of that state (``air_arm.name`` in the rule file), and never over a name the
    resolver already read, so a story that names no air force keeps the word unread.
    """
    rules = relation_rules()
    found = []
    for match in rules.air_arm_word.finditer(ctx.text, sentence.start, sentence.end):
        start, end = match.start("word"), match.end("word")
        if any(s.start < end and start < s.end for s in named):
            continue
        state = state_for_word(match["word"])
        if state is None:
            continue
        arms = [
            iri
            for iri, actor in ctx.actors.items()
            if rules.air_arm_name.search(actor.name) and iri != state and state_of(ctx, iri) == state
        ]
        if len(arms) == 1:
            found.append(EntitySpan(start, end, match["word"], arms[0], "actor"))
    return found


def _acronym_end(ctx: ArticleContext, spans: list[EntitySpan], index: int, limit: int) -> int:
    """Where the name at ``index`` ends, with a bracketed second name of the same entity ("the SNA (SNA)")."""
    span = spans[index]
    if index + 1 < len(spans):
        second = spans[index + 1]
        if second.iri == span.iri and _OPEN.fullmatch(ctx.text, span.end, second.start):
            close = _CLOSE.match(ctx.text, second.end, limit)
            if close:
                return close.end()
    return span.end


def extract_relations(
    ctx: ArticleContext, events: list[EventFact], memberships: list, named: list[RelationFact]
) -> list[RelationFact]:
    """All relations of an article: named (from resolution), patterned, and implied by events; de-duplicated."""
    relations: list[RelationFact] = [r for r in named if _named_in_text(ctx, r)]
    finder = AttributionFinder(ctx.spans, ctx.actors)
    speakers: dict[int, str] = {}  # sentence index -> the actor its first attribution credits
    dates = DateResolver(getattr(getattr(ctx.article, "metadata", None), "published", None))
    for sentence in ctx.sentences:
        attributions = finder.find(sentence)
        claimant = attributions[0].claimant if attributions else None
        if claimant is not None and claimant.actor_iri:
            speakers[sentence.index] = claimant.actor_iri
        sentence_dates = dates.mentions(sentence.text, sentence.start)
        masked = mask(ctx, sentence)
        for rule in relation_rules().patterns:
            for match in _chained_matches(rule.regex, masked.text):
                for relation in _from_match(ctx, rule, match, masked, sentence, events, relations, speakers):
                    relation.attribution = claimant
                    relation.valid_from, relation.valid_until = validity(ctx.text, sentence, relation, sentence_dates)
                    relations.append(relation)
    for membership in memberships:
        relations.append(RelationFact("memberOf", membership.person_iri, membership.group_iri, membership.evidence))
    relations.extend(_organs_named_with_parent(ctx))
    owned = _outlets_of_their_owner(ctx)
    # the possessive a pattern read as another owner ("the group's Amaq" after the SDF was named) is the same
    # possessive: the outlet's known owner is the one it means
    relations = [r for r in relations if not any(_other_owner(r, o) for o in owned)] + owned
    relations.extend(_from_events(ctx, events, relations))
    check = _type_check(ctx)
    return _dedupe([r for r in relations if check.fits(r.predicate, r.subject_iri, r.object_iri)])


def _named_in_text(ctx: ArticleContext, relation: RelationFact) -> bool:
    """Whether the text states a relation that naming gave: a unit's parent must be named with it.

    "the army's 17th Division" and "Brigade 23 of the Hashd" say whose unit it is; a bare "the 4th Division"
    or "the 93rd Brigade" is linked to a force the resolver inferred, which the text does not state.
    """
    if relation.evidence.rule != "unit-of":
        return True
    named = ctx.spans_in(relation.evidence.start, relation.evidence.end, "actor")
    if any(span.iri == relation.object_iri for span in named):
        return True
    # "the regime's 90th Brigade", "the Syrian Arab Army's (SAA's) 4th Division": a possessor of the same
    # State as the parent force names the unit as that force's
    possessor = _possessor_before(ctx, relation.evidence.start)
    if possessor is None:
        return False
    owner = possessor.iri
    state = state_of(ctx, relation.object_iri)
    return owner == relation.object_iri or (state is not None and state_of(ctx, owner) == state)


def _possessor_before(ctx: ArticleContext, position: int) -> EntitySpan | None:
    """The actor named with a possessive right before ``position`` ("the regime's …", "the army's (SAA's) …")."""
    before = ctx.spans_in(max(0, position - 80), position, "actor")
    if before and _UNIT_POSSESSIVE.fullmatch(ctx.text, before[-1].end, position):
        return before[-1]
    return None


#: The head of a body's name that makes it an organ or unit of a parent body: a ministry, an office, a force, a
#: numbered formation. Media centres, aviation wings and fronts are left out: annotators do not tie those.
_ORGAN_HEAD = re.compile(
    r"\b(?:ministry|office|directorate|forces?|brigades?|divisions?|regiments?|battalions?|command)\b", re.IGNORECASE
)


def _organs_named_with_parent(ctx: ArticleContext) -> list[RelationFact]:
    """An organ whose own name carries its parent's states it is part of it.

    "the KRG Ministry of Natural Resources", "the IRGC Ground Force", "the PMF's 110th Brigade", "the UN human
    rights office", "the Ground Force of the Islamic Revolution Guards Corps": the parent the resolver gave the
    organ is named inside the mention (before its head, or after "of"). So is a possessor right before the mention
    ("the regime's 25th Special Mission Forces Division") when it is the parent or a body of the parent's State
    (a State itself only says whose the organ is: "Iraq's Joint Operations Command"). A
    State's own forces and ministries ("the US military", "the Turkish army") are not taken from the name alone:
    annotators leave those out, and "Iraq's Foreign Ministry" is read by the patterns.
    """
    reference = reference_data().actors
    result = []
    for iri, actor in ctx.actors.items():
        parent = actor.parent_iri
        if not parent or actor.type == "Person" or not _ORGAN_HEAD.search(actor.name):
            continue
        parent_actor = ctx.actors.get(parent)  # a parent the article names ("Air Force Intelligence" is no unit
        if parent_actor is None or parent_actor.type == "State":  # of an air force it never mentions)
            continue
        names = {parent_actor.name, *getattr(reference.get(parent), "aliases", ())}
        names.update(m.text for m in parent_actor.mentions)
        names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names)
        inside = re.compile(
            rf"^(?:the\s+)?(?:{alternation})(?:['’]s?)?\s+\S|\bof\s+(?:the\s+)?(?:{alternation})\b"
        )
        for mention in actor.mentions:
            found = inside.search(mention.text)
            if found is not None and _ORGAN_HEAD.search(mention.text):
                evidence = Evidence(mention.start, mention.end, mention.text, "rel.partof.named_with_parent", 0.8)
                result.append(RelationFact("partOf", iri, parent, evidence))
                break
            possessor = _possessor_before(ctx, mention.start)
            if possessor is not None:
                owner = possessor.iri
                state = state_of(ctx, parent)
                # "Iraq's Joint Operations Command" is Iraq's, not said to be part of the body the resolver chose
                same_side = ctx.actor_type(owner) != "State" and state is not None and state_of(ctx, owner) == state
                if owner == parent or (owner != iri and same_side):
                    start = possessor.start
                    evidence = Evidence(start, mention.end, ctx.text[start : mention.end], "rel.partof.possessor", 0.8)
                    result.append(RelationFact("partOf", iri, parent, evidence))
                    break
    return result


def _outlets_of_their_owner(ctx: ArticleContext) -> list[RelationFact]:
    """A group's own outlet named with "its" or "the group's" ("claimed through its Amaq agency") is part of it.

    News names a propaganda outlet by its owner's possessive rather than the owner's name, since the owner was
    named just before; the resolver knows whose outlet it is, so the possessive only has to say it has one,
    and the owner must be named in the article.
    """
    owner_before = relation_rules().outlet_owner
    result = []
    for iri, actor in ctx.actors.items():
        parent = actor.parent_iri
        if actor.type != "MediaOutlet" or not parent or parent not in ctx.actors:
            continue
        for mention in actor.mentions:
            found = owner_before.search(ctx.text, max(0, mention.start - 40), mention.start)
            if found is not None:
                start = found.start()
                evidence = Evidence(start, mention.end, ctx.text[start : mention.end], "rel.partof.owner_outlet", 0.7)
                result.append(RelationFact("partOf", iri, parent, evidence))
                break
    return result


def _other_owner(relation: RelationFact, owned: RelationFact) -> bool:
    """Whether ``relation`` ties the outlet of ``owned`` to another owner, read from the same words."""
    return (
        relation.predicate == "partOf"
        and relation.subject_iri == owned.subject_iri
        and relation.object_iri != owned.object_iri
        and relation.evidence.start < owned.evidence.end
        and owned.evidence.start < relation.evidence.end
    )


def _chained_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may share a name: the next search starts at the last name of the previous match.

    "Kansafra in Jabal al-Zawiya, in the southern countryside of Idlib": the place that ends one statement
    (the container) begins the next (the contained), which non-overlapping matching would lose.
    """
    position = 0
    while position <= len(text):
        match = regex.search(text, position)
        if match is None:
            return
        yield match
        names = [t.start() for t in _TOKEN.finditer(text, match.start(), match.end())]
        position = names[-1] if names and names[-1] > match.start() else max(match.end(), match.start() + 1)


def _from_match(
    ctx: ArticleContext,
    rule: Rule,
    match: re.Match[str],
    masked: _Masked,
    sentence: Sentence,
    events: list[EventFact],
    known: list[RelationFact],
    speakers: dict[int, str] | None = None,
) -> list[RelationFact]:
    groups = match.groupdict()
    subjects = [s for key in _SIDE_KEYS["s"] if groups.get(key) for s in masked.entities(*match.span(key), match.end())]
    if _takes_proxies(str(rule.get("predicate"))):
        subjects += _proxies_named_with(ctx, sentence, subjects, known, masked.article_span(*match.span())[1])
    objects = [o for key in _SIDE_KEYS["o"] if groups.get(key) for o in masked.entities(*match.span(key), match.end())]
    predicate = str(rule.get("predicate"))
    form = _FORMS.get(str(rule.get("form")))
    if form is not None:
        subjects, objects = form(_Found(ctx, rule, match, masked, sentence, events, speakers or {}), subjects, objects)
    if rule.get("form") != "possessor":
        subjects = _of_types(ctx, subjects, rule.get("subject_types"))
    if rule.get("seat_types") and _compiled(str(rule.get("seat_words"))).search(match.group(0)):
        # "the Observatory, which is based in London": a monitor's or an outlet's seat is where it sits, not
        # where it operates (annotators record presence for armed and governing bodies only)
        subjects = [s for s in subjects if not _type_of(ctx, s) & set(rule.get("seat_types", []))]
    if rule.get("object_surface"):  # "the occupied Syrian Golan": what the name itself says
        surface = _compiled(str(rule.get("object_surface")))
        objects = [o for o in objects if surface.search(o.text)]
    if rule.get("subject_surface"):  # "the Sabkha area of Raqqa": the name itself says it is a part
        surface = _compiled(str(rule.get("subject_surface")))
        subjects = [s for s in subjects if surface.search(s.text)]
    if rule.get("state_as_force"):  # "which hosts U.S. and other coalition forces": the state's armed forces
        subjects = [_force_of(ctx, s) for s in subjects]
    if rule.get("force_as_state"):  # "the occupied Golan": a State occupies, through whichever force struck
        subjects = [_state_of_force(ctx, s) for s in subjects]
    if rule.get("subject_ranked"):  # a military rank ("Lieutenant X") says he serves in a force
        subjects = [s for s in subjects if getattr(ctx.actors.get(s.iri), "rank", None)]
    if rule.get("leader_as_force"):  # "fought alongside President X's forces": the forces of the state he leads
        objects = [_force_led_by(ctx, o) for o in objects]
    objects = _of_types(ctx, objects, rule.get("object_types"))
    if predicate in _SIDE_TAKING:
        objects = _lift_units(ctx, sentence, objects)
    start, end = masked.article_span(*match.span())
    start, end = _trim(ctx.text, start, end)
    evidence = Evidence(start, end, ctx.text[start:end], rule.id, rule.confidence)
    country = bool(rule.get("country_container"))
    border = bool(rule.get("border_container"))
    result = []
    for subject in subjects:
        for obj in objects:
            pair = (subject, obj)
            if not _fits(ctx, _predicate_for(ctx, rule, predicate, *pair, match), *pair, country, border):
                pair = (_state_for_country(ctx, subject), _state_for_country(ctx, obj))
            stated = _predicate_for(ctx, rule, predicate, *pair, match)
            if pair[0].iri == pair[1].iri or not _fits(ctx, stated, *pair, country, border):
                continue
            if rule.get("article_entities") and not all(x.iri in ctx.actors or x.iri in ctx.places for x in pair):
                continue  # "Iran's Quds Force" ties the force to a State the article names, not to one it implies
            if rule.get("compass_frames") and stated == "locatedIn" and _compass_part_framing(ctx, *pair):
                continue  # "al-Bab in northern Syria": the region frames the story, as "in Syria" would
            if rule.get("no_compass_container") and _compass_region(ctx, pair[1]):
                continue  # "the Qandil, Asos and Hakurk regions of northern Iraq": where the story is, not a container
            result.append(RelationFact(stated, pair[0].iri, pair[1].iri, evidence))
    return result


@dataclass(frozen=True)
class _Found:
    """A pattern match with what a rule form may consult to fill in a side the phrase leaves implicit."""

    ctx: ArticleContext
    rule: Rule
    match: re.Match[str]
    masked: _Masked
    sentence: Sentence
    events: list[EventFact]
    speakers: dict[int, str] = field(default_factory=dict)  # sentence index -> the actor credited there


_Sides = tuple[list[EntitySpan], list[EntitySpan]]


def _takes_proxies(predicate: str) -> bool:
    """Relations that "X and its mercenaries" state for both: holding, presence and hostility."""
    return predicate in relation_rules().proxies["predicates"]


def _proxies_named_with(
    ctx: ArticleContext, sentence: Sentence, subjects: list[EntitySpan], known: list[RelationFact], limit: int
) -> list[EntitySpan]:
    """The groups "its mercenaries" stands for: those the article already named as the subject's proxies.

    "The Turkish army and its mercenaries from the so-called SNA shelled …"; later "the Turkish army and its
    mercenaries … since they occupied Serêkaniyê": the SNA holds the town too. Only groups an earlier
    sentence tied to the subject by support are taken, so an unnamed "its proxies" adds nobody.
    """
    phrase = _compiled(relation_rules().proxies["after"])
    proxies: list[EntitySpan] = []
    for subject in subjects:
        if not phrase.match(ctx.text, subject.end, limit):
            continue
        for relation in known:
            if relation.predicate == "supports" and relation.subject_iri == subject.iri:
                if ctx.actor_type(relation.object_iri) in ("ArmedGroup", "Other"):
                    proxies.append(_stand_in(ctx, sentence, relation.object_iri))
    return proxies


def _title_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "Secretary of State Mike Pompeo": the object is what the title leads (kg.extraction.titles).

    The title may stand before the name or inside the person's own span ("President Bashar al-Assad" resolved
    as one name), where it is read from the start of the span's text.
    """
    ctx, sentence = found.ctx, found.sentence
    if not subjects:
        return subjects, []
    if found.match.groupdict().get("title"):
        title_start, _ = found.masked.article_span(*found.match.span("title"))
        title = found.match["title"]
        if found.match.groupdict().get("at"):  # "President Putin and his Turkish counterpart X": his own country
            title_start, _ = found.masked.article_span(*found.match.span("at"))
    else:
        inner = _compiled(rf"^(?:{title_alternation()})\b").match(subjects[0].text)
        if inner is None:
            return subjects, []
        title_start, title = subjects[0].start, inner.group()
    target = title_object(ctx, sentence, title_start, title, subjects[0])
    if target is None:
        return subjects, []
    if target not in ctx.actors:  # a state the country word before the title names, not named otherwise
        return subjects, [EntitySpan(title_start, title_start + len(title), title, target, "actor")]
    return subjects, [_stand_in(ctx, sentence, target)]


def _possessor_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "the claims the group published through its Amaq": the object is whom "its" stands for.

    "its" takes up the actor the clause is about, so a name governed by a preposition ("an attack on the
    PMF's 35th Brigade … published by its Amaq") is passed over for the nearest one that is not.
    """
    ctx, sentence = found.ctx, found.sentence
    if found.rule.get("side") == "s":  # "its ninth observation post, at Morek": the possessor is the subject
        start = found.masked.article_span(*found.match.span())[0]
        return _possessor(found, start, {o.iri for o in objects}, set()), objects
    wanted = set(found.rule.get("subject_types", []))
    subjects = [s for s in subjects if not wanted or ctx.actors[s.iri].type in wanted]
    start = subjects[0].start if subjects else sentence.start
    return subjects, _possessor(found, start, {x.iri for x in subjects}, wanted)


def _named_noun_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "the command's spokesman, Brig. Gen. X", "a commander of the brigade, Hajj X": a bare noun stands for the
    last organisation named before whose own name holds that noun ("the Joint Operations Command", "the PMF's
    47th Brigade"), not for the nearest name, which is often another body ("Troops of the CTS, backed by
    fighters of the PMF, …, the command's spokesman said")."""
    ctx, groups = found.ctx, found.match.groupdict()
    key = next((k for k in ("noun", "noun2") if groups.get(k)), None)
    if key is None:
        return subjects, []
    noun = re.compile(rf"\b{re.escape(groups[key])}\b", re.IGNORECASE)
    start = found.masked.article_span(*found.match.span())[0]
    own = {s.iri for s in subjects}
    named = [
        s
        for s in ctx.spans_in(0, start, "actor")
        if s.iri not in own and ctx.actors[s.iri].type != "Person" and noun.search(s.text)
    ]
    return subjects, named[-1:]


def _possessor(found: _Found, before: int, own: set[str], excluded_types: set[str]) -> list[EntitySpan]:
    """The actor "its" (named before ``before``) stands for: the nearest one not governed by a preposition.

    Only an organisation of the kind the possessive names (``possessor_types``, else ``object_types``) can be
    meant ("the militia's leader"); with ``possessor_back``, the previous sentence's subject when this sentence
    names no one before.
    """
    ctx, sentence = found.ctx, found.sentence
    kinds = found.rule.get("possessor_types") or found.rule.get("object_types")
    earlier = [
        s
        for s in ctx.spans_in(sentence.start, before, "actor")
        if ctx.actors[s.iri].type not in excluded_types and s.iri not in own
    ]
    earlier = _of_types(ctx, earlier, kinds)
    free = _ungoverned(ctx, earlier)
    if not earlier and found.rule.get("possessor_back"):  # "The YPG is its Syrian offshoot." after the PKK's
        speaker = _previous_speaker(found, own, kinds) if found.rule.get("speaker_back") else []
        return speaker or _previous_subject(ctx, sentence, own, kinds)
    return (free or earlier)[-1:]


def _previous_speaker(found: _Found, own: set[str], kinds: list[str] | None) -> list[EntitySpan]:
    """ "…, which is controlled by formations of the Ahrar al-Sham group, the ministry said. Its official spokesman,
    X, …": a spokesman's "its" takes up the body that has just spoken, not the first name of its report."""
    ctx, sentence = found.ctx, found.sentence
    iri = found.speakers.get(sentence.index - 1)
    if iri is None or iri in own:
        return []
    named = [s for s in ctx.spans_in(0, sentence.start, "actor") if s.iri == iri]
    return _of_types(ctx, named, kinds)[-1:]


def _previous_subject(
    ctx: ArticleContext, sentence: Sentence, own: set[str], kinds: list[str] | None = None
) -> list[EntitySpan]:
    """The actor the previous sentence is about: its first name not governed by a preposition.

    With ``kinds`` (a possessive that names its kind), the first name of that kind, governed or not: in
    "According to the Russian Ministry of Defence, Russian aircraft flew … The ministry's spokesman said",
    only the ministry is a ministry, though a preposition governs it.
    """
    index = sentence.index  # its position in ctx.sentences
    if index == 0:
        return []
    before = ctx.sentences[index - 1]
    names = [s for s in ctx.spans_in(before.start, before.end, "actor") if s.iri not in own]
    free = _ungoverned(ctx, names)
    if not kinds:
        return free[:1]
    typed = _of_types(ctx, names, kinds)
    return ([s for s in typed if s in free] or typed)[:1]


def _ungoverned(ctx: ArticleContext, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The names no preposition governs: the candidates for a clause's subject."""
    return [s for s in spans if not _governed(ctx, s)]


def _governed(ctx: ArticleContext, span: EntitySpan) -> bool:
    """Whether a preposition, or a possessor that a preposition governs, stands right before the name."""
    start = span.start
    for other in ctx.spans_in(max(0, span.start - 80), span.start, "actor"):
        if _POSSESSIVE.fullmatch(ctx.text, other.end, span.start):
            start = other.start  # "on the PMF' 35th Brigade": the possessor stands where the unit would
    return bool(_GOVERNING.search(ctx.text, max(0, start - 30), start))


def _event_agents_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "these efforts are being supported by reinforcements from X": X supports those who make the efforts.

    The efforts are the last ones told with a known agent other than X: an action told without one ("government
    forces advanced …", the forces unnamed) gives no side to back, and the operation meant is the one whose
    makers the text named ("Units of the Syrian army took the town … The operation was supported by X").
    """
    own = {s.iri for s in subjects}
    earlier = [
        e for e in found.events if e.evidence.start < found.sentence.start and any(a not in own for a in e.agents)
    ]
    agents = [a for a in earlier[-1].agents if a not in own] if earlier else []
    if found.rule.get("first_agent"):  # the side that made the efforts, not the units and officers named with it
        agents = agents[:1]
    return subjects, [_stand_in(found.ctx, found.sentence, a) for a in agents]


def _named_state_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "Iran-aligned factions, including X": the state the group's own name ties it to stands in for it."""
    pattern = str(found.rule.get("name_pattern"))
    if found.rule.get("side") == "s":
        return [state for s in subjects if (state := _named_state(found.ctx, s, pattern))], objects
    return subjects, [state for o in objects if (state := _named_state(found.ctx, o, pattern))]


def _recent_agents_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "…, with air cover provided by X": X backs the side of the last action told with a known agent.

    The action is told in this sentence or the ``sentences_back`` before it; with side "s" its agents are the
    subjects instead ("from the direction of the occupied X"); with event_role "targets" its targets are taken
    ("Lieutenant X was among the dead": a member of the side that lost him). An action whose only agents are
    the phrase's own side is passed over; with first_agent only the first agent named is taken.
    """
    ctx, sentence = found.ctx, found.sentence
    match_start = found.masked.article_span(*found.match.span())[0]
    index = sentence.index  # its position in ctx.sentences
    since = ctx.sentences[max(0, index - int(found.rule.get("sentences_back", 1)))].start
    role = "targets" if found.rule.get("event_role") == "targets" else "agents"
    own = {o.iri for o in objects} if found.rule.get("side") == "s" else {s.iri for s in subjects}
    # an action whose only agents are the phrase's own side is not the one it backs ("the Coalition's strikes, in
    # support of an ISF clearance operation": the operation is the ISF's own)
    told = [
        e
        for e in found.events
        if since <= e.evidence.start < match_start and any(a not in own for a in getattr(e, role))
    ]
    agents = [a for a in getattr(told[-1], role) if a in ctx.actors and a not in own] if told else []
    if found.rule.get("first_agent"):  # the clause's own subject, not co-agents read around it
        agents = agents[:1]
    if found.rule.get("side") == "s":
        return [_stand_in(ctx, sentence, a) for a in agents], objects
    return subjects, [_stand_in(ctx, sentence, a) for a in agents]


def _earlier_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "the umbrella that includes both factions": the last ``count`` other actors named before, in the sentence."""
    ctx = found.ctx
    first = min((o.start for o in objects), default=found.sentence.start)
    own = {o.iri for o in objects}
    named: list[EntitySpan] = []
    for span in reversed(ctx.spans_in(found.sentence.start, first, "actor")):
        if span.iri not in own and span.iri not in {n.iri for n in named}:
            named.insert(0, span)
    return _of_types(ctx, named, found.rule.get("subject_types"))[-int(found.rule.get("count", 1)) :], objects


def _clause_subject_form(found: _Found, subjects: list[EntitySpan], objects: list[EntitySpan]) -> _Sides:
    """ "the army … launched an offensive on the pocket, backed by Russian air strikes": the backed side is the
    sentence's subject, its first actor before the match that no preposition governs.

    A participle closing the clause describes the clause's subject, however many objects and places come
    between. With ``foreign_backer`` the backer must belong to another state than the side backed: a state's
    own helicopters backing its troops are annotated as agents of the same operation, not as its backers.
    """
    ctx, sentence = found.ctx, found.sentence
    match_start = found.masked.article_span(*found.match.span())[0]
    own = {s.iri for s in subjects}
    names = [s for s in ctx.spans_in(sentence.start, match_start, "actor") if s.iri not in own]
    free = _ungoverned(ctx, names)[:1]
    if found.rule.get("foreign_backer"):
        backers = {state_of(ctx, s.iri) for s in subjects}
        free = [o for o in free if (state := state_of(ctx, o.iri)) is None or state not in backers]
    return subjects, free


_FORMS = {
    "title": _title_form,
    "clause_subject": _clause_subject_form,
    "possessor": _possessor_form,
    "named_noun": _named_noun_form,
    "event_agents": _event_agents_form,
    "named_state": _named_state_form,
    "recent_agents": _recent_agents_form,
    "earlier": _earlier_form,
}


def _predicate_for(
    ctx: ArticleContext,
    rule: Rule,
    default: str,
    subject: EntitySpan,
    obj: EntitySpan,
    match: re.Match[str] | None = None,
) -> str:
    """The predicate a phrase states for these two entities: ``predicate_by_type`` cases, first fitting one wins.

    "X is part of Y" makes a state or a person a member (memberOf), and an armed group a component (partOf)
    of another organisation, while anything in a coalition is a member of it. A case with ``matched`` fits when
    the phrase itself says so (that group of the match is set: "X, an umbrella of factions including A" makes
    A a member, whatever type X was resolved to).
    """
    for case in rule.get("predicate_by_type", []):
        if case.get("matched") and not (match is not None and match.groupdict().get(str(case["matched"]))):
            continue
        if case.get("subject_ranked") and not _ranked(ctx, subject):
            continue
        if _of_types(ctx, [subject], case.get("subject_types")) and _of_types(ctx, [obj], case.get("object_types")):
            return str(case["predicate"])
    return default


def _ranked(ctx: ArticleContext, person: EntitySpan) -> bool:
    """Whether the text gives this person a military rank, at this mention or when the resolver minted him.

    "X, led by Brig. Gen. Y": an officer at the head of a unit commands it, as the gold reads it, while a man
    named without a rank ("the 4th Division, led by Maher al-Assad") leads it. The rank list is the resolver's
    (``ranks`` in ``kg/data/actor_patterns.json``), so both read the same words as ranks.
    """
    if getattr(ctx.actors.get(person.iri), "rank", None):
        return True
    at_start, before = _rank_patterns()
    return bool(at_start.match(person.text) or before.search(ctx.text, max(0, person.start - 40), person.start))


@lru_cache(maxsize=1)
def _rank_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rank opening a mention ("Col. X"), and one right before it ("Brig. Gen. " ending the text before)."""
    from kg.resolution.data import alternation, load  # the resolver's rank list, read once

    ranks = alternation(load("actor_patterns")["ranks"])
    return re.compile(rf"(?:{ranks})\s+\S"), re.compile(rf"(?<![\w.])(?:{ranks})\s+$")


def _lift_units(ctx: ArticleContext, sentence: Sentence, spans: list[EntitySpan]) -> list[EntitySpan]:
    """Units stand for their parent when the text names it as theirs ("the PMF's 20th and 24th brigades, backed by X").

    Who backs, allies with or fights a unit does so with the organisation the text places it in, as the
    co-agents of an event are lifted to a named parent. Only the side acted upon is lifted: the backer itself
    is named as precisely as the text names it ("backed by the Diyala Operations Command of the Iraqi army").
    """
    named = ctx.spans_in(sentence.start, sentence.end, "actor")
    lifted: list[EntitySpan] = []
    for span in spans:
        actor = ctx.actors.get(span.iri)
        # a formation stands for its force; a group with a name of its own ("the Iran-backed Badr
        # Organisation", in the PMF) is backed as itself
        parent = actor.parent_iri if actor and gold_type(actor.type) == "MilitaryUnit" else None
        owner = _owner_named(ctx, named, span, parent) if parent else None
        chosen = owner or span
        if chosen.iri not in {x.iri for x in lifted}:
            lifted.append(chosen)
    return lifted


_UNIT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
_OWNER_BEFORE = re.compile(r"['’]s?\s+(?:own\s+)?(?:the\s+)?")
_OWNER_AFTER = re.compile(r"\s+(?:of|from|in|within)\s+(?:the\s+)?")


def _owner_named(ctx: ArticleContext, named: list[EntitySpan], span: EntitySpan, parent: str) -> EntitySpan | None:
    """The parent named as the owner of the unit or of the list of units it stands in, or ``None``.

    "the PMF's 20th and 24th brigades", "the 4th Brigade of the army": the text places the units in their
    force. A parent named elsewhere in the sentence does not ("Russian-backed militias of the so-called
    'Tiger Forces' and regime forces captured …": the Tiger Forces are backed, not the army).
    """
    index = next((i for i, s in enumerate(named) if s.start == span.start and s.iri == span.iri), None)
    if index is None:
        return None
    first = last = index
    while first > 0 and _UNIT_LIST_GAP.fullmatch(ctx.text, named[first - 1].end, named[first].start):
        first -= 1
    while last + 1 < len(named) and _UNIT_LIST_GAP.fullmatch(ctx.text, named[last].end, named[last + 1].start):
        last += 1
    if first > 0 and named[first - 1].iri == parent:
        if _OWNER_BEFORE.fullmatch(ctx.text, named[first - 1].end, named[first].start):
            return named[first - 1]
    if last + 1 < len(named) and named[last + 1].iri == parent:
        if _OWNER_AFTER.fullmatch(ctx.text, named[last].end, named[last + 1].start):
            return named[last + 1]
    return None


def _of_types(ctx: ArticleContext, spans: list[EntitySpan], wanted: list[str] | None) -> list[EntitySpan]:
    """The spans whose entity has one of the ``wanted`` types (a ckg class or its annotation-format type)."""
    if not wanted:
        return spans
    kept = []
    for span in spans:
        if not _type_of(ctx, span) & set(wanted):
            span = _state_for_country(ctx, span)  # "a sworn enemy of Israel": the state the country names
        if _type_of(ctx, span) & set(wanted):
            kept.append(span)
    return kept


def _type_of(ctx: ArticleContext, span: EntitySpan) -> set[str]:
    """The entity's ckg class and annotation-format type (the article's entities, then the reference)."""
    reference = reference_data()
    entity = (
        ctx.actors.get(span.iri)
        or ctx.places.get(span.iri)
        or reference.actors.get(span.iri)
        or reference.places.get(span.iri)
    )
    return {entity.type, gold_type(entity.type)} if entity is not None else set()


def _state_for_country(ctx: ArticleContext, span: EntitySpan) -> EntitySpan:
    """A country or a capital named where a relation needs an actor stands for its state.

    "Iran-aligned factions", "a key ally of the United States", "an ally of Damascus": the text names the
    state by its territory or its seat of government. The State the article names under the country's name is
    taken; failing that, the reference State of that country or capital, which the text names all the same.
    """
    from kg.resolution.names import normalize_name  # resolution's name folding, as titles.py uses it

    if span.kind != "place" or span.iri not in ctx.places:
        return span
    name = normalize_name(ctx.places[span.iri].name)
    if ctx.place_type(span.iri) == "Country":
        state = next(
            (iri for iri, a in ctx.actors.items() if gold_type(a.type) == "State" and normalize_name(a.name) == name),
            None,
        ) or state_for_word(ctx.places[span.iri].name)
    else:
        state = state_for_capital(ctx.places[span.iri].name)
    return EntitySpan(span.start, span.end, span.text, state, "actor") if state else span


def _state_of_force(ctx: ArticleContext, span: EntitySpan) -> EntitySpan:
    """The State a force belongs to, when the article names that State as an actor; else the force itself."""
    if ctx.actor_type(span.iri) == "State":
        return span
    state = state_of(ctx, span.iri)
    if state is None or state not in ctx.actors:
        return span
    return EntitySpan(span.start, span.end, span.text, state, "actor")


def _force_of(ctx: ArticleContext, span: EntitySpan) -> EntitySpan:
    """A State named as the owner of troops stands for its armed forces, when the article names them once.

    The state may be named by its country ("Turkey, which keeps troops near Bashiqa", Turkey read as a place).
    """
    span = _state_for_country(ctx, span)
    if ctx.actor_type(span.iri) != "State":
        return span
    forces = [iri for iri, a in ctx.actors.items() if a.parent_iri == span.iri and ctx.actor_type(iri) == "StateForce"]
    return EntitySpan(span.start, span.end, span.text, forces[0], "actor") if len(forces) == 1 else span


def _force_led_by(ctx: ArticleContext, span: EntitySpan) -> EntitySpan:
    """A head of state named where his side is meant stands for his state's armed forces.

    "fought alongside President Bashar al-Assad's forces", "alongside the troops of Erdogan": the forces are the
    one state force of his State the article names; failing that, or for anyone who leads no state, the name is
    kept.
    """
    if ctx.actor_type(span.iri) != "Person":
        return span
    state = state_led_by(ctx, span.iri)
    if state is None:
        return span
    forces = [iri for iri in ctx.actors if ctx.actor_type(iri) == "StateForce" and state_of(ctx, iri) == state]
    return EntitySpan(span.start, span.end, span.text, forces[0], "actor") if len(forces) == 1 else span


def _named_state(ctx: ArticleContext, span: EntitySpan, name_pattern: str) -> EntitySpan | None:
    """The State a country word in the entity's own surface names (``name_pattern`` group ``country``).

    Failing a country, the word may be another actor's name as the article writes it ("IRGC-backed militia
    groups" after "Iran's Islamic Revolutionary Guard Corps (IRGC)").
    """
    found = _compiled(name_pattern).search(span.text)
    if not found:
        return None
    iri = state_for_word(found["country"]) or _actor_named(ctx, found["country"], span.iri)
    if iri is None or iri not in ctx.actors:
        return None
    return EntitySpan(span.start, span.end, span.text, iri, "actor")


def _actor_named(ctx: ArticleContext, word: str, other_than: str) -> str | None:
    """The one actor of the article, other than ``other_than``, with a mention written exactly ``word``."""
    folded = word.casefold()
    named = {
        iri
        for iri, actor in ctx.actors.items()
        if iri != other_than and any(m.text.casefold() == folded for m in actor.mentions)
    }
    return next(iter(named)) if len(named) == 1 else None


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _stand_in(ctx: ArticleContext, sentence: Sentence, iri: str) -> EntitySpan:
    """A span naming ``iri``: in the sentence if it is named there, else its first mention in the article."""
    here = [s for s in ctx.spans_in(sentence.start, sentence.end, "actor") if s.iri == iri]
    if here:
        return here[0]
    mentions = ctx.actors[iri].mentions
    if not mentions:
        return next(s for s in ctx.spans if s.iri == iri)
    return EntitySpan(mentions[0].start, mentions[0].end, mentions[0].text, iri, "actor")


def _fits(
    ctx: ArticleContext,
    predicate: str,
    subject: EntitySpan,
    obj: EntitySpan,
    country: bool = False,
    border: bool = False,
) -> bool:
    """Classes and sizes must agree: the ontology's domain and range, and a place lies in one no smaller.

    A country contains a place only for a rule marked ``country_container``: "in Syria" mostly frames a story,
    while "the town of X, inside Syrian territory" states across which border X lies. A border contains a place
    only for a rule marked ``border_container``: a town "on the border" lies by the line, while a crossing or a
    camp "on the border with Syria" is a site of the border itself.
    """
    if not _type_check(ctx).fits(predicate, subject.iri, obj.iri):
        return False
    if predicate == "locatedIn":
        inner, outer = _rank(ctx, subject, inner=True), _rank(ctx, obj, named=True)
        # a governorate lies in no other governorate ("Huweija in Kirkuk and Ana in Anbar" is a list)
        fits = outer > inner or (outer == inner and inner < relation_rules().place_rank["Governorate"])
        # nor in a border: "the Lebanese border town of Arsal" lies by the border, a line that contains nothing
        container = ctx.place_type(obj.iri)
        return fits and (container != "Border" or border) and (container != "Country" or (country and inner < outer))
    return True


def _compass_part_framing(ctx: ArticleContext, subject: EntitySpan, obj: EntitySpan) -> bool:
    """ "the town of al-Bab in northern Syria": a compass part of a country frames the story like the country does.

    The region ("Northern Syria", a part of Syria) contains the place only when nothing smaller is known to: a
    town whose governorate is known lies in that governorate, and "in northern Syria" only says where the
    story is; "the Qandil Mountains in northern Iraq", known only as in Iraq, are placed by the region.
    """
    place = ctx.places.get(subject.iri)
    if place is None or not _compass_region(ctx, obj):
        return False
    parent = reference_data().places.get(place.parent_iri) if place.parent_iri else None
    return parent is not None and parent.type != "Country" and parent.iri != obj.iri


def _compass_region(ctx: ArticleContext, span: EntitySpan) -> bool:
    """Whether the place is a compass part of a country ("northern Iraq"), which frames a story like the country."""
    region = ctx.places.get(span.iri)
    if region is None or region.type != "Region" or not region.parent_iri:
        return False
    country = reference_data().places.get(region.parent_iri)
    return country is not None and country.type == "Country"


def _rank(ctx: ArticleContext, span: EntitySpan, named: bool = False, inner: bool = False) -> int:
    """A place's size class; with ``named``, at least the size of the area word that follows its name.

    "the Sarqala subdistrict of Kifri district": the name may resolve to the town while the text speaks of
    the district of the same name, which is the larger container the relation is about. With ``inner``, at
    most the size of a small-area word its own surface ends in ("the Zein neighbourhood", typed a Region
    because nothing else is known of it, still lies in "the Yarmouk camp").
    """
    rank = relation_rules().place_rank
    own = rank.get(_place_class(ctx, span.iri), rank.get(ctx.place_type(span.iri), 2))
    if inner:
        word = _SMALL_AREA_END.search(span.text)
        return min(own, rank.get(word.group(1).casefold(), own)) if word else own
    if not named:
        return own
    word = _AREA_AFTER.match(ctx.text, span.end) or _AREA_END.search(span.text)
    return max(own, rank.get(word.group(1).casefold(), own)) if word else own


def _place_class(ctx: ArticleContext, iri: str) -> str:
    place = ctx.places.get(iri)
    return place.type if place else ""


def _type_check(ctx: ArticleContext) -> TypeCheck:
    types = {iri: actor.type for iri, actor in ctx.actors.items()}
    types.update((iri, place.type) for iri, place in ctx.places.items())
    return TypeCheck(types)


def _from_events(ctx: ArticleContext, events: list[EventFact], known: list[RelationFact]) -> list[RelationFact]:
    rules = relation_rules().event
    # a backer, a parent or a person's own group is not an ally: the text already says how they are tied
    supports = {(r.subject_iri, r.object_iri) for r in known if r.predicate in _NOT_ALLIES}
    # factions the text puts in one umbrella ("the operations room, which groups A, B and C") act as one side
    umbrellas: dict[str, set[str]] = {}
    for relation in known:
        if relation.predicate in ("partOf", "memberOf") and ctx.actor_type(relation.subject_iri) != "Person":
            umbrellas.setdefault(relation.subject_iri, set()).add(relation.object_iri)
    result: list[RelationFact] = []
    for event in events:
        evidence = Evidence(
            event.evidence.start,
            event.evidence.end,
            event.evidence.quote,
            "rel.event." + event.type,
            round(event.evidence.confidence * 0.8, 2),
        )
        if event.type in rules["opposes_types"] and _compiled(rules["opposes_repeated"]).search(event.evidence.quote):
            marked = _marked_targets(ctx, event, re.compile(rules["opposes_marker"], re.I))
            for agent in event.agents:
                for target in event.targets:
                    if target in marked and ctx.actor_type(target) != "Person" and agent != target:
                        result.append(RelationFact("opposes", agent, target, evidence, attribution=event.attribution))
        if event.type in rules["allied_types"] and len(event.agents) > 1:
            for chain in _coordinated_agents(ctx, event):
                lifted = _lift(ctx, event, chain)
                for i, first in enumerate(lifted):
                    for second in lifted[i + 1 :]:
                        if first == second or (first, second) in supports or (second, first) in supports:
                            continue
                        if "Person" in (ctx.actor_type(first), ctx.actor_type(second)):
                            continue  # a spokesman quoted with his cell, a commander with his men
                        if _one_state(ctx, first, second) or not _allied_kinds(ctx, first, second):
                            continue
                        if umbrellas.get(first, set()) & umbrellas.get(second, set()):
                            continue
                        ally, partner = _junior_first(ctx, first, second)
                        relation = RelationFact("alliedWith", ally, partner, evidence, attribution=event.attribution)
                        result.append(relation)
    return result


def _one_state(ctx: ArticleContext, first: str, second: str) -> bool:
    """Whether two co-agents are forces or bodies of one State ("the Counter-Terrorism Service and the army").

    Branches of one state's forces acting together are one side, not allies; a militia or a force with no
    state above it (the PMF, the NDF) may still be the army's ally.
    """
    state = state_of(ctx, first)
    return state is not None and state == state_of(ctx, second)


def _allied_kinds(ctx: ArticleContext, first: str, second: str) -> bool:
    """Whether two co-agents are of kinds that fight as allies when named together (``allied_pairs``).

    "The army and allied militias stormed …": a non-state armed group acting with a state's force is its
    ally. Two armed groups storming a town together ("Ahrar al-Sham and the FSA") or the forces of two states
    striking together ("Russian and Syrian warplanes") are told as allies only where the text says so.
    """
    pairs = relation_rules().event.get("allied_pairs")
    if not pairs:
        return True
    return any(
        {one, other} == set(pair)
        for one in _allied_kinds_of(ctx, first)
        for other in _allied_kinds_of(ctx, second)
        for pair in pairs
    )


def _allied_kinds_of(ctx: ArticleContext, iri: str) -> set[str]:
    """The kinds an actor may pair as for ``allied_pairs``: a force no state stands above (the PMF) is a state's
    force that fights beside an army as a militia does, so it may pair as either."""
    kind = ctx.actor_type(iri)
    if kind == "StateForce" and state_of(ctx, iri) is None:
        return {"StateForce", "ArmedGroup"}
    return {kind}


def _junior_first(ctx: ArticleContext, first: str, second: str) -> tuple[str, str]:
    """Co-agents as the phrase patterns state an alliance: the auxiliary side allied with the main one.

    "its ally, the NDF", "a key partner of the coalition", "the pro-Iranian group" all make the militia or
    group the subject and the army, state or coalition the object; two co-agents named side by side get the
    same order by their kind (``allied_order``), keeping the text's order between equals.
    """
    order = relation_rules().event.get("allied_order", {})
    first_rank = order.get(ctx.actor_type(first), len(order))
    second_rank = order.get(ctx.actor_type(second), len(order))
    return (second, first) if second_rank < first_rank else (first, second)


def _coordinated_agents(ctx: ArticleContext, event: EventFact) -> list[list[str]]:
    """Agents the evidence names side by side ("A and B launched", "A, B as well as units of C").

    Only agents joined by coordination fight on one side; agents gathered from different clauses or
    sentences (a victim misread as an actor, a claimant) are not allies.
    """
    coordination = role_cues().coordination
    victims = _compiled(str(relation_rules().event.get("victims_after", r"(?!)")))
    backers = _compiled(str(relation_rules().event.get("backers_before", r"(?!)")))
    sides = _compiled(str(relation_rules().event.get("sides_before", r"(?!)")))
    spans = [s for s in ctx.spans_in(event.evidence.start, event.evidence.end, "actor")]
    chains: list[list[str]] = []
    ends: list[int] = []  # where each chain's last name ends
    backing: list[bool] = []  # whether the chain follows "backed by": the list names backers, not fighters
    last = None  # the last agent span of the current chain
    owner_start: int | None = None  # where a possessor before the current span begins ("Lebanon's")
    for index, span in enumerate(spans):
        if last is not None and ctx.actors.get(last.iri) and ctx.actors[last.iri].parent_iri == span.iri:
            continue  # "the 110th Brigade of the PMF": the parent only says whose unit it is
        if _owns_next(ctx, spans, index):
            # "Iran's Quds Force and Lebanon's Hezbollah": the country only says whose group is meant; it is
            # neither a side of the fight nor a break in the list of sides
            owner_start = span.start if owner_start is None else owner_start
            continue
        opening = _owner_opening(ctx, span) if owner_start is None else owner_start
        owner_start = None
        if span.iri not in event.agents:
            last = None
            continue
        if last is not None and coordination.fullmatch(_gap(ctx, last, span, opening)):
            if span.iri not in chains[-1]:
                chains[-1].append(span.iri)
        else:
            chains.append([span.iri])
            ends.append(span.end)
            before = (max(0, opening - 40), opening)  # "backed by Lebanon's Hezbollah": before the owner
            # "clashes between X and Y": the two sides of the fight, not partners
            backing.append(bool(backers.search(ctx.text, *before) or sides.search(ctx.text, *before)))
        ends[-1] = span.end
        last = span
    # "the number of regime soldiers and pro-regime militiamen killed": names of the fallen fight on one
    # side only if the text says so, not because they died in the same attacks; "the rebels, supported by
    # Saudi Arabia, Turkey and Qatar, stormed …": states that back one side are each its backer, and
    # backing the same side does not make them allies of each other; "fighting between X and Y" names foes
    return [
        chain
        for chain, end, backed in zip(chains, ends, backing, strict=True)
        if len(chain) > 1 and not backed and not victims.match(ctx.text, end, event.evidence.end)
    ]


def _owns_next(ctx: ArticleContext, spans: list[EntitySpan], index: int) -> bool:
    """Whether the name at ``index`` is a possessor of the actor named right after it ("Lebanon's Hezbollah")."""
    if index + 1 >= len(spans) or spans[index + 1].kind != "actor":
        return False
    return _POSSESSIVE.fullmatch(ctx.text, spans[index].end, spans[index + 1].start) is not None


def _owner_opening(ctx: ArticleContext, span: EntitySpan) -> int:
    """Where the name opens with the owner it is told with ("Lebanon's Hezbollah"), a possessor no name read."""
    found = _OWNED_BY_WORD.search(ctx.text, max(0, span.start - 40), span.start)
    return found.start() if found else span.start


def _gap(ctx: ArticleContext, first: EntitySpan, second: EntitySpan, end: int | None = None) -> str:
    """Text between two names, with a parent named in between left out ("of the PMF"); ``end`` stops it
    before a possessor that opens the second name ("and ⟦Lebanon⟧'s ⟦Hezbollah⟧")."""
    if end is not None and end != second.start:
        return ctx.text[first.end : end]
    text = ctx.text[first.end : second.start]
    for span in ctx.spans_in(first.end, second.start, "actor"):
        if ctx.actors.get(first.iri) and ctx.actors[first.iri].parent_iri == span.iri:
            pre = ctx.text[first.end : span.start]
            return re.sub(r"\s+(?:of|from)\s+(?:the\s+)?$", "", pre) + ctx.text[span.end : second.start]
    return text


def _marked_targets(ctx: ArticleContext, event: EventFact, marker: re.Pattern[str]) -> set[str]:
    """Targets the evidence names as attacked sides ("positions of X", "against X"), not just hit or killed."""
    marked = set()
    for span in ctx.spans_in(event.evidence.start, event.evidence.end, "actor"):
        if span.iri in event.targets and marker.search(ctx.text[max(0, span.start - 40) : span.start]):
            marked.add(span.iri)
    return marked


def _lift(ctx: ArticleContext, event: EventFact, agents: list[str]) -> list[str]:
    """Co-agents, each replaced by its parent when the parent is named in the event's evidence."""
    named = {s.iri for s in ctx.spans_in(event.evidence.start, event.evidence.end, "actor")}
    lifted: list[str] = []
    for agent in agents:
        actor = ctx.actors.get(agent)
        parent = actor.parent_iri if actor else None
        value = parent if parent in named and parent in event.agents or parent in named else agent
        if value not in lifted:
            lifted.append(value)
    return lifted


def _dedupe(relations: list[RelationFact]) -> list[RelationFact]:
    """One relation per triple (alliedWith either way round); a commander or leader of X is not also told as a
    mere member of X ("Quds Force commander Qasem Soleimani": commands, and memberOf would say less)."""
    heads = {(r.subject_iri, r.object_iri) for r in relations if r.predicate in _HEADS}
    seen: set[tuple[str, str, str]] = set()
    result = []
    for relation in relations:
        if relation.predicate == "memberOf" and (relation.subject_iri, relation.object_iri) in heads:
            continue
        key = (relation.predicate, relation.subject_iri, relation.object_iri)
        if relation.predicate in _SYMMETRIC:
            key = (relation.predicate, *sorted((relation.subject_iri, relation.object_iri)))
        if key in seen or relation.subject_iri == relation.object_iri:
            continue
        seen.add(key)
        result.append(relation)
    return result


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Evidence without dangling punctuation, and with the bracket or quote its last name opened closed."""
    while end > start and text[end - 1] in " ,;:.":
        end -= 1
    while start < end and text[start] in " ,;:":
        start += 1
    for opening, closing in ("()", "“”"):
        quote = text[start:end]
        if end < len(text) and text[end] == closing and quote.count(opening) > quote.count(closing):
            end += 1
    return start, end
