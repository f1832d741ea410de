"""Event detection and incident merging on phrasings of outlets the rules were not written from.

Each test states one class of phrasing in several outlets' styles (wires, Kurdish, Iraqi, Syrian, Russian
outlets, monitors), so a rule fitted to one sentence fails here.
"""

from __future__ import annotations

import datetime

import pytest

from kg.articles import ArticleMetadata, article_from_text
from kg.extraction import extract_to_json


def _events(body: str) -> list[dict]:
    metadata = ArticleMetadata(published=datetime.date(2021, 6, 9))
    article = article_from_text(f"Report\n\n{body}\n", metadata)
    return extract_to_json(article)["events"]


def _figures(event: dict) -> list[tuple]:
    return sorted((c["status"], c["count"], c["min"], c["max"], c["of"]) for c in event["casualties"])


@pytest.mark.parametrize(
    "body, kind",
    [
        (
            "The army captured the village of Al-Shoula on Monday, but ISIS cells still carry out sporadic attacks "
            "in the area.",
            "Capture",
        ),
        (
            "Iraqi F-16 jets struck an ISIS hideout in the Hamrin Mountains on Monday, while the group regularly "
            "attacks army posts in the region.",
            "Airstrike",
        ),
        (
            "The Syrian Arab Army launched an operation against ISIS near Al-Sukhnah on Sunday, but the group "
            "continues to launch attacks in the desert.",
            "MilitaryOperation",
        ),
    ],
)
def test_a_habitual_cue_silences_only_its_own_contrasted_part(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "ISIS cells have intensified their attacks on SDF positions in the countryside of Deir ez-Zor.",
        "The Islamic State has stepped up its attacks against the Iraqi army in Kirkuk in recent months.",
        "ISIS continues to launch attacks against the Popular Mobilization Forces in Diyala.",
        "The Israeli military rarely comments on its strikes in Syria.",
    ],
)
def test_trend_and_meta_statements_are_no_incident(body):
    assert _events(body) == []


def test_a_dated_increase_of_raids_is_still_an_incident():
    events = _events("On June 7, the Syrian Arab Army increased its raids against ISIS near Al-Sukhnah.")
    assert [e["type"] for e in events] == ["MilitaryOperation"]


@pytest.mark.parametrize(
    "body, target",
    [
        ("A member of the Asayish was killed on Tuesday evening by gunmen in the town of Diban.", "Asayish"),
        (
            "Two soldiers of the Syrian Arab Army were shot dead by unidentified gunmen near Daraa on Monday.",
            "Syrian Arab Army",
        ),
        (
            "A fighter of the Syrian Democratic Forces was killed at the hands of ISIS militants in Al-Shuhail.",
            "Syrian Democratic Forces",
        ),
    ],
)
def test_a_passive_killing_with_its_killer_named_is_an_attack(body, target):
    events = _events(body)
    assert len(events) == 1 and events[0]["type"] in ("Attack", "Assassination")
    assert target in events[0]["targets"]


@pytest.mark.parametrize(
    "body",
    [
        "Security sources told AFP on Sunday that ISIS militants attacked an army post near Kirkuk.",
        "ISIS militants attacked an army post near Kirkuk, the ministry said in a statement on Tuesday.",
        "ISIS militants attacked an army post near Kirkuk, a local official told Kurdistan 24 on Monday.",
    ],
)
def test_a_date_that_only_dates_the_telling_is_no_event_date(body):
    events = _events(body)
    assert len(events) == 1 and events[0]["date"] is None


@pytest.mark.parametrize(
    "body",
    [
        (
            "A member of the Asayish was killed on Tuesday by gunmen in the town of Diban. The gunmen, believed "
            "to be ISIS cells, opened fire on him at a checkpoint at the entrance to the town."
        ),
        (
            "Militants shelled positions of the Syrian Arab Army in the Aleppo province 12 times over the past 24 "
            "hours. Twelve shelling attacks from the positions of Hayat Tahrir al-Sham were registered in Aleppo."
        ),
    ],
)
def test_the_next_sentence_telling_more_of_an_incident_is_merged(body):
    assert len(_events(body)) == 1


@pytest.mark.parametrize(
    "body",
    [
        (
            "ISIS militants attacked a PMF post in Tarmiyah on Sunday, killing two fighters. Separately, ISIS "
            "militants attacked a PMF checkpoint in Tarmiyah, wounding three fighters."
        ),
        (
            "ISIS militants attacked a Peshmerga post near Kifri, killing two. Gunmen attacked a checkpoint near "
            "Basra, wounding three."
        ),
        (
            "On Sunday, the Syrian Arab Army began an operation in western Deir Ezzor against ISIS. The next day, "
            "on Monday, they began conducting a combined operation near the Iraqi border."
        ),
    ],
)
def test_another_place_date_or_an_opening_cue_keeps_incidents_apart(body):
    assert len(_events(body)) == 2


@pytest.mark.parametrize(
    "body, figures",
    [
        (
            "A Peshmerga soldier was killed and two others were injured when ISIS militants attacked a post near "
            "Kifri.",
            [("injured", 2, None, None, "Peshmerga"), ("killed", 1, None, None, "Peshmerga")],
        ),
        (
            "Unidentified gunmen shot dead a member of the Syrian Democratic Forces in the town of Al-Shuhail.",
            [("killed", 1, None, None, "Syrian Democratic Forces")],
        ),
        (
            "ISIS militants attacked a post near Kirkuk, killing a senior commander of the Popular Mobilization "
            "Forces.",
            [("killed", 1, None, None, "Popular Mobilization Forces")],
        ),
    ],
)
def test_a_lone_victim_with_modifiers_or_an_owner_is_counted(body, figures):
    events = _events(body)
    assert len(events) == 1 and _figures(events[0]) == figures


@pytest.mark.parametrize(
    "body, agents, targets",
    [
        (
            "Militants of Hayat Tahrir al-Sham attacked positions of the Syrian Arab Army near Saraqib, using "
            "explosive-laden vehicles.",
            ["Hayat Tahrir al-Sham"],
            ["Syrian Arab Army"],
        ),
        (
            "ISIS militants attacked a Peshmerga post near Kifri, then detonated an explosive device.",
            ["Islamic State"],
            ["Peshmerga"],
        ),
    ],
)
def test_names_between_combined_triggers_are_not_all_agents(body, agents, targets):
    events = _events(body)
    assert len(events) == 1
    assert events[0]["agents"] == agents and events[0]["targets"] == targets


