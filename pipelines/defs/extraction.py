"""The published tables, built in one step from the documents' extracts: one asset per table (each
with its own row count, preview and column schema in the UI) and the checks of every table, computed
together so that the tables are validated once, as the package they form (foreign keys between
tables included): by Frictionless for small tables, by the Table Schemas compiled to DuckDB SQL
from SQL_ENGINE_MIN_ROWS rows on (same findings, tested; faster on large tables). The report is kept by content
(the CSV bytes, or for the compiled checks the origins of the tables' rows), so the release step, which checks the
assembled package before it is made visible, reuses it for the same tables (the report's key is in each table's
materialization metadata). One step instead of one per table and per check keeps a run's event log short."""

import dagster as dg

from ..assemble import package_tables
from ..publishing.notes import poll_warnings, programme_warnings
from ..runtime.memory import give_back, lean_arrow
from ..schemas import table_schema
from ..tables import TABLE_DESCRIPTIONS, TABLES
from ..validation.frictionless import validate_tables
from ..validation.incremental import VERDICTS_DIR
from .metadata import table_metadata
from .resources import OpenDataSettings

# Soft rules: (check name, asset it is attached to, rule over the tables, description).
CONSISTENCY_RULES = [
    ("programme_agrees_with_key_figures", "session_speakers", programme_warnings,
     "Compare les chiffres clés annoncés (intervenants, tables rondes, ateliers...) au programme lu dans le "
     "document. Un écart est signalé (avertissement) sans bloquer la publication."),
    ("poll_shares_add_up", "poll_options", poll_warnings,
     "Vérifie que les parts de réponses de chaque sondage font 100 % (aux arrondis près) et que chaque réponse a "
     "sa part. Avertissement seulement."),
]


# Metadata of each table's materialization: the key of the checks' report of the package's tables
# (pipelines/validation/frictionless.py, content_key), when they were checked by their rows' origins.
VALIDATION_KEY = "validation_report_key"

# Metadata of the first table's materialization: every consistency warning of the run, in the
# order of CONSISTENCY_RULES (consistency_warnings' order), which the release of the same run
# takes rather than computing them again (pipelines/defs/publishing.py).
WARNINGS_KEY = "consistency_warnings"

# Warnings written one by one to the run's log; the rest are counted (all are in the check's details).
LOGGED_WARNINGS = 20


def schema_check_name(table: str) -> str:
    return f"{table}_matches_table_schema"


CHECK_SPECS = [
    dg.AssetCheckSpec(
        schema_check_name(table), asset=table, blocking=True,
        description=f"Valide la table `{table}` contre schemas/{table}.json (types, champs obligatoires, "
        "contraintes, clés primaires et étrangères ; mêmes constats que Frictionless). Un échec arrête la publication.",
    )
    for table in TABLES
] + [dg.AssetCheckSpec(name, asset=asset, blocking=False, description=text) for name, asset, _, text in CONSISTENCY_RULES]


@dg.multi_asset(
    name="tables",
    outs={
        name: dg.AssetOut(group_name="sources" if name == "sources" else "extraction",
                          description=TABLE_DESCRIPTIONS[name], is_required=True,
                          io_manager_key="tables_io_manager")
        for name in TABLES
    },
    check_specs=CHECK_SPECS,
    description="Assemble les tables publiées à partir des extraits des documents, les type selon leur Table "
    "Schema et les valide ensemble (Frictionless, ou pour les grandes tables les contraintes des Table Schemas "
    "compilées en SQL DuckDB, aux constats identiques).",
)
def tables(context: dg.AssetExecutionContext, opendata: OpenDataSettings, document_extracts):
    settings = opendata.settings()
    lean_arrow()      # the package's tables are built here: their freed buffers go back to the system
    schemas = {name: table_schema(settings.schemas_dir, name) for name in TABLES}
    # only the rows of documents added or changed since the previous run are typed (pipelines/assemble.py)
    origins: dict = {}
    built = package_tables(document_extracts, schemas, settings.cache_dir, origins)
    # with DuckDB, the per-row checks run on the rows of new or changed documents only, the
    # previous run's verdict on the others is reused (pipelines/validation/incremental.py)
    keyed: dict = {}
    report = validate_tables(built, settings.schemas_dir, engine="auto", reports_dir=settings.reports_dir,
                             origins=origins, verdicts_dir=settings.cache_dir / VERDICTS_DIR, keyed=keyed)
    # the soft rules, computed once: for the checks below and for the release of this run
    found_by_rule = {check: rule(built) for check, _, rule, _ in CONSISTENCY_RULES}
    # every document's rows before the repeated keys were dropped served the checks only: not held
    # while the tables are handed on (one copy of the package's rows, not two)
    origins.clear()
    give_back()
    for i, (name, table) in enumerate(built.items()):
        metadata = table_metadata(table, schemas[name])
        if keyed.get("key"):
            # the release of this run takes the report kept under this key for the same tables
            # rather than checking the CSV it writes again (pipelines/defs/publishing.py)
            metadata[VALIDATION_KEY] = keyed["key"]
        if i == 0:
            metadata[WARNINGS_KEY] = dg.MetadataValue.json(
                [w for check, *_ in CONSISTENCY_RULES for w in found_by_rule[check]])
        yield dg.Output(table, output_name=name, metadata=metadata)
    for name in TABLES:
        own = [e for e in report.errors if e["table"] in (name, None)]
        mine = type(report)(valid=not own, errors=own, stats={name: report.stats.get(name, 0)})
        yield dg.AssetCheckResult(
            asset_key=name,
            check_name=schema_check_name(name),
            passed=not own,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "rows": report.stats.get(name, 0),
                "errors": len(own),
                "report": dg.MetadataValue.md(mine.summary() if own else "Aucune erreur."),
            },
        )
    for check, asset, rule, _ in CONSISTENCY_RULES:
        found = found_by_rule[check]
        for warning in found[:LOGGED_WARNINGS]:
            context.log.warning(warning)
        if len(found) > LOGGED_WARNINGS:
            context.log.warning(f"… et {len(found) - LOGGED_WARNINGS} autres avertissements du contrôle {check} : tous sont "
                                "dans le détail du contrôle et dans le validation.md de la version")
        yield dg.AssetCheckResult(
            asset_key=asset,
            check_name=check,
            passed=not found,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"warnings": len(found),
                      "details": dg.MetadataValue.md("\n".join(f"- {w}" for w in found) or "Aucune incohérence.")},
        )
