"""Sentence and clause splitting with character offsets into the article text.

Evidence must be a verbatim, offset-exact quote, so splitting never copies or normalises text: every
:class:`Sentence` and :class:`Clause` is a ``(start, end)`` window onto ``article.text``. Only the article's
content segments are split, which is what keeps boilerplate (comments, disclaimers) out of every fact.

A quotation in curly or straight double quotes is kept inside one sentence when it closes within the
paragraph, because the sentence after the closing quote ("…,” a statement by X said.") is what attributes
everything inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Abbreviations whose trailing full stop does not end a sentence (ranks, titles, initials, months).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen maj col lt capt cpt sgt brig adm cmdr st mt vs etc approx jan feb mar apr jun "
    "jul aug sep sept oct nov dec inc ltd co corp dept gov sen rep u.s u.k u.n e.g i.e".split()
)
#: A footnote marker may follow the full stop ("… on March 29.[5] Iraqi officials said …", "….[iv] CENTCOM said").
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?:\[(?:\d{1,3}|[ivxlc]{1,6})\])?(?=\s+|$)")
_OPEN_QUOTES = {"“": "”", '"': '"'}
_MAX_QUOTE = 900  # a quote longer than this is not held together (likely an unbalanced mark)

#: Where a sentence splits into clauses: a comma or semicolon before a relative or subordinating word, or
#: a semicolon, dash or colon on its own, or ', and' before a new time. The boundary word starts the new clause.
_CLAUSE_BREAK = re.compile(
    r"(?:[,;]\s+|\s+[—–]\s+)(?=(?:which|where|while|whereas|who|when|adding|but|after|before|"
    r"although|though|as|since|because|killing|wounding|injuring|leaving|even\s+as|even\s+though|just\s+as)\b)"
    r"|;\s+|\s+[—–]\s+|:\s+"
    # ", and on Sunday US vehicles took up positions": a new time starts a new clause
    r"|,\s+and\s+(?=(?:then|later|subsequently|meanwhile|(?:on|by|late|early)\s+(?:(?:the\s+)?(?:next|following)\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+(?:next|following)\s+(?:day|morning|evening|night))\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a content segment; ``text == article.text[start:end]``."""

    index: int  # position in the article (0-based, over all segments)
    paragraph: int  # index of the segment it belongs to
    kind: str  # the segment kind: "headline" | "dateline" | "summary" | "body"
    start: int
    end: int
    text: str

    def clauses(self) -> list[Clause]:
        """The sentence's clauses (at least one), offsets into the article."""
        return split_clauses(self.text, self.start)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


def split_sentences(article: object) -> list[Sentence]:
    """Sentences of every content segment of ``article`` (a ``kg.articles.Article``), in text order."""
    sentences: list[Sentence] = []
    for paragraph, segment in enumerate(getattr(article, "segments", ())):
        for start, end in _sentence_spans(segment.text):
            text = segment.text[start:end]
            sentences.append(
                Sentence(len(sentences), paragraph, segment.kind, segment.start + start, segment.start + end, text)
            )
    return sentences


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    position = start
    while position < len(text):
        match = _SENTENCE_END.search(text, position)
        if match is None:
            break
        quote_end = _open_quote_end(text, start, match.start())
        if quote_end is not None and quote_end > match.end():
            position = quote_end
            continue
        if _is_abbreviation(text, match.start()) or _continues_lowercase(text, match.end()):
            position = match.end()
            continue
        spans.append((start, match.end()))
        start = _skip_space(text, match.end())
        position = start
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, _trim_end(text, s, e)) for s, e in spans if text[s:e].strip()]


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _open_quote_end(text: str, start: int, position: int) -> int | None:
    """If a double quote opened in ``text[start:position]`` is still open, the offset after its closing mark."""
    depth_open: int | None = None
    index = start
    while index < position:
        ch = text[index]
        if depth_open is None and ch in _OPEN_QUOTES:
            depth_open = index
        elif depth_open is not None and ch == _OPEN_QUOTES[text[depth_open]] and index != depth_open:
            depth_open = None
        index += 1
    if depth_open is None:
        return None
    closing = _OPEN_QUOTES[text[depth_open]]
    close = text.find(closing, position)
    if close == -1 or close - depth_open > _MAX_QUOTE:
        return None
    return close + 1


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _continues_lowercase(text: str, end: int) -> bool:
    """A full stop followed by a lower-case word is not a sentence end ("approx. five", "al. Naba")."""
    rest = text[end:].lstrip()
    return bool(rest) and rest[0].islower()


def split_clauses(text: str, offset: int = 0) -> list[Clause]:
    """Clauses of a sentence ``text`` that starts at ``offset`` in the article."""
    clauses: list[Clause] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > start:
            clauses.append(Clause(offset + start, offset + match.start(), text[start : match.start()]))
        start = match.end()
    if start < len(text):
        end = len(text)
        while end > start and text[end - 1] in ".!? ":
            end -= 1
        clauses.append(Clause(offset + start, offset + end, text[start:end]))
    return clauses or [Clause(offset, offset + len(text), text)]
