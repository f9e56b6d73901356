"""What a release's validation report says besides the schema validation: which documents were
read, which were skipped and why, and the consistency warnings (soft rules that do not block)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from ..extract.polls import poll_share_warnings
from ..extract.programme import programme_consistency
from ..labels import metric_label, number, plural
from ..validation.report import ValidationReport


def _rows(tables: dict[str, pa.Table], name: str, fields: tuple[str, ...] | None = None) -> list[dict]:
    """The rows of a table as dicts; only ``fields`` (those the table has) when given: a rule that
    reads three columns of a package's every row does not convert the others to Python."""
    table = tables.get(name)
    if table is None:
        return []
    if fields is not None:
        table = table.select([f for f in fields if f in table.column_names])
    return table.to_pylist()


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _documents(tables: dict[str, pa.Table]) -> dict[str, str]:
    return {r["source_id"]: r.get("title") or r.get("file_name") or "" for r in _rows(tables, "sources")}


# (questions table, sources table, the first question of each poll, the documents' titles): built
# once for a run's many findings, not once per finding
_POLLS: list = [None, None, {}, {}]


def _polls(tables: dict[str, pa.Table]) -> tuple[dict[str, dict], dict[str, str]]:
    questions, sources = tables.get("poll_questions"), tables.get("sources")
    if _POLLS[0] is not questions or _POLLS[1] is not sources or questions is None:
        first: dict[str, dict] = {}
        for q in _rows(tables, "poll_questions"):
            first.setdefault(q["poll_id"], q)
        _POLLS[:] = [questions, sources, first, _documents(tables)]
    return _POLLS[2], _POLLS[3]


def _poll_name(tables: dict[str, pa.Table], poll_id: str) -> str:
    questions, documents = _polls(tables)
    question = questions.get(poll_id)
    if question is None:
        return "Un sondage absent de la table des questions"
    where = documents.get(question.get("source_id"), "")
    page = f", page {question['page']}" if question.get("page") else ""
    return f"Sondage « {_short(question.get('question'))} »" + (f" ({where}{page})" if where else "")


def _french_poll(tables: dict[str, pa.Table], finding) -> str:
    p, kind = finding.params, finding.kind
    if kind == "poll_empty":
        text = "ni réponse proposée ni note moyenne n'ont été trouvées."
    elif kind == "poll_average_off_scale":
        text = f"la note moyenne ({number(p['average'])}) sort de son échelle (de 0 à {number(p['scale'])})."
    elif kind == "poll_no_shares":
        text = f"aucune part du public n'est donnée pour ses réponses proposées ({plural(p['options'], 'réponse')})."
    elif kind == "poll_missing_shares":
        missing = list(p["missing"])
        text = (f"les réponses {', '.join(missing)} n'ont pas de part du public." if len(missing) > 1
                else f"la réponse {missing[0]} n'a pas de part du public.")
    elif kind == "poll_shares_sum":
        text = (f"les parts du public font {number(p['total'])} % au total, et non 100 % "
                f"(écart toléré : {number(p['tolerance'])}).")
    else:   # poll_unknown
        text = "des réponses proposées ne se rattachent à aucune question."
    return f"{_poll_name(tables, finding.subject)} : {text}"


_EVENT_NAMES: list = [None, {}]      # (events table, its names by id): built once for a run's many findings


def _event_names(tables: dict[str, pa.Table]) -> dict[str, str]:
    table = tables.get("events")
    if _EVENT_NAMES[0] is not table:
        _EVENT_NAMES[:] = [table, {r["event_id"]: r.get("name") or "" for r in _rows(tables, "events", ("event_id", "name"))}]
    return _EVENT_NAMES[1]


def _french_programme(tables: dict[str, pa.Table], finding) -> str:
    events = _event_names(tables)
    p = finding.params
    about = {">": "plus de ", ">=": "au moins ", "~": "environ "}.get(p.get("comparator") or "", "")
    if not about and p.get("approximate"):
        about = "environ "
    label = metric_label(p["metric"]).lower()
    if p["metric"] == "speakers":
        found = f"le programme nomme {plural(p['found'], 'personne distincte', 'personnes distinctes')}"
    else:
        found = f"le programme en compte {number(p['found'])}"
    name = events.get(finding.subject) or "Un événement"
    return f"{name} : le bilan annonce {about}{number(p['announced'])} {label}, mais {found}."


