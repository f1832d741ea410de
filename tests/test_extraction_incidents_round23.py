"""Round 23 (incidents): a toll counted from a month ("since March, when troops stormed the camp") is a statistic,
not the toll of the act named to say when the count began, and a month's toll told after it is more of that
statistic; a statistic of no kind of act ("killed in violence") absorbs no act and has no target; a month's deaths
told alone are a statistic. Texts are our own."""

from __future__ import annotations

from test_extraction_incidents_round22 import _counts, _events


def test_extraction_incidents_a_toll_counted_from_a_month_is_no_toll_of_the_act_dating_it():
    body = (
        "On Friday, a car bomb killed 14 people at a vegetable market in Kirkuk.\n\n"
        "Over 1,900 people have died in sectarian violence since January, when the army stormed a protest camp "
        "in Tikrit, according to a tally by the human rights office. It said 530 Iraqis had been killed in "
        "February alone."
    )
    events = _events(body)
    raid = next(e for e in events if "Tikrit" in e["places"])
    assert not raid["casualties"]
    tally = next(e for e in events if ("killed", 1901) in _counts(e))
    assert ("killed", 530) in _counts(tally)
    bombing = next(e for e in events if ("killed", 14) in _counts(e))
    assert _counts(bombing) == {("killed", 14)}


def test_extraction_incidents_a_toll_of_violence_of_no_kind_absorbs_no_act_told_after_it():
    body = (
        "More than 800 people have been killed in violence since February, the United Nations said.\n\n"
        "Prime Minister Ahmed Karim ordered an inquiry into the security failures."
    )
    events = _events(body)
    tally = next(e for e in events if ("killed", 801) in _counts(e))
    assert tally["type"] == "Other"
    assert "inquiry" not in tally["evidence"]


def test_extraction_incidents_a_months_deaths_told_alone_are_a_statistic():
    body = (
        "On Tuesday, militants shot dead six shepherds near Rutba, police said.\n\n"
        "The monitor's figures show the year began badly. In March there were 640 deaths, against 290 a year earlier."
    )
    events = _events(body)
    shepherds = next(e for e in events if ("killed", 6) in _counts(e))
    assert ("killed", 640) not in _counts(shepherds)
    assert any(("killed", 640) in _counts(e) for e in events)


def test_extraction_incidents_a_statistic_of_no_kind_of_act_has_no_target():
    body = "More than 800 people have been killed in violence since February, the United Nations said."
    tally = next(e for e in _events(body) if ("killed", 801) in _counts(e))
    assert tally["targets"] == []
