"""The per-run checks that reuse the previous run's verdict on unchanged documents
(pipelines/validation/incremental.py): the same report as checking every row, the per-row checks
run only on the rows of documents new or changed."""

from __future__ import annotations

import json

import pytest

PARENTS = {
    "name": "parents", "primaryKey": ["parent_id"],
    "fields": [
        {"name": "parent_id", "type": "string", "constraints": {"required": True, "unique": True}},
        {"name": "label", "type": "string", "constraints": {"maxLength": 12}},
    ],
}
CHILDREN = {
    "name": "children", "primaryKey": ["child_id"],
    "foreignKeys": [{"fields": ["parent_id"], "reference": {"resource": "parents", "fields": ["parent_id"]}}],
    "fields": [
        {"name": "child_id", "type": "string", "constraints": {"required": True}},
        {"name": "rank", "type": "integer"},
        {"name": "parent_id", "type": "string"},
        {"name": "value", "type": "integer", "constraints": {"minimum": 0}},
        {"name": "code", "type": "string", "constraints": {"pattern": "[a-z]+"}},
    ],
}
# a key not all text: built row by row (pipelines/assemble.py), so checked whole every run
TAGS = {
    "name": "tags", "primaryKey": ["tag", "rank"],
    "foreignKeys": [{"fields": ["parent_id"], "reference": {"resource": "parents", "fields": ["parent_id"]}}],
    "fields": [
        {"name": "tag", "type": "string"},
        {"name": "rank", "type": "integer", "constraints": {"maximum": 5}},
        {"name": "parent_id", "type": "string"},
    ],
}
TABLES = ("parents", "children", "tags")


def _document(n: int, *, bad: bool = False, repeat: str | None = None) -> dict:
    """An invented document's rows: a parent and three children; ``bad`` adds a child breaking a
    constraint, a pattern, a foreign key and a label too long; ``repeat`` a child whose key an
    earlier document already gave."""
    parent = f"p{n}"
    children = [{"child_id": f"c{n}-{i}", "rank": i, "parent_id": parent, "value": i, "code": "abc"} for i in range(3)]
    parents = [{"parent_id": parent, "label": "ok"}]
    if bad:
        children.append({"child_id": f"c{n}-bad", "rank": 1, "parent_id": "nowhere", "value": -4, "code": "ABC"})
        parents.append({"parent_id": f"{parent}-long", "label": "far too long a label"})
    if repeat:
        children.append({"child_id": repeat, "rank": 0, "parent_id": parent, "value": 1, "code": "x"})
    tags = [{"tag": f"t{n}", "rank": 0, "parent_id": parent}] + ([{"tag": "u", "rank": 9, "parent_id": parent}] if bad else [])
    return {"parents": parents, "children": children, "tags": tags}


@pytest.fixture()
def schemas_dir(tmp_path):
    folder = tmp_path / "schemas"
    folder.mkdir()
    for schema in (PARENTS, CHILDREN, TAGS):
        (folder / f"{schema['name']}.json").write_text(json.dumps(schema), encoding="utf-8")
    return folder


def _run(tmp_path, schemas_dir, documents: list[tuple[str, dict]]):
    """(incremental report, rows checked row by row per table, report of every row checked)."""
    from pipelines.assemble import package_tables
    from pipelines.runtime.batch import DocumentExtracts
    from pipelines.schemas import table_schema
    from pipelines.validation.frictionless import validate_tables

    schemas = {name: table_schema(schemas_dir, name) for name in TABLES}
    extracts = DocumentExtracts([rows for _, rows in documents], [key for key, _ in documents], None)
    origins: dict = {}
    tables = package_tables(extracts, schemas, tmp_path / "cache", origins)
    assert set(origins) == {"parents", "children"}         # "tags" is built row by row
    checked: dict[str, int] = {}
    report = validate_tables(tables, schemas_dir, engine="duckdb", origins=origins,
                             verdicts_dir=tmp_path / "cache" / "row-checks", checked=checked)
    whole = validate_tables(tables, schemas_dir, engine="duckdb")
    return report, checked, whole


def _same(report, whole) -> None:
    assert report.errors == whole.errors
    assert report.stats == whole.stats and report.valid == whole.valid
    assert {k: v for k, v in report.report.items() if k != "time"} == {k: v for k, v in whole.report.items() if k != "time"}


