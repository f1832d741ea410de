"""Events, round 9: causes found on the dev16 and dev17 sets, each with sentences written for the test in other
outlets' styles (none copied from an evaluation article).

- Observation points and posts told in the passive ("the post was set up on Monday", "posts … will be
  established") or "deployed" as observation points are established, not deployments.
- "fired on a checkpoint" is an attack (helicopters firing on gunmen: an airstrike; an army firing at positions:
  shelling); "a stray projectile hit" is shelling; troops that "escorted a convoy" were deployed.
- "restored security and stability yesterday to" is still the capture; "are preparing an offensive" and "in
  preparation for an operation" announce an operation.
- "ground and air attacks" are attacks, not airstrikes; car bombs "deployed" are no deployment of troops; the
  enemy's "fortifications" that jets struck are no fortification work.
- Two acts of one sentence each followed by a date of its own ("overran X on June 10 …, seizing Y a day later")
  are two incidents.
"""

from __future__ import annotations

import pytest
from test_extraction_events_round3 import _extract


def _types(body: str) -> list[str]:
    return [e["type"] for e in _extract(body)["events"]]


@pytest.mark.parametrize(
    "body",
    [
        "According to the ministry, the post was set up on Monday near the village of Tal Tamr.",
        "Russia has deployed three observation points of its military police along the M4 highway near Saraqib.",
        "Ten observation posts of the Turkish army will be established along the line around Idlib, the officer said.",
    ],
)
def test_posts_set_up_in_the_passive_are_established(body: str) -> None:
    assert _types(body) == ["Establishment(base/post)"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Monday night, gunmen fired on an Iraqi army checkpoint near Tarmiyah.", "Attack"),
        ("On Tuesday, army helicopters fired on ISIS gunmen in the Hamrin mountains.", "Airstrike"),
        ("The Turkish Army responded by firing at YPG positions near Tal Rifaat on Monday.", "Shelling"),
        ("A stray projectile hit a school in the town of Kilis on Sunday, wounding a teacher.", "Shelling"),
    ],
)
def test_firing_on_a_post_is_an_attack_of_its_weapons_kind(body: str, expected: str) -> None:
    assert _types(body) == [expected]


def test_troops_that_escorted_a_convoy_were_deployed() -> None:
    body = "Russian military police on Tuesday escorted a UN patrol along the separation line near Quneitra."
    assert _types(body) == ["Deployment"]


def test_a_unit_that_was_escorting_a_convoy_is_no_deployment() -> None:
    body = "A drone struck a convoy near Afrin on Monday, and the unit, which was escorting the convoy, lost four men."
    assert "Deployment" not in _types(body)


def test_restored_security_yesterday_to_is_still_a_capture() -> None:
    body = "Army units restored security and stability yesterday to the town of Kafr Nabudah, a military source said."
    assert _types(body) == ["Capture"]


@pytest.mark.parametrize(
    "body",
    [
        "Iraqi troops are preparing an offensive to retake the town of Rutba from Daesh, officers said on Tuesday.",
        "The army sent reinforcements to Jisr al-Shughur in preparation for a wide operation against HTS.",
    ],
)
def test_preparing_an_offensive_announces_an_operation(body: str) -> None:
    assert "MilitaryOperation" in _types(body)


def test_ground_and_air_attacks_are_attacks() -> None:
    body = "Turkish forces carried out 140 ground and air attacks on the Duhok countryside in May, the monitors said."
    assert _types(body) == ["Attack"]


def test_car_bombs_deployed_are_no_troop_deployment() -> None:
    body = "On Thursday, ISIS deployed at least two suicide car bombs against army positions near Baiji."
    assert _types(body) == ["Bombing(IED)"]


def test_the_enemys_fortifications_struck_are_no_fortification_work() -> None:
    body = "On Monday, Russian warplanes struck the militants' fortifications near Kabani, a military source said."
    assert _types(body) == ["Airstrike"]


def test_two_acts_each_with_its_own_date_are_two_incidents() -> None:
    body = "ISIS fighters overran Ramadi on May 17 and pushed east along the river, seizing Husaybah a day later."
    events = _extract(body)["events"]
    assert [(e["type"], e["date"]) for e in events] == [("Capture", "2021-05-17"), ("Capture", "2021-05-18")]


def test_one_date_after_two_acts_dates_one_incident() -> None:
    body = "ISIS fighters stormed an army post near Haditha and killed four soldiers on Monday."
    assert len(_extract(body)["events"]) == 1


def test_a_figure_belongs_to_the_act_told_before_it() -> None:
    body = (
        "The raids followed a rocket attack on Monday night on the Taji base north of Baghdad, which wounded three "
        "contractors, and an attempted drone attack on Baghdad airport on Sunday, when the drone was shot down."
    )
    wounded = [e["date"] for e in _extract(body)["events"] for c in e["casualties"] if c["count"] == 3]
    assert wounded == ["2021-06-07"]


