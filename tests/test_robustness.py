"""Bad input, crashes, concurrency and hostile content: every refusal is explained, nothing is
half-published, and the last release and the warehouse stay as they were."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.errors import SourceError
from pipelines.extract.events import extract_event
from pipelines.extract.headline import extract_headline_figures
from pipelines.document import discover_sources, read_document
from pipelines.document.manifest import SourceEntry
from pipelines.document.html import read_html
from pipelines.document.markdown import read_markdown
from pipelines.document.readers import decode_text
from pipelines.settings import PACKAGE_NAME

from .conftest import ROOT, tree_digest

CORPUS = ROOT / "tests" / "corpus"
BIN = Path(sys.executable).parent
REFUSALS = {
    "empty.txt": "le fichier est vide",
    "blank.md": "le fichier est vide",
    "junk.txt": "données binaires",
    "junk.pdf": "pas un PDF",
    "truncated.pdf": "tronqué ou abîmé",
    "encrypted.pdf": "chiffré",
    "scanned.pdf": "(OCR) est nécessaire",
    "mojibake.txt": "encodé deux fois",
}
MANIFEST_REFUSALS = {
    "invalid-yaml.yaml": "pas un YAML valide",
    "not-a-list.yaml": "une liste « documents »",
    "missing-file.yaml": "n'existe pas",
    "file-outside.yaml": "hors du dossier des sources",
    "id-outside.yaml": "fait de minuscules",
    "duplicate-id.yaml": "utilisé deux fois",
}


def test_the_corpus_is_complete():
    assert {p.name for p in (CORPUS / "bad").iterdir()} == set(REFUSALS)
    assert {p.name for p in (CORPUS / "manifests").iterdir()} == set(MANIFEST_REFUSALS)


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_bad_documents_are_refused_with_file_and_reason(name):
    path = CORPUS / "bad" / name
    with pytest.raises(SourceError) as err:
        read_document(SourceEntry(id="x", file=name, path=path))
    assert err.value.file == name
    assert REFUSALS[name] in err.value.reason


@pytest.mark.parametrize("name", sorted(MANIFEST_REFUSALS))
def test_bad_manifests_are_refused(tmp_path, name):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Salon 2025\n120 visiteurs\n")
    (sources / "b.txt").write_text("Salon 2024\n110 visiteurs\n")
    (tmp_path / "outside.txt").write_text("x")
    shutil.copy(CORPUS / "manifests" / name, sources / "sources.yaml")
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert "sources.yaml" in str(err.value) and MANIFEST_REFUSALS[name] in str(err.value)


def publish(*args):
    return CliRunner().invoke(app, ["publish", *args])


@pytest.mark.slow
def test_each_bad_input_stops_the_run_and_leaves_release_and_warehouse_untouched(workdir):
    assert publish().exit_code == 0
    datasets = workdir / "datasets"
    before = tree_digest(datasets)
    sources = workdir / "sources"
    cases = [(CORPUS / "bad" / name, REFUSALS[name]) for name in sorted(REFUSALS)]
    for path, reason in cases:
        target = sources / path.name
        shutil.copy(path, target)
        result = publish()
        assert result.exit_code == 1, path.name
        assert path.name in result.output and reason in result.output and "rien n'a été publié" in result.output
        assert tree_digest(datasets) == before, path.name
        target.unlink()
    manifest = (sources / "sources.yaml").read_text()
    (sources / "a.txt").write_text("Salon 2025\n120 visiteurs\n")
    (sources / "b.txt").write_text("Salon 2024\n110 visiteurs\n")
    (workdir / "outside.txt").write_text("x")
    for name, reason in MANIFEST_REFUSALS.items():
        (sources / "sources.yaml").write_text((CORPUS / "manifests" / name).read_text())
        result = publish()
        assert result.exit_code == 1 and reason in result.output, name
        assert tree_digest(datasets) == before, name
    (sources / "sources.yaml").write_text(manifest)


@pytest.mark.slow
def test_size_limit(workdir, monkeypatch):
    monkeypatch.setenv("OPENDATA_MAX_SOURCE_BYTES", "1000")
    result = publish()
    assert result.exit_code == 1
    assert "numericamp-2024-bilan.txt" in result.output and "au-delà de la limite de 1000 octets" in result.output
    assert not (workdir / "datasets" / PACKAGE_NAME).exists()


@pytest.mark.slow
def test_odd_but_readable_documents_are_published_or_skipped_and_reported(workdir):
    for name in ("latin1.txt", "no-figures.txt"):
        shutil.copy(CORPUS / "accepted" / name, workdir / "sources" / name)
    result = publish()
    assert result.exit_code == 0, result.output
    assert "écarté : no-figures.txt" in result.output
    assert "remarque : latin1.txt : décodé en windows-1252" in result.output
    release = workdir / "datasets" / PACKAGE_NAME / "latest"
    report = (release / "validation.md").read_text()
    assert "`no-figures.txt` (1 page) : non publié : aucun événement, chiffre ni autre donnée n'y a été trouvé" in report
    sources = pq.read_table(release / "data" / "sources.parquet").column("source_id").to_pylist()
    assert "no-figures" not in sources and "latin1" in sources
    events = {r["source_id"]: r for r in pq.read_table(release / "data" / "events.parquet").to_pylist()}
    assert events["latin1"]["name"] == "Rencontres du numérique" and events["latin1"]["venue"] == "Théâtre municipal"
    descriptor = json.loads((release / "datapackage.json").read_text())
    assert [d["file"] for d in descriptor["x_release"]["skipped_documents"]] == ["no-figures.txt"]


@pytest.mark.slow
def test_formula_like_text_is_neutralised_in_csv_only(workdir):
    (workdir / "sources" / "hostile.md").write_text(
        "# Forum Test 2025\n\nLieu : =HYPERLINK(\"http://example.invalid\",\"clic\")\n\n"
        "Le forum a eu lieu le 3 mars 2025.\n\n- 120 visiteurs\n- 8 exposants\n", encoding="utf-8")
    result = publish()
    assert result.exit_code == 0, result.output
    release = workdir / "datasets" / PACKAGE_NAME / "latest" / "data"
    csv = (release / "events.csv").read_text(encoding="utf-8")
    assert "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"clic\"\")\"" in csv
    venues = pq.read_table(release / "events.parquet").column("venue").to_pylist()
    assert '=HYPERLINK("http://example.invalid","clic")' in venues
    with duckdb.connect(str(workdir / "datasets" / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events WHERE venue LIKE '=HYPERLINK%'").fetchone()[0] == 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.none(), st.text(alphabet=st.sampled_from(list("=+-@\t\r\n '\"aé€😀0")), max_size=4)),
                max_size=30), st.booleans())
def test_formula_cells_are_those_the_pattern_names(values, large):
    """neutralise_formulas finds the cells starting like a formula by their first character: the
    cells FORMULA_START matches, text or large text, missing values left as they are."""
    import re

    import pyarrow as pa

    from pipelines.files import FORMULA_START, neutralise_formulas

    kind = pa.large_string() if large else pa.string()
    table = pa.table({"t": pa.array(values, kind), "n": pa.array(range(len(values)), pa.int64())})
    got = neutralise_formulas(table)
    assert got.schema == table.schema
    expected = [v if v is None or not re.match(FORMULA_START, v) else "'" + v for v in values]
    assert got.column("t").to_pylist() == expected and got.column("n").equals(table.column("n"))


# --------------------------------------------------------------------------- crashes
def spawn(tmp_path, env, **extra):
    return subprocess.Popen([str(BIN / "opendata"), "publish", "--sources", "sources", "--datasets", "datasets"],
                            cwd=tmp_path, env=env | extra, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def isolated(tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENDATA_")}
    env["DAGSTER_HOME"] = str(tmp_path / "home")
    # The shipped instance configuration: the "duckdb" pool limited to one step across runs.
    (tmp_path / "home").mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", tmp_path / "home" / "dagster.yaml")
    return tmp_path, env


def warehouse_releases(path: Path) -> list[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT release FROM history.releases ORDER BY release").fetchall()]


@pytest.mark.slow
@pytest.mark.parametrize("point", ["staged", "before-rename", "after-rename", "warehouse-loading", "warehouse-before-replace"])
def test_a_killed_run_leaves_everything_as_it_was_and_the_next_run_completes(isolated, point):
    tmp_path, env = isolated
    first = spawn(tmp_path, env)
    assert first.wait(300) == 0, first.stderr.read()
    package = tmp_path / "datasets" / PACKAGE_NAME
    warehouse = tmp_path / "datasets" / "warehouse.duckdb"
    before_release = tree_digest(package / "1.0.0")
    source = tmp_path / "sources" / "numericamp-2024-bilan.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("57 intervenants", "58 intervenants"), encoding="utf-8")

    marker = tmp_path / "paused"
    victim = spawn(tmp_path, env, OPENDATA_PAUSE_AT=point, OPENDATA_PAUSE_FILE=str(marker))
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert victim.poll() is None, victim.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(30)

    # The last release is intact; latest, versions.json and the warehouse still agree on it (the
    # new folder may be in place, not yet announced: the next run completes it).
    assert tree_digest(package / "1.0.0") == before_release
    assert (package / "latest" / "datapackage.json").is_file()
    assert os.readlink(package / "latest") == "1.0.0"
    assert json.loads((package / "versions.json").read_text())["releases"][-1]["version"] == "1.0.0"
    folders = sorted(p.name for p in package.iterdir() if p.name[0].isdigit())
    assert folders == (["1.0.0", "1.0.1"] if point in ("after-rename", "warehouse-before-replace") else ["1.0.0"])
    assert warehouse_releases(warehouse) == ["1.0.0"]

    # The killed run held the "duckdb" pool's slot (release and warehouse are in that pool): the
    # next run must not wait for it (a timeout turns a hang into a failure).
    again = spawn(tmp_path, env)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert sorted(p.name for p in package.iterdir() if p.name[0].isdigit()) == ["1.0.0", "1.0.1"]
    assert json.loads((package / "versions.json").read_text())["releases"][-1]["version"] == "1.0.1"
    assert (package / "latest").resolve().name == "1.0.1"
    assert warehouse_releases(warehouse) == ["1.0.0", "1.0.1"]
    assert not list(package.glob(".staging-*")) and not list(warehouse.parent.glob(".warehouse.duckdb.tmp-*"))
    # The killed run is marked failed and holds no slot any more.
    stale = subprocess.run(
        [sys.executable, "-c", "from dagster import DagsterInstance, DagsterRunStatus, RunsFilter\n"
         "with DagsterInstance.get() as i:\n"
         "    print(len(i.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.STARTED]))),"
         " len(i.get_runs(filters=RunsFilter(statuses=[DagsterRunStatus.FAILURE]))),"
         " len(i.event_log_storage.get_concurrency_info('duckdb').claimed_slots))"],
        env=env, capture_output=True, text=True, timeout=120)
    assert stale.stdout.split() == ["0", "1", "0"], stale.stderr


@pytest.mark.slow
def test_two_runs_at_once_one_waits_and_nothing_is_duplicated(isolated):
    tmp_path, env = isolated
    # the second run waits for the whole first one: on a loaded machine that is more than the
    # default wait (OPENDATA_LOCK_WAIT), so the test gives it as long as it gives the runs
    runs = [spawn(tmp_path, env, OPENDATA_LOCK_WAIT="280"), spawn(tmp_path, env, OPENDATA_LOCK_WAIT="280")]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], [o[1] for o in outputs]
    stdout = [o[0] for o in outputs]
    assert sum("Version 1.0.0 publiée" in s for s in stdout) == 1
    assert sum("Inchangé" in s for s in stdout) == 1
    package = tmp_path / "datasets" / PACKAGE_NAME
    assert [r["version"] for r in json.loads((package / "versions.json").read_text())["releases"]] == ["1.0.0"]


def test_a_run_that_cannot_get_the_lock_refuses_clearly(tmp_path, monkeypatch):
    from pipelines.runtime.locking import exclusive_lock

    lock = tmp_path / "x.lock"
    with exclusive_lock(lock, "the package"):
        child = subprocess.run(
            [sys.executable, "-c", "import sys; from pathlib import Path; from pipelines.runtime.locking import exclusive_lock\n"
             "from pipelines.errors import PipelineError\ntry:\n    with exclusive_lock(Path(sys.argv[1]), 'the package', 0.2): pass\n"
             "except PipelineError as e:\n    print(e); sys.exit(3)", str(lock)],
            capture_output=True, text=True, cwd=ROOT)
    assert child.returncode == 3 and "une autre publication" in child.stdout and "écrit the package" in child.stdout
    with exclusive_lock(lock, "the package", 0.2):  # released: free again
        pass



# --------------------------------------------------------------------------- fuzzing
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_a_source_error(data):
    try:
        text, encoding = decode_text(data, "fuzz.txt")
    except SourceError as err:
        assert err.file == "fuzz.txt" and err.reason
    else:
        assert isinstance(text, str) and encoding


@FUZZ
@given(st.text(max_size=400))
def test_markup_conversion_never_crashes(text):
    for reader in (read_markdown, read_html):
        built, _ = reader(text)
        plain = built.text()
        assert isinstance(plain, str) and all(0 <= b.start < b.end <= len(plain) for b in built.blocks)


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_extraction_never_crashes_on_any_text(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("fuzz") / "doc.txt"
    path.write_text("Forum 2025\n" + text, encoding="utf-8")
    try:
        doc = read_document(SourceEntry(id="doc", file="doc.txt", path=path))
    except SourceError:
        return
    extract_event(doc)
    for fig in extract_headline_figures(doc):
        assert doc.text[fig.char_start:fig.char_end].startswith(fig.quote.split(" | ")[0])


def test_document_text_is_escaped_in_the_release_page():
    """Text from a document (a quote, a title, a warning) reaches the page as text, never as markup."""
    import pyarrow as pa

    from pipelines.publishing.notes import RunNotes
    from pipelines.schemas import table_schema, to_arrow
    from pipelines.publishing.page import render_release_page

    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    schemas = {t: table_schema(ROOT / "schemas", t) for t in ("sources", "key_figures")}
    tables = {
        "sources": to_arrow([{"source_id": "s", "file_name": "a.txt", "media_type": "text/plain", "bytes": 1,
                              "sha256": "0" * 64, "pages": 1, "title": hostile, "kind": "event_report",
                              "in_manifest": False}], schemas["sources"]),
        "key_figures": to_arrow([{"key_figure_id": "e:visitors", "event_id": "e", "source_id": "s",
                                  "metric": "visitors", "value": 3.0, "unit": "person", "approximate": False,
                                  "quote": hostile, "page": 1, "char_start": 0, "char_end": 5}], schemas["key_figures"]),
    }
    descriptor = {"name": "p", "title": hostile, "version": "1.0.0", "resources": [], "sources": [],
                  "licenses": [{"name": "etalab-2.0", "title": hostile}], "created": "2026-01-01T00:00:00Z", "description": hostile}
    notes = RunNotes(warnings=[hostile])
    html = render_release_page(descriptor, tables, schemas, notes)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert isinstance(tables["sources"], pa.Table)