def test_a_changed_document_with_an_invalid_row_is_checked_alone_and_reported_as_before(tmp_path, schemas_dir):
    documents = [(f"k{n}", _document(n)) for n in range(6)]
    report, checked, whole = _run(tmp_path, schemas_dir, documents)
    _same(report, whole)
    assert report.valid and checked == {"parents": 6, "children": 18, "tags": 6}

    # document 2 changes and brings invalid rows; a new document comes first, shifting every row
    documents[2] = ("k2-changed", _document(2, bad=True))
    documents.insert(0, ("k-new", _document(9)))
    report, checked, whole = _run(tmp_path, schemas_dir, documents)
    _same(report, whole)
    assert checked == {"parents": 3, "children": 7, "tags": 8}   # the two new documents; "tags" whole
    assert report.stats == {"parents": 8, "children": 22, "tags": 8}    # yet every row counted
    kinds = sorted((e["table"], e["type"], e["field"]) for e in report.errors)
    assert kinds == [("children", "constraint-error", "code"), ("children", "constraint-error", "value"),
                     ("children", "foreign-key", None), ("parents", "constraint-error", "label"),
                     ("tags", "constraint-error", "rank")]
    assert {e["row"] for e in report.errors if e["table"] == "children"} == {2 + 3 + 3 + 3 + 3}

    # nothing of document 2 changes now: its findings come from the kept verdict, renumbered
    del documents[0]
    documents.append(("k-last", _document(10)))
    report, checked, whole = _run(tmp_path, schemas_dir, documents)
    _same(report, whole)
    assert checked == {"parents": 1, "children": 3, "tags": 8}
    assert {e["row"] for e in report.errors if e["table"] == "children"} == {2 + 3 + 3 + 3}
    assert not report.valid


def test_repeated_keys_and_rows_left_out_by_them_follow_the_published_rows(tmp_path, schemas_dir):
    documents = [("k0", _document(0)), ("k1", _document(1, bad=True, repeat="c0-0")), ("k2", _document(2))]
    report, _, whole = _run(tmp_path, schemas_dir, documents)
    _same(report, whole)
    assert not any(e["type"] == "primary-key" for e in report.errors)    # the repeat is left out (assemble.py)
    # without document 0, document 1's repeated row is published, checked from its kept verdict
    report, checked, whole = _run(tmp_path, schemas_dir, documents[1:] + [("k3", _document(3, repeat="c1-0"))])
    _same(report, whole)
    assert checked == {"parents": 1, "children": 4, "tags": 4}
    assert report.stats["children"] == 4 + 1 + 3 + 3


def test_another_schema_or_checking_code_checks_every_row_again(tmp_path, schemas_dir):
    from pipelines.validation.incremental import Verdicts, verdicts_version

    documents = [(f"k{n}", _document(n)) for n in range(3)]
    _run(tmp_path, schemas_dir, documents)
    folder = tmp_path / "cache" / "row-checks"
    version = verdicts_version({"parents": PARENTS, "children": CHILDREN, "tags": TAGS})
    assert Verdicts(folder, version).known("children", "k1") == []
    assert Verdicts(folder, version + "x").known("children", "k1") is None
    assert Verdicts(folder, verdicts_version({"parents": PARENTS, "children": dict(CHILDREN, title="x"), "tags": TAGS})).at == {}
    (folder / "verdicts.json").write_text("{")
    assert Verdicts(folder, version).known("children", "k1") is None
    _, checked, _ = _run(tmp_path, schemas_dir, documents)
    assert checked == {"parents": 3, "children": 9, "tags": 3}


def test_the_report_is_kept_under_the_rows_origins_without_writing_their_csv(tmp_path, schemas_dir, monkeypatch):
    """With a reports folder, the checks key their report by each document's extraction key and
    rows (content_key): no CSV of a table with origins is written for the key, the same report as
    every row checked, found again for the same documents, another key when one changes."""
    import pipelines.validation.frictionless as fl
    from pipelines.assemble import package_tables
    from pipelines.runtime.batch import DocumentExtracts
    from pipelines.schemas import table_schema

    schemas = {name: table_schema(schemas_dir, name) for name in TABLES}
    written: list[str] = []
    real_write = fl.write_csv
    monkeypatch.setattr(fl, "write_csv", lambda table, path: (written.append(path.stem), real_write(table, path)))

    def run(documents):
        extracts = DocumentExtracts([rows for _, rows in documents], [key for key, _ in documents], None)
        origins: dict = {}
        tables = package_tables(extracts, schemas, tmp_path / "cache", origins)
        keyed: dict = {}
        written.clear()
        report = fl.validate_tables(tables, schemas_dir, engine="duckdb", reports_dir=tmp_path / "reports",
                                    origins=origins, verdicts_dir=tmp_path / "cache" / "row-checks", keyed=keyed)
        return report, keyed.get("key"), list(written), tables

    documents = [(f"k{n}", _document(n, bad=n == 1)) for n in range(4)]
    report, key, csv, tables = run(documents)
    assert key and csv == ["tags"]              # only the table built row by row, for its digest
    _same(report, fl.validate_tables(tables, schemas_dir, engine="duckdb"))
    assert not report.valid
    assert fl.kept_report(tmp_path / "reports", key).errors == report.errors

    again, same_key, _, _ = run(documents)
    assert same_key == key and again.errors == report.errors

    documents[1] = ("k1-fixed", _document(1))
    fixed, other_key, _, tables = run(documents)
    assert other_key != key and fixed.valid
    _same(fixed, fl.validate_tables(tables, schemas_dir, engine="duckdb"))

    # a document without an extraction key: no key, the CSV of every table checked as before
    documents.append((None, _document(7)))
    _, no_key, csv, _ = run(documents)
    assert no_key is None and sorted(set(csv)) == sorted(TABLES)


