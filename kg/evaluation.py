"""Scoring extraction output against gold annotations (rules: ``/work/shared/gold/FORMAT.md``).

Both sides use the same JSON format. Entities are matched first (actors and places, one-to-one, by canonical
name or shared surface form under a forgiving normalisation), because every later comparison — event roles,
attribution, relations — goes *through* that matching: a predicted ``ISIS`` agent is right when the predicted
actor ``ISIS`` was matched to the gold ``Islamic State``. Events are matched by overlapping evidence spans in
the article text, since event granularity is a judgement call.

All counts are micro-averaged over the corpus. Accuracy categories (date, attribution) are stored as counts
too: right answers as ``tp``, wrong ones as both ``fp`` and ``fn``, so precision = recall = F1 = accuracy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: Categories in report order.
CATEGORIES = (
    "actors",
    "places",
    "events",
    "events_untyped",
    "event_agents",
    "event_targets",
    "event_places",
    "event_date",
    "event_attribution",
    "casualties",
    "relations",
)
#: Categories scored as accuracy over matched events.
ACCURACY_CATEGORIES = frozenset({"event_date", "event_attribution"})
#: Project targets (F1, or accuracy) per category.
TARGETS = {
    "actors": 0.90,
    "places": 0.90,
    "events": 0.75,
    "event_agents": 0.70,
    "event_targets": 0.70,
    "event_date": 0.85,
    "event_attribution": 0.85,
    "casualties": 0.80,
    "relations": 0.60,
}
CIVILIANS = "civilians"


class EvaluationError(ValueError):
    """Predicted or gold JSON that does not follow the format, so it cannot be scored."""


@dataclass
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class ArticleScores:
    """Counts per category for one article, plus what was missed (gold only) and spurious (predicted only)."""

    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class CorpusScores:
    """Micro-averaged counts over all articles, and each article's own scores."""

    counts: dict[str, Counts]
    articles: dict[str, ArticleScores]

    def as_dict(self) -> dict[str, Any]:
        return {
            "categories": {c: self.counts[c].as_dict() for c in CATEGORIES},
            "articles": {
                article_id: {
                    "categories": {c: s.counts[c].as_dict() for c in CATEGORIES},
                    "missed": s.missed,
                    "spurious": s.spurious,
                }
                for article_id, s in self.articles.items()
            },
        }


# ------------------------------------------------------------------------------------------ normalising

_QUOTES = str.maketrans({"’": "", "‘": "", "'": "", "`": "", "ʼ": "", "´": "", "“": '"', "”": '"'})
_IGNORED_WORDS = frozenset({"the", "of"})


