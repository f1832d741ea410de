"""tools/build_boundaries.py: TopoJSON (quantized, delta-encoded, shared and reversed arcs) to GeoJSON."""

from __future__ import annotations

import importlib.util
import io
import json
import tarfile
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "build_boundaries.py"
_spec = importlib.util.spec_from_file_location("build_boundaries", TOOL)  # tools/ is not a package
boundaries = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(boundaries)

#: Two unit squares side by side sharing the arc x=1 (arc 0), quantized with scale 0.5 and translate (10, 20):
#: A = [0,0]-[1,1] uses arc 0 reversed (~0 = -1); B = [1,0]-[2,1] uses it forwards.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],  # (1,0) → (1,1), in quantized deltas
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # A's outer part: (1,1) → (0,1) → (0,0) → (1,0)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # B's outer part: (1,0) → (2,0) → (2,1) → (1,1)
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[1, 0]], "id": "1", "properties": {"name": "A"}},
                {"type": "MultiPolygon", "arcs": [[[2, -1]]], "id": "2", "properties": {"name": "B"}},
            ],
        }
    },
}


def test_ui_boundaries_decodes_quantized_delta_arcs():
    arcs = boundaries.decode_arcs(TOPOLOGY)
    assert arcs[0] == [(11.0, 20.0), (11.0, 21.0)]
    assert arcs[1] == [(11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)]


def test_ui_boundaries_builds_closed_rings_from_shared_and_reversed_arcs():
    collection = boundaries.build(TOPOLOGY, focus=("A",), context=("B",))
    a, b = collection["features"]
    assert a["properties"] == {"name": "A", "focus": True} and b["properties"] == {"name": "B", "focus": False}
    assert a["geometry"] == {
        "type": "Polygon",
        "coordinates": [[[11.0, 21.0], [10.0, 21.0], [10.0, 20.0], [11.0, 20.0], [11.0, 21.0]]],
    }
    (ring,) = b["geometry"]["coordinates"][0]
    assert ring == [[11.0, 20.0], [12.0, 20.0], [12.0, 21.0], [11.0, 21.0], [11.0, 20.0]]


def test_ui_boundaries_missing_country_is_a_clear_error():
    with pytest.raises(boundaries.BoundaryError, match="Atlantis"):
        boundaries.build(TOPOLOGY, focus=("A",), context=("Atlantis",))


def test_ui_boundaries_reads_the_npm_tarball(tmp_path):
    tarball = tmp_path / "world-atlas-2.0.2.tgz"
    data = json.dumps(TOPOLOGY).encode()
    with tarfile.open(tarball, "w:gz") as archive:
        info = tarfile.TarInfo(boundaries.TOPOLOGY_MEMBER)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    assert boundaries.read_topology(tarball) == TOPOLOGY


def test_ui_boundaries_cli_is_deterministic_and_reports_bad_input(tmp_path, capsys, monkeypatch):
    source = tmp_path / "countries-50m.json"
    source.write_text(json.dumps(TOPOLOGY))
    out = tmp_path / "out.geojson"
    args = [str(source), "--output", str(out)]
    assert boundaries.main(args) == 1  # the default countries are not in this small topology
    assert "Syria" in capsys.readouterr().err and not out.exists()
    monkeypatch.setattr(boundaries, "FOCUS", ("A",))
    monkeypatch.setattr(boundaries, "CONTEXT", ("B",))
    assert boundaries.main(args) == 0
    first = out.read_bytes()
    assert boundaries.main(args) == 0
    assert out.read_bytes() == first
    assert [f["properties"]["name"] for f in json.loads(first)["features"]] == ["A", "B"]
    (tmp_path / "broken.json").write_text("{not json")
    assert boundaries.main([str(tmp_path / "broken.json"), "--output", str(out)]) == 1
    assert "cannot read a topology" in capsys.readouterr().err
