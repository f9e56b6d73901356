"""Metadata a data officer reads in the Dagster UI: row counts, a preview, the column schema."""


import dagster as dg
import pyarrow as pa


def markdown_preview(table: pa.Table, limit: int = 10, width: int = 60) -> str:
    if table.num_rows == 0:
        return "_(no rows)_"
    names = table.column_names
    def cell(value) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    for row in table.slice(0, limit).to_pylist():
        lines.append("| " + " | ".join(cell(row[n]) for n in names) + " |")
    if table.num_rows > limit:
        lines.append(f"\n_{table.num_rows - limit} more rows_")
    return "\n".join(lines)


def table_metadata(table: pa.Table, schema: dict) -> dict:
    columns = [
        dg.TableColumn(
            name=f["name"],
            type=f["type"],
            description=f.get("title"),
            constraints=dg.TableColumnConstraints(
                nullable=not f.get("constraints", {}).get("required", False),
                unique=bool(f.get("constraints", {}).get("unique", False)),
            ),
        )
        for f in schema["fields"]
    ]
    return {
        "dagster/row_count": table.num_rows,
        "dagster/column_schema": dg.TableSchema(columns=columns),
        "preview": dg.MetadataValue.md(markdown_preview(table)),
    }
