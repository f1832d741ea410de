"""General carriers of relations, each read in several outlets' phrasings, with a near variant that must not fire.

The sentences are written for these tests (wire, Kurdish, Iraqi, Syrian state, Iranian and monitor styles) and
use hand-given entities (the markup of ``test_extraction_relations_patterns``), so they exercise the grammar of
``kg/data/relation_patterns.json`` — auxiliaries, appositives and relative clauses between a name and its
verb, lists of names, "the city of" before a place — whatever entity resolution recognises.
"""

from __future__ import annotations

import pytest
from test_extraction_relations_patterns import ISIS, PKK, PMF, SDF, YPG, _triples

TURKEY = "[[A|Turkey|State|Turkey]]"
IRAN = "[[A|Iran|State|Iran]]"
IRGC = (
    "[[A|Islamic Revolutionary Guard Corps|StateForce|Islamic Revolution Guards Corps]] "
    "([[A|Islamic Revolutionary Guard Corps|StateForce|IRGC]])"
)
SALAMI = "[[A|Hossein Salami|Person|Hossein Salami]]"
HEZBOLLAH = "[[A|Hezbollah|ArmedGroup|Hezbollah]]"
SNA = "[[A|Syrian National Army|ArmedGroup|Syrian National Army]]"
GOV = "[[A|Syrian government|GovernmentBody|Syrian government]]"
HASAKAH = "[[P|Al-Hasakah Governorate|Governorate|Hasakah]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # an appositive and a perfect tense between the actor and its war
            f"The {SDF}, backed by the [[A|US-led coalition|Coalition|coalition]], have been fighting {ISIS} "
            "since 2015.",
            ("Syrian Democratic Forces", "opposes", "Islamic State"),
            f"The {SDF}, backed by the [[A|US-led coalition|Coalition|coalition]], have been fighting alongside "
            f"{ISIS} defectors.",
        ),
        (  # a relative clause, then the main verb
            f"{TURKEY}, which has dozens of bases in northern Iraq, has been fighting the {PKK} for decades.",
            ("Turkey", "opposes", "Kurdistan Workers' Party"),
            f"{TURKEY}, which has dozens of bases in northern Iraq, has been talking to the {PKK} for decades.",
        ),
        (  # any verb of carrying on an insurgency
            f"{ISIS} continues its insurgency against the [[A|Iraqi government|GovernmentBody|Iraqi government]] "
            "from desert hideouts.",
            ("Islamic State", "opposes", "Iraqi government"),
            f"{ISIS} continues its insurgency despite the [[A|Iraqi government|GovernmentBody|Iraqi government]] "
            "offensive.",
        ),
        (  # the insurgent named with a bracketed acronym and a relative clause
            f"Ankara sees the group as a branch of the Kurdistan Workers' Party ({PKK}), which has stepped up "
            f"its armed campaign against {TURKEY}.",
            ("Kurdistan Workers' Party", "opposes", "Turkey"),
            f"Ankara sees the group as a branch of the Kurdistan Workers' Party ({PKK}), which has stepped up "
            f"its talks with {TURKEY}.",
        ),
    ],
)
def test_extraction_relations_general_hostility(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a backer of, in a Press TV phrasing
            f"{IRAN} has been a key supporter of the {GOV} in its fight against terrorism.",
            ("Iran", "supports", "Syrian government"),
            f"{IRAN} has been a key critic of the {GOV} in the talks.",
        ),
        (  # the backed side's possessive
            f"The {GOV}'s main backer, [[A|Russia|State|Russia]], has sent more jets.",
            ("Russia", "supports", "Syrian government"),
            f"The {GOV}'s main rival, [[A|Russia|State|Russia]], has sent more jets.",
        ),
        (  # support given to a force, with an adjective before it
            "The [[A|US-led coalition|Coalition|coalition]] provided air support to the "
            "[[A|Peshmerga|StateForce|Peshmerga]] during the raid.",
            ("US-led coalition", "supports", "Peshmerga"),
            "The [[A|US-led coalition|Coalition|coalition]] provided details to the "
            "[[A|Peshmerga|StateForce|Peshmerga]] during the raid.",
        ),
        (  # two coordinated verbs of support and a relative clause
            f"{IRAN}, which arms and funds {HEZBOLLAH}, denied the report.",
            ("Iran", "supports", "Hezbollah"),
            f"{IRAN}, which warned {HEZBOLLAH}, denied the report.",
        ),
        (  # an appositive naming the group by its backer ('an Iran-backed militia')
            "The strikes hit [[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]], an "
            "[[A|Iranian-backed militias|ArmedGroup|Iran-backed militia]], near the border.",
            ("Iran", "supports", "Kata'ib Hezbollah"),
            "The strikes hit [[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]] and "
            "[[A|Iranian-backed militias|ArmedGroup|Iran-backed militias]] near the border.",
        ),
    ],
)
def test_extraction_relations_general_support(markup, wanted, near_miss):
    triples = _triples(f"{IRAN} issued a statement. " + markup)
    assert wanted in triples
    assert wanted not in _triples(f"{IRAN} issued a statement. " + near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # several members named together as factions of the parent
            f"Clashes erupted between the [[A|Hamza Division|ArmedGroup|Hamza Division]] and the "
            f"[[A|Sultan Murad Division|ArmedGroup|Sultan Murad Division]], two factions of the Turkish-backed {SNA}.",
            ("Sultan Murad Division", "partOf", "Syrian National Army"),
            f"Clashes erupted between the [[A|Hamza Division|ArmedGroup|Hamza Division]] and the "
            f"[[A|Sultan Murad Division|ArmedGroup|Sultan Murad Division]], two rivals of the Turkish-backed {SNA}.",
        ),
        (  # the parent's name as the modifier of 'faction'
            f"Gunmen attacked [[A|Ahrar al-Sharqiya|ArmedGroup|Ahrar al-Sharqiya]], an {SNA} faction, near Afrin.",
            ("Ahrar al-Sharqiya", "partOf", "Syrian National Army"),
            f"Gunmen attacked [[A|Ahrar al-Sharqiya|ArmedGroup|Ahrar al-Sharqiya]] and an {SNA} convoy near Afrin.",
        ),
        (  # the parent carries a modifier of its own
            "The [[A|Eighth Brigade|MilitaryUnit|Eighth Brigade]], which is affiliated with the "
            "[[A|Russia|State|Russian]]-backed [[A|Fifth Corps|MilitaryUnit|Fifth Corps]], lost two men.",
            ("Eighth Brigade", "partOf", "Fifth Corps"),
            "The [[A|Eighth Brigade|MilitaryUnit|Eighth Brigade]], which is hostile to the "
            "[[A|Russia|State|Russian]]-backed [[A|Fifth Corps|MilitaryUnit|Fifth Corps]], lost two men.",
        ),
        (  # joining, with an auxiliary
            "[[A|Abu Ali|Person|Abu Ali]] had joined the [[A|Eighth Brigade|MilitaryUnit|Eighth Brigade]] in 2018.",
            ("Abu Ali", "memberOf", "Eighth Brigade"),
            "[[A|Abu Ali|Person|Abu Ali]] had fought the [[A|Eighth Brigade|MilitaryUnit|Eighth Brigade]] in 2018.",
        ),
    ],
)
def test_extraction_relations_general_membership(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # commander-in-chief in apposition
            f"[[A|Mazloum Abdi|Person|Mazloum Abdi]], the commander-in-chief of the {SDF}, condemned the attack.",
            ("Mazloum Abdi", "commands", "Syrian Democratic Forces"),
            f"[[A|Mazloum Abdi|Person|Mazloum Abdi]], a deputy of the {SDF}, condemned the attack.",
        ),
        (  # 'the X commander, Y' with an acronym in brackets
            f"The {IRGC} commander, Major General {SALAMI}, spoke on Tuesday.",
            ("Hossein Salami", "commands", "Islamic Revolutionary Guard Corps"),
            f"The {IRGC} praised Major General {SALAMI} on Tuesday.",
        ),
        (  # a verb of command after a relative pronoun
            "[[A|Maher al-Assad|Person|Maher al-Assad]], who commands the "
            "[[A|4th Armoured Division|MilitaryUnit|Fourth Division]], was not seen.",
            ("Maher al-Assad", "commands", "4th Armoured Division"),
            "[[A|Maher al-Assad|Person|Maher al-Assad]], who visited the "
            "[[A|4th Armoured Division|MilitaryUnit|Fourth Division]], was not seen.",
        ),
        (  # a verb of leading
            "[[A|Hadi al-Amiri|Person|Hadi al-Amiri]], who heads the [[A|Badr Organization|ArmedGroup|Badr]], "
            "called for calm.",
            ("Hadi al-Amiri", "leads", "Badr Organization"),
            "[[A|Hadi al-Amiri|Person|Hadi al-Amiri]], who met the [[A|Badr Organization|ArmedGroup|Badr]], "
            "called for calm.",
        ),
        (  # a founder, with an adjective before the title
            "[[A|Abu Mohammad al-Jolani|Person|Abu Mohammad al-Jolani]], the self-proclaimed emir of "
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]], gave a speech.",
            ("Abu Mohammad al-Jolani", "leads", "Hayat Tahrir al-Sham"),
            "[[A|Abu Mohammad al-Jolani|Person|Abu Mohammad al-Jolani]], a self-proclaimed critic of "
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]], gave a speech.",
        ),
    ],
)
def test_extraction_relations_general_command(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # presence with 'the city of' before the place and an appositive before the verb
            f"{HEZBOLLAH}, a close ally of the {GOV}, runs several checkpoints in the city of "
            "[[P|Al-Mayadin|City|Al-Mayadin]].",
            ("Hezbollah", "operatesIn", "Al-Mayadin"),
            f"{HEZBOLLAH}, a close ally of the {GOV}, condemned the checkpoints near the city of "
            "[[P|Al-Mayadin|City|Al-Mayadin]].",
        ),
        (  # a unit 'which operates in'
            "The [[A|PMF 110th Brigade|MilitaryUnit|110th Brigade]], which operates in "
            "[[P|Diyala Governorate|Governorate|Diyala]], sent reinforcements.",
            ("PMF 110th Brigade", "operatesIn", "Diyala Governorate"),
            "The [[A|PMF 110th Brigade|MilitaryUnit|110th Brigade]], which withdrew from "
            "[[P|Diyala Governorate|Governorate|Diyala]], sent reinforcements.",
        ),
        (  # forces deployed, a descriptor noun and a relative clause before the verb
            f"Lebanon's {HEZBOLLAH} movement, which fought in Aleppo, has also deployed fighters in the "
            "[[P|Qalamoun Mountains|Region|Qalamoun region]].",
            ("Hezbollah", "operatesIn", "Qalamoun Mountains"),
            f"Lebanon's {HEZBOLLAH} movement, which fought in Aleppo, has also withdrawn fighters from the "
            "[[P|Qalamoun Mountains|Region|Qalamoun region]].",
        ),
        (  # a place named a hotspot of a group's activity
            f"[[P|Makhmur|Town|Makhmour]], a town south of Erbil, has been a hotspot of {ISIS} activity since 2019.",
            ("Islamic State", "operatesIn", "Makhmur"),
            f"[[P|Makhmur|Town|Makhmour]], a town south of Erbil, has been a target of {ISIS} since 2019.",
        ),
        (  # an explicit presence, and a checkpoint the group runs
            f"{PMF}-run checkpoints in [[P|Sinjar|Town|Sinjar]] were removed.",
            ("Popular Mobilization Forces", "operatesIn", "Sinjar"),
            f"{PMF} attacks on checkpoints in [[P|Sinjar|Town|Sinjar]] were reported.",
        ),
        (  # a place where a possessed force operates
            "Israel struck targets in [[P|Syria|Country|Syria]], where [[P|Iran|Country|Iran]]'s "
            "[[A|Quds Force|MilitaryUnit|Quds Force]] operates.",
            ("Quds Force", "operatesIn", "Syria"),
            "Israel struck targets in [[P|Syria|Country|Syria]] after [[P|Iran|Country|Iran]]'s "
            "[[A|Quds Force|MilitaryUnit|Quds Force]] left.",
        ),
    ],
)
def test_extraction_relations_general_presence(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


def test_extraction_relations_general_suspected_positions_are_no_presence():
    """Struck 'positions' or 'suspected hideouts' of a group are targets, not a stated presence."""
    triples = _triples(f"Jets struck suspected {PKK} hideouts in [[P|Duhok Governorate|Governorate|Duhok]].")
    assert ("Kurdistan Workers' Party", "operatesIn", "Duhok Governorate") not in triples


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a bracketed container
            "Gunmen attacked the town of [[P|Dhiban|Town|Dhiban]] (eastern "
            "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]] countryside).",
            ("Dhiban", "locatedIn", "Deir ez-Zor Governorate"),
            "Gunmen attacked the town of [[P|Dhiban|Town|Dhiban]], east of "
            "[[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]].",
        ),
        (  # a bracketed province
            f"A blast hit [[P|Shaddadi|Town|Shaddadi]] ({HASAKAH} province) on Monday.",
            ("Shaddadi", "locatedIn", "Al-Hasakah Governorate"),
            f"A blast hit [[P|Shaddadi|Town|Shaddadi]] and {HASAKAH} on Monday.",
        ),
        (  # a wire's 'town, province'
            "Rockets fell on [[P|Tal Tamr|Town|Tal Tamr]], [[P|Al-Hasakah Governorate|Governorate|Hasakah province]], "
            "overnight.",
            ("Tal Tamr", "locatedIn", "Al-Hasakah Governorate"),
            "Rockets fell on [[P|Tal Tamr|Town|Tal Tamr]], [[P|Al-Hasakah Governorate|Governorate|Hasakah]] "
            "and [[P|Qamishli|City|Qamishli]] overnight.",
        ),
        (  # an area of a compass part of a governorate
            "Troops advanced in the [[P|Kabani|Village|Kabani area]] of northern "
            "[[P|Latakia Governorate|Governorate|Latakia]].",
            ("Kabani", "locatedIn", "Latakia Governorate"),
            "Troops advanced from the [[P|Kabani|Village|Kabani area]] towards northern "
            "[[P|Latakia Governorate|Governorate|Latakia]].",
        ),
        (  # a district named by the town it takes its name from
            "Militants attacked the [[P|Sarqala|District|Sarqala subdistrict]] of "
            "[[P|Kifri|Town|Kifri district]] at night.",
            ("Sarqala", "locatedIn", "Kifri"),
            "Militants attacked the [[P|Sarqala|District|Sarqala subdistrict]] from "
            "[[P|Kifri|Town|Kifri district]] at night.",
        ),
    ],
)
def test_extraction_relations_general_containment(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


def test_extraction_relations_general_several_controllers():
    triples = _triples(f"[[P|Afrin|City|Afrin]] has been under the control of {TURKEY} and the {SNA} since March 2018.")
    assert {("Turkey", "controls", "Afrin"), ("Syrian National Army", "controls", "Afrin")} <= triples


def test_extraction_relations_general_its_outlet_is_the_clause_subject():
    """'its' takes up the actor the clause is about, not a name governed by a preposition."""
    triples = _triples(
        f"The {ISIS} claimed an attack on the {PMF}' [[A|PMF 35th Brigade|MilitaryUnit|35th Brigade]] near "
        "Tuz Khurmatu, in a statement published by its [[A|Amaq News Agency|MediaOutlet|Amaq News Agency]]."
    )
    assert ("Amaq News Agency", "partOf", "Islamic State") in triples
    assert ("Amaq News Agency", "partOf", "PMF 35th Brigade") not in triples


def test_extraction_relations_general_a_quoted_spokesman_is_no_ally():
    """A person named with his organisation as co-agents of an event is its member, not its ally."""
    triples = _triples(
        "The spokesman of the [[A|Security Media Cell|GovernmentBody|Security Media Cell]], "
        "[[A|Tahsin al-Khafaji|Person|Tahsin al-Khafaji]], said the jets destroyed two ISIS hideouts."
    )
    assert not any(p == "alliedWith" for _, p, _ in triples)


RRC = "[[A|Russian Reconciliation Center for Syria|GovernmentBody|Russian Center for Reconciliation]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a long organisation name the resolver took only in part, then the titled person
            f"The head of the {RRC} of the Opposing Parties in [[P|Syria|Country|Syria]], Major General "
            "[[A|Oleg Zhuravlev|Person|Oleg Zhuravlev]], said.",
            ("Oleg Zhuravlev", "leads", "Russian Reconciliation Center for Syria"),
            f"The head of the {RRC} of the Opposing Parties in [[P|Syria|Country|Syria]] met Major General "
            "[[A|Oleg Zhuravlev|Person|Oleg Zhuravlev]].",
        ),
        (  # an Iranian outlet's 'US-backed militants of the so-called SDF'
            f"[[A|United States|State|US]]-backed militants of the so-called {SDF} stole oil.",
            ("United States", "supports", "Syrian Democratic Forces"),
            f"[[A|United States|State|US]] troops and militants of the so-called {SDF} stole oil.",
        ),
        (  # a security force of an administration, in apposition
            "The [[A|Asayish|StateForce|Asayish]], the internal security force of the "
            "[[A|Autonomous Administration|GovernmentBody|AANES]], made arrests.",
            ("Asayish", "partOf", "Autonomous Administration"),
            "The [[A|Asayish|StateForce|Asayish]], the internal security force, arrested a critic of the "
            "[[A|Autonomous Administration|GovernmentBody|AANES]].",
        ),
        (  # a group defined by its enemy
            "The [[A|Islamic Resistance in Iraq|ArmedGroup|Islamic Resistance in Iraq]], an umbrella of "
            "anti-[[A|United States|State|US]] groups, claimed the attack.",
            ("Islamic Resistance in Iraq", "opposes", "United States"),
            "The [[A|Islamic Resistance in Iraq|ArmedGroup|Islamic Resistance in Iraq]], an umbrella of "
            "groups, claimed the attack on the [[A|United States|State|US]] base.",
        ),
        (  # an ally named by its partner's possessive
            "The deal was brokered by [[A|Russia|State|Russia]], which is [[A|Syria|State|Damascus]]'s main ally.",
            ("Russia", "alliedWith", "Syria"),
            "The deal was brokered by [[A|Russia|State|Russia]], which is [[A|Syria|State|Damascus]]'s creditor.",
        ),
        (  # an insurgency in a country is against its state
            f"{TURKEY} sees the YPG as an offshoot of the {PKK}, which has fought a bloody insurgency in "
            "[[P|Turkey|Country|Turkey]] since 1984.",
            ("Kurdistan Workers' Party", "opposes", "Turkey"),
            f"{TURKEY} sees the YPG as an offshoot of the {PKK}, which has fought a bloody war in "
            "[[P|Turkey|Country|Turkey]]'s neighbour since 1984.",
        ),
        (  # repeated offensives by a state and its proxies
            f"{TURKEY} and its Syrian proxies have launched three major offensives against the {SDF} since 2016.",
            ("Turkey", "opposes", "Syrian Democratic Forces"),
            f"{TURKEY} and its Syrian proxies have launched three major offensives near the {SDF} lines since 2016.",
        ),
        (  # an outlet named with its owner's possessive
            f"Data come from the {ISIS}'s weekly [[A|al-Naba|MediaOutlet|al-Naba]] newsletter.",
            ("al-Naba", "partOf", "Islamic State"),
            f"Data come from the {ISIS} and the weekly [[A|al-Naba|MediaOutlet|al-Naba]] newsletter.",
        ),
        (  # a leader named in the passive
            f"[[A|Abu Hafs al-Qurashi|Person|Abu Hafs al-Qurashi]] was named as the {ISIS}'s new caliph.",
            ("Abu Hafs al-Qurashi", "leads", "Islamic State"),
            f"[[A|Abu Hafs al-Qurashi|Person|Abu Hafs al-Qurashi]] was named as the {ISIS}'s new spokesman.",
        ),
    ],
)
def test_extraction_relations_general_more_phrasings(markup, wanted, near_miss):
    assert wanted in _triples(f"{TURKEY} issued a statement. " + markup)
    assert wanted not in _triples(f"{TURKEY} issued a statement. " + near_miss)