@pytest.mark.parametrize(
    "second, agents",
    [
        ("Units of the Syrian Arab Army confronted the assault and destroyed two vehicles.", ["Hayat Tahrir al-Sham"]),
        ("The Syrian Arab Army repelled the attack after two hours.", ["Hayat Tahrir al-Sham"]),
        ("Hayat Tahrir al-Sham carried out the attack with two suicide bombers.", ["Hayat Tahrir al-Sham"]),
    ],
)
def test_a_name_before_a_definite_event_noun_acts_only_through_a_verb_of_doing(second, agents):
    first = "Militants of Hayat Tahrir al-Sham attacked positions of the Syrian Arab Army near Saraqib on Saturday."
    events = _events(f"{first} {second}")
    assert len(events) == 1 and events[0]["agents"] == agents


@pytest.mark.parametrize(
    "second, role",
    [
        (
            "Two soldiers of the Syrian Arab Army were wounded in mortar fire opened by the militants on Jurin.",
            "agents",
        ),
        (
            "Aircraft of the Russian Aerospace Forces destroyed two command posts of the terrorists near Kafr Uwaid.",
            "targets",
        ),
        ("Russian warplanes struck gatherings of the militants near Kafr Uwaid on Monday.", "targets"),
    ],
)
def test_a_generic_group_phrase_takes_the_role_its_marker_gives(second, role):
    first = "Hayat Tahrir al-Sham controls most of the Idlib de-escalation zone."
    events = _events(f"{first} {second}")
    assert len(events) == 1 and "Hayat Tahrir al-Sham" in events[0][role]


def test_a_statistic_does_not_absorb_a_single_incident_with_its_own_toll():
    body = (
        "Militants of Hayat Tahrir al-Sham shelled positions of the Syrian Arab Army 14 times over the past day. "
        "Two soldiers of the Syrian Arab Army were wounded in mortar fire opened by the militants on Jurin."
    )
    assert len(_events(body)) == 2


@pytest.mark.parametrize(
    "body, target",
    [
        (
            "At least ten rockets landed on Ain al-Asad air base, which hosts U.S. and other coalition forces, on "
            "Wednesday.",
            "US-led coalition",
        ),
        (
            "An explosive-laden drone struck near Erbil international airport, where U.S. troops are stationed, on "
            "Tuesday.",
            "United States Armed Forces",
        ),
        (
            "Rockets hit the K1 base near Kirkuk, where U.S. troops are based, on Friday, wounding two soldiers.",
            "United States Armed Forces",
        ),
    ],
)
def test_forces_a_struck_place_hosts_are_its_targets(body, target):
    events = _events(body)
    assert len(events) == 1 and target in events[0]["targets"]
    assert "United States" not in events[0]["targets"]


@pytest.mark.parametrize(
    "body, agents, targets",
    [
        (
            "Azaz is held by the Syrian National Army, which took the area from the Islamic State in 2016.",
            ["Syrian National Army"],
            ["Islamic State"],
        ),
        (
            "The Syrian Democratic Forces drove ISIS out of Raqqa in October 2017.",
            ["Syrian Democratic Forces"],
            ["Islamic State"],
        ),
        ("Mosul fell to the Islamic State in June 2014.", ["Islamic State"], []),
        (
            "The Syrian Arab Army expelled Hayat Tahrir al-Sham from Khan Shaykhun on Tuesday.",
            ["Syrian Arab Army"],
            ["Hayat Tahrir al-Sham"],
        ),
        (
            "Turkish forces and the Syrian National Army occupied Afrin in March 2018.",
            ["Turkish Armed Forces", "Syrian National Army"],
            [],
        ),
    ],
)
def test_captures_told_as_taking_from_driving_out_falling_to_or_occupying(body, agents, targets):
    events = _events(body)
    assert [e["type"] for e in events] == ["Capture"]
    assert events[0]["agents"] == agents and events[0]["targets"] == targets


@pytest.mark.parametrize(
    "body", ["Residents of the occupied Golan protested on Monday.", "ISIS-occupied areas suffer."]
)
def test_occupied_as_an_adjective_is_no_capture(body):
    assert _events(body) == []


def test_a_past_incident_in_a_temporal_clause_of_a_habitual_sentence_is_kept():
    body = (
        "Turkish forces and the Syrian National Army have been attacking the villages of Ain Issa since they "
        "occupied the cities of Ras al-Ayn and Tal Abyad in October 2019."
    )
    assert [e["type"] for e in _events(body)] == ["Capture"]


@pytest.mark.parametrize(
    "body",
    [
        "The Syrian Democratic Forces said they detained five ISIS members in a raid on a house in Shheil on Saturday.",
        "Iraqi Security Forces arrested three ISIS suspects during a security operation in Tarmiyah on Sunday.",
    ],
)
def test_an_arrest_made_in_a_raid_is_one_incident(body):
    events = _events(body)
    assert len(events) == 1 and "Islamic State" not in events[0]["agents"]


@pytest.mark.parametrize(
    "body, figures",
    [
        (  # "claimed the lives of" is a toll, not a claim (the blast was dropped as a claim by "blast")
            "A blast in Tal Abyad on Monday claimed the lives of six civilians, including two women.",
            [("killed", 6, None, None, "civilians")],
        ),
        (  # died / lost their lives without an auxiliary
            "Eight fighters of the SDF lost their lives when ISIS cells attacked a checkpoint near Hajin on Monday.",
            [("killed", 8, None, None, "Syrian Democratic Forces")],
        ),
        (  # a figure ending its clause
            "Russian warplanes struck Maarat al-Numan on Monday, according to the White Helmets, which said two "
            "children were among four people killed.",
            [("killed", 4, None, None, "civilians")],
        ),
        (  # a toll of an incident named by what it was
            "The toll from Monday's car bombing in Afrin climbed to 40 dead, the Turkish defence ministry said.",
            [("killed", 40, None, None, None)],
        ),
        (  # the victims of an airstrike are never the side that struck
            "An Israeli strike near Damascus on Monday left three soldiers dead and seven wounded, state media said.",
            [("injured", 7, None, None, None), ("killed", 3, None, None, None)],
        ),
    ],
)
def test_tolls_in_other_words_and_whose_they_are(body, figures):
    events = _events(body)
    assert len(events) == 1 and _figures(events[0]) == figures


