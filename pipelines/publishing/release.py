"""Releases: a version folder assembled aside and renamed into place (atomic, never rewritten),
``versions.json``, ``CHANGELOG.md`` and the ``latest`` link, and the warehouse that goes with them.

Order of a publish, under the package lock and then the warehouse lock:
1. the version folder is staged (``.staging-*``), validated and flushed;
2. the new warehouse is written beside the live one (``.warehouse.duckdb.tmp-*``), views on the new
   version;
3. the staged folder is renamed into place, then the new warehouse replaces the live one; if that
   replacement fails, the folder is taken back and nothing is published;
4. ``versions.json``, ``CHANGELOG.md`` and ``latest`` move to the new version.
Readers of ``latest`` and ``versions.json`` therefore never see a release the warehouse lacks. A
run killed between two steps leaves a state the next run's ``recover`` completes: leftovers are
removed, a version folder that is complete is indexed, and a warehouse that lags the releases is
brought up to them (even when nothing else changed)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from .dcat import dcat_document
from .catalog import write_catalog
from .manifest import kept_manifest_items, write_manifest
from .changes import changelog_entry, summary_line
from ..errors import PipelineError, ValidationFailed
from ..files import (atomic_write_text, checkpoint, extend_csv, fsync_tree, same_rows, sha256_file,
                     write_csv, write_parquet)
from ..runtime.locking import exclusive_lock
from ..runtime.memory import give_back
from ..warehouse import database as warehouse_db
from ..warehouse.store import ReleaseChanges, RowChange
from .folders import needs_recovery  # noqa: F401  (re-exported)
from .release_kept import ReleaseTables, WrittenCSV, _csv_resources
from .versions import (
    BUMPS,
    bump_version,
    diff_releases,
    list_versions,
    parse_version,
    required_bump,
)
from ..labels import plural
from .notes import RunNotes, validation_markdown
from ..schemas import package_metadata, table_schema
from .page import render_release_page
from ..validation.frictionless import choose_engine, resource_descriptor, validate_folder
from ..validation.report import ValidationReport, schema_titles

FIRST_VERSION = "1.0.0"
DATA_DIR = "data"


@dataclass
class ReleaseResult:
    status: str                      # "published" or "unchanged"
    version: str
    path: Path
    rows: dict[str, int]
    bump: str | None = None
    changes: list[str] = field(default_factory=list)
    previous: str | None = None
    warehouse: warehouse_db.WarehouseResult | None = None


# --------------------------------------------------------------------------- listing, recovery


def _release_entry(release_dir: Path) -> dict:
    descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
    return {
        "version": descriptor["version"],
        "created": descriptor["created"],
        "path": f"{release_dir.name}/",
        "files": {r["path"]: r["hash"].removeprefix("sha256:") for r in descriptor["resources"]},
        "rows": {r["name"]: r.get("rows") for r in descriptor["resources"] if r.get("format") == "csv"},
        "summary": descriptor.get("x_release", {}).get("summary", ""),
        "previous": descriptor.get("x_release", {}).get("previous"),
        "bump": descriptor.get("x_release", {}).get("bump"),
        "changes": descriptor.get("x_release", {}).get("changes", []),
    }


def recover(package_dir: Path, warehouse_path: Path | None = None) -> warehouse_db.WarehouseResult | None:
    """Bring the package folder back to a consistent state after an interrupted run: drop
    unfinished staging folders, bring the warehouse (when given) up to the complete version
    folders, then rebuild ``versions.json`` from them and point ``latest`` at the newest, so that
    ``latest`` never shows a release the warehouse lacks. Runs under the publish lock."""
    if not package_dir.is_dir():
        return None
    for child in package_dir.iterdir():
        if child.name.startswith(".staging-"):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(".") and ".tmp-" in child.name:
            child.unlink(missing_ok=True)
    versions = list_versions(package_dir)
    store = _sync_warehouse(package_dir, warehouse_path, versions) if versions else None
    index_path = package_dir / "versions.json"
    index = {"package": package_dir.name, "releases": []}
    if index_path.is_file():
        try:
            index = json.loads(index_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            pass
    listed = [r["version"] for r in index.get("releases", [])]
    if listed != versions:
        index = {"package": package_dir.name, "releases": [_release_entry(package_dir / v) for v in versions]}
        atomic_write_text(index_path, json.dumps(index, indent=2, ensure_ascii=False) + "\n")
    if versions:
        _point_latest(package_dir, versions[-1])
    _rebuild_changelog(package_dir, versions)
    return store


def _rebuild_changelog(package_dir: Path, versions: list[str]) -> None:
    """CHANGELOG.md is the concatenation, newest first, of each release's own CHANGES.md."""
    parts = [f"# Journal des modifications de {package_dir.name}\n"]
    for version in reversed(versions):
        notes = package_dir / version / "CHANGES.md"
        if notes.is_file():
            parts.append(notes.read_text(encoding="utf-8"))
    text = "\n".join(parts)
    path = package_dir / "CHANGELOG.md"
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def _point_latest(package_dir: Path, version: str) -> None:
    link = package_dir / "latest"
    if link.is_symlink() and os.readlink(link) == version:
        return
    if link.is_dir() and not link.is_symlink():
        try:
            link.rmdir()          # an empty folder in the link's place: nothing to keep
        except OSError:
            raise PipelineError(
                f"{link} est un vrai dossier (non vide) et non le lien vers la dernière version : il n'a pas été "
                "touché et rien n'a été publié. Déplacez-le (par exemple en « latest.copie ») puis relancez") from None
    tmp = package_dir / f".latest.tmp-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    os.symlink(version, tmp)
    os.replace(tmp, link)


