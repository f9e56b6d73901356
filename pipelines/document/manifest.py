"""The manifest of the raw documents (``sources/sources.yaml``) and the discovery of the
documents that were dropped in the folder without an entry."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import yamlio

from ..errors import SourceError

MANIFEST_NAMES = ("sources.yaml", "sources.yml")
SUPPORTED = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
MANIFEST_MAX_BYTES = 10 * 1024 * 1024     # a manifest of ten thousand documents is under 10 MB


@dataclass(frozen=True)
class SourceEntry:
    id: str
    file: str
    path: Path
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    kind: str | None = None
    license: str | None = None
    url: str | None = None
    description: str | None = None
    sha256: str | None = None
    in_manifest: bool = True


# Ligatures spelled out in identifiers ("Vœux" -> "voeux"); ``fold`` keeps one character for one.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})


def slugify(text: str) -> str:
    from ..lexicons import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(text.translate(_LIGATURES))).strip("-")
    return slug[:100] or "document"


def _manifest_path(sources_dir: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (sources_dir / name).is_file():
            return sources_dir / name
    return None


def load_manifest(sources_dir: Path) -> list[SourceEntry]:
    """Entries of the manifest, checked: ids unique and safe, files inside ``sources_dir``."""
    path = _manifest_path(sources_dir)
    if path is None:
        return []
    root = sources_dir.resolve()
    if root not in path.resolve().parents:
        raise SourceError(path.name, "le manifeste est un lien symbolique vers un fichier hors du dossier des sources : refusé")
    if path.stat().st_size > MANIFEST_MAX_BYTES:
        raise SourceError(path.name, f"le manifeste fait {path.stat().st_size} octets, au-delà de la limite de "
                          f"{MANIFEST_MAX_BYTES} octets d'un manifeste : refusé")
    try:
        data = yamlio.safe_load_without_aliases(path.read_text(encoding="utf-8")) or {}
    except yamlio.AliasesRefused as exc:
        raise SourceError(path.name, f"le manifeste utilise un alias YAML (« *nom », ligne {exc.line}) : refusé, "
                          "chaque valeur doit être écrite en toutes lettres") from exc
    except yamlio.YAMLError as exc:
        raise SourceError(path.name, f"le manifeste n'est pas un YAML valide ({exc})".replace("\n", " ")) from exc
    except UnicodeDecodeError as exc:
        raise SourceError(path.name, "le manifeste n'est pas un texte UTF-8") from exc
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        raise SourceError(path.name, "le manifeste doit avoir une liste « documents »")
    entries: list[SourceEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(documents, start=1):
        where = f"{path.name} (entry {index})"
        if not isinstance(item, dict) or not item.get("file"):
            raise SourceError(where, "chaque entrée doit au moins nommer son fichier (« file »)")
        _check_types(item, where)
        file = str(item["file"])
        target = (sources_dir / file).resolve()
        if root not in target.parents:
            raise SourceError(where, f"le fichier « {file} » est hors du dossier des sources")
        if not target.is_file():
            raise SourceError(where, f"le fichier « {file} » n'existe pas")
        source_id = str(item.get("id") or slugify(Path(file).stem))
        if not ID_PATTERN.match(source_id):
            raise SourceError(where, f"l'identifiant « {source_id} » doit être fait de minuscules, de chiffres, de « . », « _ » ou « - »")
        if source_id in seen:
            raise SourceError(where, f"l'identifiant « {source_id} » est utilisé deux fois")
        seen.add(source_id)
        date = item.get("date")
        entries.append(
            SourceEntry(
                id=source_id,
                file=file,
                path=target,
                title=_text(item.get("title")),
                publisher=_text(item.get("publisher")),
                date=str(date) if date else None,
                kind=_text(item.get("kind")),
                license=_text(item.get("license")),
                url=_text(item.get("url")),
                description=_text(item.get("description")),
                sha256=_text(item.get("sha256")),
            )
        )
    return entries


TEXT_FIELDS = ("id", "file", "title", "publisher", "kind", "license", "url", "description", "sha256")
FIELD_LABELS = {"id": "identifiant", "file": "fichier", "title": "titre", "publisher": "éditeur", "kind": "type",
                "license": "licence", "url": "adresse", "description": "description", "sha256": "empreinte SHA-256",
                "date": "date"}


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "un booléen"
    if isinstance(value, (list, tuple)):
        return "une liste"
    if isinstance(value, dict):
        return "un dictionnaire"
    return f"une valeur de type {type(value).__name__}"


def _check_types(item: dict, where: str) -> None:
    """Each field of a manifest entry is text (a number is taken as its text; a date may be a
    YAML date): anything else is refused, naming the entry and the field."""
    import datetime as dt

    for name in (*TEXT_FIELDS, "date"):
        value = item.get(name)
        if value is None:
            continue
        ok = isinstance(value, (str, int, float)) and not isinstance(value, bool)
        if name == "date":
            ok = ok or isinstance(value, (dt.date, dt.datetime))
        if not ok:
            raise SourceError(where, f"le champ « {name} » ({FIELD_LABELS[name]}) doit être un texte, "
                              f"pas {_kind_of(value)} ({str(value)[:60]})")


def _text(value) -> str | None:
    return None if value is None else str(value)


def discover_sources(sources_dir: Path) -> list[SourceEntry]:
    """The manifest's entries, then every other supported file of the folder (sorted by name),
    with what can be inferred from its name."""
    if not sources_dir.is_dir():
        raise SourceError(str(sources_dir), "le dossier des sources n'existe pas")
    entries = load_manifest(sources_dir)
    listed = {e.path for e in entries}
    root = sources_dir.resolve()
    ids = {e.id for e in entries}
    # the folder's entries with their type as the listing gives it: a file that is not a link
    # resolves to the resolved folder plus its name, without a look-up per component of its path
    # (a package of thousands of documents is listed twice per run)
    with os.scandir(sources_dir) as listing:
        found = sorted(listing, key=lambda item: item.name)
    for item in found:
        path = sources_dir / item.name
        link = item.is_symlink()
        resolved = path.resolve() if link else root / item.name
        if path.name.startswith(".") or path.name in MANIFEST_NAMES or resolved in listed:
            continue
        if not item.is_file() or path.suffix.lower() not in SUPPORTED:
            continue
        if link and root not in resolved.parents:
            raise SourceError(path.name, f"lien symbolique vers « {resolved} », hors du dossier des sources : "
                              "refusé (copier le fichier dans le dossier)")
        source_id = slugify(path.stem)
        if source_id in ids:
            raise SourceError(path.name, f"son identifiant déduit du nom, « {source_id} », est déjà celui d'un autre document")
        ids.add(source_id)
        entries.append(SourceEntry(id=source_id, file=path.name, path=resolved, in_manifest=False))
    return entries
