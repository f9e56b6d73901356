"""The inputs of a run in one hash, so that a run on unchanged inputs can say so without running.

The fingerprint covers every byte that decides what is published: the files of the sources folder
(documents and manifest), the Table Schemas and package metadata, the pipeline's code, lexicons and
templates, and the options read from the environment. After a successful run the CLI records it
in the cache folder (``<cache>/last-run.json``, beside the extraction cache; not in the published folder); the next ``opendata publish`` whose
fingerprint, latest release and warehouse all still match answers "unchanged" at once. Anything
else (a changed byte, a release published from the UI, a warehouse behind its releases, ``--force``,
``--bump``, ``--version``) runs the Dagster job as usual."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..settings import Settings

CODE_DIR = Path(__file__).resolve().parent.parent
STATE_FILE = "last-run.json"


def _hash_tree(digest, root: Path, patterns: tuple[str, ...]) -> None:
    if not root.is_dir():
        return
    for pattern in patterns:
        for path in sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())


def inputs_fingerprint(settings: Settings) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps({"person_names": settings.publish_person_names,
                              "max_bytes": settings.max_source_bytes}).encode())
    for root, patterns in ((settings.sources_dir, ("*",)), (settings.schemas_dir, ("*",)),
                           (CODE_DIR, ("*.py", "*.yaml", "*.j2", "*.css"))):
        digest.update(b"\1" + str(len(patterns)).encode())
        _hash_tree(digest, root, patterns)
    return digest.hexdigest()


def _latest_version(package_dir: Path) -> str | None:
    index = package_dir / "versions.json"
    try:
        releases = json.loads(index.read_text(encoding="utf-8"))["releases"]
    except (OSError, ValueError, KeyError):
        return None
    return releases[-1]["version"] if releases else None


def unchanged_since_last_run(settings: Settings, fingerprint: str) -> str | None:
    """The latest release's version when the last successful run had these very inputs, ended
    on the release that is still the latest, and left the warehouse with every release."""
    try:
        state = json.loads((settings.cache_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    latest = _latest_version(settings.package_dir)
    if state.get("package") != str(settings.package_dir):
        return None
    if latest is None or state.get("fingerprint") != fingerprint or state.get("release") != latest:
        return None
    if not (settings.package_dir / latest / "datapackage.json").is_file():
        return None
    if state.get("warehouse") != str(settings.warehouse_path) or not settings.warehouse_path.is_file():
        return None
    if state.get("warehouse_stat") != _stat(settings.warehouse_path):
        return None
    return latest


def _stat(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def record_run(settings: Settings, fingerprint: str, release: str) -> None:
    path = settings.cache_dir / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps({
        "fingerprint": fingerprint,
        "package": str(settings.package_dir),
        "release": release,
        "warehouse": str(settings.warehouse_path),
        "warehouse_stat": _stat(settings.warehouse_path),
    }, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
