"""The published tables, in dependency order, with the tables their foreign keys reference.
Kept in code so that Dagster can wire the checks without reading files at import time; a test
checks it against the foreignKeys of ``schemas/``."""

TABLES: dict[str, tuple[str, ...]] = {
    "sources": (),
    "events": ("sources",),
    "key_figures": ("events", "sources"),
}
