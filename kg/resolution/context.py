"""Where an article's sentences are and which country each one is about.

Descriptions like "government forces" or "the army" name different actors in a Syrian and an Iraqi sentence.
The country of a position is read from country signals — names and adjectives of countries and their capitals
(``countries`` in ``descriptive_mentions.json``) and reference places with a country code — first in the same
sentence, then in the sentences before it (nearest first), then over the whole article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.reference import ReferenceData, ReferencePlace
from kg.resolution.data import alternation, load
from kg.resolution.names import Token, tokenize

BORDER_WITH = re.compile(r"(?:borders?|frontiers?)\s+with\s+$", re.IGNORECASE)
#: "which opposition figures say is backed by Iran": a backer named in a clause is no country the sentence is in.
_BACKED_BY = re.compile(
    r"\b(?:backed|supported|sponsored|funded|armed|trained|aligned)\s+by\s+(?:the\s+)?$|\b(?:allied|aligned|loyal)"
    r"\s+(?:with|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?…][\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


#: Text right before a sentence opening: nothing, or a full stop, colon or line break and spaces.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n]\s*)$")

@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str
    all_caps: bool
    tokens: tuple[Token, ...]


@dataclass
class Document:
    """An article's text with its segments, sentence boundaries and country signals."""

    text: str
    segments: list[Segment]
    sentences: list[tuple[int, int]]
    signals: list[tuple[int, str, float]] = field(default_factory=list)  # (offset, country code, weight)
    publisher_iris: frozenset[str] = frozenset()  # the reference outlet(s) or monitor(s) the publisher names
    acting_publisher_iris: frozenset[str] = frozenset()  # a publishing command or ministry: a party to its story

    def segment_at(self, pos: int) -> Segment | None:
        for segment in self.segments:
            if segment.start <= pos < segment.end:
                return segment
        return None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return pos, pos

    def opens_sentence(self, segment: Segment, pos: int) -> bool:
        """Whether ``pos`` starts a sentence of ``segment`` (where any word is capitalised, so a capital says
        nothing about a name)."""
        return _SENTENCE_OPENING.search(self.text[segment.start : pos]) is not None

    def countries_at(self, pos: int, upto: int | None = None) -> list[str]:
        """Country codes the text around ``pos`` is about, most likely first; with ``upto``, the sentence counts
        only up to there (what a speaker is reported to have said is not where the speaker is)."""
        ordered: list[str] = []
        s_start, s_end = self.sentence_at(pos)
        s_end = min(s_end, upto) if upto is not None else s_end
        here: Counter[str] = Counter()
        nearest: dict[str, int] = {}
        for offset, code, weight in self.signals:
            if s_start <= offset < s_end:
                here[code] += weight
                nearest[code] = min(nearest.get(code, 10**9), abs(offset - pos))
        ordered += sorted(here, key=lambda c: (-here[c], nearest[c]))
        before = sorted((s for s in self.signals if s[0] < s_start), key=lambda s: -s[0])
        for _offset, code, _weight in before:
            if code not in ordered:
                ordered.append(code)
        overall: Counter[str] = Counter()
        for _offset, code, weight in self.signals:
            overall[code] += weight
        ordered += [c for c, _ in overall.most_common() if c not in ordered]
        return ordered


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


def build_document(article: object) -> Document:
    """Segments (content only: boilerplate is never read), their words and sentences."""
    text: str = article.text  # type: ignore[attr-defined]
    segments: list[Segment] = []
    sentences: list[tuple[int, int]] = []
    for seg in article.segments:  # type: ignore[attr-defined]
        chunk = text[seg.start : seg.end]
        segments.append(Segment(seg.start, seg.end, seg.kind, _is_all_caps(chunk), tuple(tokenize(chunk, seg.start))))
        start = 0
        for match in _SENTENCE_END.finditer(chunk):
            sentences.append((seg.start + start, seg.start + match.end()))
            start = match.end()
        sentences.append((seg.start + start, seg.end))
    return Document(text, segments, sentences)


def country_table() -> list[dict]:
    return load("descriptive_mentions")["countries"]


def country_words() -> dict[str, str]:
    """Country names, adjectives and capitals (as written) → country code."""
    words: dict[str, str] = {}
    for country in country_table():
        for word in [*country["names"], *country["adjectives"], country["capital"]]:
            words[word] = country["code"]
    return words


def add_text_signals(doc: Document) -> None:
    """Country names, adjectives and capitals anywhere in the content, weight 1."""
    words = country_words()
    pattern = re.compile(r"(?<![\w-])(?:" + alternation(list(words)) + r")(?![\w])")
    folded = {w.casefold(): c for w, c in words.items()}
    backing = re.compile(r"[-‐‑–](?:" + alternation(load("descriptive_mentions")["backing_suffixes"]) + r")\b")
    for segment in doc.segments:
        for match in pattern.finditer(doc.text, segment.start, segment.end):
            code = folded.get(match.group().casefold())
            if BORDER_WITH.search(doc.text[max(0, match.start() - 30) : match.start()]):
                continue  # "on the border with Syria": the sentence is about the other side
            backer = _BACKED_BY.search(doc.text[max(0, match.start() - 30) : match.start()])
            if backing.match(doc.text, match.end()) or backer:
                continue  # "Iran-backed Hezbollah", "backed by Iran": who backs a group, not where the sentence is
            if code:
                doc.signals.append((match.start(), code, 1.0))


def place_chain(reference: ReferenceData, iri: str) -> Iterator[tuple[str, ReferencePlace]]:
    """A reference place and its containers, innermost first (stops at an unknown place or a cycle)."""
    seen: set[str] = set()
    current: str | None = iri
    while current and current not in seen:
        seen.add(current)
        place = reference.places.get(current)
        if place is None:
            return
        yield current, place
        current = place.parent_iri


def place_country(reference: ReferenceData, iri: str) -> str | None:
    """Country code of a reference place, from its own code or its containers'."""
    return next((p.country_code.upper() for _, p in place_chain(reference, iri) if p.country_code), None)