def normalise_name(text: str) -> str:
    """Compare-form of a name: case, accents, hyphens/dashes, quotes, "the"/"of" and punctuation ignored.

    >>> normalise_name("the Kata’ib Hezbollah") == normalise_name("KATA'IB-HEZBOLLAH")
    True
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(_QUOTES)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(word for word in text.split() if word not in _IGNORED_WORDS)


# ------------------------------------------------------------------------------------------ matching


def assign(n_left: int, n_right: int, weight: Callable[[int, int], float | None]) -> dict[int, int]:
    """One-to-one matching: heaviest edges first (greedy), then augmenting paths for the rest.

    ``weight(i, j)`` is ``None`` where left ``i`` cannot match right ``j``. The greedy pass settles clear
    matches (equal names before shared aliases); the augmenting pass (Kuhn) then re-routes earlier choices
    only when that matches one more item, so an ambiguous item cannot block two matchable ones.
    """
    edges: list[list[tuple[float, int]]] = []
    for i in range(n_left):
        row = [(w, j) for j in range(n_right) if (w := weight(i, j)) is not None]
        edges.append(sorted(row, key=lambda e: (-e[0], e[1])))
    owner: dict[int, int] = {}  # right -> left
    matched_left: set[int] = set()
    for _, i, j in sorted((-w, i, j) for i, row in enumerate(edges) for w, j in row):
        if i not in matched_left and j not in owner:
            owner[j] = i
            matched_left.add(i)

    def augment(i: int, seen: set[int]) -> bool:
        for _, j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        if i not in matched_left:
            augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass(frozen=True)
class _Entity:
    name: str
    keys: frozenset[str]  # normalised name and surface forms


def _entities(data: dict, section: str, surface_key: str, side: str) -> list[_Entity]:
    result = []
    for entry in _entries(data, section, side):
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise EvaluationError(f"{side}: {section} entry without a name: {entry!r}")
        surfaces = [s for s in entry.get(surface_key) or [] if isinstance(s, str)]
        keys = {normalise_name(name)} | {normalise_name(s) for s in surfaces}
        result.append(_Entity(name, frozenset(k for k in keys if k)))
    return result


def _entries(data: dict, section: str, side: str) -> list[dict]:
    entries = data.get(section) or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise EvaluationError(f"{side}: {section!r} must be a list of objects")
    return entries


def _match_entities(pred: list[_Entity], gold: list[_Entity]) -> dict[int, int]:
    def weight(i: int, j: int) -> float | None:
        p, g = pred[i], gold[j]
        same_name = normalise_name(p.name) == normalise_name(g.name)
        shared = p.keys & g.keys
        if not same_name and not shared:
            return None
        return (2.0 if same_name else 1.0) + len(shared) / len(p.keys | g.keys)

    return assign(len(pred), len(gold), weight)


class _NameMap:
    """Translates predicted entity names into gold names through the entity matching."""

    def __init__(self, pred: list[_Entity], gold: list[_Entity], matching: dict[int, int]) -> None:
        self._by_pred = {normalise_name(pred[i].name): gold[j].name for i, j in matching.items()}
        self._pred_keys = {key: pred[i].name for i in matching for key in pred[i].keys}
        self._gold_names = {normalise_name(g.name): g.name for g in gold}
        self._gold_keys = {key: g.name for g in gold for key in g.keys}

    def resolve(self, name: str) -> str | None:
        """Gold name for a predicted name, or ``None`` when it corresponds to no gold entity."""
        return self.by_name(name) or self.by_alias(name)

    def by_name(self, name: str) -> str | None:
        """Through a matched predicted entity of that name, or a gold entity of that name."""
        key = normalise_name(name)
        return self._by_pred.get(key) or self._gold_names.get(key)

    def by_alias(self, name: str) -> str | None:
        """Through a surface form of a matched predicted entity."""
        pred_name = self._pred_keys.get(normalise_name(name))
        return self._by_pred[normalise_name(pred_name)] if pred_name else None

    def gold_key(self, name: str) -> str | None:
        """Gold name for a gold-side string (name or alias), for comparing free-text fields."""
        key = normalise_name(name)
        return self._gold_names.get(key) or self._gold_keys.get(key)


class _Resolver:
    """Maps names in events and relations through the actor matching, then the place matching."""

    def __init__(self, actors: _NameMap, places: _NameMap) -> None:
        self.actors, self.places = actors, places

    def actor(self, name: str) -> str:
        if normalise_name(name) == CIVILIANS:
            return CIVILIANS
        return self.actors.resolve(name) or f"\x00unmatched:{name}"

    def place(self, name: str) -> str:
        return self.places.resolve(name) or f"\x00unmatched:{name}"

    def any(self, name: str) -> str:
        if normalise_name(name) == CIVILIANS:
            return CIVILIANS
        resolved = (self.actors.by_name(name) or self.places.by_name(name)
                    or self.actors.by_alias(name) or self.places.by_alias(name))
        return resolved or f"\x00unmatched:{name}"


# ------------------------------------------------------------------------------------------ events


def evidence_spans(evidence: str, text: str) -> list[tuple[int, int]]:
    """Every occurrence of an evidence string in the text (exact; case-insensitive as a fallback)."""
    evidence = (evidence or "").strip()
    if not evidence:
        return []
    for haystack, needle in ((text, evidence), (text.casefold(), evidence.casefold())):
        spans, start = [], haystack.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = haystack.find(needle, start + 1)
        if spans and len(haystack) == len(text):
            return spans
    return []


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> float | None:
    """Best overlap ratio (intersection / union) between any spans of two events, ``None`` if disjoint."""
    best = None
    for s1, e1 in a:
        for s2, e2 in b:
            inter = min(e1, e2) - max(s1, s2)
            if inter > 0:
                ratio = inter / (max(e1, e2) - min(s1, s2))
                best = ratio if best is None else max(best, ratio)
    return best


def _coarse(event_type: str | None) -> str | None:
    """FORMAT.md's type with its gloss dropped: "Bombing(IED)" is "Bombing", "Establishment(base/post)" is
    "Establishment" (annotators write either)."""
    return event_type.split("(", 1)[0].strip() if event_type else event_type


def _match_events(pred: list[dict], gold: list[dict], text: str, typed: bool) -> dict[int, int]:
    pred_spans = [evidence_spans(e.get("evidence") or "", text) for e in pred]
    gold_spans = [evidence_spans(e.get("evidence") or "", text) for e in gold]

    def weight(i: int, j: int) -> float | None:
        if typed and _coarse(pred[i].get("type")) != _coarse(gold[j].get("type")):
            return None
        return _overlap(pred_spans[i], gold_spans[j])

    return assign(len(pred), len(gold), weight)


def _set_counts(pred: Iterable[str], gold: Iterable[str]) -> Counts:
    p, g = set(pred), set(gold)
    return Counts(tp=len(p & g), fp=len(p - g), fn=len(g - p))


def _multiset_counts(pred: Iterable[Any], gold: Iterable[Any]) -> Counts:
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    return Counts(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


def _accuracy(correct: bool) -> Counts:
    return Counts(tp=1) if correct else Counts(fp=1, fn=1)


def _names(event: dict, key: str) -> list[str]:
    return [n for n in event.get(key) or [] if isinstance(n, str)]


def _figure(casualty: dict) -> tuple[Any, Any, Any, Any]:
    return (casualty.get("status"), casualty.get("count"), casualty.get("min"), casualty.get("max"))


def _attribution_correct(pred: Any, gold: Any, resolver: _Resolver) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if normalise_name(str(pred)) == normalise_name(str(gold)):
        return True
    gold_actor = resolver.actors.gold_key(str(gold))
    if gold_actor is None:
        return False
    return gold_actor in (resolver.actors.resolve(str(pred)), resolver.actors.gold_key(str(pred)))


def _event_label(event: dict, width: int = 100) -> str:
    return f"{event.get('type')}: {(event.get('evidence') or '')[:width]}"


def _list_differences(scores: ArticleScores, category: str, label: str, predicted: set, gold: set) -> None:
    """What a matched event's detail got wrong, for ``--verbose``: "<event>: <item>" per missed or spurious item."""
    scores.missed.setdefault(category, []).extend(f"{label} -> {item}" for item in sorted(map(str, gold - predicted)))
    scores.spurious.setdefault(category, []).extend(
        f"{label} -> {str(item).replace(chr(0) + 'unmatched:', '?')}" for item in sorted(map(str, predicted - gold))
    )


