"""Packages as configuration: one Data Package per collectivité or event series, each described by
a ``package.yaml`` in its sources folder (beside its manifest ``sources.yaml``), all published into
one datasets folder, one catalogue and one warehouse.

* ``opendata init`` writes the description (:func:`write_package`): name, title, publisher (with
  its SIREN where known), contact, licence, spatial coverage as an INSEE code and name, keywords,
  the base URL where the datasets folder is served.
* ``opendata add FILE`` copies a document into the folder and appends its manifest entry
  (:func:`add_document`): id, sha256, media type, pages, and the title and date read from the
  document where it can, for the data officer to complete.

The description of the first customer stays in ``schemas/package.yaml``, which also lists the
tables; a sources folder's ``package.yaml`` replaces its package fields (:func:`package_description`).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import yaml

from . import yamlio
from .errors import ConfigError
from .document.manifest import SourceEntry, slugify
from .document.readers import MEDIA_TYPES, read_document, sha256_bytes

PACKAGE_FILE = "package.yaml"
MANIFEST_FILE = "sources.yaml"
# What a sources folder's package.yaml may set; the tables and their schemas are the project's.
PACKAGE_FIELDS = ("name", "title", "description", "homepage", "base_url", "keywords", "licenses", "contributors",
                  "spatial", "publisher", "contact_point", "themes", "language", "accrual_periodicity")
LICENCES = {
    "etalab-2.0": ("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", "Licence Ouverte / Open Licence version 2.0"),
    "odbl-1.0": ("https://opendatacommons.org/licenses/odbl/1-0/", "Open Data Commons Open Database License 1.0"),
    "cc-by-4.0": ("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0"),
}
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,62}[a-z0-9]")


def package_description(schemas_dir: Path, sources_dir: Path | None = None) -> dict:
    """The package's description: ``schemas/package.yaml``, with the package fields of the sources
    folder's own ``package.yaml`` when it has one."""
    with open(schemas_dir / PACKAGE_FILE, encoding="utf-8") as fh:
        base = yamlio.safe_load(fh)
    own = sources_dir / PACKAGE_FILE if sources_dir is not None else None
    if own is None or not own.is_file():
        return base
    with open(own, encoding="utf-8") as fh:
        local = yamlio.safe_load(fh) or {}
    if not isinstance(local, dict):
        raise ConfigError(f"{own} : la description du paquet doit être une suite de champs « nom: valeur »")
    unknown = sorted(set(local) - set(PACKAGE_FIELDS))
    if unknown:
        raise ConfigError(f"{own} : champ(s) inconnu(s) {', '.join(unknown)} ; champs possibles : {', '.join(PACKAGE_FIELDS)}")
    _check_name(str(local.get("name") or ""), own)
    # the tables, and what every package of one datasets folder shares: where that folder is served
    # (base_url, unless the package sets its own) and the catalogue's vocabulary defaults
    shared = ("themes", "language", "accrual_periodicity", "base_url")
    merged = {k: v for k, v in base.items() if k not in PACKAGE_FIELDS or k in shared}
    merged.update({k: v for k, v in local.items() if v is not None or k not in shared})
    return merged


def _check_name(name: str, where: Path | str) -> None:
    if not _NAME.fullmatch(name):
        raise ConfigError(f"{where} : le nom du paquet « {name} » doit faire 3 à 64 caractères parmi a-z, 0-9 et « - » "
                          "(il nomme le dossier de ses versions)")


