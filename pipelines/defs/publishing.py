
import dagster as dg

from ..publishing.release import publish_release
from ..publishing.quality import quality_lines
from ..publishing.notes import consistency_warnings, drop_documents_without_data
from ..warehouse.database import sync_warehouse
from .resources import OpenDataSettings
from ..tables import TABLES


class ReleaseConfig(dg.Config):
    bump: str | None = None       # force "major", "minor" or "patch"
    version: str | None = None    # set an exact version (never one that exists)


@dg.asset(
    group_name="publishing",
    ins={"source_documents": dg.AssetIn("source_documents"), **{name: dg.AssetIn(name) for name in TABLES}},
    description="Publie une nouvelle version (CSV, Parquet, datapackage.json, rapport de validation) dans "
    "datasets/<paquet>/<version>/ si le contenu a changé, et déplace `latest`. Rien n'est publié si une table "
    "échoue à sa vérification de schéma.",
)
def release(context: dg.AssetExecutionContext, config: ReleaseConfig, opendata: OpenDataSettings,
            source_documents, **tables):
    settings = opendata.settings()
    tables, notes = drop_documents_without_data({name: tables[name] for name in TABLES}, source_documents)
    for doc in notes.skipped:
        context.log.warning(f"{doc['file']}: skipped, {doc['reason']}")
    notes.warnings.extend(consistency_warnings(tables))   # logged by the `tables` step already
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
    }
    if result.status == "unchanged":
        context.log.info(f"Unchanged: the content equals release {result.version}; nothing new published.")
    else:
        context.log.info(f"Published {result.version} at {result.path}")
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


@dg.asset(
    group_name="publishing",
    pool="duckdb",
    description="Charge chaque version publiée dans l'entrepôt DuckDB (schéma `history`, colonne `release`) et "
    "met à jour les vues de la dernière version (`main.<table>`), commentées depuis les Table Schemas.",
)
def warehouse(context: dg.AssetExecutionContext, opendata: OpenDataSettings, release):
    settings = opendata.settings()
    result = sync_warehouse(settings.package_dir, settings.warehouse_path)
    context.log.info(f"Warehouse {result.path}: loaded {result.loaded or 'nothing new'}")
    return dg.Output(
        {"path": str(result.path), "loaded": result.loaded, "releases": result.releases, "tables": result.tables},
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "loaded_releases": dg.MetadataValue.json(result.loaded),
            "releases": dg.MetadataValue.json(result.releases),
            "latest_rows": dg.MetadataValue.json(result.tables),
        },
    )
