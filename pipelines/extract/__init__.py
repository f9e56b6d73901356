"""Text -> rows. Plain functions over :class:`pipelines.document.Document`, no Dagster."""
