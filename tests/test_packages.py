"""Packages as configuration (pipelines/packages.py): `opendata init` writes a package's
description, `opendata add` copies a document in and writes its manifest entry."""

from __future__ import annotations

import hashlib

import pytest
import yaml
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.errors import ConfigError
from pipelines.document.manifest import load_manifest
from pipelines.packages import add_document, package_description, write_package

from .conftest import ROOT

REAL = ROOT / "tests" / "real"


def test_init_writes_the_package_description_and_an_empty_manifest(tmp_path):
    result = CliRunner().invoke(app, ["init", str(tmp_path / "lens"), "--name", "rencontres-lens", "--title",
                                      "Rencontres numériques de Lens", "--publisher", "Ville de Lens", "--siren",
                                      "216204982", "--insee", "62498", "--territory", "Lens", "--keyword", "numérique",
                                      "--base-url", "https://data.example.fr"])
    assert result.exit_code == 0, result.output
    assert "Paquet « rencontres-lens » créé" in result.output
    described = yaml.safe_load((tmp_path / "lens" / "package.yaml").read_text(encoding="utf-8"))
    assert described["name"] == "rencontres-lens" and described["base_url"] == "https://data.example.fr/"
    assert described["publisher"] == {"name": "Ville de Lens", "siren": "216204982", "type": "LocalAuthority"}
    assert described["spatial"]["iri"] == "http://id.insee.fr/geo/commune/62498"
    assert load_manifest(tmp_path / "lens") == []
    # the project's description gives the tables; the folder's replaces the package fields
    merged = package_description(ROOT / "schemas", tmp_path / "lens")
    assert merged["name"] == "rencontres-lens" and merged["tables"][0] == "sources"
    assert merged["spatial"]["name"] == "Lens"
    # never overwritten
    again = CliRunner().invoke(app, ["init", str(tmp_path / "lens"), "--name", "autre", "--title", "T", "--publisher", "P"])
    assert again.exit_code == 2 and "existe déjà" in again.output


@pytest.mark.parametrize("options, message", [
    (dict(name="Bad Name"), "le nom du paquet"),
    (dict(siren="123"), "un SIREN a 9 chiffres"),
    (dict(licence="gpl"), "licences possibles"),
    (dict(base_url="data.example.fr"), "une adresse web"),
])
def test_init_refuses_bad_values_in_french(tmp_path, options, message):
    values = dict(name="paquet-test", title="Titre", publisher="Ville") | options
    with pytest.raises(ConfigError, match=message):
        write_package(tmp_path, **values)
    assert not (tmp_path / "package.yaml").exists()


def test_add_copies_the_document_and_writes_its_entry(tmp_path):
    write_package(tmp_path / "pkg", name="paquet-test", title="Titre", publisher="Ville")
    source = next((REAL / "ademe-jnc-lyon-2022").glob("*.html"))
    result = CliRunner().invoke(app, ["add", str(source), "--sources", str(tmp_path / "pkg"), "--kind", "event_report"])
    assert result.exit_code == 0, result.output
    copied = tmp_path / "pkg" / source.name
    assert copied.read_bytes() == source.read_bytes()
    (entry,) = load_manifest(tmp_path / "pkg")
    assert entry.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert entry.kind == "event_report" and entry.date == "2022-09-28"
    assert entry.title.startswith("Forum ouvert, remise des labels")
    raw = yaml.safe_load((tmp_path / "pkg" / "sources.yaml").read_text(encoding="utf-8"))["documents"][0]
    assert (raw["media_type"], raw["pages"]) == ("text/html", 1)
    # the same document twice, or a format the readers do not know: refused, nothing written
    with pytest.raises(ConfigError, match="déjà"):
        add_document(tmp_path / "pkg", source)
    odd = tmp_path / "table.xlsx"
    odd.write_bytes(b"PK")
    with pytest.raises(ConfigError, match="format non pris en charge"):
        add_document(tmp_path / "pkg", odd)
    assert len(load_manifest(tmp_path / "pkg")) == 1


def test_add_reads_a_pdf_title_pages_and_keeps_comments_of_the_manifest(tmp_path):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "sources.yaml").write_text("# notes de l'agent\ndocuments: []\n", encoding="utf-8")
    pdf = next((REAL / "codev-dinan-avis-pcaet-2022").glob("*.pdf"))
    entry = add_document(folder, pdf)
    assert entry["media_type"] == "application/pdf" and entry["pages"] == 5
    assert (folder / "sources.yaml").read_text(encoding="utf-8").startswith("# notes de l'agent\n")
    assert [e.id for e in load_manifest(folder)] == [entry["id"]]


@pytest.mark.slow
def test_a_second_collectivite_publishes_its_own_package_beside_the_first(workdir):
    """The first customer's package, then another collectivité's made with `opendata init` and
    `opendata add`: two packages in the datasets folder, both in the catalogue, its page and the
    one warehouse, where a query compares their events."""
    import json

    import duckdb

    runner = CliRunner()
    first = runner.invoke(app, ["publish"])
    assert first.exit_code == 0, first.output
    second_dir = workdir / "lens"
    made = runner.invoke(app, ["init", str(second_dir), "--name", "jnc-territoires", "--title",
                               "Journées nationales des collectivités", "--publisher", "Agence Valmer"])
    # no --base-url: the package is served where the datasets folder is (the project's base_url)
    assert made.exit_code == 0, made.output
    report = next((REAL / "ademe-jnc-lyon-2022").glob("*.html"))
    added = runner.invoke(app, ["add", str(report), "--sources", str(second_dir), "--kind", "event_report"])
    assert added.exit_code == 0, added.output
    second = runner.invoke(app, ["publish", "--sources", str(second_dir)])
    assert second.exit_code == 0, second.output

    datasets = workdir / "datasets"
    assert (datasets / "numericamp-cua" / "latest" / "datapackage.json").is_file()
    package = json.loads((datasets / "jnc-territoires" / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["name"] == "jnc-territoires" and package["title"] == "Journées nationales des collectivités"
    catalogue = json.loads((datasets / "catalog.jsonld").read_text(encoding="utf-8"))
    text = json.dumps(catalogue, ensure_ascii=False)
    assert "Journées nationales des collectivités" in text and "NUMERICAMP" in text
    page = (datasets / "index.html").read_text(encoding="utf-8")
    assert "jnc-territoires" in page and "numericamp-cua" in page
    with duckdb.connect(str(datasets / "warehouse.duckdb"), read_only=True) as con:
        current = con.execute("SELECT package, release FROM history.current ORDER BY package").fetchall()
        assert current == [("jnc-territoires", "1.0.0"), ("numericamp-cua", "1.0.0")]
        events = con.execute("SELECT e.name, s.publisher FROM events e JOIN sources s USING (source_id)").fetchall()
        assert len(events) == 2 and len({e[0] for e in events}) == 2
    # the first package is published again unchanged: its release stays, the second's rows too
    again = runner.invoke(app, ["publish"])
    assert again.exit_code == 0, again.output
    with duckdb.connect(str(datasets / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2
