#!/usr/bin/env bash
# The main job on the bundled sample articles: set up, ingest, then ask the graph questions.
#   bash examples/demo.sh            # store in ./.kg-store (or $KG_STORE)
# Afterwards:  .venv/bin/kg serve    # SPARQL endpoint and REST API on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
export KG_STORE="${KG_STORE:-$PWD/.kg-store}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Set up (.venv)"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e .

step "Ingest examples/articles into $KG_STORE (extract → RDF → SHACL gate → one named graph per article)"
# A rejected article is reported with its SHACL violations; the others are stored all the same.
.venv/bin/kg ingest examples/articles --no-progress || echo "(some articles were rejected: see above)"

for query in pmf-subunits coalition-members events-by-type pmf-23rd-history; do
  step "SPARQL: examples/queries/$query.rq"
  sed -n '1s/^# //p' "examples/queries/$query.rq"
  .venv/bin/kg query "@examples/queries/$query.rq" --format tsv
done

step "What the store holds"
.venv/bin/kg stats | sed -n 1,3p  # (sed reads to the end: no broken pipe under pipefail)

cat <<'MSG'

Next: serve the graph and ask it over HTTP
  .venv/bin/kg serve &
  curl -G http://127.0.0.1:8000/sparql --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  curl http://127.0.0.1:8000/actors/pmf-23rd-brigade/history
MSG
