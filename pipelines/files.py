"""Writing the published files: CSV (UTF-8, comma, ISO dates) and Parquet with explicit types."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

# Arrow is imported by the writers that use it, not with this module: the checksum and fsync
# helpers below serve the fingerprint of a no-op ``opendata publish``, which never writes a table.

# Cells a spreadsheet would run as a formula (OWASP "CSV injection"): text starting with one of these.
FORMULA_START = r"^[=+\-@\t\r]"
FORMULA_CHARS = ["=", "+", "-", "@", "\t", "\r"]


def neutralise_formulas(table: pa.Table) -> pa.Table:
    """Prefix with a single quote every text cell that starts like a formula, as OWASP recommends,
    so that a spreadsheet shows it as text. Only the CSV export is changed: Parquet and the
    warehouse keep the true text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column, field in zip(table.columns, table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            # the first character among FORMULA_CHARS: FORMULA_START's match, two to three times sooner
            risky = pc.fill_null(pc.is_in(pc.utf8_slice_codeunits(column, 0, 1), value_set=pa.array(FORMULA_CHARS, field.type)), False)
            if pc.any(risky).as_py():
                quote, empty = pa.scalar("'", field.type), pa.scalar("", field.type)
                column = pc.if_else(risky, pc.binary_join_element_wise(quote, column, empty), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=table.schema)


# Rows written at a time by ``write_csv``: what it copies (the rows taken, the text cells
# neutralised) is one slice, not the table, whatever the size of the package.
CSV_SLICE_ROWS = 65_536


def write_csv(table: pa.Table, path: Path, rows=None) -> None:
    """CSV through Arrow: header row, comma, '"' quoting where needed, ISO 8601 dates,
    'true'/'false' booleans, empty cells for missing values, formula-like text neutralised.
    ``rows``: the positions (a sequence of integers, in the order to write) of the rows to write
    instead of every row. Written a slice of :data:`CSV_SLICE_ROWS` rows at a time: the same
    bytes as the whole table written at once (Arrow writes a table batch by batch, the header
    once)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    options = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    total = table.num_rows if rows is None else len(rows)
    with pacsv.CSVWriter(str(path), table.schema, write_options=options) as writer:
        for start in range(0, total, CSV_SLICE_ROWS):
            if rows is None:
                part = table.slice(start, CSV_SLICE_ROWS)
            else:
                part = table.take(pa.array(rows[start:start + CSV_SLICE_ROWS], type=pa.int64()))
            writer.write_table(neutralise_formulas(part))


def csv_writer_version() -> str:
    """What decides the bytes :func:`write_csv` writes for a table: this module's code and
    Arrow's version (its CSV writer and number formatting)."""
    import pyarrow as pa

    return hashlib.sha256(Path(__file__).read_bytes() + b"\0" + pa.__version__.encode()).hexdigest()


def same_rows(old: pa.Table, new: pa.Table) -> bool:
    """Whether ``new``'s first rows are ``old``'s rows exactly (same column names and types, the
    same values bit for bit: a float 0.0 and -0.0, equal for Arrow, are written "0" and "-0"),
    so that :func:`write_csv` writes the same bytes for them."""
    import pyarrow as pa

    if old.schema.names != new.schema.names or old.schema.types != new.schema.types or old.num_rows > new.num_rows:
        return False
    head = new.slice(0, old.num_rows)
    for name in old.column_names:
        a, b = old.column(name).combine_chunks(), head.column(name).combine_chunks()
        if pa.types.is_floating(a.type):
            if a.null_count or b.null_count:
                if not a.is_null().equals(b.is_null()):
                    return False
                a, b = a.fill_null(0), b.fill_null(0)
            bits = pa.int64() if a.type.bit_width == 64 else pa.int32() if a.type.bit_width == 32 else pa.int16()
            a, b = a.view(bits), b.view(bits)
        if not a.equals(b):
            return False
    return True


def extend_csv(previous: Path, table: pa.Table, start: int, path: Path) -> None:
    """``path``: the bytes of ``previous`` (a file :func:`write_csv` wrote for ``table``'s first
    ``start`` rows), then ``table``'s rows from ``start`` on as :func:`write_csv` writes them.
    The same bytes as ``write_csv(table, path)``: a row's text depends on its cells and the
    column types only, and the header is written once, at the top."""
    import shutil

    import pyarrow.csv as pacsv

    shutil.copyfile(previous, path)
    options = pacsv.WriteOptions(include_header=False, delimiter=",", quoting_style="needed")
    with open(path, "ab") as sink, pacsv.CSVWriter(sink, table.schema, write_options=options) as writer:
        for at in range(start, table.num_rows, CSV_SLICE_ROWS):
            writer.write_table(neutralise_formulas(table.slice(at, min(CSV_SLICE_ROWS, table.num_rows - at))))


def write_parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(table, str(path), compression="zstd")


def checkpoint(name: str) -> None:
    """A named point of the publishing sequence. When OPENDATA_PAUSE_AT names it (fault-injection
    tests only), the process writes OPENDATA_PAUSE_FILE and waits there to be killed."""
    if os.environ.get("OPENDATA_PAUSE_AT") != name:
        return
    import time

    Path(os.environ["OPENDATA_PAUSE_FILE"]).write_text(name)
    time.sleep(600)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(folder: Path | str) -> None:
    """Flush a folder's entries (a rename in it) to disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder below ``root`` to disk before it is made visible."""
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            with open(os.path.join(dirpath, name), "rb") as fh:
                os.fsync(fh.fileno())
        fsync_dir(dirpath)


def atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
