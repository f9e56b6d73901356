"""The inputs of a run in one hash, so that a run on unchanged inputs can say so without running.

The fingerprint covers every byte that decides what is published: the files of the sources folder
(documents and manifest), the Table Schemas and package metadata, the pipeline's code, lexicons and
templates, and the options read from the environment. After a successful run the CLI records it
in the cache folder (``<cache>/last-run.json``, beside the extraction cache; not in the published folder); the next ``opendata publish`` whose
fingerprint, latest release and warehouse all still match answers "unchanged" at once. Files are
recognised as unchanged by (size, mtime, inode) and hashed only when those change; files the run
would not read (ignored types, over the size limit) are never read. Anything
else (a changed byte, a release published from the UI, a warehouse behind its releases, ``--force``,
``--bump``, ``--version``) runs the Dagster job as usual."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import time
from pathlib import Path

from ..files import sha256_file
from ..settings import Settings

CODE_DIR = Path(__file__).resolve().parent.parent
STATE_FILE = "last-run.json"
HASHES_FILE = "file-hashes.json"
# A file modified this recently may change again within the same mtime tick: hashed every time.
RACY_SECONDS = 2.0


class FileHashes:
    """SHA-256 of files, reused while a file's (size, mtime, inode) stay the same, so that an
    unchanged folder is fingerprinted from ``stat`` alone; a changed file is hashed in 1 MB
    chunks (bounded memory, whatever its size). Kept in the cache folder (``file-hashes.json``).
    The ``source_documents`` step asks it too (:meth:`of`), after the fingerprint has refreshed it,
    to find the documents it read before (``pipelines/runtime/cache.py``, read index)."""

    def __init__(self, cache_dir: Path):
        self.path = cache_dir / HASHES_FILE
        try:
            self.known = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.known = {}
        self.seen: dict[str, list] = {}

    def sha256(self, path: Path, st: os.stat_result) -> str:
        key = str(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
        cached = self.known.get(key)
        if isinstance(cached, list) and cached[:3] == stamp and len(cached) == 4:
            digest = cached[3]
        else:
            digest = sha256_file(path)
        if time.time() - st.st_mtime_ns / 1e9 > RACY_SECONDS:
            self.seen[key] = stamp + [digest]
        return digest

    def of(self, path: Path) -> str | None:
        """The SHA-256 of the file at ``path`` as it is now (None if it cannot be read)."""
        try:
            return self.sha256(path, path.stat())
        except OSError:
            return None

    def save(self) -> None:
        if self.seen == self.known:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
            tmp.write_text(json.dumps(self.seen), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass    # a read-only cache only costs hashing again next time


def _tree_files(root: Path, patterns: tuple[str, ...]) -> list[tuple[tuple[str, ...], os.DirEntry]]:
    """The entries under ``root`` whose name matches one of ``patterns``, in the order of
    ``sorted(root.rglob(pattern))`` for each pattern in turn (directories included, symbolic links to
    directories listed but not entered, ``__pycache__`` folders left out), walked ONCE with
    ``os.scandir`` whatever the number of patterns: the entries carry their type, so a folder of
    1,000 documents is listed without a ``Path`` object or an extra system call per file."""
    found: list[tuple[tuple[str, ...], os.DirEntry]] = []

    def walk(folder: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if entry.name == "__pycache__":
                continue
            found.append((parts + (entry.name,), entry))
            try:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, parts + (entry.name,))
            except OSError:
                continue

    if "__pycache__" in root.parts:
        return []
    walk(str(root), ())
    ordered = []
    for pattern in patterns:
        ordered.extend(sorted((f for f in found if fnmatch.fnmatchcase(f[0][-1], pattern)), key=lambda f: f[0]))
    return ordered


def _hash_tree(digest, root: Path, patterns: tuple[str, ...], hashes: FileHashes, read=None) -> None:
    """Fold the files of ``root`` into ``digest``: each file's path, then its content hash, or only
    its size and mtime when ``read(path, size)`` says its bytes cannot change what is published (a
    file of a type the pipeline ignores, one over the size limit). A symbolic link leaving ``root``
    is folded as its target's name, never followed (the run refuses it)."""
    if not root.is_dir():
        return
    top = root.resolve()
    for parts, entry in _tree_files(root, patterns):
        rel = "/".join(parts)
        try:
            if entry.is_symlink():
                path = Path(entry.path)
                if top not in path.resolve().parents:
                    digest.update(rel.encode() + b"\0->" + os.readlink(path).encode())
                    continue
            if not entry.is_file():
                continue
            st = os.stat(entry.path)
        except OSError:
            continue
        digest.update(rel.encode())
        digest.update(b"\0")
        path = Path(entry.path)
        if read is None or read(path, st.st_size):
            digest.update(bytes.fromhex(hashes.sha256(path, st)))
        else:
            digest.update(f"{st.st_size}:{st.st_mtime_ns}".encode())


def inputs_fingerprint(settings: Settings) -> str:
    from ..document.manifest import MANIFEST_NAMES, SUPPORTED

    def source_bytes_matter(path: Path, size: int) -> bool:
        if path.name in MANIFEST_NAMES:
            return True
        return path.suffix.lower() in SUPPORTED and size <= settings.max_source_bytes

    digest = hashlib.sha256()
    digest.update(json.dumps({"person_names": settings.publish_person_names,
                              "max_bytes": settings.max_source_bytes,
                              "max_pages": settings.max_pages,
                              "max_text_chars": settings.max_text_chars}).encode())
    hashes = FileHashes(settings.cache_dir)
    for root, patterns, read in ((settings.sources_dir, ("*",), source_bytes_matter), (settings.schemas_dir, ("*",), None),
                                 (CODE_DIR, ("*.py", "*.yaml", "*.j2", "*.css"), None)):
        digest.update(b"\1" + str(len(patterns)).encode())
        _hash_tree(digest, root, patterns, hashes, read)
    hashes.save()
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
