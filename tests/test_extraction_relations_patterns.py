"""General relation patterns, each on short sentences whose entities are given by hand.

The entity spans are written into the sentence (``[[A|Islamic State|ArmedGroup|ISIS]]``: kind, canonical name,
class, surface), so these tests exercise the phrase patterns of ``kg/data/relation_patterns.json`` and the
forms of ``kg.extraction.relations`` alone, whatever entity resolution recognises. Every case has a near
variant that must not give the relation, so a pattern that fires on anything fails.
"""

from __future__ import annotations

import re

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_facts
from kg.model import ActorEntity, Decision, EntitySpan, Mention, PlaceEntity, ResolvedMentions
from kg.namespace import RES

_MARK = re.compile(r"\[\[([AP])\|([^|\]]+)\|([^|\]]+)\|([^|\]]+?)(?:\|([^|\]]+))?\]\]")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _resolved(markup: str) -> tuple[object, ResolvedMentions]:
    """The article and its hand-made resolution: ``[[A|name|class|surface|parent name]]`` marks an entity."""
    text, spans, actors, places = "Relations\n\n", [], {}, {}
    position = 0
    for match in _MARK.finditer(markup):
        text += markup[position : match.start()]
        kind, name, cls, surface, parent = match.groups()
        iri = str(RES[("actor/" if kind == "A" else "place/") + _slug(name)])
        start = len(text)
        text += surface
        spans.append(EntitySpan(start, start + len(surface), surface, iri, "actor" if kind == "A" else "place"))
        parent_iri = str(RES["actor/" + _slug(parent)]) if parent else None
        if kind == "A":
            entity = actors.setdefault(iri, ActorEntity(iri, name, cls, Decision.LINKED, parent_iri=parent_iri))
        else:
            entity = places.setdefault(iri, PlaceEntity(iri, name, cls, Decision.LINKED))
        entity.mentions.append(Mention(start, start + len(surface), surface, Decision.LINKED, "test"))
        position = match.end()
    text += markup[position:] + "\n"
    return article_from_text(text), ResolvedMentions(actors=actors, places=places, spans=spans)


def _triples(markup: str) -> set[tuple[str, str, str]]:
    article, resolved = _resolved(markup)
    names = {**{i: a.name for i, a in resolved.actors.items()}, **{i: p.name for i, p in resolved.places.items()}}
    extraction = extract_facts(article, resolved)
    for relation in extraction.relations:  # every relation is traceable and quoted verbatim
        assert relation.evidence.rule and 0 < relation.evidence.confidence <= 1
        assert article.text[relation.evidence.start : relation.evidence.end] == relation.evidence.quote
    return {(names[r.subject_iri], r.predicate, names[r.object_iri]) for r in extraction.relations}


