"""Version rules, immutability and atomicity of publishing, on the pure core with real
Frictionless and real files."""

from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from pipelines.publishing import release as publish_module
from pipelines.errors import PipelineError
from pipelines.publishing.release import list_versions, publish_release
from pipelines.publishing.versions import bump_version, parse_version

from .conftest import ROOT, SOURCES, extracted_tables, tree_digest


@pytest.fixture
def env(tmp_path):
    schemas = tmp_path / "schemas"
    shutil.copytree(ROOT / "schemas", schemas)
    package = tmp_path / "datasets" / "pkg"
    tables = extracted_tables()

    def run(tables=tables, **kwargs):
        return publish_release(tables, package_dir=package, schemas_dir=schemas, sources_dir=SOURCES, **kwargs)

    return run, package, schemas, tables


def edit_schema(schemas, table, fn):
    path = schemas / f"{table}.json"
    descriptor = json.loads(path.read_text())
    fn(descriptor)
    path.write_text(json.dumps(descriptor))
    from pipelines.schemas import _load_json

    _load_json.cache_clear()


def test_semver_helpers():
    assert bump_version("1.2.3", "major") == "2.0.0"
    assert bump_version("1.2.3", "minor") == "1.3.0"
    assert bump_version("1.2.3", "patch") == "1.2.4"
    with pytest.raises(ValueError):
        parse_version("v1.2")


def test_first_release_then_noop(env):
    run, package, _, _ = env
    assert run().version == "1.0.0"
    before = tree_digest(package)
    again = run()
    assert again.status == "unchanged" and again.version == "1.0.0"
    assert tree_digest(package) == before


def test_corrected_value_is_a_patch(env):
    run, _, _, tables = env
    run()
    figures = tables["key_figures"]
    value = pc.if_else(pc.equal(figures["metric"], "visitors"), 451.0, figures["value"])
    changed = dict(tables, key_figures=figures.set_column(figures.column_names.index("value"), "value", value))
    result = run(changed)
    assert (result.version, result.bump) == ("1.0.1", "patch")
    assert "key_figures: 0 added, 0 removed, 1 changed" in result.changes


def test_new_rows_are_a_minor_release(env):
    run, package, _, tables = env
    run()
    extra = tables["key_figures"].slice(0, 1).to_pylist()[0] | {"key_figure_id": "numericamp-2024:days", "metric": "days", "value": 1.0, "unit": "day"}
    figures = pa.concat_tables([tables["key_figures"], pa.Table.from_pylist([extra], schema=tables["key_figures"].schema)])
    result = run(dict(tables, key_figures=figures))
    assert (result.version, result.bump) == ("1.1.0", "minor")
    changelog = (package / "CHANGELOG.md").read_text()
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0") and "numericamp-2024:days" in changelog


def test_new_field_is_minor_and_removed_or_retyped_field_is_major(env):
    run, _, schemas, tables = env
    run()
    edit_schema(schemas, "events", lambda d: d["fields"].append(
        {"name": "website", "type": "string", "title": "Site", "description": "Site web."}))
    events = tables["events"].append_column("website", pa.array([None] * tables["events"].num_rows, pa.string()))
    assert run(dict(tables, events=events)).version == "1.1.0"
    edit_schema(schemas, "events", lambda d: d["fields"].pop())
    assert run(tables).version == "2.0.0"  # website removed
    edit_schema(schemas, "key_figures", lambda d: next(f for f in d["fields"] if f["name"] == "page").update(type="number"))
    figures = tables["key_figures"].set_column(
        tables["key_figures"].column_names.index("page"), "page", pc.cast(tables["key_figures"]["page"], pa.float64()))
    result = run(dict(tables, key_figures=figures))
    assert (result.version, result.bump) == ("3.0.0", "major")


def test_forced_versions_and_bumps(env):
    run, package, _, tables = env
    run()
    assert run(force_bump="minor").version == "1.1.0"  # identical content, forced
    with pytest.raises(PipelineError, match="already exists"):
        run(force_version="1.1.0")
    with pytest.raises(PipelineError, match="not greater"):
        run(force_version="1.0.5")
    assert run(force_version="2.0.0").version == "2.0.0"
    figures = tables["key_figures"].slice(1)  # a row removed and...
    edit = dict(tables, key_figures=figures)
    with pytest.raises(PipelineError, match="understate"):
        run(edit, force_bump="patch")
    assert list_versions(package) == ["1.0.0", "1.1.0", "2.0.0"]


STEPS = ["write_csv", "validate_folder", "write_parquet", "_write_manifest_copy", "fsync_tree", "rename",
         "atomic_write_text", "_point_latest", "_rebuild_changelog"]


@pytest.mark.parametrize("step", STEPS)
def test_an_interrupted_publish_leaves_a_complete_state_and_the_next_run_recovers(env, monkeypatch, step):
    run, package, _, tables = env
    run()
    before = tree_digest(package / "1.0.0")
    figures = tables["key_figures"].slice(1)
    changed = dict(tables, key_figures=figures)

    class Crash(Exception):
        pass

    def crash(*args, **kwargs):
        raise Crash(step)

    if step == "rename":
        monkeypatch.setattr(publish_module.os, "rename", crash)
    else:
        monkeypatch.setattr(publish_module, step, crash)
    with pytest.raises(Crash):
        run(changed)
    monkeypatch.undo()

    # What a reader sees: only complete versions, latest on a complete one, 1.0.0 untouched.
    versions = list_versions(package)
    assert tree_digest(package / "1.0.0") == before
    assert (package / "latest").resolve().name in versions
    assert not [p for p in package.iterdir() if p.name.startswith(".staging")]  # cleaned up on error
    for v in versions:
        assert json.loads((package / v / "datapackage.json").read_text())["version"] == v

    # The next run completes normally: nothing lost, nothing duplicated.
    result = run(changed)
    assert result.version == "1.1.0"
    assert list_versions(package) == ["1.0.0", "1.1.0"]
    index = json.loads((package / "versions.json").read_text())
    assert [r["version"] for r in index["releases"]] == ["1.0.0", "1.1.0"]
    assert (package / "latest").resolve().name == "1.1.0"
    assert (package / "CHANGELOG.md").read_text().count("## 1.1.0") == 1
    assert not [p for p in package.iterdir() if p.name.startswith(".staging")]