def test_extraction_relations_general_control_of_a_countrys_part_is_not_of_the_country():
    triples = _triples(f"The {SDF}, backed by Washington, controls most of [[P|Syria|Country|Syria]]'s northeast.")
    assert ("Syrian Democratic Forces", "controls", "Syria") not in triples


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a town falling to a side
            f"[[P|Al-Bab|City|Al-Bab]] fell to {SNA} factions in 2017.",
            ("Syrian National Army", "controls", "Al-Bab"),
            f"[[P|Al-Bab|City|Al-Bab]] was shelled by {SNA} factions in 2017.",
        ),
        (  # control regained, with 'the town of'
            f"The {SDF} regained full control of the town of [[P|Hajin|Town|Hajin]] after weeks of fighting.",
            ("Syrian Democratic Forces", "controls", "Hajin"),
            f"The {SDF} lost control of the town of [[P|Hajin|Town|Hajin]] after weeks of fighting.",
        ),
        (  # held areas in a province
            f"Residents fled {SDF}-held areas in [[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]].",
            ("Syrian Democratic Forces", "controls", "Deir ez-Zor Governorate"),
            f"Residents fled {SDF} raids in [[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]].",
        ),
        (  # a relative clause on the group's fighters
            f"The {PKK}, whose fighters are based in the [[P|Qandil Mountains|Region|Qandil mountains]], denied it.",
            ("Kurdistan Workers' Party", "operatesIn", "Qandil Mountains"),
            f"The {PKK}, whose fighters were driven from the [[P|Qandil Mountains|Region|Qandil mountains]], "
            "denied it.",
        ),
        (  # a deputy named before his title
            "Lt. Gen. [[A|Qais al-Mohammadawi|Person|Qais al-Mohammadawi]], the deputy commander of the "
            "[[A|Iraqi Joint Operations Command|StateForce|Joint Operations Command]], spoke.",
            ("Qais al-Mohammadawi", "memberOf", "Iraqi Joint Operations Command"),
            "Lt. Gen. [[A|Qais al-Mohammadawi|Person|Qais al-Mohammadawi]] met the deputy commander of the "
            "[[A|Iraqi Joint Operations Command|StateForce|Joint Operations Command]].",
        ),
    ],
)
def test_extraction_relations_general_control_and_roles(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


TAF = "[[A|Turkish Armed Forces|StateForce|Turkish occupation army]]"


def test_extraction_relations_general_its_mercenaries_are_the_proxies_named_before():
    """A Kurdish outlet's 'the occupation army and its mercenaries' takes up the proxies it named earlier."""
    named = f"The {TAF} and its mercenaries from the so-called {SNA} shelled villages. "
    later = f"The {TAF} and its mercenaries have controlled the city of [[P|Ras al-Ayn|City|Serêkaniyê]] since 2019."
    triples = _triples(named + later)
    assert ("Syrian National Army", "controls", "Ras al-Ayn") in triples
    assert ("Turkish Armed Forces", "controls", "Ras al-Ayn") in triples
    unnamed = _triples(f"The {TAF} shelled villages near {SNA} lines. " + later)
    assert ("Syrian National Army", "controls", "Ras al-Ayn") not in unnamed


@pytest.mark.parametrize(
    ("markup", "present"),
    [
        (f"Jets carried out 20 airstrikes on {ISIS} hideouts in the [[P|Homs desert|Region|Homs desert]].", True),
        (f"Iraqi F-16s struck {ISIS} hideouts in the [[P|Homs desert|Region|Homs desert]] on Monday.", True),
        (f"Jets struck an {ISIS} hideout in the [[P|Homs desert|Region|Homs desert]] on Monday.", False),
        (
            f"{ISIS} keeps up its insurgency against the [[A|Iraqi government|GovernmentBody|government]] from "
            "hideouts in the [[P|Homs desert|Region|Homs desert]].",
            False,
        ),
    ],
)
def test_extraction_relations_general_hideouts_of_a_group(markup, present):
    """A group's hideouts (plural) in a region are its presence there; one struck hideout is a target."""
    triples = _triples(markup)
    assert (("Islamic State", "operatesIn", "Homs desert") in triples) is present
    assert ("Iraqi government", "operatesIn", "Homs desert") not in triples


def test_extraction_relations_general_a_container_begins_the_next_statement():
    """'A in B, in the countryside of C': B ends one statement and begins the next."""
    triples = _triples(
        "Shells hit [[P|Kansafra|Village|Kansafra]] in [[P|Jabal al-Zawiya|Region|Jabal al-Zawiya]], in the "
        "southern countryside of [[P|Idlib Governorate|Governorate|Idlib]], on Monday."
    )
    assert ("Kansafra", "locatedIn", "Jabal al-Zawiya") in triples
    assert ("Jabal al-Zawiya", "locatedIn", "Idlib Governorate") in triples


def test_extraction_relations_general_a_list_of_governorates_is_no_containment():
    triples = _triples(
        "Cells are active in [[P|Tal Afar|City|Tal Afar]] in [[P|Nineveh Governorate|Governorate|Nineveh]], "
        "[[P|Hawija|Town|Huweija]] in [[P|Kirkuk Governorate|Governorate|Kirkuk]] and [[P|Ana|Town|Ana]] in "
        "[[P|Anbar Governorate|Governorate|Anbar]]."
    )
    assert ("Hawija", "locatedIn", "Kirkuk Governorate") in triples
    assert not any(s.endswith("Governorate") and p == "locatedIn" for s, p, _ in triples)


@pytest.mark.parametrize(
    "sentence",
    [
        "[[P|Jabal al-Zawiya|Region|Jabal al-Zawiya]] is part of the area controlled by {HTS}.",
        "[[P|Jabal al-Zawiya|Region|Jabal al-Zawiya]], which lies in territory held by {HTS}, was shelled.",
        "[[P|Jabal al-Zawiya|Region|Jabal al-Zawiya]] is within areas under {HTS} control.",
    ],
)
def test_extraction_relations_general_a_place_in_an_area_someone_holds(sentence):
    hts = "[[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]]"
    assert ("Hayat Tahrir al-Sham", "controls", "Jabal al-Zawiya") in _triples(sentence.format(HTS=hts))
    near = "[[P|Jabal al-Zawiya|Region|Jabal al-Zawiya]] is near the area controlled by {HTS}."
    assert ("Hayat Tahrir al-Sham", "controls", "Jabal al-Zawiya") not in _triples(near.format(HTS=hts))


@pytest.mark.parametrize(
    ("markup", "wanted"),
    [
        (  # 'the region' takes up the region named before; two subjects sharing 'which both have'
            "Clashes spread across [[P|Northeast Syria|Region|northeast Syria]]. The administration urged "
            "[[A|United States|State|Washington]] and [[A|Russia|State|Moscow]], which both have troops in the "
            "region, to act.",
            ("Russia", "operatesIn", "Northeast Syria"),
        ),
        (  # 'the base' takes up the base named before
            "Rockets hit [[P|Ain al-Asad Air Base|Facility|Ain al-Asad]] on Monday. Coalition officials said "
            "[[A|United States Armed Forces|StateForce|U.S. troops]] are stationed at the base.",
            ("United States Armed Forces", "operatesIn", "Ain al-Asad Air Base"),
        ),
        (  # 'the town' takes up the town, not the governorate named after it
            "Shells fell on [[P|Tal Tamr|Town|Tal Tamr]] in [[P|Al-Hasakah Governorate|Governorate|Hasakah]]. "
            f"The town has been under the control of the {SDF} since 2019.",
            ("Syrian Democratic Forces", "controls", "Tal Tamr"),
        ),
    ],
)
def test_extraction_relations_general_a_place_taken_up_by_a_noun(markup, wanted):
    assert wanted in _triples(markup)


def test_extraction_relations_general_a_noun_before_its_name_is_no_anaphor():
    """'the town of X' names X; 'the town' only takes up a place where no name follows."""
    triples = _triples(
        "Shells fell on [[P|Tal Tamr|Town|Tal Tamr]]. "
        f"The town of [[P|Al-Bab|Town|Al-Bab]] has been under the control of the {SDF} since 2019."
    )
    assert ("Syrian Democratic Forces", "controls", "Al-Bab") in triples
    assert ("Syrian Democratic Forces", "controls", "Tal Tamr") not in triples


KH = "[[A|Kata'ib Hezbollah|ArmedGroup|Kataib Hezbollah]]"
US_FORCES = "[[A|United States Armed Forces|StateForce|U.S. forces]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "unwanted"),
    [
        (  # a demand for the enemy's withdrawal, by groups named after 'including'
            f"[[A|Iranian-backed militias|ArmedGroup|Iran-aligned factions]], including {KH}, have demanded the "
            f"withdrawal of all {US_FORCES} from the country.",
            ("Kata'ib Hezbollah", "opposes", "United States Armed Forces"),
            ("Iranian-backed militias", "opposes", "United States Armed Forces"),
        ),
        (  # a vow to expel, after a relative clause
            f"{KH}, which is backed by {IRAN}, has vowed to expel {US_FORCES}.",
            ("Kata'ib Hezbollah", "opposes", "United States Armed Forces"),
            None,
        ),
        (  # a call for the departure, in an Iranian outlet's words
            f"{HEZBOLLAH} called for the immediate departure of {US_FORCES} from Syria.",
            ("Hezbollah", "opposes", "United States Armed Forces"),
            None,
        ),
    ],
)
def test_extraction_relations_general_demand_to_expel_is_hostility(markup, wanted, unwanted):
    triples = _triples(markup)
    assert wanted in triples
    assert unwanted not in triples
    assert wanted not in _triples(
        markup.replace("withdrawal", "report").replace("expel", "meet").replace("departure", "view")
    )