MEMBERS = {
    "name": "members", "primaryKey": ["member_id"],
    "foreignKeys": [{"fields": ["parent_id"], "reference": {"resource": "parents", "fields": ["parent_id"]}}],
    "fields": [
        {"name": "member_id", "type": "string"},
        {"name": "email", "type": "string", "constraints": {"unique": True}},
        {"name": "parent_id", "type": "string"},
    ],
}


def _member_document(n: int, email: str | None = None, parent: str | None = None) -> dict:
    """An invented document: a parent and one member of it (or of ``parent``), whose address is
    unique unless ``email`` repeats another's."""
    return {"parents": [{"parent_id": f"p{n}", "label": "ok"}],
            "members": [{"member_id": f"m{n}", "email": email or f"e{n}", "parent_id": parent or f"p{n}"}]}


def test_the_keys_of_an_added_document_are_checked_against_every_row(tmp_path, monkeypatch):
    """An added document's rows alone are searched for the keys (the others' had no finding the
    run before), yet a repeated unique value shared with an old row, a foreign key to an old row
    or to none, are found as when every row is checked; a removed document checks every row."""
    import pipelines.validation.sql.run as run
    from pipelines.assemble import package_tables
    from pipelines.runtime.batch import DocumentExtracts
    from pipelines.schemas import table_schema
    from pipelines.validation.frictionless import validate_tables

    folder = tmp_path / "schemas"
    folder.mkdir()
    for schema in (PARENTS, MEMBERS):
        (folder / f"{schema['name']}.json").write_text(json.dumps(schema), encoding="utf-8")
    schemas = {name: table_schema(folder, name) for name in ("parents", "members")}
    restricted: list[str] = []
    real = run.key_checks
    monkeypatch.setattr(run, "key_checks", lambda con, plans, new_views=None: restricted.extend(new_views or ())
                        or real(con, plans, new_views))

    def check(documents, cache="cache"):
        restricted.clear()
        extracts = DocumentExtracts([rows for _, rows in documents], [key for key, _ in documents], None)
        origins: dict = {}
        tables = package_tables(extracts, schemas, tmp_path / cache, origins)
        assert set(origins) == {"parents", "members"}
        report = validate_tables(tables, folder, engine="duckdb", origins=origins,
                                 verdicts_dir=tmp_path / cache / "row-checks")
        _same(report, validate_tables(tables, folder, engine="duckdb"))
        return sorted((e["table"], e["type"], e["row"]) for e in report.errors), set(restricted)

    documents = [(f"k{n}", _member_document(n)) for n in range(6)]
    assert check(documents) == ([], set())
    # an added document (sorted first) repeats document 3's address; another's member refers to
    # document 4's parent, a third's to no parent
    documents = [("k-a", _member_document(7, email="e3"))] + documents + [
        ("k-b", _member_document(8, parent="p4")), ("k-c", _member_document(9, parent="nowhere"))]
    errors, looked = check(documents)
    assert errors == [("members", "foreign-key", 10), ("members", "unique-error", 6)]
    assert looked == {"parents", "members"}            # the keys of the added rows only
    # the members had findings: their keys are checked whole; the parents' still by the new rows
    documents.append(("k-d", _member_document(10)))
    errors, looked = check(documents)
    assert errors == [("members", "foreign-key", 10), ("members", "unique-error", 6)]
    assert looked == {"parents"}
    # a document removed: its rows may have been what another's key referred to, every row checked
    documents = [(f"k{n}", _member_document(n)) for n in range(6)] + [("k-b", _member_document(8, parent="p4"))]
    assert check(documents, "other") == ([], set())
    errors, looked = check([d for d in documents if d[0] != "k4"] + [("k-e", _member_document(11))], "other")
    assert errors == [("members", "foreign-key", 7)] and looked == set()
    # an added document whose repeated key leaves out an old row: every row checked, of that table
    # and of those whose foreign keys reference it
    assert check(documents, "third") == ([], set())
    errors, looked = check([("k-f", {"parents": [{"parent_id": "p1", "label": "ok"}]})] + documents, "third")
    assert errors == [] and looked == set()
