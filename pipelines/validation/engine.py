"""What decides a check engine's findings besides the files it reads: the key under which a
validation report, or a document's per-row findings, may be reused."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import frictionless


@cache
def engine_version(engine: str) -> str:
    """What decides an engine's findings besides the files: Frictionless' version, or DuckDB's
    and the code of the compiled checks."""
    if engine == "frictionless":
        return f"frictionless {frictionless.__version__}"
    import duckdb

    digest = hashlib.sha256(f"duckdb {duckdb.__version__}\n".encode())
    for path in sorted((Path(__file__).parent / "sql").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"duckdb-sql {digest.hexdigest()}"
