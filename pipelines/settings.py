"""Where things live. Each path has an environment variable so the CLI, the Dagster UI and
the tests point the same code at different folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import yamlio

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@cache
def package_name(schemas_dir: Path) -> str:
    """The Data Package's name, from ``schemas/package.yaml``: the folder of its releases."""
    with open(schemas_dir / "package.yaml", encoding="utf-8") as fh:
        return str(yamlio.safe_load(fh)["name"])


PACKAGE_NAME = package_name(PROJECT_ROOT / "schemas")


@dataclass(frozen=True)
class Settings:
    sources_dir: Path
    datasets_dir: Path
    warehouse_path: Path
    schemas_dir: Path
    cache_dir: Path = PROJECT_ROOT / "dagster_home" / "cache"
    publish_person_names: bool = True
    max_source_bytes: int = 50 * 1024 * 1024
    workers: int = 0      # extraction processes for a large batch of new documents; 0: one per core

    @property
    def package_dir(self) -> Path:
        return self.datasets_dir / package_name(self.schemas_dir)

    @property
    def reports_dir(self) -> Path:
        """Frictionless reports kept by content, so that the same bytes are validated once."""
        return self.cache_dir / "validation"


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() not in {"0", "false", "no", "non", "off"}


def load_settings() -> Settings:
    """Read the settings from the environment (OPENDATA_*), with the repository folders as defaults."""
    env = os.environ
    datasets = Path(env.get("OPENDATA_DATASETS", PROJECT_ROOT / "datasets"))
    return Settings(
        sources_dir=Path(env.get("OPENDATA_SOURCES", PROJECT_ROOT / "sources")),
        datasets_dir=datasets,
        warehouse_path=Path(env.get("OPENDATA_WAREHOUSE", datasets / "warehouse.duckdb")),
        schemas_dir=Path(env.get("OPENDATA_SCHEMAS", PROJECT_ROOT / "schemas")),
        cache_dir=Path(env.get("OPENDATA_CACHE", Path(env.get("DAGSTER_HOME", PROJECT_ROOT / "dagster_home")) / "cache")),
        publish_person_names=_flag(env.get("OPENDATA_PUBLISH_PERSON_NAMES"), True),
        max_source_bytes=int(env.get("OPENDATA_MAX_SOURCE_BYTES", 50 * 1024 * 1024)),
        workers=int(env.get("OPENDATA_WORKERS") or 0),
    )