ISIS = "[[A|Islamic State|ArmedGroup|ISIS]]"
SDF = "[[A|Syrian Democratic Forces|ArmedGroup|SDF]]"
YPG = "[[A|People's Protection Units|ArmedGroup|YPG]]"
PKK = "[[A|Kurdistan Workers' Party|ArmedGroup|PKK]]"
COALITION = "[[A|US-led coalition|Coalition|US-led coalition]]"
PMF = "[[A|Popular Mobilization Forces|StateForce|PMF]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a member with a role: "Y, a commander in X (acronym)", the full name left unresolved
            f"The group named the dead man as [[A|Rojhat Qamishlo|Person|Rojhat Qamishlo]], a commander in the "
            f"People's Protection Units ({YPG}).",
            ("Rojhat Qamishlo", "memberOf", "People's Protection Units"),
            f"The group named the dead man as [[A|Rojhat Qamishlo|Person|Rojhat Qamishlo]] and praised the "
            f"People's Protection Units ({YPG}).",
        ),
        (  # "X commander Y": the organisation's commander (the gold marks "Quds Force commander Y" as commands)
            f"{SDF} commander [[A|Mazloum Abdi|Person|Mazloum Abdi]] said the operation was over.",
            ("Mazloum Abdi", "commands", "Syrian Democratic Forces"),
            f"{SDF} fighters and [[A|Mazloum Abdi|Person|Mazloum Abdi]] said the operation was over.",
        ),
        (  # "a commander in" is membership, "the commander of" is command
            f"[[A|Abu Khalid|Person|Abu Khalid]], the commander of the {YPG}, spoke on Monday.",
            ("Abu Khalid", "commands", "People's Protection Units"),
            f"[[A|Abu Khalid|Person|Abu Khalid]], the deputy commander of the {YPG}, spoke on Monday.",
        ),
        (  # a unit as the main component of a force
            f"Fighters of the {YPG}, the main component of the {SDF}, were killed.",
            ("People's Protection Units", "partOf", "Syrian Democratic Forces"),
            f"Fighters of the {YPG}, the main rival of the {SDF}, were killed.",
        ),
        (  # "an extension of"
            f"[[A|Turkey|State|Ankara]] considers the {YPG} an extension of the {PKK}.",
            ("People's Protection Units", "partOf", "Kurdistan Workers' Party"),
            f"[[A|Turkey|State|Ankara]] considers the {YPG} an enemy of the {PKK}.",
        ),
        (  # a later incorporation, with the subject far from the verb
            f"The {PMF}, known in Arabic as al-Hashd al-Shaabi, was formed in 2014 after a fatwa, and was later "
            "incorporated into the [[A|Iraqi Security Forces|StateForce|Iraqi armed forces]].",
            ("Popular Mobilization Forces", "partOf", "Iraqi Security Forces"),
            f"The {PMF}, known in Arabic as al-Hashd al-Shaabi, was formed in 2014 after a fatwa, and later "
            "fought alongside the [[A|Iraqi Security Forces|StateForce|Iraqi armed forces]].",
        ),
        (  # "affiliated with the regime's X"
            "He joined the [[A|Eighth Brigade|ArmedGroup|Eighth Brigade]], which is affiliated with the "
            "regime’s [[A|Military Intelligence Directorate|GovernmentBody|Military Intelligence]].",
            ("Eighth Brigade", "partOf", "Military Intelligence Directorate"),
            "He joined the [[A|Eighth Brigade|ArmedGroup|Eighth Brigade]], which is hostile to the "
            "regime’s [[A|Military Intelligence Directorate|GovernmentBody|Military Intelligence]].",
        ),
        (  # a command "of the" force it belongs to
            "Troops were backed by the [[A|Diyala Operations Command|MilitaryUnit|Diyala Operations Command]] of "
            "the [[A|Iraqi Army|StateForce|Iraqi army]].",
            ("Diyala Operations Command", "partOf", "Iraqi Army"),
            "Troops were backed by the [[A|Diyala Operations Command|MilitaryUnit|Diyala Operations Command]] and "
            "the [[A|Iraqi Army|StateForce|Iraqi army]].",
        ),
        (  # "the umbrella that includes both factions": the two groups named before
            "Strikes hit sites used by [[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]] and "
            "[[A|Kata'ib Sayyid al-Shuhada|ArmedGroup|Kataib Sayyid al-Shuhada]], according to the "
            f"{PMF}, the state-sanctioned umbrella that includes both factions.",
            ("Kata'ib Sayyid al-Shuhada", "partOf", "Popular Mobilization Forces"),
            "Strikes hit sites used by [[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]] and "
            "[[A|Kata'ib Sayyid al-Shuhada|ArmedGroup|Kataib Sayyid al-Shuhada]], according to the "
            f"{PMF}, the state-sanctioned umbrella that condemned both factions.",
        ),
        (  # a partner in a coalition
            f"Turkey shelled areas held by the {SDF}, a key partner of the {COALITION}.",
            ("Syrian Democratic Forces", "alliedWith", "US-led coalition"),
            f"Turkey shelled areas held by the {SDF}, a key critic of the {COALITION}.",
        ),
        (  # a group whose own name ties it to a state, and the groups it includes
            "[[A|Iranian-backed militias|ArmedGroup|Iran-aligned factions]], including "
            "[[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]], demanded a withdrawal. [[A|Iran|State|Iran]] "
            "denied it.",
            ("Kata'ib Hezbollah", "alliedWith", "Iran"),
            "[[A|Iranian-backed militias|ArmedGroup|Iran-aligned factions]] and "
            "[[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]] demanded a withdrawal. [[A|Iran|State|Iran]] "
            "denied it.",
        ),
        (  # general hostility: "in the war against", both the partner and its coalition
            f"Turkey shelled areas held by the {SDF}, a key partner of the {COALITION} in the war against the {ISIS}.",
            ("US-led coalition", "opposes", "Islamic State"),
            f"Turkey shelled areas held by the {SDF}, a key partner of the {COALITION} in the talks with the {ISIS}.",
        ),
        (  # "has waged an insurgency against"
            f"Ankara lists the {PKK}, which has waged an insurgency against [[A|Turkey|State|Turkey]] since 1984.",
            ("Kurdistan Workers' Party", "opposes", "Turkey"),
            f"Ankara lists the {PKK}, which has signed a truce with [[A|Turkey|State|Turkey]] since 1984.",
        ),
        (  # support from "X and its mercenaries from the so-called Y"
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and its mercenaries from the so-called "
            '"[[A|Syrian National Army|ArmedGroup|Syrian National Army]]" shelled the villages.',
            ("Turkish Armed Forces", "supports", "Syrian National Army"),
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and the so-called "
            '"[[A|Syrian National Army|ArmedGroup|Syrian National Army]]" shelled the villages.',
        ),
        (  # "backed by" after an appositive comma
            f"The [[A|Iraqi Counter-Terrorism Service|StateForce|Counter Terrorism Service]], backed by the "
            f"{COALITION}, killed five militants.",
            ("US-led coalition", "supports", "Iraqi Counter-Terrorism Service"),
            f"The [[A|Iraqi Counter-Terrorism Service|StateForce|Counter Terrorism Service]], praised by the "
            f"{COALITION}, killed five militants.",
        ),
        (  # "-backed" before a quoted name
            "He joined the [[A|Russia|State|Russian]]-backed “[[A|Eighth Brigade|ArmedGroup|Eighth Brigade]]”.",
            ("Russia", "supports", "Eighth Brigade"),
            "He joined the [[A|Russia|State|Russian]]-based “[[A|Eighth Brigade|ArmedGroup|Eighth Brigade]]”.",
        ),
        (  # a unit backed by someone stands for the force the sentence places it in
            f"Units of the {PMF}'s [[A|PMF 20th Brigade|Brigade|20th Brigade|Popular Mobilization Forces]], "
            "backed by the [[A|Diyala Operations Command|MilitaryUnit|Diyala Operations Command]], combed villages.",
            ("Diyala Operations Command", "supports", "Popular Mobilization Forces"),
            f"Units of the {PMF}'s [[A|PMF 20th Brigade|Brigade|20th Brigade|Popular Mobilization Forces]], "
            "and the [[A|Diyala Operations Command|MilitaryUnit|Diyala Operations Command]], combed villages.",
        ),
        (  # "its emir, X": the person leads the organisation "its" stands for
            f"The {ISIS} was unaffected by the death of its emir, [[A|Abu Bakr al-Baghdadi|Person|Abu Bakr "
            "al-Baghdadi]], in October.",
            ("Abu Bakr al-Baghdadi", "leads", "Islamic State"),
            f"The {ISIS} was unaffected by the death of its fighter, [[A|Abu Bakr al-Baghdadi|Person|Abu Bakr "
            "al-Baghdadi]], in October.",
        ),
        (  # "named X as his successor"
            f"The {ISIS} confirmed his death on Oct. 31 and named [[A|Abu Ibrahim al-Qurashi|Person|Abu Ibrahim "
            "al-Qurashi]] as his successor.",
            ("Abu Ibrahim al-Qurashi", "leads", "Islamic State"),
            f"The {ISIS} confirmed his death on Oct. 31 and named [[A|Abu Ibrahim al-Qurashi|Person|Abu Ibrahim "
            "al-Qurashi]] as the killer.",
        ),
        (  # "X leader Y"
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]] leader [[A|Abu Mohammad al-Julani|Person|Abu Mohammad "
            "al-Julani]] visited the front.",
            ("Abu Mohammad al-Julani", "leads", "Hayat Tahrir al-Sham"),
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]] fighters and [[A|Abu Mohammad al-Julani|Person|Abu "
            "Mohammad al-Julani]] visited the front.",
        ),
        (  # a role without an article: "Y, spokesman for X"
            "[[A|Yahya Rasool|Person|Brigadier General Yahya Rasool]], spokesman for the "
            "[[A|Iraqi Joint Operations Command|GovernmentBody|Joint Operations Command]], said so.",
            ("Yahya Rasool", "memberOf", "Iraqi Joint Operations Command"),
            "[[A|Yahya Rasool|Person|Brigadier General Yahya Rasool]], speaking to the "
            "[[A|Iraqi Joint Operations Command|GovernmentBody|Joint Operations Command]], said so.",
        ),
        (  # "Y, a X-backed faction"
            "[[A|Hamza Division|ArmedGroup|Hamza Division]], a [[A|Turkey|State|Turkish]]-backed faction, shelled "
            "the village.",
            ("Turkey", "supports", "Hamza Division"),
            "[[A|Hamza Division|ArmedGroup|Hamza Division]], a [[A|Turkey|State|Turkish]]-based faction, shelled "
            "the village.",
        ),
        (  # "the pro-Iranian Y"
            "Strikes hit the pro-[[A|Iran|State|Iranian]] [[A|Nujaba|ArmedGroup|Nujaba]] movement.",
            ("Nujaba", "alliedWith", "Iran"),
            "Strikes hit the anti-[[A|Iran|State|Iranian]] [[A|Nujaba|ArmedGroup|Nujaba]] movement.",
        ),
        (  # "X's war on Y"
            f"[[A|Turkey|State|Turkey]]'s long war on the {PKK} has killed thousands.",
            ("Turkey", "opposes", "Kurdistan Workers' Party"),
            f"[[A|Turkey|State|Turkey]]'s long talks with the {PKK} have ended.",
        ),
        (  # "X and its proxies, Y"
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and its proxies, the "
            "[[A|Syrian National Army|ArmedGroup|Syrian National Army]], shelled villages.",
            ("Turkish Armed Forces", "supports", "Syrian National Army"),
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and its enemies, the "
            "[[A|Syrian National Army|ArmedGroup|Syrian National Army]], shelled villages.",
        ),
        (  # an armed group part of another is a component (partOf) …
            f"The {YPG} is part of the {SDF}.",
            ("People's Protection Units", "partOf", "Syrian Democratic Forces"),
            f"The {YPG} is a rival of the {SDF}.",
        ),
        (  # … a state part of a coalition is a member (memberOf)
            f"[[A|Iraq|State|Iraq]] is part of the {COALITION}.",
            ("Iraq", "memberOf", "US-led coalition"),
            f"[[A|Iraq|State|Iraq]] is critical of the {COALITION}.",
        ),
        (  # "the armed forces of"
            "[[A|Peshmerga|StateForce|Peshmerga]], the armed forces of the "
            "[[A|Kurdistan Regional Government|GovernmentBody|Kurdistan Regional Government]], were attacked.",
            ("Peshmerga", "partOf", "Kurdistan Regional Government"),
            "[[A|Peshmerga|StateForce|Peshmerga]], the rivals of the "
            "[[A|Kurdistan Regional Government|GovernmentBody|Kurdistan Regional Government]], were attacked.",
        ),
        (  # a name used as a modifier is not the object: "a faction of the Turkish-backed Front"
            "[[A|Jaysh al-Izza|ArmedGroup|Jaish al-Izza]], a faction of the [[A|Turkey|State|Turkish]]-backed "
            "[[A|National Front for Liberation|ArmedGroup|National Front for Liberation]], shelled the town.",
            ("Jaysh al-Izza", "partOf", "National Front for Liberation"),
            "[[A|Jaysh al-Izza|ArmedGroup|Jaish al-Izza]], a rival of the [[A|Turkey|State|Turkish]]-backed "
            "[[A|National Front for Liberation|ArmedGroup|National Front for Liberation]], shelled the town.",
        ),
        (  # "X and allied factions, including Y"
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]] and allied factions, including the "
            "[[A|Turkistan Islamic Party|ArmedGroup|Turkistan Islamic Party]], defend the area.",
            ("Turkistan Islamic Party", "alliedWith", "Hayat Tahrir al-Sham"),
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]] and rival factions, including the "
            "[[A|Turkistan Islamic Party|ArmedGroup|Turkistan Islamic Party]], defend the area.",
        ),
        (  # "X, which backs Y"
            "[[A|Turkey|State|Turkey]], which backs the [[A|Syrian National Army|ArmedGroup|Syrian National "
            "Army]], called for a ceasefire.",
            ("Turkey", "supports", "Syrian National Army"),
            "[[A|Turkey|State|Turkey]], which fights the [[A|Syrian National Army|ArmedGroup|Syrian National "
            "Army]], called for a ceasefire.",
        ),
        (  # "X led by General Y"
            '"[[A|Tiger Forces|MilitaryUnit|Tiger Forces]]" led by Brigadier General '
            "[[A|Suheil al-Hassan|Person|Suhail al-Hassan]] joined the attack.",
            ("Suheil al-Hassan", "commands", "Tiger Forces"),  # a ranked officer at a unit's head commands it
            '"[[A|Tiger Forces|MilitaryUnit|Tiger Forces]]" attacked by Brigadier General '
            "[[A|Suheil al-Hassan|Person|Suhail al-Hassan]] withdrew.",
        ),
        (  # "X, which is part of Y"
            "The [[A|Russian Reconciliation Center for Syria|GovernmentBody|Russian Reconciliation Center]], which "
            "is part of the [[A|Russian Ministry of Defence|GovernmentBody|Russian Ministry of Defence]], said so.",
            ("Russian Reconciliation Center for Syria", "partOf", "Russian Ministry of Defence"),
            "The [[A|Russian Reconciliation Center for Syria|GovernmentBody|Russian Reconciliation Center]], which "
            "is critical of the [[A|Russian Ministry of Defence|GovernmentBody|Russian Ministry of Defence]], said "
            "so.",
        ),
        (  # "X is one of the elite units of Y"
            "The [[A|Tiger Forces|MilitaryUnit|25th Division]] is one of the elite units of the "
            "[[A|Syrian Arab Army|StateForce|Syrian Arab Army]].",
            ("Tiger Forces", "partOf", "Syrian Arab Army"),
            "The [[A|Tiger Forces|MilitaryUnit|25th Division]] is one of the elite units fighting the "
            "[[A|Syrian Arab Army|StateForce|Syrian Arab Army]].",
        ),
        (  # "X, which fights alongside Y" is alliance, never hostility
            "[[A|Hezbollah|ArmedGroup|Hezbollah]], which fights alongside the "
            "[[A|Syrian Arab Army|StateForce|Syrian army]], lost two fighters.",
            ("Hezbollah", "alliedWith", "Syrian Arab Army"),
            "[[A|Hezbollah|ArmedGroup|Hezbollah]], which fights against the "
            "[[A|Syrian Arab Army|StateForce|Syrian army]], lost two fighters.",
        ),
        (  # "Y, the X's commander-in-chief"
            f"[[A|Mazloum Abdi|Person|Mazloum Abdi]], the {SDF}'s commander-in-chief, met officials.",
            ("Mazloum Abdi", "commands", "Syrian Democratic Forces"),
            f"[[A|Mazloum Abdi|Person|Mazloum Abdi]], the {SDF}'s guest, met officials.",
        ),
        (  # "X led a faction of Y": a member of Y
            "[[A|Khaled al-Zoubi|Person|Al-Zoubi]] led a faction of the "
            "[[A|Free Syrian Army|ArmedGroup|Free Syrian Army]] in Tafas.",
            ("Khaled al-Zoubi", "memberOf", "Free Syrian Army"),
            "[[A|Khaled al-Zoubi|Person|Al-Zoubi]] fought a faction of the "
            "[[A|Free Syrian Army|ArmedGroup|Free Syrian Army]] in Tafas.",
        ),
        (  # "…, after which he joined Y": the pronoun is the person the sentence is about
            "[[A|Khaled al-Zoubi|Person|Al-Zoubi]] stayed in Tafas after the deal sponsored by "
            "[[A|Russia|State|Russia]], after which he joined the [[A|Russia|State|Russian]]-backed "
            "“[[A|Eighth Brigade|ArmedGroup|Eighth Brigade]]”.",
            ("Khaled al-Zoubi", "memberOf", "Eighth Brigade"),
            "[[A|Khaled al-Zoubi|Person|Al-Zoubi]] stayed in Tafas after the deal sponsored by "
            "[[A|Russia|State|Russia]], after which he attacked the [[A|Russia|State|Russian]]-backed "
            "“[[A|Eighth Brigade|ArmedGroup|Eighth Brigade]]”.",
        ),
        (  # an armed group joining another becomes a component of it
            f"The [[A|Army of Revolutionaries|ArmedGroup|Army of Revolutionaries]] later joined the {SDF}.",
            ("Army of Revolutionaries", "partOf", "Syrian Democratic Forces"),
            f"The [[A|Army of Revolutionaries|ArmedGroup|Army of Revolutionaries]] later attacked the {SDF}.",
        ),
        (  # a group "a member of" another group is a component of it
            f"The [[A|Manbij Military Council|ArmedGroup|Manbij Military Council]], a member of the {SDF}, said so.",
            ("Manbij Military Council", "partOf", "Syrian Democratic Forces"),
            f"The [[A|Manbij Military Council|ArmedGroup|Manbij Military Council]], a critic of the {SDF}, said so.",
        ),
        (  # "Y, a powerful Iraqi militia backed by X"
            "[[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]], a powerful Iraqi militia backed by "
            "[[A|Iran|State|Iran]], denied involvement.",
            ("Iran", "supports", "Kata'ib Hezbollah"),
            "[[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]], a powerful Iraqi militia attacked by "
            "[[A|Iran|State|Iran]], denied involvement.",
        ),
        (  # "Y, part of the X-backed Z"
            "The [[A|Hamza Division|ArmedGroup|Hamza Division]], part of the [[A|Turkey|State|Turkish]]-backed "
            "[[A|Syrian National Army|ArmedGroup|Syrian National Army]], shelled Ain Issa.",
            ("Hamza Division", "partOf", "Syrian National Army"),
            "The [[A|Hamza Division|ArmedGroup|Hamza Division]], a foe of the [[A|Turkey|State|Turkish]]-backed "
            "[[A|Syrian National Army|ArmedGroup|Syrian National Army]], shelled Ain Issa.",
        ),
    ],
)
def test_extraction_relations_actor_patterns(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


HAMRIN = "[[P|Hamrin Mountains|Mountain|Hamrin mountains]]"
MUTAIBIJAH = "[[P|Mutaibijah|Region|Mutaibijah basin]]"
DIYALA = "[[P|Diyala Governorate|Governorate|Diyala]]"
KIRKUK = "[[P|Kirkuk Governorate|Governorate|Kirkuk]]"
SALADIN = "[[P|Saladin Governorate|Governorate|Saladin]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # "X remnants still hide in A and B": each place listed
            f"{ISIS} remnants still hide in the {HAMRIN} and the {MUTAIBIJAH}, from where they launch attacks.",
            [("Islamic State", "operatesIn", "Hamrin Mountains"), ("Islamic State", "operatesIn", "Mutaibijah")],
            f"{ISIS} remnants were driven out of the {HAMRIN} and the {MUTAIBIJAH} last year.",
        ),
        (  # "one of the governorates where X cells are most active, alongside A and B"
            f"{DIYALA}, which borders Iran, remains one of the governorates where {ISIS} cells are most active, "
            f"alongside {KIRKUK} and {SALADIN}.",
            [
                ("Islamic State", "operatesIn", "Diyala Governorate"),
                ("Islamic State", "operatesIn", "Kirkuk Governorate"),
                ("Islamic State", "operatesIn", "Saladin Governorate"),
            ],
            f"{DIYALA}, which borders Iran, remains one of the governorates where {ISIS} cells were defeated, "
            f"alongside {KIRKUK} and {SALADIN}.",
        ),
        (  # "retains a network of cells in the terrain between A, B and C"
            f"Still, {ISIS} retains a network of cells in the rugged terrain between {KIRKUK}, {SALADIN} and {DIYALA}.",
            [
                ("Islamic State", "operatesIn", "Kirkuk Governorate"),
                ("Islamic State", "operatesIn", "Diyala Governorate"),
            ],
            f"Still, {ISIS} lost a network of cells in the rugged terrain between {KIRKUK}, {SALADIN} and {DIYALA}.",
        ),
        (  # "X, which control the city of A and the nearby town of B"
            "The [[A|Iranian-backed militias|ArmedGroup|Iranian-backed militias]], which control the city of "
            "[[P|Al-Mayadin|City|al-Mayadin]] and the nearby town of [[P|Al-Quriyah|Town|al-Quriyah]], sent "
            "reinforcements.",
            [
                ("Iranian-backed militias", "controls", "Al-Mayadin"),
                ("Iranian-backed militias", "controls", "Al-Quriyah"),
            ],
            "The [[A|Iranian-backed militias|ArmedGroup|Iranian-backed militias]], which attacked the city of "
            "[[P|Al-Mayadin|City|al-Mayadin]] and the nearby town of [[P|Al-Quriyah|Town|al-Quriyah]], sent "
            "reinforcements.",
        ),
        (  # "A, part of B but administered by X"
            "[[P|Kifri|Town|Kifri]], part of [[P|Diyala Governorate|Governorate|Diyala province]] but administered "
            "by the [[A|Kurdistan Regional Government|GovernmentBody|Kurdistan Regional Government]], is disputed.",
            [
                ("Kurdistan Regional Government", "controls", "Kifri"),
                ("Kifri", "locatedIn", "Diyala Governorate"),
            ],
            "[[P|Kifri|Town|Kifri]], near [[P|Diyala Governorate|Governorate|Diyala province]] but visited "
            "by the [[A|Kurdistan Regional Government|GovernmentBody|Kurdistan Regional Government]], is disputed.",
        ),
        (  # "under the control of X"
            f"The town of [[P|Hajin|Town|Hajin]] remains under the control of the {ISIS}.",
            [("Islamic State", "controls", "Hajin")],
            f"The town of [[P|Hajin|Town|Hajin]] remains under threat from the {ISIS}.",
        ),
        (  # "since they occupied A and B": the pronoun is the clause's subject
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and its mercenaries have been attacking the "
            "villages of [[P|Ayn Issa|Town|Ain Issa]] since they occupied the cities of "
            "[[P|Ras al-Ayn|City|Serêkaniyê]] and [[P|Tal Abyad|City|Girê Spî]] in October 2019.",
            [("Turkish Armed Forces", "controls", "Ras al-Ayn"), ("Turkish Armed Forces", "controls", "Tal Abyad")],
            "The [[A|Turkish Armed Forces|StateForce|Turkish army]] and its mercenaries have been attacking the "
            "villages of [[P|Ayn Issa|Town|Ain Issa]] since they left the cities of "
            "[[P|Ras al-Ayn|City|Serêkaniyê]] and [[P|Tal Abyad|City|Girê Spî]] in October 2019.",
        ),
        (  # "A, in B province" and "the A subdistrict of B district"
            "Militants attacked the [[P|Sarqala|Town|Sarqala]] subdistrict of [[P|Kifri District|District|Kifri]] "
            "district.",
            [("Sarqala", "locatedIn", "Kifri District")],
            "Militants attacked the [[P|Sarqala|Town|Sarqala]] checkpoint and [[P|Kifri District|District|Kifri]] "
            "district.",
        ),
        (  # "the A area in the B desert"
            "Troops raided the [[P|Wadi Horan|Region|Wadi Horan]] area in the [[P|Anbar desert|Region|Anbar desert]].",
            [("Wadi Horan", "locatedIn", "Anbar desert")],
            "Troops raided the [[P|Wadi Horan|Region|Wadi Horan]] area from the "
            "[[P|Anbar desert|Region|Anbar desert]].",
        ),
        (  # "X, which dominates A"
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]], which dominates "
            "[[P|Idlib Governorate|Governorate|Idlib province]], shot down a drone.",
            [("Hayat Tahrir al-Sham", "controls", "Idlib Governorate")],
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]], which held talks in "
            "[[P|Idlib Governorate|Governorate|Idlib province]], shot down a drone.",
        ),
        (  # "A, under X control"
            f"Shelling hit [[P|Manbij|City|Manbij]], under {SDF} control since 2016.",
            [("Syrian Democratic Forces", "controls", "Manbij")],
            f"Shelling hit [[P|Manbij|City|Manbij]], under {SDF} fire since 2016.",
        ),
        (  # "X, stationed in A and in B"
            "[[A|Russian Military Police|StateForce|Russian military police]], stationed in "
            "[[P|Tell Tamer|Town|Tal Tamr]] and in [[P|Amuda|Town|Amuda]], patrolled the road.",
            [
                ("Russian Military Police", "operatesIn", "Tell Tamer"),
                ("Russian Military Police", "operatesIn", "Amuda"),
            ],
            "[[A|Russian Military Police|StateForce|Russian military police]], withdrawn from "
            "[[P|Tell Tamer|Town|Tal Tamr]] and from [[P|Amuda|Town|Amuda]], patrolled the road.",
        ),
        (  # "A, a town in the B countryside"
            "The blast hit [[P|Tafas|Town|Tafas]], a town in the western countryside of "
            "[[P|Daraa Governorate|Governorate|Daraa]].",
            [("Tafas", "locatedIn", "Daraa Governorate")],
            "The blast hit [[P|Tafas|Town|Tafas]], a town far from the western countryside of "
            "[[P|Daraa Governorate|Governorate|Daraa]].",
        ),
        (  # "A, located in B" (without "which is")
            "The [[P|Al-Omar oil field|OilField|al-Omar oil field]], located in the eastern countryside of "
            "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]], was hit.",
            [("Al-Omar oil field", "locatedIn", "Deir ez-Zor Governorate")],
            "The [[P|Al-Omar oil field|OilField|al-Omar oil field]], supplied from the eastern countryside of "
            "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]], was hit.",
        ),
        (  # "A, which X captured": a country named as a place stands for its state
            "The [[P|Golan Heights|Region|Golan Heights]], which [[P|Israel|Country|Israel]] captured in 1967, is "
            "disputed. [[A|Israel|State|Israel]] did not comment.",
            [("Israel", "controls", "Golan Heights")],
            "The [[P|Golan Heights|Region|Golan Heights]], which [[P|Israel|Country|Israel]] borders, is "
            "disputed. [[A|Israel|State|Israel]] did not comment.",
        ),
        (  # "A, which hosts U.S. forces": a state named as owner of troops stands for its armed forces
            "Rockets hit [[P|Ain al-Asad Air Base|MilitaryBase|Ain al-Asad air base]], which hosts "
            "[[A|United States|State|U.S.]] and other coalition forces. "
            "[[A|United States Armed Forces|StateForce|U.S. forces|United States]] were not hurt.",
            [("United States Armed Forces", "operatesIn", "Ain al-Asad Air Base")],
            "Rockets hit [[P|Ain al-Asad Air Base|MilitaryBase|Ain al-Asad air base]], which angered "
            "[[A|United States|State|U.S.]] and other coalition forces. "
            "[[A|United States Armed Forces|StateForce|U.S. forces|United States]] were not hurt.",
        ),
        (  # "X, led by Y, maintains a base in A and B"
            f"The {COALITION}, led by the [[P|United States|Country|United States]], maintains a base in "
            "[[P|Al-Shaddadah|Town|al-Shaddadi]] and [[P|Rmeilan|Town|Rmeilan]].",
            [("US-led coalition", "operatesIn", "Al-Shaddadah"), ("US-led coalition", "operatesIn", "Rmeilan")],
            f"The {COALITION}, led by the [[P|United States|Country|United States]], bombed a base in "
            "[[P|Al-Shaddadah|Town|al-Shaddadi]] and [[P|Rmeilan|Town|Rmeilan]].",
        ),
        (  # a name and its bracketed acronym are one name: "X (ACR) controls A and B"
            "The [[A|Syrian National Army|ArmedGroup|Syrian National Army]] "
            "([[A|Syrian National Army|ArmedGroup|SNA]]) controls [[P|Afrin|City|Afrin]] and "
            "[[P|Ras al-Ayn|City|Ras al-Ain]].",
            [("Syrian National Army", "controls", "Afrin"), ("Syrian National Army", "controls", "Ras al-Ayn")],
            "The [[A|Syrian National Army|ArmedGroup|Syrian National Army]] "
            "([[A|Syrian National Army|ArmedGroup|SNA]]) shelled [[P|Afrin|City|Afrin]] and "
            "[[P|Ras al-Ayn|City|Ras al-Ain]].",
        ),
        (  # "X are in control of most of A"
            "[[A|Syrian Arab Army|StateForce|Government forces]] are in control of most of "
            "[[P|Daraa Governorate|Governorate|Daraa province]].",
            [("Syrian Arab Army", "controls", "Daraa Governorate")],
            "[[A|Syrian Arab Army|StateForce|Government forces]] are in search of most of "
            "[[P|Daraa Governorate|Governorate|Daraa province]].",
        ),
        (  # "X, which still has thousands of fighters in A and B"
            f"{ISIS}, which still has thousands of fighters in [[P|Iraq|Country|Iraq]] and "
            "[[P|Syria|Country|Syria]], claimed the attack.",
            [("Islamic State", "operatesIn", "Iraq"), ("Islamic State", "operatesIn", "Syria")],
            f"{ISIS}, which still has thousands of enemies in [[P|Iraq|Country|Iraq]] and "
            "[[P|Syria|Country|Syria]], claimed the attack.",
        ),
        (  # "the town of A, north of B, is held by X": A is held, B is the landmark
            "The town of [[P|Dhiban|Town|Dhiban]], north of [[P|Deir ez-Zor|City|Deir ez-Zor city]], is held by "
            f"the {SDF}.",
            [("Syrian Democratic Forces", "controls", "Dhiban")],
            "The town of [[P|Dhiban|Town|Dhiban]], north of [[P|Deir ez-Zor|City|Deir ez-Zor city]], is visited by "
            f"the {SDF}.",
        ),
    ],
)
def test_extraction_relations_place_patterns(markup, wanted, near_miss):
    triples = _triples(markup)
    for triple in wanted:
        assert triple in triples
    assert not set(wanted) & _triples(near_miss)


