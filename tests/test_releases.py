"""Version rules, immutability and atomicity of publishing, on the pure core with real
Frictionless and real files."""

from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from pipelines.publishing import release as publish_module
from pipelines.publishing import manifest, release_kept
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
    assert "Chiffres clés des événements (`key_figures.csv`) : 1 ligne modifiée" in result.changes


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


STEPS = ["write_csv", "validate_folder", "write_parquet", "write_manifest", "fsync_tree", "rename",
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


def test_changelog_shows_the_old_and_new_value_of_changed_cells(env):
    run, package, _, tables = env
    run()
    figures = tables["key_figures"]
    value = pc.if_else(pc.equal(figures["metric"], "visitors"), 451.0, figures["value"])
    run(dict(tables, key_figures=figures.set_column(figures.column_names.index("value"), "value", value)))
    changes = (package / "1.0.1" / "CHANGES.md").read_text(encoding="utf-8")
    assert "Modifications depuis la version 1.0.0 :" in changes
    assert "- Chiffres clés des événements (`key_figures.csv`) : 1 ligne modifiée" in changes
    assert "  - ligne `numericamp-2024:visitors` : Valeur (`value`) : 450 → 451" in changes
    first = (package / "1.0.0" / "CHANGES.md").read_text(encoding="utf-8")
    assert "Première version." in first and "- Événements (`events.csv`) : 1 ligne" in first
    assert (package / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Journal des modifications")


def test_validation_report_and_warnings_speak_french_with_names(env):
    from pipelines.extract.polls import poll_share_warnings
    from pipelines.publishing.notes import RunNotes, french_warning, validation_markdown
    from pipelines.validation.report import ValidationReport

    questions = [{"poll_id": "numericamp-2024:poll-9c8825104a", "source_id": "numericamp-2024-bilan", "page": 4,
                  "question": "Combien de communes ont la fibre ?", "average_score": None, "score_scale_max": None}]
    options = [{"poll_id": "numericamp-2024:poll-9c8825104a", "option_label": label, "audience_share": share, "position": i}
               for i, (label, share) in enumerate((("A", 40.0), ("B", 50.0)), 1)]
    tables = {"poll_questions": pa.Table.from_pylist(questions), "poll_options": pa.Table.from_pylist(options),
              "sources": pa.Table.from_pylist([{"source_id": "numericamp-2024-bilan", "title": "Bilan 2024",
                                                "file_name": "bilan.txt"}])}
    [finding] = poll_share_warnings(questions, options)
    text = french_warning(tables, finding)
    assert text == ("Sondage « Combien de communes ont la fibre ? » (Bilan 2024, page 4) : les parts du public "
                    "font 90 % au total, et non 100 % (écart toléré : 1).")
    # every kind of poll finding has its French sentence, naming the question, never the identifier
    more_questions = [questions[0] | {"poll_id": pid, "question": f"Question {pid.removeprefix('p-')} ?", "average_score": avg, "score_scale_max": top}
                      for pid, avg, top in (("p-empty", None, None), ("p-scale", 12.0, 10.0), ("p-none", None, None),
                                            ("p-missing", None, None))]
    more_options = [{"poll_id": "p-none", "option_label": "A", "audience_share": None, "position": 1},
                    {"poll_id": "p-missing", "option_label": "A", "audience_share": 60.0, "position": 1},
                    {"poll_id": "p-missing", "option_label": "B", "audience_share": None, "position": 2},
                    {"poll_id": "p-ghost", "option_label": "A", "audience_share": 100.0, "position": 1}]
    findings = poll_share_warnings(more_questions, more_options)
    assert {f.kind for f in findings} == {"poll_empty", "poll_average_off_scale", "poll_no_shares",
                                          "poll_missing_shares", "poll_unknown"}
    more = dict(tables, poll_questions=pa.Table.from_pylist(more_questions))
    for finding in findings:
        sentence = french_warning(more, finding)
        assert not any(word in sentence for word in ("p-", "poll", "options", "share")), sentence
    assert "Sondage « Question scale ? » (Bilan 2024, page 4) : la note moyenne (12) sort de son échelle (de 0 à 10)." in [
        french_warning(more, f) for f in findings]
    notes = RunNotes(documents=[{"file": "vide.txt", "pages": 1, "status": "skipped", "notes": [],
                                 "reason": "aucune donnée"},
                                {"file": "bilan.txt", "pages": 31, "status": "published", "notes": [], "reason": None}],
                     warnings=[text])
    report = ValidationReport(valid=False, errors=[{"table": "events", "row": 3, "field": "year", "type": "type-error",
                                                    "message": "the cell is not an integer"}])
    markdown = validation_markdown("Données", "1.0.0", report, notes)
    assert "- `vide.txt` (1 page) : non publié : aucune donnée" in markdown
    assert "- `bilan.txt` (31 pages) : publié" in markdown
    assert "1 erreur :\n- table events, ligne 3, champ year : valeur du mauvais type [type-error]" in markdown
    assert "poll-9c8825104a" not in markdown and "Avertissements de cohérence" in markdown
    titled = validation_markdown("Données", "1.0.0", report, notes, {"events": "Événements"}, {"events": {"year": "Année"}})
    assert "- table Événements (events.csv), ligne 3, champ « Année » (year) : valeur du mauvais type" in titled
    valid = ValidationReport(valid=True, stats={"events": 1, "sessions": 2})
    assert valid.summary(titles={"events": "Événements"}) == "Valide : Événements (events.csv) : 1 ligne, sessions : 2 lignes"


def test_french_numbers_sizes_and_counts():
    from pipelines.labels import file_size, number, plural

    assert file_size(730) == "730\u00a0o" and file_size(12_345) == "12,1\u00a0kio"
    assert file_size(5 * 1024 * 1024 + 300_000) == "5,3\u00a0Mio"
    assert number(1234.5) == "1\u202f234,5" and number(1_000_000) == "1\u202f000\u202f000"
    assert plural(1, "page") == "1 page" and plural(0, "page") == "0 page" and plural(2, "page") == "2 pages"


def test_the_release_page_keeps_a_readable_number_of_charts():
    """A package of many events: the page charts the headline figures of the first MAX_CHARTS events
    and says how many charts it leaves out; themes are counted over every cited figure."""
    from pipelines.publishing.page import MAX_CHARTS, charts
    from pipelines.schemas import table_schema, to_arrow

    schemas = {t: table_schema(ROOT / "schemas", t) for t in ("key_figures", "cited_figures")}
    events = MAX_CHARTS + 6
    key = to_arrow([{"key_figure_id": f"e{i}:{m}", "event_id": f"e{i}", "source_id": "s", "metric": m,
                     "value": float(10 + i), "unit": "person", "approximate": False, "quote": "q", "page": 1,
                     "char_start": 0, "char_end": 1} for i in range(events) for m in ("visitors", "exhibitors")],
                   schemas["key_figures"])
    shown, omitted = charts({"key_figures": key})
    assert [c["id"] for c in shown] == [f"key_figures-e{i}" for i in range(MAX_CHARTS)]
    assert omitted == 6 and all(len(c["items"]) == 2 for c in shown)
    few, none = charts({"key_figures": key.slice(0, 4)})      # two events: both charted, nothing left out
    assert len(few) == 2 and none == 0 and all(c["more"] == "" for c in few)


def test_a_chart_keeps_a_readable_number_of_bars():
    """An event with more headline figures than MAX_BARS: its chart shows the first MAX_BARS and
    says, in French, how many more the files hold."""
    from pipelines.publishing.page import MAX_BARS, charts
    from pipelines.schemas import table_schema, to_arrow

    key = to_arrow([{"key_figure_id": f"e:{i}", "event_id": "e", "source_id": "s", "metric": "visitors",
                     "value": float(i), "unit": "person", "approximate": False, "quote": "q", "page": 1,
                     "char_start": 0, "char_end": 1} for i in range(MAX_BARS + 12)],
                   table_schema(ROOT / "schemas", "key_figures"))
    (chart,), omitted = charts({"key_figures": key})
    assert len(chart["items"]) == MAX_BARS and chart["more"] == "12 autres valeurs" and omitted == 0
    assert [item["display"] for item in chart["items"][:3]] == ["0", "1", "2"]


def test_a_new_or_removed_table_lists_every_key_in_order():
    """A table new in a release (or removed from it): every row's key added (removed), sorted as
    Python sorts text, accents and signs outside ASCII included."""
    from pipelines.publishing.versions import diff_table

    schema = {"primaryKey": ["id", "n"], "fields": [{"name": "id", "type": "string"}, {"name": "n", "type": "integer"}]}
    table = pa.table({"id": ["é", "z", "a", "€", "Z", "à"], "n": [3, 1, 2, 2, 10, 1]})
    expected = sorted(f"{i}|{n}" for i, n in zip(table.column("id").to_pylist(), table.column("n").to_pylist()))
    added = diff_table("t", None, table, None, schema)
    removed = diff_table("t", table, None, schema, None)
    assert added.added == expected and added.table_added and not added.removed
    assert removed.removed == expected and removed.table_removed and not removed.added


def test_the_release_diff_matches_a_row_by_row_comparison():
    """diff_table compares rows through Arrow (their text) and only the differing ones cell by cell:
    same verdict as comparing every row as a dict, missing cells and empty text told apart."""
    from pipelines.publishing.versions import diff_table

    schema = {"primaryKey": ["id"], "fields": [{"name": "id", "type": "string"}, {"name": "v", "type": "number"},
                                               {"name": "t", "type": "string"}, {"name": "ok", "type": "boolean"}]}
    old = pa.Table.from_pylist([{"id": "a", "v": 1.0, "t": "x", "ok": True}, {"id": "b", "v": None, "t": "", "ok": None},
                                {"id": "c", "v": 2.5, "t": None, "ok": False}, {"id": "d", "v": 3.0, "t": "y", "ok": True}])
    new = pa.Table.from_pylist([{"id": "a", "v": 1.0, "t": "x", "ok": True}, {"id": "b", "v": None, "t": None, "ok": None},
                                {"id": "c", "v": 2.75, "t": None, "ok": False}, {"id": "e", "v": 4.0, "t": "z", "ok": True}])
    d = diff_table("t", old, new, schema, schema)
    assert (d.added, d.removed, d.changed) == (["e"], ["d"], ["b", "c"])
    assert d.changed_cells == {"b": [("t", "", None)], "c": [("v", 2.5, 2.75)]}
    assert diff_table("t", old, old, schema, schema).empty
    first = diff_table("t", None, new, None, schema)
    assert first.table_added and first.added == ["a", "b", "c", "e"] and not first.changed


def _reference_diff(old: pa.Table, new: pa.Table, pk: list[str]):
    """The release diff computed the plain way: each row's key as the text of its key cells
    joined by "|", every common row compared as a dict (NaN equal to NaN, as their text is)."""
    import math

    def keys(t):
        return ["|".join(str(r.get(k)) for k in pk) for r in t.to_pylist()]

    def same(a, b):
        return all(a[f] == b[f] or (isinstance(a[f], float) and isinstance(b[f], float)
                                    and math.isnan(a[f]) and math.isnan(b[f])) for f in a) and a.keys() == b.keys()

    old_rows, new_rows = old.to_pylist(), new.to_pylist()
    old_at = dict(zip(keys(old), range(old.num_rows)))
    new_at = dict(zip(keys(new), range(new.num_rows)))
    changed = sorted(k for k in new_at if k in old_at and not same(old_rows[old_at[k]], new_rows[new_at[k]]))
    return sorted(set(new_at) - set(old_at)), sorted(set(old_at) - set(new_at)), changed


@pytest.mark.parametrize("seed", range(12))
def test_the_release_diff_by_arrow_keys_matches_the_plain_comparison(seed):
    """Keys matched by Arrow (text, integer and date keys), rows compared column by column: the
    same rows added, removed and changed as the plain comparison, whatever the keys hold ("|",
    the text "None", missing values, repeated keys, float keys) and the cells (NaN, missing)."""
    import datetime as dt
    import random

    from pipelines.publishing.versions import diff_table

    rng = random.Random(seed)
    ids = ["a", "b", "a|b", "None", None, "c", "d|", "é"]
    values = [1.0, 2.5, None, float("nan"), -0.0, 0.0]
    key_type = ["string", "integer", "date", "number"][seed % 4]

    def key(i):
        if key_type == "string":
            return rng.choice(ids)
        if key_type == "integer":
            return rng.choice([1, 2, 3, None])
        if key_type == "date":
            return rng.choice([dt.date(2024, 1, 1), dt.date(2025, 6, 30), None])
        return rng.choice([1.0, 2.0, None])

    fields = [{"name": "k1", "type": key_type}, {"name": "k2", "type": "string"},
              {"name": "v", "type": "number"}, {"name": "t", "type": "string"}]
    schema = {"primaryKey": ["k1", "k2"], "fields": fields}
    types = {"string": pa.string(), "integer": pa.int64(), "date": pa.date32(), "number": pa.float64()}
    arrow = pa.schema([(f["name"], types[f["type"]]) for f in fields])

    def table(n):
        return pa.Table.from_pylist([{"k1": key(i), "k2": rng.choice(ids), "v": rng.choice(values),
                                      "t": rng.choice(["x", "", None])} for i in range(n)], schema=arrow)

    for _ in range(6):
        old = table(rng.randint(0, 30))
        new = old.slice(0, rng.randint(0, old.num_rows)) if rng.random() < 0.5 else old
        new = pa.concat_tables([new, table(rng.randint(0, 10))])
        if rng.random() < 0.5 and new.num_rows:       # some cells corrected
            v = new.column("v").to_pylist()
            v[rng.randrange(len(v))] = rng.choice(values)
            new = new.set_column(2, "v", pa.array(v, pa.float64()))
        d = diff_table("t", old, new, schema, schema)
        assert (d.added, d.removed, d.changed) == _reference_diff(old, new, ["k1", "k2"])
        if d.rows_out is not None:
            # the positions the warehouse reads: the rows of the keys removed or changed, of the
            # keys added or changed, and no other
            def keys(t, rows):
                return sorted("|".join(str(t.slice(int(i), 1).to_pylist()[0][k]) for k in ("k1", "k2")) for i in rows)
            assert keys(old, d.rows_out) == sorted(d.removed + d.changed)
            assert keys(new, d.rows_in) == sorted(d.added + d.changed)


def test_sources_yaml_reuses_the_previous_items_and_is_the_same_text(tmp_path, monkeypatch):
    """sources.yaml of a release: the items of documents unchanged since the previous release are
    taken from its file (`manifest.kept_manifest_items`), the text is that of one `yaml.dump` of every
    document; a previous file written otherwise is not reused."""
    import datetime as dt

    import yaml

    def rows(n: int) -> list[dict]:      # invented documents, one with a long title folded by YAML
        return [{"source_id": f"doc-{i}", "file_name": f"doc-{i}.pdf", "title": ("Rencontre " * (9 if i == 1 else 1)).strip(),
                 "published": dt.date(2024, 1, 1 + i), "pages": i or None} for i in range(n)]

    def whole(documents: list[dict]) -> str:
        docs = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items() if v is not None}
                for d in documents]
        return manifest.MANIFEST_HEADER + yaml.dump({"documents": docs}, Dumper=yaml.SafeDumper,
                                                          allow_unicode=True, sort_keys=False)

    old = tmp_path / "old"
    old.mkdir()
    manifest.write_manifest(old / "sources.yaml", rows(3))
    assert (old / "sources.yaml").read_text(encoding="utf-8") == whole(rows(3))

    previous = {"sources": pa.Table.from_pylist(rows(3))}
    kept = manifest.kept_manifest_items(old, previous)
    assert kept is not None and len(kept) == 3
    new = rows(5)
    new[2]["title"] = "Autre titre"              # a changed document is dumped again
    dumped = []
    real = manifest.manifest_item
    monkeypatch.setattr(manifest, "manifest_item", lambda d: (dumped.append(d["source_id"]), real(d))[1])
    manifest.write_manifest(tmp_path / "sources.yaml", new, kept)
    monkeypatch.undo()
    assert (tmp_path / "sources.yaml").read_text(encoding="utf-8") == whole(new)
    assert dumped == ["doc-2", "doc-3", "doc-4"]

    (old / "sources.yaml").write_text(whole(rows(3)).replace("doc-0.pdf", "autre.pdf"), encoding="utf-8")
    assert manifest.kept_manifest_items(old, previous) is None


