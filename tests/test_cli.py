"""End to end, as a data officer runs it: the `opendata` command in a fresh folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cli import PUBLISH_JSON_KEYS

from .conftest import ROOT

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def run(args, env, cwd):
    return subprocess.run([str(BIN / args[0]), *args[1:]], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_opendata_command_end_to_end(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env["DAGSTER_HOME"] = str(tmp_path / "home")
    datasets = tmp_path / "out"
    args = ["opendata", "publish", "--sources", "sources", "--datasets", str(datasets)]

    first = run(args, env, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Version 1.0.0 publiée" in first.stdout and "key_figures" in first.stdout
    # Progress on standard error: documents, then every stage as it ends.
    assert "Extraction : 1 document(s) extrait(s) sur 1" in first.stderr
    assert "Tableaux et validation : terminée" in first.stderr and "Entrepôt DuckDB : terminée" in first.stderr
    release = datasets / "numericamp-cua" / "1.0.0"

    # The published package is valid for Frictionless' own command, and for ours.
    checked = run(["frictionless", "validate", str(release / "datapackage.json")], env, tmp_path)
    assert checked.returncode == 0, checked.stdout
    ours = run(["opendata", "validate", str(release)], env, tmp_path)
    assert ours.returncode == 0 and ours.stdout.startswith("Valide : ")

    # A tampered copy is refused by both, for the same reason.
    tampered = tmp_path / "tampered"
    shutil.copytree(release, tampered)
    csv = tampered / "data" / "key_figures.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace(",450,", ",abc,"), encoding="utf-8")
    theirs = run(["frictionless", "validate", str(tampered / "datapackage.json")], env, tmp_path)
    ours = run(["opendata", "validate", str(tampered)], env, tmp_path)
    assert theirs.returncode != 0 and ours.returncode != 0
    for kind in ("hash-count", "type-error"):
        assert kind in theirs.stdout and kind in ours.stdout
    # the column named by its title, as the table is
    assert "table Chiffres clés" in ours.stdout and "champ « Valeur » (value)" in ours.stdout, ours.stdout

    # Nothing changed: answered from the inputs' fingerprint, without a Dagster run.
    shortcut = run(args + ["--json"], env, tmp_path)
    assert shortcut.returncode == 0, shortcut.stderr
    answer = json.loads(shortcut.stdout)
    assert list(answer) == list(PUBLISH_JSON_KEYS)      # one shape whatever happened (README, "--json")
    assert {k: answer[k] for k in ("status", "version", "run_id", "ran", "warehouse", "errors")} == {
        "status": "unchanged", "version": "1.0.0", "run_id": None, "ran": False,
        "warehouse": {"path": str(datasets / "warehouse.duckdb"), "loaded": []}, "errors": []}

    again = run(args + ["--json", "--force"], env, tmp_path)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert "étapes terminées" not in again.stderr      # --json: no progress lines
    assert summary["status"] == "unchanged" and summary["version"] == "1.0.0" and list(summary) == list(PUBLISH_JSON_KEYS)
    blocking = [c for c in summary["checks"] if c["severity"] == "ERROR"]
    assert all(c["passed"] for c in blocking) and len(blocking) == 10
    soft = {c["check"]: c["passed"] for c in summary["checks"] if c["severity"] == "WARN"}
    # 57 speakers announced, 49 names listed: reported, not blocking
    assert soft == {"programme_agrees_with_key_figures": False, "poll_shares_add_up": True}
    assert any("57 intervenants" in w and "49 personnes distinctes" in w for w in summary["warnings"])

    # The runs are recorded in the Dagster instance the UI reads.
    from dagster import DagsterInstance

    monkeypatch.setenv("DAGSTER_HOME", env["DAGSTER_HOME"])
    with DagsterInstance.get() as instance:
        assert len(instance.get_runs()) == 2

    (tmp_path / "sources" / "broken.pdf").write_bytes(b"%PDF-1.4\n%garbage")
    failed = run(args, env, tmp_path)
    assert failed.returncode == 1
    assert "broken.pdf" in failed.stderr and "rien n'a été publié" in failed.stderr
