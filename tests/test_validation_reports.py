"""Frictionless reports kept by content (pipelines/validation/frictionless.py): the release reuses the report of
the very bytes the `tables` step validated, and anything else is validated again."""

from __future__ import annotations

import csv
import json
import shutil
import time

import frictionless
import pytest

from pipelines.publishing.release import publish_release
from pipelines.schemas import table_schema, to_arrow
from pipelines.validation.frictionless import validate_folder, validate_tables

from .conftest import ROOT, SOURCES, extracted_tables

SCHEMAS = ROOT / "schemas"
TABLES = ["sources", "events", "key_figures"]


@pytest.fixture
def frictionless_runs(monkeypatch):
    """How many times Frictionless really validated a package (the real method, counted)."""
    calls = []
    real = frictionless.Package.validate

    def counted(self, *args, **kwargs):
        calls.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(frictionless.Package, "validate", counted)
    return calls


@pytest.fixture
def folder(tmp_path):
    """The CSV files of the shipped report's first three tables, validated nowhere yet."""
    from pipelines.files import write_csv

    data = tmp_path / "data"
    data.mkdir()
    for name, table in extracted_tables().items():
        write_csv(table, data / f"{name}.csv")
    return data


def test_the_same_bytes_are_validated_once(folder, tmp_path, frictionless_runs):
    reports = tmp_path / "reports"
    first = validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
    again = validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
    assert first.valid and again.valid
    assert len(frictionless_runs) == 1
    assert again.stats == first.stats and again.report == first.report
    copy = tmp_path / "copy"                       # the same bytes elsewhere: the same report
    shutil.copytree(folder, copy)
    assert validate_folder(copy, TABLES, SCHEMAS, reports_dir=reports).report == first.report
    assert len(frictionless_runs) == 1
    validate_folder(folder, TABLES, SCHEMAS)       # without a reports folder: always validated
    assert len(frictionless_runs) == 2


def test_one_changed_byte_is_validated_again_and_caught(folder, tmp_path, frictionless_runs):
    reports = tmp_path / "reports"
    assert validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports).valid
    path = folder / "key_figures.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("page")] = "0"          # minimum 1 in the Table Schema
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    report = validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
    assert len(frictionless_runs) == 2
    assert not report.valid and {e["type"] for e in report.errors} == {"constraint-error"}


def test_a_changed_table_schema_is_validated_again(folder, tmp_path, frictionless_runs):
    reports = tmp_path / "reports"
    assert validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports).valid
    schemas = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, schemas)
    path = schemas / "key_figures.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    field = next(f for f in schema["fields"] if f["name"] == "value")
    field.setdefault("constraints", {})["maximum"] = 1       # the report's figures are larger
    path.write_text(json.dumps(schema), encoding="utf-8")
    report = validate_folder(folder, TABLES, schemas, reports_dir=reports)
    assert len(frictionless_runs) == 2
    assert not report.valid and any(e["field"] == "value" for e in report.errors)


def test_an_unreadable_kept_report_means_a_new_validation(folder, tmp_path, frictionless_runs):
    reports = tmp_path / "reports"
    validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
    [kept] = reports.glob("*.json")
    kept.write_text("{not json", encoding="utf-8")
    assert validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports).valid
    assert len(frictionless_runs) == 2


def test_the_release_reuses_the_report_of_the_tables_it_was_given(tmp_path, frictionless_runs):
    """As in a run: the tables are validated (the `tables` step), then published; Frictionless
    runs once, and the release still carries the full report."""
    tables = extracted_tables()
    reports = tmp_path / "reports"
    checked = validate_tables(tables, SCHEMAS, reports_dir=reports)
    assert checked.valid and len(frictionless_runs) == 1
    result = publish_release(tables, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                             reports_dir=reports)
    assert result.status == "published"
    assert len(frictionless_runs) == 1
    kept = json.loads((result.path / "validation.json").read_text(encoding="utf-8"))["frictionless"]
    assert kept == checked.report and kept["valid"]
    # Different tables (one row fewer) are not covered by that report: validated again.
    tables["key_figures"] = tables["key_figures"].slice(1)
    publish_release(tables, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                    reports_dir=reports)
    assert len(frictionless_runs) == 2


def test_an_invalid_report_is_kept_too_and_still_refuses(tmp_path, frictionless_runs):
    tables = extracted_tables()
    row = tables["key_figures"].to_pylist()[0] | {"page": 0}
    tables["key_figures"] = to_arrow([row], table_schema(SCHEMAS, "key_figures"))
    reports = tmp_path / "reports"
    assert not validate_tables(tables, SCHEMAS, reports_dir=reports).valid
    again = validate_tables(tables, SCHEMAS, reports_dir=reports)
    assert not again.valid and len(frictionless_runs) == 1
    assert {e["type"] for e in again.errors} == {"constraint-error"}


def test_only_the_latest_reports_are_kept(folder, tmp_path, monkeypatch, frictionless_runs):
    import pipelines.validation.frictionless as validate

    monkeypatch.setattr(validate, "KEPT_REPORTS", 2)
    reports = tmp_path / "reports"
    original = (folder / "events.csv").read_bytes()
    for blank_lines in range(4):                     # four contents, four reports
        (folder / "events.csv").write_bytes(original + b"\n" * blank_lines)
        validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
        time.sleep(0.01)                             # distinct modification times
    assert len(frictionless_runs) == 4
    assert len(list(reports.glob("*.json"))) == 2
    validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)     # the latest is still there
    assert len(frictionless_runs) == 4
    (folder / "events.csv").write_bytes(original)                     # the first one is not
    validate_folder(folder, TABLES, SCHEMAS, reports_dir=reports)
    assert len(frictionless_runs) == 5


def test_the_release_takes_the_report_of_the_same_run_it_is_given(tmp_path, frictionless_runs):
    """`validated` (the per-run checks' report of the same tables, pipelines/defs/publishing.py):
    the CSV written is not checked again, the release carries that report, and an invalid one
    still refuses the release."""
    from pipelines.errors import ValidationFailed

    tables = extracted_tables()
    checked = validate_tables(tables, SCHEMAS)
    assert checked.valid and len(frictionless_runs) == 1
    result = publish_release(tables, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                             reports_dir=tmp_path / "reports", validated=checked)
    assert result.status == "published" and len(frictionless_runs) == 1
    kept = json.loads((result.path / "validation.json").read_text(encoding="utf-8"))["frictionless"]
    assert kept == checked.report

    row = tables["key_figures"].to_pylist()[0] | {"page": 0}
    tables["key_figures"] = to_arrow([row], table_schema(SCHEMAS, "key_figures"))
    invalid = validate_tables(tables, SCHEMAS)
    assert not invalid.valid
    with pytest.raises(ValidationFailed):
        publish_release(tables, package_dir=tmp_path / "pkg", schemas_dir=SCHEMAS, sources_dir=SOURCES,
                        reports_dir=tmp_path / "reports", validated=invalid)