@pytest.mark.parametrize(
    ("body", "agents", "targets"),
    [
        (  # the owner of what was hit, named through a participle that is no act of the incident
            "A roadside bomb targeted a logistics convoy contracted by the US-led coalition near Diwaniyah on Monday.",
            [],
            ["US-led coalition"],
        ),
        (
            "Drones struck fuel trucks owned by Hayat Tahrir al-Sham near Sarmada on Monday.",
            [],
            ["Hayat Tahrir al-Sham"],
        ),
        (  # who told of it is no participant either
            "Two soldiers were killed in an IED blast near Tarmiyah on Monday, reported by the Security Media Cell.",
            [],
            [],
        ),
    ],
)
def test_a_name_after_a_participle_and_by_is_an_owner_or_a_reporter_not_the_agent(body, agents, targets):
    events = _events(body)
    assert len(events) == 1
    assert events[0]["agents"] == agents
    assert [t for t in events[0]["targets"] if t != "civilians"] == targets


@pytest.mark.parametrize(
    "body",
    [
        "Iraqi F-16 jets carried out an airstrike on a hideout of ISIS in the Hamrin Mountains on Monday.",
        "Russian warplanes struck gatherings of Hayat Tahrir al-Sham near Kafr Uwaid on Monday.",
        "The coalition bombed depots of ISIS near Al-Baghuz on Monday.",
    ],
)
def test_what_belongs_to_a_group_names_the_group_attacked(body):
    events = _events(body)
    assert len(events) == 1 and events[0]["targets"] in (["Islamic State"], ["Hayat Tahrir al-Sham"])


@pytest.mark.parametrize(
    "body",
    [
        "Iran vowed to respond to any Israeli aggression at the time and place of its choosing.",
        "The Syrian Democratic Forces threatened to attack Turkish positions near Manbij.",
        "The Turkish occupation state continues its attacks on the villages of Tal Tamr.",
        "The Mutaibijah area has witnessed repeated attacks by ISIS remnants in recent months.",
        "Hurras al-Din has been weakened by a campaign of US strikes in Idlib.",
    ],
)
def test_threats_and_running_campaigns_are_no_incident(body):
    assert _events(body) == []


def test_a_toll_update_goes_to_the_attack_not_to_reinforcements_told_in_between():
    body = (
        "Two fighters of the Popular Mobilization Forces (PMF) were killed on Thursday night in an ISIS attack on a "
        "PMF post in Mutaibijah. The attack lasted for half an hour before reinforcements arrived. Later, the "
        "death toll rose to three, a security source said."
    )
    events = _events(body)
    assert len(events) == 1
    assert [(c["status"], c["count"]) for c in events[0]["casualties"]] == [("killed", 2), ("killed", 3)]


@pytest.mark.parametrize(
    "second",
    [
        "A military source said that a terrorist group attacked the checkpoint with machine guns, killing a soldier.",
        "Witnesses said the gunmen stormed the checkpoint and opened fire, wounding two soldiers.",
    ],
)
def test_the_struck_thing_told_again_with_the_joins_the_incident_even_with_a_toll(second):
    first = "Two soldiers were killed on Tuesday in an attack targeting a military checkpoint in Al-Sanamayn."
    assert len(_events(f"{first} {second}")) == 1


def test_a_reply_told_after_the_trigger_does_not_make_it_a_new_incident():
    body = (
        "Two soldiers were killed on Tuesday in an attack targeting a military checkpoint in Al-Sanamayn. The "
        "gunmen attacked the checkpoint with machine guns, and army units responded to the source of the fire."
    )
    assert len(_events(body)) == 1


def test_no_one_harmed_in_the_strike_does_not_negate_the_strike():
    body = (
        "A US drone strike killed a senior leader of Hurras al-Din near Sarmada on Thursday. US Central Command "
        "said no civilians were harmed in the strike."
    )
    assert len(_events(body)) == 1


@pytest.mark.parametrize(
    "body, agents",
    [
        ("The PMF's 35th Brigade launched a search operation near Mutaibijah on Friday.", ["PMF 35th Brigade"]),
        (
            "The Popular Mobilization Forces' 20th Brigade launched an operation against ISIS near Tarmiyah on Friday.",
            ["PMF 20th Brigade"],
        ),
    ],
)
def test_the_owner_before_a_possessive_only_says_whose_unit_acts(body, agents):
    events = _events(body)
    assert len(events) == 1 and events[0]["agents"] == agents


def test_another_victim_is_counted():
    events = _events("Two soldiers were killed and another was injured when ISIS attacked a post near Kirkuk.")
    assert sorted((c["status"], c["count"]) for c in events[0]["casualties"]) == [("injured", 1), ("killed", 2)]


@pytest.mark.parametrize(
    "body, place, absent",
    [
        ("BAGHDAD, June 8 (Reuters) - Rockets hit Ain al-Asad air base on Monday.", "Ain al-Asad Air Base", "Baghdad"),
        ("ERBIL, Kurdistan Region — ISIS militants attacked a Peshmerga post near Kifri on Sunday.", "Kifri", "Erbil"),
        (
            "ISIS militants attacked a Peshmerga post near Kifri on Sunday before they withdrew towards the Hamrin "
            "Mountains.",
            "Kifri",
            "Hamrin Mountains",
        ),
        (
            "Israeli missiles fired from the direction of the Golan Heights struck the Kafr Sousa neighbourhood of "
            "Damascus on Sunday.",
            "Damascus",
            "Golan Heights",
        ),
        (
            "Turkish artillery shelled the village of Sayda on Sunday, wounding a man who was taken to the national "
            "hospital in Raqqa.",
            "Sayda",
            "Raqqa",
        ),
    ],
)
def test_event_places_leave_out_datelines_destinations_and_origins(body, place, absent):
    events = _events(body)
    assert len(events) == 1 and place in events[0]["places"] and absent not in events[0]["places"]


def test_an_advance_towards_a_village_is_placed_there():
    events = _events("ISIS militants attacked SDF positions near Al-Shuhail, advancing towards the village of Diban.")
    assert len(events) == 1 and "Dhiban" in events[0]["places"]