# --------------------------------------------------------------------------- descriptor
def _sources_property(sources: list[dict]) -> list[dict]:
    out = []
    for s in sources:
        item = {"title": s.get("title") or s["file_name"], "path": s.get("url") or f"sources/{s['file_name']}"}
        item["name"] = s["source_id"]
        item["hash"] = f"sha256:{s['sha256']}"
        if s.get("publisher"):
            item["publisher"] = s["publisher"]
        out.append(item)
    return out


def build_descriptor(meta: dict, version: str, created: str, resources: list[dict],
                     sources: list[dict], temporal: dict | None, release: dict) -> dict:
    descriptor = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": meta["name"],
        "title": meta["title"],
        "description": " ".join(meta["description"].split()),
        "version": version,
        "created": created,
        "keywords": meta.get("keywords", []),
        "licenses": meta["licenses"],
        "contributors": meta.get("contributors", []),
        "sources": _sources_property(sources),
        "spatial": meta.get("spatial"),
        "temporal": temporal,
        "x_release": release,
        "resources": resources,
    }
    return descriptor


def _temporal(tables: dict[str, pa.Table]) -> dict | None:
    events = tables.get("events")
    if events is None or events.num_rows == 0:
        return None
    starts = [d for d in events.column("start_date").to_pylist() if d]
    ends = [d for d in events.column("end_date").to_pylist() if d] + starts
    if not starts:
        return None
    return {"start": min(starts).isoformat(), "end": max(ends).isoformat()}


# --------------------------------------------------------------------------- publishing
def _choose_version(latest: str | None, bump: str | None, forced_bump: str | None,
                    forced_version: str | None, existing: list[str]) -> str:
    if forced_version:
        parse_version(forced_version)
        if forced_version in existing:
            raise PipelineError(f"version {forced_version} already exists; a published version is never rewritten")
        if latest and parse_version(forced_version) <= parse_version(latest):
            raise PipelineError(f"version {forced_version} is not greater than the latest release {latest}")
        return forced_version
    if latest is None:
        return FIRST_VERSION
    kind = forced_bump or bump or "patch"
    if forced_bump and bump and BUMPS.index(forced_bump) > BUMPS.index(bump):
        raise PipelineError(f"the changes call for a {bump} release; --bump {forced_bump} would understate them")
    return bump_version(latest, kind)


