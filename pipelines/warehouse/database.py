"""The DuckDB warehouse: every table of every release of every package of the datasets folder
(``history.<table>`` with ``package`` and ``release`` columns), a view per table on each package's
latest release under the table's own name (one collectivité or event series per package, side by
side), the release history, and COMMENT ON descriptions taken from the Table Schemas.

Each distinct row is stored once (``store.<table>``) with the ordinal of the first and the last
release of its package it belongs to (``first_seq``, ``last_seq``; NULL while it is in the latest
release); ``store.releases`` gives each release its ordinal. ``history.<table>`` and the views of
``main`` are views over them. Loading a release therefore writes only the rows that appear in it
(new or changed) and closes those that left: its cost follows the change, not the package, and
the file no longer grows by a whole package per release.

The database is updated on a copy that replaces the file in one rename, so a run killed midway
leaves the previous file intact and a researcher's open read-only connection keeps reading the
file it opened. The copy keeps the live file's permissions and group. A file another program is
writing (DuckDB's lock, or a ``.wal`` journal beside it) is never replaced: the run refuses.

The file is written in the storage format of DuckDB 1.1 (``storage_compatibility_version``), so
DuckDB 1.1 and later clients, and the 1.x command line, open it; a file in a newer format (written
by an earlier version of the pipeline) is rebuilt from the release folders."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import PipelineError
from ..files import checkpoint, fsync_dir
from ..runtime.locking import exclusive_lock
from ..extract.claims import energy_savings_sql
from .store import (ReleaseChanges, _Catalog, _comment, _create_table, _field_comment, _history_view, _literal,
                    _load_changed_rows, _load_rows, _quote)

# DuckDB 1.1 and later open files written in this format; DuckDB tags such a file "v1.0.0+".
STORAGE_COMPATIBILITY = "v1.1.0"
COMPATIBLE_STORAGE_TAG = "v1.0.0+"

# Views derived from the latest release's tables, for the questions researchers ask most. Each:
# name -> (table it reads, SQL builder over that table, description). The rules come from the
# lexicons, so the view and the Python selection agree.
DERIVED_VIEWS = {
    "energy_savings": (
        "cited_figures",
        energy_savings_sql,
        "Économies d'énergie et de ressources parmi les chiffres cités (thèmes et mots de "
        "pipelines/lexicons/claims.yaml, rubrique savings).",
    ),
}


@dataclass
class WarehouseResult:
    path: Path
    loaded: list[str]
    releases: list[str]
    tables: dict[str, int]


# --------------------------------------------------------------------------- state and other writers
@dataclass
class WarehouseState:
    releases: list[str]          # the package's loaded releases, oldest first
    current: str | None          # the package's release the views show
    storage_version: str | None  # DuckDB's storage tag of the file
    derived_views: bool          # every derived view present
    packaged: bool = True        # the tables have a package column (files of earlier versions do not)
    stored: bool = True          # rows stored once with their first and last release (store.*)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _leftovers(warehouse_path: Path) -> list[Path]:
    return sorted(warehouse_path.parent.glob(f".{warehouse_path.name}.tmp-*"))


def warehouse_state(warehouse_path: Path, package: str = "") -> WarehouseState | None:
    """What the warehouse holds (one read-only look), or None when there is no file. Raises
    PipelineError when another program writes it or when it is not a readable DuckDB file."""
    return _look(warehouse_path, package)[0]


def _look(warehouse_path: Path, package: str = "",
          versions: list[str] | None = None) -> tuple[WarehouseState | None, dict[str, int]]:
    """(:func:`warehouse_state`, and when it holds exactly ``versions`` (:func:`is_current`) the rows
    of each view as :func:`view_counts` gives them, read in the same read-only connection: an
    up-to-date warehouse is opened once, not twice)."""
    # DuckDB's lock is told by the read-only connection below (refused by name as by
    # check_no_other_writer): the file is opened once, not twice
    check_no_other_writer(warehouse_path, open_file=False)
    if not warehouse_path.exists():
        return None, {}
    try:
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            storage = con.execute(
                "SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()"
            ).fetchone()[0]
            tables = {r[0] for r in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'history'").fetchall()}
            views = {r[0] for r in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall()}
            packaged = "releases" not in tables or bool(con.execute(
                "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'history' AND table_name = 'releases' "
                "AND column_name = 'package'").fetchone()[0])
            where = " WHERE package = ?" if packaged else ""
            args = [package] if packaged else []
            stored = bool(con.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                "AND schema_name = 'store' AND table_name = 'releases'").fetchone()[0])
            if stored:      # in the order they were loaded
                releases = [r[0] for r in con.execute(
                    "SELECT release FROM store.releases WHERE package = ? ORDER BY seq", [package]).fetchall()]
            else:
                releases = ([r[0] for r in con.execute(
                    f"SELECT release FROM history.releases{where} ORDER BY created, release", args).fetchall()]
                    if "releases" in tables else [])
            current = (con.execute(f"SELECT max(release) FROM history.current{where}", args).fetchone()[0]
                       if "current" in tables else None)
            derived = all(view in views or source not in views for view, (source, *_) in DERIVED_VIEWS.items())
            state = WarehouseState(releases, current, storage, derived, packaged, stored)
            rows = _view_counts(con) if versions is not None and is_current(state, versions) else {}
    except duckdb.IOException as exc:
        _refuse_if_locked(warehouse_path, exc)
        raise PipelineError(f"l'entrepôt {warehouse_path} ne peut pas être lu ({_first_line(exc)}) ; rien n'a été "
                            "remplacé : déplacez ce fichier ou choisissez un autre chemin (--warehouse)") from None
    except duckdb.Error as exc:
        raise PipelineError(f"l'entrepôt {warehouse_path} n'est pas un fichier DuckDB lisible ({_first_line(exc)}) ; "
                            "rien n'a été remplacé : déplacez ce fichier ou choisissez un autre chemin "
                            "(--warehouse)") from None
    return state, rows


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _refuse_if_locked(warehouse_path: Path, exc: BaseException) -> None:
    text = str(exc)
    if "lock" in text.lower():
        holder = re.search(r"PID (\d+)", text)
        who = f" (processus {holder.group(1)})" if holder else ""
        raise PipelineError(
            f"un autre programme{who} a ouvert l'entrepôt {warehouse_path} en écriture (verrou DuckDB) ; "
            "il n'a pas été remplacé, pour ne pas perdre ce que ce programme y écrit. Fermez sa connexion, "
            "puis relancez la publication") from None


def check_no_other_writer(warehouse_path: Path, open_file: bool = True) -> None:
    """Refuse, with the reason, when the warehouse cannot be replaced without losing someone's
    work: a folder in its place, a DuckDB journal (``.wal``: a writer is at work, or was killed
    before its changes reached the file), or another process holding DuckDB's write lock (looked
    for by opening the file, unless ``open_file`` is False: the caller opens it itself)."""
    if warehouse_path.is_dir():
        raise PipelineError(f"l'entrepôt {warehouse_path} est un dossier et non un fichier DuckDB ; déplacez-le ou "
                            "choisissez un autre chemin (--warehouse)")
    wal = _wal(warehouse_path)
    if wal.exists():
        _refuse_if_writer(warehouse_path)
        raise PipelineError(
            f"l'entrepôt {warehouse_path} a un journal DuckDB ({wal.name}) : un autre programme y a écrit sans "
            "que ses changements soient enregistrés dans le fichier (programme encore ouvert ou interrompu). "
            "Il n'a pas été remplacé. Fermez ce programme, ou ouvrez une fois le fichier avec DuckDB pour "
            "intégrer le journal, puis relancez la publication")
    if open_file:
        _refuse_if_writer(warehouse_path)


def _refuse_if_writer(warehouse_path: Path) -> None:
    """Open the file read-only once: DuckDB's lock tells another writer (refused, by name); an
    unreadable file is left for warehouse_state to explain."""
    if not warehouse_path.exists():
        return
    try:
        duckdb.connect(str(warehouse_path), read_only=True).close()
    except duckdb.IOException as exc:
        _refuse_if_locked(warehouse_path, exc)
    except duckdb.Error:
        pass


def is_current(state: WarehouseState | None, versions: list[str]) -> bool:
    """True when the warehouse holds exactly ``versions``, its views show the last one, and it is
    in the storage format DuckDB 1.1+ reads."""
    if state is None:
        return not versions
    return (state.releases == versions and state.current == (versions[-1] if versions else None)
            and state.storage_version == COMPATIBLE_STORAGE_TAG and state.derived_views and state.packaged
            and state.stored)


# --------------------------------------------------------------------------- building and installing
@dataclass
class PreparedWarehouse:
    """A complete new warehouse written beside the live one, not yet visible."""
    path: Path
    work: Path
    result: WarehouseResult


def discard(prepared: PreparedWarehouse | None) -> None:
    if prepared is not None:
        prepared.work.unlink(missing_ok=True)
        _wal(prepared.work).unlink(missing_ok=True)


def clean_leftovers(warehouse_path: Path) -> list[str]:
    """Remove the partial copies (``.warehouse.duckdb.tmp-*``) of killed or failed runs. Call under
    the warehouse lock: the live run's own copy is never among them then."""
    removed = []
    for leftover in _leftovers(warehouse_path):
        leftover.unlink(missing_ok=True)
        removed.append(leftover.name)
    return removed