def french_warning(tables: dict[str, pa.Table], warning: str) -> str:
    """The sentence people read for a consistency finding: in French, naming the poll (its
    question, document and page) or the event (its name) rather than their identifiers."""
    kind = getattr(warning, "kind", "")
    if kind.startswith("poll_"):
        return _french_poll(tables, warning)
    if kind == "programme_count":
        return _french_programme(tables, warning)
    return str(warning)


# The columns programme_consistency reads (pipelines/extract/programme.py), per table.
PROGRAMME_RULE_FIELDS = {
    "key_figures": ("event_id", "metric", "value", "approximate", "comparator"),
    "sessions": ("session_id", "event_id", "type"),
    "session_speakers": ("session_id", "speaker_id"),
}


def programme_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """The headline figures against the programme read in the same document (speakers announced
    against names listed, round tables announced against round tables found...)."""
    findings = programme_consistency(
        _rows(tables, "key_figures", PROGRAMME_RULE_FIELDS["key_figures"]),
        {name: _rows(tables, name, PROGRAMME_RULE_FIELDS[name]) for name in ("sessions", "session_speakers")},
    )
    return [french_warning(tables, f) for f in findings]


def poll_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """Poll shares that do not add up to 100 %, options without a share, averages off their scale."""
    findings = poll_share_warnings(_rows(tables, "poll_questions"), _rows(tables, "poll_options"))
    return [french_warning(tables, f) for f in findings]


def consistency_warnings(tables: dict[str, pa.Table]) -> list[str]:
    """Every soft rule at once, for the release notes: these never block a release."""
    return programme_warnings(tables) + poll_warnings(tables)


@dataclass
class RunNotes:
    documents: list[dict] = field(default_factory=list)   # file, source_id, status, reason, notes
    warnings: list[str] = field(default_factory=list)
    quality: list[str] = field(default_factory=list)   # measured against hand-checked files

    @property
    def skipped(self) -> list[dict]:
        return [d for d in self.documents if d["status"] == "skipped"]

    def to_dict(self) -> dict:
        return {"documents": self.documents, "warnings": self.warnings, "quality": self.quality}


def found_in_documents(tables: dict[str, pa.Table]) -> dict[str, dict[str, int]]:
    """source_id -> what was found in that document: events, key figures, sessions, speakers (of
    its sessions or its figures), cited figures and how many are attributed, polls, strategy axes."""
    def column(name: str, field: str) -> list:
        table = tables.get(name)
        return table.column(field).to_pylist() if table is not None and field in table.column_names else []

    found: dict[str, dict[str, int]] = {}

    def add(source_id, key: str, n: int = 1) -> None:
        if source_id:
            counts = found.setdefault(source_id, {})
            counts[key] = counts.get(key, 0) + n

    def value_counts(values) -> list[tuple]:
        """(value, rows) of an Arrow column, counted by Arrow (a table has about 100 rows a document)."""
        counted = pc.value_counts(values)
        return list(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist()))

    for name, key in (("events", "events"), ("key_figures", "key_figures"), ("sessions", "sessions"),
                      ("cited_figures", "cited_figures"), ("poll_questions", "polls"), ("strategy_axes", "axes")):
        table = tables.get(name)
        if table is not None and "source_id" in table.column_names:
            for source_id, n in value_counts(table.column("source_id")):
                add(source_id, key, n)
    session_source = dict(zip(column("sessions", "session_id"), column("sessions", "source_id")))
    people: dict[str, set] = {}
    for session_id, speaker_id in zip(column("session_speakers", "session_id"), column("session_speakers", "speaker_id")):
        people.setdefault(session_source.get(session_id), set()).add(speaker_id)
    cited = tables.get("cited_figures")
    if cited is not None and {"source_id", "speaker_id"} <= set(cited.column_names):
        speaker = cited.column("speaker_id")
        said = cited.select(["source_id", "speaker_id"]).filter(pc.fill_null(pc.not_equal(speaker, ""), False))
        for source_id, n in value_counts(said.column("source_id")):
            add(source_id, "attributed", n)
        # in the rows' order, as Acero's group_by gave the distinct pairs (not used: it imports
        # pyarrow.dataset, and with it pandas)
        for source_id, speaker_id in zip(said.column("source_id").to_pylist(), said.column("speaker_id").to_pylist()):
            people.setdefault(source_id, set()).add(speaker_id)
    for source_id, speakers in people.items():
        add(source_id, "speakers", len(speakers))
    return found


