"""Round 25 (incidents): an attack told again in the next paragraph by the whole force ("Iraqi forces attacked")
after the lead told it by a unit of that force ("an offensive by Iraqi army troops"), on the same side attacked,
is the same attack, so the toll told after it is the lead's. Texts are our own."""

from __future__ import annotations

from test_extraction_incidents_round22 import _counts, _events


def test_extraction_incidents_a_force_and_its_unit_attacking_the_same_side_are_one_attack():
    body = (
        "Kurdish Peshmerga forces on Thursday repelled an offensive by Iraqi army troops on the town of Makhmour, "
        "Kurdish officials said.\n\n"
        "Iraqi forces with tanks and artillery attacked Peshmerga positions on the northern edge of Makhmour at "
        "dawn, a Peshmerga spokesman said.\n\n"
        "A Peshmerga commander said three Peshmerga were killed and seven wounded."
    )
    attacks = [e for e in _events(body) if e["type"] == "Attack"]
    assert len(attacks) == 1
    assert {("killed", 3), ("injured", 7)} <= _counts(attacks[0])
