"""The commands of ``opendata`` (Typer): run the same Dagster job as the UI, and read releases.
The console entry point is ``pipelines/cli.py``, which answers an unchanged ``publish`` before
this module (and Typer) is even imported."""

from __future__ import annotations

import json
import os
import sys
import warnings
from pathlib import Path
from typing import Optional

import typer

from .publish_answer import PUBLISH_JSON_KEYS, _set_env, no_op_release, print_unchanged, publish_json  # noqa: F401
from .settings import load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Publish open data from the documents of a collectivité.")


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"Erreur : {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


@app.callback()
def _check_environment() -> None:
    """Before any command runs: every numeric OPENDATA_* variable must be usable (pipelines/settings.py)."""
    from .errors import ConfigError
    from .settings import check_environment

    try:
        check_environment()
    except ConfigError as exc:
        _fail(str(exc), 2)


def _check_release_options(bump: Optional[str], version: Optional[str]) -> None:
    """``--bump`` and ``--version``, refused before the job runs rather than after."""
    from .publishing.folders import BUMPS, SEMVER

    if bump is not None and bump not in BUMPS:
        _fail(f"--bump « {bump} » : valeur refusée, les valeurs acceptées sont {', '.join(BUMPS)}", 2)
    if version is not None and not SEMVER.match(version):
        _fail(f"--version « {version} » : valeur refusée, il faut une version sémantique telle que 1.2.3 "
              "(trois nombres sans zéro initial, séparés par des points)", 2)
    if bump is not None and version is not None:
        _fail(f"--bump {bump} et --version {version} ensemble : une seule de ces deux options à la fois "
              "(--version fixe la version exacte, --bump le type de changement)", 2)


def _error_text(error) -> str:
    """The pipeline's own refusal (a PipelineError) out of Dagster's error chain, else the
    innermost error."""
    chain = []
    while error is not None:
        chain.append(error)
        error = getattr(error, "cause", None)
    if any(e.cls_name == "DagsterExecutionInterruptedError" for e in chain):
        return "la publication a été interrompue (SIGINT ou SIGTERM) pendant une étape"
    ours = [e for e in chain if e.cls_name in ("SourceError", "ValidationFailed", "PipelineError")]
    chosen = ours[0] if ours else chain[-1]
    message = chosen.message.strip()
    prefix = f"pipelines.errors.{chosen.cls_name}: "
    return message.removeprefix(prefix) if ours else message


def sync_document_partitions(instance) -> None:
    """One dynamic partition per source document, so the UI lists the documents; a bad manifest
    is left for the run itself to report."""
    from .errors import SourceError
    from .document import discover_sources

    try:
        ids = {e.id for e in discover_sources(load_settings().sources_dir)}
    except SourceError:
        return
    known = set(instance.get_dynamic_partitions("documents"))
    if ids - known:
        instance.add_dynamic_partitions("documents", sorted(ids - known))
    for gone in sorted(known - ids):
        instance.delete_dynamic_partition("documents", gone)


def run_publish_job(bump: Optional[str] = None, version: Optional[str] = None, progress: bool = False):
    """Execute the ``publish`` job in this process, recorded in the Dagster instance of
    DAGSTER_HOME so that the run shows in the UI."""
    warnings.filterwarnings("ignore", message=".*is currently in beta")
    from dagster import DagsterInstance

    from .definitions import defs

    release_config = {k: v for k, v in (("bump", bump), ("version", version)) if v}
    run_config = {
        # The command prints its own summary and errors; Dagster's console log stays quiet.
        "loggers": {"console": {"config": {"log_level": "CRITICAL"}}, **({"progress": {}} if progress else {})},
        "ops": {"release": {"config": release_config}},
    }
    from dagster._core.utils import make_new_run_id

    from .runtime.arrow import arrow_without_pandas
    from .runtime.runs import RunWatchdog, run_tags, wait_for_pools

    # no step of the job needs pandas; without this, Arrow's first conversion imports it (0.4 to 0.65 s)
    arrow_without_pandas()
    with DagsterInstance.get() as instance:
        sync_document_partitions(instance)
        # A killed run's pool slot is given back first; a live run's is waited for, with a deadline.
        wait_for_pools(instance)
        job = defs.resolve_job_def("publish")
        run_id = make_new_run_id()
        with RunWatchdog(instance, run_id):
            return job.execute_in_process(instance=instance, run_config=run_config, raise_on_error=False,
                                          run_id=run_id, tags=run_tags())


