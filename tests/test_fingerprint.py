"""A run on unchanged inputs is answered without running; any change of input runs again."""

from __future__ import annotations

import json
import os
import time

from pipelines.runtime.fingerprint import inputs_fingerprint, record_run, unchanged_since_last_run
from pipelines.settings import Settings

from .conftest import ROOT


def make(tmp_path, **kw) -> Settings:
    sources = tmp_path / "sources"
    sources.mkdir(exist_ok=True)
    (sources / "a.txt").write_text("Rapport", encoding="utf-8")
    settings = Settings(sources_dir=sources, datasets_dir=tmp_path / "datasets",
                        warehouse_path=tmp_path / "datasets" / "warehouse.duckdb", schemas_dir=ROOT / "schemas",
                        cache_dir=tmp_path / "cache", **kw)
    release = settings.package_dir / "1.0.0"
    release.mkdir(parents=True)
    (release / "datapackage.json").write_text("{}", encoding="utf-8")
    (settings.package_dir / "versions.json").write_text(json.dumps({"releases": [{"version": "1.0.0"}]}))
    settings.warehouse_path.write_bytes(b"db")
    return settings


def test_same_inputs_answer_unchanged(tmp_path):
    settings = make(tmp_path)
    fp = inputs_fingerprint(settings)
    assert unchanged_since_last_run(settings, fp) is None          # no run recorded yet
    record_run(settings, fp, "1.0.0")
    assert inputs_fingerprint(settings) == fp
    assert unchanged_since_last_run(settings, fp) == "1.0.0"


def test_any_change_of_input_or_output_runs_again(tmp_path):
    settings = make(tmp_path)
    fp = inputs_fingerprint(settings)
    record_run(settings, fp, "1.0.0")
    # a document added
    (settings.sources_dir / "b.md").write_text("# Autre", encoding="utf-8")
    assert inputs_fingerprint(settings) != fp
    (settings.sources_dir / "b.md").unlink()
    assert inputs_fingerprint(settings) == fp
    # an option changed
    other = Settings(**{**settings.__dict__, "publish_person_names": False})
    assert inputs_fingerprint(other) != fp
    # the warehouse rewritten or removed
    time.sleep(0.01)
    settings.warehouse_path.write_bytes(b"db2")
    assert unchanged_since_last_run(settings, fp) is None
    record_run(settings, fp, "1.0.0")
    settings.warehouse_path.unlink()
    assert unchanged_since_last_run(settings, fp) is None
    settings.warehouse_path.write_bytes(b"db")
    record_run(settings, fp, "1.0.0")
    # a release published by another route (the UI) is not the one the last run ended on
    (settings.package_dir / "1.1.0").mkdir()
    (settings.package_dir / "1.1.0" / "datapackage.json").write_text("{}")
    (settings.package_dir / "versions.json").write_text(json.dumps({"releases": [{"version": "1.0.0"}, {"version": "1.1.0"}]}))
    assert unchanged_since_last_run(settings, fp) is None
    # a damaged state file is ignored
    (settings.cache_dir / "last-run.json").write_text("{not json")
    assert unchanged_since_last_run(settings, fp) is None
    assert not [p for p in os.listdir(settings.cache_dir) if ".tmp-" in p]
    assert sorted(os.listdir(settings.package_dir)) == ["1.0.0", "1.1.0", "versions.json"]   # nothing of ours there


def test_the_tree_is_listed_as_pathlib_lists_it(tmp_path):
    """One os.scandir walk for every pattern gives the entries, in the order, that
    ``sorted(root.rglob(pattern))`` gives pattern after pattern (folders and links included,
    a link to a folder not entered, ``__pycache__`` left out)."""
    import os

    from pipelines.runtime.fingerprint import _tree_files

    root = tmp_path / "tree"
    (root / "a" / "__pycache__").mkdir(parents=True)
    (root / "a-b").mkdir()
    (root / "a" / "x.py").write_text("1")
    (root / "a" / "__pycache__" / "x.pyc").write_text("2")
    (root / "a-b" / "y.yaml").write_text("3")
    (root / "a.py").write_text("4")
    (root / ".hidden.py").write_text("5")
    (root / "Z.PY").write_text("6")
    os.symlink(root / "a", root / "link")
    os.symlink(tmp_path / "elsewhere.py", root / "gone.py")
    patterns = ("*.py", "*.yaml", "*")
    expected = [p.relative_to(root).parts for pattern in patterns
                for p in sorted(root.rglob(pattern)) if "__pycache__" not in p.parts]
    assert [parts for parts, _ in _tree_files(root, patterns)] == expected
