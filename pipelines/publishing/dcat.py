"""DCAT-AP 3 descriptions (JSON-LD) of the releases, as data.gouv.fr's harvester and any DCAT-AP
harvester read them: a ``dcat:Catalog`` of the packages of the datasets folder
(``datasets/catalog.jsonld``, pipelines/publishing/catalog.py) and, in each release folder,
``dcat.jsonld`` describing that version alone.

Every IRI of a catalogue entry is absolute: the base URL (``base_url`` of schemas/package.yaml,
or OPENDATA_BASE_URL) is the address of the datasets folder, and a path under it is the path of
the same file in that folder. Vocabularies are the EU authority tables (file types, data themes,
languages, frequencies), IANA media types and INSEE's geographic resources. The graph is built
with rdflib and serialised by it; tests/test_catalog.py validates it with pySHACL against the
DCAT-AP 3 shapes of tests/shapes/dcat-ap.ttl."""

from __future__ import annotations

import json
import os

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from ..errors import PipelineError

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
DCAT_VERSION = URIRef("http://www.w3.org/ns/dcat#version")   # DCAT 3, not in rdflib's DCAT yet
ADMS = Namespace("http://www.w3.org/ns/adms#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
PUBLISHER_TYPES = "http://purl.org/adms/publishertype/"
LANG = "fr"

LICENSE_URIS = {
    "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "lov2": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
# Data Package `format` -> code of the EU file-type table.
FILE_TYPES = {"csv": "CSV", "parquet": "PARQUET", "json": "JSON", "jsonld": "JSON_LD", "html": "HTML", "md": "TXT"}
CONTEXT = {
    "dcat": str(DCAT), "dct": str(DCTERMS), "foaf": str(FOAF), "vcard": str(VCARD), "skos": str(SKOS),
    "spdx": str(SPDX), "adms": str(ADMS), "dcatap": str(DCATAP), "xsd": str(XSD),
}


def base_url(meta: dict) -> str:
    """The address of the datasets folder, ending with ``/``."""
    url = os.environ.get("OPENDATA_BASE_URL") or meta.get("base_url") or ""
    if not url.startswith(("http://", "https://")):
        raise PipelineError(
            f"schemas/package.yaml, champ base_url (ou la variable OPENDATA_BASE_URL) : « {url} » n'est pas une "
            "adresse web complète (http:// ou https://) ; c'est l'adresse où le dossier datasets/ est publié, "
            "le catalogue DCAT en a besoin")
    return url.rstrip("/") + "/"


def new_graph() -> Graph:
    graph = Graph()
    for prefix, uri in CONTEXT.items():
        graph.bind(prefix, Namespace(uri))
    return graph


def _text(value: str) -> Literal:
    return Literal(" ".join(str(value).split()), lang=LANG)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


def _license(descriptor: dict) -> URIRef:
    lic = descriptor["licenses"][0]
    return URIRef(lic.get("path") or LICENSE_URIS.get(lic["name"], lic["name"]))


def publisher_node(graph: Graph, meta: dict) -> BNode:
    spec = meta.get("publisher") or {}
    name = spec.get("name") or next(
        (c["title"] for c in meta.get("contributors", []) if "publisher" in c.get("roles", [])), meta["name"])
    node = BNode("publisher")   # fixed blank-node labels: the same release gives the same bytes
    graph.add((node, RDF.type, FOAF.Organization))
    graph.add((node, RDF.type, FOAF.Agent))
    graph.add((node, FOAF.name, _text(name)))
    if spec.get("siren"):
        graph.add((node, DCTERMS.identifier, Literal(str(spec["siren"]))))
    if spec.get("type"):
        graph.add((node, DCTERMS.type, URIRef(PUBLISHER_TYPES + spec["type"])))
    return node


def contact_node(graph: Graph, meta: dict) -> BNode:
    spec = meta.get("contact_point") or {}
    node = BNode("contact-point")
    graph.add((node, RDF.type, VCARD.Kind))
    graph.add((node, RDF.type, VCARD.Organization))
    graph.add((node, VCARD.fn, _text(spec.get("name") or meta["title"])))
    if spec.get("email"):
        graph.add((node, VCARD.hasEmail, URIRef(f"mailto:{spec['email']}")))
    if spec.get("url") or meta.get("homepage"):
        graph.add((node, VCARD.hasURL, URIRef(spec.get("url") or meta["homepage"])))
    return node


def spatial_node(graph: Graph, meta: dict) -> URIRef | None:
    spec = meta.get("spatial")
    if not isinstance(spec, dict) or not spec.get("iri"):
        return None
    node = URIRef(spec["iri"])
    graph.add((node, RDF.type, DCTERMS.Location))
    if spec.get("name"):
        graph.add((node, SKOS.prefLabel, _text(spec["name"])))
    if spec.get("insee_code"):
        graph.add((node, DCTERMS.identifier, Literal(str(spec["insee_code"]))))
    return node


def add_dataset(graph: Graph, descriptor: dict, meta: dict, *, dataset_iri: str, release_url: str,
                issued: str | None = None) -> URIRef:
    """A dcat:Dataset for the package described by ``descriptor`` (a release's datapackage.json),
    with one dcat:Distribution per file of the release found at ``release_url``."""
    dataset = URIRef(dataset_iri)
    license_iri = _license(descriptor)
    graph.add((license_iri, RDF.type, DCTERMS.LicenseDocument))
    landing = URIRef(release_url + "index.html")
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.identifier, Literal(dataset_iri)))
    graph.add((dataset, DCTERMS.title, _text(descriptor["title"])))
    graph.add((dataset, DCTERMS.description, _text(descriptor["description"])))
    for keyword in descriptor.get("keywords", []):
        graph.add((dataset, DCAT.keyword, _text(keyword)))
    for theme in meta.get("themes", []):
        graph.add((dataset, DCAT.theme, URIRef(f"{EU}data-theme/{theme}")))
    graph.add((dataset, DCTERMS.language, URIRef(f"{EU}language/{meta.get('language', 'FRA')}")))
    graph.add((dataset, DCTERMS.accrualPeriodicity, URIRef(f"{EU}frequency/{meta.get('accrual_periodicity', 'IRREG')}")))
    graph.add((dataset, DCAT.landingPage, landing))
    graph.add((dataset, DCTERMS.publisher, publisher_node(graph, meta)))
    graph.add((dataset, DCAT.contactPoint, contact_node(graph, meta)))
    graph.add((dataset, DCTERMS.issued, _date(issued or descriptor["created"])))
    graph.add((dataset, DCTERMS.modified, _date(descriptor["created"])))
    graph.add((dataset, DCAT_VERSION, Literal(descriptor["version"])))
    graph.add((dataset, DCTERMS.license, license_iri))
    spatial = spatial_node(graph, meta)
    if spatial is not None:
        graph.add((dataset, DCTERMS.spatial, spatial))
    temporal = descriptor.get("temporal")
    if temporal:
        period = BNode(f"period-{descriptor['name']}")
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(temporal["start"], datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(temporal["end"], datatype=XSD.date)))
        graph.add((dataset, DCTERMS.temporal, period))
    for source in descriptor.get("sources", []):
        if str(source.get("path", "")).startswith(("http://", "https://")):
            graph.add((dataset, DCTERMS.source, URIRef(source["path"])))
    for res in descriptor["resources"]:
        graph.add((dataset, DCAT.distribution, _distribution(graph, res, release_url, landing, license_iri)))
    return dataset


