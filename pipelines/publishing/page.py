"""The static page of a release (``index.html``): what the data is, the sources, the tables with
their French field descriptions, downloads with sizes and checksums, previews and charts. Plain
HTML and inline SVG, escaped by Jinja, no script and no CDN: it works offline and on a phone."""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
from jinja2 import Environment, PackageLoader, select_autoescape

from ..lexicons import load
from .notes import RunNotes

PREVIEW_ROWS = 10
TEXT_LIMIT = 140


def _environment() -> Environment:
    return Environment(loader=PackageLoader("pipelines", "templates"), autoescape=select_autoescape(["html", "j2"]))


def _bars(chart_id: str, title: str, items: list[tuple[str, float, str]]) -> dict | None:
    items = [i for i in items if i[1] is not None and i[1] >= 0]
    if not items:
        return None
    top = max(v for _, v, _ in items) or 1
    return {
        "id": chart_id,
        "title": title,
        "items": [{"label": label, "percent": round(100 * value / top, 1), "display": display}
                  for label, value, display in items],
    }


def _fmt(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") if float(value).is_integer() else f"{value:,.1f}".replace(",", "\u202f")


def charts(tables: dict[str, pa.Table]) -> list[dict]:
    """Bar charts where people would rather look than read: headline figures, cited figures by
    theme, poll results (each only when its table exists and has rows)."""
    out = []
    key = tables.get("key_figures")
    events = {r["event_id"]: r["name"] for r in tables["events"].to_pylist()} if "events" in tables else {}
    if key is not None and key.num_rows:
        by_event = defaultdict(list)
        for row in key.to_pylist():
            by_event[row["event_id"]].append(row)
        for event_id, rows in by_event.items():
            labels = {m: spec.get("label_fr", m) for m, spec in load("metrics")["metrics"].items()}
            chart = _bars(f"key_figures-{event_id}", f"Chiffres clés — {events.get(event_id, event_id)}",
                          [(labels.get(r["metric"], r["metric"]), r["value"],
                            ("≈ " if r["approximate"] else "") + _fmt(r["value"])) for r in rows])
            if chart:
                out.append(chart)
    cited = tables.get("cited_figures")
    if cited is not None and cited.num_rows and "theme" in cited.column_names:
        counts = defaultdict(int)
        for theme in cited.column("theme").to_pylist():
            counts[theme or "other"] += 1
        chart = _bars("cited_figures-themes", "Chiffres cités par thème",
                      [(t, n, str(n)) for t, n in sorted(counts.items(), key=lambda kv: -kv[1])])
        if chart:
            out.append(chart)
    questions, options = tables.get("poll_questions"), tables.get("poll_options")
    if questions is not None and options is not None and options.num_rows:
        by_poll = defaultdict(list)
        for row in options.to_pylist():
            by_poll[row["poll_id"]].append(row)
        for q in questions.to_pylist():
            rows = sorted(by_poll.get(q["poll_id"], []), key=lambda r: r.get("position") or 0)
            chart = _bars(f"poll-{q['poll_id']}", f"Sondage : {q['question']}",
                          [(f"{r.get('option_label') or ''} {r.get('option_text') or ''}".strip(), r.get("audience_share"),
                            f"{r.get('audience_share')} %") for r in rows])
            if chart:
                out.append(chart)
    return out


def _cell(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def render_release_page(descriptor: dict, tables: dict[str, pa.Table], schemas: dict[str, dict],
                        notes: RunNotes | None) -> str:
    table_views = []
    for name, table in tables.items():
        schema = schemas[name]
        table_views.append({
            "name": name,
            "title": schema.get("title", name),
            "description": schema.get("description", ""),
            "rows": table.num_rows,
            "fields": schema["fields"],
            "columns": table.column_names,
            "preview": [{k: _cell(v) for k, v in row.items()} for row in table.slice(0, PREVIEW_ROWS).to_pylist()],
        })
    template = _environment().get_template("release.html.j2")
    return template.render(
        d=descriptor,
        tables=table_views,
        rows={name: t.num_rows for name, t in tables.items()},
        charts=charts(tables),
        notes=notes or RunNotes(),
    )
