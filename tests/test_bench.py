"""The benchmark command runs end to end (small sizes) and writes its figures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_benchmark_quick_run_writes_every_figure(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "-m", "bench", "--quick", "--sizes", "3", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    assert results["import_floor_seconds"] > 0
    assert results["runs"]["noop_seconds"] < results["runs"]["cold_seconds"]
    assert results["corpus"][0]["documents"] == 3 and results["corpus"][0]["recall"] >= 0.9
    assert results["validation"]["injected"]["same_findings"] is True
    assert results["writes"]["csv_arrow"]["mb_per_s"] > 0
    large = results["large_tables"]
    assert large["runs"][0]["status"] == "published" and large["duckdb_alone_seconds"] > 0 and large["ratio"] > 0
    assert "publish again, unchanged (no-op)" in done.stdout
