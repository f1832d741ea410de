"""Events, round 4: causes found on unseen text, each with sentences written for the test in other outlets'
styles (none copied from an evaluation article).

- A passive capture ("ISIL fighters were driven out of Kobani by the YPG") is the side named after "by"
  taking the place from the passive subject.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


@pytest.mark.parametrize(
    "body, agent, target",
    [
        ("ISIL fighters were driven out of Kobani in January 2015 by the YPG.",
         "People's Protection Units", "Islamic State"),
        ("Islamic State militants were pushed out of the town of Hit by Iraqi forces last year.",
         "Iraqi Security Forces", "Islamic State"),
        ("Hayat Tahrir al-Sham fighters were expelled from Darat Izza by the Syrian National Army on Sunday.",
         "Syrian National Army", "Hayat Tahrir al-Sham"),
    ],
)
def test_a_passive_capture_is_the_side_after_by_taking_it_from_the_subject(body, agent, target):
    captures = [e for e in _extract(body)["events"] if e["type"] == "Capture"]
    assert [(e["agents"], e["targets"]) for e in captures] == [([agent], [target])]


def test_key_points_restating_the_body_add_no_event():
    body = (
        "Key Takeaways:\n- US forces struck a Kataib Hezbollah facility near al-Qaim, Anbar Province.\n\n"
        "US forces conducted a precision airstrike on a Kataib Hezbollah facility near al-Qaim on January 17, "
        "a US defense official said."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


def test_a_capture_of_another_place_is_another_capture():
    body = (
        "The attacks came nine days after the YPG, backed by coalition airstrikes, took control of Tal Abyad on "
        "the Turkish border. ISIL fighters were driven out of Kobani in January 2015 by the YPG."
    )
    captures = [e["places"] for e in _extract(body)["events"] if e["type"] == "Capture"]
    assert len(captures) == 2 and "Kobani" in captures[1] and "Kobani" not in captures[0]


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Fixed-wing warplanes believed to be Russian fired missiles at a crowded market in Ariha on Monday, "
         "killing 12 civilians.", "Airstrike"),
        ("The monitor also documented an attack by regime warplanes on a field hospital in Kafr Zita on Monday.",
         "Airstrike"),
        ("Rebel factions fired dozens of mortar rounds and gas-cylinder bombs at residential areas of Aleppo's "
         "New Aleppo district on Saturday, killing three civilians.", "Shelling"),
        ("On Monday, Syrian air defences intercepted most of the missiles in an Israeli attack on Masyaf, state "
         "media said.", "Airstrike"),
    ],
)
def test_the_weapon_named_around_an_attack_types_it(body, kind):
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == [kind]
    assert "Syrian Air Defense Forces" not in events[0]["agents"]


def test_the_report_that_documents_an_attack_is_no_claimant():
    body = "The report also documented an attack by regime warplanes on a school in Kafr Nabl on July 4."
    assert [e["attributed_to"] for e in _extract(body)["events"]] == [None]


def test_a_weekday_before_a_stated_date_takes_that_date():
    body = "The deadliest incident was recorded on Tuesday, June 1, when warplanes struck a market in Ariha."
    assert [e["date"] for e in _extract(body)["events"]] == ["2021-06-01"]


@pytest.mark.parametrize(
    "body",
    [
        'Militants ambushed a bus carrying Syrian soldiers near Al-Shoula on Monday. State media reported that 25 '
        'passengers were killed when "terrorists" targeted the vehicle.',
        "Gunmen attacked an Iraqi army checkpoint near Tarmiyah on Friday. Two soldiers were killed and a third "
        "wounded when the post came under fire, a security source said.",
    ],
)
def test_a_toll_told_next_by_an_act_naming_nobody_is_the_incidents_toll(body):
    events = _extract(body)["events"]
    assert len(events) == 1 and events[0]["casualties"], events


def test_whoever_orders_the_response_is_no_agent_of_the_attack_it_answers():
    body = (
        "Pursuant to the directives of the Commander-in-Chief of the Armed Forces, Prime Minister Mustafa "
        "al-Kadhimi, and in response to the cowardly attack by ISIS remnants on a checkpoint in Tarmiyah, the "
        "army launched an operation on Sunday."
    )
    attacks = [e for e in _extract(body)["events"] if e["type"] == "Attack"]
    assert all("Mustafa al-Kadhimi" not in e["agents"] and "Iraqi Security Forces" not in e["agents"] for e in attacks)


def test_two_acts_in_one_clause_each_take_the_date_told_after_them():
    body = (
        "In response to the attack on a checkpoint in Tarmiyah on Friday night, the army launched an operation "
        "in the orchards on Sunday."
    )
    dates = {e["type"]: e["date"] for e in _extract(body)["events"]}
    assert dates == {"Attack": "2021-06-04", "MilitaryOperation": "2021-06-06"}


def test_the_same_count_on_another_day_and_in_another_country_is_another_incident():
    body = (
        "Elsewhere in Syria, a Turkish drone strike on a vehicle near Qamishli on 29 May killed two SDF members. "
        "In Kirkuk governorate, IS militants attacked an Iraqi army post in the Wadi al-Shay area on 30 May, "
        "killing two soldiers, the Security Media Cell said."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike", "Attack"]


def test_the_act_a_cell_was_responsible_for_is_told_but_a_blame_is_not():
    told = _extract(
        "The cell was responsible for the roadside bomb that struck a Peshmerga vehicle near the town of Gwer on "
        "5 June, killing two Peshmerga fighters."
    )["events"]
    assert [e["type"] for e in told] == ["Bombing(IED)"]
    blamed = _extract(
        "Rockets hit the airport in Basra on Friday. Washington held Iran-backed militias responsible for the "
        "attack, an accusation Tehran denies."
    )["events"]
    assert all(not e["agents"] for e in blamed)


def test_a_record_since_the_start_of_the_war_is_no_habit():
    body = (
        "Syrian regime warplanes on Thursday bombed positions of the Kurdish Asayish in the city of Hasakah, the "
        "first such air raids on Kurdish-held areas since the start of the Syrian war, a local source said."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]
    assert not _extract("Regime forces have shelled the town since the start of the war.")["events"]


def test_what_a_relative_clause_says_had_happened_before_is_an_earlier_act():
    body = (
        "The SDF entered Tabqa on June 1. Four days later, the SDF captured the Tabqa air base, which the Islamic "
        "State had seized from Syrian government forces in August 2014."
    )
    captures = [(e["agents"], e["date"]) for e in _extract(body)["events"] if e["type"] == "Capture"]
    assert (["Syrian Democratic Forces"], "2021-06-05") in captures
    assert (["Islamic State"], None) in captures


@pytest.mark.parametrize(
    "body, kind",
    [
        ("Two drones hit the Sarsang oil field in Duhok province on Monday, halting production.", "Attack"),
        ("A drone attack on the Khor Mor gas field in Sulaymaniyah province on Monday night caused a fire.", "Attack"),
        ("A Turkish drone strike killed two SDF members near Qamishli on Monday.", "Airstrike"),
    ],
)
def test_a_drone_strike_nobody_is_named_for_is_an_attack(body, kind):
    assert [e["type"] for e in _extract(body)["events"]] == [kind]


@pytest.mark.parametrize(
    "body",
    [
        "Engineering units have started defusing mines and bombs planted by the militants in the Hanano district.",
        "Sappers dismantled explosives and IEDs left behind by ISIS in Raqqa on Monday.",
    ],
)
def test_defusing_bombs_is_no_bombing(body):
    assert not _extract(body)["events"]


def test_the_terrorists_fought_are_not_the_allies_who_backed_the_capture():
    body = (
        "Syrian Army troops, backed by the popular forces and the Russian air power, took full control of Masaken "
        "Hanano in Aleppo after hours of heavy clashes with the terrorists on Saturday, military sources said."
    )
    events = _extract(body)["events"]
    assert all("Syrian pro-government militias" not in e["targets"] for e in events), events


def test_the_same_activists_are_the_activists():
    body = (
        "Activists said regime forces shelled Baba Amr on Monday. Militiamen executed ten young men in the orchards "
        "of Kafr Aya on Tuesday, the same activists said."
    )
    assert [e["attributed_to"] for e in _extract(body)["events"]] == ["activists", "activists"]


def test_fighting_the_attackers_of_the_attack_just_told_is_that_attack():
    body = (
        "At dawn on Monday, ISIS gunmen and suicide bombers struck Sweida and a string of villages, killing 215 "
        "people. Local gunmen fought the attackers for hours and eventually drove them back into the desert."
    )
    assert len(_extract(body)["events"]) == 1


def test_gunmen_and_suicide_bombers_make_one_attack_with_its_bombings():
    body = (
        "At dawn on Monday, ISIS gunmen and suicide bombers struck Sweida and a string of villages. Three bombers "
        "blew themselves up in the city, while others went door to door in the villages. Local gunmen fought the "
        "attackers for hours. The health ministry put the death toll at 215."
    )
    (event,) = _extract(body)["events"]
    assert event["type"] == "Attack" and event["agents"] == ["Islamic State"]
    assert [c["count"] for c in event["casualties"]] == [215]


def test_fighters_bussed_out_with_their_families_withdraw():
    body = (
        "In May, several hundred ISIS fighters and their families were bussed from the Yarmouk camp in southern "
        "Damascus to the desert east of Sweida under a deal with the government."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Withdrawal"]


def test_a_nationality_before_attack_names_who_attacked():
    body = "On Monday, Syrian air defences intercepted most of the missiles in an Israeli attack on Masyaf."
    (event,) = _extract(body)["events"]
    assert event["type"] == "Airstrike" and event["agents"] == ["Israel Defense Forces"]


@pytest.mark.parametrize(
    "body, targets",
    [
        ("Government aircraft struck ISIL-held neighbourhoods in Hasakah on Monday.", ["Islamic State"]),
        ("Turkish drones struck SDF-held villages near Tal Tamr on Monday.", ["Syrian Democratic Forces"]),
        ("Two rockets fired from YPG-held areas in Syria landed in Kilis on Monday.", []),
    ],
)
def test_the_side_holding_the_places_hit_is_the_target(body, targets):
    (event,) = _extract(body)["events"]
    assert event["targets"] == targets


def test_a_device_spotted_is_no_bombing_and_a_launch_pad_is_no_attack():
    body = (
        "The Israeli army said its aircraft struck three observation posts of the Syrian regime forces in Quneitra "
        "late on Monday, after its troops spotted an explosive device near the fence."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]
    body = "Salma served as the militants' main command centre and a launch pad for rocket attacks on Qardaha."
    assert not _extract(body)["events"]


def test_another_convoy_hit_is_another_act_of_the_same_kind():
    body = (
        "On Monday, an IED exploded as a convoy passed through the outskirts of Diwaniyah, while on Saturday "
        "night another convoy was hit on the road between Hilla and Baghdad, wounding a driver."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Bombing(IED)", "Bombing(IED)"]


def test_killed_in_air_and_ground_operations_is_an_operation():
    body = (
        "On Wednesday, the ministry said its forces had neutralised 17 PKK militants in air and ground operations "
        "in northern Iraq."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["MilitaryOperation"]


def test_targets_attempting_to_flee_do_not_withdraw():
    body = (
        "A helicopter of Army Aviation targeted a group of terrorists attempting to flee towards the Iranian border "
        "near Mandali on Monday, killing six of them."
    )
    assert [e["type"] for e in _extract(body)["events"]] == ["Airstrike"]


def test_a_commander_shot_dead_nearby_makes_no_assassination_of_a_checkpoint_attack():
    body = (
        "The most serious was an attack on an SDF checkpoint near Shaddadi on 6 May, in which two SDF fighters were "
        "killed. ISIS claimed the attack via Amaq. In Deir ez-Zor, an SDF commander was shot dead in Diban on 4 May."
    )
    events = _extract(body)["events"]
    assert [e["type"] for e in events] == ["Attack", "Assassination"]
    assert "Amaq News Agency" not in events[0]["targets"]


def test_even_as_starts_a_clause_of_its_own():
    body = (
        "Russian military police began patrolling near the town of Kobani on Wednesday under a deal struck with "
        "Ankara, even as Turkish-backed fighters and Kurdish-led forces clashed further east."
    )
    clash = next(e for e in _extract(body)["events"] if e["type"] == "Clash")
    assert clash["evidence"].startswith("even as") and "Turkey" not in clash["agents"]