def test_extraction_relations_landmark_is_not_the_located_place():
    """ "the village of A, east of the city of B in the countryside of C": A lies in C; B is only a landmark."""
    triples = _triples(
        "Militants stormed a checkpoint near the village of [[P|Mahkan|Village|Mahkan]], east of the city of "
        "[[P|Al-Mayadin|City|al-Mayadin]] in the eastern countryside of "
        "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]]."
    )
    assert ("Mahkan", "locatedIn", "Deir ez-Zor Governorate") in triples
    assert ("Al-Mayadin", "locatedIn", "Deir ez-Zor Governorate") not in triples
    plain = _triples(
        "Militants stormed the city of [[P|Al-Mayadin|City|al-Mayadin]] in the eastern countryside of "
        "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]]."
    )
    assert ("Al-Mayadin", "locatedIn", "Deir ez-Zor Governorate") in plain


def test_extraction_relations_part_of_a_country_is_not_the_country():
    """ "areas of northeast Syria held by X" says nothing about who holds Syria."""
    syria = "[[P|Syria|Country|Syria]]"
    assert ("Syrian Democratic Forces", "controls", "Syria") not in _triples(
        f"Turkey shelled areas of northeast {syria} held by the {SDF}."
    )
    assert ("Syrian Democratic Forces", "controls", "Raqqa") in _triples(
        f"Turkey shelled [[P|Raqqa|City|Raqqa]], held by the {SDF}."
    )


