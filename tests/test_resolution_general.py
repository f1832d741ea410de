"""General resolution behaviours on small hand-written articles: descriptive umbrella actors, reference
organisations, publishers naming themselves, place context and minted places."""

from __future__ import annotations

from kg.articles import ArticleMetadata, article_from_text
from kg.model import Decision
from kg.resolution import resolve_mentions


def _resolve(text: str, reference, publisher: str | None = None):
    metadata = ArticleMetadata(publisher=publisher) if publisher else None
    return resolve_mentions(article_from_text(text, metadata), reference)


def _actors(result) -> dict[str, set[str]]:
    return {a.name: {m.text for m in a.mentions} for a in result.actors.values()}


def _places(result) -> dict[str, set[str]]:
    return {p.name: {m.text for m in p.mentions} for p in result.places.values()}


# --- actors ------------------------------------------------------------------------------------------------


def test_backed_group_is_an_actor_and_names_its_backing_state(reference) -> None:
    text = (
        "Rockets hit base\n\n"
        "Iran-backed militias fired rockets at the base in Anbar province, Iraqi officials said. "
        "Pro-Iranian militias later denied it."
    )
    result = _resolve(text, reference)
    actors = _actors(result)
    assert actors["Iranian-backed militias"] == {"Iran-backed militias", "Pro-Iranian militias"}
    assert actors["Iran"] == {"Iran", "Iranian"}
    iran = next(a for a in result.actors.values() if a.name == "Iran")
    assert iran.type == "State"
    assert not any(p.name == "Iran" for p in result.places.values())
    supports = [r for r in result.relations if r.predicate == "supports"]
    assert supports and supports[0].subject_iri == iran.iri
    assert supports[0].evidence.quote == "Iran-backed militias"
    # spans never overlap: the state is a mention nested in the group's span, not a span of its own
    assert [s.text for s in result.spans if s.kind == "actor"] == ["Iran-backed militias", "Pro-Iranian militias"]


def test_description_after_another_nationality_is_not_the_context_country(reference) -> None:
    text = (
        "Strikes on Damascus\n\n"
        "Syrian air defenses intercepted most of the missiles over Damascus, the army said. "
        "Israeli air defenses were put on alert. Our air defenses downed two drones near Homs in Syria."
    )
    result = _resolve(text, reference)
    air = next(a for a in result.actors.values() if a.name == "Syrian Air Defense Forces")
    assert {m.text for m in air.mentions} == {"Syrian air defenses", "air defenses"}
    assert len(air.mentions) == 2  # "Israeli air defenses" is not the Syrian air defence


def test_reference_bodies_with_their_parents(reference) -> None:
    text = (
        "Airstrikes in Hamrin\n\n"
        "Iraqi army aviation struck ISIS hideouts in the Hamrin mountains, the Iraqi Security Media Cell said. "
        "The Ministry of Peshmerga said the Foreign and Expatriates Ministry had not commented."
    )
    result = _resolve(text, reference)
    by_name = {a.name: a for a in result.actors.values()}
    names = {a.iri: a.name for a in reference.actors.values()}
    assert names[by_name["Security Media Cell"].parent_iri] == "Iraqi Joint Operations Command"
    assert names[by_name["Iraqi Army Aviation"].parent_iri] == "Iraqi Army"
    assert names[by_name["Ministry of Peshmerga"].parent_iri] == "Kurdistan Regional Government"
    assert "Syrian Foreign Ministry" in by_name
    assert all(a.decision == Decision.LINKED for a in by_name.values())