def test_the_diff_of_rows_kept_in_place_compares_them_as_slices_with_the_same_result():
    """Rows that keep their places (a document added after the others) are compared column by
    column as slices (`_differs`): a changed cell, a missing one and NaN are told as when the rows
    are taken one by one."""
    from pipelines.publishing.versions import diff_table

    schema = {"primaryKey": ["id"], "fields": [{"name": "id", "type": "string"}, {"name": "x", "type": "number"},
                                                {"name": "label", "type": "string"}]}
    old = pa.table({"id": ["a", "b", "c", "d"], "x": [1.0, float("nan"), None, 4.0], "label": ["p", "q", None, "s"]})
    new = pa.table({"id": ["a", "b", "c", "d", "e"], "x": [1.0, float("nan"), None, 4.5, 5.0],
                    "label": ["p", "q", None, "s", "t"]})
    in_place = diff_table("t", old, new, schema, schema)
    assert in_place.added == ["e"] and in_place.removed == [] and in_place.changed == ["d"]
    assert in_place.changed_cells == {"d": [("x", 4.0, 4.5)]}
    # the same rows in another order: taken one by one, the same changes
    shuffled = diff_table("t", old, new.take(pa.array([4, 3, 2, 1, 0])), schema, schema)
    assert (shuffled.added, shuffled.removed, shuffled.changed) == (["e"], [], ["d"])
    # the positions of the rows that left (old table) and entered (new table), for the warehouse
    assert (sorted(in_place.rows_out), sorted(in_place.rows_in)) == ([3], [3, 4])
    assert (sorted(shuffled.rows_out), sorted(shuffled.rows_in)) == ([3], [0, 1])
    same = diff_table("t", old, old, schema, schema)
    assert same.empty