def test_what_a_relative_clause_says_an_actor_holds_is_no_event_place():
    body = (
        "The Iranian-backed militias, which control the city of Al-Mayadin, sent reinforcements to their positions "
        "along the Deir ez-Zor-Albu Kamal road on Saturday."
    )
    events = _events(body)
    assert len(events) == 1 and "Al-Mayadin" not in events[0]["places"]


@pytest.mark.parametrize(
    "body, agents",
    [
        (
            "ISIS militants attacked a Peshmerga post near Kifri on Sunday before they withdrew towards the Hamrin "
            "Mountains.",
            ["Islamic State"],
        ),
        (
            "It is worth noting that Turkish forces and the Syrian National Army have been shelling the villages "
            "since they occupied Ras al-Ayn in October 2019.",
            ["Turkish Armed Forces", "Syrian National Army"],
        ),
    ],
)
def test_a_pronoun_right_before_the_verb_is_its_subject(body, agents):
    events = _events(body)
    assert len(events) == 1 and events[0]["agents"] == agents


@pytest.mark.parametrize(
    "body, kind",
    [
        ("ISIS militants executed two shepherds in the Anbar desert on Friday.", "Attack"),
        ("Turkish forces and the Syrian Democratic Forces exchanged fire near Manbij on Thursday.", "Clash"),
        ("Hezbollah fighters shot down an Israeli drone near the Golan Heights on Wednesday.", "Other"),
        ("Gunmen kidnapped a PMF commander near Baiji on Saturday.", "Other"),
    ],
)
def test_more_ways_of_telling_an_incident(body, kind):
    events = _events(body)
    assert [e["type"] for e in events] == [kind]


def test_executing_airstrikes_kills_nobody():
    events = _events("Russian warplanes executed more than 20 airstrikes on ISIS positions in the Badia on Monday.")
    assert len(events) == 1 and events[0]["casualties"] == []


def test_wounding_a_fourth_is_one_injured():
    body = "A Turkish drone struck a vehicle near Amuda on Monday, killing three SDF fighters and wounding a fourth."
    events = _events(body)
    assert sorted((c["status"], c["count"]) for c in events[0]["casualties"]) == [("injured", 1), ("killed", 3)]


@pytest.mark.parametrize(
    "tail, source",
    [
        (", citing a security source.", "security source"),
        (", a security official who spoke on condition of anonymity said.", "security official"),
        (", a local source who asked not to be named told Rudaw.", "local source"),
    ],
)
def test_sources_cited_or_qualified_by_a_relative_clause(tail, source):
    events = _events(f"ISIS militants attacked an army post near Kirkuk on Sunday, killing two soldiers{tail}")
    assert len(events) == 1 and events[0]["attributed_to"] == source


def test_allegedly_before_the_event_verb_is_unspecified_reports_but_not_inside_a_description():
    told = _events("ISIS militants allegedly attacked an army post near Kirkuk on Sunday, killing two soldiers.")
    assert told[0]["attributed_to"] == "unspecified reports"
    described = _events(
        "US-led coalition aircraft struck convoys near Al-Tanf on Sunday, which had allegedly been heading to the base."
    )
    assert described[0]["attributed_to"] is None


@pytest.mark.parametrize(
    "when, date",
    [("the day before yesterday", "2021-06-07"), ("two days ago", "2021-06-07"), ("three days ago", "2021-06-06")],
)
def test_days_counted_back_from_publication(when, date):
    events = _events(f"ISIS militants attacked an army post near Kirkuk {when}, killing two soldiers.")
    assert events[0]["date"] == date


@pytest.mark.parametrize(
    "body, agent",
    [
        (
            "The Anbar Police Command announced the arrest of two wanted persons in Al-Qaim on Monday.",
            "Anbar Police Command",
        ),
        ("The Iraqi government declared victory over ISIS in December 2017.", "Iraqi government"),
    ],
)
def test_who_announces_their_own_act_did_it(body, agent):
    events = _events(body)
    assert len(events) == 1 and events[0]["agents"] == [agent]


def test_a_monitor_documenting_a_count_did_not_act():
    body = "The Syrian Observatory for Human Rights documented 38 assassinations in Daraa during August."
    assert all("Syrian Observatory for Human Rights" not in e["agents"] for e in _events(body))


def test_a_place_where_cells_attack_is_a_description():
    assert _events("ISIS cells are active in the Badia, where they attack regime convoys.") == []


@pytest.mark.parametrize(
    "body, kind",
    [
        ("US forces struck three facilities used by Kata'ib Hezbollah near Al-Qaim on Friday.", "Airstrike"),
        ("The Turkish military struck a clinic in Sinjar on Monday, killing four YBS fighters.", "Airstrike"),
        ("The Syrian army struck HTS positions near Kafr Nabl on Monday.", "Shelling"),
        (
            "A one-way attack drone launched by Iran-backed militias struck a US base near Al-Shaddadi on Monday.",
            "Attack",
        ),
        ("An American F-15 fighter jet shot down an Iranian drone near Erbil on Tuesday.", "Other"),
        (
            "Units of the 4th Division launched, on Tuesday morning, a wide search operation in the Hamrin Mountains.",
            "MilitaryOperation",
        ),
        ("A joint force of the PMF searched the targeted site near Tuz Khurmatu on Tuesday.", "MilitaryOperation"),
        (
            "The SDF raided several houses in the town of Al-Busayrah on Tuesday and arrested four people.",
            "MilitaryOperation",
        ),
        (
            "Fighters of Hayat Tahrir al-Sham infiltrated positions of the Syrian Arab Army near Kafr Nabl.",
            "Attack",
        ),
    ],
)
def test_kinds_of_incident_from_wire_and_official_phrasing(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "Fighters of the YPG and Syrian government forces are deployed in Tal Rifaat, according to the observatory.",
        "Our air defenses intercepted the missiles and downed most of them over Damascus.",
        "A Russian patrol that was combing the region came under fire near Al-Sukhnah.",
    ],
)
def test_states_and_interceptions_are_no_new_incident(body):
    assert all(e["type"] not in ("Deployment", "Other", "MilitaryOperation") for e in _events(body))


def test_a_unit_of_the_side_just_named_tells_on_the_same_operation():
    body = (
        "The Popular Mobilization Forces launched a search operation against ISIS near Al-Muqdadiyah on Tuesday. "
        "Units of the PMF's 20th Brigade combed the orchards north of the town."
    )
    assert len(_events(body)) == 1


