"""The one entry point of the Dagster code location (``dagster dev -m pipelines.definitions``)."""

import dagster as dg

from .defs.automation import build_automation, extract_document_job
from .defs.progress import progress_logger
from .defs.extraction import tables
from .defs.io import extracts_io_manager, tables_io_manager
from .defs.publishing import release, warehouse
from .defs.resources import OpenDataSettings
from .defs.sources import document, document_extracts, source_documents

ASSETS = [source_documents, document, document_extracts, tables, release, warehouse]

publish_job = dg.define_asset_job(
    name="publish",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("document"),
    description="Lit les documents, extrait les tables (en reprenant du cache les documents inchangés), les valide, "
    "publie la version et charge l'entrepôt.",
)

SENSORS, SCHEDULES = build_automation(publish_job)



def build_definitions(executor: dg.ExecutorDefinition = dg.in_process_executor) -> dg.Definitions:
    """The project's assets, jobs, sensors and schedules with ``executor`` for every job: steps
    in the run's own process by default (a run is a few steps of well under a second each, so
    one process per step would cost more than the work), another executor for bigger set-ups
    (README, Beyond one machine)."""
    return dg.Definitions(
        assets=ASSETS,
        jobs=[publish_job, extract_document_job],
        sensors=SENSORS,
        schedules=SCHEDULES,
        resources={"opendata": OpenDataSettings(), "extracts_io_manager": extracts_io_manager,
                   "tables_io_manager": tables_io_manager},
        executor=executor,
        loggers={"console": dg.colored_console_logger, "progress": progress_logger},
    )


defs = build_definitions()
