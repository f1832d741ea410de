"""Datelines on a line of their own: the place is a place of the article (FORMAT.md: dateline cities are places),
the outlet beside it is the publisher naming itself (no actor), and a capital there is never the State."""

from __future__ import annotations

import pytest

from kg.articles import article_from_text
from kg.resolution import resolve_mentions

_BODY = "Gunmen attacked a checkpoint on Monday night, killing two guards, a local source said."


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Baghdad-INA", "Baghdad"),
        ("Enab Baladi – Daraa", "Daraa"),
        ("ANHA – Ain Issa", "Ayn Issa"),
        ("Damascus, SANA", "Damascus"),
        ("Kirkuk / Shafaq News", "Kirkuk"),
        ("Erbil (Kurdistan24)", "Erbil"),
        ("Idlib, Enab Baladi", "Idlib"),
        ("ANKARA", "Ankara"),
    ],
)
def test_resolution_dateline_line_names_a_city_and_no_actor(line: str, place: str) -> None:
    resolved = resolve_mentions(article_from_text(f"Gunmen kill two guards\n\n{line}\n\n{_BODY}\n"))
    assert [(p.name, p.type) for p in resolved.places.values()] == [(place, "City" if place != "Ayn Issa" else "Town")]
    assert not resolved.actors


def test_resolution_credit_line_names_no_place_or_actor() -> None:
    credit = "(Reporting by Maya Gebeily in Beirut and Timour Azhari; Editing by Alison Williams)"
    resolved = resolve_mentions(article_from_text(f"Gunmen kill two guards\n\n{_BODY}\n\n{credit}\n"))
    assert not resolved.places and not resolved.actors
