"""Reading news articles and separating their content from page boilerplate.

The first step of the pipeline. An :class:`Article` keeps the text *as given* (decoded, never normalised),
because every piece of evidence later points into it by character offset; cleaning only marks which spans are
headline, dateline and body (:class:`Segment`) and which are boilerplate, so extraction never sees donation
counters, comment threads or disclaimers, and reports can still show what was dropped and why.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.paths import DATA_DIR

#: Extensions of files that :func:`discover_article_files` treats as articles (``""``: no extension).
ARTICLE_EXTENSIONS = frozenset({".txt", ".text", ".html", ".htm", ".md", ""})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
BOILERPLATE_FILE = DATA_DIR / "boilerplate.json"


class ArticleError(ValueError):
    """An article that cannot be read: the message always names the file, so batch runs can report it."""


@dataclass(frozen=True)
class ArticleMetadata:
    """What is known about an article besides its text (sidecar JSON, HTML head, or the dateline).

    ``published_source`` records where ``published`` came from ("metadata" or "dateline"), because a date
    read from the text is a guess that relative dates ("on Friday") are then resolved against.
    """

    url: str | None = None
    publisher: str | None = None
    published: datetime.date | None = None
    title: str | None = None
    published_source: str | None = None


@dataclass(frozen=True)
class Segment:
    """A content paragraph of an article; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # "headline" | "dateline" | "summary" (a "Key points" bullet, restating the body) | "body"


@dataclass(frozen=True)
class Article:
    """An article's text as given, its metadata and the content segments extraction may read."""

    text: str
    metadata: ArticleMetadata
    segments: tuple[Segment, ...]
    source_path: Path | None
    content_hash: str
    media_type: str
    boilerplate: tuple[tuple[int, int, str], ...]

    @property
    def id(self) -> str:
        """Deterministic id: re-reading the same article (same URL, or same bytes) gives the same id."""
        if self.metadata.url:
            return hashlib.sha256(self.metadata.url.encode("utf-8")).hexdigest()[:16]
        return self.content_hash[:16]

    def content_text(self) -> str:
        """The kept segments for display; offsets do not apply to this string."""
        return "\n\n".join(segment.text for segment in self.segments)


# --------------------------------------------------------------------------------------------- reading


