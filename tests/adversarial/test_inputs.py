"""Hostile or careless inputs, each refused with a named reason or published correctly: a
symbolic link leaving the sources folder, manifest fields of the wrong type, YAML aliases, bad
environment values and options, UTF-16/UTF-32 text, a file mixing two encodings, HTML entities,
and files the fingerprint must not read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from bench.bombs import PEAK_PRELUDE, billion_laughs_manifest, sparse_file
from pipelines.cli import app
from pipelines.errors import SourceError
from pipelines.document import discover_sources, read_document
from pipelines.document.manifest import SourceEntry
from pipelines.document.readers import find_mojibake
from pipelines.runtime.fingerprint import HASHES_FILE, inputs_fingerprint
from pipelines.settings import PACKAGE_NAME, Settings

from ..conftest import ROOT, tree_digest

CORPUS = ROOT / "tests" / "corpus"
REPORT = "Rencontres du numérique 2025\nLe salon s'est tenu au Théâtre municipal le 12 mai 2025.\n\n850 visiteurs\n24 exposants\n"


def publish(*args, env: dict | None = None):
    return CliRunner().invoke(app, ["publish", *args], env=env)


def folder(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(REPORT, encoding="utf-8")
    return sources


def read(path: Path):
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


# --------------------------------------------------------------------------- symbolic links
def test_a_symlink_leaving_the_sources_folder_is_refused_naming_it(tmp_path):
    sources = folder(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Mot de passe : hunter2\n", encoding="utf-8")
    (sources / "lien.txt").symlink_to(secret)
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert err.value.file == "lien.txt" and "hors du dossier des sources" in err.value.reason


def test_a_symlink_inside_the_folder_is_read(tmp_path):
    sources = folder(tmp_path)
    (sources / "docs").mkdir()
    (sources / "docs" / "b.txt").write_text(REPORT, encoding="utf-8")
    (sources / "b.txt").symlink_to(sources / "docs" / "b.txt")
    assert sorted(e.file for e in discover_sources(sources)) == ["a.txt", "b.txt"]


def test_a_manifest_that_is_a_symlink_leaving_the_folder_is_refused(tmp_path):
    sources = folder(tmp_path)
    (tmp_path / "elsewhere.yaml").write_text("documents:\n  - file: a.txt\n", encoding="utf-8")
    (sources / "sources.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert err.value.file == "sources.yaml" and "hors du dossier" in err.value.reason


@pytest.mark.slow
def test_a_run_with_a_symlink_leaving_the_folder_publishes_nothing_of_it(workdir):
    secret = workdir / "secret.txt"
    secret.write_text("Texte confidentiel hors du dossier : 999 visiteurs.\n", encoding="utf-8")
    (workdir / "sources" / "lien.txt").symlink_to(secret)
    result = publish()
    assert result.exit_code == 1, result.output
    assert "lien.txt" in result.output and "hors du dossier des sources" in result.output
    assert "Traceback" not in result.output
    assert not (workdir / "datasets" / PACKAGE_NAME).exists()


# --------------------------------------------------------------------------- manifest fields and YAML aliases
@pytest.mark.parametrize("field,value,kind", [
    ("title", "[1, 2]", "une liste"),
    ("publisher", "{nom: Ville}", "un dictionnaire"),
    ("license", "true", "un booléen"),
    ("date", "[2024]", "une liste"),
])
def test_a_manifest_field_of_the_wrong_type_is_refused_naming_entry_and_field(tmp_path, field, value, kind):
    sources = folder(tmp_path)
    (sources / "b.txt").write_text(REPORT, encoding="utf-8")
    (sources / "sources.yaml").write_text(
        f"documents:\n  - file: a.txt\n  - file: b.txt\n    {field}: {value}\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert "sources.yaml" in err.value.file and "entry 2" in err.value.file
    assert f"« {field} »" in err.value.reason and kind in err.value.reason


def test_numbers_and_dates_in_the_manifest_are_taken_as_text(tmp_path):
    sources = folder(tmp_path)
    (sources / "sources.yaml").write_text("documents:\n  - file: a.txt\n    title: 2025\n    date: 2025-05-12\n",
                                          encoding="utf-8")
    [entry] = discover_sources(sources)
    assert entry.title == "2025" and entry.date == "2025-05-12"


@pytest.mark.slow
def test_a_list_title_stops_the_run_with_a_named_field_not_an_arrow_error(workdir):
    manifest = workdir / "sources" / "sources.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'title: "NUMERICAMP 2024 : bilan de la journée du 16 avril 2024"', "title: [1, 2]"), encoding="utf-8")
    result = publish()
    assert result.exit_code == 1
    assert "sources.yaml (entry 1)" in result.output and "« title »" in result.output
    assert "ArrowTypeError" not in result.output and "Traceback" not in result.output


def test_a_billion_laughs_manifest_is_refused_before_expanding(tmp_path):
    sources = folder(tmp_path)
    (sources / "sources.yaml").write_text(billion_laughs_manifest("a.txt", depth=9), encoding="utf-8")
    # In a child process with a memory cap: the expansion (10^9 strings) would need tens of GB.
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
            "from pathlib import Path; from pipelines.document import discover_sources\n"
            "from pipelines.errors import SourceError\n"
            "try:\n    discover_sources(Path(sys.argv[1]))\nexcept SourceError as e:\n    print(e); sys.exit(3)")
    child = subprocess.run([sys.executable, "-c", code, str(sources)], capture_output=True, text=True, cwd=ROOT,
                           timeout=120)
    assert child.returncode == 3, child.stderr[-2000:]
    assert "sources.yaml" in child.stdout and "alias YAML" in child.stdout


def test_an_oversized_manifest_is_refused_without_being_parsed(tmp_path):
    sources = folder(tmp_path)
    sparse_file(sources / "sources.yaml", 2 * 1024 ** 3)
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert err.value.file == "sources.yaml" and "limite" in err.value.reason


def test_any_alias_in_the_manifest_is_refused_with_its_line(tmp_path):
    sources = folder(tmp_path)
    (sources / "sources.yaml").write_text("x: &t Titre\ndocuments:\n  - file: a.txt\n    title: *t\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        discover_sources(sources)
    assert "alias YAML" in err.value.reason and "ligne 4" in err.value.reason


# --------------------------------------------------------------------------- environment and options
@pytest.mark.parametrize("name,value", [
    ("OPENDATA_WORKERS", "abc"), ("OPENDATA_WORKERS", "-1"), ("OPENDATA_MAX_SOURCE_BYTES", "abc"),
    ("OPENDATA_MAX_SOURCE_BYTES", "0"), ("OPENDATA_LOCK_WAIT", "abc"), ("OPENDATA_LOCK_WAIT", "nan"),
    ("OPENDATA_MAX_PAGES", "abc"), ("OPENDATA_MAX_TEXT_CHARS", "1.5"),
])
def test_a_bad_environment_value_is_refused_before_anything_runs(workdir, name, value):
    result = publish(env={name: value})
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)           # refused, not a traceback
    assert name in result.output and f"« {value} »" in result.output and "il faut" in result.output
    assert not (workdir / "datasets").exists() and not list((workdir / "dagster_home").glob("storage*"))


def test_a_bad_environment_value_is_refused_by_the_other_commands_too(workdir):
    result = CliRunner().invoke(app, ["diff", "1.0.0", "1.0.1"], env={"OPENDATA_WORKERS": "abc"})
    assert result.exit_code == 2 and "OPENDATA_WORKERS" in result.output


def test_good_environment_values_are_accepted(workdir):
    from pipelines.settings import check_environment, load_settings

    env = {"OPENDATA_WORKERS": "3", "OPENDATA_LOCK_WAIT": "2.5", "OPENDATA_MAX_PAGES": "10",
           "OPENDATA_MAX_TEXT_CHARS": "1000", "OPENDATA_MAX_SOURCE_BYTES": ""}
    check_environment(env)
    for key, value in env.items():
        os.environ[key] = value
    try:
        settings = load_settings()
    finally:
        for key in env:
            del os.environ[key]
    assert (settings.workers, settings.max_pages, settings.max_text_chars) == (3, 10, 1000)
    assert settings.max_source_bytes == 50 * 1024 * 1024


@pytest.mark.parametrize("args,words", [
    (["--version", "not-semver"], ["--version", "not-semver", "1.2.3"]),
    (["--version", "01.2.3"], ["--version", "01.2.3"]),
    (["--bump", "huge"], ["--bump", "huge", "major, minor, patch"]),
    (["--version", "3.0.0", "--bump", "patch"], ["--bump patch", "--version 3.0.0", "une seule"]),
])
def test_release_options_are_checked_before_the_job_runs(workdir, args, words):
    before = tree_digest(workdir / "sources")
    result = publish(*args)
    assert result.exit_code == 2, result.output
    assert all(w in result.output for w in words), result.output
    assert not (workdir / "datasets").exists()                         # nothing ran, nothing written
    assert not list((workdir / "dagster_home").glob("storage*"))       # no Dagster run either
    assert tree_digest(workdir / "sources") == before


# --------------------------------------------------------------------------- encodings
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_decoded_with_or_without_a_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "rapport.txt"
    path.write_bytes(REPORT.encode(encoding))
    doc = read(path)
    assert doc.text.strip() == REPORT.strip()
    assert "Théâtre" in doc.text and not find_mojibake(doc.text)


def test_binary_with_nul_bytes_is_still_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(SourceError) as err:
        read(path)
    assert "données binaires" in err.value.reason


def mixed_bytes() -> bytes:
    legacy = (CORPUS / "accepted" / "latin1.txt").read_bytes()
    return legacy + "\nLe budget économisé a été réinvesti : 30 % d'économies à l'échelle régionale.\n".encode("utf-8")


def test_a_legacy_file_with_one_utf8_sentence_is_repaired_not_garbled(tmp_path):
    path = tmp_path / "melange.txt"
    path.write_bytes(mixed_bytes())
    doc = read(path)
    assert "Le budget économisé a été réinvesti" in doc.text and "Théâtre municipal" in doc.text
    assert find_mojibake(doc.text) == []
    assert any("encodages mélangés" in n for n in doc.notes)


def test_text_that_is_already_mojibake_is_refused(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_text("Le budget Ã©conomisÃ© de la ville.\n", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        read(path)
    assert "encodé deux fois" in err.value.reason


def published_text_fields(release: Path) -> list[str]:
    values = []
    for parquet in sorted((release / "data").glob("*.parquet")):
        table = pq.read_table(parquet)
        for column, field in zip(table.columns, table.schema):
            if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
                values += [v for v in column.to_pylist() if v]
    return values


@pytest.mark.slow
def test_a_run_over_a_mixed_encoding_file_publishes_no_mojibake(workdir):
    (workdir / "sources" / "melange.txt").write_bytes(mixed_bytes())
    result = publish()
    assert result.exit_code == 0, result.output
    release = workdir / "datasets" / PACKAGE_NAME / "latest"
    fields = published_text_fields(release)
    assert fields and [f for f in fields if find_mojibake(f)] == []
    events = {r["source_id"]: r for r in pq.read_table(release / "data" / "events.parquet").to_pylist()}
    assert events["melange"]["venue"] == "Théâtre municipal"
    page = (release / "index.html").read_text(encoding="utf-8") if (release / "index.html").exists() else ""
    assert not find_mojibake(page)


# --------------------------------------------------------------------------- HTML entities
def test_html_entities_are_decoded_once(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Salon &amp;lt;2025&amp;gt;</title></head><body><main>"
                    "<h1>Salon &amp;amp; forum</h1><p>Le code &amp;lt;b&amp;gt; s'affiche ; &lt;i&gt; aussi, "
                    "et &eacute;t&eacute; donne été.</p></main></body></html>", encoding="utf-8")
    doc = read(path)
    assert "Salon &amp; forum" in doc.text
    assert "Le code &lt;b&gt; s'affiche ; <i> aussi, et été donne été." in doc.text
    assert doc.title == "Salon &lt;2025&gt;"


def test_markdown_entities_are_decoded_once(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Salon &amp;amp; forum\n\nLe code &amp;lt;b&amp;gt; et &lt;i&gt;.\n", encoding="utf-8")
    doc = read(path)
    assert "Salon &amp; forum" in doc.text and "Le code &lt;b&gt; et <i>." in doc.text


# --------------------------------------------------------------------------- the fingerprint reads only what matters
def settings_for(tmp_path: Path, **kw) -> Settings:
    return Settings(sources_dir=tmp_path / "sources", datasets_dir=tmp_path / "datasets",
                    warehouse_path=tmp_path / "w.duckdb", schemas_dir=ROOT / "schemas",
                    cache_dir=tmp_path / "cache", **kw)


def test_files_of_ignored_types_are_not_read_by_the_fingerprint(tmp_path):
    sources = folder(tmp_path)
    sparse_file(sources / "video.mkv", 8 * 1024 ** 3)       # 8 GB that take no disk space
    settings = settings_for(tmp_path)
    first = inputs_fingerprint(settings)
    hashed = json.loads((settings.cache_dir / HASHES_FILE).read_text(encoding="utf-8"))
    assert str(sources / "video.mkv") not in hashed          # not hashed: not read
    os.truncate(sources / "video.mkv", 9 * 1024 ** 3)        # its size still counts
    assert inputs_fingerprint(settings) != first


def test_the_fingerprint_hashes_a_large_file_in_bounded_memory(tmp_path):
    sources = folder(tmp_path)
    sparse_file(sources / "gros.txt", 3 * 1024 ** 3)
    code = (PEAK_PRELUDE + "import sys; from pathlib import Path\n"
            "from pipelines.runtime.fingerprint import inputs_fingerprint\nfrom pipelines.settings import Settings\n"
            "t = Path(sys.argv[1])\n"
            "s = Settings(sources_dir=t / 'sources', datasets_dir=t / 'd', warehouse_path=t / 'w', "
            "schemas_dir=Path(sys.argv[2]), cache_dir=t / 'cache', max_source_bytes=4 << 30)\n"
            "inputs_fingerprint(s)\nprint(int(peak_mb()))")
    child = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(ROOT / "schemas")], capture_output=True,
                           text=True, cwd=ROOT, timeout=300)
    assert child.returncode == 0, child.stderr[-2000:]
    assert int(child.stdout.strip()) < 500              # MB: 3 GB hashed in chunks, never held whole


def test_the_fingerprint_follows_content_changes_and_reuses_unchanged_hashes(tmp_path):
    sources = folder(tmp_path)
    settings = settings_for(tmp_path)
    os.utime(sources / "a.txt", (1_000_000_000, 1_000_000_000))
    first = inputs_fingerprint(settings)
    hashed = json.loads((settings.cache_dir / HASHES_FILE).read_text(encoding="utf-8"))
    assert str(sources / "a.txt") in hashed
    assert inputs_fingerprint(settings) == first
    (sources / "a.txt").write_text(REPORT.replace("850", "851"), encoding="utf-8")
    assert inputs_fingerprint(settings) != first
    (sources / "a.txt").write_text(REPORT, encoding="utf-8")
    assert inputs_fingerprint(settings) == first
    assert inputs_fingerprint(settings_for(tmp_path, max_text_chars=10)) != first


def test_the_fingerprint_does_not_follow_a_symlink_leaving_the_folder(tmp_path):
    sources = folder(tmp_path)
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    (sources / "lien.txt").symlink_to(outside)
    settings = settings_for(tmp_path)
    first = inputs_fingerprint(settings)
    assert str(sources / "lien.txt") not in json.loads((settings.cache_dir / HASHES_FILE).read_text())
    (sources / "lien.txt").unlink()
    (sources / "lien.txt").symlink_to(tmp_path / "other.txt")
    assert inputs_fingerprint(settings) != first                 # where it points is an input
