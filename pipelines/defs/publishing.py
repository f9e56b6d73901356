
import dagster as dg

from ..publishing.release import ensure_warehouse, publish_release
from ..publishing.quality import quality_lines
from ..publishing.notes import consistency_warnings, drop_documents_without_data
from ..runtime.batch import refusals
from ..runtime.fingerprint import record_run
from ..runtime.memory import give_back, lean_arrow
from .io import arrow_file
from .resources import OpenDataSettings
from ..tables import TABLES
from ..validation.frictionless import kept_report
from .extraction import VALIDATION_KEY, WARNINGS_KEY


class ReleaseConfig(dg.Config):
    bump: str | None = None       # force "major", "minor" or "patch"
    version: str | None = None    # set an exact version (never one that exists)


@dg.asset(
    group_name="publishing",
    # It writes the warehouse with the release (pipelines/publishing/release.py), so it takes the
    # DuckDB writer's slot.
    pool="duckdb",
    ins={"source_documents": dg.AssetIn("source_documents"), "document_extracts": dg.AssetIn("document_extracts"),
         **{name: dg.AssetIn(name) for name in TABLES}},
    description="Publie une nouvelle version (CSV, Parquet, datapackage.json, rapport de validation) dans "
    "datasets/<paquet>/<version>/ si le contenu a changé, et déplace `latest`. Rien n'est publié si une table "
    "échoue à sa vérification de schéma. L'entrepôt DuckDB est écrit avant que `latest` et `versions.json` ne bougent : "
    "la version et l'entrepôt deviennent visibles ensemble, ou aucun des deux.",
)
def release(context: dg.AssetExecutionContext, config: ReleaseConfig, opendata: OpenDataSettings,
            source_documents, document_extracts, **tables):
    settings = opendata.settings()
    lean_arrow()      # as in the `tables` step (a re-execution may start here)
    give_back()       # what the `tables` step freed (pipelines/runtime/memory.py)
    tables, notes = drop_documents_without_data({name: tables[name] for name in TABLES}, source_documents)
    refused = refusals(document_extracts)    # over the extraction budget (pipelines/extract/budget.py)
    for doc in notes.documents:
        if doc["source_id"] in refused:
            doc["reason"] = refused[doc["source_id"]]
    for doc in notes.skipped:
        context.log.warning(f"{doc['file']} : écarté, {doc['reason']}")
    # logged by the `tables` step already, which computed them on the same tables in this run
    checked = _this_run_metadata(context)
    found = checked.get(WARNINGS_KEY)
    found = getattr(found, "value", found)
    notes.warnings.extend(found if isinstance(found, list) else consistency_warnings(tables))
    notes.quality = quality_lines(tables, source_documents)
    result = publish_release(
        tables,
        package_dir=settings.package_dir,
        schemas_dir=settings.schemas_dir,
        sources_dir=settings.sources_dir,
        force_bump=config.bump,
        force_version=config.version,
        notes=notes,
        reports_dir=settings.reports_dir,
        warehouse_path=settings.warehouse_path,
        validated=_checked_report(checked, settings, tables),
        # the `tables` step's Arrow file of each table handed over as it is (not a filtered copy)
        table_files={name: arrow_file(table) for name, table in tables.items()},
    )
    summary = {
        "status": result.status,
        "version": result.version,
        "previous": result.previous,
        "bump": result.bump,
        "path": str(result.path),
        "rows": result.rows,
        "changes": result.changes,
        "documents": notes.documents,
        "warnings": notes.warnings,
        "quality": notes.quality,
        "warehouse_loaded": result.warehouse.loaded if result.warehouse else [],
    }
    if result.status == "unchanged":
        context.log.info(f"Inchangé : le contenu est celui de la version {result.version} ; rien de nouveau n'est publié.")
    else:
        context.log.info(f"Version {result.version} publiée dans {result.path}")
    _record_inputs(context, settings, result.version)
    return dg.Output(
        summary,
        metadata={
            "status": result.status,
            "version": result.version,
            "path": dg.MetadataValue.path(str(result.path)),
            "rows": dg.MetadataValue.json(result.rows),
            "changes": dg.MetadataValue.md("\n".join(f"- {c}" for c in result.changes) or "_none_"),
        },
    )


def _checked_report(checked: dict, settings, tables: dict):
    """The report of the per-run checks of this very run (``checked``: the metadata the `tables`
    step of this run gave the first table, or nothing), when it was kept under the key of its
    tables' rows (pipelines/validation/frictionless.py, content_key) and the tables are the ones
    checked: ``drop_documents_without_data`` only removes rows of ``sources``, so the same count of
    rows in every table as the report's is the same tables. None otherwise (the release checks the
    CSV it writes, as before)."""
    value = checked.get(VALIDATION_KEY)
    key = getattr(value, "value", value)
    if not isinstance(key, str) or not key:
        return None
    report = kept_report(settings.reports_dir, key)
    if report is None or set(report.stats) != set(tables) or any(
            report.stats[name] != table.num_rows for name, table in tables.items()):
        return None
    return report


def _this_run_metadata(context: dg.AssetExecutionContext) -> dict:
    """The metadata of the first table's materialization when it was made in this very run (the
    tables the release gets), else nothing."""
    event = context.instance.get_latest_materialization_event(dg.AssetKey(next(iter(TABLES))))
    if event is None or event.run_id != context.run.run_id or event.asset_materialization is None:
        return {}
    return event.asset_materialization.metadata


def _record_inputs(context: dg.AssetExecutionContext, settings, version: str) -> None:
    """The inputs this run read (the fingerprint `source_documents` took at its start, in this
    very run) are now published as ``version``: recorded as the CLI does, so that a run launched
    from the UI or a sensor spares the next CLI run (pipelines/runtime/fingerprint.py)."""
    event = context.instance.get_latest_materialization_event(dg.AssetKey("source_documents"))
    if event is None or event.run_id != context.run.run_id or event.asset_materialization is None:
        return
    value = event.asset_materialization.metadata.get("inputs_fingerprint")
    fingerprint = getattr(value, "value", value)
    if isinstance(fingerprint, str) and fingerprint:
        record_run(settings, fingerprint, version)


@dg.asset(
    group_name="publishing",
    pool="duckdb",
    description="L'entrepôt DuckDB : chaque version publiée (schéma `history`, colonne `release`) et les vues de la "
    "dernière version (`main.<table>`), commentées depuis les Table Schemas. Écrit par l'étape `release` ; cette "
    "étape vérifie qu'il suit les versions publiées et le rattrape sinon.",
)
def warehouse(context: dg.AssetExecutionContext, opendata: OpenDataSettings, release):
    settings = opendata.settings()
    result = ensure_warehouse(settings.package_dir, settings.warehouse_path)
    loaded = list(dict.fromkeys(release.get("warehouse_loaded", []) + result.loaded))
    context.log.info(f"Entrepôt {result.path} : " + (f"versions chargées {', '.join(loaded)}" if loaded else "rien de nouveau à charger"))
    return dg.Output(
        {"path": str(result.path), "loaded": loaded, "releases": result.releases, "tables": result.tables},
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "loaded_releases": dg.MetadataValue.json(loaded),
            "releases": dg.MetadataValue.json(result.releases),
            "latest_rows": dg.MetadataValue.json(result.tables),
        },
    )