# ------------------------------------------------------------------------------------------ scoring


def score_article(predicted: dict, gold: dict, text: str) -> ArticleScores:
    """Score one article's predicted JSON against its gold JSON; ``text`` locates evidence strings."""
    scores = ArticleScores()
    counts = scores.counts

    maps = {}
    for section, surface_key in (("actors", "aliases_in_text"), ("places", "surface")):
        pred_entities = _entities(predicted, section, surface_key, "predicted")
        gold_entities = _entities(gold, section, surface_key, "gold")
        matching = _match_entities(pred_entities, gold_entities)
        counts[section] = Counts(tp=len(matching), fp=len(pred_entities) - len(matching),
                                 fn=len(gold_entities) - len(matching))
        scores.missed[section] = [g.name for j, g in enumerate(gold_entities) if j not in matching.values()]
        scores.spurious[section] = [p.name for i, p in enumerate(pred_entities) if i not in matching]
        maps[section] = _NameMap(pred_entities, gold_entities, matching)
    resolver = _Resolver(maps["actors"], maps["places"])

    pred_events, gold_events = _entries(predicted, "events", "predicted"), _entries(gold, "events", "gold")
    untyped = _match_events(pred_events, gold_events, text, typed=False)
    counts["events_untyped"] = Counts(len(untyped), len(pred_events) - len(untyped), len(gold_events) - len(untyped))
    typed = _match_events(pred_events, gold_events, text, typed=True)
    counts["events"] = Counts(len(typed), len(pred_events) - len(typed), len(gold_events) - len(typed))
    scores.missed["events"] = [_event_label(g) for j, g in enumerate(gold_events) if j not in typed.values()]
    scores.spurious["events"] = [_event_label(p) for i, p in enumerate(pred_events) if i not in typed]

    for i, j in typed.items():
        p, g = pred_events[i], gold_events[j]
        label = _event_label(g, 60)
        for category, key, resolve in (
            ("event_agents", "agents", resolver.actor),
            ("event_targets", "targets", resolver.actor),
            ("event_places", "places", resolver.place),
        ):
            predicted_names, gold_names = set(map(resolve, _names(p, key))), set(_names(g, key))
            counts[category].add(_set_counts(predicted_names, gold_names))
            _list_differences(scores, category, label, predicted_names, gold_names)
        counts["event_date"].add(_accuracy(p.get("date") == g.get("date")))
        if p.get("date") != g.get("date"):
            _list_differences(scores, "event_date", label, {str(p.get("date"))}, {str(g.get("date"))})
        attributed = _attribution_correct(p.get("attributed_to"), g.get("attributed_to"), resolver)
        counts["event_attribution"].add(_accuracy(attributed))
        if not attributed:
            _list_differences(
                scores, "event_attribution", label, {str(p.get("attributed_to"))}, {str(g.get("attributed_to"))}
            )
        predicted_figures = Counter(_figure(c) for c in p.get("casualties") or [] if isinstance(c, dict))
        gold_figures = Counter(_figure(c) for c in g.get("casualties") or [] if isinstance(c, dict))
        counts["casualties"].add(_multiset_counts(predicted_figures.elements(), gold_figures.elements()))
        _list_differences(
            scores, "casualties", label, set((predicted_figures - gold_figures).elements()),
            set((gold_figures - predicted_figures).elements()),
        )

    from kg.extraction.signatures import symmetric_predicates  # (here: loading the CLI must not load extraction)

    def triple(relation: dict, resolve: Callable[[str], str]) -> tuple[str, str, str]:
        subject, predicate = resolve(str(relation.get("subject"))), str(relation.get("predicate")).strip()
        obj = resolve(str(relation.get("object")))
        if predicate in symmetric_predicates():
            subject, obj = sorted((subject, obj))  # "A alliedWith B" is "B alliedWith A"
        return (subject, predicate, obj)

    pred_triples = Counter(triple(r, resolver.any) for r in _entries(predicted, "relations", "predicted"))
    gold_triples = Counter(triple(r, str) for r in _entries(gold, "relations", "gold"))
    counts["relations"] = _multiset_counts(pred_triples.elements(), gold_triples.elements())
    scores.missed["relations"] = [" ".join(t) for t in (gold_triples - pred_triples).elements()]
    scores.spurious["relations"] = [
        " ".join(part.replace("\x00unmatched:", "?") for part in t) for t in (pred_triples - gold_triples).elements()
    ]
    return scores


def score_corpus(pairs: Iterable[tuple[str, dict, dict, str]]) -> CorpusScores:
    """Score ``(article id, predicted, gold, text)`` tuples; corpus counts are sums (micro-averages)."""
    totals = {c: Counts() for c in CATEGORIES}
    articles: dict[str, ArticleScores] = {}
    for article_id, predicted, gold, text in pairs:
        scores = score_article(predicted, gold, text)
        articles[article_id] = scores
        for category in CATEGORIES:
            totals[category].add(scores.counts[category])
    return CorpusScores(counts=totals, articles=articles)
