"""One blocking asset check per published table, generated from its Table Schema: a table that
fails its schema (types, required fields, constraints, keys, foreign keys) stops the run before
anything is published."""


import dagster as dg

from ..tables import TABLES
from ..validate import validate_tables
from .resources import OpenDataSettings
from .signature import with_inputs


def schema_check(table: str, references: tuple[str, ...]) -> dg.AssetChecksDefinition:
    def _check(context: dg.AssetCheckExecutionContext, opendata: OpenDataSettings, **inputs):
        tables = {table: inputs[table], **{ref: inputs[ref] for ref in references}}
        report = validate_tables(tables, opendata.settings().schemas_dir)
        own = [e for e in report.errors if e["table"] in (table, None)]
        return dg.AssetCheckResult(
            passed=not own,
            severity=dg.AssetCheckSeverity.ERROR,
            metadata={
                "rows": report.stats.get(table, 0),
                "errors": len(own),
                "report": dg.MetadataValue.md(report.summary() if own else "Aucune erreur."),
            },
        )

    _check.__name__ = f"{table}_matches_table_schema"
    return dg.asset_check(
        asset=table,
        name=f"{table}_matches_table_schema",
        blocking=True,
        description=f"Valide la table `{table}` contre schemas/{table}.json avec Frictionless "
        "(types, champs obligatoires, contraintes, clés primaires et étrangères).",
        additional_ins={ref: dg.AssetIn(ref) for ref in references},
    )(with_inputs(_check, (table, *references)))


def build_schema_checks() -> list[dg.AssetChecksDefinition]:
    return [schema_check(table, refs) for table, refs in TABLES.items()]
