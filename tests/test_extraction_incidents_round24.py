"""Round 24 (incidents): a source's count of a toll told before, counted over a stretch of time ("put the number
at 90 since the start of the year"), is another count of that toll, not a habitual summary that adds none. Texts
are our own."""

from __future__ import annotations

from test_extraction_incidents_round22 import _counts, _events


def test_extraction_incidents_a_recount_over_a_stretch_of_time_joins_the_toll_told_before():
    body = (
        "A local rights group has recorded the killing of 58 people, most of them herders, in landmine "
        "explosions and militant attacks in the desert around Palmyra since the beginning of March.\n\n"
        "The Syrian Observatory for Human Rights put the number at 90 since the start of the year."
    )
    events = _events(body)
    tally = next(e for e in events if ("killed", 58) in _counts(e))
    assert ("killed", 90) in _counts(tally)


def test_extraction_incidents_victims_of_another_side_among_the_dead_are_listed():
    body = (
        "Iraqi jets bombed an Islamic State hideout near Rutba on Tuesday, killing nine militants, the "
        "military said. Tribal elders said a farmer was among the dead."
    )
    strike = next(e for e in _events(body) if ("killed", 9) in _counts(e))
    assert ("killed", 1) in _counts(strike)


def test_extraction_incidents_victims_of_the_same_side_among_the_dead_are_a_share_of_the_toll():
    body = (
        "Artillery shells hit a crowded street in Douma on Tuesday, killing 19 civilians, a monitor said. "
        "Five women were among the dead."
    )
    shelling = next(e for e in _events(body) if ("killed", 19) in _counts(e))
    assert _counts(shelling) == {("killed", 19)}


def test_extraction_incidents_losses_a_side_admits_stay_beside_its_count_of_the_enemy_dead():
    body = (
        "Government troops beat back a night assault by rebels on hilltop posts near Salma on Sunday, an army "
        'officer said. "Some 40 gunmen were eliminated," he said. The officer admitted losses among the troops, '
        "without giving figures."
    )
    assault = next(e for e in _events(body) if ("killed", 40) in _counts(e))
    assert ("killed_or_injured", None) in _counts(assault)


def test_extraction_incidents_a_victim_described_then_named_and_killed_by_a_pronoun_is_one_killing():
    # "killing him": the lead's one unnamed victim, named in the next sentence, is one killing (as with a figure)
    body = (
        "Unknown gunmen assassinated an officer of the Military Intelligence Directorate on Sunday night in the "
        "village of Inkhil, local sources said. The sources said two gunmen opened fire on First Lieutenant Bilal "
        "Issa as he left a relative's house, killing him instantly and wounding a passer-by."
    )
    assert [e["type"] for e in _events(body)] == ["Assassination"]
