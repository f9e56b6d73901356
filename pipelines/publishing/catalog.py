"""The catalogue of the datasets folder: ``catalog.jsonld`` (a DCAT-AP ``dcat:Catalog`` whose
datasets are the packages, each described by its latest release, with its versions linked) and
``index.html`` (the same list for people, in French). Both are rewritten, atomically, after every
release; a harvester (data.gouv.fr) starts from the first, a visitor from the second."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from rdflib import URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from ..files import atomic_write_text
from ..labels import date_fr, file_size, plural
from .versions import list_versions
from .dcat import EU, _date, _text, add_dataset, base_url, new_graph, publisher_node, spatial_node, to_jsonld

CATALOG_FILE = "catalog.jsonld"
PAGE_FILE = "index.html"


def published_packages(datasets_dir: Path) -> list[dict]:
    """Every package folder of ``datasets_dir`` with at least one complete release: its folder
    name, versions (oldest first) and the descriptors of its first and latest releases."""
    packages = []
    for child in sorted(datasets_dir.iterdir()) if datasets_dir.is_dir() else []:
        if not child.is_dir() or child.name.startswith(".") or not (child / "versions.json").is_file():
            continue
        versions = list_versions(child)
        if not versions:
            continue
        try:
            first, latest = (json.loads((child / v / "datapackage.json").read_text(encoding="utf-8"))
                             for v in (versions[0], versions[-1]))
        except (OSError, ValueError):
            continue      # not a package this pipeline wrote: left out of the catalogue, not an error
        packages.append({"path": child.name, "versions": versions, "first": first, "latest": latest})
    return packages


def catalog_graph(datasets_dir: Path, meta: dict):
    base = base_url(meta)
    graph = new_graph()
    catalog = URIRef(base + CATALOG_FILE)
    packages = published_packages(datasets_dir)
    graph.add((catalog, RDF.type, DCAT.Catalog))
    graph.add((catalog, DCTERMS.title, _text(f"Données ouvertes — {(meta.get('publisher') or {}).get('name', meta['title'])}")))
    graph.add((catalog, DCTERMS.description, _text(
        "Catalogue des jeux de données ouverts publiés par ce pipeline : chaque jeu est décrit par sa dernière "
        "version, avec ses fichiers CSV et Parquet, leur taille et leur empreinte SHA-256.")))
    graph.add((catalog, DCTERMS.publisher, publisher_node(graph, meta)))
    graph.add((catalog, FOAF.homepage, URIRef(base + PAGE_FILE)))
    graph.add((catalog, DCTERMS.language, URIRef(f"{EU}language/{meta.get('language', 'FRA')}")))
    graph.add((catalog, DCAT.themeTaxonomy, URIRef(f"{EU}data-theme")))
    lic = meta["licenses"][0]
    graph.add((catalog, DCTERMS.license, URIRef(lic.get("path") or lic["name"])))
    spatial = spatial_node(graph, meta)
    if spatial is not None:
        graph.add((catalog, DCTERMS.spatial, spatial))
    if packages:
        graph.add((catalog, DCTERMS.issued, _date(min(p["first"]["created"] for p in packages))))
        graph.add((catalog, DCTERMS.modified, _date(max(p["latest"]["created"] for p in packages))))
    for package in packages:
        package_url = f"{base}{package['path']}/"
        dataset = add_dataset(graph, package["latest"], meta, dataset_iri=package_url,
                              release_url=f"{package_url}{package['latest']['version']}/",
                              issued=package["first"]["created"])
        for version in package["versions"]:
            graph.add((dataset, DCTERMS.hasVersion, URIRef(f"{package_url}{version}/")))
        graph.add((catalog, DCAT.dataset, dataset))
    return graph


def catalog_page(datasets_dir: Path, meta: dict) -> str:
    packages = []
    for package in published_packages(datasets_dir):
        latest = package["latest"]
        data = [r for r in latest["resources"] if r.get("format") == "csv"]
        packages.append({
            "path": package["path"], "title": latest["title"], "description": latest["description"],
            "version": latest["version"], "created": date_fr(latest["created"]),
            "versions": plural(len(package["versions"]), "version"),
            "tables": plural(len(data), "table"),
            "size": file_size(sum(r["bytes"] for r in latest["resources"])),
        })
    env = Environment(loader=PackageLoader("pipelines", "templates"), autoescape=select_autoescape(["html", "j2"]))
    publisher = (meta.get("publisher") or {}).get("name", "")
    return env.get_template("catalog.html.j2").render(packages=packages, publisher=publisher)


def write_catalog(datasets_dir: Path, meta: dict) -> None:
    """(Re)write ``catalog.jsonld`` and ``index.html`` at the root of the datasets folder."""
    document = to_jsonld(catalog_graph(datasets_dir, meta))
    atomic_write_text(datasets_dir / CATALOG_FILE, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    atomic_write_text(datasets_dir / PAGE_FILE, catalog_page(datasets_dir, meta))