def read_article(
    path: Path, *, metadata_overrides: ArticleMetadata | None = None, max_bytes: int = 5_000_000
) -> Article:
    """Read one article file (plain text or HTML) with its sidecar metadata, then clean it.

    Precedence of metadata: ``metadata_overrides`` > sidecar ``.meta.json`` > HTML head > dateline.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"{path}: too large ({size} bytes > {max_bytes})")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = decode_bytes(raw, str(path))
    metadata = _merge(metadata_overrides, load_metadata(path))
    is_html = path.suffix.lower() in HTML_EXTENSIONS or _looks_like_html(text)
    return _build(text, metadata, raw, "text/html" if is_html else "text/plain", path, str(path))


def article_from_text(
    text: str, metadata: ArticleMetadata | None = None, *, media_type: str = "text/plain"
) -> Article:
    """Build an article from a string (API uploads, tests); ``media_type="text/html"`` extracts HTML."""
    if media_type not in ("text/plain", "text/html"):
        raise ArticleError(f"<text>: unsupported media type {media_type!r}")
    if not text.strip():
        raise ArticleError("<text>: empty article")
    return _build(text, metadata or ArticleMetadata(), text.encode("utf-8"), media_type, None, "<text>")


def _build(
    text: str, metadata: ArticleMetadata, raw: bytes, media_type: str, path: Path | None, name: str
) -> Article:
    if media_type == "text/html":
        text, html_meta = _extract_html(text, name)
        metadata = _merge(metadata, html_meta)
    if metadata.published is not None and metadata.published_source is None:
        metadata = replace(metadata, published_source="metadata")
    segments, boilerplate, dateline_date = segment_text(
        text, title=metadata.title, publisher=metadata.publisher, join_wrapped=media_type == "text/plain"
    )
    if metadata.published is None and dateline_date is not None:
        metadata = replace(metadata, published=dateline_date, published_source="dateline")
    return Article(
        text=text,
        metadata=metadata,
        segments=segments,
        source_path=path,
        content_hash=hashlib.sha256(raw).hexdigest(),
        media_type=media_type,
        boilerplate=boilerplate,
    )


def _merge(first: ArticleMetadata | None, second: ArticleMetadata) -> ArticleMetadata:
    """Fields of ``first`` win; ``second`` fills the gaps."""
    if first is None:
        return second
    values = {f.name: getattr(first, f.name) for f in fields(ArticleMetadata)}
    for name, value in values.items():
        if value is None:
            values[name] = getattr(second, name)
    if first.published is None and second.published is not None:
        values["published_source"] = second.published_source
    return ArticleMetadata(**values)


# -------------------------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(raw: bytes, name: str = "<bytes>") -> str:
    """Decode an article's bytes: BOMs first, then strict UTF-8, then charset-normalizer's best guess.

    Nothing else is changed (no newline or Unicode normalisation), so offsets stay valid for the text as given.
    """
    if not raw.strip():
        raise ArticleError(f"{name}: empty article (no text)")
    text: str | None = None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: undecodable {encoding} text ({exc.reason})") from exc
            break
    if text is None:
        if b"\x00" in raw:
            raise ArticleError(f"{name}: looks binary (contains NUL bytes)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_decode(raw, name)
    if not text.strip():
        raise ArticleError(f"{name}: empty article (whitespace only)")
    if _control_ratio(text) > 0.02:
        raise ArticleError(f"{name}: looks binary (control characters in the text)")
    return text


#: Legacy encodings this project meets most (Western news sites, Arabic and Russian outlets), in order of
#: preference when charset-normalizer finds several equally clean decodings — short texts often decode
#: cleanly as cp1250 too, which would turn "à" into "ŕ".
_PREFERRED_ENCODINGS = ("cp1252", "cp1256", "cp1251", "iso8859_6", "latin_1")
_MAX_CHAOS = 0.2  # charset-normalizer's own default threshold for "this is text"


def _guess_decode(raw: bytes, name: str) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    chaos = {match.encoding: match.chaos for match in from_bytes(raw)}
    for encoding in _PREFERRED_ENCODINGS:
        if encoding not in chaos:
            try:
                chaos[encoding] = mess_ratio(raw[:100_000].decode(encoding), _MAX_CHAOS)
            except UnicodeDecodeError:
                pass
    clean = {encoding: ratio for encoding, ratio in chaos.items() if ratio < _MAX_CHAOS}
    if not clean:
        raise ArticleError(f"{name}: looks binary or undecodable (no text encoding fits)")
    least = min(clean.values())
    tied = [encoding for encoding, ratio in clean.items() if ratio <= least + 0.01]
    rank = {encoding: index for index, encoding in enumerate(_PREFERRED_ENCODINGS)}
    best = min(tied, key=lambda encoding: rank.get(encoding, len(rank)))
    try:
        return raw.decode(best)
    except UnicodeDecodeError as exc:  # charset-normalizer may judge on a sample of the bytes
        raise ArticleError(f"{name}: undecodable text (best guess {best} fails: {exc.reason})") from exc


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\r\t\f")
    return controls / max(len(text), 1)


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<html" in head[:300]


#: Classes of the paragraph that opens a story ("lead", "standfirst", "summary"): pages often keep it outside the
#: container that holds the rest of the story, where a main-text extractor leaves it out.
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|intro|summary|standfirst|excerpt|dek|teaser|abstract)(?:$|[\s_-])", re.IGNORECASE
)


def _lead_paragraphs(html: str) -> list[str]:
    """The text of lead paragraphs (``<p class="lead">``), in page order."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    leads = []
    for element in tree.iter("p", "div"):
        if _LEAD_CLASS.search(element.get("class") or "") and not element.findall(".//p"):
            text = " ".join(element.text_content().split())
            if len(text) > 60 and text not in leads:
                leads.append(text)
    return leads


