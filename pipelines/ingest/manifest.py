"""The manifest of the raw documents (``sources/sources.yaml``) and the discovery of the
documents that were dropped in the folder without an entry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import yamlio

from ..errors import SourceError

MANIFEST_NAMES = ("sources.yaml", "sources.yml")
SUPPORTED = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


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


def slugify(text: str) -> str:
    from ..lexicons import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
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
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    except yamlio.YAMLError as exc:
        raise SourceError(path.name, f"the manifest is not valid YAML ({exc})".replace("\n", " ")) from exc
    except UnicodeDecodeError as exc:
        raise SourceError(path.name, "the manifest is not UTF-8 text") from exc
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, list):
        raise SourceError(path.name, "the manifest must have a 'documents' list")
    root = sources_dir.resolve()
    entries: list[SourceEntry] = []
    seen: set[str] = set()
    for index, item in enumerate(documents, start=1):
        where = f"{path.name} (entry {index})"
        if not isinstance(item, dict) or not item.get("file"):
            raise SourceError(where, "each entry needs at least a 'file'")
        file = str(item["file"])
        target = (sources_dir / file).resolve()
        if root not in target.parents:
            raise SourceError(where, f"the file '{file}' is outside the sources folder")
        if not target.is_file():
            raise SourceError(where, f"the file '{file}' does not exist")
        source_id = str(item.get("id") or slugify(Path(file).stem))
        if not ID_PATTERN.match(source_id):
            raise SourceError(where, f"the id '{source_id}' must be lower-case letters, digits, '.', '_' or '-'")
        if source_id in seen:
            raise SourceError(where, f"the id '{source_id}' is used twice")
        seen.add(source_id)
        date = item.get("date")
        entries.append(
            SourceEntry(
                id=source_id,
                file=file,
                path=target,
                title=item.get("title"),
                publisher=item.get("publisher"),
                date=str(date) if date else None,
                kind=item.get("kind"),
                license=item.get("license"),
                url=item.get("url"),
                description=item.get("description"),
                sha256=item.get("sha256"),
            )
        )
    return entries


def discover_sources(sources_dir: Path) -> list[SourceEntry]:
    """The manifest's entries, then every other supported file of the folder (sorted by name),
    with what can be inferred from its name."""
    if not sources_dir.is_dir():
        raise SourceError(str(sources_dir), "the sources folder does not exist")
    entries = load_manifest(sources_dir)
    listed = {e.path for e in entries}
    ids = {e.id for e in entries}
    for path in sorted(sources_dir.iterdir()):
        if path.name.startswith(".") or path.name in MANIFEST_NAMES or path.resolve() in listed:
            continue
        if not path.is_file() or path.suffix.lower() not in SUPPORTED:
            continue
        source_id = slugify(path.stem)
        if source_id in ids:
            raise SourceError(path.name, f"its inferred id '{source_id}' is already used by another document")
        ids.add(source_id)
        entries.append(SourceEntry(id=source_id, file=path.name, path=path.resolve(), in_manifest=False))
    return entries