def prepare_warehouse(warehouse_path: Path, releases: list[tuple[str, Path]], package: str = "",
                      others: dict[str, list[tuple[str, Path]]] | None = None,
                      changes: ReleaseChanges | None = None,
                      state: WarehouseState | None | bool = False) -> PreparedWarehouse | None:
    """Write, beside ``warehouse_path``, the warehouse holding ``releases`` (version, folder of its
    files; oldest first) of ``package`` with its views on the last one, and the other packages'
    rows as they are (``others``: their releases, loaded again when the file must be rebuilt). None
    when the warehouse already is exactly that. The live file is untouched: ``install`` makes the
    new one visible in one rename. Call under the warehouse lock. Raises PipelineError (nothing
    replaced) when it cannot be written. ``changes``: the rows of the last release that differ
    from the one before it (the release diff), so that the rows of both are not paired again.
    ``state``: the :func:`warehouse_state` the caller has just read under the same warehouse lock
    (False: read it here)."""
    versions = [v for v, _ in releases]
    if state is False:
        state = warehouse_state(warehouse_path, package)
    if is_current(state, versions):
        return None
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    work = warehouse_path.with_name(f".{warehouse_path.name}.tmp-{os.getpid()}")
    prepared = PreparedWarehouse(warehouse_path, work, WarehouseResult(warehouse_path, [], [], {}))
    discard(prepared)
    # Keep the loaded history (and when each release was loaded) unless the file is in a storage
    # format older DuckDB cannot read, or stores every release's rows in full (files of earlier
    # versions), or its releases are not the first of the published ones in the same order (a
    # release removed or put between): then rebuild it.
    reuse = (state is not None and state.storage_version == COMPATIBLE_STORAGE_TAG and state.packaged
             and state.stored and state.releases == versions[:len(state.releases)])
    try:
        if reuse:
            shutil.copyfile(warehouse_path, work)
        else:
            for other, other_releases in sorted((others or {}).items()):
                if other != package and other_releases:
                    _load(work, other_releases, WarehouseResult(warehouse_path, [], [], {}), other)
        _load(work, releases, prepared.result, package, changes if reuse else None)
        with open(work, "rb") as fh:
            os.fsync(fh.fileno())
        if warehouse_path.exists():
            _copy_ownership(warehouse_path, work)
    except (duckdb.Error, OSError) as exc:
        discard(prepared)
        raise PipelineError(f"l'entrepôt {warehouse_path} n'a pas pu être écrit ({_first_line(exc)}) ; il est resté "
                            "tel quel") from None
    except BaseException:
        discard(prepared)
        raise
    return prepared