@app.command()
def publish(
    sources: Optional[Path] = typer.Option(None, help="Folder of the source documents [env OPENDATA_SOURCES; default sources/]"),
    datasets: Optional[Path] = typer.Option(None, help="Folder of the releases [env OPENDATA_DATASETS; default datasets/]"),
    warehouse: Optional[Path] = typer.Option(None, help="DuckDB file [env OPENDATA_WAREHOUSE; default datasets/warehouse.duckdb]"),
    bump: Optional[str] = typer.Option(None, help="Force a major, minor or patch release"),
    version: Optional[str] = typer.Option(None, "--version", help="Publish under this exact version (never an existing one)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors and the published version"),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON"),
    force: bool = typer.Option(False, "--force", help="Run the Dagster job even when the inputs equal the last run's"),
) -> None:
    """Read the documents, extract and validate the tables, publish a release if anything changed,
    and load the warehouse."""
    _check_release_options(bump, version)
    _set_env(sources, datasets, warehouse)
    settings = load_settings()
    fingerprint, latest = no_op_release(settings, run_anyway=bool(force or bump or version))
    if latest is not None:
        print_unchanged(latest, settings, fingerprint, quiet, as_json)
        return
    from .publishing.folders import list_versions
    from .runtime.fingerprint import record_run
    from .errors import PipelineError
    from .runtime.locking import exclusive_lock

    # One publish at a time per Dagster home: a second one waits (OPENDATA_LOCK_WAIT seconds), then refuses.
    # SIGTERM stops a waiting run as SIGINT does (Dagster maps both the same way during the run).
    _stop_on_sigterm()
    folders_before = list_versions(settings.package_dir)
    try:
        with exclusive_lock(Path(os.environ["DAGSTER_HOME"]) / ".publish.lock", "l'instance Dagster"):
            result = run_publish_job(bump, version, progress=not (quiet or as_json))
        if sys.stderr.isatty() and not (quiet or as_json):
            sys.stderr.write("\r\033[K")     # clear the progress line
    except PipelineError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("la publication a été interrompue (SIGINT ou SIGTERM) ; une version n'est visible qu'une fois "
              "complète avec son entrepôt, la suivante reprend ce qui reste.", 130)
    checks = [
        {"table": e.asset_key.to_user_string(), "check": e.check_name, "passed": e.passed,
         "severity": e.severity.value,   # ERROR checks block a release, WARN checks only report
         "report": (e.metadata.get("report").value if e.metadata.get("report") else "")}
        for e in result.get_asset_check_evaluations()
    ]
    if not result.success:
        messages = [_error_text(ev.step_failure_data.error) for ev in result.all_events
                    if ev.is_step_failure and ev.step_failure_data and ev.step_failure_data.error]
        failed = [c for c in checks if not c["passed"] and c["severity"] == "ERROR"]
        for c in failed:
            messages.append(f"table {c['table']} fails its Table Schema ({c['check']}):\n{c['report']}")
        published = _published_by(result)
        if as_json:
            print(publish_json(status="failed", run_id=result.run_id, errors=messages, checks=checks,
                               published=published))
        if published:
            # The release step published (folder, warehouse, latest, versions.json) and a later step failed.
            _fail(f"la version {published['version']} a été publiée avec son entrepôt ({published['path']}) ; "
                  "une étape suivante a échoué :\n" + "\n".join(f"- {m}" for m in messages or ["l'exécution a échoué"]))
        pending = [v for v in list_versions(settings.package_dir) if v not in folders_before]
        if pending:
            # Interrupted between the folder's rename and latest's move: said as it is.
            _fail(f"la version {pending[-1]} est en place mais pas annoncée (versions.json et latest inchangés) ; "
                  "la prochaine exécution la complète ou la retire :\n"
                  + "\n".join(f"- {m}" for m in messages or ["l'exécution a échoué"]))
        _fail("rien n'a été publié.\n" + "\n".join(f"- {m}" for m in messages or ["l'exécution a échoué"]))
    docs = result.output_for_node("source_documents")
    release = result.output_for_node("release")
    store = result.output_for_node("warehouse")
    record_run(settings, fingerprint, release["version"])
    summary = {
        "status": release["status"],
        "version": release["version"],
        "previous": release["previous"],
        "path": release["path"],
        "documents": [d.file_name for d in docs],
        "rows": release["rows"],
        "checks": checks,
        "changes": release["changes"],
        "skipped": [d for d in release["documents"] if d["status"] == "skipped"],
        "warnings": release["warnings"],
        "quality": release.get("quality", []),
        "warehouse": store,
        "run_id": result.run_id,
    }
    if as_json:
        print(publish_json(**summary))
        return
    if quiet:
        print(release["version"] if release["status"] == "published" else f"unchanged {release['version']}")
        return
    from .labels import plural
    from .publishing.notes import found_line

    print(f"Documents lus : {len(docs)} ({', '.join(summary['documents'])})")
    for doc in release["documents"]:
        if doc["status"] == "skipped":
            print(f"  écarté : {doc['file']} : {doc['reason']}")
        else:
            # what the rules found in each document: one that they did not understand shows at once
            print(f"  {doc['file']} : {found_line(doc.get('found') or {})}")
        for note in doc["notes"]:
            print(f"  remarque : {doc['file']} : {note}")
    from .schemas import table_schema

    passed = {c["table"]: c["passed"] for c in checks if c["severity"] == "ERROR"}
    for table, rows in release["rows"].items():
        state = "schéma vérifié" if passed.get(table) else "schéma non vérifié"
        title = table_schema(settings.schemas_dir, table).get("title") or table
        print(f"  {title} ({table}.csv) : {plural(rows, 'ligne')}, {state}")
    if release["status"] == "published":
        print(f"Version {release['version']} publiée dans {release['path']} (latest mis à jour)")
        for change in release["changes"]:
            print(f"  - {change}")
    else:
        print(f"Inchangé : le contenu est celui de la version {release['version']} ; aucune nouvelle version.")
    for warning in release["warnings"]:
        print(f"  avertissement : {warning}")
    for line in release.get("quality", []):
        print(f"  qualité : {line}")
    print(f"Entrepôt : {store['path']} (versions chargées maintenant : {', '.join(store['loaded']) or 'aucune'})")
    print(f"Exécution Dagster {result.run_id} : dans l'historique des exécutions (make ui).")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm() -> None:
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)