def test_extraction_relations_support_for_those_who_act():
    """ "with the support of X …, our forces carried out": X backs the agents of the operation told before."""
    triples = _triples(
        "The [[A|Security Media Cell|GovernmentBody|Security Media Cell]] announced that the "
        "[[A|Iraqi Counter-Terrorism Service|StateForce|Counter-Terrorism Service]] and the "
        "[[A|Iraqi Army|StateForce|Iraqi Army]] carried out a joint operation against "
        f"{ISIS} in the [[P|Wadi Horan|Region|Wadi Horan]] area. With the support of "
        "[[A|Iraqi Air Force|StateForce|Iraqi Air Force]] F-16 aircraft, our forces carried out an airdrop."
    )
    assert ("Iraqi Air Force", "supports", "Iraqi Counter-Terrorism Service") in triples
    assert ("Iraqi Air Force", "supports", "Iraqi Army") in triples
    assert ("Iraqi Air Force", "supports", "Islamic State") not in triples


def test_extraction_relations_war_against_is_not_an_attack_target():
    """One attack is no general hostility: "in the war against X" does not make the attacker oppose X."""
    triples = _triples(
        "The [[A|Turkish Armed Forces|StateForce|Turkish army]] has stepped up its artillery attacks on areas held "
        f"by the {SDF}, a key partner of the {COALITION} in the war against the {ISIS}."
    )
    assert ("Syrian Democratic Forces", "opposes", "Islamic State") in triples
    assert ("Turkish Armed Forces", "opposes", "Islamic State") not in triples