def install(prepared: PreparedWarehouse) -> WarehouseResult:
    """Make the prepared warehouse the live one, in one rename, unless another program opened the
    live one for writing meanwhile. Raises PipelineError (live file untouched) when it cannot."""
    try:
        check_no_other_writer(prepared.path)
        checkpoint("warehouse-before-replace")
        os.replace(prepared.work, prepared.path)
    except PipelineError:
        discard(prepared)
        raise
    except OSError as exc:
        discard(prepared)
        raise PipelineError(f"l'entrepôt {prepared.path} n'a pas pu être remplacé ({_first_line(exc)}) ; il est "
                            "resté tel quel") from None
    fsync_dir(prepared.path.parent)
    return prepared.result


def _copy_ownership(source: Path, target: Path) -> None:
    """Give the new file the live one's permissions and group (and owner, when allowed)."""
    st = source.stat()
    os.chmod(target, stat.S_IMODE(st.st_mode))
    for uid in (st.st_uid, -1):
        try:
            os.chown(target, uid, st.st_gid)
            return
        except PermissionError:
            continue


def _load(work: Path, releases: list[tuple[str, Path]], result: WarehouseResult, package: str = "",
          changes: ReleaseChanges | None = None) -> None:
    con = duckdb.connect(str(work), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        con.execute("CREATE SCHEMA IF NOT EXISTS history")
        con.execute(
            "CREATE TABLE IF NOT EXISTS history.releases (package VARCHAR NOT NULL, release VARCHAR NOT NULL,"
            " created TIMESTAMPTZ, loaded_at TIMESTAMPTZ DEFAULT now(), summary VARCHAR, datapackage JSON,"
            " PRIMARY KEY (package, release))")
        con.execute("CREATE TABLE IF NOT EXISTS history.current (package VARCHAR, release VARCHAR)")
        con.execute(f"COMMENT ON TABLE history.current IS {_literal('Version de chaque paquet montrée par les vues de main.')}")
        con.execute(f"COMMENT ON COLUMN history.current.package IS {_literal('Paquet de données (dossier de ses versions).')}")
        con.execute(f"COMMENT ON COLUMN history.current.release IS "
                    f"{_literal('Version de la publication que montrent les vues (semver).')}")
        con.execute("CREATE SCHEMA IF NOT EXISTS store")
        con.execute("CREATE TABLE IF NOT EXISTS store.releases (package VARCHAR NOT NULL, release VARCHAR NOT NULL,"
                    " seq INTEGER NOT NULL, PRIMARY KEY (package, release))")
        con.execute(f"COMMENT ON TABLE store.releases IS "
                    f"{_literal('Rang de chaque version dans son paquet (1 pour la première chargée).')}")
        done = {r[0] for r in con.execute("SELECT release FROM store.releases WHERE package = ?", [package]).fetchall()}
        seq = con.execute("SELECT coalesce(max(seq), 0) FROM store.releases WHERE package = ?", [package]).fetchone()[0]
        schemas: dict[str, dict] = {}
        parquets: dict[str, Path] = {}     # the Parquet file of each table of the release before
        con.execute("BEGIN TRANSACTION")
        for i, (version, release_dir) in enumerate(releases):
            descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
            for res in descriptor["resources"]:
                if res.get("format") == "parquet":
                    schemas[res["name"].removesuffix("_parquet")] = res["schema"]
            before, parquets = parquets, {res["name"].removesuffix("_parquet"): release_dir / res["path"]
                                          for res in descriptor["resources"] if res.get("format") == "parquet"}
            if version in done:
                continue
            # the release diff's pairs hold when the release before is the package's last stored one
            paired = changes if (changes is not None and i > 0 and releases[i - 1][0] == changes.previous
                                 and i == len(releases) - 1 and con.execute(
                                     "SELECT max(seq) FROM store.releases WHERE package = ? AND release = ?",
                                     [package, changes.previous]).fetchone()[0] == seq) else None
            seq += 1
            loaded = set()
            for res in descriptor["resources"]:
                if res.get("format") != "parquet":
                    continue
                name = res["name"].removesuffix("_parquet")
                _create_table(con, name, res["schema"])
                fields = [f["name"] for f in res["schema"]["fields"]]
                change = paired.tables.get(name) if paired is not None and name in before else None
                if change is None or not _load_changed_rows(con, name, package, seq, release_dir / res["path"], fields,
                                                            before[name], change):
                    _load_rows(con, name, package, seq, release_dir / res["path"], fields)
                loaded.add(name)
            for name in _stored_tables(con):
                if name not in loaded:      # a table this release does not have: none of its rows are in it
                    con.execute(f"UPDATE store.{_quote(name)} SET last_seq = ? WHERE package = ? AND last_seq IS NULL",
                                [seq - 1, package])
            con.execute("INSERT INTO store.releases VALUES (?, ?, ?)", [package, version, seq])
            con.execute(
                "INSERT INTO history.releases (package, release, created, summary, datapackage) VALUES (?, ?, ?, ?, ?)",
                [package, version, descriptor["created"], descriptor.get("x_release", {}).get("summary"),
                 json.dumps(descriptor)])
            result.loaded.append(version)
        catalog = _Catalog(con)
        for name in _stored_tables(con):
            _history_view(con, catalog, name)
        latest = releases[-1][0] if releases else None
        con.execute("DELETE FROM history.current WHERE package = ?", [package])
        if latest:
            con.execute("INSERT INTO history.current VALUES (?, ?)", [package, latest])
        counts = {}
        if latest:
            for name, schema in schemas.items():
                if not _has_table(con, name):
                    continue
                cols = ", ".join(_quote(f["name"]) for f in schema["fields"])
                # each package's release that history.current names: all collectivités side by side
                catalog.view(
                    "main", name, f"SELECT {cols} FROM store.{_quote(name)} AS s"
                    f" WHERE EXISTS (SELECT 1 FROM history.current AS c JOIN store.releases AS r"
                    f" ON r.package = c.package AND r.release = c.release WHERE r.package = s.package"
                    f" AND r.seq >= s.first_seq AND (s.last_seq IS NULL OR r.seq <= s.last_seq))")
                _comment(catalog, name, schema)
                counts[name] = _view_rows(con, name)
            for view, (source, sql, description) in DERIVED_VIEWS.items():
                if source in counts:
                    catalog.view("main", view, sql(f"main.{_quote(source)}"))
                    catalog.comment("VIEW", "main", view, None, description)
                    for f in schemas[source]["fields"]:
                        catalog.comment("", "main", view, f["name"], _field_comment(f))
        # the rows of every view, for view_counts' read-only look (counting them is a scan of the package)
        views = {r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' "
            "AND NOT internal").fetchall()}
        con.execute("CREATE OR REPLACE TABLE store.view_rows (table_name VARCHAR, rows BIGINT)")
        con.execute(f"COMMENT ON TABLE store.view_rows IS {_literal('Lignes de chaque vue de main (dernière version de chaque paquet).')}")
        for name in _stored_tables(con):
            if name in views:
                rows = counts[name] if name in counts else _view_rows(con, name)
                con.execute("INSERT INTO store.view_rows VALUES (?, ?)", [name, rows])
        checkpoint("warehouse-loading")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
        result.releases = [r[0] for r in con.execute(
            "SELECT release FROM history.releases WHERE package = ? ORDER BY created, release", [package]).fetchall()]
        result.tables = counts
    finally:
        con.close()


