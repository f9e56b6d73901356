"""One blocking asset check per published table, generated from its Table Schema: a table that
fails its schema (types, required fields, constraints, keys, foreign keys) stops the run before
anything is published."""


import dagster as dg

from ..report import poll_warnings, programme_warnings
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


def consistency_check(name: str, asset: str, inputs: tuple[str, ...], rule, description: str) -> dg.AssetChecksDefinition:
    """A soft rule (WARN severity, never blocking): its findings are listed in the check's metadata
    and in the release's validation report, and the release still goes out."""

    def _check(**tables):
        found = rule(tables)
        return dg.AssetCheckResult(
            passed=not found,
            severity=dg.AssetCheckSeverity.WARN,
            metadata={"warnings": len(found),
                      "details": dg.MetadataValue.md("\n".join(f"- {w}" for w in found) or "Aucune incohérence.")},
        )

    _check.__name__ = name
    return dg.asset_check(
        asset=asset,
        name=name,
        blocking=False,
        description=description,
        additional_ins={ref: dg.AssetIn(ref) for ref in inputs if ref != asset},
    )(with_inputs(_check, inputs))


def build_consistency_checks() -> list[dg.AssetChecksDefinition]:
    return [
        consistency_check(
            "programme_agrees_with_key_figures", "session_speakers", ("session_speakers", "sessions", "key_figures"),
            programme_warnings,
            "Compare les chiffres clés annoncés (intervenants, tables rondes, ateliers...) au programme lu dans "
            "le document. Un écart est signalé (avertissement) sans bloquer la publication.",
        ),
        consistency_check(
            "poll_shares_add_up", "poll_options", ("poll_options", "poll_questions"), poll_warnings,
            "Vérifie que les parts de réponses de chaque sondage font 100 % (aux arrondis près) et que chaque "
            "réponse a sa part. Avertissement seulement.",
        ),
    ]


def build_checks() -> list[dg.AssetChecksDefinition]:
    return [schema_check(table, refs) for table, refs in TABLES.items()] + build_consistency_checks()
