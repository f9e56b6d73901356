"""Automation, off by default (turn them on in the UI, Automation tab): a sensor that watches the
sources folder, and a weekly publishing schedule."""

import json

import dagster as dg

from ..files import sha256_file
from ..document import discover_sources
from ..settings import load_settings
from .sources import documents_partitions

extract_document_job = dg.define_asset_job(
    name="extract_document",
    selection=dg.AssetSelection.assets("document"),
    description="Lit et extrait un seul document (une partition), sans refaire les autres.",
)


def build_automation(publish_job):
    @dg.sensor(
        name="sources_sensor",
        jobs=[extract_document_job, publish_job],
        minimum_interval_seconds=60,
        default_status=dg.DefaultSensorStatus.STOPPED,
        description="Surveille le dossier sources/ (OPENDATA_SOURCES) : un document ajouté ou modifié devient une "
        "partition, est extrait seul, puis une publication est lancée. Arrêté par défaut.",
    )
    def sources_sensor(context: dg.SensorEvaluationContext):
        settings = load_settings()
        try:
            entries = discover_sources(settings.sources_dir)
        except Exception as exc:  # a bad manifest is reported, the sensor does not crash
            return dg.SkipReason(f"sources cannot be listed: {exc}")
        seen = json.loads(context.cursor) if context.cursor else {}
        current = {e.id: sha256_file(e.path) for e in entries}
        changed = sorted(k for k, digest in current.items() if seen.get(k) != digest)
        removed = sorted(set(seen) - set(current))
        if not changed and not removed:
            return dg.SkipReason("no document added, changed or removed")
        known = set(context.instance.get_dynamic_partitions(documents_partitions.name))
        requests = [dg.RunRequest(run_key=f"{k}:{current[k]}", job_name=extract_document_job.name, partition_key=k)
                    for k in changed]
        requests.append(dg.RunRequest(run_key="publish:" + ",".join(f"{k}:{current[k]}" for k in sorted(current)),
                                      job_name=publish_job.name))
        return dg.SensorResult(
            run_requests=requests,
            cursor=json.dumps(current, sort_keys=True),
            dynamic_partitions_requests=[
                documents_partitions.build_add_request(sorted(set(current) - known)),
                documents_partitions.build_delete_request(sorted(known & set(removed))),
            ],
        )

    weekly_publish = dg.ScheduleDefinition(
        name="weekly_publish",
        job=publish_job,
        cron_schedule="0 6 * * 1",
        execution_timezone="Europe/Paris",
        default_status=dg.DefaultScheduleStatus.STOPPED,
        description="Publie chaque lundi à 6 h (heure de Paris) ; rien de nouveau n'est publié si les sources "
        "n'ont pas changé. Arrêté par défaut.",
    )
    return [sources_sensor], [weekly_publish]