def publish_release(
    tables: dict[str, pa.Table],
    *,
    package_dir: Path,
    schemas_dir: Path,
    sources_dir: Path,
    force_bump: str | None = None,
    force_version: str | None = None,
    now: dt.datetime | None = None,
    notes: RunNotes | None = None,
    reports_dir: Path | None = None,
    warehouse_path: Path | None = None,
    validated: ValidationReport | None = None,
    table_files: dict[str, Path | None] | None = None,
) -> ReleaseResult:
    """Publish ``tables`` as a new version when their content differs from the latest release.
    The folder is assembled in ``.staging-*``, validated, flushed to disk and renamed into place;
    until that rename nothing is visible, and after it the version folder is never modified.
    ``reports_dir``: validation reports kept by content (pipelines/validation/frictionless.py); the staged
    CSV files are validated (by Frictionless, or for large tables by the Table Schemas compiled to SQL)
    unless a report of these very bytes is there. An invalid package is never published.
    ``warehouse_path``: the DuckDB warehouse, written with the release (module docstring) and
    brought up to the releases when it lags them, also when nothing new is published.
    ``validated``: the report of the checks of these very tables made earlier in the same run
    (kept by their rows' origins, pipelines/validation/frictionless.py), used instead of checking
    the CSV written from them again (the same bytes: ``write_csv`` of the same tables).
    ``table_files``: an Arrow IPC file holding each table (written by the `tables` step, replaced
    and never rewritten in place), linked as the kept copy of the release's tables (:class:`ReleaseTables`)."""
    if force_bump and force_bump not in BUMPS:
        raise PipelineError(f"--bump must be one of {', '.join(BUMPS)}")
    meta = package_metadata(schemas_dir, sources_dir)
    package_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(package_dir / ".publish.lock", f"le paquet {package_dir.name}"):
        store = recover(package_dir, warehouse_path)
        existing = list_versions(package_dir)
        latest = existing[-1] if existing else None
        created = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0).isoformat()
        staging = package_dir / f".staging-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        (staging / DATA_DIR).mkdir(parents=True)
        try:
            schemas = {name: table_schema(schemas_dir, name) for name in tables}
            kept_tables = ReleaseTables(reports_dir)      # <reports>/../release-tables/
            previous = kept_tables.read(package_dir / latest) if latest else ({}, {})
            diffs = diff_releases(previous, (tables, schemas))
            bump = required_bump(diffs) if latest else "major"
            rows = {name: t.num_rows for name, t in tables.items()}
            if latest and bump is None and not force_bump and not force_version:
                return ReleaseResult("unchanged", latest, package_dir / latest, rows, previous=latest, warehouse=store)
            written = WrittenCSV(reports_dir)      # <reports>/../csv-written.json
            old_csv = _csv_resources(package_dir / latest) if latest else {}
            for name, table in tables.items():
                _write_table_csv(table, staging / DATA_DIR / f"{name}.csv", package_dir / latest if latest else None,
                                 old_csv.get(name), previous[0].get(name), written)
            version = _choose_version(latest, bump if latest else None, force_bump, force_version, existing)
            checkpoint("staged")
            # Frictionless, or from SQL_ENGINE_MIN_ROWS rows on the same Table Schemas compiled to DuckDB SQL (same
            # findings, tested); the report of the `tables` step is reused when these are the bytes it validated
            engine = choose_engine(sum(rows.values()))
            # each CSV hashed once, for the report's key and the descriptor
            digests = {f"{name}.csv": sha256_file(staging / DATA_DIR / f"{name}.csv") for name in tables}
            written.record(digests.values())
            report = validated if validated is not None else validate_folder(
                staging / DATA_DIR, list(tables), schemas_dir, reports_dir=reports_dir, engine=engine, digests=digests)
            if not report.valid:
                raise ValidationFailed("la version ne respecte pas ses schémas de table (rien n'est publié) :\n"
                                       + report.summary(20, *schema_titles(schemas)))
            resources, parquet_digests = [], {}
            for name, table in tables.items():
                csv_path = staging / DATA_DIR / f"{name}.csv"
                parquet_path = staging / DATA_DIR / f"{name}.parquet"
                write_parquet(table, parquet_path)
                parquet_digests[name] = sha256_file(parquet_path)
                base = {"title": schemas[name].get("title"), "description": schemas[name].get("description")}
                csv_res = resource_descriptor(name, f"{DATA_DIR}/{name}.csv", schemas[name])
                csv_res.pop("scheme")
                csv_res.update(base, bytes=csv_path.stat().st_size, hash=f"sha256:{digests[f'{name}.csv']}", rows=table.num_rows)
                resources.append(csv_res)
                # Declared as a file: Frictionless checks its bytes and hash; its content is the
                # Arrow table the CSV above was validated from, with the same schema.
                resources.append({
                    "name": f"{name}_parquet",
                    "type": "file",
                    "path": f"{DATA_DIR}/{name}.parquet",
                    "format": "parquet",
                    "mediatype": "application/vnd.apache.parquet",
                    **base,
                    "bytes": parquet_path.stat().st_size,
                    "hash": f"sha256:{parquet_digests[name]}",
                    "schema": schemas[name],
                })
            changes = [summary_line(d, schemas) for d in diffs if not d.empty]   # French (changes.py)
            kind = {"major": "version majeure", "minor": "version mineure", "patch": "version corrective"}.get(
                force_bump or bump or "", "version fixée à la main") if latest else "première version"
            titles = {name: (schemas[name].get("title") or name) for name in rows}
            summary = f"{kind} : " + " ; ".join(f"{titles[n]} {plural(r, 'ligne')}" for n, r in rows.items())
            sources = tables["sources"].to_pylist() if "sources" in tables else []
            release_notes = {"summary": summary, "previous": latest, "bump": None if not latest else (force_bump or bump),
                             "changes": changes, "validation": "valid",
                             "skipped_documents": notes.skipped if notes else [],
                             "warnings": notes.warnings if notes else []}
            descriptor = build_descriptor(meta, version, created, resources, sources, _temporal(tables), release_notes)
            (staging / "datapackage.json").write_text(
                json.dumps(descriptor, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
            run_report = {"frictionless" if engine == "frictionless" else "table_schema_sql": report.report,
                          **(notes.to_dict() if notes else {})}
            (staging / "validation.json").write_text(
                json.dumps(run_report, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
            (staging / "validation.md").write_text(
                validation_markdown(meta["title"], version, report, notes, *schema_titles(schemas)),
                encoding="utf-8")
            write_manifest(staging / "sources.yaml", sources,
                           kept_manifest_items(package_dir / latest, previous[0]) if latest else None)
            (staging / "CHANGES.md").write_text(changelog_entry(version, created, latest, diffs, schemas), encoding="utf-8")
            (staging / "index.html").write_text(
                render_release_page(descriptor, tables, schemas, notes), encoding="utf-8")
            (staging / "dcat.jsonld").write_text(
                json.dumps(dcat_document(descriptor, meta, package_dir.name), indent=2,
                           ensure_ascii=False) + "\n", encoding="utf-8")
            fsync_tree(staging)
            target = package_dir / version
            if target.exists():
                raise PipelineError(f"version {version} already exists; a published version is never rewritten")
            row_changes = _row_changes(latest, previous[0], diffs) if latest else None
            # the diff (every key of a new table, as text) and the previous release's tables are not
            # needed by the warehouse, which reads the Parquet files: not held while it loads them
            del diffs, previous
            give_back()
            store = _publish_with_warehouse(package_dir, staging, target, warehouse_path,
                                            [(v, package_dir / v) for v in existing] + [(version, staging)],
                                            row_changes)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        kept_tables.keep(tables, parquet_digests, table_files or {})
        recover(package_dir)
        write_catalog(package_dir.parent, meta)   # datasets/catalog.jsonld and index.html (catalog.py)
        return ReleaseResult("published", version, target, rows, bump=bump, changes=changes, previous=latest,
                             warehouse=store)


def _write_table_csv(table: pa.Table, path: Path, latest_dir: Path | None, resource: dict | None,
                     old: pa.Table | None, written: WrittenCSV) -> None:
    """``write_csv(table, path)``. When the previous release's table ``old`` is ``table``'s first
    rows exactly (a document added after the others) and its CSV (``resource``, its entry in the
    previous descriptor) was written by this very writer (:class:`WrittenCSV`, by its hash; its
    size checked), that file is
    copied and only the new rows are written after it: the same bytes, without writing again the
    rows of every other document of the package."""
    previous = latest_dir / resource["path"] if latest_dir is not None and resource and resource.get("path") else None
    if previous is not None and old is not None and previous.is_file():
        if (resource.get("bytes") == previous.stat().st_size
                and written.wrote(str(resource.get("hash", "")).removeprefix("sha256:"))
                and same_rows(old, table)):
            extend_csv(previous, table, old.num_rows, path)
            return
    write_csv(table, path)


def _warehouse_lock(warehouse_path: Path | None):
    if warehouse_path is None:
        return contextlib.nullcontext()
    return warehouse_db.warehouse_lock(warehouse_path)


def _row_changes(latest: str, previous: dict[str, pa.Table], diffs) -> ReleaseChanges:
    """The rows of each table that left or entered since release ``latest``, as the diff matched
    them, for the warehouse (which then reads only those). A table added or removed, with fields
    added, removed or retyped, or whose keys the diff matched otherwise, is left out: the warehouse
    pairs its rows by hash."""
    changes = ReleaseChanges(latest)
    for d in diffs:
        if (d.rows_out is None or d.rows_in is None or d.table_added or d.table_removed or d.fields_added
                or d.fields_removed or d.fields_retyped or d.table not in previous):
            continue
        changes.tables[d.table] = RowChange(previous[d.table].num_rows, d.rows_out, d.rows_in)
    return changes


def _publish_with_warehouse(package_dir: Path, staging: Path, target: Path, warehouse_path: Path | None,
                            releases: list[tuple[str, Path]],
                            changes: ReleaseChanges | None = None) -> warehouse_db.WarehouseResult | None:
    """Steps 2 and 3 of the module docstring: the version folder and the warehouse become visible
    together, or neither does. ``changes``: the rows of the new release that differ from the
    previous one (the release diff), handed to the warehouse."""
    with _warehouse_lock(warehouse_path):
        prepared = None
        if warehouse_path is not None:
            warehouse_db.clean_leftovers(warehouse_path)
            try:
                prepared = warehouse_db.prepare_warehouse(warehouse_path, releases, package_dir.name,
                                                          other_packages(package_dir), changes)
            except PipelineError as exc:
                raise PipelineError(f"rien n'a été publié : {exc}") from None
        checkpoint("before-rename")
        try:
            os.rename(staging, target)
        except BaseException:
            warehouse_db.discard(prepared)
            raise
        checkpoint("after-rename")
        if prepared is None:
            return None if warehouse_path is None else warehouse_db.WarehouseResult(
                warehouse_path, [], [v for v, _ in releases], {})
        try:
            return warehouse_db.install(prepared)
        except PipelineError as exc:
            # The warehouse could not take the new version: take the folder back, unpublished.
            os.rename(target, staging)
            raise PipelineError(f"rien n'a été publié (la version {target.name} a été retirée) : {exc}") from None


def _sync_warehouse(package_dir: Path, warehouse_path: Path | None,
                    versions: list[str]) -> warehouse_db.WarehouseResult | None:
    """Bring the warehouse up to the published ``versions`` (it lags them after a run killed
    between the folder rename and the warehouse replacement). Under the package lock."""
    if warehouse_path is None:
        return None
    return warehouse_db.sync_warehouse(warehouse_path, [(v, package_dir / v) for v in versions], package_dir.name,
                                       other_packages(package_dir))


def other_packages(package_dir: Path) -> dict[str, list[tuple[str, Path]]]:
    """The other packages of the datasets folder and their complete releases: one warehouse holds
    them all (loaded again only when the file must be rebuilt)."""
    datasets = package_dir.parent
    found = {}
    for child in sorted(datasets.iterdir()) if datasets.is_dir() else []:
        if child != package_dir and child.is_dir() and not child.name.startswith("."):
            versions = list_versions(child)
            if versions:
                found[child.name] = [(v, child / v) for v in versions]
    return found


def ensure_warehouse(package_dir: Path, warehouse_path: Path) -> warehouse_db.WarehouseResult:
    """Under the package lock: complete an interrupted run's work and bring the warehouse up to
    the published releases (a read-only look when it is)."""
    package_dir.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(package_dir / ".publish.lock", f"le paquet {package_dir.name}"):
        store = recover(package_dir, warehouse_path)
    return store or warehouse_db.WarehouseResult(warehouse_path, [], [], {})
