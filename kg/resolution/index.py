"""An alias index over the reference actors and places, and the scan that finds their names in text.

Every ``skos:prefLabel``, ``altLabel`` and ``hiddenLabel`` is keyed by :func:`normalize_name`, except acronyms
("IS", "US", "SAA"), which are keyed verbatim and only match the same upper-case letters. The scan tries, at each
word, the longest run of words (joined only by spaces or dashes) whose key is in the index; names the key misses
get one more chance through a bounded edit distance, for long names only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from kg.reference import ReferenceData
from kg.resolution.names import (
    APOSTROPHES,
    ARABIC_ARTICLES,
    DASHES,
    Token,
    edit_distance,
    fuzzy_limit,
    is_acronym,
    normalize_name,
)

#: What may stand between two words of one name: spaces or dashes, or a possessive inside the name ("People's
#: Protection Units", "Kurdistan Workers' Party", "Baghdad's Green Zone"), which the tokenizer splits off.
_JOINER = re.compile(rf"^[ \u00a0{DASHES}]{{0,3}}$|^[{APOSTROPHES}]s?[ \u00a0]{{1,2}}$")
_LABEL_RANK = {"pref": 0, "alt": 1, "hidden": 2}
#: Lower-case English words that end no name: a run ending in one joins a name to the next clause ("Idlib as"
#: would meet a GeoNames variant "Idlibas" once word boundaries are folded away).
_FUNCTION_WORDS = frozenset(
    "as at in on to by is and or of for the a an was were has had have with from into than that this".split()
)
#: An imperative opening a line or clause, then its object: "Subscribers only: Read our analysis", "Read more".
#: A place name is never followed straight by these words, so a word there is an English verb, not a spelling.
_IMPERATIVE_OBJECT = re.compile(r"[ \u00a0](?:our|your|more|also|the|this|about|full)\b")
_CLAUSE_START = re.compile(r"(?:^|[\n:.!?|»>–—-])[ \t\u00a0\"“']*$")


@dataclass(frozen=True)
class IndexEntry:
    """One label of one reference entity."""

    iri: str
    kind: str  # "actor" | "place"
    label: str
    label_kind: str  # "pref" | "alt" | "hidden"


@dataclass(frozen=True)
class AliasMatch:
    """A run of words whose name is in the index; ``entries`` are all entities that carry that name."""

    start: int
    end: int
    text: str
    entries: tuple[IndexEntry, ...]
    fuzzy: bool = False


class AliasIndex:
    """Reference names by folding key (and acronyms verbatim)."""

    def __init__(self, reference: ReferenceData) -> None:
        self.reference = reference
        self.by_key: dict[str, list[IndexEntry]] = defaultdict(list)
        self.by_acronym: dict[str, list[IndexEntry]] = defaultdict(list)
        self.max_words = 1
        #: every label as written, also those whose key an earlier label took ("port of Latakia" after "Port of
        #: Latakia"): a name starting in lower case matches only as written
        self.labels: set[str] = set()
        #: the same labels case-folded: a word written like none of them matched only through spelling folding
        self.folded_labels: set[str] = set()
        for kind, entities in (("actor", reference.actors.values()), ("place", reference.places.values())):
            for entity in entities:
                if entity.type == "CivilianPopulation":
                    continue  # "civilians" is a victim category for extraction, not a named actor
                labels = [(entity.name, "pref")] + [(a, "alt") for a in entity.aliases]
                labels += [(h, "hidden") for h in entity.hidden]
                for label, label_kind in labels:
                    self._add(IndexEntry(entity.iri, kind, label, label_kind))
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for key in self.by_key:
            if fuzzy_limit(key):
                self.by_length[len(key)].append(key)

    def _add(self, entry: IndexEntry) -> None:
        label = entry.label.strip()
        if not label or not any(ch.isascii() and ch.isalnum() for ch in label):
            return  # Arabic-script labels: the articles are English
        if is_acronym(label):
            self.by_acronym[label].append(entry)
            return
        key = normalize_name(label)
        if not key:
            return
        self.labels.add(label)
        self.folded_labels.add(label.casefold())
        bucket = self.by_key[key]
        if all(e.iri != entry.iri for e in bucket):
            bucket.append(entry)
        self.max_words = max(self.max_words, len(label.split()) + label.count("-") + 1)

    def lookup(self, text: str) -> list[IndexEntry]:
        """Entities whose name is ``text`` (acronyms case-sensitively, the rest by folding key)."""
        acronym = self.by_acronym.get(text) or (
            self.by_acronym.get(text[:-1]) if text.endswith("s") and len(text) >= 4 else None
        )
        if acronym:
            return list(acronym)
        if is_acronym(text) and len(text) <= 3:
            return []  # "IS" in upper case is an acronym or nothing: never the word "is"
        return sorted(self.by_key.get(normalize_name(text), ()), key=lambda e: _LABEL_RANK[e.label_kind])

    def fuzzy_lookup(self, text: str) -> list[IndexEntry]:
        """Entities within the edit-distance limit of ``text`` (long names only), closest first."""
        key = normalize_name(text)
        limit = fuzzy_limit(key)
        if not limit:
            return []
        best: list[tuple[int, str]] = []
        for length in range(len(key) - limit, len(key) + limit + 1):
            for other in self.by_length.get(length, ()):
                if other[0] != key[0]:
                    continue
                distance = edit_distance(key, other, limit)
                if distance <= limit and fuzzy_limit(other):
                    best.append((distance, other))
        if not best:
            return []
        best.sort()
        top = [k for d, k in best if d == best[0][0]]
        entries = [e for k in top for e in self.by_key[k]]
        if len({e.iri for e in entries}) > 1:
            return []  # two different names equally close: refuse to guess
        return entries


def _significant(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if token.text.casefold() not in ARABIC_ARTICLES and token.text.casefold() != "the":
            return token
    return None


def _imperative_verb(index: AliasIndex, text: str, token: Token) -> bool:
    """ "Subscribers only: Read our analysis": a title-cased word written like no label (it met one only through
    spelling folding, "Read" ~ Al-Riyad), opening a line or clause and followed by an object word ("our", "more",
    "the"), is an English imperative, not a place name."""
    if token.text.casefold() in index.folded_labels or token.text.isupper():
        return False
    if not _IMPERATIVE_OBJECT.match(text, token.end):
        return False
    return _CLAUSE_START.search(text[max(0, token.start - 40) : token.start]) is not None


def _outlet_name_tail(
    index: AliasIndex, text: str, before: Token, first: Token, span: str, entries: list[IndexEntry]
) -> bool:
    """ "a tally by IHS Conflict Monitor", "the Middle East Monitor": a media outlet's name written without its
    Arabic article ("Monitor" for Al-Monitor) right after another capitalised word of the same run is the last
    word of a different name, not that outlet (written with its article, "Al-Monitor", it still matches)."""
    if span.casefold() in index.folded_labels or not before.text[:1].isupper():
        return False
    if not re.fullmatch(r"[ \u00a0]", text[before.end : first.start]):
        return False
    actors = index.reference.actors
    return all(
        e.kind == "actor" and e.iri in actors and index.reference.is_a(actors[e.iri].type, "MediaOutlet")
        for e in entries
    )


def scan(index: AliasIndex, text: str, tokens: list[Token], *, all_caps: bool = False) -> list[AliasMatch]:
    """Every index name in ``tokens`` (words of ``text``, offsets into ``text``), longest first at each word.

    Matches may overlap here (the resolver picks); a match must start with a capital (or be written exactly as a
    label, like "al-Qaeda" or "anti-ISIS coalition"), so English words never match place names.
    ``all_caps``: the segment is written in capitals (datelines, shouting headlines), where two-letter acronyms
    are words ("IS", "US") and case says nothing.
    """
    matches: list[AliasMatch] = []
    n = len(tokens)
    for i in range(n):
        for j in range(min(n, i + index.max_words), i, -1):
            run = tokens[i:j]
            if any(not _JOINER.match(text[a.end : b.start]) for a, b in zip(run, run[1:], strict=False)):
                continue
            first = _significant(run)
            if first is None or run[0].text.casefold() == "the":
                continue
            if len(run) > 1 and run[-1].text in _FUNCTION_WORDS:
                continue  # "Idlib as Russian jets …": a name never ends in an English function word
            word = run[0].text
            if len(run) == 1 and word.casefold() in _FUNCTION_WORDS and not word.isupper() and word not in index.labels:
                continue  # "The Islamic State Is Exploiting …": a title-cased "Is" is no spelling of al-Eis ("IS" is)
            span = text[run[0].start : run[-1].end]
            if all_caps and is_acronym(span) and len(span) <= 2:
                continue
            entries = index.lookup(span)
            if not entries:
                continue
            if len(run) == 1 and not all_caps and _imperative_verb(index, text, run[0]):
                continue
            if i > 0 and _outlet_name_tail(index, text, tokens[i - 1], run[0], span, entries):
                continue
            if len(run) == 2 and not all_caps and run[0].text.isupper() and run[1].text[:1].islower():
                continue  # "SANA did not": an acronym and an English word are no name folded without its spaces
            if not (all_caps or first.text[0].isupper() or first.text[0].isdigit()):
                if span not in index.labels:
                    continue
            matches.append(AliasMatch(run[0].start, run[-1].end, span, tuple(entries)))
            break
    return matches


_INDEXES: dict[int, tuple[ReferenceData, AliasIndex]] = {}


def index_for(reference: ReferenceData) -> AliasIndex:
    """The index of a reference data set, built once per data set (keyed by identity, kept alive with it)."""
    cached = _INDEXES.get(id(reference))
    if cached is None or cached[0] is not reference:
        if len(_INDEXES) >= 4:
            _INDEXES.clear()
        cached = _INDEXES[id(reference)] = (reference, AliasIndex(reference))
    return cached[1]
