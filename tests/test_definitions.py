import dagster as dg

from pipelines.definitions import defs


def test_definitions_load_with_the_expected_assets_and_checks():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert keys == {"source_documents", "document", "document_extracts", "sources", "events", "key_figures",
                    "release", "warehouse"}
    checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    assert checks == {
        ("sources", "sources_matches_table_schema"),
        ("events", "events_matches_table_schema"),
        ("key_figures", "key_figures_matches_table_schema"),
    }
    for key in graph.asset_check_keys:
        assert graph.get_check_spec(key).blocking


def test_publish_job_and_groups():
    job = defs.resolve_job_def("publish")
    assert job.executor_def.name == "in_process"
    graph = defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups["source_documents"] == "sources" and groups["key_figures"] == "extraction"
    assert groups["release"] == "publishing" and groups["warehouse"] == "publishing"
    assert graph.get(dg.AssetKey("warehouse")).pools == {"duckdb"}


def test_automation_is_defined_and_off_by_default():
    sensor = defs.resolve_sensor_def("sources_sensor")
    schedule = defs.resolve_schedule_def("weekly_publish")
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    assert defs.resolve_job_def("extract_document").partitions_def.name == "documents"
