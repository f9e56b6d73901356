"""The DuckDB warehouse: tables of every release, views on the latest, comments."""
