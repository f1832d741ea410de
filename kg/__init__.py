"""Conflict KG: news articles about armed conflict → a provenance-tracked RDF knowledge graph.

Data flow, one module per step:
article (``kg.articles``) → mentions and facts with evidence (``kg.extraction``) → resolved entities
(``kg.resolution``) → RDF named graph (``kg.rdf_build``) → SHACL gate (``kg.validation``) → store
(``kg.store``) → SPARQL / API / export (``kg.export``, ``api``).
"""

__version__ = "0.1.0"
