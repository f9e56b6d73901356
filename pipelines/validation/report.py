"""The result of a validation, whichever engine produced it (Frictionless or the compiled SQL): the
errors in Frictionless' shape (table, row, field, type, message) and the row counts."""

from __future__ import annotations

from dataclasses import dataclass, field

@dataclass
class ValidationReport:
    valid: bool
    errors: list[dict] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    report: dict = field(default_factory=dict)

    def summary(self, limit: int = 10) -> str:
        if self.valid:
            return "valid: " + ", ".join(f"{name} ({rows} rows)" for name, rows in self.stats.items())
        lines = [f"{len(self.errors)} error(s):"]
        for err in self.errors[:limit]:
            where = f"row {err['row']}" if err.get("row") else "table"
            column = f", column {err['field']}" if err.get("field") else ""
            lines.append(f"- {err['table']}, {where}{column}: {err['type']}: {err['message']}")
        if len(self.errors) > limit:
            lines.append(f"- ... and {len(self.errors) - limit} more")
        return "\n".join(lines)
