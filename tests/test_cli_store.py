"""``kg query``, ``kg export``, ``kg stats`` and ``kg serve`` argument handling, run in-process."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph
from test_store import ARTICLE_A, ARTICLES_TRIG, REFERENCE_TRIG

from kg.cli import main
from kg.store import open_store


@pytest.fixture
def store_dir(tmp_path):
    location = str(tmp_path / "db")
    with open_store(location) as s:
        s.load(REFERENCE_TRIG, "trig")
        s.load(ARTICLES_TRIG, "trig")
    return location


def test_cli_store_query_prints_json_by_default(store_dir, capsys):
    code = main(
        ["query", "SELECT ?e WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Ambush> }", "--store", store_dir]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and len(out["results"]["bindings"]) == 1


@pytest.mark.parametrize("fmt,first_line", [("csv", "e"), ("tsv", "?e")])
def test_cli_store_query_formats(store_dir, capsys, fmt, first_line):
    code = main(["query", "SELECT ?e WHERE { ?e a ?t }", "--format", fmt, "--store", store_dir])
    assert code == 0 and capsys.readouterr().out.splitlines()[0] == first_line


def test_cli_store_query_construct_prints_turtle(store_dir, capsys):
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ARTICLE_A}> {{ ?s ?p ?o }} }}"
    assert main(["query", query, "--store", store_dir]) == 0
    assert len(Graph().parse(data=capsys.readouterr().out, format="turtle")) > 50


def test_cli_store_query_reads_a_file(store_dir, capsys, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }")
    assert main(["query", f"@{path}", "--store", store_dir]) == 0
    assert json.loads(capsys.readouterr().out)["boolean"] is True


@pytest.mark.parametrize("sparql", ["SELECT ?s WHERE { ?s ?p }", "DELETE WHERE { ?s ?p ?o }"])
def test_cli_store_query_malformed_exits_2(store_dir, capsys, sparql):
    assert main(["query", sparql, "--store", store_dir]) == 2
    assert "malformed SPARQL" in capsys.readouterr().err


def test_cli_store_query_wrong_format_for_the_form_exits_2(store_dir, capsys):
    assert main(["query", "ASK { ?s ?p ?o }", "--format", "ttl", "--store", store_dir]) == 2
    assert "cannot be printed" in capsys.readouterr().err


def test_cli_store_query_limit_says_when_cut(store_dir, capsys):
    assert main(["query", "SELECT * WHERE { ?s ?p ?o }", "--limit", "2", "--store", store_dir]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["results"]["bindings"]) == 2 and "cut" in captured.err


def test_cli_store_query_busy_store_exits_1_with_a_message(store_dir, capsys):
    with open_store(store_dir):
        assert main(["query", "ASK {}", "--store", store_dir]) == 1
    assert "in use by another process" in capsys.readouterr().err


def test_cli_store_export_to_file_and_stdout(store_dir, tmp_path, capsys):
    out = tmp_path / "all.nq"
    assert main(["export", "--format", "nq", "-o", str(out), "--store", store_dir]) == 0
    assert len(out.read_text().splitlines()) == 154 + 54
    assert main(["export", "--format", "nt", "--graph", ARTICLE_A, "--store", store_dir]) == 0
    assert len(Graph().parse(data=capsys.readouterr().out, format="nt")) > 50


def test_cli_store_export_unknown_graph_exits_2(store_dir, capsys):
    assert main(["export", "--format", "nq", "--graph", "https://example.org/none", "--store", store_dir]) == 2
    assert "no graph" in capsys.readouterr().err


def test_cli_store_export_rejects_unknown_format(store_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", "yaml", "--store", store_dir])
    assert exc.value.code == 2


def test_cli_store_stats_text_and_json(store_dir, capsys):
    assert main(["stats", "--store", store_dir]) == 0
    assert "article graphs: 2" in capsys.readouterr().out
    assert main(["stats", "--json", "--store", store_dir]) == 0
    assert json.loads(capsys.readouterr().out)["triples"] == 154 + 54


def test_cli_store_serve_on_a_busy_store_exits_1(store_dir, capsys):
    with open_store(store_dir):
        assert main(["serve", "--store", store_dir, "--port", "0"]) == 1
    assert "in use" in capsys.readouterr().err