def _view_rows(con, name: str) -> int:
    """Rows of ``main.<name>``: the stored rows of each package's release that history.current
    names, counted from the first and last release of each row (the same rows as the view's, without
    its correlated subquery)."""
    return con.execute(
        f"SELECT count(*) FROM store.{_quote(name)} AS s JOIN (SELECT r.package, r.seq FROM history.current AS c "
        f"JOIN store.releases AS r ON r.package = c.package AND r.release = c.release) AS cur ON s.package = cur.package "
        f"WHERE s.first_seq <= cur.seq AND (s.last_seq IS NULL OR s.last_seq >= cur.seq)").fetchone()[0]


def sync_warehouse(warehouse_path: Path, releases: list[tuple[str, Path]], package: str = "",
                   others: dict[str, list[tuple[str, Path]]] | None = None) -> WarehouseResult:
    """Bring the warehouse to ``releases`` (version, folder; oldest first): load those not yet in
    it, point the views at the last. Idempotent; a read-only look when it is up to date. The
    caller holds the package lock, so that ``releases`` is not moving
    (pipelines/publishing/release.py)."""
    with warehouse_lock(warehouse_path):
        clean_leftovers(warehouse_path)
        # one read-only look: what the file holds and, when it is up to date, its views' rows
        versions = [v for v, _ in releases]
        state, counts = _look(warehouse_path, package, versions)
        if is_current(state, versions):
            return WarehouseResult(warehouse_path, [], versions, counts)
        prepared = prepare_warehouse(warehouse_path, releases, package, others, state=state)
        if prepared is None:
            return WarehouseResult(warehouse_path, [], versions, view_counts(warehouse_path))
        return install(prepared)


def warehouse_lock(warehouse_path: Path):
    return exclusive_lock(warehouse_path.with_name(warehouse_path.name + ".lock"), "l'entrepôt")


def _has_table(con, name: str) -> bool:
    return name in _stored_tables(con)


def _stored_tables(con, all_tables: bool = False) -> list[str]:
    """The tables of the releases (``store.<table>``), without ``store.releases``,
    ``store.view_rows`` and ``store.views`` unless ``all_tables``."""
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'store' "
        "ORDER BY table_name").fetchall() if all_tables or r[0] not in ("releases", "view_rows", "views")]


def view_counts(warehouse_path: Path) -> dict[str, int]:
    """Rows of each table's view (the latest release), read-only."""
    if not warehouse_path.is_file():
        return {}
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        return _view_counts(con)


def _view_counts(con) -> dict[str, int]:
    if "view_rows" in _stored_tables(con, all_tables=True):
        return dict(con.execute("SELECT table_name, rows FROM store.view_rows ORDER BY table_name").fetchall())
    tables = _stored_tables(con)
    views = {r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall()}
    return {t: con.execute(f"SELECT count(*) FROM main.{_quote(t)}").fetchone()[0] for t in tables if t in views}