@pytest.mark.parametrize(
    "body, targets",
    [
        (
            "U.S. and Coalition forces have been attacked near Al-Shaddadi on Monday.",
            ["US-led coalition", "United States"],
        ),
        ("A Peshmerga convoy came under attack near Makhmour on Monday.", ["Peshmerga"]),
        (
            "The SDF, the main partner of the coalition, was targeted by a Turkish drone near Qamishli on Monday.",
            ["Syrian Democratic Forces"],
        ),
    ],
)
def test_the_subject_of_a_passive_attack_was_attacked(body, targets):
    events = _events(body)
    assert len(events) == 1 and sorted(events[0]["targets"]) == sorted(targets)
    assert not set(targets) & set(events[0]["agents"])


def test_progressive_is_no_passive():
    events = _events("The Iraqi Air Force has been bombing ISIS positions near Al-Qaim on Monday.")
    assert events[0]["agents"] == ["Iraqi Air Force"]


@pytest.mark.parametrize(
    "body, date",
    [
        ("Since Oct. 17, Coalition forces have been attacked 46 times in Syria.", None),
        ("Russian warplanes carried out 20 airstrikes on the Badia since this morning.", "2021-06-09"),
    ],
)
def test_a_span_of_time_starting_on_a_day_does_not_date_the_event(body, date):
    assert _events(body)[0]["date"] == date


def test_the_same_side_with_another_weapon_is_another_incident():
    body = (
        "Three Syrian soldiers were killed on Monday in a Turkish army drone strike near Manbij. On Monday evening, "
        "Turkish artillery shelled the town of Tal Rifaat."
    )
    assert [e["type"] for e in _events(body)] == ["Airstrike", "Shelling"]


@pytest.mark.parametrize(
    "body, figures",
    [
        (
            "An explosive device exploded near Sulaiman Bek on Monday, which led to the martyrdom of two soldiers and "
            "the wounding of three others.",
            [("injured", 3), ("killed", 2)],
        ),
        (
            "A landmine exploded in Al-Sabkha on Monday, causing the death of a child and the injury of three others.",
            [("injured", 3), ("killed", 1)],
        ),
        (
            "A roadside bomb struck an army patrol near Tarmiyah on Monday, killing two soldiers. One of the wounded "
            "later died, raising the number of martyrs to three.",
            [("killed", 2), ("killed", 3)],
        ),
    ],
)
def test_tolls_told_as_nouns(body, figures):
    events = _events(body)
    assert len(events) == 1
    assert sorted((c["status"], c["count"]) for c in events[0]["casualties"]) == figures


def test_a_new_story_opening_still_joins_the_incident_whose_toll_it_repeats():
    body = (
        "Iraqi jets killed four ISIS members in Mutaibijah on Tuesday, while a security source reported that two "
        "soldiers were killed in an explosive device blast in Tuz Khurmatu. In another context, a security source "
        "said an explosive device exploded near Sulaiman Bek, which led to the martyrdom of two soldiers."
    )
    assert [e["type"] for e in _events(body)].count("Bombing(IED)") == 1


def test_whoever_gave_intelligence_or_coordination_did_not_act():
    body = (
        "Based on intelligence information from the Military Intelligence Directorate, and with the support of the "
        "Iraqi Air Force, our forces carried out a search operation in Wadi Horan on Monday."
    )
    events = _events(body)
    assert events and "Iraqi Military Intelligence Directorate" not in events[0]["agents"]


@pytest.mark.parametrize(
    "body",
    [
        "The SDF arrested Abu Hamza, an ISIS official responsible for planning attacks against SDF prisons, on Monday.",
        "The Iraqi army detained a man suspected of carrying out bombings in Baghdad on Monday.",
    ],
)
def test_what_someone_is_responsible_for_or_suspected_of_is_no_incident(body):
    assert [e["type"] for e in _events(body)] == ["Other"]


def test_a_statistic_does_not_absorb_a_dated_incident_told_next():
    body = (
        "Since Oct. 17, U.S. and Coalition forces have been attacked at least 46 times in Iraq and Syria. Most "
        "recently, on June 7, a one-way attack drone launched by Iran-backed militias struck a base in Deir ez-Zor."
    )
    assert [e["type"] for e in _events(body)] == ["Attack", "Attack"]


def test_the_weapon_decides_the_kind_over_a_guess_from_struck():
    body = "A one-way attack drone struck a US base near Al-Shaddadi on Monday."
    assert [e["type"] for e in _events(body)] == ["Attack"]


def test_the_attackers_retreat_with_their_own_losses_belongs_to_their_attack():
    body = (
        "Fighters of Hayat Tahrir al-Sham infiltrated positions of the Syrian Arab Army near Kafr Nabl on Wednesday, "
        "killing seven soldiers. The attackers withdrew after a two-hour clash, and two HTS members were killed."
    )
    events = _events(body)
    assert [e["type"] for e in events] == ["Attack"]


