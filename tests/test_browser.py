"""The release page in a real headless Chromium, and the Dagster UI's webserver on loopback."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipelines.publishing.release import publish_release

from .conftest import ROOT, SOURCES, extracted_tables

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BIN = Path(sys.executable).parent


def need_chromium():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (.ci/run installs Debian's chromium package)")
        pytest.skip("Chromium is not installed here (apt-get install chromium); these tests run in CI")


def chromium(tmp_path, *args):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'chromium-profile'}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def release_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("page")
    tables = extracted_tables()
    (root / "sources").mkdir()
    result = publish_release(tables, package_dir=root / "pkg", schemas_dir=ROOT / "schemas", sources_dir=SOURCES)
    return result.path


def test_release_page_is_self_contained_and_escaped(release_dir):
    html = (release_dir / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert 'name="viewport"' in html
    for table in ("sources", "events", "key_figures"):
        assert f'id="table-{table}"' in html
    descriptor = json.loads((release_dir / "datapackage.json").read_text())
    for res in descriptor["resources"]:
        assert f'href="{res["path"]}"' in html and res["hash"].removeprefix("sha256:") in html


def test_release_page_renders_in_chromium(release_dir, tmp_path):
    need_chromium()
    url = (release_dir / "index.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = dom.stdout
    assert page.count('<article class="table"') == 3
    assert page.count('<figure class="chart"') >= 1 and "Chiffres clés — NUMERICAMP" in page
    assert page.count('class="bar-row"') >= 7
    assert "Visiteurs" in page and ">450<" in page
    assert page.count(' download=""') == 6  # CSV and Parquet of each table
    shot = tmp_path / "release-page.png"
    phone = chromium(tmp_path, f"--screenshot={shot}", "--window-size=390,2400", url)
    assert phone.returncode == 0 and shot.stat().st_size > 10_000
    # Keep the screenshot where CI and people can look at it.
    artifacts = ROOT / "tests" / "artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copy(shot, artifacts / "release-page-phone.png")


def all_tables() -> dict:
    """Every table of the shipped documents (programme, cited figures, polls, strategy...), built by
    the pure core as the Dagster step builds them."""
    from pipelines.extract.documents import extract_document, merge_extracts
    from pipelines.document import discover_sources, read_document
    from pipelines.schemas import table_schema, to_arrow
    from pipelines.tables import TABLES

    extracts = [extract_document(read_document(e)) for e in discover_sources(SOURCES)]
    tables = {}
    for name in TABLES:
        schema = table_schema(ROOT / "schemas", name)
        tables[name] = to_arrow(merge_extracts(extracts, {name: schema.get("primaryKey", [])}).get(name, []), schema)
    return tables


@pytest.fixture(scope="module")
def full_release(tmp_path_factory):
    from pipelines.publishing.notes import RunNotes, consistency_warnings

    tables = all_tables()
    notes = RunNotes(warnings=consistency_warnings(tables))
    root = tmp_path_factory.mktemp("full-page")
    result = publish_release(tables, package_dir=root / "pkg", schemas_dir=ROOT / "schemas", sources_dir=SOURCES,
                             notes=notes)
    return result.path, tables


IDENTIFIER_COLUMNS = ("source_id", "event_id", "session_id", "speaker_id", "poll_id", "key_figure_id", "figure_id",
                      "strategy_id")


def test_release_page_shows_labels_not_codes_or_identifiers(full_release, tmp_path):
    """What the page shows people (its rendered text, less the field lists and file names that are
    there for reusers of the CSV files) has no code of a vocabulary, no identifier, and French
    sizes and counts."""
    from selectolax.lexbor import LexborHTMLParser

    from pipelines.labels import field_vocabularies

    need_chromium()
    release, tables = full_release
    dom = chromium(tmp_path, "--dump-dom", (release / "index.html").as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    tree = LexborHTMLParser(dom.stdout)
    for node in tree.css("table.fields, code, a[download]"):
        node.decompose()
    raw = tree.body.text(separator=" ")
    text = " ".join(raw.split())
    assert tables["sessions"].num_rows and tables["cited_figures"].num_rows and tables["poll_questions"].num_rows
    codes = {c for vocabulary in field_vocabularies().values() for c in vocabulary if "_" in c}
    # table names are the names of the CSV files, which the schemas' descriptions refer to
    shown = set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text)) - set(tables)
    assert not shown, f"raw codes on the page: {sorted(shown)}"
    assert codes and not any(re.search(rf"\b{c}\b", text) for c in codes)
    for column in IDENTIFIER_COLUMNS:
        for table in tables.values():
            if column in table.column_names:
                for value in set(table.column(column).to_pylist()) - {None}:
                    assert not re.search(rf"(?<![\w.-]){re.escape(value)}(?![\w.-])", text), f"{column} {value!r} shown"
    labels = field_vocabularies()
    theme = tables["cited_figures"].column("theme").to_pylist()[0]
    assert labels["cited_figures.theme"][theme] in text
    assert labels["sessions.type"][tables["sessions"].column("type").to_pylist()[0]] in text
    assert not re.search(r"\d (Bytes|KiB|MiB|KB|MB|pages?\b)", text.replace(" pages)", ""))
    assert re.search(r"\d+(,\d)?\u00a0(o|kio|Mio)\b", raw)
    warnings = tree.css("#warnings p.warn")
    assert warnings, "the shipped report has consistency warnings"
    for node in warnings:
        assert " : " in node.text() and not re.search(r"\b(the|but|lists|announces)\b", node.text())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dagster_webserver_lists_our_assets(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    port = free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home))
    server = subprocess.Popen([str(BIN / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(port),
                               "-m", "pipelines.definitions"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    query = json.dumps({"query": "{ assetNodes { assetKey { path } groupName } }"}).encode()
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-3000:]
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=query,
                                                 headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    data = json.load(response)
                if data.get("data", {}).get("assetNodes"):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the webserver did not answer"
            time.sleep(1)
    finally:
        server.terminate()
        server.wait(30)
    nodes = {n["assetKey"]["path"][0]: n["groupName"] for n in data["data"]["assetNodes"]}
    assert {"source_documents", "sources", "events", "key_figures", "release", "warehouse"} <= set(nodes)
    assert nodes["release"] == "publishing" and nodes["key_figures"] == "extraction"