def test_extraction_relations_general_a_base_hosting_a_state_and_a_coalition():
    triples = _triples(
        "Rockets landed on [[P|Ain al-Asad Air Base|Facility|Ain al-Asad air base]], which hosts "
        "[[A|United States|State|U.S.]] and other [[A|US-led coalition|Coalition|coalition forces]], on Wednesday."
    )
    assert ("US-led coalition", "operatesIn", "Ain al-Asad Air Base") in triples
    assert ("United States", "operatesIn", "Ain al-Asad Air Base") in triples


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # an appositive holding a list, between the actor and its campaign
            f"The {PKK}, listed as a terrorist group by {TURKEY}, the [[A|United States|State|US]] and the "
            f"[[A|European Union|GovernmentBody|EU]], has waged a terror campaign against {TURKEY} for 35 years.",
            ("Kurdistan Workers' Party", "opposes", "Turkey"),
            f"The {PKK}, listed as a terrorist group by {TURKEY}, the [[A|United States|State|US]] and the "
            f"[[A|European Union|GovernmentBody|EU]], has waged a media campaign in {TURKEY} for 35 years.",
        ),
        (  # several groups, a relative clause with a possessive place
            "The [[A|Komala|ArmedGroup|Komala]] and [[A|PJAK|ArmedGroup|PJAK]], which maintain bases in "
            "[[P|Iraq|Country|Iraq]]'s [[P|Kurdistan Region|Region|Kurdistan Region]], have fought Tehran.",
            ("PJAK", "operatesIn", "Kurdistan Region"),
            "The [[A|Komala|ArmedGroup|Komala]] and [[A|PJAK|ArmedGroup|PJAK]], which closed bases in "
            "[[P|Iraq|Country|Iraq]]'s [[P|Kurdistan Region|Region|Kurdistan Region]], have fought Tehran.",
        ),
        (  # stationed in 'the village of'
            "Members of the [[A|National Defense Forces|ArmedGroup|NDF]] stationed in the village of "
            "[[P|Marrat|Village|Marrat]] fired mortars.",
            ("National Defense Forces", "operatesIn", "Marrat"),
            "Members of the [[A|National Defense Forces|ArmedGroup|NDF]] fired mortars at the village of "
            "[[P|Marrat|Village|Marrat]].",
        ),
        (  # where the fighters of a group are deployed, after a countryside phrase
            "Turkish forces shelled the town of [[P|Tal Rifaat|Town|Tal Rifaat]] in the northern countryside of "
            f"[[P|Aleppo Governorate|Governorate|Aleppo]], where fighters of the {YPG} are deployed.",
            ("People's Protection Units", "operatesIn", "Tal Rifaat"),
            "Turkish forces shelled the town of [[P|Tal Rifaat|Town|Tal Rifaat]] in the northern countryside of "
            f"[[P|Aleppo Governorate|Governorate|Aleppo]], after fighters of the {YPG} were deployed.",
        ),
        (  # led by, after a bracketed acronym and after a coordinated relative clause
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]], which controls most of "
            "[[P|Idlib Governorate|Governorate|Idlib]] and is led by [[A|Abu Mohammad al-Julani|Person|Julani]], "
            "stepped up raids.",
            ("Abu Mohammad al-Julani", "leads", "Hayat Tahrir al-Sham"),
            "[[A|Hayat Tahrir al-Sham|ArmedGroup|Hayat Tahrir al-Sham]], which controls most of "
            "[[P|Idlib Governorate|Governorate|Idlib]] and was praised by "
            "[[A|Abu Mohammad al-Julani|Person|Julani]], stepped up raids.",
        ),
        (  # a nickname between the person and the role; a former commander
            "The arrest of [[A|Ahmed al-Khabil|Person|Ahmed al-Khabil]] (Abu Khawla), the former commander of the "
            "[[A|Deir ez-Zor Military Council|ArmedGroup|Deir ez-Zor Military Council]], caused clashes.",
            ("Ahmed al-Khabil", "commands", "Deir ez-Zor Military Council"),
            "The arrest of [[A|Ahmed al-Khabil|Person|Ahmed al-Khabil]] (Abu Khawla) by the "
            "[[A|Deir ez-Zor Military Council|ArmedGroup|Deir ez-Zor Military Council]] caused clashes.",
        ),
        (  # 'known as' between the person and the role
            "The strike killed [[A|Mushtaq al-Jawari|Person|Mushtaq al-Jawari]], known as Abu Taqwa, a senior "
            "[[A|Harakat al-Nujaba|ArmedGroup|Harakat al-Nujaba]] commander.",
            ("Mushtaq al-Jawari", "memberOf", "Harakat al-Nujaba"),
            "The strike killed [[A|Mushtaq al-Jawari|Person|Mushtaq al-Jawari]], known as Abu Taqwa, near a "
            "[[A|Harakat al-Nujaba|ArmedGroup|Harakat al-Nujaba]] base.",
        ),
        (  # a front 'axis' in a governorate
            "Fighters attacked positions on the [[P|Kafr Nabl|Town|Kafranbel]] axis in the southern "
            "[[P|Idlib Governorate|Governorate|Idlib]] countryside.",
            ("Kafr Nabl", "locatedIn", "Idlib Governorate"),
            "Fighters attacked positions on the [[P|Kafr Nabl|Town|Kafranbel]] axis south of "
            "[[P|Idlib Governorate|Governorate|Idlib]].",
        ),
        (  # a state (named as a place) and its proxies holding 'large swathes of land in'
            f"[[P|Turkey|Country|Turkey]] and the {SNA} have controlled large swathes of land in "
            f"[[P|Northern Syria|Region|northern Syria]] since 2016, {TURKEY} says.",
            ("Syrian National Army", "controls", "Northern Syria"),
            f"[[P|Turkey|Country|Turkey]] and the {SNA} have lost large swathes of land in "
            f"[[P|Northern Syria|Region|northern Syria]] since 2016, {TURKEY} says.",
        ),
    ],
)
def test_extraction_relations_general_dev2_classes(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


def test_extraction_relations_general_a_struck_headquarters_is_no_presence():
    triples = _triples(
        f"A drone strike on a {PMF} headquarters in [[P|Baghdad|City|Baghdad]] killed two. "
        f"The {PMF} bases in [[P|Jurf al-Sakhar|Town|Jurf al-Sakhar]] were also hit."
    )
    assert ("Popular Mobilization Forces", "operatesIn", "Baghdad") not in triples
    assert ("Popular Mobilization Forces", "operatesIn", "Jurf al-Sakhar") in triples


SAA = "[[A|Syrian Arab Army|StateForce|Syrian army]]"
YBS = "[[A|Sinjar Resistance Units|ArmedGroup|YBS]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # a purpose of fighting, stated of the group
            f"The {PMF}, a state-funded umbrella of Shia groups formed in 2014 to fight {ISIS}, denied it.",
            ("Popular Mobilization Forces", "opposes", "Islamic State"),
            f"The {PMF}, a state-funded umbrella of Shia groups formed in 2014 after {ISIS} rose, denied it.",
        ),
        (  # 'to ensure the enduring defeat of'
            "About 900 [[A|United States Armed Forces|StateForce|U.S. troops]] remain, working with partners to "
            f"ensure the enduring defeat of {ISIS}.",
            ("United States Armed Forces", "opposes", "Islamic State"),
            "About 900 [[A|United States Armed Forces|StateForce|U.S. troops]] remain, working with partners to "
            f"ensure the release of {ISIS} detainees.",
        ),
        (  # a state's view of a group as terrorists
            f"The strikes hit the {YPG}, whom {TURKEY} views as terrorists.",
            ("Turkey", "opposes", "People's Protection Units"),
            f"The strikes hit the {YPG}, whom {TURKEY} views as partners.",
        ),
        (  # an affiliate of a group with a plain modifier
            "[[P|Manbij|City|Manbij]] is held by the [[A|Manbij Military Council|ArmedGroup|Manbij Military "
            f"Council]], an affiliate of the Kurdish-led {SDF}.",
            ("Manbij Military Council", "partOf", "Syrian Democratic Forces"),
            "[[P|Manbij|City|Manbij]] is held by the [[A|Manbij Military Council|ArmedGroup|Manbij Military "
            f"Council]], a rival of the Kurdish-led {SDF}.",
        ),
        (  # an umbrella and the groups it includes: members, as dev2 gold marks them, whatever its type
            "The [[A|Islamic Resistance in Iraq|ArmedGroup|Islamic Resistance in Iraq]], an umbrella of armed "
            f"factions including {KH} and [[A|Harakat al-Nujaba|ArmedGroup|Harakat al-Nujaba]], claimed it.",
            ("Harakat al-Nujaba", "memberOf", "Islamic Resistance in Iraq"),
            "The [[A|Islamic Resistance in Iraq|ArmedGroup|Islamic Resistance in Iraq]], an umbrella of armed "
            f"factions, blamed {KH} and [[A|Harakat al-Nujaba|ArmedGroup|Harakat al-Nujaba]] for it.",
        ),
        (  # the group's own division, by possessive
            f"A statement by the {SNA}'s [[A|Hamza Division|ArmedGroup|Hamza Division]] said so.",
            ("Hamza Division", "partOf", "Syrian National Army"),
            f"A statement by the {SNA} and the [[A|Hamza Division|ArmedGroup|Hamza Division]] said so.",
        ),
        (  # 'its offshoot' takes up the subject of the sentence before
            f"The {PKK}, listed as a terrorist group by {TURKEY}, fought Ankara. The {YPG} is its Syrian offshoot.",
            ("People's Protection Units", "partOf", "Kurdistan Workers' Party"),
            f"The {PKK}, listed as a terrorist group by {TURKEY}, fought Ankara. The {YPG} is its Syrian rival.",
        ),
    ],
)
def test_extraction_relations_general_hostility_and_parts_from_dev2_classes(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # under the protection of a unit
            "Activists accuse [[A|Quwat al-Raad|ArmedGroup|Quwat al-Raad]] of smuggling under the protection of "
            f"the {SAA}'s [[A|4th Armoured Division|MilitaryUnit|Fourth Division]].",
            ("4th Armoured Division", "supports", "Quwat al-Raad"),
            "Activists accuse [[A|Quwat al-Raad|ArmedGroup|Quwat al-Raad]] of smuggling under the nose of "
            f"the {SAA}'s [[A|4th Armoured Division|MilitaryUnit|Fourth Division]].",
        ),
        (  # formed with the help of
            f"The {YBS} was formed in 2014 with the help of the {PKK}.",
            ("Kurdistan Workers' Party", "supports", "Sinjar Resistance Units"),
            f"The {YBS} was formed in 2014 in the face of the {PKK}.",
        ),
        (  # gives a group cover
            f"Its members are paid by the {PMF}, which gives the {YBS} a degree of cover in Sinjar.",
            ("Popular Mobilization Forces", "supports", "Sinjar Resistance Units"),
            f"Its members are paid by the {PMF}, which gives the {YBS} a deadline in Sinjar.",
        ),
        (  # a state's support for another
            "Attacks rose, citing [[A|United States|State|Washington]]'s support for "
            "[[A|Israel|State|Israel]] in its war.",
            ("United States", "supports", "Israel"),
            "Attacks rose, citing [[A|United States|State|Washington]]'s criticism of "
            "[[A|Israel|State|Israel]] in its war.",
        ),
        (  # a name that itself says who backs the group
            f"Fighters of the {TURKEY}-aligned forces and the [[A|Syrian National Army|ArmedGroup|Turkish-backed "
            "Syrian National Army]] repelled an attack.",
            ("Turkey", "supports", "Syrian National Army"),
            f"Fighters of the {TURKEY}-aligned forces and the [[A|Syrian National Army|ArmedGroup|Syrian "
            "National Army]] repelled an attack.",
        ),
        (  # troops remaining in a country; personnel in two countries
            "About 900 [[A|United States Armed Forces|StateForce|U.S. troops]] remain in [[P|Syria|Country|Syria]].",
            ("United States Armed Forces", "operatesIn", "Syria"),
            "About 900 [[A|United States Armed Forces|StateForce|U.S. troops]] left [[P|Syria|Country|Syria]].",
        ),
        (
            "Militias attacked [[A|United States Armed Forces|StateForce|U.S.]] personnel in "
            "[[P|Iraq|Country|Iraq]] and Syria.",
            ("United States Armed Forces", "operatesIn", "Iraq"),
            "Militias attacked [[A|United States Armed Forces|StateForce|U.S.]] personnel from "
            "[[P|Iraq|Country|Iraq]] and Syria.",
        ),
        (  # facilities used by a force
            "Jets struck two facilities in [[P|Eastern Syria|Region|eastern Syria]] used by [[P|Iran|Country|Iran]]'s "
            "[[A|Islamic Revolutionary Guard Corps|StateForce|IRGC]].",
            ("Islamic Revolutionary Guard Corps", "operatesIn", "Eastern Syria"),
            "Jets struck two facilities in [[P|Eastern Syria|Region|eastern Syria]] after threats by "
            "[[P|Iran|Country|Iran]]'s [[A|Islamic Revolutionary Guard Corps|StateForce|IRGC]].",
        ),
        (  # the largest faction in a province
            "The [[A|Men of Dignity|ArmedGroup|Men of Dignity]], the largest armed faction in "
            "[[P|As-Suwayda Governorate|Governorate|Suwayda]], refused.",
            ("Men of Dignity", "operatesIn", "As-Suwayda Governorate"),
            "The [[A|Men of Dignity|ArmedGroup|Men of Dignity]], the largest armed faction, left "
            "[[P|As-Suwayda Governorate|Governorate|Suwayda]].",
        ),
        (  # partner forces of a group
            "[[A|US Central Command|StateForce|CENTCOM]] forces, together with partner forces of the "
            f"{SDF}, conducted a raid.",
            ("US Central Command", "alliedWith", "Syrian Democratic Forces"),
            "[[A|US Central Command|StateForce|CENTCOM]] forces, together with defectors from the "
            f"{SDF}, conducted a raid.",
        ),
    ],
)
def test_extraction_relations_general_support_and_presence_from_dev2_classes(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


def test_extraction_relations_general_hostility_in_other_words():
    """'demand the SDF's withdrawal', 'the efforts of the security forces to fight ISIS'."""
    triples = _triples(
        "The [[A|Arab tribal fighters|ArmedGroup|tribal fighters]], led by a sheikh of the Aqidat tribe, demand "
        f"the {SDF}'s withdrawal from Arab areas. He praised the efforts of the "
        f"[[A|Iraqi Security Forces|StateForce|security forces]] to fight the remnants of {ISIS}."
    )
    assert ("Arab tribal fighters", "opposes", "Syrian Democratic Forces") in triples
    assert ("Iraqi Security Forces", "opposes", "Islamic State") in triples


def test_extraction_relations_general_backed_modifies_only_its_own_noun():
    """'Iran-backed forces and Hezbollah fighters': the backing is said of the forces, not of Hezbollah."""
    triples = _triples(f"Israel struck {IRAN}-backed forces and {HEZBOLLAH} fighters in Syria.")
    assert ("Iran", "supports", "Hezbollah") not in triples


def test_extraction_relations_general_its_members_on_a_payroll():
    """'its members are on the payroll of X': X backs the group the sentence before is about."""
    triples = _triples(
        f"The {YBS} was formed in 2014 with the help of the {PKK}. Many of its members are now on the payroll of "
        f"the {PMF}."
    )
    assert ("Popular Mobilization Forces", "supports", "Sinjar Resistance Units") in triples
    assert ("Popular Mobilization Forces", "supports", "Kurdistan Workers' Party") not in triples


@pytest.mark.parametrize(
    ("markup", "wanted", "unwanted"),
    [
        (  # a place that 'lies in' a countryside
            "The town of [[P|Kafr Zita|Town|Kafr Zita]], which lies in the northern countryside of "
            "[[P|Hama Governorate|Governorate|Hama]], was targeted.",
            ("Kafr Zita", "locatedIn", "Hama Governorate"),
            None,
        ),
        (  # the commander of a possessed unit commands the unit, not its parent
            "Colonel [[A|Hiwa Rahim|Person|Hiwa Rahim]], commander of the [[A|Peshmerga|StateForce|Peshmerga]]'s "
            "[[A|Peshmerga 5th Brigade|MilitaryUnit|5th Brigade]], spoke.",
            ("Hiwa Rahim", "commands", "Peshmerga 5th Brigade"),
            ("Hiwa Rahim", "commands", "Peshmerga"),
        ),
        (  # a former affiliate is no part
            "[[P|Idlib Governorate|Governorate|Idlib]] is held by [[A|Hayat Tahrir al-Sham|ArmedGroup|HTS]], a "
            "former [[A|al-Qaeda|ArmedGroup|al-Qaeda]] affiliate.",
            ("Hayat Tahrir al-Sham", "controls", "Idlib Governorate"),
            ("Hayat Tahrir al-Sham", "partOf", "al-Qaeda"),
        ),
        (  # fighters who have deployed along a border
            f"Fighters of {HEZBOLLAH} have deployed along the [[P|Syria–Lebanon border|Border|Syrian-Lebanese "
            "border]] near Qusayr.",
            ("Hezbollah", "operatesIn", "Syria–Lebanon border"),
            None,
        ),
    ],
)
def test_extraction_relations_general_more_outlets(markup, wanted, unwanted):
    triples = _triples(markup)
    assert wanted in triples
    assert unwanted not in triples


def test_extraction_relations_general_a_division_of_a_group():
    """'the Hamza Division of the SNA' (a unit-named group of its parent); 'fighters of the SNA' names no part."""
    triples = _triples(
        f"Clashes erupted between the [[A|Hamza Division|ArmedGroup|Hamza Division]] of the {SNA} and gunmen. "
        f"Members of [[A|Ahrar al-Sharqiya|ArmedGroup|Ahrar al-Sharqiya]] of the {SNA} fled."
    )
    assert ("Hamza Division", "partOf", "Syrian National Army") in triples
    assert ("Ahrar al-Sharqiya", "partOf", "Syrian National Army") not in triples


def test_extraction_relations_general_org_role_then_name_in_apposition():
    """'Another ISIS operative, Abu Yasser, was killed': the role and the name set off by a comma."""
    triples = _triples(f"Another {ISIS} operative, [[A|Abu Yasser|Person|Abu Yasser]], was killed in the raid.")
    assert ("Abu Yasser", "memberOf", "Islamic State") in triples


def test_extraction_relations_general_forces_of_one_state_are_no_allies():
    """Co-agents that are branches of one state's forces are one side; a militia beside the army is an ally."""
    cts = "[[A|Iraqi Counter-Terrorism Service|StateForce|Counter-Terrorism Service|Iraqi Security Forces]]"
    army = "[[A|Iraqi Army|StateForce|army|Iraqi Security Forces]]"
    isf = "[[A|Iraqi Security Forces|StateForce|Iraqi forces|Iraq]]"
    iraq = "[[A|Iraq|State|Iraq]]"
    triples = _triples(
        f"{iraq} said {isf} were on alert. The {cts} and the {army} launched a joint operation against {ISIS} "
        f"near Rutba on Monday. The {army} and the {PMF} launched an operation against {ISIS} in Diyala on Sunday."
    )
    assert not any(p == "alliedWith" and "Iraqi Counter-Terrorism Service" in (s, o) for s, p, o in triples)
    allied = {frozenset((s, o)) for s, p, o in triples if p == "alliedWith"}
    assert frozenset(("Popular Mobilization Forces", "Iraqi Army")) in allied


@pytest.mark.parametrize(
    "phrase",
    [
        "in the far east of",
        "in the south of the",
        "in the heart of",
        "in northeastern",
        "in the eastern countryside of",
    ],
)
def test_extraction_relations_general_in_a_part_of_a_province(phrase):
    triples = _triples(
        f"Residents of [[P|Hajin|Town|Hajin]], {phrase} [[P|Deir ez-Zor Governorate|Governorate|Deir ez-Zor]], fled."
    )
    assert ("Hajin", "locatedIn", "Deir ez-Zor Governorate") in triples
    near = _triples("Residents of [[P|Hajin|Town|Hajin]], east of [[P|Deir ez-Zor|City|Deir ez-Zor]], fled.")
    assert ("Hajin", "locatedIn", "Deir ez-Zor") not in near


AXIS = "[[A|Axis of Resistance|Coalition|Axis of Resistance]]"


@pytest.mark.parametrize(
    ("markup", "wanted", "near_miss"),
    [
        (  # Al-Masdar: 'the SAA and their allies from the NDF'
            f"The {SAA} and their allies from the [[A|National Defense Forces|ArmedGroup|NDF]] launched an offensive.",
            ("National Defense Forces", "alliedWith", "Syrian Arab Army"),
            f"The {SAA} and their rivals from the [[A|National Defense Forces|ArmedGroup|NDF]] launched an offensive.",
        ),
        (  # a unit under someone's command
            "Led by the [[A|Tiger Forces|MilitaryUnit|Tiger Forces]], under the command of Brigadier General "
            "[[A|Suheil al-Hassan|Person|Suheil al-Hassan]], troops advanced.",
            ("Suheil al-Hassan", "commands", "Tiger Forces"),
            "Led by the [[A|Tiger Forces|MilitaryUnit|Tiger Forces]], after the visit of Brigadier General "
            "[[A|Suheil al-Hassan|Person|Suheil al-Hassan]], troops advanced.",
        ),
        (  # Press TV: a key member of an axis; 'said it would continue its operations against'
            f"{KH}, a key member of the {AXIS}, said it would continue its operations against the {US_FORCES}.",
            ("Kata'ib Hezbollah", "opposes", "United States Armed Forces"),
            f"{KH}, a key member of the {AXIS}, said it would continue its talks with the {US_FORCES}.",
        ),
        (  # groups named by a descriptor noun, part of an axis
            f"The [[A|Islamic Resistance in Iraq|ArmedGroup|Iraqi resistance]] groups, which are part of the {AXIS}, "
            "attacked bases.",
            ("Islamic Resistance in Iraq", "memberOf", "Axis of Resistance"),
            f"The [[A|Islamic Resistance in Iraq|ArmedGroup|Iraqi resistance]] groups, which are wary of the {AXIS}, "
            "attacked bases.",
        ),
    ],
)
def test_extraction_relations_general_masdar_and_press_tv_phrasings(markup, wanted, near_miss):
    assert wanted in _triples(markup)
    assert wanted not in _triples(near_miss)


@pytest.mark.parametrize(
    ("markup", "wanted", "unwanted"),
    [
        (  # Shafaq: a chief of staff is a member, not the leader
            f"The meeting was attended by the {PMF} chief of staff [[A|Abu Fadak|Person|Abu Fadak al-Mohammadawi]].",
            ("Abu Fadak", "memberOf", "Popular Mobilization Forces"),
            ("Abu Fadak", "leads", "Popular Mobilization Forces"),
        ),
        (  # 'where it has been deployed': the group the sentence is about
            "[[A|Saraya al-Salam|ArmedGroup|Saraya al-Salam]] controls the city of [[P|Samarra|City|Samarra]], "
            "where it has been deployed since 2014.",
            ("Saraya al-Salam", "operatesIn", "Samarra"),
            None,
        ),
        (  # a unit 'of the' parent holding positions: the unit is the subject
            f"The [[A|PMF 30th Brigade|MilitaryUnit|30th Brigade]] of the {PMF}, which is made up of Shabak fighters, "
            "holds positions in the [[P|Nineveh Plains|Region|Nineveh Plains]].",
            ("PMF 30th Brigade", "operatesIn", "Nineveh Plains"),
            ("Popular Mobilization Forces", "operatesIn", "Nineveh Plains"),
        ),
    ],
)
def test_extraction_relations_general_iraqi_outlets(markup, wanted, unwanted):
    triples = _triples(markup)
    assert wanted in triples
    assert unwanted not in triples


def test_extraction_relations_general_affiliated_premodifier():
    """'the SDF-affiliated Manbij Military Council' is part of the SDF; 'SDF-affiliated and X' binds no further."""
    mmc = "[[A|Manbij Military Council|ArmedGroup|Manbij Military Council]]"
    assert ("Manbij Military Council", "partOf", "Syrian Democratic Forces") in _triples(
        f"The {SDF}-affiliated {mmc} repelled an attack."
    )
    assert ("Manbij Military Council", "partOf", "Syrian Democratic Forces") not in _triples(
        f"The {SDF}-affiliated councils and the {mmc} repelled an attack."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The town of [[P|Tal Tamr|Town|Tal Tamr]], which is now in the hands of the {SAA}, was shelled.",
        "[[P|Tal Tamr|Town|Tal Tamr]] remained in the grip of the {SAA} until 2019.",
    ],
)
def test_extraction_relations_general_in_the_hands_of(sentence):
    assert ("Syrian Arab Army", "controls", "Tal Tamr") in _triples(sentence.format(SAA=SAA))