def _published_by(result) -> dict | None:
    """The release a failed run still published (its release step succeeded), else None."""
    try:
        release = result.output_for_node("release")
    except Exception:      # the step did not succeed: no output
        return None
    return release if release.get("status") == "published" else None


@app.command()
def validate(path: Path = typer.Argument(..., help="A release folder, its datapackage.json, or a folder of CSV files")) -> None:
    """Validate a published release (or a folder of <table>.csv files against schemas/) and print the report."""
    from .schemas import table_schema
    from .validation.frictionless import validate_folder, validate_package
    from .validation.report import schema_titles

    settings = load_settings()
    if path.is_dir() and not (path / "datapackage.json").is_file():
        tables = [t for t in settings_tables(settings) if (path / f"{t}.csv").is_file()]
        if not tables:
            _fail(f"{path} : ni datapackage.json ni fichier <table>.csv d'une table connue")
        report = validate_folder(path, tables, settings.schemas_dir)
        titles, fields = schema_titles({t: table_schema(settings.schemas_dir, t) for t in tables})
    else:
        descriptor = path / "datapackage.json" if path.is_dir() else path
        if not descriptor.is_file():
            _fail(f"{descriptor} : fichier introuvable")
        report = validate_package(descriptor)
        try:
            resources = json.loads(descriptor.read_text(encoding="utf-8")).get("resources") or []
            titles, fields = schema_titles({
                r.get("name"): (r["schema"] if isinstance(r.get("schema"), dict) else {}) | {"title": r.get("title")}
                for r in resources if isinstance(r, dict)})
        except (OSError, ValueError, AttributeError, TypeError):
            titles, fields = {}, {}   # an unreadable descriptor: the report above already says why
    print(report.summary(limit=50, titles=titles, fields=fields))
    if not report.valid:
        raise typer.Exit(1)