def found_line(found: dict[str, int]) -> str:
    """What was found in one document, in French: "1 événement, 7 chiffres clés, ..."."""
    parts = [plural(found.get("events", 0), "événement"), plural(found.get("key_figures", 0), "chiffre clé", "chiffres clés"),
             plural(found.get("sessions", 0), "session"), plural(found.get("speakers", 0), "intervenant"),
             plural(found.get("cited_figures", 0), "chiffre cité", "chiffres cités")
             + (f" (dont {found['attributed']} attribué{'s' if found['attributed'] > 1 else ''} à qui l'a dit)"
                if found.get("attributed") else ""),
             plural(found.get("polls", 0), "sondage"), plural(found.get("axes", 0), "axe de stratégie", "axes de stratégie")]
    return ", ".join(parts)


def drop_documents_without_data(tables: dict[str, pa.Table], docs) -> tuple[dict[str, pa.Table], RunNotes]:
    """A document from which no table but ``sources`` got a row is not published: its ``sources``
    row is removed, and the notes say it was skipped and why. The other documents go on."""
    used: set[str] = set()
    for name, table in tables.items():
        if name != "sources" and "source_id" in table.column_names:
            used.update(v for v in pc.unique(table.column("source_id")).to_pylist() if v)
    notes = RunNotes()
    found = found_in_documents(tables)
    for doc in docs:
        entry = {"file": doc.file_name, "source_id": doc.source_id, "pages": doc.page_count, "notes": list(doc.notes),
                 "found": found.get(doc.source_id, {})}
        if doc.source_id in used:
            notes.documents.append(entry | {"status": "published", "reason": None})
        else:
            notes.documents.append(entry | {"status": "skipped", "reason": "aucun événement, chiffre ni autre donnée n'y a été trouvé"})
    notes.documents.extend(getattr(docs, "refused", []))   # over a reading limit (pipelines/document/readers.py)
    sources = tables.get("sources")
    if sources is not None and sources.num_rows:
        keep = pc.is_in(sources.column("source_id"), value_set=pa.array(sorted(used), pa.string()))
        tables = dict(tables, sources=sources.filter(keep))
    return tables, notes


def validation_markdown(title: str, version: str, report: ValidationReport, notes: RunNotes | None,
                        titles: dict[str, str] | None = None, fields: dict[str, dict[str, str]] | None = None) -> str:
    """The release's ``validation.md``, in French: the schema validation, each document read
    (published or not, and why), the consistency warnings and the measured extraction quality."""
    engine = ("contraintes compilées en SQL, mêmes constats que Frictionless"
              if report.report.get("engine") == "duckdb" else "Frictionless")
    lines = [f"# Validation de la version {version} : {title}", "", f"## Schémas de table ({engine})", "",
             report.summary(titles=titles, fields=fields), ""]
    if notes is not None:
        lines += ["## Documents", ""]
        for d in notes.documents:
            state = "publié" if d["status"] == "published" else f"non publié : {d['reason']}"
            extra = "".join(f" ; {n}" for n in d["notes"])
            pages = f" ({plural(d['pages'], 'page')})" if d.get("pages") is not None else ""
            lines.append(f"- `{d['file']}`{pages} : {state}{extra}")
        lines += ["", "## Avertissements de cohérence", ""]
        lines += [f"- {w}" for w in notes.warnings] or ["Aucun."]
        lines += ["", "## Qualité de l'extraction, mesurée sur des fichiers vérifiés à la main", ""]
        lines += [f"- {q}" for q in notes.quality] or [
            "Aucun fichier vérifié à la main pour ces documents : qualité non mesurée."]
    return "\n".join(lines) + "\n"
