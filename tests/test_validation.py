"""The SHACL gate: article graphs that refer to reference entities, readable reports, untrusted files, the CLI."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, SKOS
from test_rdf_build import BRIGADE, INGESTED, ISIS, PMF, SAA, reference_context, rich_extraction

from kg.cli import main
from kg.model import CIVILIANS_IRI
from kg.namespace import CKG, RES
from kg.rdf_build import build_article_graph
from kg.validation import (
    RDFSyntaxError,
    parse_rdf_file,
    reference_types,
    untyped_references,
    validate_file,
    validate_graph,
)

warnings.filterwarnings("ignore", message="Code: _mock_name is not defined", category=UserWarning)


@pytest.fixture(scope="module")
def article_graph() -> Graph:
    return build_article_graph(rich_extraction(), ingested_at=INGESTED)


def test_validation_rich_article_graph_conforms_with_context(article_graph: Graph) -> None:
    result = validate_graph(article_graph, context=reference_context())
    assert result.conforms, result.report_text
    assert result.report_text == "Conforms: no SHACL violations."


def test_validation_referenced_entities_without_types_fail_sh_class(article_graph: Graph) -> None:
    result = validate_graph(article_graph)  # the fictitious reference entities are unknown here
    assert not result.conforms
    lines = result.report_text.splitlines()[1:]
    assert any("ckg:agent" in line and "must be a ckg:Actor" in line and SAA in line for line in lines)


def test_validation_borrowed_entities_are_not_validated_themselves(article_graph: Graph) -> None:
    """The context gives only types: the entity shapes must not ask those entities for labels."""
    result = validate_graph(article_graph, context=reference_context())
    assert result.conforms
    focus_nodes = {str(o) for o in result.report_graph.objects(None, SH.focusNode)}
    assert not focus_nodes & {SAA, ISIS, PMF}


def test_validation_event_subclasses_are_targeted(article_graph: Graph) -> None:
    graph = Graph()
    for triple in article_graph:
        graph.add(triple)
    shelling = next(graph.subjects(RDF.type, CKG.Shelling))
    graph.remove((shelling, CKG.hasEvidence, None))
    result = validate_graph(graph, context=reference_context())
    assert not result.conforms
    assert [v.path for v in result.violations] == ["ckg:hasEvidence"]
    assert str(shelling) in result.violations[0].focus


def test_validation_minted_entity_missing_label_is_reported(article_graph: Graph) -> None:
    graph = Graph()
    for triple in article_graph:
        graph.add(triple)
    graph.remove((URIRef(BRIGADE), SKOS.prefLabel, None))
    result = validate_graph(graph, context=reference_context())
    assert not result.conforms
    (violation,) = result.violations
    assert violation.path == "skos:prefLabel" and BRIGADE in violation.focus
    assert "exactly one English skos:prefLabel" in result.report_text


def test_validation_context_types_reach_sh_class(article_graph: Graph) -> None:
    context = reference_context()
    context.remove((URIRef(PMF), None, None))
    context.add((URIRef(PMF), RDF.type, CKG.Village))  # a place cannot be a unit's parent organisation
    result = validate_graph(article_graph, context=context)
    assert not result.conforms
    assert {v.path for v in result.violations} >= {"org:subOrganizationOf", "ckg:object"}


@pytest.mark.skipif(URIRef(CIVILIANS_IRI) not in reference_types(), reason="ontology/actors.ttl not there yet")
def test_validation_reference_types_come_from_the_reference_data() -> None:
    assert CKG.Actor in reference_types()[URIRef(CIVILIANS_IRI)]
    extraction = rich_extraction()
    graph = build_article_graph(extraction, ingested_at=INGESTED)
    context = reference_context()
    context.remove((URIRef(CIVILIANS_IRI), None, None))
    assert validate_graph(graph, context=context).conforms


def test_validation_report_text_and_turtle(article_graph: Graph) -> None:
    graph = Graph()
    for triple in article_graph:
        graph.add(triple)
    evidence = next(graph.subjects(RDF.type, CKG.Evidence))
    graph.set((evidence, CKG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    result = validate_graph(graph, context=reference_context())
    assert not result.conforms
    lines = result.report_text.splitlines()
    assert lines[0] == "1 SHACL result(s):"
    assert lines[1].startswith("  Violation: <https://w3id.org/conflict-kg/id/evidence/")
    assert "ckg:confidence: Evidence has exactly one confidence, an xsd:decimal from 0 to 1. (value: '1.5')" in lines[1]
    report = Graph().parse(data=result.report_turtle(), format="turtle")
    assert (None, RDF.type, SH.ValidationReport) in report
    assert len(list(report.subjects(RDF.type, SH.ValidationResult))) == 1


def test_validation_unreferenced_unknown_iris_need_no_types() -> None:
    """A graph whose IRIs are all described (no borrowed types) is validated in full, blank nodes included."""
    graph = Graph()
    source = RES["source/x"]
    graph.add((source, RDF.type, CKG.UnnamedSource))
    assert not validate_graph(graph).conforms
    graph.add((source, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("a source")))
    assert validate_graph(graph).conforms


# ----------------------------------------------------------------------------------------------- files


def test_validation_file_round_trip(tmp_path: Path, article_graph: Graph) -> None:
    graph = Graph()
    for triple in article_graph:
        graph.add(triple)
    for triple in reference_context():
        graph.add(triple)
    for suffix, fmt in ((".ttl", "turtle"), (".nt", "nt"), (".rdf", "xml"), (".jsonld", "json-ld")):
        path = tmp_path / f"article{suffix}"
        graph.serialize(path, format=fmt, encoding="utf-8")
        assert set(parse_rdf_file(path)) == set(graph), suffix
    assert validate_file(tmp_path / "article.ttl").conforms is False  # referenced actors are typed but unlabeled


def test_validation_file_malformed_turtle_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text('@prefix x: <http://e/> .\nx:a x:b x:c .\nx:a x:b "unterminated .\n', encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match=r"line 3") as info:
        parse_rdf_file(path)
    assert info.value.line == 3


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("data.csv", "a,b\n", "unknown RDF file extension"),
        ("remote.jsonld", '{"@context": "http://schema.org/", "@id": "http://e/a", "name": "x"}', "remote context"),
        (
            "xxe.rdf",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            '<rdf:Description rdf:about="http://e/a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>',
            "RDF/XML",
        ),
    ],
)
def test_validation_file_untrusted_input_is_refused(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RDFSyntaxError, match=message):
        parse_rdf_file(path)


# ------------------------------------------------------------------------------------------------- CLI


def test_validation_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.ttl"
    good.write_text(
        "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n"
        "<https://w3id.org/conflict-kg/id/source/a> a ckg:UnnamedSource ; "
        '<http://www.w3.org/2000/01/rdf-schema#label> "a source" .\n',
        encoding="utf-8",
    )
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .\n"
        "<https://w3id.org/conflict-kg/id/source/a> a ckg:UnnamedSource .\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.nt"
    broken.write_text("<a> <b> .\n", encoding="utf-8")

    assert main(["validate", str(good)]) == 0
    assert "Conforms" in capsys.readouterr().out

    report = tmp_path / "report.ttl"
    assert main(["validate", str(bad), "--shacl-report", str(report)]) == 1
    out = capsys.readouterr().out
    assert "rdfs:label: An unnamed source has a label" in out
    assert (None, RDF.type, SH.ValidationResult) in Graph().parse(report)

    assert main(["validate", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg validate: ") and "line 1" in err and "Traceback" not in err
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_validation_untyped_references_lists_entities_needing_types(article_graph: Graph) -> None:
    missing = untyped_references(article_graph)
    assert {URIRef(SAA), URIRef(ISIS), URIRef(PMF)} <= missing  # fictitious: not in the reference data
    assert URIRef(BRIGADE) not in missing  # described by the graph itself
    assert all(str(iri).startswith(str(RES)) for iri in missing)
