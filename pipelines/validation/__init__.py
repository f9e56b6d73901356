"""Table Schema validation: Frictionless (``frictionless``) and the same checks compiled to DuckDB
SQL (``sql``), with one report shape (``report``)."""