def test_extraction_relations_near_is_not_in():
    """ "the village of A near B" places A next to B, not inside it."""
    triples = _triples("Shells hit the village of [[P|Sayda|Village|Sayda]] near [[P|Ayn Issa|Town|Ain Issa]].")
    assert ("Sayda", "locatedIn", "Ayn Issa") not in triples
    assert ("Sayda", "locatedIn", "Ayn Issa") in _triples(
        "Shells hit the village of [[P|Sayda|Village|Sayda]] in [[P|Ayn Issa|Town|Ain Issa]]."
    )


def test_extraction_relations_support_phrase_after_its_actor_is_not_for_the_agents():
    """ "X with air support from Y": Y backs X, not the agents of some earlier action."""
    triples = _triples(
        f"The {PMF} attacked {ISIS} hideouts near [[P|Tarmiyah|Town|Tarmiyah]]. The "
        "[[A|Iraqi Counter-Terrorism Service|StateForce|Counter-Terrorism Service]] with air support from the "
        "[[A|Iraqi Air Force|StateForce|Iraqi Air Force]] raided a village."
    )
    assert ("Iraqi Air Force", "supports", "Iraqi Counter-Terrorism Service") in triples
    assert ("Iraqi Air Force", "supports", "Popular Mobilization Forces") not in triples


