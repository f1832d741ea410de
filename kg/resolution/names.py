"""Name folding and tokenising: the one notion of "same name" that every matcher in resolution uses.

News in English spells Arabic names many ways ("Deir ez-Zor", "Deir Ezzor", "Deir Ezzur"; "al-Mayadeen",
"Mayadin"; "Sukhnah", "Sukhna"; "Lattakia", "Latakia"). Rather than listing every spelling in the reference
data, both sides are reduced to a folding key that erases the usual alternations (case, accents, apostrophes,
hyphens, the Arabic article, ee/i, ou/u, e/i, o/u, q/k, doubled letters, a final -h), and a small edit distance
catches what the key misses for long names only (short names differ by one letter from unrelated words).

Acronyms are the exception: "IS", "US", "SAA" only match the same letters in upper case, because "is" and "us"
are English words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

#: Apostrophe-like characters (straight, curly, Arabic-transliteration ayn/hamza, backtick, acute).
APOSTROPHES = "'’‘ʿʾʼ`´"
#: Hyphen-like characters that join words ("Deir ez-Zor", "Russia–Syria–Iran–Iraq").
DASHES = "\\-‐‑‒–—"  # the hyphen escaped: this string is used inside regex character classes
#: Leading Arabic articles, in their common transliterations ("al-", "el-", "ash-", "ad-" …).
ARABIC_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "ar", "az", "at", "an", "ath", "adh", "ul", "il"})

_TOKEN = re.compile(rf"(?:[A-Z]\.){{2,}}|\d+\+\d+|[^\W_](?:[^\W_]|[{APOSTROPHES}](?=[^\W_])(?!s\b))*")
_ARTICLE_PREFIX = re.compile(
    rf"(?<![^\W_])(?:al|el|as|ash|ad|ar|az|at|an|ath|adh|ez|es|esh|ed|er|et|en|ul|il)[{DASHES}](?=[^\W_])"
    r"|(?<![^\W_])(?:al|el)\s+(?=[^\W_]{3})",
    re.IGNORECASE,
)
#: An article glued by sun-letter assimilation: "Ezzor" (ez-Zor), "Assukhnah" (as-Sukhnah).
_GLUED_ARTICLE = re.compile(r"^[ae]([sdrztn])\1(?=[a-z]{2})")
_VOWELS = "aeiou"


@dataclass(frozen=True)
class Token:
    """A word of the text with its offsets; ``text`` is verbatim (``article.text[start:end]``)."""

    start: int
    end: int
    text: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words with offsets. Apostrophes inside a word stay ("Kata’ib", "Qa’em"); a possessive does not."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if word in ("s", "S") and start > 0 and text[start - 1] in APOSTROPHES:
            continue  # the possessive of "Hezbollah's" is never part of a name
        tokens.append(Token(offset + start, offset + start + len(word), word))
    return tokens


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Folding key of one word: lower case, no accents/apostrophes, usual transliteration alternations erased."""
    w = strip_accents(word).casefold()
    w = "".join(ch for ch in w if ch not in APOSTROPHES and ch != ".")
    if not w.isalpha():
        return w
    w = _GLUED_ARTICLE.sub(r"\1", w)
    w = w.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "i")
    w = w.replace("q", "k").replace("y", "i").replace("e", "i").replace("o", "u")
    w = re.sub(r"(.)\1+", r"\1", w)  # doubled letters: "Lattakia" / "Latakia"
    if len(w) > 3 and w.endswith("h") and w[-2] in _VOWELS:
        w = w[:-1]  # a final -h after a vowel: "Sukhnah" / "Sukhna"
    return w


@lru_cache(maxsize=1 << 16)
def normalize_name(s: str) -> str:
    """The folding key used for matching names: equal keys mean "the same name, spelled differently".

    Cached, as is ``fold_word``: the alias scan asks for the key of every run of words of every article, and the
    same runs recur; without the cache this was a third of the whole ingest time.

    Word boundaries are ignored too, so "Deir ez-Zor", "Deir Ezzor" and "Deir-Ezzor" meet.

    >>> normalize_name("Deir ez-Zor") == normalize_name("DEIR EZZOR") == normalize_name("Deir-Ezzor")
    True
    >>> normalize_name("al-Mayadeen") == normalize_name("Al-Mayadin") == normalize_name("Mayadeen")
    True
    """
    text = _ARTICLE_PREFIX.sub("", s)
    words = [t.text for t in tokenize(text)]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return "".join(fold_word(w) for w in words)


def is_acronym(label: str) -> bool:
    """All-capital short labels ("IS", "SAA", "U.S.") match case-sensitively."""
    letters = [ch for ch in label if ch.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(ch.isupper() for ch in letters) and " " not in label


def slugify(name: str) -> str:
    """IRI slug of a minted entity: ASCII lower case words joined by hyphens."""
    text = strip_accents(name).casefold()
    text = "".join(ch for ch in text if ch not in APOSTROPHES)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            best = min(best, current[j])
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


def fuzzy_limit(key: str) -> int:
    """How many edits a folded key of this length may differ by: none below 7 characters."""
    if len(key) >= 12:
        return 2
    if len(key) >= 7:
        return 1
    return 0
