"""The layout of a package folder, read from its listing alone: which names are versions, which
version folders are complete, and whether an interrupted run left something to finish.

Standard library only: a no-op ``opendata publish`` asks these questions before deciding that
nothing has to run, and must not pay for Arrow, DuckDB or Frictionless to do so
(``pipelines/publishing/versions.py`` and ``release.py`` re-export them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
BUMPS = ("major", "minor", "patch")


def parse_version(text: str) -> tuple[int, int, int]:
    m = SEMVER.match(text or "")
    if not m:
        raise ValueError(f"'{text}' is not a semantic version such as 1.2.3")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def list_versions(package_dir: Path) -> list[str]:
    """Published versions (complete folders with a datapackage.json), oldest first."""
    if not package_dir.is_dir():
        return []
    found = []
    for child in package_dir.iterdir():
        try:
            parse_version(child.name)
        except ValueError:
            continue
        if child.is_dir() and not child.is_symlink() and (child / "datapackage.json").is_file():
            found.append(child.name)
    return sorted(found, key=parse_version)


def needs_recovery(package_dir: Path, warehouse_path: Path | None = None) -> bool:
    """A cheap look (folder listings only) for what an interrupted run leaves: staging folders,
    temporary files, a complete version folder missing from ``versions.json``, a partial copy of
    the warehouse. A run is then needed even if the inputs are unchanged."""
    if warehouse_path is not None and any(warehouse_path.parent.glob(f".{warehouse_path.name}.tmp-*")):
        return True
    if not package_dir.is_dir():
        return False
    if any(c.name.startswith(".staging-") or (c.name.startswith(".") and ".tmp-" in c.name)
           for c in package_dir.iterdir()):
        return True
    try:
        index = json.loads((package_dir / "versions.json").read_text(encoding="utf-8"))
        listed = [r["version"] for r in index["releases"]]
    except (OSError, ValueError, KeyError, TypeError):
        return True
    return listed != list_versions(package_dir)
