"""The published tables, in dependency order, with the tables their foreign keys reference.
Kept in code so that Dagster can wire the checks without reading files at import time; a test
checks it against the foreignKeys of ``schemas/``."""

TABLES: dict[str, tuple[str, ...]] = {
    "sources": (),
    "events": ("sources",),
    "key_figures": ("events", "sources"),
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "sources": "Table `sources` : un document source par ligne (fichier, type, taille, SHA-256, pages, provenance).",
    "events": "Table `events` : l'événement décrit par chaque bilan (nom, édition, dates, lieu, organisateur), "
    "lu dans le texte par les règles de pipelines/lexicons/events.yaml.",
    "key_figures": "Table `key_figures` : les chiffres clés de chaque événement (visiteurs, exposants, "
    "intervenants...), avec la citation exacte et la page. Vocabulaire : pipelines/lexicons/metrics.yaml.",
}
