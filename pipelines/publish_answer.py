"""The answer of ``opendata publish`` that both the console entry point (``pipelines/cli.py``) and
the Typer command (``pipelines/commands.py``) give: whether anything has to run, the answer of an
unchanged run, and the one JSON shape of ``--json``. Light imports only (the no-op path)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from .settings import PROJECT_ROOT


def _set_env(sources: Optional[Path], datasets: Optional[Path], warehouse: Optional[Path]) -> None:
    for name, value in (("OPENDATA_SOURCES", sources), ("OPENDATA_DATASETS", datasets), ("OPENDATA_WAREHOUSE", warehouse)):
        if value is not None:
            os.environ[name] = str(value.resolve())
    if not os.environ.get("DAGSTER_HOME"):
        os.environ["DAGSTER_HOME"] = str(PROJECT_ROOT / "dagster_home")
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)


# A "run needed" answer of the console entry point's check (cli.py), for the Typer command that
# then runs in the same process and asks again a moment later: the inputs are not fingerprinted
# twice (about 0.1 s for 1,000 documents). Taken once; a run started on a stale answer is only a
# run that publishes nothing new.
_NEEDS_RUN: dict[str, str] = {}


def no_op_release(settings, run_anyway: bool = False, remember: bool = False) -> tuple[str, str | None]:
    """(the inputs' fingerprint, the latest release when nothing has to run, else None).
    Nothing has to run when the last successful run had these very inputs and still stands
    (``pipelines/runtime/fingerprint.py``) and no interrupted run left work to finish.
    ``remember``: a "run needed" answer is kept for the next call with the same settings."""
    from .publishing.folders import needs_recovery
    from .runtime.fingerprint import inputs_fingerprint, unchanged_since_last_run

    known = _NEEDS_RUN.pop(repr(settings), None)
    if known is not None:
        return known, None
    fingerprint = inputs_fingerprint(settings)
    if run_anyway or needs_recovery(settings.package_dir, settings.warehouse_path):
        latest = None
    else:
        latest = unchanged_since_last_run(settings, fingerprint)
    if latest is None and remember:
        _NEEDS_RUN[repr(settings)] = fingerprint
    return fingerprint, latest


def print_unchanged(latest: str, settings, fingerprint: str, quiet: bool, as_json: bool) -> None:
    if as_json:
        print(publish_json(status="unchanged", version=latest, run_id=None, ran=False,
                           fingerprint=fingerprint, path=str(settings.package_dir / latest),
                           warehouse={"path": str(settings.warehouse_path), "loaded": []}))
    elif quiet:
        print(f"unchanged {latest}")
    else:
        print(f"Inchangé : les sources, les schémas, les règles et les options sont ceux de la dernière exécution, "
              f"qui a publié la version {latest} ; rien à faire (aucune exécution Dagster lancée ; --force la lance).")
        print(f"Version : {settings.package_dir / latest}")
        print(f"Entrepôt : {settings.warehouse_path} (à jour)")


# ``opendata publish --json`` prints one object of this shape whatever happened (README, "--json"):
# every key is always there, null or empty when it does not apply (tests/test_cli.py holds it to this list).
PUBLISH_JSON_KEYS = {
    "status": None,          # "published", "unchanged" or "failed"
    "version": None,         # the version published, or the latest one when unchanged
    "previous": None,        # the version before it
    "path": None,            # the release folder
    "ran": True,             # false when the inputs equal the last run's and no Dagster run started
    "run_id": None,
    "fingerprint": None,     # of the inputs, when the run was skipped
    "documents": [],         # file names read
    "rows": {},              # table -> rows
    "checks": [],            # {table, check, passed, severity, report}
    "changes": [],           # one line per changed table
    "skipped": [],           # documents not published, with the reason
    "warnings": [],          # consistency warnings, in French
    "quality": [],           # extraction quality measured against hand-checked files
    "warehouse": None,       # {path, loaded}
    "published": None,       # failed runs: the release the run still published, else null
    "errors": [],            # failed runs: why
}


def publish_json(**fields) -> str:
    answer = {k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in PUBLISH_JSON_KEYS.items()} | fields
    return json.dumps(answer, ensure_ascii=False, indent=2, default=str)