def _extract_html(html: str, name: str) -> tuple[str, ArticleMetadata]:
    """Main text of an HTML page (trafilatura, comments excluded) with the title on top, and its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = (doc.text or "").strip() if doc is not None else ""
    if not body:
        raise ArticleError(f"{name}: HTML page without extractable text")
    title = (doc.title or "").strip() or None
    leads = [lead for lead in _lead_paragraphs(html) if lead not in body]
    if leads:  # a standfirst outside the story container trafilatura chose: the article's lead sentence
        body = "\n\n".join([*leads, body])
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return body, ArticleMetadata(
        url=doc.url or None,
        publisher=doc.sitename or None,
        published=_parse_iso_date(doc.date) if doc.date else None,
        title=title,
        published_source="metadata" if doc.date else None,
    )


# -------------------------------------------------------------------------------------- files, metadata


def discover_article_files(paths: Iterable[Path]) -> list[Path]:
    """Article files under ``paths`` (files, or folders searched recursively), sorted and de-duplicated.

    Sidecars (``*.meta.json``) and hidden files or folders are skipped; a file named explicitly is kept
    whatever its extension, since the caller chose it.
    """
    found: set[Path] = set()
    for path in map(Path, paths):
        if path.is_file():
            if not path.name.endswith(".meta.json"):
                found.add(path)
        elif path.is_dir():
            for candidate in path.rglob("*"):
                relative = candidate.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not candidate.is_file():
                    continue
                if candidate.name.endswith(".meta.json") or candidate.name.endswith(".gold.json"):
                    continue
                if candidate.suffix.lower() in ARTICLE_EXTENSIONS:
                    found.add(candidate)
        else:
            raise ArticleError(f"{path}: no such file or folder")
    return sorted(found)


def sidecar_path(path: Path) -> Path:
    """``000_x.txt`` → ``000_x.meta.json`` (same folder)."""
    path = Path(path)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.meta.json")


def load_metadata(path: Path) -> ArticleMetadata:
    """Metadata from the article's sidecar JSON; no sidecar means nothing is known (empty metadata)."""
    meta_path = sidecar_path(path)
    if not meta_path.is_file():
        return ArticleMetadata()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArticleError(f"{meta_path}: malformed metadata ({exc})") from exc
    if not isinstance(data, dict):
        raise ArticleError(f"{meta_path}: malformed metadata (expected a JSON object)")
    values: dict[str, Any] = {}
    for key in ("url", "publisher", "title", "published"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{meta_path}: malformed metadata ({key!r} must be a string or null)")
        values[key] = (value.strip() or None) if isinstance(value, str) else None
    published = None
    if values["published"]:
        try:
            published = _parse_iso_date(values["published"])
        except ValueError as exc:
            raise ArticleError(f"{meta_path}: malformed metadata (published: {exc})") from exc
    return ArticleMetadata(
        url=values["url"],
        publisher=values["publisher"],
        title=values["title"],
        published=published,
        published_source="metadata" if published else None,
    )


def _parse_iso_date(value: str) -> datetime.date:
    """``YYYY-MM-DD`` or a full ISO datetime → its date."""
    value = value.strip()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).date()


# ------------------------------------------------------------------------------------------ dates

