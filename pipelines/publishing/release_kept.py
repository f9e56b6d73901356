"""What one publish keeps for the next, so that adding a document does not redo the whole release:
the hashes of the CSV files this code wrote (:class:`WrittenCSV`: a table that only gained rows
extends the previous release's CSV) and the previous release's tables as Arrow files
(:class:`ReleaseTables`: mapped instead of decoded from Parquet). Used by
:func:`pipelines.publishing.release.publish_release`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa

from ..files import atomic_write_text, csv_writer_version
from .versions import read_release_tables


class WrittenCSV:
    """The CSV files this code wrote, by their SHA-256, with the version of the CSV writer that
    wrote them (:func:`pipelines.files.csv_writer_version`), kept beside the reports folder (in the
    cache folder, not among the reports, which are pruned by count; anything unreadable is ignored). A previous release's CSV whose hash is recorded with the
    current writer holds the bytes this code would write for that release's rows: a table that
    only gained rows after them starts with those bytes (``release._write_table_csv``)."""

    FILE = "csv-written.json"
    KEEP = 500        # hashes kept (the newest): a few releases of every table

    def __init__(self, folder: Path | None):
        self.path = Path(folder).parent / self.FILE if folder is not None else None
        self.version = csv_writer_version()
        self.known: dict[str, str] = {}
        if self.path is not None:
            try:
                known = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(known, dict):
                    self.known = {str(k): str(v) for k, v in known.items()}
            except (OSError, ValueError):
                pass

    def wrote(self, digest: str) -> bool:
        return self.known.get(digest) == self.version

    def record(self, digests) -> None:
        """Remember ``digests`` as written by the current writer; best effort."""
        if self.path is None:
            return
        for digest in digests:
            self.known.pop(digest, None)
            self.known[digest] = self.version
        kept = dict(list(self.known.items())[-self.KEEP:])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, json.dumps(kept))
        except OSError:
            pass


class ReleaseTables:
    """The tables of the last release this code published, as Arrow IPC files named by the SHA-256
    of the release's Parquet file of each table (``<cache>/release-tables/``): the next run maps
    them as the previous release's tables instead of decoding every Parquet file of the release
    again (the read costs about 0.13 s per 1,000 documents of a package). A file is the table
    the Parquet file was written from (the `tables` step's Arrow file of that very table, linked,
    or written here); it is taken only under the hash the release's descriptor gives its Parquet
    file, with that file's Arrow schema and the descriptor's row count, else the Parquet file is
    read. Only the newest release's files are kept. Best effort: anything that fails is ignored."""

    DIR = "release-tables"

    def __init__(self, reports: Path | None):
        self.folder = Path(reports).parent / self.DIR if reports is not None else None

    def read(self, release_dir: Path) -> tuple[dict[str, pa.Table], dict[str, dict]]:
        """:func:`read_release_tables` of ``release_dir``, each table mapped from its kept file
        when there is one for its Parquet file."""
        if self.folder is None or not self.folder.is_dir():
            return read_release_tables(release_dir)
        import pyarrow.ipc  # noqa: F401  (pa.ipc)
        import pyarrow.parquet as pq

        descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
        counts = {r["name"]: r.get("rows") for r in descriptor["resources"] if r.get("format") == "csv"}
        tables, schemas = {}, {}
        for res in descriptor["resources"]:
            if res.get("format") != "parquet":
                continue
            name = res["name"].removesuffix("_parquet")
            path = release_dir / res["path"]
            table = None
            kept = self.folder / f"{str(res.get('hash', '')).removeprefix('sha256:')}.arrow"
            if kept.is_file():
                try:
                    found = pa.ipc.open_file(pa.memory_map(str(kept))).read_all()
                    schema = pq.read_schema(path)
                    if found.num_rows == counts.get(name) and found.schema.remove_metadata().equals(schema.remove_metadata()):
                        table = found.replace_schema_metadata(schema.metadata)
                except (OSError, pa.ArrowException):
                    table = None
            tables[name] = table if table is not None else pq.read_table(path)
            schemas[name] = res["schema"]
        return tables, schemas

    def keep(self, tables: dict[str, pa.Table], digests: dict[str, str], files: dict[str, Path | None]) -> None:
        """Keep ``tables``, just published, under the SHA-256 of their Parquet files
        (``digests``), each linked from its Arrow file in ``files`` when it has one, and drop the
        files of older releases."""
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            wanted = set()
            for name, table in tables.items():
                target = self.folder / f"{digests[name]}.arrow"
                wanted.add(target.name)
                if target.is_file():
                    continue
                tmp = self.folder / f".{target.name}.tmp-{os.getpid()}"
                tmp.unlink(missing_ok=True)
                source = files.get(name)
                try:
                    if source is None:
                        raise OSError("no Arrow file of this table")
                    os.link(source, tmp)      # the same bytes: that file is replaced, never rewritten
                except OSError:
                    _write_arrow(table, tmp)
                os.replace(tmp, target)
            for child in self.folder.iterdir():
                if child.name not in wanted:
                    child.unlink(missing_ok=True)
        except (OSError, pa.ArrowException):
            pass


def _write_arrow(table: pa.Table, path: Path) -> None:
    import pyarrow.ipc  # noqa: F401  (pa.ipc)

    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        for batch in table.to_batches():
            writer.write_batch(batch)


def _csv_resources(release_dir: Path) -> dict[str, dict]:
    """The CSV resources of a release's descriptor, by table (nothing when it is unreadable)."""
    try:
        descriptor = json.loads((release_dir / "datapackage.json").read_text(encoding="utf-8"))
        return {r["name"]: r for r in descriptor.get("resources", []) if r.get("format") == "csv"}
    except (OSError, ValueError, KeyError, TypeError):
        return {}