def write_package(folder: Path, *, name: str, title: str, publisher: str, siren: str | None = None,
                  description: str | None = None, contact_email: str | None = None, contact_url: str | None = None,
                  licence: str = "etalab-2.0", insee_code: str | None = None, spatial_name: str | None = None,
                  spatial_level: str = "commune", keywords: list[str] | None = None, base_url: str | None = None,
                  homepage: str | None = None) -> Path:
    """Write ``folder/package.yaml`` (and an empty ``sources.yaml``); refuse to overwrite one."""
    _check_name(name, "--name")
    if licence not in LICENCES:
        raise ConfigError(f"--licence « {licence} » : licences possibles : {', '.join(LICENCES)}")
    if siren is not None and not re.fullmatch(r"\d{9}", siren):
        raise ConfigError(f"--siren « {siren} » : un SIREN a 9 chiffres")
    if insee_code is not None and not re.fullmatch(r"\d[\dAB]\d{3}|\d{9}", insee_code):
        raise ConfigError(f"--insee « {insee_code} » : un code commune INSEE (5 caractères, 2A/2B pour la Corse) "
                          "ou le SIREN d'un EPCI (9 chiffres)")
    if base_url is not None and not re.match(r"https?://[^\s/]+", base_url):
        raise ConfigError(f"--base-url « {base_url} » : une adresse web en http(s)://")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PACKAGE_FILE
    if path.exists():
        raise ConfigError(f"{path} existe déjà : modifiez-le, ou choisissez un autre dossier")
    url, licence_title = LICENCES[licence]
    spatial = None
    if insee_code or spatial_name:
        spatial = {"name": spatial_name, "insee_code": insee_code, "level": spatial_level}
        if insee_code and len(insee_code) == 5:
            spatial["iri"] = f"http://id.insee.fr/geo/commune/{insee_code}"
    data = {
        "name": name,
        "title": title,
        "description": description or f"Données ouvertes extraites des documents publiés par {publisher}.",
        "homepage": homepage or contact_url,
        "base_url": (base_url.rstrip("/") + "/") if base_url else None,
        "keywords": keywords or [],
        "licenses": [{"name": licence, "path": url, "title": licence_title}],
        "contributors": [{"title": publisher, "roles": ["publisher"]}, {"title": "opendata-pipeline", "roles": ["producer"]}],
        "spatial": spatial,
        "publisher": {"name": publisher, "siren": siren, "type": "LocalAuthority"},
        "contact_point": {"name": f"{publisher}, données ouvertes", "email": contact_email, "url": contact_url},
    }
    header = ("# Description du paquet de données (écrite par `opendata init`) : le jeu de données publié, son\n"
              "# éditeur, sa licence, son territoire. Les tables et leurs schémas viennent de schemas/.\n")
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    manifest = folder / MANIFEST_FILE
    if not manifest.exists():
        manifest.write_text("# Un document par entrée ; `opendata add FICHIER` en ajoute un.\ndocuments: []\n", encoding="utf-8")
    return path


def add_document(sources_dir: Path, file: Path, *, doc_id: str | None = None, kind: str | None = None,
                 publisher: str | None = None, license: str | None = None, url: str | None = None) -> dict:
    """Copy ``file`` into ``sources_dir`` and append its manifest entry, with what the document
    says of itself (title, date, pages): -> the entry written."""
    if not file.is_file():
        raise ConfigError(f"{file} : fichier introuvable")
    suffix = file.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise ConfigError(f"{file.name} : format non pris en charge ({suffix or 'sans extension'}) ; "
                          f"formats lus : {', '.join(sorted(MEDIA_TYPES))}")
    sources_dir.mkdir(parents=True, exist_ok=True)
    manifest = sources_dir / MANIFEST_FILE
    entries = _entries(manifest)
    doc_id = doc_id or slugify(file.stem)
    if any(e.get("id") == doc_id for e in entries):
        raise ConfigError(f"{manifest} : un document a déjà l'identifiant « {doc_id} » (choisissez-en un avec --id)")
    target = sources_dir / file.name
    if any(e.get("file") == file.name for e in entries) or (target.exists() and target.resolve() != file.resolve()):
        raise ConfigError(f"{target} existe déjà dans le dossier des sources")
    data = file.read_bytes()
    if target.resolve() != file.resolve():
        shutil.copyfile(file, target)
    doc = read_document(SourceEntry(id=doc_id, file=file.name, path=target))
    entry = {
        "id": doc_id,
        "file": file.name,
        "title": doc.title or None,
        "publisher": publisher,
        "date": _iso_date(doc.date),
        "kind": kind,
        "license": license,
        "url": url or doc.url or (doc.metadata or {}).get("og:url"),
        "media_type": MEDIA_TYPES[suffix],
        "pages": doc.page_count,
        "sha256": sha256_bytes(data),
    }
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100)
    text = manifest.read_text(encoding="utf-8") if manifest.exists() else "documents:\n"
    if re.search(r"(?m)^documents:\s*\[\]\s*$", text):
        text = re.sub(r"(?m)^documents:\s*\[\]\s*$", "documents:", text)
    if not text.endswith("\n"):
        text += "\n"
    text += "".join("  " + line + "\n" for line in block.splitlines())
    manifest.write_text(text, encoding="utf-8")
    _entries(manifest)               # the file still reads
    return entry


def _entries(manifest: Path) -> list[dict]:
    if not manifest.exists():
        return []
    with open(manifest, encoding="utf-8") as fh:
        data = yamlio.safe_load(fh) or {}
    return list(data.get("documents") or [])


def _iso_date(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value or "")
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else (text or None)
