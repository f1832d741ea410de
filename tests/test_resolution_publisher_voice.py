"""A military publisher's first person ("our units", "our fighters") names its own side
(``kg.resolution.descriptive.publisher_voice_candidates``). Sentences written for the test in several outlets'
styles, none copied from an evaluation article, with negative cases beside the positive ones."""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _resolve


@pytest.mark.parametrize(
    ("publisher", "sentence", "name", "surface"),
    [
        ("Syrian Ministry of Defence", "Our units in the Hama countryside destroyed a terrorist drone workshop.",
         "Syrian Arab Army", "Our units"),
        ("Syrian Ministry of Defence", "Our air defences intercepted three drones over the Hmeimim area.",
         "Syrian Air Defense Forces", "Our air defences"),
        ("Turkish Ministry of National Defence", "Our heroic commandos neutralised four terrorists in Metina.",
         "Turkish Armed Forces", "Our heroic commandos"),
        ("Iraqi Ministry of Defence", "A member of our forces was martyred in the clash near Tarmiyah.",
         "Iraqi Security Forces", "our forces"),
        ("SDF Press Center", "Two of our fighters were martyred in the attack near Hajin.",
         "Syrian Democratic Forces", "our fighters"),
    ],
)
def test_a_military_publishers_our_is_its_own_side(reference, publisher, sentence, name, surface) -> None:
    actors = _actors(_resolve(f"Statement\n\n{sentence}", reference, publisher))
    assert surface in actors.get(name, set()), actors


@pytest.mark.parametrize(
    "publisher",
    ["Reuters", "Iraqi News Agency", None],
)
def test_our_in_any_other_publishers_text_is_nobody(reference, publisher) -> None:
    text = "Report\n\n“We will protect our forces,” a Pentagon spokesman said."
    actors = _actors(_resolve(text, reference, publisher))
    assert not any("our forces" in surfaces for surfaces in actors.values()), actors


def test_a_defence_ministrys_nation_and_air_force_are_left_alone(reference) -> None:
    sentence = "The PKK has waged a campaign of terror against our nation; our air force struck its hideouts."
    actors = _actors(_resolve(f"Statement\n\n{sentence}", reference, "Turkish Ministry of National Defence"))
    assert not any(s in ("our nation", "our air force") for surfaces in actors.values() for s in surfaces), actors
