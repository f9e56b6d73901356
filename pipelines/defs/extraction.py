import dagster as dg

from ..extract.documents import merge_extracts
from ..schemas import table_schema, to_arrow
from ..tables import TABLE_DESCRIPTIONS, TABLES
from .metadata import table_metadata
from .resources import OpenDataSettings


def table_asset(name: str) -> dg.AssetsDefinition:
    """The published table ``name``: the documents' rows merged, typed by its Table Schema."""

    @dg.asset(
        name=name,
        group_name="sources" if name == "sources" else "extraction",
        description=TABLE_DESCRIPTIONS[name],
    )
    def _table(opendata: OpenDataSettings, document_extracts):
        schema = table_schema(opendata.settings().schemas_dir, name)
        rows = merge_extracts([{name: e.get(name, [])} for e in document_extracts],
                              {name: schema.get("primaryKey", [])})
        table = to_arrow(rows.get(name, []), schema)
        return dg.Output(table, metadata=table_metadata(table, schema))

    return _table


TABLE_ASSETS = [table_asset(name) for name in TABLES]