def settings_tables(settings) -> list[str]:
    from .schemas import table_names

    return table_names(settings.schemas_dir)


@app.command()
def diff(
    v1: str = typer.Argument(..., help="Older version"),
    v2: str = typer.Argument(..., help="Newer version"),
    datasets: Optional[Path] = typer.Option(None, help="Folder of the releases [env OPENDATA_DATASETS]"),
    as_json: bool = typer.Option(False, "--json", help="Print the changes as JSON (shape in the README)"),
) -> None:
    """Print what changed between two releases: rows added, removed and changed per table (with the
    old and new value of each changed cell), schema changes."""
    from .publishing.changes import detail_lines, summary_line
    from .publishing.versions import diff_releases, read_release_tables

    _set_env(None, datasets, None)
    package_dir = load_settings().package_dir
    dirs = [package_dir / v for v in (v1, v2)]
    for d in dirs:
        if not (d / "datapackage.json").is_file():
            _fail(f"aucune version {d.name} dans {package_dir}")
    new_tables, new_schemas = read_release_tables(dirs[1])
    old_tables, old_schemas = read_release_tables(dirs[0])
    diffs = diff_releases((old_tables, old_schemas), (new_tables, new_schemas))
    schemas = old_schemas | new_schemas
    changed = [d for d in diffs if not d.empty]
    if as_json:
        print(json.dumps({"from": v1, "to": v2, "tables": [diff_json(d, schemas) for d in changed]},
                         ensure_ascii=False, indent=2, default=str))
        return
    print(f"Modifications de la version {v1} à la version {v2} :")
    for d in changed:
        print(f"- {summary_line(d, schemas)}")
        for line in detail_lines(d, schemas, limit=None):
            print(f"    {line}")
    if not changed:
        print("- aucune différence")


def diff_json(d, schemas: dict) -> dict:
    """One changed table of ``opendata diff --json``."""
    from .publishing.changes import summary_line

    return {
        "table": d.table, "title": (schemas.get(d.table) or {}).get("title"), "summary": summary_line(d, schemas),
        "table_added": d.table_added, "table_removed": d.table_removed,
        "fields_added": d.fields_added, "fields_removed": d.fields_removed, "fields_retyped": d.fields_retyped,
        "added": d.added, "removed": d.removed,
        "changed": [{"key": k, "cells": [{"field": f, "old": old, "new": new} for f, old, new in d.changed_cells.get(k, [])]}
                    for k in d.changed],
    }


@app.command()
def mirror(
    destination: str = typer.Argument(..., help="Where to copy the releases: s3://bucket/prefix, gs://..., file:///path..."),
    datasets: Optional[Path] = typer.Option(None, help="Folder of the releases [env OPENDATA_DATASETS]"),
    warehouse: Optional[Path] = typer.Option(None, help="DuckDB file [env OPENDATA_WAREHOUSE; default datasets/warehouse.duckdb]"),
    with_warehouse: bool = typer.Option(True, "--with-warehouse/--without-warehouse",
                                        help="Copy the DuckDB warehouse too, beside the package folder"),
) -> None:
    """Copy the published releases (and the warehouse) to object storage (any fsspec URL), complete versions only,
    checked by SHA-256."""
    from .errors import PipelineError
    from .publishing.mirror import mirror_package

    _set_env(None, datasets, warehouse)
    settings = load_settings()
    try:
        result = mirror_package(settings.package_dir, destination,
                                warehouse=settings.warehouse_path if with_warehouse else None)
    except PipelineError as exc:
        _fail(str(exc))
    except (OSError, ValueError, ImportError) as exc:
        _fail(f"{destination}: {exc}")
    print(f"Mirrored to {destination}: uploaded {', '.join(result.uploaded) or 'nothing new'}"
          f"{'; already there: ' + ', '.join(result.already_there) if result.already_there else ''}; latest = {result.latest}"
          f"{'; warehouse ' + result.warehouse if result.warehouse else ''}")