def test_extraction_relations_general_backed_by_an_actor_named_in_the_article():
    """'IRGC-backed militia groups' after the IRGC is named: the prefix names that actor, not only a country."""
    triples = _triples(
        "Strikes hit sites used by the [[A|Islamic Revolutionary Guard Corps|StateForce|IRGC]]. Attacks by "
        "[[A|Iranian-backed militias|ArmedGroup|IRGC-backed militia groups]] continued."
    )
    assert ("Islamic Revolutionary Guard Corps", "supports", "Iranian-backed militias") in triples


def test_extraction_relations_general_a_country_named_as_a_place_before_backed_or_held():
    """'Turkey-backed', 'Turkey-held' with the country resolved as a place: the State the article names."""
    triples = _triples(
        f"{TURKEY} and Russia agreed on a truce. Clashes hit [[P|Turkey|Country|Turkey]]-held areas of "
        "[[P|Afrin|City|Afrin]] and [[P|Turkey|Country|Turkey]]-backed gunmen of the "
        "[[A|Hamza Division|ArmedGroup|Hamza Division]]."
    )
    assert ("Turkey", "controls", "Afrin") in triples
    assert ("Turkey", "supports", "Hamza Division") in triples


def test_extraction_relations_general_a_sentence_opening_with_it_takes_up_the_previous_subject():
    """'… It has fought alongside the Syrian army' is said of the group the sentence before is about."""
    triples = _triples(
        f"{HEZBOLLAH} is a Lebanese group backed by {IRAN}. It has fought alongside the {SAA} since 2013. "
        f"The {SDF} announced a new operation. It controls most of [[P|Raqqa Governorate|Governorate|Raqqa]]."
    )
    assert ("Hezbollah", "alliedWith", "Syrian Arab Army") in triples
    assert ("Syrian Democratic Forces", "controls", "Raqqa Governorate") in triples


def test_extraction_relations_general_an_expletive_it_is_no_subject():
    triples = _triples(
        f"{ISIS} attacked a checkpoint. It is worth noting that the {PMF} was later incorporated into the "
        "[[A|Iraqi Security Forces|StateForce|Iraqi armed forces]]."
    )
    assert ("Islamic State", "partOf", "Iraqi Security Forces") not in triples
    assert ("Popular Mobilization Forces", "partOf", "Iraqi Security Forces") in triples


def test_extraction_relations_general_a_group_backed_by_with_a_copula():
    triples = _triples(
        f"{HEZBOLLAH} is a Lebanese group backed by {IRAN}. [[A|Liwa Fatemiyoun|ArmedGroup|The Fatemiyoun]] is an "
        "Afghan militia trained by the [[A|Islamic Revolutionary Guard Corps|StateForce|IRGC]]."
    )
    assert ("Iran", "supports", "Hezbollah") in triples
    assert ("Islamic Revolutionary Guard Corps", "supports", "Liwa Fatemiyoun") in triples
    assert ("Iran", "supports", "Hezbollah") not in _triples(f"{HEZBOLLAH} is a Lebanese group hostile to {IRAN}.")
