"""What changed between two releases, in French, for people: the CHANGELOG of a package and the
``opendata diff`` command. Tables are named by their title (and file), rows added or removed by
their key, and each changed row shows the old and the new value of every cell that changed."""

from __future__ import annotations

import datetime as dt

from ..labels import number, plural
from .versions import TableDiff

VALUE_LIMIT = 80
KEYS_SHOWN = 10


def _value(value) -> str:
    if value is None or value == "":
        return "(vide)"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return f"« {text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + '…'} »"


def _table(d: TableDiff, schemas: dict[str, dict]) -> str:
    title = (schemas.get(d.table) or {}).get("title")
    return f"{title} (`{d.table}.csv`)" if title else f"`{d.table}.csv`"


def _field(table: str, name: str, schemas: dict[str, dict]) -> str:
    spec = next((f for f in (schemas.get(table) or {}).get("fields", []) if f["name"] == name), None)
    return f"{spec['title']} (`{name}`)" if spec and spec.get("title") else f"`{name}`"


def summary_line(d: TableDiff, schemas: dict[str, dict]) -> str:
    """One line per changed table: ``Chiffres clés (key_figures.csv) : 1 ligne modifiée``."""
    if d.table_added:
        return f"{_table(d, schemas)} : nouvelle table ({plural(len(d.added), 'ligne')})"
    if d.table_removed:
        return f"{_table(d, schemas)} : table retirée ({plural(len(d.removed), 'ligne')})"
    parts = []
    for rows, singular, plural_form in ((d.added, "ligne ajoutée", "lignes ajoutées"),
                                        (d.removed, "ligne retirée", "lignes retirées"),
                                        (d.changed, "ligne modifiée", "lignes modifiées")):
        if rows:
            parts.append(plural(len(rows), singular, plural_form))
    for label, items in (("champs ajoutés", d.fields_added), ("champs retirés", d.fields_removed),
                         ("champs dont le type change", d.fields_retyped)):
        if items:
            parts.append(f"{label} : " + ", ".join(_field(d.table, f, schemas) for f in items))
    if d.metadata_changed and not (d.fields_added or d.fields_removed or d.fields_retyped):
        parts.append("description du schéma modifiée")
    return f"{_table(d, schemas)} : " + ", ".join(parts or ["aucun changement"])


def detail_lines(d: TableDiff, schemas: dict[str, dict], limit: int | None = KEYS_SHOWN) -> list[str]:
    """The rows behind the summary: keys of rows added and removed, and for each changed row the
    old and new value of each changed cell (``Valeur (value) : 450 → 451``)."""
    if d.table_added or d.table_removed:
        return []
    lines = []
    for label, keys in (("ajoutées", d.added), ("retirées", d.removed)):
        if keys:
            shown = keys if limit is None else keys[:limit]
            more = f" … et {number(len(keys) - len(shown))} de plus" if len(keys) > len(shown) else ""
            lines.append(f"lignes {label} : " + ", ".join(f"`{k}`" for k in shown) + more)
    changed = d.changed if limit is None else d.changed[:limit]
    for key in changed:
        cells = d.changed_cells.get(key, [])
        lines.append(f"ligne `{key}` : " + " ; ".join(
            f"{_field(d.table, f, schemas)} : {_value(old)} → {_value(new)}" for f, old, new in cells))
    if len(d.changed) > len(changed):
        lines.append(f"… et {plural(len(d.changed) - len(changed), 'autre ligne modifiée', 'autres lignes modifiées')}")
    return lines


def changelog_entry(version: str, created: str, previous: str | None, diffs: list[TableDiff],
                    schemas: dict[str, dict]) -> str:
    """A release's CHANGES.md (the package's CHANGELOG.md is their concatenation)."""
    lines = [f"## {version} ({created[:10]})", ""]
    if previous is None:
        lines.append("Première version.")
        lines += [f"- {_table(d, schemas)} : {plural(len(d.added), 'ligne')}" for d in diffs]
    else:
        lines.append(f"Modifications depuis la version {previous} :")
        for d in diffs:
            if not d.empty:
                lines.append(f"- {summary_line(d, schemas)}")
                lines += [f"  - {line}" for line in detail_lines(d, schemas)]
    return "\n".join(lines) + "\n"