@app.command()
def init(
    folder: Path = typer.Argument(..., help="Dossier des sources du nouveau paquet (créé s'il n'existe pas)"),
    name: str = typer.Option(..., prompt="Nom court du paquet (a-z, 0-9, -)", help="Nom du paquet : le dossier de ses versions"),
    title: str = typer.Option(..., prompt="Titre du jeu de données", help="Titre du jeu de données"),
    publisher: str = typer.Option(..., prompt="Éditeur (la collectivité)", help="Éditeur : la collectivité"),
    siren: Optional[str] = typer.Option(None, help="SIREN de l'éditeur (9 chiffres)"),
    insee: Optional[str] = typer.Option(None, help="Code INSEE du territoire (commune) ou SIREN de l'EPCI"),
    territory: Optional[str] = typer.Option(None, help="Nom du territoire couvert"),
    level: str = typer.Option("commune", help="Niveau du territoire : commune, intercommunalite, departement, region"),
    email: Optional[str] = typer.Option(None, help="Adresse de contact"),
    website: Optional[str] = typer.Option(None, help="Site web de l'éditeur"),
    licence: str = typer.Option("etalab-2.0", help="Licence : etalab-2.0, odbl-1.0, cc-by-4.0"),
    keyword: list[str] = typer.Option([], "--keyword", help="Mot-clé (à répéter)"),
    base_url: Optional[str] = typer.Option(None, help="Adresse web où le dossier datasets/ sera servi"),
    description: Optional[str] = typer.Option(None, help="Description du jeu de données"),
) -> None:
    """Créer un paquet de données : sa description (package.yaml) et son manifeste vide, dans FOLDER."""
    from .errors import PipelineError
    from .packages import write_package

    try:
        path = write_package(folder, name=name, title=title, publisher=publisher, siren=siren, description=description,
                             contact_email=email, contact_url=website, licence=licence, insee_code=insee,
                             spatial_name=territory, spatial_level=level, keywords=keyword, base_url=base_url,
                             homepage=website)
    except PipelineError as exc:
        _fail(str(exc), 2)
    print(f"Paquet « {name} » créé : {path}\n"
          f"Ajoutez ses documents avec « opendata add FICHIER --sources {folder} », puis publiez-le avec "
          f"« opendata publish --sources {folder} ».")


@app.command()
def add(
    file: Path = typer.Argument(..., help="Document à ajouter (PDF, HTML, Markdown ou texte)"),
    sources: Optional[Path] = typer.Option(None, help="Dossier des sources du paquet [env OPENDATA_SOURCES]"),
    doc_id: Optional[str] = typer.Option(None, "--id", help="Identifiant du document (par défaut : tiré du nom du fichier)"),
    kind: Optional[str] = typer.Option(None, help="Type : event_report, programme, strategy, article..."),
    publisher: Optional[str] = typer.Option(None, help="Éditeur du document"),
    licence: Optional[str] = typer.Option(None, help="Licence du document"),
    url: Optional[str] = typer.Option(None, help="Adresse où le document est publié"),
) -> None:
    """Copier un document dans le dossier des sources et écrire son entrée du manifeste (empreinte, format,
    pages, titre et date lus dans le document), à compléter."""
    from .errors import PipelineError
    from .packages import add_document

    _set_env(sources, None, None)
    folder = load_settings().sources_dir
    try:
        entry = add_document(folder, file, doc_id=doc_id, kind=kind, publisher=publisher, license=licence, url=url)
    except PipelineError as exc:
        _fail(str(exc), 2)
    pages = entry["pages"]
    print(f"Document « {entry['id']} » ajouté à {folder / 'sources.yaml'} : {entry['media_type']}, "
          f"{pages} page{'s' if pages > 1 else ''}, titre {entry['title'] or '(à compléter)'}, "
          f"date {entry['date'] or '(à compléter)'}.\n"
          "Complétez au besoin l'éditeur, le type et la licence dans le manifeste avant de publier.")
