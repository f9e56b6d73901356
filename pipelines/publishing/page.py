"""The static page of a release (``index.html``): what the data is, the sources, the tables with
their French field descriptions, downloads with sizes and checksums, previews and charts. Plain
HTML and inline SVG, escaped by Jinja, no script and no CDN: it works offline and on a phone."""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
import pyarrow.compute as pc
from jinja2 import Environment, PackageLoader, select_autoescape

from ..labels import code_label, date_fr, file_size, metric_label, number, plural, type_label
from .notes import RunNotes

PREVIEW_ROWS = 10
TEXT_LIMIT = 140
# Charts of one kind on the page (headline figures of an event, a poll): the first ones in the
# table's order; a package of thousands of events keeps a page people can open (the CSV files
# hold everything, and the page says how many charts it leaves out).
MAX_CHARTS = 24
# Bars of one chart: an event with more headline figures than this shows its first ones, and the
# chart says how many more the files hold.
MAX_BARS = 30


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("pipelines", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["date_fr"] = date_fr
    return env


def _bars(chart_id: str, title: str, items: list[tuple[str, float, str]], more: int = 0) -> dict | None:
    """A chart of the items with a value (at most MAX_BARS; ``more``: items left out before)."""
    items = [i for i in items if i[1] is not None and i[1] >= 0]
    if not items:
        return None
    more += max(0, len(items) - MAX_BARS)
    items = items[:MAX_BARS]
    top = max(v for _, v, _ in items) or 1
    return {
        "id": chart_id,
        "title": title,
        "items": [{"label": label, "percent": round(100 * value / top, 1), "display": display}
                  for label, value, display in items],
        "more": plural(more, "autre valeur", "autres valeurs") if more else "",
    }


def _fmt(value: float) -> str:
    return number(value)


def _first(table: pa.Table, column: str) -> tuple[pa.Table, int]:
    """The rows of ``table`` whose ``column`` is one of its first MAX_CHARTS distinct values, and
    how many distinct values are left out."""
    distinct = pc.unique(table.column(column))
    if len(distinct) <= MAX_CHARTS:
        return table, 0
    return table.filter(pc.is_in(table.column(column), value_set=distinct.slice(0, MAX_CHARTS))), len(distinct) - MAX_CHARTS


def charts(tables: dict[str, pa.Table]) -> tuple[list[dict], int]:
    """Bar charts where people would rather look than read: headline figures, cited figures by
    theme, poll results (each only when its table exists and has rows); at most MAX_CHARTS of the
    events' figures and of the polls. Returns the charts and how many were left out."""
    out: list[dict] = []
    omitted = 0
    key = tables.get("key_figures")
    if key is not None and key.num_rows:
        key, left = _first(key, "event_id")
        omitted += left
        shown = set(key.column("event_id").to_pylist())
        events = {r["event_id"]: r["name"] for r in tables["events"].select(["event_id", "name"]).to_pylist()
                  if r["event_id"] in shown} if "events" in tables else {}
        # the figures that can be drawn (a value, not negative), MAX_BARS of each event made Python rows
        value = key.column("value")
        key = key.filter(pc.fill_null(pc.greater_equal(value, 0), False))
        for event_id in pc.unique(key.column("event_id")).to_pylist():
            ids = key.column("event_id")
            rows = key.filter(pc.is_null(ids) if event_id is None else pc.fill_null(pc.equal(ids, event_id), False))
            chart = _bars(f"key_figures-{event_id}", f"Chiffres clés — {events.get(event_id) or 'événement sans nom'}",
                          [(metric_label(r["metric"]), r["value"], ("≈ " if r["approximate"] else "") + _fmt(r["value"]))
                           for r in rows.slice(0, MAX_BARS).to_pylist()], more=max(0, rows.num_rows - MAX_BARS))
            if chart:
                out.append(chart)
    cited = tables.get("cited_figures")
    if cited is not None and cited.num_rows and "theme" in cited.column_names:
        counts: dict[str, int] = defaultdict(int)
        for entry in pc.value_counts(cited.column("theme")).to_pylist():   # one entry per theme
            counts[entry["values"] or "other"] += entry["counts"]
        chart = _bars("cited_figures-themes", "Chiffres cités par thème",
                      [(code_label("cited_figures", "theme", t), n, number(n)) for t, n in sorted(counts.items(), key=lambda kv: -kv[1])])
        if chart:
            out.append(chart)
    questions, options = tables.get("poll_questions"), tables.get("poll_options")
    if questions is not None and options is not None and options.num_rows:
        questions, left = _first(questions, "poll_id")
        omitted += left
        options = options.filter(pc.is_in(options.column("poll_id"), value_set=questions.column("poll_id").combine_chunks()))
        by_poll = defaultdict(list)
        for row in options.to_pylist():
            by_poll[row["poll_id"]].append(row)
        for q in questions.to_pylist():
            rows = sorted(by_poll.get(q["poll_id"], []), key=lambda r: r.get("position") or 0)
            chart = _bars(f"poll-{q['poll_id']}", f"Sondage : {q['question']}",
                          [(f"{r.get('option_label') or ''} {r.get('option_text') or ''}".strip(), r.get("audience_share"),
                            f"{number(r['audience_share'])}\u00a0%" if r.get("audience_share") is not None else "")
                           for r in rows])
            if chart:
                out.append(chart)
    return out, omitted


def _cell(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (int, float)):
        return number(value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


# Identifier columns and the column that names what they identify, per table (shown instead).
NAMES = {"source_id": ("sources", ("title", "file_name")), "event_id": ("events", ("name",)),
         "session_id": ("sessions", ("title",)), "speaker_id": ("speakers", ("full_name",)),
         "poll_id": ("poll_questions", ("question",)), "strategy_id": ("strategy_axes", ("strategy_name",))}


def _names(tables: dict[str, pa.Table]) -> dict[str, dict[str, str]]:
    """identifier column -> {identifier: the name people know it by}."""
    out = {}
    for column, (table, name_columns) in NAMES.items():
        rows = tables[table].to_pylist() if table in tables else []
        out[column] = {r[column]: next((r[c] for c in name_columns if r.get(c)), "") for r in rows}
    return out


def preview(name: str, table: pa.Table, schema: dict, names: dict[str, dict[str, str]]) -> tuple[list[dict], list[dict]]:
    """The columns (title) and first rows of a table as people read them: codes replaced by their
    French labels, identifiers by the names of what they identify; a table's own identifier
    column, which names nothing, is left out (it is in the CSV)."""
    titles = {f["name"]: f.get("title") or f["name"] for f in schema["fields"]}
    own = schema.get("primaryKey") or []
    columns = [c for c in table.column_names
               if not (own == [c] and c.endswith("_id")) and not (c in NAMES and NAMES[c][0] == name)]
    rows = []
    for row in table.slice(0, PREVIEW_ROWS).to_pylist():
        shown = {}
        for c in columns:
            value = row[c]
            if c in NAMES and value is not None:
                value = names[c].get(value) or "—"
            elif c in ("position", "page", "edition", "year", "period_start", "period_end") and value is not None:
                value = str(value)
            else:
                value = code_label(name, c, value)
            shown[c] = _cell(value)
        rows.append(shown)
    return [{"name": c, "title": titles.get(c, c)} for c in columns], rows


def render_release_page(descriptor: dict, tables: dict[str, pa.Table], schemas: dict[str, dict],
                        notes: RunNotes | None) -> str:
    names = _names(tables)
    table_views = []
    for name, table in tables.items():
        schema = schemas[name]
        columns, rows = preview(name, table, schema, names)
        table_views.append({
            "name": name,
            "title": schema.get("title", name),
            "description": schema.get("description", ""),
            "rows": plural(table.num_rows, "ligne"),
            "fields": [f | {"type_label": type_label(f["type"])} for f in schema["fields"]],
            "columns": columns,
            "preview": rows,
        })
    csv_rows = {name: number(t.num_rows) for name, t in tables.items()}
    downloads = [r | {"size": file_size(r["bytes"]), "rows_shown": csv_rows.get(r["name"].removesuffix("_parquet"), "")}
                 for r in descriptor["resources"]]
    spatial = descriptor.get("spatial")
    template = _environment().get_template("release.html.j2")
    shown_charts, omitted_charts = charts(tables)
    return template.render(
        d=descriptor,
        spatial=spatial.get("name") if isinstance(spatial, dict) else spatial,
        downloads=downloads,
        tables=table_views,
        charts=shown_charts,
        omitted_charts=plural(omitted_charts, "graphique") if omitted_charts else "",
        notes=notes or RunNotes(),
    )
