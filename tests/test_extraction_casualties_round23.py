"""Round 23 (casualties): a passer-by or bystander hit is one civilian casualty; a side that acknowledges,
admits or concedes losses tells casualties without numbers; a victim told after its verb ("…, killing an officer
and wounding a farmer") is not coordinated to the object of the verb before. Texts are our own."""

from __future__ import annotations

from test_extraction_casualties_round22 import _figures


def test_casualties_a_passer_by_wounded_is_one_injured_civilian():
    text = "Two gunmen on a motorbike shot a court clerk in Mosul, killing him and wounding a passer-by."
    assert ("injured", 1, None, None, "civilians") in _figures(text)


def test_casualties_a_bystander_killed_is_one_dead_civilian():
    text = "The sticky bomb under the judge's car went off near a bakery in Kirkuk, killing a bystander."
    assert _figures(text) == [("killed", 1, None, None, "civilians")]


def test_casualties_acknowledged_losses_are_casualties_without_numbers():
    text = "The battalion commander acknowledged losses among his men but gave no figures."
    assert _figures(text) == [("killed_or_injured", None, None, None, None)]


def test_casualties_admitted_heavy_losses_are_casualties_without_numbers():
    text = "Rebel media admitted heavy losses in the fighting for the hill."
    assert _figures(text) == [("killed_or_injured", None, None, None, None)]


def test_casualties_the_object_of_an_earlier_verb_is_not_wounded_too():
    text = "Militants stormed a checkpoint near Hit, killing a policeman and wounding a shepherd."
    assert _figures(text) == [("killed", 1, None, None, "state"), ("injured", 1, None, None, "civilians")]


def test_casualties_one_victim_among_the_dead_is_a_figure():
    assert _figures("Villagers said a farmer was among the dead.") == [("killed", 1, None, None, "civilians")]
    assert _figures("Medics said three policemen were among the wounded.") == [("injured", 3, None, None, "state")]