_MONTHS = {
    name: index
    for index, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PREFIX = r"(?:(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*)?"
#: A byline before the date: "Zaman Al Wasl | 2014-08-25", "By Sarah Dadouch - 3 March 2021".
_BYLINE = r"(?:(?:by\s+)?[A-Z][\w'’.&]*(?:,?\s+[A-Z][\w'’.&]*){0,5}\s*[|•·–—-]\s*)?"  # or "Erbil, Iraq – "
_TIME = r"(?:[\s,T|:-]+\d{1,2}[:.]\d{2}.*)?"
#: A place before the date of an official statement: "Ankara, 17 June 2020".
_PLACE = r"(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2},\s+)?"
#: A statement's reference after its date: "… 17 June 2020 – Statement No. 2020/38".
_REFERENCE = r"(?:\s*[|–—-]\s*(?:statement|press\s+release|communiqu[ée]|bulletin|release)\b[^\n]{0,40})?"
_DATE_LINE = re.compile(
    r"^" + _BYLINE + _BYLINE + _PREFIX + _PLACE + _WEEKDAY + r"(?:"  # "Statement | Erbil, Kurdistan Region – Monday, …"
    r"(?P<iso>(?P<y1>\d{4})-(?P<m1>\d{2})-(?P<d1>\d{2}))"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})"
    r"|" + _MONTH.replace("month", "month2") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4})"
    r")" + _TIME + _REFERENCE + r"$",
    re.IGNORECASE,
)


def parse_dateline(line: str) -> datetime.date | None:
    """The date of a line that is only a date ("Tuesday 25 August 2020", "August 25, 2020", "2020-08-25"), or a
    masthead of short fields one of which is ("AL-BAATH | Local affairs | Thursday, 30 January 2020 | Issue 15721")."""
    match = _DATE_LINE.match(line.strip())
    if not match:
        fields = line.split("|")
        if 3 <= len(fields) <= 6 and len(line) <= 160:
            return _date_of_fields(fields)
        # "Tuesday 17 May 2016 - Issue No. 16085", "GENERAL NEWS   19/05/2016 14:27": fewer fields, set off by a
        # dash or a run of spaces
        fields = _FIELD_BREAK.split(line.strip())
        if 2 <= len(fields) <= 4 and all(len(f) <= 30 for f in fields):  # short fields, not a sentence
            return _date_of_fields(fields)
        return None
    try:
        if match["iso"]:
            return datetime.date(int(match["y1"]), int(match["m1"]), int(match["d1"]))
        if match["day"]:
            return datetime.date(int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"]))
        return datetime.date(int(match["year2"]), _MONTHS[match["month2"].lower()], int(match["day2"]))
    except ValueError:
        return None


#: A masthead's numeric date, day first as outlets of the region write it ("21.09.2012 - 10:14", "17-03-2025",
#: "19/05/2016 14:27"; with slashes only where the day cannot be a month, as US outlets put the month first).
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})([.\-/])(\d{1,2})\2(\d{4})(?:\s*[-–]?\s*\d{1,2}:\d{2})?\s*$")
_FIELD_BREAK = re.compile(r"\s+[-–—]\s+|\s{3,}")


def _date_of_fields(fields: list[str]) -> datetime.date | None:
    """The date of the first masthead field that is one, written out or in figures."""
    return next(filter(None, (parse_dateline(f) or _day_first(f) for f in fields)), None)


def _day_first(field: str) -> datetime.date | None:
    match = _DAY_FIRST.match(field)
    if match is None or (match[2] == "/" and int(match[1]) <= 12):
        return None
    try:
        return datetime.date(int(match[4]), int(match[3]), int(match[1]))
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------ cleaning


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    effect: str
    reason: str


