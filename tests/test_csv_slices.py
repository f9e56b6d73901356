"""``write_csv`` writes a slice of rows at a time (pipelines/files.py): the same bytes as the
whole table written by Arrow at once, formulas neutralised, with or without chosen rows."""

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from pipelines import files
from pipelines.files import neutralise_formulas, write_csv


def _whole(table: pa.Table, path) -> bytes:
    options = pacsv.WriteOptions(include_header=True, delimiter=",", quoting_style="needed")
    pacsv.write_csv(neutralise_formulas(table), str(path), write_options=options)
    return path.read_bytes()


def _table(n: int) -> pa.Table:
    text = ["=1+1", "a, b", None, 'dit "oui"', "-3", "simple", "\tx"]
    return pa.table({
        "label": pa.array([text[i % len(text)] for i in range(n)]),
        "day": pa.array([dt.date(2024, 1, 1 + i % 28) if i % 3 else None for i in range(n)]),
        "count": pa.array([i if i % 4 else None for i in range(n)], pa.int64()),
        "flag": pa.array([bool(i % 2) if i % 5 else None for i in range(n)]),
    })


@pytest.mark.parametrize("rows", [0, 1, 6, 7, 50])
def test_slices_give_the_bytes_of_the_whole_table(tmp_path, monkeypatch, rows):
    monkeypatch.setattr(files, "CSV_SLICE_ROWS", 7)
    table = pa.concat_tables([_table(rows), _table(rows)])      # several chunks as well
    write_csv(table, tmp_path / "sliced.csv")
    assert (tmp_path / "sliced.csv").read_bytes() == _whole(table, tmp_path / "whole.csv")


def test_chosen_rows_are_those_taken(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "CSV_SLICE_ROWS", 4)
    table = _table(30)
    chosen = np.array([29, 0, 3, 3, 17, 8, 12, 1, 22], dtype=np.int64)
    write_csv(table, tmp_path / "chosen.csv", chosen)
    assert (tmp_path / "chosen.csv").read_bytes() == _whole(table.take(pa.array(chosen)), tmp_path / "whole.csv")
    lines = (tmp_path / "chosen.csv").read_text().splitlines()
    assert len(lines) == 1 + len(chosen) and lines[2].startswith('"\'=1+1",')     # row 0, neutralised


@pytest.mark.parametrize("start", [0, 1, 7, 29, 30])
def test_a_csv_extended_by_the_rows_after_a_previous_file_is_the_whole_table_written(tmp_path, monkeypatch, start):
    monkeypatch.setattr(files, "CSV_SLICE_ROWS", 4)
    table = pa.concat_tables([_table(20), _table(10)])
    write_csv(table.slice(0, start), tmp_path / "before.csv")
    assert files.same_rows(table.slice(0, start), table)
    files.extend_csv(tmp_path / "before.csv", table, start, tmp_path / "after.csv")
    assert (tmp_path / "after.csv").read_bytes() == _whole(table, tmp_path / "whole.csv")


def test_rows_the_same_for_arrow_but_not_as_text_are_not_the_same_rows():
    old = pa.table({"v": pa.array([1.0, -0.0, None, float("nan")]), "s": ["a", "b", None, "d"]})
    assert files.same_rows(old, pa.concat_tables([old, old]))
    assert not files.same_rows(old, old.set_column(0, "v", pa.array([1.0, 0.0, None, float("nan")])))
    assert not files.same_rows(old, old.set_column(0, "v", pa.array([1.0, -0.0, 2.0, float("nan")])))
    assert not files.same_rows(old, old.set_column(1, "s", pa.array(["a", "b", "", "d"])))
    assert not files.same_rows(old, old.slice(0, 3))
    assert not files.same_rows(old, old.rename_columns(["w", "s"]))