def test_a_table_that_only_gained_rows_starts_with_the_previous_csv_and_gives_the_cold_bytes(env, tmp_path, monkeypatch):
    """The previous release's CSV is copied and only the new rows written after it when that file
    is one this writer wrote (pipelines/publishing/release_kept.py, WrittenCSV): the same bytes as a
    cold publish of the same tables; a changed row, or a file of another writer, is written whole."""
    run, package, schemas, tables = env
    reports = tmp_path / "reports"
    extended = []
    real = publish_module.extend_csv
    monkeypatch.setattr(publish_module, "extend_csv", lambda *a: (extended.append(a[3].name), real(*a)))
    run(reports_dir=reports)
    extra = tables["key_figures"].slice(0, 1).to_pylist()[0] | {"key_figure_id": "numericamp-2024:days", "metric": "days", "value": -0.0, "unit": "day"}
    figures = pa.concat_tables([tables["key_figures"], pa.Table.from_pylist([extra], schema=tables["key_figures"].schema)])
    grown = dict(tables, key_figures=figures)
    result = run(grown, reports_dir=reports)
    assert result.version == "1.1.0" and "key_figures.csv" in extended and len(extended) == len(tables)
    cold = publish_release(grown, package_dir=tmp_path / "cold" / "pkg", schemas_dir=schemas, sources_dir=SOURCES)
    for name in tables:
        assert (result.path / "data" / f"{name}.csv").read_bytes() == (cold.path / "data" / f"{name}.csv").read_bytes()
    # a value of the rows before changed: that table written whole
    extended.clear()
    value = pc.if_else(pc.equal(figures["metric"], "visitors"), 451.0, figures["value"])
    fixed = dict(grown, key_figures=figures.set_column(figures.column_names.index("value"), "value", value))
    result = run(fixed, reports_dir=reports)
    assert result.version == "1.1.1" and "key_figures.csv" not in extended
    assert b"451" in (result.path / "data" / "key_figures.csv").read_bytes()
    cold = publish_release(fixed, package_dir=tmp_path / "cold2" / "pkg", schemas_dir=schemas, sources_dir=SOURCES)
    assert (result.path / "data" / "key_figures.csv").read_bytes() == (cold.path / "data" / "key_figures.csv").read_bytes()
    # files of another writer (a CSV writer changed since): every table written whole
    extended.clear()
    monkeypatch.setattr(release_kept, "csv_writer_version", lambda: "another writer")
    more = pa.concat_tables([fixed["key_figures"], pa.Table.from_pylist([extra | {"key_figure_id": "numericamp-2024:nights"}],
                                                                         schema=fixed["key_figures"].schema)])
    assert run(dict(fixed, key_figures=more), reports_dir=reports).version == "1.2.0" and extended == []


