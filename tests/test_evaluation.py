"""Scoring extraction JSON against gold: matching rules, per-category effects, and the ``kg eval`` command."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.evaluation import (
    CATEGORIES,
    Counts,
    EvaluationError,
    assign,
    evidence_spans,
    normalise_name,
    score_article,
    score_corpus,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_GOLD = REPO_ROOT.parent / "shared" / "gold"
SAMPLE_ARTICLES = REPO_ROOT / "examples" / "articles"
GOLD_FILES = sorted(SHARED_GOLD.glob("*.gold.json"))
needs_gold = pytest.mark.skipif(not GOLD_FILES, reason="shared/gold is not next to the repository")

TEXT = (
    "DEIR EZZOR, Syria – On Sunday, the Syrian Arab Army (SAA) attacked ISIS positions near Al-Shoula. "
    "According to pro-government sources, at least 5 militants were killed and up to 3 soldiers injured. "
    "Later, Russian jets struck ISIS hideouts in the Homs desert, killing civilians. "
    "The Iranian-backed Liwa Fatemiyoun is active in Deir Ezzor."
)
GOLD = {
    "actors": [
        {"name": "Syrian Arab Army", "aliases_in_text": ["Syrian Arab Army", "SAA"], "type": "StateForce",
         "part_of": None},
        {"name": "Islamic State", "aliases_in_text": ["ISIS"], "type": "ArmedGroup", "part_of": None},
        {"name": "Russian Aerospace Forces", "aliases_in_text": ["Russian jets"], "type": "StateForce",
         "part_of": None},
        {"name": "Liwa Fatemiyoun", "aliases_in_text": ["Liwa Fatemiyoun"], "type": "ArmedGroup", "part_of": None},
        {"name": "Iran", "aliases_in_text": ["Iranian"], "type": "State", "part_of": None},
    ],
    "places": [
        {"name": "Deir ez-Zor", "surface": ["DEIR EZZOR"], "type": "City", "in": "Syria"},
        {"name": "Al-Shoula", "surface": ["Al-Shoula"], "type": "Town", "in": "Deir ez-Zor Governorate"},
        {"name": "Homs desert", "surface": ["Homs desert"], "type": "Region", "in": "Homs Governorate"},
        {"name": "Deir ez-Zor Governorate", "surface": ["Deir Ezzor"], "type": "Governorate", "in": "Syria"},
    ],
    "events": [
        {"type": "Attack", "date": "2020-08-23", "places": ["Al-Shoula"], "agents": ["Syrian Arab Army"],
         "targets": ["Islamic State"],
         "casualties": [
             {"count": None, "min": 5, "max": None, "status": "killed", "of": "Islamic State",
              "claimed_by": "pro-government sources"},
             {"count": None, "min": None, "max": 3, "status": "injured", "of": "Syrian Arab Army",
              "claimed_by": "pro-government sources"}],
         "attributed_to": "pro-government sources",
         "evidence": "the Syrian Arab Army (SAA) attacked ISIS positions near Al-Shoula"},
        {"type": "Airstrike", "date": None, "places": ["Homs desert"], "agents": ["Russian Aerospace Forces"],
         "targets": ["Islamic State", "civilians"],
         "casualties": [{"count": None, "min": None, "max": None, "status": "killed", "of": "civilians",
                         "claimed_by": None}],
         "attributed_to": None, "evidence": "Russian jets struck ISIS hideouts in the Homs desert"},
    ],
    "relations": [
        {"subject": "Iran", "predicate": "supports", "object": "Liwa Fatemiyoun",
         "evidence": "The Iranian-backed Liwa Fatemiyoun"},
        {"subject": "Liwa Fatemiyoun", "predicate": "operatesIn", "object": "Deir ez-Zor Governorate",
         "evidence": "Liwa Fatemiyoun is active in Deir Ezzor"},
    ],
}


def _f1(predicted: dict, gold: dict = GOLD, text: str = TEXT) -> dict[str, float]:
    counts = score_article(predicted, gold, text).counts
    return {category: counts[category].f1 for category in CATEGORIES}


def _changed(predicted: dict) -> set[str]:
    """Categories whose F1 is no longer perfect."""
    return {category for category, f1 in _f1(predicted).items() if f1 < 1.0}


def test_evaluation_gold_against_itself_is_perfect() -> None:
    assert _changed(copy.deepcopy(GOLD)) == set()


@needs_gold
def test_evaluation_shared_gold_against_itself_is_perfect() -> None:
    pairs = []
    for gold_file in GOLD_FILES:
        base = gold_file.name.removesuffix(".gold.json")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (SAMPLE_ARTICLES / f"{base}.txt").read_text(encoding="utf-8")
        pairs.append((base, copy.deepcopy(gold), gold, text))
    scores = score_corpus(pairs)
    for category in CATEGORIES:
        counts = scores.counts[category]
        assert (counts.fp, counts.fn) == (0, 0), category
        assert counts.tp > 0, category


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir ez-Zor", "DEIR EZZOR".replace("EZZOR", "EZ ZOR")),
        ("Kata’ib Hezbollah", "Kata'ib Hezbollah"),
        ("Tanović", "Tanovic"),
        ("the Islamic State", "Islamic State"),
        ("Palmyra–Deir ez-Zor road", "Palmyra-Deir ez-Zor road"),
        ("Syria–Iraq border", "syria iraq border"),
        ("Islamic State of Iraq", "Islamic State Iraq"),
    ],
)
def test_evaluation_normalise_name_equal(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(("a", "b"), [("Iraq", "Iran"), ("Al-Sukhnah", "Al-Sukhna road"), ("IS", "ISIS")])
def test_evaluation_normalise_name_different(a: str, b: str) -> None:
    assert normalise_name(a) != normalise_name(b)


def test_evaluation_actor_matches_by_shared_surface_and_roles_follow_the_matching() -> None:
    predicted = copy.deepcopy(GOLD)
    # Different canonical names, but each shares a surface form with its gold entry.
    renames = {"Syrian Arab Army": "Syrian Army", "Islamic State": "ISIL", "Russian Aerospace Forces": "Russian jets"}
    for actor in predicted["actors"]:
        actor["name"] = renames.get(actor["name"], actor["name"])
    for event in predicted["events"]:
        for role in ("agents", "targets"):
            event[role] = [renames.get(n, n) for n in event[role]]
    assert _changed(predicted) == set()


def test_evaluation_unmatched_actor_lowers_actors_and_roles() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["actors"][0] = {"name": "Syrian pro-government militias", "aliases_in_text": ["militias"]}
    predicted["events"][0]["agents"] = ["Syrian pro-government militias"]
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["actors"] == Counts(tp=4, fp=1, fn=1)
    assert scores.counts["event_agents"] == Counts(tp=1, fp=1, fn=1)
    assert scores.missed["actors"] == ["Syrian Arab Army"]
    assert scores.spurious["actors"] == ["Syrian pro-government militias"]
    assert _changed(predicted) == {"actors", "event_agents"}


def test_evaluation_actor_matching_is_one_to_one() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["actors"].append({"name": "SAA", "aliases_in_text": ["SAA"]})
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["actors"] == Counts(tp=5, fp=1, fn=0)
    assert scores.spurious["actors"] == ["SAA"]


def test_evaluation_missing_place_lowers_places_and_event_places() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["places"] = [p for p in predicted["places"] if p["name"] != "Homs desert"]
    predicted["events"][1]["places"] = ["Homs"]
    assert _changed(predicted) == {"places", "event_places"}


def test_evaluation_event_matches_on_overlapping_evidence() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][0]["evidence"] = "On Sunday, the Syrian Arab Army (SAA) attacked ISIS"  # overlaps
    predicted["events"][1]["evidence"] = "Later, Russian jets struck"
    assert _changed(predicted) == set()


def test_evaluation_event_with_disjoint_evidence_is_missed_and_spurious() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][1]["evidence"] = "The Iranian-backed Liwa Fatemiyoun is active"
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["events"] == Counts(tp=1, fp=1, fn=1)
    assert scores.counts["events_untyped"] == Counts(tp=1, fp=1, fn=1)
    assert scores.missed["events"] == ["Airstrike: Russian jets struck ISIS hideouts in the Homs desert"]
    # Roles of the unmatched event are not scored: only the matched event counts there.
    assert scores.counts["event_date"] == Counts(tp=1)


def test_evaluation_event_type_matters_for_events_only() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][1]["type"] = "Shelling"
    # Roles are scored on typed matches only, so the retyped event's roles simply drop out of the counts.
    assert _changed(predicted) == {"events"}
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["events_untyped"] == Counts(tp=2)
    assert scores.counts["event_agents"] == Counts(tp=1)


def test_evaluation_event_type_gloss_is_not_part_of_the_type() -> None:
    # FORMAT.md writes "Bombing(IED)" and "Establishment(base/post)"; an annotator writing the bare name means the same
    predicted, gold = copy.deepcopy(GOLD), copy.deepcopy(GOLD)
    predicted["events"][1]["type"], gold["events"][1]["type"] = "Establishment(base/post)", "Establishment"
    assert score_article(predicted, gold, TEXT).counts["events"] == Counts(tp=2)
    predicted["events"][1]["type"] = "Bombing(IED)"
    assert score_article(predicted, gold, TEXT).counts["events"] == Counts(tp=1, fp=1, fn=1)


def test_evaluation_evidence_not_in_text_cannot_match() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][0]["evidence"] = "an invented sentence"
    assert score_article(predicted, GOLD, TEXT).counts["events"] == Counts(tp=1, fp=1, fn=1)


def test_evaluation_evidence_spans_finds_every_occurrence() -> None:
    starts = (TEXT.index("ISIS positions"), TEXT.index("ISIS hideouts"))
    assert evidence_spans("ISIS", TEXT) == [(i, i + 4) for i in starts]
    assert evidence_spans("russian JETS", TEXT) == [(TEXT.index("Russian jets"), TEXT.index("Russian jets") + 12)]
    assert evidence_spans("", TEXT) == []


def test_evaluation_one_gold_event_matches_one_prediction() -> None:
    predicted = copy.deepcopy(GOLD)
    duplicate = copy.deepcopy(GOLD["events"][0])
    duplicate["evidence"] = "attacked ISIS positions"
    predicted["events"].append(duplicate)
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["events"] == Counts(tp=2, fp=1, fn=0)


def test_evaluation_assign_prefers_maximum_matching() -> None:
    # Left 0 could take right 0 or 1 (prefers 0); left 1 can only take right 0.
    weights = {(0, 0): 0.9, (0, 1): 0.5, (1, 0): 0.8}
    assert assign(2, 2, lambda i, j: weights.get((i, j))) == {0: 1, 1: 0}


def test_evaluation_assign_keeps_heavier_edge_when_cardinality_is_equal() -> None:
    # Left 1 ties between right 0 and 1; left 0 prefers right 0 strongly and could also take right 1.
    weights = {(0, 0): 3.0, (0, 1): 1.3, (1, 0): 1.3, (1, 1): 1.3}
    assert assign(2, 2, lambda i, j: weights.get((i, j))) == {0: 0, 1: 1}


@pytest.mark.parametrize(
    ("field", "value", "category"),
    [
        ("date", "2020-08-24", "event_date"),
        ("date", None, "event_date"),
        ("attributed_to", None, "event_attribution"),
        ("attributed_to", "military source", "event_attribution"),
        ("agents", ["Islamic State"], "event_agents"),
        ("targets", [], "event_targets"),
        ("places", ["Al-Shoula", "Deir ez-Zor"], "event_places"),
    ],
)
def test_evaluation_perturbed_event_field_lowers_only_its_category(field: str, value: object, category: str) -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][0][field] = value
    assert _changed(predicted) == {category}


def test_evaluation_attribution_through_actor_matching_and_normalisation() -> None:
    gold = copy.deepcopy(GOLD)
    gold["events"][1]["attributed_to"] = "Islamic State"
    predicted = copy.deepcopy(gold)
    predicted["events"][0]["attributed_to"] = "Pro-Government Sources"
    predicted["events"][1]["attributed_to"] = "ISIS"
    assert score_article(predicted, gold, TEXT).counts["event_attribution"] == Counts(tp=2)
    predicted["events"][1]["attributed_to"] = None
    assert score_article(predicted, gold, TEXT).counts["event_attribution"] == Counts(tp=1, fp=1, fn=1)


@pytest.mark.parametrize(
    ("casualty", "expected"),
    [
        ({"count": 5, "min": None, "max": None}, Counts(tp=2, fp=1, fn=1)),  # "at least 5" is min, not count
        ({"count": None, "min": 6, "max": None}, Counts(tp=2, fp=1, fn=1)),  # "over 5" would be 6
        ({"status": "killed_or_injured"}, Counts(tp=2, fp=1, fn=1)),
        ({"of": "Syrian Arab Army", "claimed_by": None}, Counts(tp=3)),  # only (status, count, min, max)
    ],
)
def test_evaluation_casualty_coding(casualty: dict, expected: Counts) -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][0]["casualties"][0].update(casualty)
    assert score_article(predicted, GOLD, TEXT).counts["casualties"] == expected


def test_evaluation_casualty_figures_are_one_to_one() -> None:
    predicted = copy.deepcopy(GOLD)
    predicted["events"][0]["casualties"].append(copy.deepcopy(GOLD["events"][0]["casualties"][0]))
    assert score_article(predicted, GOLD, TEXT).counts["casualties"] == Counts(tp=3, fp=1, fn=0)


def test_evaluation_relations_through_entity_matching() -> None:
    predicted = copy.deepcopy(GOLD)
    for actor in predicted["actors"]:
        if actor["name"] == "Liwa Fatemiyoun":
            actor["name"] = "Fatemiyoun Division"  # still shares the surface "Liwa Fatemiyoun"
    for place in predicted["places"]:
        if place["name"] == "Deir ez-Zor Governorate":
            place["name"] = "Deir Ezzor Province"
    predicted["relations"] = [
        {"subject": "Iran", "predicate": "supports", "object": "Fatemiyoun Division", "evidence": "x"},
        {"subject": "Fatemiyoun Division", "predicate": "operatesIn", "object": "Deir Ezzor Province",
         "evidence": "x"},
    ]
    assert _changed(predicted) == set()
    predicted["relations"][0]["predicate"] = "controls"
    scores = score_article(predicted, GOLD, TEXT)
    assert scores.counts["relations"] == Counts(tp=1, fp=1, fn=1)
    assert scores.missed["relations"] == ["Iran supports Liwa Fatemiyoun"]
    assert _changed(predicted) == {"relations"}


def test_evaluation_alliedwith_is_symmetric_and_supports_is_not() -> None:
    gold = copy.deepcopy(GOLD)
    gold["relations"] = [{"subject": "Iran", "predicate": "alliedWith", "object": "Liwa Fatemiyoun", "evidence": "x"}]
    predicted = copy.deepcopy(gold)
    predicted["relations"] = [
        {"subject": "Liwa Fatemiyoun", "predicate": "alliedWith", "object": "Iran", "evidence": "x"}
    ]
    assert score_article(predicted, gold, TEXT).counts["relations"] == Counts(tp=1)
    gold["relations"][0]["predicate"] = predicted["relations"][0]["predicate"] = "supports"
    assert score_article(predicted, gold, TEXT).counts["relations"] == Counts(fp=1, fn=1)


def test_evaluation_empty_prediction_scores_zero_recall() -> None:
    scores = score_article({}, GOLD, TEXT)
    assert scores.counts["actors"] == Counts(fn=5)
    assert scores.counts["events"].recall == 0.0
    assert scores.counts["event_date"] == Counts()  # nothing matched, nothing to judge


def test_evaluation_malformed_prediction_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="actors"):
        score_article({"actors": [{"aliases_in_text": ["x"]}]}, GOLD, TEXT)
    with pytest.raises(EvaluationError, match="events"):
        score_article({"events": "none"}, GOLD, TEXT)


def test_evaluation_corpus_is_micro_averaged() -> None:
    perfect = copy.deepcopy(GOLD)
    scores = score_corpus([("a", perfect, GOLD, TEXT), ("b", {}, GOLD, TEXT)])
    assert scores.counts["actors"] == Counts(tp=5, fp=0, fn=5)
    assert set(scores.articles) == {"a", "b"}


# ------------------------------------------------------------------------------------------ kg eval


@needs_gold
def test_evaluation_cli_scores_extracted_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for gold_file in GOLD_FILES:
        (tmp_path / gold_file.name.replace(".gold.json", ".json")).write_bytes(gold_file.read_bytes())
    first = tmp_path / GOLD_FILES[0].name.replace(".gold.json", ".json")
    data = json.loads(first.read_text(encoding="utf-8"))
    removed = data["actors"].pop()["name"]
    first.write_text(json.dumps(data), encoding="utf-8")

    args = ["eval", "--gold", str(SHARED_GOLD), "--articles", str(SAMPLE_ARTICLES), "--extracted", str(tmp_path)]
    assert main(args + ["--verbose"]) == 0
    out = capsys.readouterr().out
    assert "events_untyped" in out and "targets met: 9/9" in out
    assert f"actors missed: {removed}" in out

    assert main(args + ["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["categories"]["actors"]["fn"] == 1
    assert report["categories"]["events"]["f1"] == 1.0


@needs_gold
def test_evaluation_cli_reports_missing_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["eval", "--gold", str(SHARED_GOLD), "--articles", str(SAMPLE_ARTICLES), "--extracted", str(tmp_path)]
    assert main(args) == 2
    assert "no extracted JSON" in capsys.readouterr().err
    assert main(["eval", "--gold", str(tmp_path), "--articles", str(SAMPLE_ARTICLES)]) == 2
    assert "no *.gold.json" in capsys.readouterr().err
