"""Bad input on the command line: ``kg ingest`` of files that are not articles, or whose metadata sidecar is
malformed, and ``kg validate`` of malformed or hostile RDF.

Each gets its exit code and a message naming the file (never a traceback), and the store's N-Quads dump is
byte-identical afterwards.
"""

from __future__ import annotations

import codecs
import io
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kg.articles import read_article
from kg.cli import main as kg_main
from kg.pipeline import ingest_article
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
SMALL_ARTICLE = REPO / "tests" / "fixtures" / "extraction" / "sohr_badia_ambush.txt"
HOSTILE = REPO / "tests" / "fixtures" / "hostile"
GOOD_TEXT = SMALL_ARTICLE.read_text(encoding="utf-8")


def dump(location: Path) -> bytes:
    out = io.BytesIO()
    with open_store(str(location), read_only=True) as store:
        store.dump("nq", None, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "store"
    with open_store(str(directory)) as store:
        store.ensure_reference_loaded()
        ingest_article(read_article(SMALL_ARTICLE), store, ingested_at=datetime(2024, 1, 2, tzinfo=UTC))
    return directory


#: name → (article bytes, sidecar text or None, words the message must contain)
BAD_ARTICLES = {
    "empty": (b"", None, "empty"),
    "whitespace": (b" \n\t\r\n ", None, "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100, None, "binary"),
    "control-characters": (bytes(range(1, 9)) * 300, None, "binary"),
    "utf16-lone-surrogate": (codecs.BOM_UTF16_LE + "Syrian troops".encode("utf-16-le") + b"\x00\xd8", None, "utf-16"),
    "utf8-bom-then-invalid": (codecs.BOM_UTF8 + b"Syrian troops \xc3\x28 shelled", None, "undecodable"),
    "oversized": (b"word " * 1_000_001, None, "too large"),
    "sidecar-not-json": (GOOD_TEXT.encode(), "{url: nope", "malformed metadata"),
    "sidecar-array": (GOOD_TEXT.encode(), '["https://e.org/a"]', "expected a JSON object"),
    "sidecar-url-number": (GOOD_TEXT.encode(), '{"url": 5}', "'url' must be a string"),
    "sidecar-bad-date": (GOOD_TEXT.encode(), '{"published": "2020-02-31"}', "published"),
    "sidecar-not-utf8": (GOOD_TEXT.encode(), b'{"title": "\xff\xfe"}', "malformed metadata"),
}  # fmt: skip


@pytest.mark.parametrize("name", BAD_ARTICLES)
def test_robustness_cli_ingest_bad_article(store_dir: Path, tmp_path: Path, capsys, name: str) -> None:
    raw, sidecar, words = BAD_ARTICLES[name]
    article = tmp_path / f"{name}.txt"
    article.write_bytes(raw)
    if sidecar is not None:
        meta = tmp_path / f"{name}.meta.json"
        meta.write_bytes(sidecar if isinstance(sidecar, bytes) else sidecar.encode("utf-8"))
    before = dump(store_dir)
    code = kg_main(["ingest", str(article), "--store", str(store_dir), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Unreadable (1)" in out and str(article.with_suffix("")) in out and words.lower() in out.lower()
    assert "Traceback" not in out + err
    assert dump(store_dir) == before


def test_robustness_cli_ingest_bad_files_do_not_stop_good_ones(store_dir: Path, tmp_path: Path, capsys) -> None:
    """A batch with broken files stores the good article and names each broken file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "c_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "c_good.meta.json").write_text(json.dumps({"url": "https://e.org/robustness/good"}), encoding="utf-8")
    work = tmp_path / "store"
    import shutil

    shutil.copytree(store_dir, work)
    code = kg_main(["ingest", str(folder), "--store", str(work), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1 and "Stored 1 of 3" in out
    assert "a_empty.txt" in out and "b_binary.txt" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/nonexistent/article.txt"], "no such file"),
        (["--workers", "0", "x.txt"], None),
        (["--published", "2020-99-99", "x.txt"], None),
    ],
)
def test_robustness_cli_ingest_usage_errors(store_dir: Path, capsys, args: list[str], message: str | None) -> None:
    before = dump(store_dir)
    try:
        code = kg_main(["ingest", *args, "--store", str(store_dir), "--no-progress"])
    except SystemExit as exc:  # argparse rejects bad option values itself
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    if message:
        assert message in err
    assert dump(store_dir) == before


# ------------------------------------------------------------------------------------------- kg validate


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("bad.ttl", '@prefix x: <http://e/> .\nx:a x:b x:c .\nx:a x:b "unterminated .\n', 3),
        ("bad.nt", "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n", 2),
        ("bad.nq", "<http://e/a> <http://e/b> <http://e/c> <http://e/g> <http://e/h> .\n", 1),
        ("bad.jsonld", '{"@id": "http://e/a",\n "http://e/p": [1,}', 2),
        ("bad.trig", "<http://e/g> {\n<http://e/a> <http://e/b> <http://e/c>\n", 3),
    ],
)
def test_robustness_cli_validate_malformed_rdf_exit_2_with_line(tmp_path: Path, capsys, name, content, line) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert kg_main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg validate: {path}: malformed") and f"line {line}" in err


@pytest.mark.parametrize("name", ["billion_laughs.rdf", "xxe_passwd.rdf", "remote_context.jsonld"])
def test_robustness_cli_validate_hostile_rdf_exit_2_fast(tmp_path: Path, capsys, name: str) -> None:
    path = tmp_path / name
    path.write_text((HOSTILE / name).read_text(encoding="utf-8").replace("@PORT@", "9"), encoding="utf-8")
    start = time.monotonic()
    assert kg_main(["validate", str(path)]) == 2
    assert time.monotonic() - start < 3
    err = capsys.readouterr().err
    assert str(path) in err and "root:" not in err  # /etc/passwd never read


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.ttl", b""), ("empty.jsonld", b""), ("binary.ttl", b"\x00\x01\x02\xff" * 50), ("dir.ttl", None)],
)
def test_robustness_cli_validate_empty_binary_or_unreadable(tmp_path: Path, capsys, name, content) -> None:
    path = tmp_path / name
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    code = kg_main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if name == "empty.ttl":  # an empty graph is valid RDF and has nothing to violate
        assert code == 0
    else:
        assert code == 2 and str(path) in err