def test_a_state_using_suicide_drones_still_makes_an_airstrike():
    body = (
        "The IRGC said its drone units struck the headquarters of the KDPI near Koya on Wednesday with "
        "precision-guided missiles and suicide drones."
    )
    assert [e["type"] for e in _events(body)] == ["Airstrike"]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Turkey has carried out dozens of drone strikes in Sinjar since 2019.", "Airstrike"),
        ("ISIS has claimed more than 150 attacks on Iraqi forces in Kirkuk since 2020.", "Attack"),
    ],
)
def test_a_count_of_incidents_since_a_year_is_one_aggregate_event(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


def test_names_in_a_relative_clause_between_subject_and_verb_do_not_act():
    body = "Turkey, which regards the YBS as a branch of the PKK, has carried out dozens of drone strikes in Sinjar."
    events = _events(body)
    assert len(events) == 1 and events[0]["agents"] == ["Turkey"]


@pytest.mark.parametrize(
    "body, figures",
    [
        (
            "Unknown gunmen assassinated a member of the Syrian Democratic Forces and wounded another in Diban.",
            [("injured", 1), ("killed", 1)],
        ),
        (
            "Fighters of Hayat Tahrir al-Sham attacked positions of the Syrian Arab Army near Kafr Nabl, killing seven "
            "soldiers. The group's media outlet put the death toll among regime forces at 12.",
            [("killed", 7), ("killed", 12)],
        ),
    ],
)
def test_assassinations_and_tolls_put_among_a_side(body, figures):
    events = _events(body)
    assert len(events) == 1
    assert sorted((c["status"], c["count"]) for c in events[0]["casualties"]) == figures


def test_a_toll_repeated_in_the_quoted_statement_is_one_figure():
    body = (
        "The Security Media Cell announced the killing of three ISIS terrorists in an airstrike in the Hamrin "
        'Mountains on Monday. The cell said that "Iraqi F-16 aircraft carried out an airstrike on a hideout of '
        'ISIS, which led to the killing of three terrorists."'
    )
    events = _events(body)
    assert len(events) == 1 and [(c["status"], c["count"]) for c in events[0]["casualties"]] == [("killed", 3)]


def test_an_accusation_after_the_trigger_is_about_someone_else():
    body = (
        "The SDF raided several houses in the town of Al-Busayrah at dawn today and arrested four people, including "
        "a man it accused of belonging to ISIS."
    )
    assert [e["type"] for e in _events(body)] == ["MilitaryOperation"]


@pytest.mark.parametrize(
    "body",
    [
        "Local activists accuse ISIS of carrying out assassinations in Daraa.",
        "Every time Ankara strikes Sinjar, Baghdad blames the YBS.",
        "Whenever the army shells the villages, families flee towards Raqqa.",
    ],
)
def test_accusations_and_whenever_statements_tell_no_incident(body):
    assert _events(body) == []


@pytest.mark.parametrize(
    ("body", "types"),
    [
        (  # the battles a capture came after are the battle for the place
            "Fighters of the Islamic State captured the Tabqa military airport on Sunday after a week of fierce "
            "battles, activists said.",
            ["Capture"],
        ),
        (  # persons taken are no ground taken
            "ISIS militants captured three Syrian soldiers near Al-Sukhnah on Sunday.",
            ["Other"],
        ),
        (
            "Dozens of regime soldiers fled the base on Sunday toward Ithriyah, while an unknown number were "
            "captured by ISIS.",
            ["Withdrawal", "Other"],
        ),
        (  # civilians fleeing are no withdrawal
            "Thousands of civilians fled their homes in Maarat al-Numan on Sunday as Russian jets struck the town.",
            ["Airstrike"],
        ),
    ],
)
def test_captures_of_ground_of_persons_and_flights(body, types):
    assert [e["type"] for e in _events(body)] == types


@pytest.mark.parametrize(
    ("body", "kind", "agents"),
    [
        (
            "Russian warplanes carried out 40 sorties in the Palmyra area over the past day, hitting 117 targets.",
            "Airstrike",
            ["Russian Aerospace Forces"],
        ),
        (  # raids flown by aircraft are air raids, not an operation
            "Opposition media said Russian aircraft carried out more than 30 raids on Maarat al-Numan on Monday.",
            "Airstrike",
            ["Russian Aerospace Forces"],
        ),
        (  # two weapons before "fire"
            "Turkish troops retaliated on Monday with artillery and howitzer fire, neutralizing three terrorists.",
            "Shelling",
            ["Turkish Armed Forces"],
        ),
    ],
)
def test_air_raids_told_as_sorties_or_raids_and_fire_of_two_weapons(body, kind, agents):
    events = _events(body)
    assert [(e["type"], e["agents"]) for e in events] == [(kind, agents)]


def test_an_offensive_named_in_apposition_is_launched():
    events = _events(
        'The offensive, dubbed "Operation Dawn of Freedom", was launched on Monday by the Iraqi army against ISIS.'
    )
    assert [e["type"] for e in events] == ["MilitaryOperation"]


@pytest.mark.parametrize(
    "body",
    [
        "Iraqi units are backed by air strikes and special forces advisers from the US-led coalition.",
        "The SDF, supported by coalition airstrikes, holds the east bank of the river.",
    ],
)
def test_support_by_air_strikes_is_no_airstrike_of_its_own(body):
    assert [e["type"] for e in _events(body)] == []


def test_attacks_fended_off_before_a_capture_and_its_fighting_belong_to_the_capture():
    events = _events(
        "Iraqi special forces recaptured the town of Bartella on Monday after fending off at least eight car bombs "
        "sent against their columns, a spokesman said. Two of the unit's soldiers were killed in the fighting."
    )
    assert [e["type"] for e in events] == ["Capture"]
    assert _figures(events[0]) == [("killed", 2, None, None, "Iraqi Security Forces")]


@pytest.mark.parametrize(
    ("body", "kind", "agents"),
    [
        (  # a suicide told by its act
            "An ISIS commander blew himself up with an explosive belt in Jasim on Sunday, wounding two local fighters.",
            "Bombing(IED)",
            None,
        ),
        (  # a belt found is a weapon, not a blast
            "Iraqi troops searched the hideout in Tarmiyah on Sunday and found an explosive belt and two rifles.",
            "MilitaryOperation",
            None,
        ),
        (  # killed named by its act, with the victim's unit and its leader after him
            "Unidentified gunmen shot dead Ahmed al-Hashish, a former commander who had joined the 4th Division, "
            "led by Maher al-Assad, in Tafas on Sunday.",
            "Assassination",
            [],
        ),
    ],
)
def test_suicide_blasts_and_shootings_told_by_their_act(body, kind, agents):
    events = _events(body)
    assert [e["type"] for e in events] == [kind]
    if agents is not None:
        assert events[0]["agents"] == agents


def test_blowing_oneself_up_during_a_raid_is_part_of_the_raid():
    events = _events("The ISIS leader blew himself up during a U.S. special operations raid in Barisha on Sunday.")
    assert [e["type"] for e in events] == ["MilitaryOperation"]


def test_the_named_victims_of_an_active_killing_are_targets_and_its_fighters_are_the_claimant():
    events = _events(
        "The Afrin Liberation Forces claimed that its fighters killed two Turkish soldiers in an attack near "
        "Mare on Sunday."
    )
    assert [(e["type"], e["agents"], e["targets"]) for e in events] == [
        ("Attack", ["Afrin Liberation Forces"], ["Turkish Armed Forces"])
    ]


def test_a_new_time_after_and_starts_a_new_clause_whose_subject_acts():
    events = _events(
        "Coalition aircraft struck buildings north of the prison on Saturday, and on Sunday US Bradley fighting "
        "vehicles took up positions around the compound."
    )
    assert [(e["type"], e["agents"], e["targets"]) for e in events] == [
        ("Airstrike", ["US-led coalition"], []),
        ("Deployment", ["United States Armed Forces"], []),
    ]


def test_a_claim_of_responsibility_goes_to_the_claimants_attack_not_the_last_one_told():
    events = _events(
        "ISIS gunmen attacked the Ghwayran prison in Hasakah on Thursday night. Coalition aircraft struck "
        "buildings north of the prison on Saturday. ISIS claimed responsibility for the attack through Amaq."
    )
    assert [(e["type"], e["agents"]) for e in events] == [
        ("Attack", ["Islamic State"]),
        ("Airstrike", ["US-led coalition"]),
    ]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "The army broke the siege of Deir ez-Zor in early September and retook the city on November 3, 2017.",
            "2017-11-03",
        ),
        ("On Monday, ISIS militants attacked and killed five soldiers near Tarmiyah.", "2021-06-07"),
    ],
)
def test_a_date_in_another_conjunct_is_not_the_events(body, date):
    dates = [e["date"] for e in _events(body) if e["type"] in ("Capture", "Attack")]
    assert dates == [date]


