"""Per-document partitions, the extraction cache and the sources sensor, with real Dagster."""

from __future__ import annotations

import json
import shutil

import dagster as dg
import pytest

from pipelines.definitions import defs
from pipelines.defs.sources import documents_partitions

from .conftest import FIXTURES

pytestmark = pytest.mark.slow


def run_publish(instance):
    result = defs.resolve_job_def("publish").execute_in_process(instance=instance)
    assert result.success
    materialization = result.asset_materializations_for_node("document_extracts")[0]
    return {k: v.value for k, v in materialization.metadata.items()}


def test_only_new_or_changed_documents_are_extracted(workdir):
    with dg.instance_for_test() as instance:
        first = run_publish(instance)
        assert (first["extracted"], first["reused_from_cache"]) == (1, 0)
        again = run_publish(instance)
        assert (again["extracted"], again["reused_from_cache"]) == (0, 1)
        shutil.copy(FIXTURES / "forum-data-2025.md", workdir / "sources" / "forum-data-2025.md")
        third = run_publish(instance)
        assert (third["extracted"], third["reused_from_cache"]) == (1, 1)
        assert third["extracted_files"] == ["forum-data-2025.md"]


def test_sensor_adds_partitions_and_requests_runs_for_changed_documents(workdir):
    sensor = defs.resolve_sensor_def("sources_sensor")
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(instance=instance, definitions=defs)
        result = sensor(context)
        assert [r.partition_key for r in result.run_requests if r.job_name == "extract_document"] == ["numericamp-2024-bilan"]
        assert [r.job_name for r in result.run_requests].count("publish") == 1
        instance.add_dynamic_partitions(documents_partitions.name, ["numericamp-2024-bilan"])
        cursor = result.cursor
        assert json.loads(cursor)["numericamp-2024-bilan"]

        quiet = sensor(dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs))
        assert isinstance(quiet, dg.SkipReason)

        shutil.copy(FIXTURES / "salon-smart-city-2022.txt", workdir / "sources" / "salon-smart-city-2022.txt")
        update = sensor(dg.build_sensor_context(instance=instance, cursor=cursor, definitions=defs))
        extract = [r.partition_key for r in update.run_requests if r.job_name == "extract_document"]
        assert extract == ["salon-smart-city-2022"]  # only the new document
        added = update.dynamic_partitions_requests[0]
        assert list(added.partition_keys) == ["salon-smart-city-2022"]


def test_one_document_partition_materialises_alone(workdir):
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(documents_partitions.name, ["numericamp-2024-bilan"])
        job = defs.resolve_job_def("extract_document")
        result = job.execute_in_process(instance=instance, partition_key="numericamp-2024-bilan")
        assert result.success
        (event,) = result.asset_materializations_for_node("document")
        assert event.partition == "numericamp-2024-bilan"
        assert event.metadata["rows"].value["key_figures"] == 7
