"""Writing the published files: CSV (UTF-8, comma, ISO dates) and Parquet with explicit types."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq


def write_csv(table: pa.Table, path: Path) -> None:
    """CSV through Arrow: header row, comma, '"' quoting where needed, ISO 8601 dates,
    'true'/'false' booleans, empty cells for missing values."""
    options = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    pacsv.write_csv(table, str(path), write_options=options)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, str(path), compression="zstd")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_tree(root: Path) -> None:
    """Flush every file and folder below ``root`` to disk before it is made visible."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            with open(os.path.join(dirpath, name), "rb") as fh:
                os.fsync(fh.fileno())
        fd = os.open(dirpath, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
