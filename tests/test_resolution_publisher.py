"""The publisher naming itself: an outlet or monitor is never an actor of its own story, and a name inside the
publisher's name ('Syria' in 'Syria Direct') is no place; a command or ministry publishing a press release acts
in it, so its name stays an actor. Sentences written for these tests."""

from __future__ import annotations

from kg.articles import ArticleMetadata, article_from_text
from kg.model import ResolvedMentions
from kg.resolution import resolve_mentions


def _resolve(sentence: str, publisher: str) -> ResolvedMentions:
    article = article_from_text(f"Clashes in the south\n\n{sentence}\n", ArticleMetadata(publisher=publisher))
    return resolve_mentions(article)


def test_resolution_name_inside_an_unknown_publisher_is_no_place() -> None:
    resolved = _resolve("Local sources told Syria Direct that eight were killed in Shahba.", "Syria Direct")
    assert "Syria" not in {p.name for p in resolved.places.values()}
    assert not resolved.actors


def test_resolution_outlet_publisher_is_no_actor() -> None:
    resolved = _resolve("A source told North Press that two fighters were killed in Manbij.", "North Press Agency")
    assert "North Press Agency" not in {a.name for a in resolved.actors.values()}


def test_resolution_command_publishing_a_release_is_an_actor() -> None:
    sentence = "U.S. Central Command (CENTCOM) forces conducted precision strikes on two facilities in Syria."
    resolved = _resolve(sentence, "U.S. Central Command")
    names = {a.name: {m.text for m in a.mentions} for a in resolved.actors.values()}
    assert names.get("US Central Command") == {"U.S. Central Command", "CENTCOM"}