def _distribution(graph: Graph, res: dict, release_url: str, landing: URIRef, license_iri: URIRef) -> URIRef:
    download = release_url + res["path"]
    dist = URIRef(download + "#distribution")
    graph.add((dist, RDF.type, DCAT.Distribution))
    graph.add((dist, DCTERMS.identifier, Literal(res["name"])))
    graph.add((dist, DCTERMS.title, _text(f"{res.get('title') or res['name']} ({res['format'].upper()})")))
    graph.add((dist, DCTERMS.description, _text(res.get("description") or res.get("title") or res["name"])))
    graph.add((dist, DCAT.accessURL, landing))
    graph.add((dist, DCAT.downloadURL, URIRef(download)))
    graph.add((dist, DCAT.mediaType, URIRef(IANA + res["mediatype"])))
    file_type = FILE_TYPES.get(res["format"].lower(), res["format"].upper())
    graph.add((dist, DCTERMS.format, URIRef(f"{EU}file-type/{file_type}")))
    graph.add((dist, DCAT.byteSize, Literal(int(res["bytes"]), datatype=XSD.nonNegativeInteger)))
    checksum = BNode(f"sha256-{res['hash'].removeprefix('sha256:')}")
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((checksum, SPDX.checksumValue, Literal(res["hash"].removeprefix("sha256:"), datatype=XSD.hexBinary)))
    graph.add((dist, SPDX.checksum, checksum))
    graph.add((dist, DCTERMS.license, license_iri))
    graph.add((dist, DCATAP.availability, URIRef(f"{EU}planned-availability/STABLE")))
    graph.add((dist, DCTERMS.conformsTo, URIRef(release_url + "datapackage.json")))
    return dist


def to_jsonld(graph: Graph) -> dict:
    return json.loads(graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True))


def dcat_document(descriptor: dict, meta: dict, package_path: str) -> dict:
    """``dcat.jsonld`` of one release: the version as a dcat:Dataset (IRI: the release folder's
    URL, ``<base>/<package_path>/<version>/``) and its distributions."""
    release_url = f"{base_url(meta)}{package_path}/{descriptor['version']}/"
    graph = new_graph()
    add_dataset(graph, descriptor, meta, dataset_iri=release_url, release_url=release_url)
    return to_jsonld(graph)
