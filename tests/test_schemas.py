import json

import frictionless
import pyarrow as pa
import pytest

from pipelines.errors import ValidationFailed
from pipelines.lexicons import load
from pipelines.schemas import table_names, table_schema, to_arrow
from pipelines.tables import TABLES
from pipelines.validation.frictionless import referenced_tables, validate_tables

from .conftest import ROOT

SCHEMAS = ROOT / "schemas"


@pytest.mark.parametrize("table", list(TABLES))
def test_each_schema_is_a_valid_table_schema_with_french_labels(table):
    descriptor = table_schema(SCHEMAS, table)
    frictionless.Schema.from_descriptor(descriptor)  # raises on an invalid schema
    assert descriptor["primaryKey"]
    for field in descriptor["fields"]:
        assert field["name"].isascii() and field["name"] == field["name"].lower()
        assert field.get("title") and field.get("description")


def test_registry_matches_schema_foreign_keys():
    assert list(TABLES) == table_names(SCHEMAS)
    for table, refs in TABLES.items():
        assert set(refs) == set(referenced_tables(table_schema(SCHEMAS, table)))


def test_metric_enum_is_the_lexicon_vocabulary():
    schema = table_schema(SCHEMAS, "key_figures")
    metric = next(f for f in schema["fields"] if f["name"] == "metric")
    assert metric["constraints"]["enum"] == list(load("metrics")["metrics"])
    unit = next(f for f in schema["fields"] if f["name"] == "unit")
    assert {m["unit"] for m in load("metrics")["metrics"].values()} <= set(unit["constraints"]["enum"])


def _valid_tables():
    sources = to_arrow([{"source_id": "doc", "file_name": "doc.txt", "media_type": "text/plain", "bytes": 10,
                         "sha256": "a" * 64, "pages": 1, "in_manifest": True}], table_schema(SCHEMAS, "sources"))
    events = to_arrow([{"event_id": "forum-2025", "source_id": "doc", "name": "Forum", "year": 2025,
                        "start_date": "2025-10-09"}], table_schema(SCHEMAS, "events"))
    figures = to_arrow([{"key_figure_id": "forum-2025:visitors", "event_id": "forum-2025", "source_id": "doc",
                         "metric": "visitors", "value": 120, "unit": "person", "approximate": False,
                         "quote": "120 visiteurs", "page": 1, "char_start": 0, "char_end": 13}],
                       table_schema(SCHEMAS, "key_figures"))
    return {"sources": sources, "events": events, "key_figures": figures}


def test_valid_tables_pass():
    report = validate_tables(_valid_tables(), SCHEMAS)
    assert report.valid, report.summary()
    assert report.stats == {"sources": 1, "events": 1, "key_figures": 1}


@pytest.mark.parametrize(
    "change,error_type",
    [
        ({"metric": "unicorns"}, "constraint-error"),
        ({"value": -5}, "constraint-error"),
        ({"event_id": "no-such-event"}, "foreign-key"),
        ({"page": 0}, "constraint-error"),
    ],
)
def test_invalid_tables_are_refused(change, error_type):
    tables = _valid_tables()
    row = tables["key_figures"].to_pylist()[0] | change
    tables["key_figures"] = to_arrow([row], table_schema(SCHEMAS, "key_figures"))
    report = validate_tables(tables, SCHEMAS)
    assert not report.valid
    assert {e["type"] for e in report.errors} == {error_type}
    assert all(e["table"] == "key_figures" for e in report.errors)


def test_duplicate_primary_key_is_refused():
    tables = _valid_tables()
    tables["events"] = pa.concat_tables([tables["events"], tables["events"]])
    report = validate_tables(tables, SCHEMAS)
    assert not report.valid and "primary-key" in {e["type"] for e in report.errors}


def test_undeclared_column_is_refused():
    with pytest.raises(ValidationFailed, match="colonnes absentes du schéma de table : colour"):
        to_arrow([{"event_id": "x", "source_id": "d", "name": "n", "colour": "red"}], table_schema(SCHEMAS, "events"))


def test_package_metadata_is_complete():
    meta = json.loads(json.dumps(load_package()))
    assert meta["name"] == meta["name"].lower()
    assert len(" ".join(meta["description"].split())) > 100
    assert meta["licenses"][0]["name"] == "etalab-2.0"


def load_package():
    from pipelines.schemas import package_metadata

    return package_metadata(SCHEMAS)
