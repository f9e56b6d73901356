from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check results, not speed: hypothesis's per-example deadline (200 ms) is a timing
# assertion that a loaded machine fails at random.
settings.register_profile("project", deadline=None)
settings.load_profile("project")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = ROOT / "tests" / "expected"
SOURCES = ROOT / "sources"


def read_case_document(name: str, fixtures: Path, publisher: str | None = None):
    """A document of a hand-checked case: the shipped source of that name, else the fixture."""
    from pipelines.document import read_document
    from pipelines.document.manifest import SourceEntry

    path = SOURCES / name if (SOURCES / name).exists() else fixtures / name
    return read_document(SourceEntry(id=path.stem, file=name, path=path, publisher=publisher))


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A private copy of sources/ and empty datasets/ and DAGSTER_HOME folders, set in the
    environment as the CLI would set them."""
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    datasets = tmp_path / "datasets"
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("OPENDATA_SOURCES", str(sources))
    monkeypatch.setenv("OPENDATA_DATASETS", str(datasets))
    monkeypatch.setenv("OPENDATA_WAREHOUSE", str(datasets / "warehouse.duckdb"))
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("OPENDATA_LOCK_WAIT", "2")
    return tmp_path


def tree_digest(root: Path) -> dict[str, str]:
    """Path -> sha256 of every file (and link target) below root: to prove nothing changed."""
    out = {}
    if not root.exists():
        return out
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_file() and not path.name.endswith(".lock"):
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def extracted_tables(sources_dir: Path = SOURCES) -> dict:
    """The tables of a release built by the pure core (no Dagster), for release and warehouse tests."""
    from pipelines.extract.documents import event_rows, key_figure_rows, source_rows
    from pipelines.document import discover_sources, read_document
    from pipelines.schemas import table_schema, to_arrow

    docs = [read_document(e) for e in discover_sources(sources_dir)]
    events = event_rows(docs)
    schemas = ROOT / "schemas"
    return {
        "sources": to_arrow(source_rows(docs), table_schema(schemas, "sources")),
        "events": to_arrow(events, table_schema(schemas, "events")),
        "key_figures": to_arrow(key_figure_rows(docs, events), table_schema(schemas, "key_figures")),
    }