def test_an_operations_means_and_attack_helicopters_are_no_incidents_of_their_own():
    events = _events(
        "Turkey launched Operation Claw-Lock on April 18 to root out PKK hideouts in the Metina region, deploying "
        "commandos backed by drones, attack helicopters and F-16 jets."
    )
    assert [e["type"] for e in events] == ["MilitaryOperation"]


def test_a_named_victim_of_a_neutralisation_and_the_group_describing_him():
    events = _events(
        "Last week, in a separate operation, Turkish intelligence neutralized Sabri Yildiz, a senior member of "
        "the PKK, in a drone strike in Sulaymaniyah."
    )
    assert [e["type"] for e in events] == ["Airstrike"]
    assert "Kurdistan Workers' Party" not in events[0]["agents"]
    assert "Sabri Yildiz" in events[0]["targets"]


def test_a_quoted_statement_restating_the_leads_toll_is_the_same_incident():
    events = _events(
        "Turkish forces neutralized five PKK terrorists in an airstrike in the Zap region on Monday, the ministry "
        'said. "Five PKK terrorists who were spotted by our surveillance assets in the Zap region were neutralized '
        'in an air-supported operation," the ministry said.'
    )
    assert [e["type"] for e in events] == ["Airstrike"]


def test_hours_after_the_incident_told_is_a_new_incident_on_its_day():
    events = _events(
        "A bomb-laden fuel tanker exploded in a crowded market in Afrin on Tuesday, killing 40 people. Hours after "
        "the explosion, Turkish artillery pounded villages around Tal Rifaat."
    )
    assert [(e["type"], e["date"]) for e in events] == [("Bombing(IED)", "2021-06-08"), ("Shelling", "2021-06-08")]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Peshmerga commanders said they would push towards the ISIL-held town of Tal Afar in the coming days.",
            "MilitaryOperation",
        ),
        ("Russian sappers will be sent to Palmyra to clear mines from the site, the ministry said.", "Deployment"),
        ("Some of its fighters had crossed into Syria to take part in the battle for Albu Kamal.", "Deployment"),
        (
            "State TV said army units entered the northern neighbourhoods of Khan Shaykhun on Monday.",
            "Capture",
        ),
    ],
)
def test_planned_advances_and_deployments_crossings_and_entering_a_towns_districts(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


def test_a_counterattack_is_an_attack_by_its_subject():
    events = _events(
        "On Wednesday night, ISIS launched a counterattack with three car bombs on army positions near Hajin."
    )
    assert [(e["type"], e["agents"]) for e in events] == [("Attack", ["Islamic State"])]


def test_the_town_or_the_base_places_an_incident_that_names_no_place():
    events = _events(
        "Local fighters stormed an ISIS hideout in the town of Jasim on Saturday. On Sunday, an ISIS commander blew "
        "himself up in a house in the west of the town. The region has seen many attacks since 2018."
    )
    assert [(e["type"], e["places"]) for e in events] == [("Attack", ["Jasim"]), ("Bombing(IED)", ["Jasim"])]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The Jaish al-Fatah operations room took full control of the city of Jisr al-Shughur on Saturday.", "Capture"),
        ("The militants had taken three neighbourhoods on the eastern edge of Kobani by Monday.", "Capture"),
        ("Residents watched as ISIS raised its black flag over Mishtenour hill on Monday.", "Capture"),
        ("By the afternoon the Peshmerga had cut Highway 47 west of Sinjar.", "Capture"),
        ("The last SDF fighters left the town on Sunday.", "Withdrawal"),
        ("Washington had pulled its own troops back from the border area earlier this month.", "Withdrawal"),
        ("Some 7,500 Peshmerga troops advanced on three fronts at dawn on Thursday.", "MilitaryOperation"),
        ("Iraq declared final victory over ISIS in December 2017.", "Other"),
        ("On Monday, rockets fired from Kobani slammed into a school in Karkamis, wounding two children.", "Shelling"),
        ("Late on Sunday, Israeli warplanes fired several missiles at a research centre near Masyaf.", "Airstrike"),
    ],
)
def test_takings_withdrawals_advances_and_fire_in_more_words(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


def test_a_declared_victory_is_the_declarers_act_not_a_claim():
    events = _events("Iraq declared final victory over ISIS in December 2017.")
    assert [(e["type"], e["agents"], e["targets"], e["attributed_to"]) for e in events] == [
        ("Other", ["Iraq"], ["Islamic State"], None)
    ]


def test_groups_naming_a_lone_victim_are_targets_not_agents():
    events = _events(
        'Turkish intelligence neutralised a senior PKK/YPG member code-named "Serhat Dicle" in a drone strike in '
        "Kobani on Monday."
    )
    assert [e["type"] for e in events] == ["Airstrike"]
    assert not {"Kurdistan Workers' Party", "People's Protection Units"} & set(events[0]["agents"])
    assert {"Kurdistan Workers' Party", "People's Protection Units"} <= set(events[0]["targets"])


def test_a_toll_since_the_start_of_the_operation_belongs_to_the_operation_and_its_side_still_acts():
    events = _events(
        "Some 7,500 Peshmerga troops advanced on three fronts at dawn on Monday to retake Sinjar from ISIS. ISIS "
        "militants launched four suicide car bombs against the advancing units. A Peshmerga commander said that "
        "three Peshmerga had been killed and 11 wounded since the start of the operation."
    )
    operation = next(e for e in events if e["type"] == "MilitaryOperation")
    assert operation["agents"] == ["Peshmerga"]
    assert _figures(operation) == [("injured", 11, None, None, None), ("killed", 3, None, None, "Peshmerga")]


@pytest.mark.parametrize(
    ("body", "agents"),
    [
        ("A coalition airstrike on Monday flattened a house in Mosul, killing a family of five.", ["US-led coalition"]),
        ("The coalition said its jets struck ISIS near Hajin on Monday.", ["US-led coalition"]),
        (
            "Zionist warplanes fired missiles at a research centre near Masyaf on Sunday, killing two soldiers.",
            ["Israeli Air Force"],
        ),
    ],
)
def test_the_coalition_and_state_media_names_of_a_force_act(body, agents):
    events = _events(body)
    assert [(e["type"], e["agents"]) for e in events] == [("Airstrike", agents)]


@pytest.mark.parametrize(
    ("body", "types"),
    [
        (  # a car bomb the strike destroyed is no blast
            "The coalition said its aircraft had struck ISIS positions around Sinjar 24 times on Thursday, "
            "destroying fighting positions, weapons caches and a car bomb factory.",
            ["Airstrike"],
        ),
        (  # destroyed fortifications and devices being dismantled are no fortifying and no bombing
            "The source said dozens of terrorists were killed and their fortifications destroyed near Nawa on "
            "Monday, and that army engineering units were dismantling explosive devices.",
            ["Other"],
        ),
        (  # a fortified zone is a place, not an act
            "Three small drones laden with explosives were launched at the residence of the prime minister inside "
            "the heavily fortified Green Zone on Sunday.",
            ["Attack"],
        ),
        (
            "Kata'ib Hezbollah fighters are building fortifications around their positions near al-Mayadin.",
            ["Fortification"],
        ),
    ],
)
def test_what_a_strike_destroys_and_fortified_places_are_no_incidents(body, types):
    found = [e["type"] for e in _events(body)]
    assert not {"Fortification", "Bombing(IED)"} & set(found) - set(types)
    assert set(types) - {"Other"} <= set(found)


@pytest.mark.parametrize(
    ("body", "types"),
    [
        (
            "Russian military police began patrolling near Kobani on Wednesday under a deal struck with Ankara.",
            ["Deployment"],
        ),
        ("Russian troops will then run joint patrols with the Turkish army in a 10-kilometre strip.", ["Deployment"]),
        ("Russian military police would deploy along the disengagement line in the Golan.", ["Deployment"]),
        (  # a vehicle on patrol is what was hit
            "An IED went off on a PMF vehicle patrolling the road near Muqdadiyah on Monday, killing two fighters.",
            ["Bombing(IED)"],
        ),
        (  # when, not what
            "Peshmerga forces entered the centre of Sinjar on Friday, a day after launching an offensive to retake it.",
            ["Capture"],
        ),
    ],
)
def test_patrols_planned_deployments_and_an_offensive_that_only_dates_a_capture(body, types):
    assert [e["type"] for e in _events(body)] == types


def test_the_death_of_a_named_person_makes_him_the_target_and_his_group_no_agent():
    events = _events(
        "US forces conducted a helicopter raid in Deir ez-Zor province on Monday that resulted in the death of "
        "Abu Hamza al-Shuhayli, an ISIS official."
    )
    assert [(e["type"], e["agents"]) for e in events] == [("MilitaryOperation", ["United States Armed Forces"])]
    assert "Abu Hamza al-Shuhayli" in events[0]["targets"]
    assert _figures(events[0]) == [("killed", 1, None, None, "Abu Hamza al-Shuhayli")]


def test_a_nationality_before_a_drone_is_the_force_that_flew_it():
    events = _events("A Turkish drone struck a car near Tal Tamr on Monday, killing two SDF fighters.")
    assert [(e["type"], e["agents"]) for e in events] == [("Airstrike", ["Turkish Armed Forces"])]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Iraqi troops lost three men to IS sniper fire near the Great Mosque of al-Nuri on Monday.", "Attack"),
        ("IS fighters blew up the mosque on Monday as troops approached.", "Bombing(IED)"),
        ("ISIS blew up two bridges over the Euphrates near Raqqa on Monday.", "Bombing(IED)"),
    ],
)
def test_sniper_fire_and_blowing_up_buildings(body, kind):
    assert [e["type"] for e in _events(body)] == [kind]


