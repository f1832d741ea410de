"""Round 24 (casualties): the last of a group told by its ordinal after the others ("two of the raiders detonated
their vests and the third was shot dead") died with them, so the figure counts the whole group; a source that
raises "that toll" revises the toll told before; a foreign or civilian worker killed is one victim. Texts are our
own."""

from __future__ import annotations

from test_extraction_casualties_round22 import _figures


def test_casualties_the_last_of_a_group_told_by_its_ordinal_joins_the_count():
    text = "Police said two of the raiders detonated their vests and the third was shot dead by guards at the gate."
    assert [f[:2] for f in _figures(text)] == [("killed", 3)]
    # an ordinal that is not the next after the count names no one of the group
    text = "Guards said two of the raiders were shot dead and the tenth was arrested near the gate."
    assert [f[:2] for f in _figures(text)] == [("killed", 2)]


def test_casualties_that_toll_raised_by_a_source_is_a_revised_toll():
    text = "A nurse at the Tikrit hospital later raised that toll to eleven."
    assert _figures(text) == [("killed", 11, None, None, None)]


def test_casualties_a_foreign_civilian_contractor_killed_is_one_dead():
    text = "The drones hit the base near Basra, killing a foreign civilian contractor, the ministry said."
    assert _figures(text) == [("killed", 1, None, None, "civilians")]


def test_casualties_a_source_putting_the_figure_at_a_number_gives_a_toll():
    text = "The army said nine gunmen were killed; local activists put the figure at five."
    assert ("killed", 5, None, None, None) in _figures(text)
    # a figure that does not end its clause counts something else
    assert _figures("Aid agencies put the figure at 20,000 displaced families.") == []


def test_casualties_a_named_person_martyred_is_one_dead():
    from test_extraction_incidents_round22 import _counts, _events

    events = _events("Colonel Karim Haddad was martyred by a sniper near Deraa on Thursday, his unit said.")
    assert [("killed", 1)] == [c for e in events for c in _counts(e)]
