"""Resolution, round 5: names read across a full stop, and dashless transliterations.

Sentences written for the test in several outlets' styles (none copied from an evaluation article): a
capitalised run before an apposition may start in the previous sentence ("… since the end of March. The
Syrian Observatory …, a Britain-based monitoring group"); the name is only the part in the apposition's
sentence. An analysts' transliteration without dashes ("Tal al Hara", "Kafr al Hamra") is one place name, and
its first word is not the town Al-Tall.
"""

from __future__ import annotations

import pytest
from test_resolution_general import _actors, _places, _resolve


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coalition said it had carried out 200 strikes since the end of March. The Syrian Observatory for "
         "Human Rights, a Britain-based monitoring group, said 67 civilians were killed.",
         "Syrian Observatory for Human Rights"),
        ("Fighting resumed in May. The Horan Free League, a local media network, reported two assassinations.",
         "Horan Free League"),
    ],
)
def test_apposition_name_does_not_reach_into_the_previous_sentence(reference, text, name) -> None:
    actors = _actors(_resolve(f"Report\n\n{text}", reference))
    assert name in actors, actors
    assert not [a for a in actors if "." in a and a.split(".")[0] in ("March", "May")], actors


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Russian forces established a new observation post near Tal al Hara in northwestern Daraa Province.",
         "Tal al Hara"),
        ("Unidentified gunmen killed a local commander near Tal al Jabiya in western Daraa on Monday.",
         "Tal al Jabiya"),
    ],
)
def test_dashless_transliteration_is_one_new_place(reference, sentence, place) -> None:
    places = _places(_resolve(f"Report\n\n{sentence}", reference))
    assert place in places, places
    assert "Al-Tall" not in places, places