def test_a_shoot_down_stays_a_shoot_down_and_the_aircrafts_side_is_its_target():
    events = _events(
        "Israeli forces shot down a Syrian Sukhoi-22 warplane that was carrying out a raid in the Yarmouk Basin on "
        "Tuesday."
    )
    assert [(e["type"], e["agents"], e["targets"]) for e in events] == [
        ("Other", ["Israel Defense Forces"], ["Syrian Arab Air Force"])
    ]


def test_on_the_same_day_dates_an_incident_by_the_one_told_before():
    events = _events(
        "Syrian troops took control of the Yarmouk Basin town of Nawa on Tuesday. On the same day, Israeli forces shot "
        "down a Syrian Sukhoi-22 warplane over the Golan."
    )
    assert [(e["type"], e["date"]) for e in events] == [("Capture", "2021-06-08"), ("Other", "2021-06-08")]


@pytest.mark.parametrize(
    "second",
    [
        "Iraqi army helicopters struck militant positions around Tikrit on Monday.",
        "A helicopter of Army Aviation targeted a group of terrorists near Mandali on Monday.",
        "Iraqi F-16 jets bombed terrorist hideouts in the Hamrin mountains on Monday.",
    ],
)
def test_militant_positions_and_a_group_of_terrorists_are_the_group_told_before(second):
    events = _events(f"ISIS militants attacked a police post near Samarra on Sunday. {second}")
    assert events[-1]["targets"] == ["Islamic State"]


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        (
            "An attack on a Peshmerga checkpoint near Kolajo on Tuesday left one Peshmerga wounded.",
            [("injured", 1, None, None, "Peshmerga")],
        ),
        ("The bombing left 12 people dead in Kirkuk on Monday.", [("killed", 12, None, None, "civilians")]),
    ],
)
def test_left_n_wounded_or_dead_says_which(body, figures):
    events = _events(body)
    assert len(events) == 1 and _figures(events[0]) == figures