def test_extraction_relations_possessive_place_is_the_container():
    """ "Anbar's Rutba district": Rutba lies in Anbar; a country's possessive never makes a locatedIn."""
    anbar = "[[P|Anbar Governorate|Governorate|Anbar]]"
    assert ("Rutba", "locatedIn", "Anbar Governorate") in _triples(
        f"Troops entered {anbar}'s [[P|Rutba|Town|Rutba]] district."
    )
    assert ("Rutba", "locatedIn", "Anbar Governorate") not in _triples(
        f"Troops left {anbar} for [[P|Rutba|Town|Rutba]] district."
    )


def test_extraction_relations_the_fallen_are_not_allies():
    """Names counted among the dead of an attack are not allies, even when read as its co-agents."""
    from kg.extraction.context import ArticleContext
    from kg.extraction.relations import extract_relations
    from kg.model import EventFact, Evidence

    def allied(sentence: str) -> list:
        article, resolved = _resolved(sentence)
        ctx = ArticleContext.build(article, resolved)
        body = ctx.sentences[-1]
        evidence = Evidence(body.start, body.end, body.text, "test", 0.8)
        event = EventFact("Attack", evidence, agents=list(resolved.actors)[:2])
        return [r for r in extract_relations(ctx, [event], [], []) if r.predicate == "alliedWith"]

    soldiers = "[[A|Syrian Arab Army|StateForce|regime soldiers]]"
    militias = "[[A|Syrian pro-government militias|ArmedGroup|pro-regime militiamen]]"
    assert allied(f"Today {soldiers} and {militias} attacked ISIS cells in the Badia.")
    assert not allied(f"The number of {soldiers} and {militias} killed in the Badia has risen to 67.")