def test_a_dateline_with_its_agency_in_brackets_names_no_event_place_or_day() -> None:
    body = "Amman, Jun 9 (Petra).- Jordanian jets struck smugglers' trucks near the Syrian town of Nassib on Tuesday."
    events = _extract(body)["events"]
    assert [(e["date"], e["places"]) for e in events] == [("2021-06-08", ["Nassib"])]


def test_the_groups_expelled_are_the_captures_losers_however_long_their_names() -> None:
    body = (
        "On Monday the YPG expelled fighters of the Al-Nusra Front and the Islamic State of Iraq and the Levant "
        "from the town of Tal Abyad."
    )
    (event,) = _extract(body)["events"]
    assert (event["type"], event["agents"]) == ("Capture", ["People's Protection Units"])
    assert set(event["targets"]) == {"Hayat Tahrir al-Sham", "Islamic State"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The rights group documented 38 abductions by the armed factions in Afrin during May.", "Other"),
        ("Turkish forces carried out 210 bombardments in the Duhok countryside in the spring.", "Shelling"),
    ],
)
def test_counts_of_abductions_and_bombardments_are_statistics(body: str, expected: str) -> None:
    assert _types(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "On Monday, jihadist factions backed by Turkey and Qatar shelled the village of Kafr Hamra.",
        "On Monday, the militias, supported by Iran, shelled the village of Kafr Hamra, activists said.",
    ],
)
def test_states_named_as_backers_take_no_part_in_the_act(body: str) -> None:
    for event in _extract(body)["events"]:
        assert not {"Turkey", "Qatar", "Iran"} & set(event["agents"])


def test_forces_backing_an_act_still_take_part() -> None:
    body = "On Monday, Syrian troops backed by Russian warplanes captured the village of Kabani."
    (event,) = _extract(body)["events"]
    assert "Russian Aerospace Forces" in event["agents"]


@pytest.mark.parametrize(
    "body",
    [
        'The ministry sent a letter to the UN Security Council on Monday about the "Turkish aggression".',
        "The attackers tried to advance on Kassab under cover of artillery fire from across the border on Monday.",
        "Some 900 U.S. troops remain in Syria to advise local forces fighting the Islamic State.",
    ],
)
def test_a_quoted_grievance_covering_fire_and_a_standing_mission_are_no_incidents(body: str) -> None:
    assert _extract(body)["events"] == []


def test_a_capitals_dateline_with_a_closed_dash_names_no_event_place() -> None:
    body = "KIRKUK—Gunmen on Monday shot dead a lawyer in the Hawija district, police said."
    (event,) = _extract(body)["events"]
    assert not {"Kirkuk", "Kirkuk Governorate"} & set(event["places"])


def test_a_print_edition_note_tells_no_strike() -> None:
    body = (
        "Jets struck a depot near Deir ez-Zor on Monday, officials said.\n\n"
        "Appeared in the June 10, 2021, print edition as 'Jets Strike Militia Depot in Deir ez-Zor'."
    )
    assert len(_extract(body)["events"]) == 1


def test_the_person_shot_told_on_after_a_paragraph_break_is_one_incident() -> None:
    body = (
        "Unknown gunmen shot dead Ahmad Salem al-Masri, a former rebel commander, on Sunday evening in the town "
        "of Tafas, local sources said.\n\nThe sources said two men on a motorbike opened fire on al-Masri near "
        "his house before fleeing."
    )
    assert len(_extract(body)["events"]) == 1


def test_hunters_and_groups_of_shepherds_ambushed_are_civilians() -> None:
    body = "ISIS gunmen ambushed a group of truffle hunters in the desert near al-Sukhnah at dawn on Friday."
    (event,) = _extract(body)["events"]
    assert event["targets"] == ["civilians"]


def test_attackers_fleeing_after_their_attack_is_how_it_ended() -> None:
    body = "On Sunday, ISIS militants attacked an army post near Tafas before fleeing towards the desert."
    assert _types(body) == ["Attack"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Monday, a drone hit a car of the YPG near Qamishli, killing two fighters.", "Airstrike"),
        ("On Monday, an explosive-laden drone hit a hangar at Erbil airport used by the US-led coalition.", "Attack"),
    ],
)
def test_an_unclaimed_drone_on_an_armed_group_is_a_strike_on_a_base_an_attack(body: str, expected: str) -> None:
    assert _types(body) == [expected]


def test_fighters_who_arrived_to_reinforce_the_lines_deployed() -> None:
    body = "On Monday, hundreds of Saraya al-Salam fighters arrived in Samarra to reinforce the defence lines."
    assert _types(body) == ["Deployment"]


