"""The shape of a CSV file as Python's csv module (and so Frictionless) sees it: its header row and
its empty lines."""

from __future__ import annotations

import csv
import mmap
import re
from dataclasses import dataclass
from pathlib import Path


# ---------------------------------------------------------------------------------------------
# Reading the file: header row and empty lines, as Python's csv module sees them


@dataclass
class FileShape:
    empty: bool
    labels: list[str] | None     # the header row; None when it is an empty line
    blank_records: list[int]     # record numbers (1-based) of the empty lines
    header_row: int = 1          # record number of the header row


def _blank_records(data) -> list[int]:
    """Record numbers of the empty lines outside quoted cells (Python's csv yields [] for them)."""
    blanks: list[int] = []
    record, line_start = 1, True
    follow = re.compile(rb"\n(?=\r?\n)")
    for index, part in enumerate(bytes(data).split(b'"')):
        if index % 2:
            line_start = False
            continue
        if line_start and (part.startswith(b"\n") or part.startswith(b"\r\n")):
            blanks.append(record)
        seen, last = 0, 0
        for match in follow.finditer(part):
            seen += part.count(b"\n", last, match.start() + 1)
            last = match.start() + 1
            blanks.append(record + seen)
        record += part.count(b"\n")
        if part:
            line_start = part.endswith(b"\n")
    return blanks


def header_row(widths: list[int]) -> int:
    """The header row Frictionless picks when the dialect does not name it: the first of the first
    100 records whose width is within 10% (at least 1) of their rounded mean width, else row 1.
    It is row 1 for any regular file; a header much wider or narrower than the rows that follow
    moves it."""
    if not widths:
        return 1
    width = round(sum(widths) / len(widths))
    drift = max(round(width * 0.1), 1)
    return next((n for n, w in enumerate(widths, start=1) if width - drift <= w <= width + drift), 1)


def read_shape(path: Path, delimiter: str = ",", quote: str = '"') -> FileShape:
    """Empty lines, header row and labels of a CSV file, as Frictionless sees them."""
    if path.stat().st_size == 0:
        return FileShape(True, None, [])
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        start = 3 if data[:3] == b"\xef\xbb\xbf" else 0      # a BOM is not part of the first line
        candidates = (data[start:start + 1] == b"\n" or data[start:start + 2] == b"\r\n"
                      or re.search(rb"\n\r?\n", data) is not None)
        blanks = _blank_records(data[start:]) if candidates else []
    with open(path, encoding="utf-8-sig", newline="") as fh:     # Frictionless drops a BOM too
        reader = csv.reader(fh, delimiter=delimiter, quotechar=quote, doublequote=True)
        sample = [cells for cells, _ in zip(reader, range(100))]
    if not sample:
        return FileShape(True, None, [])
    row = header_row([len(cells) for cells in sample])
    labels = [cell.strip() for cell in sample[row - 1]]   # Frictionless strips the labels
    return FileShape(False, labels or None, blanks, row)


