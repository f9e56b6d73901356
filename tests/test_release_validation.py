"""The release's validation with the Table Schemas compiled to SQL (pipelines/validation/sql/), the
engine chosen for large packages: the report of the `tables` step is reused for the same bytes,
and a bad row is still refused, nothing published."""

from __future__ import annotations

import json

import frictionless
import pytest

import pipelines.validation.frictionless as validation
from pipelines.errors import ValidationFailed
from pipelines.publishing.release import publish_release
from pipelines.schemas import table_schema, to_arrow
from pipelines.validation.frictionless import validate_folder, validate_tables

from .conftest import ROOT, SOURCES, extracted_tables

SCHEMAS = ROOT / "schemas"


@pytest.fixture
def runs(monkeypatch):
    """How many times each engine really validated (the real functions, counted)."""
    calls = {"frictionless": 0, "duckdb": 0}
    real_package, real_sql = frictionless.Package.validate, validation.validate_tables_sql

    def package(self, *args, **kwargs):
        calls["frictionless"] += 1
        return real_package(self, *args, **kwargs)

    def sql(*args, **kwargs):
        calls["duckdb"] += 1
        return real_sql(*args, **kwargs)

    monkeypatch.setattr(frictionless.Package, "validate", package)
    monkeypatch.setattr(validation, "validate_tables_sql", sql)
    return calls


@pytest.fixture
def large(monkeypatch):
    """Packages count as large from one row on: the SQL engine is chosen."""
    monkeypatch.setattr(validation, "SQL_ENGINE_MIN_ROWS", 1)


def with_bad_page(tables: dict) -> dict:
    rows = tables["key_figures"].to_pylist()
    rows[0] = rows[0] | {"page": 0}            # minimum 1 in the Table Schema
    return dict(tables, key_figures=to_arrow(rows, table_schema(SCHEMAS, "key_figures")))


def test_a_large_release_reuses_the_sql_report_of_the_same_bytes(tmp_path, runs, large):
    tables = extracted_tables()
    reports = tmp_path / "reports"
    checked = validate_tables(tables, SCHEMAS, engine="auto", reports_dir=reports)
    assert checked.valid and runs == {"frictionless": 0, "duckdb": 1}
    result = publish_release(tables, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                             reports_dir=reports)
    assert result.status == "published"
    assert runs == {"frictionless": 0, "duckdb": 1}           # not validated a second time
    kept = json.loads((result.path / "validation.json").read_text(encoding="utf-8"))
    assert kept["table_schema_sql"] == checked.report and kept["table_schema_sql"]["engine"] == "duckdb"
    page = (result.path / "validation.md").read_text(encoding="utf-8")
    assert "## Schémas de table (contraintes compilées en SQL, mêmes constats que Frictionless)" in page
    # the published package is valid for Frictionless itself
    assert frictionless.Package(str(result.path / "datapackage.json")).validate().valid


def test_a_bad_row_of_a_large_release_is_refused(tmp_path, runs, large):
    """The tables step validated good tables; the release is given other bytes, with a bad row:
    it validates them (SQL) and publishes nothing."""
    tables = extracted_tables()
    reports = tmp_path / "reports"
    assert validate_tables(tables, SCHEMAS, engine="auto", reports_dir=reports).valid
    package = tmp_path / "pkg"
    with pytest.raises(ValidationFailed) as caught:
        publish_release(with_bad_page(tables), package_dir=package, schemas_dir=SCHEMAS, sources_dir=SOURCES,
                        reports_dir=reports)
    assert runs["duckdb"] == 2 and runs["frictionless"] == 0
    assert "key_figures" in str(caught.value) and "constraint-error" in str(caught.value)
    assert not any(p.name[0].isdigit() for p in package.iterdir())     # no version folder
    assert not (package / "latest").exists()


def test_an_invalid_report_kept_still_refuses(tmp_path, runs, large):
    """The tables step's report of bad bytes is reused by the release, and refuses them."""
    bad = with_bad_page(extracted_tables())
    reports = tmp_path / "reports"
    assert not validate_tables(bad, SCHEMAS, engine="auto", reports_dir=reports).valid
    with pytest.raises(ValidationFailed):
        publish_release(bad, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                        reports_dir=reports)
    assert runs == {"frictionless": 0, "duckdb": 1}


def test_both_engines_find_the_same_errors_in_a_release_folder(tmp_path, runs):
    from pipelines.files import write_csv

    bad = with_bad_page(extracted_tables())
    for name, table in bad.items():
        write_csv(table, tmp_path / f"{name}.csv")
    found = {}
    for engine in ("frictionless", "duckdb"):
        report = validate_folder(tmp_path, list(bad), SCHEMAS, reports_dir=tmp_path / "reports", engine=engine)
        found[engine] = sorted((e["table"], e["row"], e["field"], e["type"]) for e in report.errors)
    assert found["frictionless"] == found["duckdb"] == [("key_figures", 2, "page", "constraint-error")]
    assert runs == {"frictionless": 1, "duckdb": 1}         # one report per engine, kept apart
    with pytest.raises(ValueError):
        validate_folder(tmp_path, list(bad), SCHEMAS, engine="other")
