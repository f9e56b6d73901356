"""What runs around the pipeline: extraction cache, input fingerprints, locks, the Dagster storage class."""
