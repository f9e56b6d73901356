"""Where things live. Each path has an environment variable so the CLI, the Dagster UI and
the tests point the same code at different folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import yamlio

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def package_name(schemas_dir: Path, sources_dir: Path | None = None) -> str:
    """The Data Package's name, the folder of its releases: from the sources folder's own
    ``package.yaml`` (written by ``opendata init``), else from ``schemas/package.yaml``."""
    own = sources_dir / "package.yaml" if sources_dir is not None else None
    path = own if own is not None and own.is_file() else schemas_dir / "package.yaml"
    return _name_in(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _name_in(path: Path, mtime_ns: int) -> str:
    with open(path, encoding="utf-8") as fh:
        return str((yamlio.safe_load(fh) or {}).get("name") or "")


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
    workers: int = 0      # reading and extraction processes for a large batch of new documents; 0: one per core
    max_pages: int = 2_000             # pages of one PDF (OPENDATA_MAX_PAGES)
    max_text_chars: int = 2_000_000    # characters of text of one document (OPENDATA_MAX_TEXT_CHARS)
    max_figures: int = 100_000     # numbers in digits one document may hold (OPENDATA_MAX_FIGURES); 0: no limit
    extract_seconds: int = 60      # seconds of one document's extraction (OPENDATA_EXTRACT_SECONDS); 0: no limit

    @property
    def package_dir(self) -> Path:
        return self.datasets_dir / package_name(self.schemas_dir, self.sources_dir)

    @property
    def budget(self) -> "ReadingBudget":
        return ReadingBudget(self.max_pages, self.max_text_chars)

    @property
    def reports_dir(self) -> Path:
        """Frictionless reports kept by content, so that the same bytes are validated once."""
        return self.cache_dir / "validation"


@dataclass(frozen=True)
class ReadingBudget:
    """What reading one document may take: pages of a PDF and characters of text (after
    decompression and decoding). A document over either is refused, the others go on."""

    max_pages: int = 2_000
    max_text_chars: int = 2_000_000


# Every numeric environment variable: (default, minimum, what it is, in French for the message).
NUMERIC_ENV = {
    "OPENDATA_WORKERS": (0, 0, "un nombre entier de processus (0 : un par cœur)"),
    "OPENDATA_MAX_SOURCE_BYTES": (50 * 1024 * 1024, 1, "une taille en octets, nombre entier supérieur à 0"),
    "OPENDATA_MAX_PAGES": (2_000, 1, "un nombre entier de pages supérieur à 0"),
    "OPENDATA_MAX_TEXT_CHARS": (2_000_000, 1, "un nombre entier de caractères supérieur à 0"),
    "OPENDATA_MAX_FIGURES": (100_000, 0, "un nombre entier de nombres par document, positif ou nul (0 : sans limite)"),
    "OPENDATA_EXTRACT_SECONDS": (60, 0, "une durée en secondes, nombre entier positif ou nul (0 : sans limite)"),
    "OPENDATA_LOCK_WAIT": (30, 0, "une durée en secondes, nombre positif ou nul (par exemple 30 ou 2.5)"),
}


def env_number(name: str, env=None) -> int | float:
    """The value of a numeric OPENDATA_* variable, or its default when unset or empty; a
    :class:`ConfigError` naming the variable and the values accepted otherwise."""
    from .errors import ConfigError

    default, minimum, accepted = NUMERIC_ENV[name]
    raw = (os.environ if env is None else env).get(name, "")
    if raw.strip() == "":
        return default
    try:
        value = float(raw) if name == "OPENDATA_LOCK_WAIT" else int(raw.strip())
    except ValueError:
        value = None
    if value is None or value != value or value in (float("inf"), float("-inf")) or value < minimum:
        raise ConfigError(f"la variable d'environnement {name} vaut « {raw} » : valeur refusée, "
                          f"il faut {accepted}")
    return value


def check_environment(env=None) -> None:
    """Refuse, before anything runs, an OPENDATA_* variable the pipeline could not use."""
    for name in NUMERIC_ENV:
        env_number(name, env)


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
        max_source_bytes=env_number("OPENDATA_MAX_SOURCE_BYTES", env),
        workers=env_number("OPENDATA_WORKERS", env),
        max_pages=env_number("OPENDATA_MAX_PAGES", env),
        max_text_chars=env_number("OPENDATA_MAX_TEXT_CHARS", env),
        max_figures=env_number("OPENDATA_MAX_FIGURES", env),
        extract_seconds=env_number("OPENDATA_EXTRACT_SECONDS", env),
    )
