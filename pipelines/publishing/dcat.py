"""A DCAT (JSON-LD) description of a release and its distributions, for data.gouv.fr, CKAN or
any DCAT-AP harvester."""

from __future__ import annotations

LICENSE_URIS = {
    "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "lov2": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "adms": "http://www.w3.org/ns/adms#",
}


def dcat_document(descriptor: dict, base_url: str = "") -> dict:
    """The release's ``datapackage.json`` descriptor as a dcat:Dataset with one dcat:Distribution
    per file. ``base_url`` (OPENDATA_BASE_URL) prefixes download URLs; empty keeps them relative
    to the release folder."""
    prefix = base_url.rstrip("/") + "/" if base_url else ""
    version = descriptor["version"]
    dataset_id = f"{prefix}{descriptor['name']}/{version}/" if prefix else f"{descriptor['name']}/{version}/"
    license_name = descriptor["licenses"][0]["name"]
    license_uri = descriptor["licenses"][0].get("path") or LICENSE_URIS.get(license_name, license_name)
    publisher = next((c["title"] for c in descriptor.get("contributors", []) if "publisher" in c.get("roles", [])), None)
    distributions = []
    for res in descriptor["resources"]:
        distributions.append({
            "@type": "dcat:Distribution",
            "dct:identifier": res["name"],
            "dct:title": res.get("title") or res["name"],
            "dct:description": res.get("description", ""),
            "dcat:downloadURL": {"@id": f"{dataset_id}{res['path']}" if prefix else res["path"]},
            "dcat:mediaType": res["mediatype"],
            "dct:format": res["format"].upper(),
            "dcat:byteSize": {"@value": str(res["bytes"]), "@type": "xsd:nonNegativeInteger"},
            "spdx:checksum": {
                "@type": "spdx:Checksum",
                "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                "spdx:checksumValue": res["hash"].removeprefix("sha256:"),
            },
            "dct:license": {"@id": license_uri},
            "dct:conformsTo": {"@id": f"{dataset_id}datapackage.json" if prefix else "datapackage.json"},
        })
    dataset = {
        "@context": CONTEXT,
        "@id": dataset_id,
        "@type": "dcat:Dataset",
        "dct:identifier": f"{descriptor['name']}@{version}",
        "dct:title": descriptor["title"],
        "dct:description": descriptor["description"],
        "dcat:keyword": descriptor.get("keywords", []),
        "dct:license": {"@id": license_uri},
        "dct:issued": {"@value": descriptor["created"], "@type": "xsd:dateTime"},
        "adms:version": version,
        "dcat:version": version,
        "dcat:distribution": distributions,
    }
    if publisher:
        dataset["dct:publisher"] = {"@type": "foaf:Organization", "foaf:name": publisher}
    if descriptor.get("spatial"):
        dataset["dct:spatial"] = {"@type": "dct:Location", "dct:description": descriptor["spatial"]}
    temporal = descriptor.get("temporal")
    if temporal:
        dataset["dct:temporal"] = {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": {"@value": temporal["start"], "@type": "xsd:date"},
            "dcat:endDate": {"@value": temporal["end"], "@type": "xsd:date"},
        }
    if descriptor.get("sources"):
        dataset["dct:source"] = [s.get("path") for s in descriptor["sources"]]
    return dataset