def test_extraction_relations_ranked_among_the_dead_serves_the_side_hit():
    """ "Lieutenant X was among the dead" of an attack on a force: he served in it; an unranked name did not."""
    from kg.extraction.context import ArticleContext
    from kg.extraction.relations import extract_relations
    from kg.model import EventFact, Evidence

    def members(person: str, rank: str | None) -> set[tuple[str, str]]:
        article, resolved = _resolved(
            f"Militants of {ISIS} attacked a checkpoint of the [[A|Syrian Arab Army|StateForce|Syrian army]]. "
            f"The source said that {person} was among the dead."
        )
        for actor in resolved.actors.values():
            if actor.type == "Person":
                actor.rank = rank
        ctx = ArticleContext.build(article, resolved)
        first = ctx.sentences[-2]
        army, isis = str(RES["actor/syrian-arab-army"]), str(RES["actor/islamic-state"])
        event = EventFact(
            "Attack", Evidence(first.start, first.end, first.text, "test", 0.8), agents=[isis], targets=[army]
        )
        names = {i: a.name for i, a in resolved.actors.items()}
        relations = extract_relations(ctx, [event], [], [])
        return {(names[r.subject_iri], names[r.object_iri]) for r in relations if r.predicate == "memberOf"}

    assert ("Samer Hilal", "Syrian Arab Army") in members("[[A|Samer Hilal|Person|Lieutenant Samer Hilal]]", "Lt")
    assert not members("[[A|Samer Hilal|Person|Samer Hilal]]", None)


def test_extraction_relations_fighting_alongside_is_not_opposing():
    triples = _triples(
        "[[A|Hezbollah|ArmedGroup|Hezbollah]] is fighting alongside the [[A|Syrian Arab Army|StateForce|Syrian army]]."
    )
    assert ("Hezbollah", "opposes", "Syrian Arab Army") not in triples
    assert ("Hezbollah", "opposes", "Syrian Arab Army") in _triples(
        "[[A|Hezbollah|ArmedGroup|Hezbollah]] is fighting the [[A|Syrian Arab Army|StateForce|Syrian army]]."
    )


def test_extraction_relations_occupied_place_is_held_by_the_state_acting_from_it():
    """ "the enemy launched missiles from the direction of the occupied Syrian Golan": the attacker holds it."""
    from kg.extraction.context import ArticleContext
    from kg.extraction.relations import extract_relations
    from kg.model import EventFact, Evidence

    def controls(place: str) -> set[tuple[str, str]]:
        article, resolved = _resolved(
            f"The [[A|Israel|State|Israeli enemy]] launched missiles from the direction of the {place}, "
            "targeting the capital."
        )
        ctx = ArticleContext.build(article, resolved)
        body = ctx.sentences[-1]
        event = EventFact(
            "Airstrike", Evidence(body.start, body.end, body.text, "test", 0.8), agents=[str(RES["actor/israel"])]
        )
        names = {**{i: a.name for i, a in resolved.actors.items()}, **{i: p.name for i, p in resolved.places.items()}}
        relations = extract_relations(ctx, [event], [], [])
        return {(names[r.subject_iri], names[r.object_iri]) for r in relations if r.predicate == "controls"}

    assert ("Israel", "Golan Heights") in controls("[[P|Golan Heights|Region|occupied Syrian Golan]]")
    assert not controls("[[P|Golan Heights|Region|Syrian Golan]]")


