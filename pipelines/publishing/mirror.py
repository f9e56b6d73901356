"""Copy the published releases to any filesystem fsspec knows (``s3://``, ``gs://``, ``az://``,
``file://``, ``memory://``...), for a portal or a data lake that reads object storage.

Object stores have no atomic rename, so completeness is carried by order: a version's files first,
its ``datapackage.json`` last (a version folder without one is incomplete and is uploaded again),
then ``versions.json`` and ``CHANGELOG.md``, and last a copy of the newest version under
``latest/``. A version already complete at the destination is never rewritten (releases are
immutable). Every uploaded file is checked against the size and SHA-256 the release lists.

The DuckDB warehouse, when given, goes beside the package folder (``<destination>/<file name>``,
as ``datasets/warehouse.duckdb`` sits beside it locally), with a ``.sha256`` file written after
it: an unchanged warehouse is not uploaded again. DuckDB attaches it there read-only
(``ATTACH 's3://.../warehouse.duckdb' (READ_ONLY)``)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import fsspec

from ..errors import PipelineError


@dataclass
class MirrorResult:
    destination: str
    uploaded: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    latest: str | None = None
    warehouse: str | None = None     # "uploaded", "unchanged", or None when not mirrored


def _files(release_dir: Path) -> list[Path]:
    return sorted(p for p in release_dir.rglob("*") if p.is_file())


def _put(fs, local: Path, remote: str) -> None:
    fs.makedirs(remote.rsplit("/", 1)[0], exist_ok=True)
    with open(local, "rb") as src, fs.open(remote, "wb") as dst:
        dst.write(src.read())


def _verify(fs, remote: str, expected_bytes: int, expected_sha: str | None) -> None:
    with fs.open(remote, "rb") as fh:
        data = fh.read()
    if len(data) != expected_bytes or (expected_sha and hashlib.sha256(data).hexdigest() != expected_sha):
        raise PipelineError(f"{remote}: the copy differs from the published file (size or SHA-256)")


def _upload_release(fs, release_dir: Path, remote_dir: str) -> None:
    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    listed = {r["path"]: (r.get("bytes"), (r.get("hash") or "").removeprefix("sha256:")) for r in descriptor["resources"]}
    files = [p for p in _files(release_dir) if p.name != "datapackage.json"] + [release_dir / "datapackage.json"]
    for path in files:
        rel = path.relative_to(release_dir).as_posix()
        remote = f"{remote_dir}/{rel}"
        _put(fs, path, remote)
        size, sha = listed.get(rel, (path.stat().st_size, None))
        _verify(fs, remote, size if size is not None else path.stat().st_size, sha or None)


def _upload_warehouse(fs, warehouse: Path, remote: str) -> bool:
    """Upload the warehouse unless the destination has these very bytes; True when uploaded."""
    wal = warehouse.with_name(warehouse.name + ".wal")
    if wal.exists():
        # Changes in a DuckDB journal are not in the file yet: the copy would lack them.
        raise PipelineError(f"l'entrepôt {warehouse} a un journal DuckDB ({wal.name}) : un programme l'écrit ou a été "
                            "interrompu ; sa copie serait incomplète. Fermez ce programme (ou ouvrez une fois le "
                            "fichier avec DuckDB), puis relancez")
    data = warehouse.read_bytes()      # one read: the file may be replaced by a run meanwhile
    sha = hashlib.sha256(data).hexdigest()
    marker = f"{remote}.sha256"
    if fs.exists(remote) and fs.exists(marker) and fs.cat_file(marker).decode().split()[0] == sha:
        return False
    fs.makedirs(remote.rsplit("/", 1)[0], exist_ok=True)
    with fs.open(remote, "wb") as dst:
        dst.write(data)
    _verify(fs, remote, len(data), sha)
    with fs.open(marker, "wb") as dst:
        dst.write(f"{sha}  {warehouse.name}\n".encode())
    return True


def mirror_package(package_dir: Path, destination: str, warehouse: Path | None = None) -> MirrorResult:
    index = package_dir / "versions.json"
    if not index.is_file():
        raise PipelineError(f"{package_dir}: no versions.json, nothing published to mirror")
    releases = [r["version"] for r in json.loads(index.read_text(encoding="utf-8"))["releases"]]
    fs, root = fsspec.core.url_to_fs(destination.rstrip("/") + "/" + package_dir.name)
    result = MirrorResult(destination=destination)
    for version in releases:
        remote_dir = f"{root}/{version}"
        if fs.exists(f"{remote_dir}/datapackage.json"):
            result.already_there.append(version)
            continue
        _upload_release(fs, package_dir / version, remote_dir)
        result.uploaded.append(version)
    for name in ("versions.json", "CHANGELOG.md"):
        if (package_dir / name).is_file():
            _put(fs, package_dir / name, f"{root}/{name}")
    if releases:
        result.latest = releases[-1]
        _upload_release(fs, package_dir / releases[-1], f"{root}/latest")
    if warehouse is not None and warehouse.is_file():
        parent = root.rsplit("/", 1)[0] if "/" in root else ""
        remote = f"{parent}/{warehouse.name}" if parent else warehouse.name
        result.warehouse = "uploaded" if _upload_warehouse(fs, warehouse, remote) else "unchanged"
    return result