def test_the_previous_release_is_mapped_from_the_tables_kept_under_its_parquet_hashes(env, tmp_path, monkeypatch):
    """The tables of the last release are kept as Arrow files named by the SHA-256 of their Parquet
    files (pipelines/publishing/release_kept.py, ReleaseTables): the next run maps them, the same tables
    as reading the Parquet files; a kept file that does not match its Parquet file's schema or row
    count is not taken, and only the newest release's files are kept."""
    import os

    import pyarrow.ipc  # noqa: F401  (pa.ipc)
    import pyarrow.parquet as pq

    from pipelines.publishing.release import ReleaseTables
    from pipelines.publishing.versions import read_release_tables

    run, package, schemas, tables = env
    reports = tmp_path / "cache" / "validation"
    given = tmp_path / "given-key-figures.arrow"
    with pa.OSFile(str(given), "wb") as sink, pa.ipc.new_file(sink, tables["key_figures"].schema) as writer:
        writer.write_table(tables["key_figures"])
    first = run(reports_dir=reports, table_files={"key_figures": given})
    kept = tmp_path / "cache" / "release-tables"
    descriptor = json.loads((first.path / "datapackage.json").read_text())
    hashes = {r["name"].removesuffix("_parquet"): r["hash"].removeprefix("sha256:")
              for r in descriptor["resources"] if r["format"] == "parquet"}
    assert sorted(p.name for p in kept.iterdir()) == sorted(f"{h}.arrow" for h in set(hashes.values()))
    # the file handed over is linked, not written again
    assert os.stat(kept / f"{hashes['key_figures']}.arrow").st_ino == os.stat(given).st_ino

    expected = read_release_tables(first.path)
    reads = []
    real_read = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda *a, **k: (reads.append(a[0]), real_read(*a, **k))[1])
    mapped = ReleaseTables(reports).read(first.path)
    assert reads == [] and mapped[1] == expected[1] and list(mapped[0]) == list(expected[0])
    for name, table in expected[0].items():
        assert mapped[0][name].equals(table, check_metadata=True), name
    # a kept file holding other rows (here another table's) is not taken: that Parquet file is read
    os.replace(kept / f"{hashes['sources']}.arrow", kept / f"{hashes['events']}.arrow")
    mapped = ReleaseTables(reports).read(first.path)
    assert sorted(p.name for p in reads) == ["events.parquet", "sources.parquet"]
    for name, table in expected[0].items():
        assert mapped[0][name].equals(table, check_metadata=True), name
    monkeypatch.setattr(pq, "read_table", real_read)

    # the next release: diffed against the mapped tables, only its own files kept afterwards
    extra = tables["key_figures"].slice(0, 1).to_pylist()[0] | {"key_figure_id": "numericamp-2024:days", "metric": "days"}
    grown = dict(tables, key_figures=pa.concat_tables(
        [tables["key_figures"], pa.Table.from_pylist([extra], schema=tables["key_figures"].schema)]))
    second = run(grown, reports_dir=reports)
    assert second.version == "1.1.0" and second.bump == "minor"
    descriptor = json.loads((second.path / "datapackage.json").read_text())
    assert sorted(p.name for p in kept.iterdir()) == sorted(
        {f"{r['hash'].removeprefix('sha256:')}.arrow" for r in descriptor["resources"] if r["format"] == "parquet"})
    assert "numericamp-2024:days" in (second.path / "CHANGES.md").read_text()


