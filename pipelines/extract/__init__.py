"""Text -> rows. Plain functions over :class:`pipelines.ingest.Document`, no Dagster."""
