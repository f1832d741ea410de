"""``kg extract``: print one article's JSON or write one file per article; bad files reported, others go on."""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


def test_extraction_cli_prints_one_article(capsys):
    assert main(["extract", str(FIXTURES / "sohr_badia_ambush.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"actors", "places", "events", "relations"} <= set(data)


def test_extraction_cli_writes_json_dir_and_reports_bad_files(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((FIXTURES / "sohr_badia_ambush.txt").read_text(encoding="utf-8"))
    (folder / "empty.txt").write_text("   \n")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--json-dir", str(out)]) == 1
    assert "empty.txt" in capsys.readouterr().err
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["events"]
    assert not (out / "empty.json").exists()


def test_extraction_cli_published_override_resolves_weekdays(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Army shells ISIS\n\nOn Friday, the Syrian Arab Army shelled ISIS positions near Al-Sukhnah.\n")
    assert main(["extract", str(path), "--published", "2017-11-06"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert events and events[0]["date"] == "2017-11-03"


def test_extraction_cli_bad_arguments_exit_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert main(["extract", str(FIXTURES / "sohr_badia_ambush.txt"), "--published", "soon"]) == 2
    assert main(["extract", str(FIXTURES)]) == 2  # several articles need --json-dir
    assert "kg extract" in capsys.readouterr().err