def test_keys_kept_in_place_are_not_written_as_text_again_and_a_repeated_key_is_still_seen(monkeypatch):
    """When the old table's key columns are the new one's first rows (a document added after the
    others), the old keys' texts are the new table's first ones (`_key_prefix`): only the new
    table's keys are written as text; a new row repeating an old key still sends the diff to the
    plain comparison, with the same result."""
    from pipelines.publishing import versions

    schema = {"primaryKey": ["doc", "n"], "fields": [{"name": "doc", "type": "string"}, {"name": "n", "type": "integer"},
                                                      {"name": "v", "type": "number"}]}
    old = pa.table({"doc": ["a", "a", "b"], "n": [1, 2, 1], "v": [1.0, 2.0, 3.0]})
    new = pa.concat_tables([old, pa.table({"doc": ["c", "c"], "n": [1, 2], "v": [4.0, 5.0]})])
    written = []
    real = versions._arrow_keys
    monkeypatch.setattr(versions, "_arrow_keys", lambda t, pk: (written.append(t.num_rows), real(t, pk))[1])
    d = versions.diff_table("t", old, new, schema, schema)
    assert (d.added, d.removed, d.changed) == (["c|1", "c|2"], [], []) and written == [5]
    assert (list(d.rows_out), list(d.rows_in)) == ([], [3, 4])
    repeated = pa.concat_tables([old, pa.table({"doc": ["b"], "n": [1], "v": [9.0]})])
    d = versions.diff_table("t", old, repeated, schema, schema)
    assert (d.added, d.removed, d.changed) == _reference_diff(old, repeated, ["doc", "n"]) and d.rows_out is None
    # other key values in the first rows: both tables' keys written as text, as before
    written.clear()
    moved = pa.concat_tables([old.slice(1), old.slice(0, 1)])
    assert versions.diff_table("t", old, moved, schema, schema).empty and written == [3, 3]