@pytest.mark.parametrize(
    "markup",
    [
        f"The {SDF} controls checkpoints around [[P|Raqqa|City|Raqqa]].",
        f"The {SDF} held a conference in [[P|Raqqa|City|Raqqa]] on Monday.",
        f"The {SDF} captured two militants near [[P|Raqqa|City|Raqqa]].",
    ],
)
def test_extraction_relations_a_verb_of_control_with_a_preposition_is_no_control(markup):
    assert ("Syrian Democratic Forces", "controls", "Raqqa") not in _triples(markup)


def test_extraction_relations_pro_a_person_is_no_alliance():
    """ "pro-Assad militias" says whom they back, not an alliance between organisations."""
    assert not _triples(
        "The pro-[[A|Bashar al-Assad|Person|Assad]] [[A|National Defense Forces|ArmedGroup|National Defence Forces]] "
        "shelled the town."
    )
    assert ("National Defense Forces", "alliedWith", "Iran") in _triples(
        "The pro-[[A|Iran|State|Iranian]] [[A|National Defense Forces|ArmedGroup|National Defence Forces]] "
        "shelled the town."
    )


def test_extraction_relations_control_of_a_neighbourhood_is_not_of_its_city():
    """ "Sheikh Maqsoud, a neighbourhood of Aleppo, remains under the control of X" says nothing of Aleppo."""
    asayish = "[[A|Asayish|ArmedGroup|Asayish]]"
    assert ("Asayish", "controls", "Aleppo") not in _triples(
        f"Sheikh Maqsoud, a Kurdish-majority neighbourhood of [[P|Aleppo|City|Aleppo]], remains under the control "
        f"of the {asayish}."
    )
    assert ("Asayish", "controls", "Aleppo") in _triples(
        f"The city of [[P|Aleppo|City|Aleppo]] remains under the control of the {asayish}."
    )


def test_extraction_relations_co_agents_allied_auxiliary_first():
    """ "regime forces and Liwa al-Quds launched…": the militia is allied with the army, as in 'its ally, X'."""
    from kg.extraction.context import ArticleContext
    from kg.extraction.relations import extract_relations
    from kg.model import EventFact, Evidence

    def allied(markup: str) -> set[tuple[str, str]]:
        article, resolved = _resolved(markup)
        ctx = ArticleContext.build(article, resolved)
        body = ctx.sentences[-1]
        event = EventFact(
            "MilitaryOperation", Evidence(body.start, body.end, body.text, "test", 0.8), agents=list(resolved.actors)
        )
        names = {i: a.name for i, a in resolved.actors.items()}
        relations = extract_relations(ctx, [event], [], [])
        return {(names[r.subject_iri], names[r.object_iri]) for r in relations if r.predicate == "alliedWith"}

    army = "[[A|Syrian Arab Army|StateForce|regime forces]]"
    militia = "[[A|Liwa al-Quds|ArmedGroup|Liwa al-Quds]]"
    assert allied(f"Today {army} and {militia} launched combing operations.") == {("Liwa al-Quds", "Syrian Arab Army")}
    assert allied(f"Today {militia} and {army} launched combing operations.") == {("Liwa al-Quds", "Syrian Arab Army")}
    iraqi_army = "[[A|Iraqi Army|StateForce|Iraqi Army]]"
    assert allied(f"Today the {PMF} and the {iraqi_army} launched an operation.") == {
        ("Popular Mobilization Forces", "Iraqi Army")
    }


def test_extraction_relations_evidence_closes_the_bracket_it_opens():
    article, resolved = _resolved(
        f"The dead man was [[A|Rojhat Qamishlo|Person|Rojhat Qamishlo]], a commander in the People's Protection "
        f"Units ({YPG}), the group said."
    )
    quotes = [r.evidence.quote for r in extract_facts(article, resolved).relations if r.predicate == "memberOf"]
    assert quotes == ["Rojhat Qamishlo, a commander in the People's Protection Units (YPG)"]


def test_extraction_relations_a_name_ending_an_appositive_is_not_the_subject():
    """ "The PKK, which is designated a terrorist group by Ankara, is based in A": Ankara is not based there."""
    triples = _triples(
        f"The {PKK}, which is designated a terrorist group by [[A|Turkey|State|Ankara]], is based in the "
        "[[P|Qandil Mountains|Mountain|Qandil mountains]]."
    )
    assert ("Kurdistan Workers' Party", "operatesIn", "Qandil Mountains") in triples
    assert ("Turkey", "operatesIn", "Qandil Mountains") not in triples


def test_extraction_relations_a_river_lies_in_no_province():
    triples = _triples(
        "Fighting raged on the eastern bank of the [[P|Euphrates|WaterBody|Euphrates]] in "
        "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor province]] and near the "
        "[[P|Hajin|Town|Hajin]] in [[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor province]]."
    )
    assert ("Euphrates", "locatedIn", "Deir ez-Zor Governorate") not in triples
    assert ("Hajin", "locatedIn", "Deir ez-Zor Governorate") in triples


def test_extraction_relations_formerly_held_is_no_control():
    town = "[[P|Hajin|Town|Hajin]]"
    formerly = _triples(f"Troops entered the formerly {ISIS}-held town of {town}.")
    assert ("Islamic State", "controls", "Hajin") not in formerly
    assert ("Islamic State", "controls", "Hajin") in _triples(f"Troops shelled the {ISIS}-held town of {town}.")


def test_extraction_relations_landmark_is_not_the_held_place():
    triples = _triples(
        f"The town of [[P|Dhiban|Town|Dhiban]], north of [[P|Deir ez-Zor|City|Deir ez-Zor city]], is held by the {SDF}."
    )
    assert ("Syrian Democratic Forces", "controls", "Deir ez-Zor") not in triples


def test_extraction_relations_a_name_saying_it_is_a_part():
    """ "the Tarmiyah district of Baghdad": a name ending in a part word lies in the place after 'of'."""
    assert ("Tarmiyah", "locatedIn", "Baghdad") in _triples(
        "Troops moved from the [[P|Tarmiyah|Town|Tarmiyah district]] of [[P|Baghdad|City|Baghdad]] to Samarra."
    )
    assert ("Tarmiyah", "locatedIn", "Baghdad") not in _triples(
        "Troops moved from [[P|Tarmiyah|Town|Tarmiyah]] of [[P|Baghdad|City|Baghdad]] to Samarra."
    )
