"""The one entry point of the Dagster code location (``dagster dev -m pipelines.definitions``)."""

import dagster as dg

from .defs.checks import build_schema_checks
from .defs.extraction import events, key_figures
from .defs.publishing import release, warehouse
from .defs.resources import OpenDataSettings
from .defs.sources import source_documents, sources

ASSETS = [source_documents, sources, events, key_figures, release, warehouse]

publish_job = dg.define_asset_job(
    name="publish",
    selection=dg.AssetSelection.all(),
    description="Lit les documents, extrait les tables, les valide, publie la version et charge l'entrepôt.",
)

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=build_schema_checks(),
    jobs=[publish_job],
    resources={"opendata": OpenDataSettings()},
    executor=dg.in_process_executor,
)
