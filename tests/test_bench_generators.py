"""The benchmark generators produce valid input: readable articles with exact facts, and RDF the store takes.

The benchmarks themselves are not run here (they take minutes); these tests make sure what they feed on is
right, so a figure in bench/README.md measures the real pipeline on realistic input.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import statistics

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef

from bench.generate_articles import (
    GeneratorError,
    Vocabulary,
    generate_article,
    load_templates,
)
from bench.generate_articles import (
    main as articles_main,
)
from bench.generate_rdf import article_graph, generate, nt_term, synthetic_article, write_background
from kg.articles import read_article
from kg.namespace import CKG, GRAPH, REFERENCE_GRAPH
from kg.reference import ReferenceData
from kg.validation import validate_graph

COUNT = 20


@pytest.fixture(scope="module")
def vocab(reference) -> Vocabulary:
    return Vocabulary(reference, load_templates())


@pytest.fixture(scope="module")
def articles(vocab):
    return [generate_article(index, 1, vocab) for index in range(COUNT)]


def _quotes(synth):
    """Every (start, end, quote) the generator claims about its text."""
    for entity in [*synth.actors.values(), *synth.places.values()]:
        for m in entity.mentions:
            yield m.start, m.end, m.text
    for event in synth.events:
        yield event.evidence.start, event.evidence.end, event.evidence.quote
        for figure in event.casualties:
            yield figure.evidence.start, figure.evidence.end, figure.evidence.quote
    for relation in synth.relations:
        yield relation.evidence.start, relation.evidence.end, relation.evidence.quote


def test_bench_generators_articles_are_readable_with_about_300_words(articles):
    words = []
    for synth in articles:
        article = synthetic_article(synth)
        assert article.id == hashlib.sha256(synth.metadata["url"].encode()).hexdigest()[:16]
        assert synth.name.endswith(article.id)
        assert article.metadata.title == synth.metadata["title"]
        assert article.metadata.published is not None  # from the metadata, or else from the dateline
        assert any(s.kind == "headline" and s.text == synth.metadata["title"] for s in article.segments)
        words.append(synth.body_words)
    assert 250 <= statistics.mean(words) <= 350


def test_bench_generators_quotes_are_the_text_at_their_offsets(articles):
    for synth in articles:
        quotes = list(_quotes(synth))
        assert quotes
        for start, end, quote in quotes:
            assert synth.text[start:end] == quote


def test_bench_generators_facts_lie_in_content_and_boilerplate_is_dropped(articles):
    """Facts are stated in the body, and the page furniture around it is what the cleaner removes."""
    for synth in articles:
        article = synthetic_article(synth)
        for event in synth.events:
            ev = event.evidence
            assert any(s.start <= ev.start and ev.end <= s.end for s in article.segments), ev.quote
        content = article.content_text()
        for furniture in ("Subscribe to our newsletter", "Leave a Reply", "Disclaimer:", "Related posts:"):
            assert furniture not in content


def test_bench_generators_cover_the_phrasings(articles):
    """The run has hedged and exact figures, attributions, dates of each precision and several event types."""
    events = [event for synth in articles for event in synth.events]
    figures = [figure for event in events for figure in event.casualties]
    assert len({event.type for event in events}) >= 8
    assert any(f.count is not None for f in figures) and any(f.min_count is not None for f in figures)
    assert any(f.max_count is not None for f in figures)
    assert any(event.attribution is not None for event in events)
    assert any(event.attribution and event.attribution.actor_iri is None for event in events)
    precisions = {getattr(event.date, "precision", type(event.date).__name__) for event in events}
    assert {"day", "month", "DateInterval", "NoneType"} <= precisions
    assert {r.predicate for synth in articles for r in synth.relations} >= {"partOf", "controls"}


def test_bench_generators_are_deterministic_per_seed_and_index(vocab, articles):
    again = generate_article(3, 1, vocab)
    assert again.text == articles[3].text and again.metadata == articles[3].metadata
    assert generate_article(3, 2, vocab).text != articles[3].text


def test_bench_generators_reject_reference_data_without_places(reference):
    no_places = ReferenceData(actors=reference.actors, places={}, superclasses=reference.superclasses)
    with pytest.raises(GeneratorError, match="place"):
        Vocabulary(no_places, load_templates())


def test_bench_generators_cli_writes_files_the_pipeline_reads(tmp_path):
    assert articles_main(["--count", "3", "--out", str(tmp_path), "--seed", "7"]) == 0
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 3 and len(list(tmp_path.glob("*.meta.json"))) == 3
    for path in texts:
        article = read_article(path)
        assert path.stem.endswith(article.id)
        assert isinstance(article.metadata.published, datetime.date)


def test_bench_generators_article_graphs_pass_the_shacl_gate(articles):
    for synth in articles[:5]:
        _, graph = article_graph(synth)
        result = validate_graph(graph)
        assert result.conforms, result.report_text


def test_bench_generators_nquads_load_into_oxigraph_by_named_graph(vocab):
    background = write_background(io.StringIO())
    out = io.StringIO()
    quads, count = generate(background + 3000, out, seed=1)
    assert quads >= background + 3000 and count >= 1
    store = pyoxigraph.Store()
    store.bulk_load(io.BytesIO(out.getvalue().encode("utf-8")), format=pyoxigraph.RdfFormat.N_QUADS)
    assert len(store) == quads  # every line is a distinct quad
    graphs = {str(g.value) for g in store.named_graphs()}
    assert str(REFERENCE_GRAPH) in graphs
    expected = {str(article_graph(generate_article(i, 1, vocab))[0]) for i in range(count)}
    assert expected <= graphs and all(g.startswith(str(GRAPH["article/"])) for g in expected)
    agents = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?e <{CKG.agent}> ?a }} }}")
    assert int(next(iter(agents))["n"].value) > 0


def test_bench_generators_nquads_output_does_not_depend_on_workers():
    single, double = io.StringIO(), io.StringIO()
    assert generate(3000, single, seed=4, background=False) == generate(
        3000, double, seed=4, background=False, workers=2
    )
    assert single.getvalue() == double.getvalue()


@pytest.mark.parametrize("value", ['say "no"\nthen \\ leave\r', "plain", "é – ’"])
def test_bench_generators_nt_terms_round_trip_through_oxigraph(value):
    subject, predicate = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    line = f"{nt_term(subject)} {nt_term(predicate)} {nt_term(Literal(value))} .\n"
    parsed = list(pyoxigraph.parse(line.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert parsed[0].object.value == value
    assert Graph().parse(data=line, format="nt").value(subject, predicate) == Literal(value)
