import dagster as dg

from pipelines.definitions import defs


def test_definitions_load_with_the_expected_assets_and_checks():
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    tables = {"sources", "events", "key_figures", "sessions", "speakers", "session_speakers", "cited_figures",
              "poll_questions", "poll_options", "strategy_axes"}
    assert keys == {"source_documents", "document", "document_extracts", "release", "warehouse"} | tables
    checks = {(c.asset_key.to_user_string(), c.name) for c in graph.asset_check_keys}
    schema_checks = {(t, f"{t}_matches_table_schema") for t in tables}
    soft_checks = {("session_speakers", "programme_agrees_with_key_figures"), ("poll_options", "poll_shares_add_up")}
    assert checks == schema_checks | soft_checks
    for key in graph.asset_check_keys:
        # schema checks stop the run; consistency rules only warn
        assert graph.get_check_spec(key).blocking == ((key.asset_key.to_user_string(), key.name) in schema_checks)


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