@lru_cache(maxsize=1)
def boilerplate_cues() -> tuple[_Cue, ...]:
    """The cue list from ``kg/data/boilerplate.json`` (data, so it can grow without code changes)."""
    data = json.loads(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    return tuple(
        _Cue(re.compile(cue["pattern"], re.IGNORECASE), cue["effect"], cue["reason"]) for cue in data["cues"]
    )


def _match_cue(text: str) -> _Cue | None:
    for cue in boilerplate_cues():
        if cue.pattern.search(text):
            return cue
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:  # "Read also: …" lines wrapped into one paragraph: each line is the same boilerplate
        for cue in boilerplate_cues():
            if all(cue.pattern.search(line) for line in lines):
                return cue
    return None


_WORD = re.compile(r"[^\W_][\w'’.\-]*")
_TERMINAL = re.compile(r"[.!?…؟][\"'”’)\]]*$")
#: A dateline opening the first paragraph: a place in capitals ("DEIR EZZOR, Syria –"), perhaps with a date and
#: the outlet ("DAMASCUS, Dec 3 (Reuters) -"), or a place in mixed case when the outlet follows in brackets
#: ("Kurdistan Region, Iraq (Kurdistan 24) —"): the part before the outlet is the dateline, the rest is body.
_DATELINE_DATE = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>(?:[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,\s*[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2})?" + _DATELINE_DATE + r"(?:\s*\([^()\n]{1,40}\))?"
    r"|(?!The\b|A\b|An\b)[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3},\s*[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,2}"
    + _DATELINE_DATE + r"\s*\([^()\n]{1,40}\)))"
    r"(?:\s+[–—-]{1,2}\s+|(?<=\))\s*[–—-]{1,2}\s*)"
)
#: A run-in heading opening a paragraph, set off by a spaced dash (a weekly monitor's "Key takeaways": "ISIS kills
#: two soldiers in Kirkuk's Wadi al-Shay; F-16s strike hideouts in Hamrin - On February 25, ISIS militants …"): four
#: to twenty-five words with no full stop, the body after the dash opening with a capital. A sentence's opening
#: phrase is no heading ("In a communique issued today, the Army Command - Directorate of Orientation said").
_RUN_IN_HEADING = re.compile(
    r"^(?!(?:In|On|At|According|After|Before|During|Since|As|While|When|Meanwhile|But|And)\b)"
    r"(?P<head>(?=[^.!?\n]{20,200}?\s[-–—]\s)(?:[\w'’‘\-,;:&/()]+\s+){3,24}?[\w'’‘\-,;:&/()]+)\s[-–—]\s+(?=[A-Z\d])"
)
#: A dateline on a line of its own: a place and the outlet, in either order, joined by a dash, comma or slash
#: ("Baghdad-INA", "Enab Baladi – Daraa", "ANHA – Ain Issa", "Damascus, SANA", "Kirkuk / Shafaq News"), or a
#: place with the outlet in brackets ("Erbil (Kurdistan24)"), or a place alone in capitals ("ANKARA"). Every word
#: is capitalised, so a headline is no match.
_NAME_WORDS = r"[A-Z][\w'’.]*(?:[ \u00a0-][A-Z][\w'’.]*){0,3}"
#: "Suwayda – Suwayda 24 | 12 February 2024": an outlet's name may hold a number, and the date may follow
_OUTLET_WORDS = r"[A-Z][\w'’.]*(?:[ \u00a0-](?:[A-Z][\w'’.]*|\d{1,3})){0,3}"
_TRAILING_DATE = r"(?:\s*[|,]\s*[\w ,.]{0,30}\b(?:19|20)\d{2})?"
_DATELINE_LINE = re.compile(
    rf"^{_NAME_WORDS}(?:\s*[–—/|,]\s*|\s+-\s+|-|\s*\((?={_NAME_WORDS}\)$)){_OUTLET_WORDS}\)?{_TRAILING_DATE}$"
    r"|^[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}$"  # a place alone in capitals: "ANKARA", "DEIR EZZOR"
)
#: A paragraph after an "end" cue brings the article back only if it is at least this long prose.
_RESUME_WORDS = 40


_BULLET = re.compile(r"[-–—•*·▪●]\s")


def _paragraphs(text: str, join_wrapped: bool = True) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) offsets, trimmed of surrounding whitespace (NBSP included).

    Hard-wrapped prose (a long line without final punctuation continued on the next line) is joined back into
    one paragraph, so a sentence is never split across segments.
    """
    spans: list[tuple[int, int]] = []
    previous_blank = True
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        line = match.group().rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            if match.end() >= len(text):
                break
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        if join_wrapped and spans and not previous_blank:
            last_start, last_end = spans[-1]
            last = text[last_start:last_end]
            wrapped = len(last) >= 50 and not _TERMINAL.search(last) and not last.endswith(":")
            continued = wrapped or (stripped[0].islower() and len(last) >= 50)
            # a date under a long header, each item of a bulleted list, and a boilerplate line (a byline under
            # a long headline) is a line of its own
            own_line = parse_dateline(stripped) is not None or _BULLET.match(stripped) or _match_cue(stripped)
            if continued and not own_line:
                spans[-1] = (last_start, end)
                previous_blank = False
                continue
        spans.append((start, end))
        previous_blank = False
        if match.end() >= len(text):
            break
    return spans


def _norm_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'")
    return " ".join(text.split())


def _is_prose(text: str) -> bool:
    """Body-like: a sentence (final punctuation, 3+ words) or a long line with lower-case words."""
    words = _WORD.findall(text)
    lower = sum(1 for word in words if _is_lower_word(word))
    if _TERMINAL.search(text) and len(words) >= 3 and lower:
        return True
    return len(words) >= 8 and lower >= 3


def _is_lower_word(word: str) -> bool:
    """Starts with a lower-case letter, or a letter of a script without case (Arabic)."""
    first = word[0]
    return first.islower() or (first.isalpha() and not first.isupper() and not first.istitle())


def _is_title_like(text: str) -> bool:
    words = _WORD.findall(text)
    return 3 <= len(words) <= 30 and not text.endswith(".") and len(text) <= 250


def segment_text(
    text: str, *, title: str | None = None, publisher: str | None = None, join_wrapped: bool = True
) -> tuple[tuple[Segment, ...], tuple[tuple[int, int, str], ...], datetime.date | None]:
    """Classify each paragraph as headline, dateline, body or boilerplate (with a reason).

    Returns the content segments, the boilerplate spans and the date of a leading dateline, if any.
    The rules, in order: cue patterns from ``boilerplate.json``; a line equal to the title is a headline
    (also when repeated); a leading date line is a dateline; before the body starts the first title-like line
    is the headline; short lines that are not prose (bylines, tags, commenter names) are dropped; after the
    body has started a comment-widget cue drops everything after it, and an end-of-article cue drops
    everything after it unless long prose follows; the bullets under a summary heading ("Key points",
    "Highlights") are summary segments, which restate the body. ``join_wrapped`` re-joins hard-wrapped plain text; HTML
    extraction already gives one paragraph per line.
    """
    paragraphs = _paragraphs(text, join_wrapped)
    segments: list[Segment] = []
    dropped: list[tuple[int, int, str]] = []
    title_key = _norm_title(title) if title else None
    publisher_key = _norm_title(publisher) if publisher else None
    headline_key: str | None = None
    body_started = False
    dateline_date: datetime.date | None = None
    stop_reason: str | None = None  # set once the article has ended: every later paragraph is boilerplate
    ended_by_end_cue = False
    in_summary = False  # inside the bulleted list under a "Key points" heading

    for index, (start, end) in enumerate(paragraphs):
        para = text[start:end]
        key = _norm_title(para)
        cue = _match_cue(para)
        if stop_reason is not None:
            if ended_by_end_cue and cue is None and _is_long_prose(para):
                stop_reason, ended_by_end_cue = None, False  # the "end" cue was only an inline widget
            else:
                dropped.append((start, end, cue.reason if cue else stop_reason))
                if cue is not None and cue.effect == "comments":
                    stop_reason, ended_by_end_cue = "comment section", False
                continue
        if in_summary and _BULLET.match(para):
            segments.append(Segment(start, end, para, "summary"))
            continue
        in_summary = False
        if cue is not None:
            dropped.append((start, end, cue.reason))
            in_summary = cue.effect == "summary"
            if body_started and cue.effect == "comments" and not _comments_link(para, segments):
                stop_reason = "comment section"
            elif body_started and cue.effect == "end":
                stop_reason, ended_by_end_cue = f"after {cue.reason}", True
            continue
        if key in (title_key, headline_key):
            segments.append(Segment(start, end, para, "headline"))
            continue
        if not body_started and index < 8:
            date = parse_dateline(para)
            if date is not None and not _DATE_LINE.match(para.strip()):
                dropped.append((start, end, "masthead"))  # its fields name sections, not where the story is
                dateline_date = dateline_date or date
                continue
            if date is not None:
                segments.append(Segment(start, end, para, "dateline"))
                dateline_date = dateline_date or date
                continue
        if publisher_key and key == publisher_key:
            dropped.append((start, end, "publisher name"))
            continue
        if segments and index < 6 and _DATELINE_LINE.match(para):  # a standfirst may come before it
            segments.append(Segment(start, end, para, "dateline"))  # its place is read, its outlet is not
            continue
        if not body_started and title_key is None and headline_key is None and _is_title_like(para):
            headline_key = key
            segments.append(Segment(start, end, para, "headline"))
            continue
        if not body_started and _is_standfirst(text, paragraphs, index, segments):
            segments.append(Segment(start, end, para, "summary"))
            continue
        if not _is_prose(para):
            dropped.append((start, end, "short non-prose line"))
            continue
        prefix = _DATELINE_PREFIX.match(para) if not body_started else None
        if prefix is not None:
            place_end = start + prefix.end("place")
            segments.append(Segment(start, place_end, text[start:place_end], "dateline"))
            start += prefix.end()
        elif (heading := _RUN_IN_HEADING.match(para)) is not None and _is_sentences(para[heading.end() :]):
            # "CTS arrests ISIS suspects in Anbar; another activist assassinated in Basra - On February 28, the
            # CTS said …": a monitor's run-in heading restates the paragraph under it, as a headline does
            head_end = start + heading.end("head")
            segments.append(Segment(start, head_end, text[start:head_end], "headline"))
            start += heading.end()
        body_started = True
        segments.append(Segment(start, end, text[start:end], "body"))
    return tuple(segments), tuple(dropped), dateline_date


def _is_standfirst(text: str, paragraphs: list[tuple[int, int]], index: int, segments: list[Segment]) -> bool:
    """A standfirst: the paragraph under the headline set above the byline or date line ("Stray shells land near
    Ein Zivan; two peacekeepers wounded as the army retakes the crossing." / "By … | Jun. 7, 2013"). It sums up
    what the body tells, as a headline does."""
    if index + 1 >= len(paragraphs) or not any(segment.kind == "headline" for segment in segments):
        return False
    following = text[paragraphs[index + 1][0] : paragraphs[index + 1][1]]
    cue = _match_cue(following)
    return (cue is not None and cue.reason == "byline") or parse_dateline(following) is not None


def _comments_link(para: str, segments: list[Segment]) -> bool:
    """A bare "Comments" right under the standfirst is a link of the share bar, not the comment thread (which
    comes after the body, often with its count: "Comments (212)", "3 Comments")."""
    return not re.search(r"\d", para) and sum(1 for segment in segments if segment.kind == "body") < 2


def _is_sentences(text: str) -> bool:
    """Prose of full sentences: at least a dozen words ending in final punctuation."""
    return bool(_TERMINAL.search(text)) and _is_prose(text) and len(_WORD.findall(text)) >= 12


def _is_long_prose(text: str) -> bool:
    return _is_prose(text) and len(_WORD.findall(text)) >= _RESUME_WORDS
