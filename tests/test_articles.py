"""Reading and cleaning articles: decoding, metadata, HTML, and the boilerplate/content split."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

import pytest

from kg.articles import (
    Article,
    ArticleError,
    ArticleMetadata,
    article_from_text,
    decode_bytes,
    discover_article_files,
    load_metadata,
    parse_dateline,
    read_article,
    segment_text,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SAMPLE_DIR = REPO_ROOT / "examples" / "articles"
SAMPLES = sorted(SAMPLE_DIR.glob("*.txt"))
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
COMMENT_TEXT = ("Well, go out and get them", "Hot Girls", "Jimi Thompson", "cechas vodobenikov", "Notify of")
BOILERPLATE_TEXT = ("Support SouthFront", "DAYS LEFT", "Disclaimer", "Back to top", "The views expressed",
                    "Subscribe", "Advertisement", "IraqSyria", "fair use", "Articles by")

needs_samples = pytest.mark.skipif(not SAMPLES, reason="bundled sample articles missing")
needs_gold = pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="shared/gold is not next to the repository")


def _gold(article_path: Path) -> dict:
    return json.loads((SHARED / "gold" / f"{article_path.stem}.gold.json").read_text(encoding="utf-8"))


def _evidence_misses(article: Article, gold: dict) -> list[str]:
    """Gold evidence strings not inside a single kept segment (every occurrence is tried)."""
    misses = []
    for item in gold["events"] + gold["relations"]:
        evidence = item["evidence"]
        starts = [i for i in range(len(article.text)) if article.text.startswith(evidence, i)]
        if not any(s.start <= i and i + len(evidence) <= s.end for i in starts for s in article.segments):
            misses.append(evidence)
    return misses


# ------------------------------------------------------------------------------------------ samples


@needs_samples
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_articles_samples_segments_point_into_text(path: Path) -> None:
    article = read_article(path)
    assert article.text == path.read_bytes().decode("utf-8")
    assert article.segments
    for segment in article.segments:
        assert article.text[segment.start : segment.end] == segment.text
        assert segment.kind in ("headline", "dateline", "body")
    spans = sorted([(s.start, s.end) for s in article.segments] + [b[:2] for b in article.boilerplate])
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "segments must not overlap"


@needs_samples
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_articles_samples_drop_boilerplate_and_comments(path: Path) -> None:
    article = read_article(path)
    kept = "\n".join(segment.text for segment in article.segments)
    for junk in COMMENT_TEXT + BOILERPLATE_TEXT:
        assert junk not in kept


@needs_samples
@needs_gold
@pytest.mark.parametrize("use_metadata", [True, False], ids=["with-metadata", "text-only"])
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_articles_samples_keep_all_gold_evidence(path: Path, use_metadata: bool) -> None:
    article = read_article(path) if use_metadata else article_from_text(path.read_text(encoding="utf-8"))
    misses = _evidence_misses(article, _gold(path))
    for miss in misses:
        print("evidence outside kept segments:", miss)
    assert misses == []
    kept = "\n".join(segment.text for segment in article.segments)
    for junk in COMMENT_TEXT:
        assert junk not in kept


@needs_samples
def test_articles_sample_headline_dateline_and_date() -> None:
    article = read_article(SAMPLE_DIR / "004_20b9dcb76fc68891.txt")
    kinds = [(s.kind, s.text) for s in article.segments[:2]]
    assert kinds == [("dateline", "Tuesday 25 August 2020"),
                     ("headline", "SYRIAN FORCES ARE HUNTING DOWN ISIS TERRORISTS IN DESERT")]
    assert "South Front" in [article.text[s:e] for s, e, _ in article.boilerplate]
    text_only = article_from_text(article.text)
    assert text_only.metadata.published == datetime.date(2020, 8, 25)
    assert text_only.metadata.published_source == "dateline"
    repeated = read_article(SAMPLE_DIR / "000_4fc37e36cfcd5aaf.txt")
    assert [s.kind for s in repeated.segments[:3]] == ["headline", "headline", "body"]


@needs_samples
def test_articles_dateline_prefix_is_split_from_body() -> None:
    article = read_article(SAMPLE_DIR / "003_8e85b7e9ef4cfd5f.txt")
    dateline = [s for s in article.segments if s.kind == "dateline"]
    assert [s.text for s in dateline] == ["DEIR EZZOR, Syria"]
    first_body = next(s for s in article.segments if s.kind == "body")
    assert first_body.text.startswith("On Sunday, the Syrian Arab Army")


# ------------------------------------------------------------------------------------------ cleaning


def test_articles_inline_subscribe_does_not_end_article_when_long_prose_follows() -> None:
    prose = ("The Syrian Army launched a new operation against ISIS cells in the eastern Homs desert on "
             "Monday, according to a military source who spoke to reporters in Damascus about the "
             "campaign, which also involves local militias and Russian aircraft flying from Hmeimim air base.")
    text = f"Army Launches Desert Operation\n\n{prose}\n\nSubscribe\n\n{prose.replace('Monday', 'Tuesday')}\n"
    article = article_from_text(text)
    assert [s.kind for s in article.segments] == ["headline", "body", "body"]
    short_tail = f"Army Launches Desert Operation\n\n{prose}\n\nRelated\n\nArmy repels attack near Palmyra.\n"
    assert [s.kind for s in article_from_text(short_tail).segments] == ["headline", "body"]


def test_articles_comment_marker_drops_even_long_prose_after_it() -> None:
    prose = " ".join(["The army advanced toward the town while militants withdrew east."] * 6)
    text = f"Army Advances Toward Town\n\n{prose}\n\n3 Comments\n\nJens Holm\n\n{prose}\n"
    segments, dropped, _ = segment_text(text)
    assert [s.kind for s in segments] == ["headline", "body"]
    assert [reason for *_, reason in dropped] == ["comment widget", "comment section", "comment section"]


#: A body paragraph long enough to be prose, for the cleaning tests below
_SHAHBA_PROSE = ("Unknown gunmen kidnapped two young men from the town of Shahba on Saturday evening as they were "
                 "returning from Damascus, relatives of the two men told reporters on Sunday morning.")


def test_articles_read_also_lines_wrapped_into_one_paragraph_are_dropped() -> None:
    text = (f"Two Men Kidnapped Near Shahba\n\n{_SHAHBA_PROSE}\n\n"
            "Read also: Protesters return to al-Karama Square for the 25th week\n"
            "Read also: Fuel prices rise again in the city's markets\n")
    segments, dropped, _ = segment_text(text)
    assert [s.kind for s in segments] == ["headline", "body"]
    assert {reason for *_, reason in dropped} == {"link"}  # (each boilerplate line is a line of its own)


def test_articles_a_citations_heading_ends_the_article() -> None:
    prose = ("Islamic State fighters ambushed a unit of the Popular Mobilization Forces near Mukayshifa on the night "
             "of May 2, killing ten fighters, according to interviews with officers in the area.")
    text = (f"The Insurgency in the Hamrin Mountains\n\n{prose}\n\nCitations\n"
            "[1] Interviews with PMF officers, Tikrit, July 2020.\n"
            "[2] CJTF-OIR, \"Operation Inherent Resolve strike summary,\" September 10, 2020.\n")
    segments, _, _ = segment_text(text)
    assert [s.kind for s in segments] == ["headline", "body"]


def test_articles_a_dateline_with_an_outlet_holding_a_number_and_a_date() -> None:
    text = f"Two Men Kidnapped Near Shahba\n\nSuwayda – Suwayda 24 | 12 February 2024\n\n{_SHAHBA_PROSE}\n"
    segments, _, _ = segment_text(text)
    assert [s.kind for s in segments] == ["headline", "dateline", "body"]


def test_articles_hard_wrapped_paragraph_is_one_segment() -> None:
    text = ("Clashes Erupt in Idlib\n\nFierce clashes between the Syrian Army and militants erupted\n"
            "near the town of Saraqib on Monday, local sources said.\n")
    article = article_from_text(text)
    body = [s for s in article.segments if s.kind == "body"]
    assert len(body) == 1 and body[0].text.endswith("sources said.")
    assert article.text[body[0].start : body[0].end] == body[0].text


def test_articles_crlf_and_nbsp_kept_verbatim() -> None:
    text = "Title Of The Story Here\r\n\r\n\u00a0The army shelled the village of Kafr Nabl, sources said.\u00a0\r\n"
    article = article_from_text(text)
    assert article.text == text
    body = article.segments[-1]
    assert body.text == "The army shelled the village of Kafr Nabl, sources said."
    assert text[body.start : body.end] == body.text
    assert article.content_text() == "Title Of The Story Here\n\n" + body.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday 25 August 2020", datetime.date(2020, 8, 25)),
        ("August 25, 2020", datetime.date(2020, 8, 25)),
        ("Aug. 25, 2020 10:30", datetime.date(2020, 8, 25)),
        ("2020-08-25", datetime.date(2020, 8, 25)),
        ("Published on: 3rd March 2019", datetime.date(2019, 3, 3)),
        ("The army attacked on August 25, 2020.", None),
        ("31 February 2020", None),
        ("Zaman Al Wasl | 2014-08-25", datetime.date(2014, 8, 25)),  # an outlet's byline before the date
        ("By Sarah Dadouch - 3 March 2021", datetime.date(2021, 3, 3)),
        ("Published: 18 October 2022: 02:15 PM GST", datetime.date(2022, 10, 18)),
        ("The army - 3 March 2021 was", None),
        ("Erbil, Kurdistan Region, Iraq – Sunday, 5 December 2021", datetime.date(2021, 12, 5)),  # place, date
        ("Damascus, Syria - the army said on 5 December 2021", None),
        ("Ankara, 17 June 2020 – Statement No. 2020/38", datetime.date(2020, 6, 17)),  # a statement's place, ref
        ("Baghdad, Monday, 3 May 2021", datetime.date(2021, 5, 3)),
        ("Baghdad, 3 May 2021 – the army said it had killed three", None),
        # a masthead of short fields, one of them the date (day first where written in figures)
        ("AL-WATAN | Local | Tuesday, 4 February 2020 | Issue 3390", datetime.date(2020, 2, 4)),
        ("Hurriyet | World | 14.10.2019 - 09:30", datetime.date(2019, 10, 14)),
        ("Al Jadeed | Politics | 09-06-2024 | 18:05", datetime.date(2024, 6, 9)),
        ("Home | World | Middle East", None),
        # fewer fields, set off by a dash or a run of spaces; slashes only where the day cannot be a month
        ("Wednesday 8 June 2016 - Issue No. 16103", datetime.date(2016, 6, 8)),
        ("LOCAL NEWS   23/06/2016 09:15", datetime.date(2016, 6, 23)),
        ("LOCAL NEWS   06/07/2016 09:15", None),
        ("Hama - Al-Fida: Army units repelled an attack", None),
    ],
)
def test_articles_parse_dateline(line: str, expected: datetime.date | None) -> None:
    assert parse_dateline(line) == expected


def test_articles_metadata_date_wins_over_dateline() -> None:
    meta = ArticleMetadata(published=datetime.date(2020, 1, 2))
    article = article_from_text("Tuesday 25 August 2020\n\nThe army moved east, sources said.", meta)
    assert article.metadata.published == datetime.date(2020, 1, 2)
    assert article.metadata.published_source == "metadata"


# ------------------------------------------------------------------------------------------ encodings


def test_articles_cp1252_file_with_sidecar() -> None:
    article = read_article(FIXTURES / "cp1252_report.txt")
    assert "Army’s 17th Division" in article.text and "café" in article.text and "\r\n" in article.text
    assert article.metadata.published == datetime.date(2020, 8, 24)
    assert article.metadata.url == "https://news.example.org/cp1252-report"
    assert article.id == hashlib.sha256(b"https://news.example.org/cp1252-report").hexdigest()[:16]
    assert [s.kind for s in article.segments] == ["headline", "dateline", "body"]
    assert article.content_hash == hashlib.sha256((FIXTURES / "cp1252_report.txt").read_bytes()).hexdigest()


def test_articles_utf16_file() -> None:
    article = read_article(FIXTURES / "utf16_report.txt")
    assert article.text.startswith("Iraqi Forces Launch Operation in Anbar")
    assert article.metadata.published == datetime.date(2020, 8, 25)
    assert article.metadata.published_source == "dateline"


def test_articles_cp1256_arabic_file() -> None:
    article = read_article(FIXTURES / "cp1256_arabic.txt")
    assert "الجيش السوري" in article.text
    assert [s.kind for s in article.segments] == ["headline", "body", "body"]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le café à Alep, l'armée syrienne a attaqué.", "latin-1"),
        ("The army’s “operation” — café owners fled.", "cp1252"),
        ("الجيش السوري يبدأ عملية في بادية حمص", "cp1256"),
        ("Армия начала операцию в Пальмире.", "cp1251"),
    ],
)
def test_articles_short_legacy_encodings_decode_exactly(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "x.txt") == text


def test_articles_random_bytes_without_nul_are_rejected() -> None:
    raw = bytes((i * 7919 + 13) % 255 + 1 for i in range(3000))
    with pytest.raises(ArticleError, match=r"x\.bin: looks binary"):
        decode_bytes(raw, "x.bin")


def test_articles_utf8_bom_is_not_part_of_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline Of The Story\n\nThe army shelled the town, sources said.\n".encode())
    article = read_article(path)
    assert article.text.startswith("Headline")
    assert article.id == article.content_hash[:16]


def test_articles_binary_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(ArticleError, match=r"image\.txt: looks binary"):
        read_article(path)


def test_articles_control_characters_are_rejected_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 50)
    with pytest.raises(ArticleError, match="looks binary"):
        read_article(path)


def test_articles_empty_file_is_rejected() -> None:
    with pytest.raises(ArticleError, match=r"empty\.txt: empty"):
        read_article(FIXTURES / "empty.txt")
    with pytest.raises(ArticleError, match="empty"):
        article_from_text(" \n ")


def test_articles_too_large_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("The army advanced. " * 100, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"big\.txt: too large"):
        read_article(path, max_bytes=1000)


# ------------------------------------------------------------------------------------------ HTML


def test_articles_html_page_keeps_article_drops_nav_and_comments() -> None:
    article = read_article(FIXTURES / "page.html")
    assert article.media_type == "text/html"
    assert article.segments[0].kind == "headline"
    assert article.segments[0].text == "Turkish Army Sets Up New Post in Idlib"
    kept = article.content_text()
    assert "Jannet Elqora" in kept and "Syrian Observatory for Human Rights" in kept
    for junk in ("Jens Holm", "Hot Girls", "Copyright", "Home", "Clashes in Hama", "Advertisement"):
        assert junk not in article.text
    assert article.metadata.url == "https://news.example.org/2020/04/turkish-post-idlib"
    assert article.metadata.publisher == "Example News"
    assert article.metadata.published == datetime.date(2020, 4, 10)
    for segment in article.segments:
        assert article.text[segment.start : segment.end] == segment.text


def test_articles_html_lead_outside_the_story_container_is_kept() -> None:
    story = "".join(
        f"<p>The source said army units took full control of the town after fierce clashes, paragraph {n}.</p>"
        for n in range(6)
    )
    html = (
        "<html><body><div class='news-body'><h1 class='title'>Army Retakes Albu Kamal From Daesh</h1>"
        "<p class='lead'>DAMASCUS – Syrian army troops and their allies have liberated the strategic town of Albu "
        "Kamal from Daesh terrorists, a military source said on Thursday.</p>"
        f"<div class='story'>{story}</div></div><div class='footer'>Copyright 2017</div></body></html>"
    )
    article = article_from_text(html, media_type="text/html")
    assert "have liberated the strategic town of Albu Kamal" in article.content_text()
    assert article.content_text().index("liberated") < article.content_text().index("paragraph 0")


def test_articles_html_paragraphs_are_not_joined_as_wrapped_lines() -> None:
    html = ("<html><body><article><h1>Army Takes Hill Near Kabani After Heavy Fighting</h1>"
            "<p>The army advanced toward the strategic hill of Kabani in northern Latakia without air cover</p>"
            "<p>militants withdrew from the hill after two days of heavy fighting, local sources said.</p>"
            "</article></body></html>")
    article = article_from_text(html, media_type="text/html")
    assert [s.kind for s in article.segments] == ["headline", "body", "body"]


def test_articles_html_detected_by_sniffing_and_overrides_win(tmp_path: Path) -> None:
    path = tmp_path / "noext"
    path.write_bytes((FIXTURES / "page.html").read_bytes())
    (tmp_path / "noext.meta.json").write_text(json.dumps({"publisher": "Sidecar Publisher"}), encoding="utf-8")
    article = read_article(path, metadata_overrides=ArticleMetadata(title="Override Title"))
    assert article.media_type == "text/html"
    assert article.metadata.publisher == "Sidecar Publisher"
    assert article.metadata.title == "Override Title"
    assert article.metadata.url == "https://news.example.org/2020/04/turkish-post-idlib"


# ------------------------------------------------------------------------------------------ files, metadata


def test_articles_discover_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "c.md", "noext", "a.meta.json", ".hidden.txt", "x.json", "sub/d.htm",
                 ".git/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = discover_article_files([tmp_path, tmp_path / "b.txt"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.html", "b.txt", "c.md", "noext", "sub/d.htm"]
    with pytest.raises(ArticleError, match="no such file"):
        discover_article_files([tmp_path / "missing"])


def test_articles_load_metadata(tmp_path: Path) -> None:
    article = tmp_path / "000_x.txt"
    assert load_metadata(article) == ArticleMetadata()
    (tmp_path / "000_x.meta.json").write_text(
        json.dumps({"url": "http://a", "publisher": "P", "published": "2017-11-06", "title": " T "}),
        encoding="utf-8")
    meta = load_metadata(article)
    assert (meta.url, meta.publisher, meta.published, meta.title) == ("http://a", "P", datetime.date(2017, 11, 6), "T")


@pytest.mark.parametrize(
    "content", ['{"url": ', '[1, 2]', '{"published": 20200825}', '{"published": "25/08/2020"}', '{"title": 3}']
)
def test_articles_malformed_metadata_names_the_file(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.meta.json").write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.json: malformed metadata"):
        load_metadata(tmp_path / "a.txt")


# ------------------------------------------------------------------------- datelines and credits (general)

_BODY = "Gunmen attacked a checkpoint of the security forces on Monday night, killing two members, a source said."


@pytest.mark.parametrize(
    "line",
    ["Baghdad-INA", "Enab Baladi – Daraa", "ANHA – Ain Issa", "Damascus, SANA", "Kirkuk / Shafaq News",
     "Erbil (Kurdistan24)", "ANKARA", "DEIR EZZOR"],
)
def test_articles_dateline_on_its_own_line_is_a_dateline_segment(line: str) -> None:
    """A place-and-outlet line under the headline is read as the dateline (its place counts), not dropped."""
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{line}\n\n{_BODY}\n")
    assert [(s.kind, s.text) for s in article.segments] == [
        ("headline", "Gunmen kill two at checkpoint"), ("dateline", line), ("body", _BODY)]


def test_articles_title_case_headline_is_no_dateline() -> None:
    headlines = "Syrian Army Kicks Off Operation\n\nIraq – Syria Border Tensions Rise Again Today"
    article = article_from_text(f"{headlines}\n\n{_BODY}\n")
    assert "dateline" not in [s.kind for s in article.segments]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [("DAMASCUS, Dec 3 (Reuters) - ", "DAMASCUS, Dec 3 (Reuters)"),
     ("Kurdistan Region, Iraq (Kurdistan 24) — ", "Kurdistan Region, Iraq (Kurdistan 24)"),
     ("Erbil, Kurdistan Region (Rudaw) – ", "Erbil, Kurdistan Region (Rudaw)")],
)
def test_articles_dateline_prefix_with_date_or_mixed_case_place(opening: str, dateline: str) -> None:
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{opening}{_BODY}\n")
    assert [(s.kind, s.text) for s in article.segments[1:]] == [("dateline", dateline), ("body", _BODY)]


def test_articles_subject_with_acronym_in_brackets_is_no_dateline() -> None:
    text = f"Gunmen kill two at checkpoint\n\nThe Syrian Army (SAA) - a source said - {_BODY}\n"
    assert "dateline" not in [s.kind for s in article_from_text(text).segments]


@pytest.mark.parametrize(
    "line",
    ["(Reporting by Maya Gebeily in Beirut and Timour Azhari; Editing by Alison Williams)",
     "Additional reporting by Amina Ismail in Erbil; Writing by Tom Perry",
     "Associated Press writer Bassem Mroue in Beirut contributed to this report.",
     "Rania Khoury contributed reporting from Beirut.",
     "We use cookies to improve your experience. By continuing you accept our cookie policy.",
     "Sign up for our daily newsletter to get the latest news from Syria in your inbox.",
     "Support independent journalism in Syria: donate now to keep our reporters in the field.",
     "Read also: Turkish drone kills two in Qamishli",
     "Comments (4)",
     "Comments (1,284)",
     "(SMART/Photo: Smoke rises over Jisr al-Shughur after a regime air raid, 25 April 2015)",
     "Since you're here, we have a small favour to ask: support our reporting.",
     "Enab Baladi relies on its network of correspondents. Reproduction is permitted provided the source is cited.",
     "This article may not be reproduced without the written permission of the publisher.",
     "A version of this article appears in print on March 10, 2014, Section A, Page 6 of the New York edition.",
     "This report is produced by OCHA Syria in collaboration with humanitarian partners. It covers 25 to 27 June."],
)
def test_articles_credit_cookie_newsletter_and_link_lines_are_boilerplate(line: str) -> None:
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{_BODY}\n\n{line}\n")
    assert [s.kind for s in article.segments] == ["headline", "body"]
    assert line in [article.text[s:e] for s, e, _ in article.boilerplate]


def test_articles_other_news_heading_drops_the_link_list_after_it() -> None:
    links = "Militants shell army posts in Idlib\n\nIraqi jets strike hideouts in Hamrin"
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{_BODY}\n\nOther news\n\n{links}\n")
    assert [s.kind for s in article.segments] == ["headline", "body"]


def test_articles_dateline_after_a_standfirst_is_still_a_dateline() -> None:
    standfirst = "The attackers fled toward the desert, the ministry said"
    text = f"Gunmen kill two at checkpoint\n\n{standfirst}\n\nANKARA\n\n{_BODY}\n"
    article = article_from_text(text)
    assert ("dateline", "ANKARA") in [(s.kind, s.text) for s in article.segments]


def test_articles_wire_writers_credit_is_boilerplate() -> None:
    credit = "Associated Press writers Nasser Karimi in Tehran and Abby Sewell in Beirut contributed."
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{_BODY}\n\n___\n\n{credit}\n")
    assert [s.kind for s in article.segments] == ["headline", "body"]


def test_articles_date_under_a_long_header_line_dates_the_article() -> None:
    """A situation report carries its date on the line under its title; the two are not one wrapped line."""
    header = "Flash Update No. 2: Ayn al-Arab/Kobani and Al-Hasakeh"
    title = "Syrian Arab Republic: Flash Update No. 2"
    text = f"SYRIAN ARAB REPUBLIC\n{header}\n27 June 2015\n\n{_BODY}\n"
    article = article_from_text(text, ArticleMetadata(title=title))
    assert article.metadata.published == datetime.date(2015, 6, 27)
    assert article.metadata.published_source == "dateline"


def test_articles_contact_block_ends_the_article() -> None:
    contact = "For further information, please contact:\nJane Roe, Head of Office, OCHA Syria, roe@example.org"
    article = article_from_text(f"Gunmen kill two at checkpoint\n\n{_BODY}\n\n{contact}\n")
    assert [s.kind for s in article.segments] == ["headline", "body"]


def test_articles_statement_header_with_issuer_and_place_dates_the_article() -> None:
    header = "Statement | Erbil, Kurdistan Region – Monday, 18 October 2021"
    article = article_from_text(f"Security Council\n{header}\n\nCell arrested in Erbil\n\n{_BODY}\n")
    assert article.metadata.published == datetime.date(2021, 10, 18)


def test_articles_key_points_bullets_are_a_summary_each_on_its_own_line() -> None:
    """The bullets under "Key points" restate the body: one summary segment each, never one joined paragraph."""
    bullets = (
        "- Islamic State fighters ambushed a bus carrying soldiers east of Al-Shoula\n"
        "- The attack is the deadliest on government forces in the desert this year\n"
        "- Russia has responded with intensified air strikes"
    )
    article = article_from_text(f"Gunmen kill two at checkpoint\n\nKey points\n{bullets}\n\n{_BODY}\n")
    kinds = [(s.kind, s.text[:12]) for s in article.segments]
    assert kinds[:4] == [("headline", "Gunmen kill "), ("summary", "- Islamic St"), ("summary", "- The attack"),
                         ("summary", "- Russia has")]
    assert kinds[4][0] == "body"


def test_articles_comments_link_under_the_standfirst_is_no_comment_section() -> None:
    """A bare "Comments" link under the standfirst (a share bar) does not end the article; the thread does."""
    standfirst = "Government forces pushed into the rebel-held district of Salaheddin yesterday, state TV said."
    text = (
        f"Assad's troops storm Salaheddin\n\n{standfirst}\n\nComments\n\n{_BODY}\n\n{_BODY}\n\n"
        "Comments (212)\n\nabu_ali: This is a long comment that goes on about the war and the regime and who is to "
        "blame for everything that happened in Aleppo over the summer, in more than forty words of prose text.\n"
    )
    article = article_from_text(text)
    assert [s.kind for s in article.segments] == ["headline", "body", "body", "body"]
