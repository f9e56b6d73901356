"""The result of a validation, whichever engine produced it (Frictionless or the compiled SQL): the
errors in Frictionless' shape (table, row, field, type, message) and the row counts. ``summary``
says it in French for the data officer; the error's own message (Frictionless') follows as detail."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..labels import number, plural

# Frictionless error types (also produced by the compiled SQL), as a data officer reads them.
ERROR_LABELS = {
    "constraint-error": "valeur hors des contraintes du champ",
    "type-error": "valeur du mauvais type",
    "missing-cell": "cellule manquante",
    "extra-cell": "cellule en trop",
    "blank-row": "ligne vide",
    "primary-key": "identifiant en double",
    "unique-error": "valeur en double dans un champ unique",
    "foreign-key": "renvoi vers une ligne absente d'une autre table",
    "missing-label": "colonne manquante",
    "extra-label": "colonne en trop",
    "incorrect-label": "nom de colonne différent du schéma",
    "duplicate-label": "colonne en double",
    "source-error": "fichier illisible",
    "resource-error": "fichier ou description invalide",
    "hash-count": "empreinte SHA-256 différente de celle déclarée",
    "byte-count": "taille différente de celle déclarée",
}


@dataclass
class ValidationReport:
    valid: bool
    errors: list[dict] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    report: dict = field(default_factory=dict)

    def summary(self, limit: int = 10, titles: dict[str, str] | None = None,
                fields: dict[str, dict[str, str]] | None = None) -> str:
        """In French; ``titles`` (table -> its schema's title) names tables as people read them, with
        their file: ``Chiffres clés (key_figures.csv)``; ``fields`` (table -> field -> its title)
        names columns the same way: ``champ « Année » (year)``."""
        titles, fields = titles or {}, fields or {}

        def table(name: str) -> str:
            return f"{titles[name]} ({name}.csv)" if titles.get(name) else name

        if self.valid:
            return "Valide : " + ", ".join(f"{table(name)} : {plural(rows, 'ligne')}" for name, rows in self.stats.items())
        lines = [f"{plural(len(self.errors), 'erreur')} :"]
        for err in self.errors[:limit]:
            where = f"ligne {err['row']}" if err.get("row") else "table entière"
            name = err.get("field")
            title = fields.get(err.get("table") or "", {}).get(name) if name else None
            column = f", champ « {title} » ({name})" if title else f", champ {name}" if name else ""
            label = ERROR_LABELS.get(err["type"], err["type"])
            # Frictionless' error code in brackets: its documentation lists them by that name
            lines.append(f"- table {table(err['table']) if err['table'] else '(paquet)'}, {where}{column} : {label} "
                         f"[{err['type']}] — {err['message']}")
        if len(self.errors) > limit:
            lines.append(f"- … et {number(len(self.errors) - limit)} de plus")
        return "\n".join(lines)


def schema_titles(schemas: dict[str, dict | None]) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The ``titles`` and ``fields`` of ``ValidationReport.summary`` from Table Schemas (table ->
    descriptor, or a resource's schema with the resource's title), titles where the schema has them."""
    titles = {name: s.get("title") for name, s in schemas.items() if s and s.get("title")}
    fields = {name: {f["name"]: f["title"] for f in s.get("fields") or [] if isinstance(f, dict) and f.get("title")}
              for name, s in schemas.items() if s}
    return titles, fields
