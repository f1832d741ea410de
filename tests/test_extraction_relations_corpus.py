"""A corpus of relation-bearing sentences read through the whole pipeline (real entity resolution).

Each case is a short text written for this test in the manner of a different outlet (wires, Kurdish, Iraqi,
Syrian state and opposition, Iranian, Russian and Turkish media, monitors, think tanks), with the triples an
annotator following ``shared/gold/FORMAT.md`` and ``eval/README.md`` would mark, and triples that must not be
read (near misses: a rival is no parent, one attack is no general hostility, a post established as a one-off
event is no standing presence, "formerly held" is no control). The cases exercise the few broad frames of
``kg/data/relation_patterns.json`` (appositives, relative clauses, possessives, hyphenated adjectives such as
"Iran-aligned"/"SDF-held", "under the control of", lists, passives) rather than single sentences.
"""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.extraction import extract_to_json


def _triples(text: str) -> set[tuple[str, str, str]]:
    data = extract_to_json(article_from_text("Report\n\n" + text + "\n"))
    return {(r["subject"], r["predicate"], r["object"]) for r in data["relations"]}


CORPUS = [
    (
        (
            "Fighters from Kataib Sayyid al-Shuhada, an Iran-aligned faction of the Popular Mobilization "
            "Forces, were sent to the border."
        ),
        [
            ("Kata'ib Sayyid al-Shuhada", "partOf", "Popular Mobilization Forces"),
            ("Kata'ib Sayyid al-Shuhada", "alliedWith", "Iran"),
        ],
        [("Kata'ib Sayyid al-Shuhada", "partOf", "Iran")],
    ),
    (
        "Asaib Ahl al-Haq, an Iran-aligned faction of the Popular Mobilization Forces, took part.",
        [("Asa'ib Ahl al-Haq", "partOf", "Popular Mobilization Forces"), ("Asa'ib Ahl al-Haq", "alliedWith", "Iran")],
        [("Asa'ib Ahl al-Haq", "partOf", "Iran")],
    ),
    (
        "The Hamza Division, a Turkish-backed faction of the Syrian National Army, denied the charges.",
        [("Hamza Division", "partOf", "Syrian National Army")],
        [],
    ),
    (
        ("Kata'ib Hezbollah is one of the most powerful factions within the PMF, officials in Baghdad said."),
        [("Kata'ib Hezbollah", "partOf", "Popular Mobilization Forces")],
        [],
    ),
    (
        ("The People's Protection Units (YPG), the backbone of the Syrian Democratic Forces, rejected the claim."),
        [("People's Protection Units", "partOf", "Syrian Democratic Forces")],
        [],
    ),
    (
        "The Sultan Murad Division, part of the Syrian National Army, shelled the village.",
        [("Sultan Murad Division", "partOf", "Syrian National Army")],
        [],
    ),
    (
        "Kataib Hezbollah, a rival of the Sadrist movement, denied the accusation.",
        [],
        [("Kata'ib Hezbollah", "partOf", "Sadrist movement")],
    ),
    (
        "The 4th Division, an elite unit of the Syrian Arab Army, moved to Daraa.",
        [("4th Armoured Division", "partOf", "Syrian Arab Army")],
        [],
    ),
    (
        "Farhad Shami, a spokesman for the Syrian Democratic Forces, said the attack was repelled.",
        [("Farhad Shami", "memberOf", "Syrian Democratic Forces")],
        [],
    ),
    (
        "SDF spokesman Farhad Shami told reporters that two fighters were wounded.",
        [("Farhad Shami", "memberOf", "Syrian Democratic Forces")],
        [],
    ),
    (
        "Farhad Shami, who criticised the Syrian Democratic Forces last year, declined to comment.",
        [],
        [("Farhad Shami", "memberOf", "Syrian Democratic Forces")],
    ),
    (
        (
            "Kataib Hezbollah threatened US forces. The militia's spokesman, Kadhim al-Fartousi, said the "
            "truce was over."
        ),
        [("Kadhim al-Fartousi", "memberOf", "Kata'ib Hezbollah")],
        [],
    ),
    (
        "Jordan, a member of the US-led coalition, has carried out strikes in Syria.",
        [("Jordan", "memberOf", "US-led coalition")],
        [],
    ),
    (
        "Syria accused Israel of the raid. Hezbollah, an ally of Damascus, vowed to respond.",
        [("Hezbollah", "alliedWith", "Syria")],
        [],
    ),
    (
        "Russia, the Syrian government's main ally, sent more jets to Hmeimim.",
        [("Russia", "alliedWith", "Syrian government")],
        [],
    ),
    (
        "Iran-aligned Harakat al-Nujaba said it would keep up its attacks.",
        [("Harakat Hezbollah al-Nujaba", "alliedWith", "Iran")],
        [],
    ),
    (
        "The Syrian Democratic Forces, a key ally of the United States, detained 20 suspects.",
        [("Syrian Democratic Forces", "alliedWith", "United States")],
        [],
    ),
    (
        "Turkey and its allies in the Syrian National Army launched the offensive in October.",
        [("Syrian National Army", "alliedWith", "Turkey")],
        [],
    ),
    (
        "Hezbollah has fought alongside the Syrian Arab Army since 2013.",
        [("Hezbollah", "alliedWith", "Syrian Arab Army")],
        [],
    ),
    (
        "Hezbollah, an enemy of Israel, sent fighters to Qusayr.",
        [],
        [("Hezbollah", "alliedWith", "Israel")],
    ),
    (
        ("The Syrian Democratic Forces, Washington's main partner in the fight against IS, said the raid succeeded."),
        [
            ("Syrian Democratic Forces", "alliedWith", "United States"),
            ("Syrian Democratic Forces", "opposes", "Islamic State"),
        ],
        [],
    ),
    (
        "The Syrian National Army, backed by Turkey, shelled the outskirts of Manbij.",
        [("Turkey", "supports", "Syrian National Army")],
        [],
    ),
    (
        "Russia, the main backer of the Syrian government, denied targeting civilians.",
        [("Russia", "supports", "Syrian government")],
        [],
    ),
    (
        "Iran has armed and funded Kataib Hezbollah for years, the report said.",
        [("Iran", "supports", "Kata'ib Hezbollah")],
        [],
    ),
    (
        "Reinforcements from the Iranian-backed Fatemiyoun Brigade arrived in Palmyra.",
        [("Iran", "supports", "Liwa Fatemiyoun")],
        [],
    ),
    (
        "The US-led coalition provides training and weapons to the Syrian Democratic Forces.",
        [("US-led coalition", "supports", "Syrian Democratic Forces")],
        [],
    ),
    (
        "Hezbollah receives money and weapons from Iran, according to the US Treasury.",
        [("Iran", "supports", "Hezbollah")],
        [],
    ),
    (
        "The Syrian National Army, attacked by Turkey's rivals, withdrew.",
        [],
        [("Turkey", "supports", "Syrian National Army")],
    ),
    (
        "The Syrian Democratic Forces, attacked by Turkey, withdrew from the village.",
        [],
        [("Turkey", "supports", "Syrian Democratic Forces")],
    ),
    (
        "Turkey has been fighting the Kurdistan Workers' Party for decades.",
        [("Turkey", "opposes", "Kurdistan Workers' Party")],
        [],
    ),
    (
        "The PKK has waged an insurgency against Turkey since 1984.",
        [("Kurdistan Workers' Party", "opposes", "Turkey")],
        [],
    ),
    (
        "Ankara considers the YPG a terrorist organisation.",
        [("Turkey", "opposes", "People's Protection Units")],
        [],
    ),
    (
        "Hezbollah, a sworn enemy of Israel, has built up its arsenal.",
        [("Hezbollah", "opposes", "Israel")],
        [],
    ),
    (
        "The Peshmerga have been at war with the Islamic State since 2014.",
        [("Peshmerga", "opposes", "Islamic State")],
        [],
    ),
    (
        "The Iraqi army, in its campaign against Islamic State remnants, cleared three villages.",
        [("Iraqi Army", "opposes", "Islamic State")],
        [],
    ),
    (
        "An Islamic State attack killed three Peshmerga fighters near Kifri on Monday.",
        [],
        [("Islamic State", "opposes", "Peshmerga")],
    ),
    (
        "The Popular Mobilization Forces were formed in 2014 to fight ISIS.",
        [("Popular Mobilization Forces", "opposes", "Islamic State")],
        [],
    ),
    (
        "Hayat Tahrir al-Sham, which runs most of Idlib, denied the report.",
        [("Hayat Tahrir al-Sham", "controls", "Idlib")],
        [],
    ),
    (
        "Peshmerga forces, who control Sinjar mountain, were put on alert.",
        [("Peshmerga", "controls", "Sinjar Mountains")],
        [],
    ),
    (
        "The strike hit Albu Kamal, an area under the control of Iranian-backed militias.",
        [("Iranian-backed militias", "controls", "Albu Kamal"), ("Iran", "supports", "Iranian-backed militias")],
        [],
    ),
    (
        "Clashes broke out near the SDF-held town of Raqqa.",
        [("Syrian Democratic Forces", "controls", "Raqqa")],
        [],
    ),
    (
        "Tal Abyad fell to Turkish-backed factions in October 2019.",
        [("Turkish-backed armed groups", "controls", "Tell Abyad")],
        [],
    ),
    (
        "Tal Rifaat remains in the hands of the People's Protection Units.",
        [("People's Protection Units", "controls", "Tell Rifaat")],
        [],
    ),
    (
        "Ras al-Ain, occupied by Turkey since 2019, saw fresh clashes.",
        [("Turkey", "controls", "Ras al-Ayn")],
        [],
    ),
    (
        "Al-Tanf, a US-controlled garrison near the border, was targeted by drones.",
        [("United States", "controls", "Al-Tanf")],
        [],
    ),
    (
        "The Syrian army tried but failed to capture Saraqib in January.",
        [],
        [("Syrian Arab Army", "controls", "Saraqib")],
    ),
    (
        "Afrin, formerly held by the People's Protection Units, saw protests.",
        [],
        [("People's Protection Units", "controls", "Afrin")],
    ),
    (
        "Al-Mayadin has been under the control of Iranian-backed militias since 2017.",
        [("Iranian-backed militias", "controls", "Al-Mayadin")],
        [],
    ),
    (
        "Hayat Tahrir al-Sham, which lost Saraqib in 2020, regrouped.",
        [],
        [("Hayat Tahrir al-Sham", "controls", "Saraqib")],
    ),
    (
        "Fighters affiliated with the Fatemiyoun Brigade were seen in Albu Kamal.",
        [("Liwa Fatemiyoun", "operatesIn", "Albu Kamal")],
        [],
    ),
    (
        "Harakat al-Nujaba, which has units stationed at al-Qa'im, denied involvement.",
        [("Harakat Hezbollah al-Nujaba", "operatesIn", "Al-Qa'im")],
        [],
    ),
    (
        "The Wagner Group operates near Palmyra.",
        [("Wagner Group", "operatesIn", "Palmyra")],
        [],
    ),
    (
        "The Turkish army has set up a new observation post near Saraqib.",
        [("Turkish Armed Forces", "operatesIn", "Saraqib")],
        [],
    ),
    (
        "Islamic State cells remain active in the Syrian Desert.",
        [("Islamic State", "operatesIn", "Syrian Desert")],
        [],
    ),
    (
        "Russian military police patrol the town of Tal Rifaat.",
        [("Russian Military Police", "operatesIn", "Tell Rifaat")],
        [],
    ),
    (
        "The Islamic Revolutionary Guard Corps maintains a strong presence in Albu Kamal.",
        [("Islamic Revolutionary Guard Corps", "operatesIn", "Albu Kamal")],
        [],
    ),
    (
        "The PKK, which maintains bases in the Qandil Mountains, rejected the offer.",
        [("Kurdistan Workers' Party", "operatesIn", "Qandil Mountains")],
        [],
    ),
    (
        "The Peshmerga deployed reinforcements to Makhmour on Sunday.",
        [("Peshmerga", "operatesIn", "Makhmur")],
        [],
    ),
    (
        "Last week the Turkish army established three posts in the towns of Saraqib and Binnish.",
        [],
        [("Turkish Armed Forces", "operatesIn", "Saraqib")],
    ),
    (
        "Turkish troops withdrew from Morek on Tuesday.",
        [],
        [("Turkish Armed Forces", "operatesIn", "Morek")],
    ),
    (
        "Kataib Hezbollah fighters are deployed along the road between Baghdad and Jurf al-Sakhar.",
        [],
        [],
    ),
    (
        "Saraqib, a town in Idlib province, was shelled overnight.",
        [("Saraqib", "locatedIn", "Idlib Governorate")],
        [],
    ),
    (
        "Qamishli in Hasakah province saw protests.",
        [("Qamishli", "locatedIn", "Al-Hasakah Governorate")],
        [],
    ),
    (
        "Sinjar, a district of Nineveh province, is disputed.",
        [("Sinjar", "locatedIn", "Nineveh Governorate")],
        [],
    ),
    (
        "Tal Tamr, 40 km north of Hasakah, was shelled.",
        [],
        [("Tal Tamr", "locatedIn", "Al-Hasakah")],
    ),
    (
        "Mazloum Abdi, the commander-in-chief of the Syrian Democratic Forces, met the envoy.",
        [("Mazloum Abdi", "commands", "Syrian Democratic Forces")],
        [],
    ),
    (
        "Esmail Qaani, the commander of the Quds Force, visited Baghdad.",
        [("Esmail Qaani", "commands", "Quds Force")],
        [],
    ),
    (
        "Suhail al-Hassan, who commands the 25th Division, toured the front.",
        [("Suheil al-Hassan", "commands", "25th Special Mission Forces Division")],
        [],
    ),
    (
        ("Kataib Hezbollah denied the report. The group's commander, Abu Fadak al-Mohammadawi, did not comment."),
        [("Abu Fadak al-Mohammadawi", "commands", "Kata'ib Hezbollah")],
        [],
    ),
    (
        "Asaib Ahl al-Haq welcomed the vote. The militia's leader, Qais al-Khazali, praised the fighters.",
        [("Qais al-Khazali", "leads", "Asa'ib Ahl al-Haq")],
        [],
    ),
    (
        "Hezbollah leader Hassan Nasrallah said the group would respond.",
        [("Hassan Nasrallah", "leads", "Hezbollah")],
        [],
    ),
    (
        "Hassan Nasrallah, the secretary-general of Hezbollah, spoke on Friday.",
        [("Hassan Nasrallah", "leads", "Hezbollah")],
        [],
    ),
    (
        "Hayat Tahrir al-Sham, led by Abu Mohammad al-Julani, denied the report.",
        [("Abu Mohammad al-Julani", "leads", "Hayat Tahrir al-Sham")],
        [],
    ),
    (
        "Muqtada al-Sadr, who heads the Sadrist movement, called for calm.",
        [("Muqtada al-Sadr", "leads", "Sadrist movement")],
        [],
    ),
    (
        "Hassan Nasrallah praised Hezbollah fighters on Friday.",
        [],
        [("Hassan Nasrallah", "leads", "Hezbollah")],
    ),
    (
        "Coalition jets pounded Tal Afar, the Islamic State's main stronghold west of Mosul.",
        [("Islamic State", "controls", "Tal Afar")],
        [],
    ),
    (
        "Idlib, the last major stronghold of Hayat Tahrir al-Sham, braced for an offensive.",
        [("Hayat Tahrir al-Sham", "controls", "Idlib")],
        [],
    ),
    (
        "Raqqa, the former stronghold of the Islamic State, is being rebuilt.",
        [],
        [("Islamic State", "controls", "Raqqa")],
    ),
    (
        ("Iraqi troops, backed by air strikes and advisers from the US-led coalition, entered the old city."),
        [("US-led coalition", "supports", "Iraqi Security Forces")],
        [],
    ),
    (
        "The Syrian National Army, which includes the Turkish-backed Hamza Division, mobilised.",
        [("Hamza Division", "partOf", "Syrian National Army")],
        [("Turkey", "supports", "Syrian National Army")],
    ),
    (
        ("The Popular Mobilization Forces, which include the Iran-backed Badr Organisation, deployed north."),
        [("Badr Organization", "partOf", "Popular Mobilization Forces"), ("Iran", "supports", "Badr Organization")],
        [("Iran", "supports", "Popular Mobilization Forces")],
    ),
    (
        "The US army keeps about 200 soldiers at a base near Qamishli, the Pentagon said.",
        [("United States Armed Forces", "operatesIn", "Qamishli")],
        [],
    ),
    pytest.param(
        "The Turkish army said its observation post at Morek came under fire.",
        [("Turkish Armed Forces", "operatesIn", "Murak")],
        [],
        marks=pytest.mark.xfail(
            reason="no rule: 'its post at X' needs whom 'its' means; the nearest actor was the wrong side in dev",
            strict=True,
        ),
    ),
    (
        "Fighters of the Sultan Murad faction, part of the Syrian National Army, took the hill.",
        [("Sultan Murad Division", "partOf", "Syrian National Army")],
        [],
    ),
    (
        "The Turkistan Islamic Party, a key HTS ally, denied the claim.",
        [("Turkistan Islamic Party", "alliedWith", "Hayat Tahrir al-Sham")],
        [],
    ),
    pytest.param(
        "Russian jets struck the Idlib-based Hayat Tahrir al-Sham.",
        [("Hayat Tahrir al-Sham", "operatesIn", "Idlib")],
        [],
        marks=pytest.mark.xfail(reason="resolution: a place before '-based' is not recognised", strict=True),
    ),
    (
        "Al-Hol camp, which is guarded by the Asayish, holds thousands of families.",
        [("Asayish", "controls", "Al-Hol camp")],
        [],
    ),
    (
        "Women were moved to the SDF-guarded Roj camp.",
        [("Syrian Democratic Forces", "controls", "Roj Camp")],
        [],
    ),
    (
        "The Syrian Democratic Forces, whose backbone is the YPG, rejected the deal.",
        [("People's Protection Units", "partOf", "Syrian Democratic Forces")],
        [],
    ),
    (
        "Turkey, which considers the YPG a terrorist organisation, shelled Tal Rifaat.",
        [("Turkey", "opposes", "People's Protection Units")],
        [],
    ),
    (
        (
            "The Syrian army launched an offensive on Saraqib on Monday. The advance, backed by Russian "
            "warplanes, took two villages."
        ),
        [("Russian Aerospace Forces", "supports", "Syrian Arab Army")],
        [],
    ),
    # --- dev4 round: frames generalised from recurring misses on unseen text ---
    # a state's own force or body named by possessive (dev3, dev4), not a government or a rival
    ("Syria's elite Republican Guard moved into the suburbs on Friday.", [("Republican Guard", "partOf", "Syria")], []),
    (
        "Turkey vowed to respond after Turkey's defence ministry said two soldiers were wounded near the border.",
        [("Turkish Ministry of National Defence", "partOf", "Turkey")],
        [],
    ),
    ("Iran's counterpart, the Iraqi Army, rejected the claim.", [], [("Iraqi Army", "partOf", "Iran")]),
    # "the Turkish state" stands for the State the article names
    (
        "Turkey has long accused the group. The PKK, which has fought an insurgency against the Turkish state "
        "since 1984, denied the claim.",
        [("Kurdistan Workers' Party", "opposes", "Turkey")],
        [],
    ),
    (
        "Turkey shelled the area, Turkish state media reported, after the PKK claimed an attack.",
        [],
        [("Kurdistan Workers' Party", "opposes", "Turkey")],
    ),
    # a campaign told before its agent ("In its war against X, the Y ...")
    (
        "In its decades-long armed campaign against Turkey, the PKK has attacked army posts in the southeast.",
        [("Kurdistan Workers' Party", "opposes", "Turkey")],
        [],
    ),
    (
        "In its report on Turkey, the SOHR listed the attacks.",
        [],
        [("Syrian Observatory for Human Rights", "opposes", "Turkey")],
    ),
    # strongholds in a list and in the plural; the holder named by possessive before them
    (
        "Troops advanced on Hawija and Tal Afar, the Islamic State's remaining strongholds in northern Iraq.",
        [("Islamic State", "controls", "Hawija"), ("Islamic State", "controls", "Tal Afar")],
        [],
    ),
    (
        "The road leads to the Syrian government's heartland in the province of Tartus.",
        [("Syrian government", "controls", "Tartus Governorate")],
        [],
    ),
    (
        "Kurdish fighters entered Manbij, the Islamic State's former stronghold.",
        [],
        [("Islamic State", "controls", "Manbij")],
    ),
    # a head of state named by possessive title, before or after the name, or as a counterpart
    (
        "Iraq's prime minister, Haider al-Abadi, visited the troops in Mosul.",
        [("Haider al-Abadi", "leads", "Iraqi government")],
        [],
    ),
    (
        "The talks in Ankara were held by President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan.",
        [("Recep Tayyip Erdoğan", "leads", "Turkey")],
        [],
    ),
    # a title holder whose body of that kind the article named earlier
    (
        "The Turkish defence ministry said the strikes hit 40 targets.\n\nDefence Minister Hulusi Akar visited "
        "the border units on Sunday.",
        [("Hulusi Akar", "leads", "Turkish Ministry of National Defence")],
        [],
    ),
    # "dominated by": the dominant group is part of the alliance
    (
        "The SDF, which is dominated by the YPG, said it repelled the attack.",
        [("People's Protection Units", "partOf", "Syrian Democratic Forces")],
        [],
    ),
    ("The SDF, which is dominated by fears of a Turkish attack, said nothing.", [], []),
    # "loyal to", in apposition and as a predicate
    (
        "Kataib Hezbollah and Asaib Ahl al-Haq, two militias loyal to Iran's Revolutionary Guards, denied it.",
        [
            ("Kata'ib Hezbollah", "alliedWith", "Islamic Revolutionary Guard Corps"),
            ("Asa'ib Ahl al-Haq", "alliedWith", "Islamic Revolutionary Guard Corps"),
        ],
        [],
    ),
    # the backer named by modifier, the backer in apposition first
    (
        "Peshmerga troops backed by US-led coalition warplanes pushed into the town.",
        [("US-led coalition", "supports", "Peshmerga")],
        [("United States", "supports", "Peshmerga")],
    ),
    ("Iran, Hezbollah's main backer, condemned the strike.", [("Iran", "supports", "Hezbollah")], []),
    # "its main partner" takes up whom "its" stands for
    (
        "The United States withdrew its troops, abandoning the SDF, its main partner in the fight against the "
        "Islamic State group.",
        [
            ("Syrian Democratic Forces", "alliedWith", "United States"),
            ("Syrian Democratic Forces", "opposes", "Islamic State"),
        ],
        [],
    ),
    # a deputy named by possessive
    (
        "The strike killed Abu Mahdi al-Muhandis, the PMF's deputy chief.",
        [("Abu Mahdi al-Muhandis", "memberOf", "Popular Mobilization Forces")],
        [],
    ),
    # the commander of a force a place-named state owns
    (
        "He met Qasem Soleimani, the commander of Iran's Quds Force, in Baghdad.",
        [("Qasem Soleimani", "commands", "Quds Force")],
        [],
    ),
    # an umbrella named again by its noun; its factions are members, not allies of one another
    (
        "The Jaish al-Fatah operations room took full control of Idlib city on Saturday. The operations room, "
        "which groups Ahrar al-Sham, Jund al-Aqsa and Faylaq al-Sham, launched the battle on Tuesday.",
        [("Ahrar al-Sham", "memberOf", "Army of Conquest"), ("Faylaq al-Sham", "memberOf", "Army of Conquest")],
        [("Ahrar al-Sham", "alliedWith", "Jund al-Aqsa")],
    ),
    # a capture verb alone tells an event, not standing control; taking control of a place does
    (
        "Iraqi forces recaptured the town of Baiji from the Islamic State on Tuesday.",
        [],
        [("Iraqi Security Forces", "controls", "Baiji")],
    ),
    # the militia defending a town operates in it
    (
        "Polat Can, a spokesman for the YPG, the main Kurdish militia defending Kobani, spoke to reporters.",
        [("People's Protection Units", "operatesIn", "Kobani")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CORPUS)
def test_extraction_relations_corpus(text, wanted, unwanted):
    triples = _triples(text)
    assert set(wanted) <= triples, sorted(triples)
    assert not set(unwanted) & triples, sorted(triples)
