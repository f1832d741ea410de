"""Synthetic news articles at scale, for the ingest, store and API benchmarks.

Real articles are few and hand-annotated; the benchmarks need thousands that look like them (~300 words,
boilerplate around the body, casualty phrasings, attributions, dates relative to the publication date) and
whose facts are known. Sentences come from ``bench/templates.json`` filled with actors and places of the
reference data (``kg.reference.reference_data()``), so the pipeline resolves what it reads. While writing,
the generator records every fact it planted as ``kg.model`` objects with exact offsets; ``generate_rdf.py``
turns those into the RDF a perfect extractor would produce.

Each article depends only on ``(seed, index)``, so a run is deterministic and any slice can be regenerated.

    python bench/generate_articles.py --count 10000 --out /tmp/articles --seed 1
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import string
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.model import (
    CIVILIANS_IRI,
    ActorEntity,
    CasualtyFigure,
    Claimant,
    DateInterval,
    DateValue,
    Decision,
    EventFact,
    Evidence,
    Mention,
    PlaceEntity,
    RelationFact,
)
from kg.namespace import RES
from kg.reference import ReferenceActor, ReferenceData, ReferencePlace, reference_data
from kg.resolution.names import slugify

TEMPLATES_FILE = Path(__file__).resolve().parent / "templates.json"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
FIRST_PUBLISHED = datetime.date(2015, 1, 1)
PUBLISHED_SPAN_DAYS = 7 * 365


class GeneratorError(RuntimeError):
    """The reference data or the templates cannot produce articles (a pool is empty, a slot is unknown)."""


@lru_cache(maxsize=1)
def load_templates(path: Path = TEMPLATES_FILE) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _is_latin(text: str) -> bool:
    """Aliases written in Latin script: the synthetic articles are English."""
    return all(ord(ch) < 0x250 or ch in "’‘–—" for ch in text)


class Vocabulary:
    """The reference actors and places sorted into the pools the templates ask for."""

    def __init__(self, reference: ReferenceData, templates: dict[str, Any]) -> None:
        self.reference = reference
        self.templates = templates
        actors = sorted(reference.actors.values(), key=lambda a: a.iri)
        places = sorted(reference.places.values(), key=lambda p: p.iri)
        self.actor_pools = {
            name: [a for a in actors if any(reference.is_a(a.type, t) for t in types)]
            for name, types in templates["actor_pools"].items()
        }
        self.place_pools = {
            name: [p for p in places if any(reference.is_a(p.type, t) for t in types)]
            for name, types in templates["place_pools"].items()
        }
        for kind, pools in (("actor", self.actor_pools), ("place", self.place_pools)):
            empty = [name for name, members in pools.items() if not members]
            if empty:
                raise GeneratorError(f"the reference data has no {kind}s for the pools {empty}")
        self.parented = [a for a in actors if a.parent_iri in reference.actors and a in self.actor_pools["fighter"]]
        self.members = [a for a in actors if any(m in reference.actors for m in a.member_of)]
        self.contained = [p for p in places if p.parent_iri in reference.places]
        self.units = [u for u in templates["minted_units"] if str(RES[f"actor/{u['parent']}"]) in reference.actors]
        if CIVILIANS_IRI not in reference.actors:
            raise GeneratorError(f"the reference data lacks {CIVILIANS_IRI}")

    def pick(self, rng: random.Random, pool: list[Any]) -> Any:
        """Skewed choice (weight 1/(rank+1)): a few actors dominate the news, as in real coverage."""
        weights = [1.0 / (rank + 1) ** 0.7 for rank in range(len(pool))]
        return rng.choices(pool, weights=weights, k=1)[0]


@dataclass
class SyntheticArticle:
    """One generated article with the facts it states (offsets into ``text``)."""

    name: str
    text: str
    metadata: dict[str, str | None]
    actors: dict[str, ActorEntity] = field(default_factory=dict)
    places: dict[str, PlaceEntity] = field(default_factory=dict)
    events: list[EventFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    body_words: int = 0


class _Writer:
    """Appends text and remembers where each entity name landed, so every fact gets exact offsets."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, published: datetime.date) -> None:
        self.vocab = vocab
        self.templates = vocab.templates
        self.rng = rng
        self.published = published
        self.parts: list[str] = []
        self.length = 0
        self.sentence_start = 0
        self.actors: dict[str, ActorEntity] = {}
        self.places: dict[str, PlaceEntity] = {}

    # ------------------------------------------------------------------------------------ raw text

    def write(self, text: str) -> int:
        start = self.length
        if text and start == self.sentence_start and text[0].islower():
            text = text[0].upper() + text[1:]
        self.parts.append(text)
        self.length += len(text)
        return start

    def text(self) -> str:
        return "".join(self.parts)

    def evidence(self, start: int, rule: str, confidence: float = 0.9) -> Evidence:
        quote = self.text()[start : self.length]
        stripped = quote.rstrip(" ,")
        return Evidence(start, start + len(stripped), stripped, rule, confidence)

    # -------------------------------------------------------------------------------------- entities

    def name_actor(self, actor: ReferenceActor, headline: bool = False) -> str:
        """Write an actor's name (or an English alias), with "the" where English wants it."""
        aliases = [a for a in actor.aliases if _is_latin(a) and len(a) > 1]
        surface = self.rng.choice(aliases) if aliases and self.rng.random() < 0.35 else actor.name
        if not headline and self._needs_article(actor.type, surface):
            self.write("the ")
        return self._mention_actor(actor.iri, actor.name, actor.type, surface, Decision.LINKED, f"alias:{surface}")

    def _needs_article(self, type_name: str, surface: str) -> bool:
        """English puts "the" before a name whose head is a common noun ("the Syrian Arab Army")."""
        if type_name in self.templates["no_article_types"] or surface.lower().startswith("the "):
            return False
        if surface.replace(".", "").isupper():
            return surface in self.templates["acronyms_with_article"]
        head = re.split(r" (?:of|for|to|in) ", surface, maxsplit=1)[0].split()[-1].lower()
        return head in self.templates["article_head_nouns"]

    def _mention_actor(self, iri: str, name: str, type_name: str, surface: str, decision: Decision, reason: str,
                       parent_iri: str | None = None) -> str:  # fmt: skip
        start = self.write(surface)
        written = self.text()[start : self.length]
        entity = self.actors.get(iri) or ActorEntity(iri, name, type_name, decision, parent_iri=parent_iri)
        entity.mentions.append(Mention(start, self.length, written, decision, reason))
        self.actors[iri] = entity
        return iri

    def name_person(self) -> str:
        first = self.rng.choice(self.templates["person_first_names"])
        last = self.rng.choice(self.templates["person_last_names"])
        name = f"{first} {last}"
        return self._mention_actor(str(RES[f"actor/{slugify(name)}"]), name, "Person", name, Decision.NEW, "new:person")

    def name_unit(self) -> tuple[str, RelationFact]:
        """A numbered unit the reference data lacks ("the 45th Brigade of the PMF"), minted with its parent."""
        unit = self.rng.choice(self.vocab.units)
        number = self.rng.randint(1, 120)
        ordinal = f"{number}{_ordinal_suffix(number)}"
        name = unit["name"].format(ordinal=ordinal)
        parent = str(RES[f"actor/{unit['parent']}"])
        phrase = unit["text"].format(ordinal=ordinal)
        self.write("the ")
        iri = str(RES[f"actor/{slugify(name)}"])
        start = self.length
        self._mention_actor(iri, name, unit["type"], phrase[len("the ") :], Decision.NEW, "new:numbered-unit",
                            parent_iri=str(parent))  # fmt: skip
        self.actors[iri].unit_number = number
        relation = RelationFact("partOf", iri, str(parent), self.evidence(start, "naming:unit-of"))
        return iri, relation

    def name_place(self, place: ReferencePlace, headline: bool = False) -> str:
        phrases = self.templates["place_phrases"]
        kind = next((t for t in _ancestry(self.vocab.reference, place.type) if t in phrases), "Place")
        phrase = "{name}" if headline else self.rng.choice(phrases[kind])
        surface = place.name
        aliases = [a for a in place.aliases if _is_latin(a) and len(a) > 2]
        if aliases and self.rng.random() < 0.3:
            surface = self.rng.choice(aliases)
        for suffix in self.templates["place_name_suffixes_to_drop"]:
            if surface.endswith(suffix) and (phrase != "{name}" or self.rng.random() < 0.5):
                surface = surface[: -len(suffix)]
        before, after = phrase.split("{name}")
        if surface.lower().startswith(("the ", "al-", "al ")):
            before = before.removesuffix("the ")
        self.write(before)
        start = self.write(surface)
        surface = self.text()[start : self.length]
        self.write(after)
        entity = self.places.get(place.iri) or PlaceEntity(place.iri, place.name, place.type, Decision.LINKED,
                                                           parent_iri=place.parent_iri, lat=place.lat,
                                                           long=place.long, precision=place.precision)  # fmt: skip
        entity.mentions.append(Mention(start, start + len(surface), surface, Decision.LINKED, f"alias:{surface}"))
        self.places[place.iri] = entity
        return place.iri


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _ancestry(reference: ReferenceData, type_name: str) -> list[str]:
    """The class and its superclasses, most specific first (to find the phrasing of a place type)."""
    order, todo = [], [type_name]
    while todo:
        current = todo.pop(0)
        if current not in order:
            order.append(current)
            todo.extend(reference.superclasses.get(current, ()))
    return order


