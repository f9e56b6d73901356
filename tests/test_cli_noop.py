"""The no-op ``opendata publish``: answered by ``pipelines/cli.py`` without importing the stack
(Dagster, DuckDB, Arrow, pandas, Frictionless...) nor Typer, with the Typer command's own words."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipelines.cli import app, plain_publish_options, publish_if_unchanged

from .conftest import ROOT

BIN = Path(sys.executable).parent
# Top-level packages the no-op answer must not import: the stack of a run, and the CLI framework.
HEAVY = {"dagster", "duckdb", "frictionless", "pandas", "pyarrow", "numpy", "rdflib", "jinja2", "sqlalchemy",
         "typer", "pydantic"}
NOOP = "import sys; sys.argv = ['opendata', *sys.argv[1:]]; from pipelines.cli import main; main()"


@pytest.mark.parametrize("argv, expected", [
    (["publish"], {}),
    (["publish", "-q", "--json"], {"quiet": True, "as_json": True}),
    (["publish", "--sources", "a", "--datasets=b", "--warehouse", "c/w.duckdb"],
     {"sources": Path("a"), "datasets": Path("b"), "warehouse": Path("c/w.duckdb")}),
])
def test_plain_publish_options_are_read(argv, expected):
    base = {"sources": None, "datasets": None, "warehouse": None, "quiet": False, "as_json": False}
    assert plain_publish_options(argv) == base | expected


@pytest.mark.parametrize("argv", [
    [], ["validate", "x"], ["publish", "--force"], ["publish", "--bump", "patch"], ["publish", "--version", "2.0.0"],
    ["publish", "--help"], ["publish", "-q", "-q"], ["publish", "--sources"], ["publish", "--sources", "--json"],
    ["publish", "--sources="], ["publish", "--quiet=yes"], ["publish", "-qx"], ["publish", "extra"],
    ["publish", "--sources", "a", "--sources", "b"],
])
def test_any_other_command_line_is_left_to_typer(argv):
    assert plain_publish_options(argv) is None


@pytest.mark.slow
def test_unchanged_publish_imports_no_heavy_module_and_answers_as_the_command(tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env |= {"DAGSTER_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    args = ["publish", "--sources", str(tmp_path / "sources"), "--datasets", str(tmp_path / "out")]
    first = subprocess.run([str(BIN / "opendata"), *args, "--quiet"], env=env, cwd=tmp_path, capture_output=True,
                           text=True, timeout=300)
    assert first.returncode == 0 and first.stdout.strip() == "1.0.0", first.stderr

    noop = subprocess.run([sys.executable, "-X", "importtime", "-c", NOOP, *args, "--json"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert noop.returncode == 0, noop.stderr
    answer = json.loads(noop.stdout)
    assert (answer["status"], answer["version"], answer["ran"]) == ("unchanged", "1.0.0", False)
    imported = {line.rsplit("|", 1)[1].strip() for line in noop.stderr.splitlines() if line.startswith("import time:")}
    assert "pipelines.runtime.fingerprint" in imported and "pipelines.publishing.folders" in imported
    assert {m.split(".")[0] for m in imported} & HEAVY == set()

    # In this process: the shortcut prints what the Typer command prints, for each form of output.
    for var in [v for v in os.environ if v.startswith("OPENDATA_")] + ["OPENDATA_SOURCES", "OPENDATA_DATASETS"]:
        monkeypatch.delenv(var, raising=False)      # restored after the test (the commands set them)
    monkeypatch.setenv("DAGSTER_HOME", env["DAGSTER_HOME"])
    runner = CliRunner()
    for extra in ([], ["--quiet"], ["--json"]):
        assert publish_if_unchanged(args + extra)
        shortcut = capsys.readouterr().out
        command = runner.invoke(app, args + extra)
        assert command.exit_code == 0 and command.output == shortcut, command.output

    # A changed source: the shortcut says nothing and leaves the run to the command.
    with open(tmp_path / "sources" / "numericamp-2024-bilan.txt", "a", encoding="utf-8") as fh:
        fh.write("\nUne ligne de plus.\n")
    assert not publish_if_unchanged(args + ["--quiet"])
    assert capsys.readouterr().out == ""


def test_a_run_needed_is_found_once_per_process(tmp_path, monkeypatch):
    """The console entry point's check says a run is needed; the Typer command that follows in the
    same process takes that answer instead of fingerprinting the inputs again (once only)."""
    from pipelines import publish_answer
    from pipelines.runtime import fingerprint
    from pipelines.settings import load_settings

    for name, folder in (("OPENDATA_SOURCES", "sources"), ("OPENDATA_DATASETS", "out"), ("OPENDATA_CACHE", "cache")):
        monkeypatch.setenv(name, str(tmp_path / folder))
    (tmp_path / "sources").mkdir()
    calls = []
    real = fingerprint.inputs_fingerprint
    monkeypatch.setattr(fingerprint, "inputs_fingerprint", lambda s: calls.append(s) or real(s))
    settings = load_settings()
    first = publish_answer.no_op_release(settings, remember=True)
    assert first[1] is None and len(calls) == 1              # nothing published yet: a run is needed
    assert publish_answer.no_op_release(load_settings()) == first and len(calls) == 1
    assert publish_answer.no_op_release(load_settings()) == first and len(calls) == 2     # taken once
    assert publish_answer.no_op_release(settings) == first and len(calls) == 3           # not remembered
