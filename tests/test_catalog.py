"""The DCAT-AP catalogue of the datasets folder and each release's dcat.jsonld: read back with
rdflib, validated with pySHACL against the DCAT-AP 3 shapes of tests/shapes/dcat-ap.ttl, every
IRI absolute under the base URL and pointing at a file that exists; the French catalogue page."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urldefrag

import pyarrow.compute as pc
import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, Namespace

DCAT = Namespace("http://www.w3.org/ns/dcat#")

from pipelines.errors import PipelineError
from pipelines.labels import field_vocabularies
from pipelines.publishing.release import publish_release
from pipelines.schemas import table_schema

from .conftest import ROOT, SOURCES, extracted_tables

SHAPES = Path(__file__).parent / "shapes" / "dcat-ap.ttl"
BASE = "https://donnees.example.fr/opendata/"


@pytest.fixture(scope="module")
def datasets(tmp_path_factory):
    root = tmp_path_factory.mktemp("catalog")
    datasets = root / "datasets"
    schemas = root / "schemas"
    shutil.copytree(ROOT / "schemas", schemas)
    meta = (schemas / "package.yaml").read_text(encoding="utf-8")
    (schemas / "package.yaml").write_text(
        meta.replace("base_url: https://www.cu-arras.org/opendata/", f"base_url: {BASE}"), encoding="utf-8")
    tables = extracted_tables()
    package = datasets / "numericamp-cua"
    publish_release(tables, package_dir=package, schemas_dir=schemas, sources_dir=SOURCES)
    figures = tables["key_figures"]
    value = pc.if_else(pc.equal(figures["metric"], "visitors"), 451.0, figures["value"])
    changed = dict(tables, key_figures=figures.set_column(figures.column_names.index("value"), "value", value))
    publish_release(changed, package_dir=package, schemas_dir=schemas, sources_dir=SOURCES)
    return datasets


def load(path: Path) -> Graph:
    return Graph().parse(path, format="json-ld")


def shacl_results(graph: Graph) -> list[str]:
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, report, text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=False)
    results = [str(o) for o in report.objects(None, URIRef("http://www.w3.org/ns/shacl#resultMessage"))]
    assert conforms or results, text
    return results if not conforms or results else []


def test_catalog_satisfies_dcat_ap_shapes(datasets):
    graph = load(datasets / "catalog.jsonld")
    assert shacl_results(graph) == []
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert catalogs == [URIRef(BASE + "catalog.jsonld")]
    dataset = URIRef(BASE + "numericamp-cua/")
    assert (catalogs[0], DCAT.dataset, dataset) in graph
    assert str(graph.value(dataset, URIRef(str(DCAT) + "version"))) == "1.0.1"
    assert set(graph.objects(dataset, DCTERMS.hasVersion)) == {URIRef(BASE + "numericamp-cua/1.0.0/"),
                                                              URIRef(BASE + "numericamp-cua/1.0.1/")}
    assert (dataset, DCTERMS.language, URIRef("http://publications.europa.eu/resource/authority/language/FRA")) in graph
    assert (dataset, DCTERMS.spatial, URIRef("http://id.insee.fr/geo/commune/62041")) in graph
    formats = {str(o) for o in graph.objects(None, DCTERMS["format"])}
    assert formats == {"http://publications.europa.eu/resource/authority/file-type/CSV",
                       "http://publications.europa.eu/resource/authority/file-type/PARQUET"}


def test_shapes_catch_a_missing_access_url(datasets):
    """The shapes can fail: the same catalogue without one accessURL is refused."""
    graph = load(datasets / "catalog.jsonld")
    dist = next(graph.subjects(RDF.type, DCAT.Distribution))
    graph.remove((dist, DCAT.accessURL, None))
    graph.remove((next(graph.subjects(RDF.type, DCAT.Catalog)), DCTERMS.modified, None))
    results = shacl_results(graph)
    assert len(results) == 2, results


def test_release_dcat_satisfies_the_shapes(datasets):
    graph = load(datasets / "numericamp-cua" / "1.0.1" / "dcat.jsonld")
    assert shacl_results(graph) == []
    assert list(graph.subjects(RDF.type, DCAT.Dataset)) == [URIRef(BASE + "numericamp-cua/1.0.1/")]


@pytest.mark.parametrize("name", ["catalog.jsonld", "numericamp-cua/1.0.0/dcat.jsonld"])
def test_every_identifier_is_a_url_of_a_published_file(datasets, name):
    graph = load(datasets / name)
    iris = set()
    for cls in (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution):
        iris.update(graph.subjects(RDF.type, cls))
    for prop in (DCAT.accessURL, DCAT.downloadURL, DCAT.landingPage, DCTERMS.hasVersion, DCTERMS.conformsTo):
        iris.update(graph.objects(None, prop))
    assert len(iris) > 10
    for iri in iris:
        assert isinstance(iri, URIRef) and str(iri).startswith(BASE), iri
        path = datasets / urldefrag(str(iri)).url.removeprefix(BASE)
        assert path.exists(), f"{iri} -> {path}"
    downloads = {str(o).removeprefix(BASE) for o in graph.objects(None, DCAT.downloadURL)}
    version = name.split("/")[1] if "/" in name else "1.0.1"
    descriptor = json.loads((datasets / "numericamp-cua" / version / "datapackage.json").read_text())
    assert downloads == {f"numericamp-cua/{version}/{r['path']}" for r in descriptor["resources"]}


def test_catalog_page_lists_packages_in_french(datasets):
    html = (datasets / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "Dernière version" in html
    assert 'href="numericamp-cua/1.0.1/index.html"' in html and 'href="catalog.jsonld"' in html
    assert "3 tables" in html and "2 versions" in html
    assert re.search(r"publiée le \d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                     r"novembre|décembre) \d{4}", html)


def test_a_base_url_that_is_not_a_web_address_is_refused_before_publishing(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENDATA_BASE_URL", "datasets/")
    with pytest.raises(PipelineError, match="base_url"):
        publish_release(extracted_tables(), package_dir=tmp_path / "pkg", schemas_dir=ROOT / "schemas",
                        sources_dir=SOURCES)
    assert not (tmp_path / "pkg" / "1.0.0").exists() and not (tmp_path / "catalog.jsonld").exists()


def test_labels_cover_every_code_of_the_schemas():
    for name, codes in field_vocabularies().items():
        table, field = name.split(".")
        spec = next(f for f in table_schema(ROOT / "schemas", table)["fields"] if f["name"] == field)
        assert set(codes) == set(spec["constraints"]["enum"]), name
