"""Dagster wiring only: one module per stage. The logic lives in the plain modules of
``pipelines`` (document, extract, validation, publishing, warehouse)."""