class _Composer:
    """Writes one article: layout, headline, body sentences from the templates, boilerplate, comments."""

    def __init__(self, vocab: Vocabulary, rng: random.Random, published: datetime.date) -> None:
        self.vocab = vocab
        self.t = vocab.templates
        self.rng = rng
        self.published = published
        self.w = _Writer(vocab, rng, published)
        self.events: list[EventFact] = []
        self.relations: list[RelationFact] = []

    # --------------------------------------------------------------------------------- slot filling

    def fill(self, template: str, handlers: dict[str, Any]) -> dict[str, Any]:
        """Write ``template``, calling ``handlers[slot]`` for each slot (case-insensitive); return their values."""
        values: dict[str, Any] = {}
        for literal, slot, _spec, _conv in string.Formatter().parse(template):
            self.w.write(literal)
            if slot is None:
                continue
            key = slot.lower()
            if key not in handlers:
                raise GeneratorError(f"template {template!r}: no value for slot {{{slot}}}")
            values[key] = handlers[key](values)
        return values

    def sentence(self) -> None:
        if self.w.length and not self.w.text().endswith(("\n", " ")):
            self.w.write(" ")
        self.w.sentence_start = self.w.length

    def actor_slot(self, pool: str, chosen: Any = None) -> Any:
        """A handler writing an actor of ``pool`` (or the one chosen for the headline) and returning its IRI."""

        def handler(_values: dict[str, Any]) -> str:
            if pool == "civilians":
                return self.w._mention_actor(CIVILIANS_IRI, "civilians", "CivilianPopulation", "civilians",
                                             Decision.LINKED, "alias:civilians")  # fmt: skip
            if pool == "person":
                return self.w.name_person()
            if chosen is None and pool in ("fighter", "force") and self.vocab.units and self.rng.random() < 0.12:
                iri, relation = self.w.name_unit()
                self.relations.append(relation)
                return iri
            actor = chosen or self.vocab.pick(self.rng, self.vocab.actor_pools[pool])
            return self.w.name_actor(actor)

        return handler

    def place_slot(self, place: ReferencePlace) -> Any:
        return lambda _values: self.w.name_place(place)

    def date_slot(self, _values: dict[str, Any]) -> DateValue | DateInterval | None:
        """A date phrase relative to the publication date, and the date it means (the annotation guidelines)."""
        form = self.rng.choice(self.t["date_phrases"])
        kind, p, rng = form["kind"], self.published, self.rng
        day = p - datetime.timedelta(days=rng.randint(1, 7) if kind == "weekday" else rng.randint(1, 45))
        if kind == "yesterday":
            day = p - datetime.timedelta(days=1)
        if kind == "month":
            day = (p.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
        self.w.write(form["text"].format(weekday=WEEKDAYS[day.weekday()], month=MONTHS[day.month - 1],
                                         day=day.day, year=day.year))  # fmt: skip
        if kind in ("weekday", "yesterday", "full"):
            return DateValue(day.year, day.month, day.day, "day")
        if kind == "month_day":
            return DateValue(None, day.month, day.day, "month-day")
        if kind == "month":
            return DateValue(day.year, day.month, None, "month")
        if kind == "last_week":
            return DateInterval(_day(p - datetime.timedelta(days=7)), _day(p - datetime.timedelta(days=1)))
        if kind == "past_24h":
            return DateInterval(_day(p - datetime.timedelta(days=1)), _day(p))
        return None

    def figure(self, status: str, victim: str, claimant: Claimant | None, capital: bool) -> Any:
        """Handlers for {count} and {victims}; the figure's evidence is set by the caller once written."""
        n = self.rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 60])
        form = self.rng.choice(self.t["casualty_counts"])
        number = self.t["number_words"][n] if n < len(self.t["number_words"]) and self.rng.random() < 0.5 else str(n)
        figure = CasualtyFigure(status, Evidence(0, 1, "", "", 1.0), victim_iri=victim, claimant=claimant)
        if form["form"] == "exact":
            figure.count = n
        elif form["form"] == "min":
            figure.min_count = n
        elif form["form"] == "over":
            figure.min_count = n + 1
        else:
            figure.max_count = n
        victim_type = self.w.actors[victim].type if victim in self.w.actors else "Actor"
        nouns = next(self.t["victim_nouns"][t] for t in _ancestry(self.vocab.reference, victim_type) + ["Actor"]
                     if t in self.t["victim_nouns"])  # fmt: skip
        return figure, {
            "count": lambda _v: self.w.write(form["text"].format(n=number)),
            "victims": lambda _v: self.w.write(self.rng.choice(nouns)),
        }

    def source_slot(self, _values: dict[str, Any]) -> Claimant:
        if self.rng.random() < 0.5:
            actor = self.vocab.pick(self.rng, self.vocab.actor_pools["source"])
            iri = self.w.name_actor(actor)
            mention = self.w.actors[iri].mentions[-1]
            return Claimant(mention.text, iri)
        phrase = self.rng.choice(self.t["unnamed_sources"])
        self.w.write(phrase)
        return Claimant(phrase)

    # ------------------------------------------------------------------------------------- facts

    def event(self, spec: dict[str, Any], lead: dict[str, Any] | None = None) -> None:
        lead = lead or {}
        self.sentence()
        start = self.w.length
        attribution = self.rng.choice(self.t["attributions"]) if self.rng.random() < 0.3 else None
        claimant: Claimant | None = None
        if attribution is not None and attribution["form"] != "suffix":
            got = self.fill(attribution["text"], {"source": self.source_slot})
            claimant = got.get("source") or Claimant(attribution["claimant"])
        place = lead.get("place") or self.vocab.pick(self.rng, self.vocab.place_pools[spec["place"]])
        figures: list[CasualtyFigure] = []

        def casualties(values: dict[str, Any]) -> None:
            target = values.get("target")
            if target is None or self.rng.random() < 0.5:
                return
            clause = self.rng.choice(self.t["casualty_clauses"])
            figure, handlers = self.figure(clause["status"], target, None, False)
            self.w.write(", ")
            clause_start = self.w.length
            self.fill(clause["text"].removeprefix(", "), handlers)
            figure.evidence = self.w.evidence(clause_start, f"synthetic:casualty:{clause['status']}")
            figures.append(figure)

        handlers = {
            "agent": self.actor_slot(spec["agent"], lead.get("agent")),
            "target": self.actor_slot(spec.get("target", "fighter"), lead.get("target")),
            "place": self.place_slot(place),
            "date": self.date_slot,
            "casualties": casualties,
        }
        template = spec["text"].removesuffix(".")
        if self.w.length != self.w.sentence_start and template[0].isupper():
            template = template[0].lower() + template[1:]  # after "According to X, "
        values = self.fill(template, handlers)
        if attribution is not None and attribution["form"] == "suffix":
            claimant = self.fill(attribution["text"], {"source": self.source_slot})["source"]
        self.w.write(".")
        targets = [values["target"]] if "target" in values else ([CIVILIANS_IRI] if spec.get("target") else [])
        event = EventFact(
            type=spec["type"],
            evidence=self.w.evidence(start, f"synthetic:{spec['id']}"),
            agents=[values["agent"]] if "agent" in values else [],
            targets=targets,
            places=[values["place"]],
            date=values.get("date"),
            casualties=figures,
            attribution=claimant,
        )
        self.events.append(event)
        if claimant is not None and self.rng.random() < 0.3:
            self.sentence()
            self.w.write(self.rng.choice(self.t["unconfirmed_sentences"]))
            event.claim_status = "unconfirmed"
        if targets and self.rng.random() < 0.35:
            self.casualty_sentence(event)

    def casualty_sentence(self, event: EventFact) -> None:
        claimed = self.rng.random() < 0.4
        spec = self.rng.choice(self.t["claimed_casualty_sentences" if claimed else "casualty_sentences"])
        self.sentence()
        start = self.w.length
        claimant: list[Claimant] = []

        def source(values: dict[str, Any]) -> Claimant:
            claimant.append(self.source_slot(values))
            return claimant[0]

        figure, handlers = self.figure(spec["status"], event.targets[0], None, True)
        self.fill(spec["text"], {**handlers, "source": source})
        figure.claimant = claimant[0] if claimant else None
        figure.evidence = self.w.evidence(start, f"synthetic:casualty-sentence:{spec['status']}")
        event.casualties.append(figure)

    def relation(self) -> None:
        specs = [s for s in self.t["relations"] if self._pair(s["pair"]) is not None]
        spec = self.rng.choice(specs)
        subject, obj = self._pair(spec["pair"])  # type: ignore[misc]
        self.sentence()
        start = self.w.length
        person: list[str] = []

        def name_person(_values: dict[str, Any]) -> str:
            person.append(self.w.name_person())
            return person[0]

        values = self.fill(spec["text"], {
            "subject": lambda _v: self.w.name_actor(subject),
            "object": lambda _v: self.w.name_actor(obj),
            "place": lambda _v: self.w.name_place(subject if spec["pair"] == "place-parent" else obj),
            "place2": lambda _v: self.w.name_place(obj),
            "person": name_person,
        })  # fmt: skip
        if spec["pair"] == "place":
            subject_iri, object_iri = values["subject"], values["place"]
        elif spec["pair"] == "place-parent":
            subject_iri, object_iri = values["place"], values["place2"]
        elif spec["pair"] == "person":
            subject_iri, object_iri = values["person"], values["object"]
        else:
            subject_iri, object_iri = values["subject"], values["object"]
        evidence = self.w.evidence(start, f"synthetic:{spec['id']}")
        self.relations.append(RelationFact(spec["predicate"], subject_iri, object_iri, evidence))

    def _pair(self, kind: str) -> tuple[Any, Any] | None:
        """Subject and object for a relation template, true to the reference data where it says something."""
        v, rng = self.vocab, self.rng
        if kind == "parent":
            if not v.parented:
                return None
            actor = rng.choice(v.parented)
            return actor, v.reference.actors[actor.parent_iri]  # type: ignore[index]
        if kind == "member":
            if not v.members:
                return None
            actor = rng.choice(v.members)
            return actor, v.reference.actors[rng.choice([m for m in actor.member_of if m in v.reference.actors])]
        if kind == "place-parent":
            if not v.contained:
                return None
            place = rng.choice(v.contained)
            return place, v.reference.places[place.parent_iri]  # type: ignore[index]
        first = v.pick(rng, v.actor_pools["fighter"])
        if kind == "place":
            return first, v.pick(rng, v.place_pools["any"])
        if kind == "person":
            return None, first
        others = [a for a in v.actor_pools["fighter"] if a.iri != first.iri]
        return (first, rng.choice(others)) if others else None

    # ------------------------------------------------------------------------------------- layout

    def paragraph_break(self) -> None:
        if self.w.length:
            self.w.write("\n\n")
        self.w.sentence_start = self.w.length

    def lines(self, lines: list[str], **values: Any) -> None:
        for line in lines:
            self.paragraph_break()
            self.w.write(line.format(**values))

    def compose(self, publisher: dict[str, str], with_meta_date: bool) -> tuple[str, int]:
        """Write the whole page; return the headline and the number of words of headline and body."""
        rng, t = self.rng, self.t
        first = rng.choice(t["events"])
        lead = {
            "agent": self.vocab.pick(rng, self.vocab.actor_pools[first["agent"]]),
            "target": self.vocab.pick(rng, self.vocab.actor_pools["fighter"]),
            "place": self.vocab.pick(rng, self.vocab.place_pools[first["place"]]),
        }
        if first.get("target") in t["actor_pools"]:
            lead["target"] = self.vocab.pick(rng, self.vocab.actor_pools[first["target"]])
        if rng.random() < 0.5:
            self.lines(rng.choice(t["boilerplate_head"]), days=rng.randint(2, 28), publisher=publisher["name"])
        self.paragraph_break()
        headline_start = self.w.length
        self.fill(rng.choice(t["headlines"]), {
            "agent": lambda _v: self.w.name_actor(lead["agent"], headline=True),
            "target": lambda _v: self.w.name_actor(lead["target"], headline=True),
            "place": lambda _v: self.w.name_place(lead["place"], headline=True),
        })  # fmt: skip
        headline = self.w.text()[headline_start:]
        if not with_meta_date or rng.random() < 0.2:
            self.paragraph_break()
            p = self.published
            self.w.write(f"{WEEKDAYS[p.weekday()]} {p.day} {MONTHS[p.month - 1]} {p.year}")
        if rng.random() < 0.3:
            self.lines([rng.choice(t["bylines"])], first=rng.choice(t["person_first_names"]),
                       last=rng.choice(t["person_last_names"]))  # fmt: skip
        if rng.random() < 0.2:
            self.lines([rng.choice(t["photo_credits"])], publisher=publisher["name"])
        target_words = rng.randint(240, 310)
        fillers = list(t["fillers"])  # each at most once per article
        body_start = self.w.length
        paragraphs = 0
        while len(self.w.text()[body_start:].split()) < target_words and paragraphs < 20:
            self.paragraph_break()
            if paragraphs == 0:
                self.dateline_prefix(lead["place"])
            self.event(first if paragraphs == 0 else rng.choice(t["events"]), lead if paragraphs == 0 else None)
            for _ in range(rng.randint(0, 2)):
                if rng.random() < 0.45:
                    self.relation()
                else:
                    self.sentence()
                    self.w.write(fillers.pop(rng.randrange(len(fillers))) if fillers else "")
            paragraphs += 1
            if rng.random() < 0.12:
                self.lines([rng.choice(t["body_interruptions"])], headline=headline)
        words = len(headline.split()) + len(self.w.text()[body_start:].split())
        for group in rng.sample(t["boilerplate_tail"], rng.randint(1, 3)):
            self.lines(group, publisher=publisher["name"], headline=headline)
        if rng.random() < 0.4:
            self.comments()
        self.w.write("\n")
        return headline, words

    def dateline_prefix(self, place: ReferencePlace) -> None:
        country = self.t["country_names"].get(place.country_code or "")
        if country is None or self.rng.random() >= 0.3:
            return
        name = place.name.upper()
        start = self.w.write(name)
        entity = self.w.places.get(place.iri) or PlaceEntity(place.iri, place.name, place.type, Decision.LINKED,
                                                             parent_iri=place.parent_iri, lat=place.lat,
                                                             long=place.long, precision=place.precision)  # fmt: skip
        entity.mentions.append(Mention(start, start + len(name), name, Decision.LINKED, f"dateline:{name}"))
        self.w.places[place.iri] = entity
        self.w.write(f", {country} – ")
        self.w.sentence_start = self.w.length

    def comments(self) -> None:
        t, rng = self.t, self.rng
        n = rng.randint(2, 5)
        self.lines([rng.choice(t["comment_headers"])], n=n)
        for _ in range(n):
            later = self.published + datetime.timedelta(days=rng.randint(0, 3))
            self.lines([rng.choice(t["commenters"]), f"{MONTHS[later.month - 1]} {later.day}, {later.year} at "
                        f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} pm", rng.choice(t["comments"])])  # fmt: skip


def _day(date: datetime.date) -> DateValue:
    return DateValue(date.year, date.month, date.day, "day")


def generate_article(index: int, seed: int, vocab: Vocabulary) -> SyntheticArticle:
    """Article number ``index`` of the run with ``seed``; the same pair always gives the same article."""
    rng = random.Random(f"{seed}:{index}")
    t = vocab.templates
    publisher = rng.choice(t["publishers"])
    published = FIRST_PUBLISHED + datetime.timedelta(days=rng.randrange(PUBLISHED_SPAN_DAYS))
    with_meta_date = rng.random() < 0.9
    composer = _Composer(vocab, rng, published)
    headline, words = composer.compose(publisher, with_meta_date)
    url = f"https://{publisher['domain']}/{published:%Y/%m}/{slugify(headline)}-{seed}-{index}/"
    article_id = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    metadata = {
        "url": url,
        "publisher": publisher["name"],
        "published": published.isoformat() if with_meta_date else None,
        "title": headline,
    }
    return SyntheticArticle(
        name=f"{index:06d}_{article_id}",
        text=composer.w.text(),
        metadata=metadata,
        actors=composer.w.actors,
        places=composer.w.places,
        events=composer.events,
        relations=composer.relations,
        body_words=words,
    )


def write_article(article: SyntheticArticle, out: Path) -> Path:
    """``<name>.txt`` and ``<name>.meta.json`` in ``out``; returns the text file."""
    path = out / f"{article.name}.txt"
    path.write_text(article.text, encoding="utf-8")
    (out / f"{article.name}.meta.json").write_text(json.dumps(article.metadata, ensure_ascii=False), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of articles to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write <name>.txt + <name>.meta.json")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="index of the first article (to extend a run)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must be >= 0")
    try:
        vocab = Vocabulary(reference_data(), load_templates())
    except GeneratorError as exc:
        print(f"generate_articles: {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    began, words = time.perf_counter(), 0
    for index in range(args.start, args.start + args.count):
        article = generate_article(index, args.seed, vocab)
        write_article(article, args.out)
        words += article.body_words
    elapsed = time.perf_counter() - began
    mean = words / args.count if args.count else 0
    print(f"wrote {args.count} articles to {args.out} in {elapsed:.1f} s (mean {mean:.0f} words of content)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
