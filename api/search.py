"""Name matching that tolerates case, accents and transliteration: both the query and every label are folded.

Two keys per string: ``fold`` (NFKD without marks, case-folded, punctuation as spaces) and ``skeleton`` (the
fold without vowels, spaces or doubled letters), so "Hizballah" finds "Hezbollah", "al-Qaida" finds
"al-Qaeda", and "daesh" finds "Daesh". Arabic script keeps its letters and loses its diacritics.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_VOWELS = re.compile(r"[aeiouyw]")
_REPEAT = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PUNCT.sub(" ", stripped.casefold()).strip()


def skeleton(text: str) -> str:
    folded = fold(text).replace(" ", "")
    if not folded:
        return ""
    body = _VOWELS.sub("", folded[1:])
    return _REPEAT.sub(r"\1", (folded[0] if folded[0] not in "aeiouyw" else "") + body)


def match_rank(query: str, label: str) -> int | None:
    """0 exact, 1 prefix, 2 word/substring, 3 transliteration-tolerant; None for no match (lower is better)."""
    q, target = fold(query), fold(label)
    if not q:
        return None
    if q == target:
        return 0
    if target.startswith(q):
        return 1
    if q in target:
        return 2
    qs, ts = skeleton(query), skeleton(label)
    if len(qs) >= 3 and (qs == ts or qs in ts):
        return 3
    return None