def test_a_capture_referred_to_lends_nothing_to_another_incident() -> None:
    body = (
        "On Sunday, the terrorists fired mortar shells at Balad, killing three civilians. Saraya al-Salam, formed "
        "after the fall of Mosul, announced on Tuesday that it would send more fighters."
    )
    (event,) = _extract(body)["events"]
    assert (event["type"], event["places"], event["date"]) == ("Shelling", ["Balad"], "2021-06-06")


def test_a_day_before_the_attack_is_the_day_before_it() -> None:
    body = (
        "Iraqi troops repelled an ISIS attack on the outskirts of Balad on Sunday night. A day before the attack, "
        "the militants fired mortar shells at the town, killing three civilians."
    )
    assert [e["date"] for e in _extract(body)["events"]] == ["2021-06-06", "2021-06-05"]


@pytest.mark.parametrize(
    "body",
    [
        "The Claw-Tiger operation was launched in June 2020.",
        "Since the Claw-Tiger operation was launched in June 2020, the army has set up new outposts near Haftanin.",
    ],
)
def test_an_operation_told_by_its_name_needs_no_side(body: str) -> None:
    assert "MilitaryOperation" in _types(body)


def test_a_capture_in_a_since_clause_with_its_backer_is_still_told() -> None:
    body = "Such attacks are routine in the south since regime forces, backed by Russia, took control of Daraa in 2018"
    assert _types(body) == ["Capture"]


def test_commanders_told_to_reinforce_positions_fortify() -> None:
    body = "On Monday, the premier directed Peshmerga commanders to reinforce positions along the lines near Kalar."
    assert _types(body) == ["Fortification"]


def test_an_attempt_to_storm_a_village_is_told() -> None:
    assert _types("On Saturday, gunmen tried to storm the village of Nubl from the west.") in (["Attack"], ["Clash"])


def test_suicide_bombers_are_no_aircraft() -> None:
    body = "On Monday, an assault by suicide bombers targeted the police headquarters in Kirkuk."
    assert _types(body) == ["Bombing(IED)"]


def test_a_car_bomb_attack_is_still_a_bombing() -> None:
    assert _types("On Monday, a car bomb attack targeted a checkpoint in Kirkuk.") == ["Bombing(IED)"]


def test_fighting_that_broke_out_on_a_day_before_the_capture_is_its_own_incident() -> None:
    body = (
        "HTS took control of the town of Darat Izza on Wednesday evening, local sources said.\n\n"
        "The fighting erupted on Monday when its fighters attacked rebel positions in the village of Taqad."
    )
    assert len(_extract(body)["events"]) == 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On Tuesday, soldiers and policemen abandoned their posts in Tal Afar and fled west.", "Withdrawal"),
        ("On Monday, army units collapsed in the face of the Islamic State's advance on Baiji.", "Withdrawal"),
    ],
)
def test_abandoned_posts_and_a_collapse_before_an_advance_are_withdrawals(body: str, expected: str) -> None:
    assert _types(body) == [expected]


def test_an_act_of_unnamed_gunmen_at_a_place_is_told() -> None:
    assert _types("Militiamen had already torched shops in the town of Suleiman Beg, residents said.") == ["Attack"]


def test_residential_neighbourhoods_shelled_are_civilians() -> None:
    body = "On Monday evening, militants fired rocket shells at residential neighbourhoods in the city of Latakia."
    (event,) = _extract(body)["events"]
    assert event["targets"] == ["civilians"]


def test_a_string_of_bombings_last_week_is_an_incident() -> None:
    body = "Last week, a string of bombings across Baghdad killed more than 60 people, police said."
    assert _types(body) == ["Bombing(IED)"]


def test_mortar_crews_that_fired_on_a_town_shelled_it() -> None:
    assert _types("On Monday, terrorist mortar crews fired on the town of Taldu, residents said.") == ["Shelling"]


def test_a_states_forces_that_hit_targets_struck_from_the_air() -> None:
    body = "On Friday, the United States hit more than 80 targets at seven locations in Iraq and Syria."
    assert _types(body) == ["Airstrike"]


def test_a_man_who_directed_attacks_is_no_incident() -> None:
    assert _extract("The Pentagon says the commander directed attacks on American troops in Iraq.")["events"] == []


def test_an_operation_named_before_it_began_is_told() -> None:
    assert _types("Operation Peace Spring began on Wednesday east of the Euphrates.") == ["MilitaryOperation"]


def test_an_air_campaign_is_an_airstrike_dated_last_year() -> None:
    body = "Russia began its air campaign against the militants in Syria on September 30 last year."
    assert [(e["type"], e["date"]) for e in _extract(body)["events"]] == [("Airstrike", "2020-09-30")]
