"""The real Dagster job on real DuckDB and Frictionless, in a temporary folder."""

from __future__ import annotations

import json
import shutil

import duckdb
import frictionless
import pytest
from typer.testing import CliRunner

from pipelines.cli import app, run_publish_job
from pipelines.settings import PACKAGE_NAME

from .conftest import ROOT, tree_digest

pytestmark = pytest.mark.slow


def publish(*args):
    return CliRunner().invoke(app, ["publish", *args])


def test_publish_then_unchanged_then_new_version(workdir, monkeypatch):
    datasets = workdir / "datasets"
    package = datasets / PACKAGE_NAME
    # the release takes the consistency warnings the `tables` step of the same run computed
    import pipelines.defs.publishing as publishing_defs
    monkeypatch.setattr(publishing_defs, "consistency_warnings", lambda tables: ["computed again by the release"])
    first = publish()
    assert first.exit_code == 0, first.output
    assert "Version 1.0.0 publiée" in first.output
    release = package / "1.0.0"
    assert (package / "latest").resolve() == release.resolve()
    report = frictionless.Package(str(release / "datapackage.json")).validate()
    assert report.valid, report.flatten(["type", "note"])

    descriptor = json.loads((release / "datapackage.json").read_text())
    assert descriptor["version"] == "1.0.0" and descriptor["licenses"][0]["name"] == "etalab-2.0"
    for res in descriptor["resources"]:
        assert res["hash"].startswith("sha256:") and res["bytes"] > 0 and res["schema"]["fields"]
    assert descriptor["sources"][0]["hash"] == "sha256:8a51f723a3c939e5441a98a7751d41ce1f60cbd9013f29124fe4291f23ea9a63"
    # The validation report states the consistency warnings and the attribution accuracy measured
    # against the hand-checked expected file, in plain words.
    summary = (release / "validation.md").read_text(encoding="utf-8")
    assert "NUMERICAMP : le bilan annonce 57 intervenants, mais le programme nomme 49 personnes distinctes." in summary
    assert "computed again by the release" not in summary
    quality = summary[summary.index("## Qualité de l'extraction"):]
    assert "44 chiffres cités trouvés sur 44 attendus" in quality and "intervenants donnés justes dans 100\u00a0%" in quality
    assert "qualité : `numericamp-2024-bilan.txt`" in first.output
    # what was found in each document, in French, so that a document the rules missed shows at once
    assert ("numericamp-2024-bilan.txt : 1 événement, 7 chiffres clés, 10 sessions, " in first.output
            and "44 chiffres cités (dont 17 attribués à qui l'a dit), 4 sondages, 4 axes de stratégie" in first.output)

    with duckdb.connect(str(datasets / "warehouse.duckdb"), read_only=True) as con:
        figures = dict(con.execute("SELECT metric, value FROM key_figures").fetchall())
        assert figures["visitors"] == 450 and figures["exhibitors"] == 36 and figures["speakers"] == 57
        event = con.execute("SELECT name, start_date::VARCHAR, venue FROM events").fetchone()
        assert event == ("NUMERICAMP", "2024-04-16", "Artois Expo")
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'key_figures' AND column_name = 'quote'"
            " AND schema_name = 'main'").fetchone()[0]
        assert comment.startswith("Citation")

    before = tree_digest(datasets)
    second = publish()
    assert second.exit_code == 0, second.output
    assert "Inchangé" in second.output
    assert tree_digest(datasets) == before

    source = workdir / "sources" / "numericamp-2024-bilan.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("450 visiteurs", "460 visiteurs"), encoding="utf-8")
    third = publish()
    assert third.exit_code == 0, third.output
    assert "Version 1.0.1 publiée" in third.output  # values corrected: a patch release
    assert (package / "latest").resolve().name == "1.0.1"
    prefix = f"{PACKAGE_NAME}/1.0.0/"
    assert tree_digest(release) == {k.removeprefix(prefix): v for k, v in before.items() if k.startswith(prefix)}
    versions = json.loads((package / "versions.json").read_text())
    assert [r["version"] for r in versions["releases"]] == ["1.0.0", "1.0.1"]
    changelog = (package / "CHANGELOG.md").read_text()
    # French, with the old and new value of each changed cell
    assert "Chiffres clés des événements (`key_figures.csv`) : 1 ligne modifiée" in changelog
    assert "ligne `numericamp-2024:visitors` : Valeur (`value`) : 450 → 460" in changelog
    diff = CliRunner().invoke(app, ["diff", "1.0.0", "1.0.1"])
    assert diff.exit_code == 0, diff.output
    assert "Chiffres clés des événements (`key_figures.csv`) : 1 ligne modifiée" in diff.output
    assert "ligne `numericamp-2024:visitors` : Valeur (`value`) : 450 → 460 ; Citation (`quote`) : « 450 visiteurs » → « 460 visiteurs »" in diff.output
    assert "Documents sources (`sources.csv`) : 1 ligne modifiée" in diff.output  # the document's checksum changed
    as_json = json.loads(CliRunner().invoke(app, ["diff", "1.0.0", "1.0.1", "--json"]).output)
    figures = next(t for t in as_json["tables"] if t["table"] == "key_figures")
    assert {"field": "value", "old": 450.0, "new": 460.0} in figures["changed"][0]["cells"]
    with duckdb.connect(str(datasets / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT value FROM key_figures WHERE metric = 'visitors'").fetchone()[0] == 460
        history = con.execute("SELECT release, value FROM history.key_figures WHERE metric = 'visitors' ORDER BY release").fetchall()
        assert history == [("1.0.0", 450), ("1.0.1", 460)]


def test_published_versions_never_change(workdir):
    assert publish().exit_code == 0
    package = workdir / "datasets" / PACKAGE_NAME
    frozen = tree_digest(package / "1.0.0")
    source = workdir / "sources" / "numericamp-2024-bilan.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("36 partenaires", "38 partenaires"), encoding="utf-8")
    assert publish().exit_code == 0
    assert tree_digest(package / "1.0.0") == frozen


@pytest.mark.parametrize(
    "name,content,reason",
    [("vide.txt", b"", "le fichier est vide"), ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(300), "pas un PDF")],
)
def test_unreadable_source_stops_the_run_and_changes_nothing(workdir, name, content, reason):
    assert publish().exit_code == 0
    before = tree_digest(workdir / "datasets")
    (workdir / "sources" / name).write_bytes(content)
    result = publish()
    assert result.exit_code == 1
    assert name in result.output and reason in result.output and "rien n'a été publié" in result.output
    assert tree_digest(workdir / "datasets") == before


def test_a_table_failing_its_schema_blocks_publishing(workdir, monkeypatch):
    schemas = workdir / "schemas"
    shutil.copytree(ROOT / "schemas", schemas)
    descriptor = json.loads((schemas / "key_figures.json").read_text())
    value = next(f for f in descriptor["fields"] if f["name"] == "value")
    value["constraints"]["maximum"] = 100  # 450 visitors now breaks the schema
    (schemas / "key_figures.json").write_text(json.dumps(descriptor))
    monkeypatch.setenv("OPENDATA_SCHEMAS", str(schemas))
    result = run_publish_job()
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    blocking = [e.asset_key.to_user_string() for e in failed if e.severity.value == "ERROR"]
    assert blocking == ["key_figures"]
    assert not (workdir / "datasets" / PACKAGE_NAME).exists()
    assert not (workdir / "datasets" / "warehouse.duckdb").exists()
    cli = publish()
    assert cli.exit_code == 1 and "key_figures fails its Table Schema" in cli.output


def test_forced_versions(workdir):
    assert publish("--version", "2.0.0").exit_code == 0
    package = workdir / "datasets" / PACKAGE_NAME
    assert (package / "2.0.0" / "datapackage.json").is_file()
    again = publish("--version", "2.0.0")
    assert again.exit_code == 1 and "already exists" in again.output
    bumped = publish("--bump", "minor")
    assert bumped.exit_code == 0 and "Version 2.1.0 publiée" in bumped.output


def test_person_names_can_be_switched_off(workdir, monkeypatch):
    """OPENDATA_PUBLISH_PERSON_NAMES=false: speakers get opaque identifiers, name columns stay
    empty in the CSV, the Parquet and the warehouse; roles and organisations remain."""
    monkeypatch.setenv("OPENDATA_PUBLISH_PERSON_NAMES", "false")
    monkeypatch.setenv("OPENDATA_CACHE", str(workdir / "cache"))
    result = publish()
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(workdir / "datasets" / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT speaker_id, full_name, given_name, family_name, aliases, organization FROM speakers").fetchall()
        links = con.execute("SELECT count(*) FROM session_speakers").fetchone()[0]
    assert len(rows) >= 40 and links >= len(rows)
    assert all(r[0].startswith("speaker-") and r[1:5] == (None, None, None, None) for r in rows)
    assert sum(r[5] is not None for r in rows) >= 30
    import yaml

    expected = yaml.safe_load((ROOT / "tests" / "expected" / "programme" / "numericamp-2024-bilan.yaml").read_text())
    family_names = {p["full_name"].split()[-1] for p in expected["speakers"]}
    data = workdir / "datasets" / PACKAGE_NAME / "latest" / "data"
    for table in ("speakers", "session_speakers"):
        text = (data / f"{table}.csv").read_text(encoding="utf-8")
        assert not [n for n in family_names if n in text], table


def test_cited_figures_keep_their_speakers_with_person_names_switched_off():
    """The switch is applied to the finished rows: attribution is made with the names, so a cited
    figure keeps its speaker (under the opaque identifier) and its organisation."""
    from pipelines.extract.documents import extract_document
    from pipelines.document import read_document
    from pipelines.document.manifest import SourceEntry

    path = ROOT / "sources" / "numericamp-2024-bilan.txt"
    doc = read_document(SourceEntry(id="numericamp-2024-bilan", file=path.name, path=path))
    named, hidden = extract_document(doc, True), extract_document(doc, False)
    attributed = [r for r in named["cited_figures"] if r["speaker_id"]]
    assert len(attributed) >= 17
    assert [bool(r["speaker_id"]) for r in hidden["cited_figures"]] == [bool(r["speaker_id"]) for r in named["cited_figures"]]
    assert [r["organization"] for r in hidden["cited_figures"]] == [r["organization"] for r in named["cited_figures"]]
    speakers = {s["speaker_id"] for s in hidden["speakers"]}
    assert all(r["speaker_id"] in speakers for r in hidden["cited_figures"] if r["speaker_id"])
    assert all(s["full_name"] is None and s["speaker_id"].startswith("speaker-") for s in hidden["speakers"])


def test_a_run_launched_outside_the_cli_records_its_inputs_for_the_next_cli_run(workdir):
    """A run from the UI or a sensor (the job executed directly, as the UI does) records the inputs
    it published: the next `opendata publish` on unchanged sources starts no run."""
    result = run_publish_job()
    assert result.success
    quick = CliRunner().invoke(app, ["publish", "--json"])
    assert quick.exit_code == 0, quick.output
    answer = json.loads(quick.output)
    assert (answer["status"], answer["ran"], answer["version"]) == ("unchanged", False, "1.0.0")
    # a changed document is seen: a run starts
    source = workdir / "sources" / "numericamp-2024-bilan.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nUne ligne ajoutée.\n", encoding="utf-8")
    again = json.loads(CliRunner().invoke(app, ["publish", "--json"]).output)
    assert again["ran"] is True
