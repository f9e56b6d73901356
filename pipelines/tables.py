"""The published tables, in dependency order, with the tables their foreign keys reference.
Kept in code so that Dagster can wire the checks without reading files at import time; a test
checks it against the foreignKeys of ``schemas/``."""

TABLES: dict[str, tuple[str, ...]] = {
    "sources": (),
    "events": ("sources",),
    "key_figures": ("events", "sources"),
    "sessions": ("events", "sources"),
    "speakers": (),
    "session_speakers": ("sessions", "speakers"),
    "cited_figures": ("sources",),
    "poll_questions": ("sources",),
    "poll_options": ("poll_questions",),
    "strategy_axes": ("sources",),
}

TABLE_DESCRIPTIONS: dict[str, str] = {
    "sources": "Table `sources` : un document source par ligne (fichier, type, taille, SHA-256, pages, provenance).",
    "events": "Table `events` : l'événement décrit par chaque bilan (nom, édition, dates, lieu, organisateur), "
    "lu dans le texte par les règles de pipelines/lexicons/events.yaml.",
    "key_figures": "Table `key_figures` : les chiffres clés de chaque événement (visiteurs, exposants, "
    "intervenants...), avec la citation exacte et la page. Vocabulaire : pipelines/lexicons/metrics.yaml.",
    "sessions": "Table `sessions` : le programme de chaque événement (plénières, tables rondes, ateliers, "
    "keynotes), avec leur titre, leur ordre, l'organisation qui les porte et leur page. "
    "Règles : pipelines/lexicons/programme.yaml.",
    "speakers": "Table `speakers` : une personne par ligne (nom, fonction, organisation, graphies "
    "rencontrées). Avec OPENDATA_PUBLISH_PERSON_NAMES=false, les noms sont remplacés par un identifiant opaque.",
    "session_speakers": "Table `session_speakers` : qui intervient dans quelle session, avec la fonction et "
    "l'organisation données à cet endroit du document.",
    "cited_figures": "Table `cited_figures` : chaque chiffre cité dans les interventions (économies d'énergie "
    "et d'eau, incidents, budgets...), avec sa valeur, son unité, son thème, la citation exacte, la page, "
    "la session et, quand le texte le permet, la personne et l'organisation. Règles : "
    "pipelines/lexicons/claims.yaml et themes.yaml.",
    "poll_questions": "Table `poll_questions` : les sondages en direct (question, session, note moyenne "
    "le cas échéant). Règles : pipelines/lexicons/polls.yaml.",
    "poll_options": "Table `poll_options` : les réponses proposées à chaque sondage et la part du public "
    "qui les a choisies (en %).",
    "strategy_axes": "Table `strategy_axes` : les axes de la stratégie numérique présentée (nom, période, "
    "ordre, intitulé de l'axe).",
}
