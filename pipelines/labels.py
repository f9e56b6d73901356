"""What people read instead of codes: French labels of the published codes (themes, session
types, metrics, units...), and numbers, sizes and counts written the French way (``1 234,5``,
``730 o``, ``1,2 Mio``, ``1 page`` / ``2 pages``). The CSV files keep the codes; pages, reports
and changelogs show these labels."""

from __future__ import annotations

from functools import cache

from .lexicons import load

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


@cache
def _field_labels() -> dict[str, dict[str, str]]:
    fields = {name: {str(k): str(v) for k, v in codes.items()} for name, codes in load("labels")["fields"].items()}
    fields["key_figures.metric"] = {str(k): str(v.get("label_fr", k)) for k, v in load("metrics")["metrics"].items()}
    return fields


def field_vocabularies() -> dict[str, dict[str, str]]:
    """``table.field`` -> {code: French label}."""
    return _field_labels()


def code_label(table: str, field: str, value):
    """The French label of a coded value of ``table.field``; other values are returned as they are."""
    if value is None:
        return None
    return _field_labels().get(f"{table}.{field}", {}).get(str(value), value)


def metric_label(metric: str) -> str:
    return _field_labels()["key_figures.metric"].get(metric, metric)


def stage_label(step: str) -> str:
    """A run's stage (a step key of the publish job) as people read it; unknown steps as they are."""
    return str(load("labels").get("stages", {}).get(step, step))


def type_label(field_type: str) -> str:
    return str(load("labels")["types"].get(field_type, field_type))


def number(value, decimals: int | None = None) -> str:
    """``1234.5`` -> ``1 234,5`` (narrow no-break space between thousands, decimal comma);
    integers without decimals."""
    value = float(value)
    if decimals is None:
        decimals = 0 if value.is_integer() else (1 if round(value, 1) == value else 2)
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NARROW_NBSP).replace(".", ",")


def file_size(size: int) -> str:
    """Bytes in the units of the French administration (octets, kio, Mio, Gio: powers of 1024)."""
    size = int(size)
    if size < 1024:
        return f"{number(size)}{NBSP}o"
    for unit in ("kio", "Mio", "Gio", "Tio"):
        size /= 1024
        if size < 1024 or unit == "Tio":
            return f"{number(round(size, 1), 1 if size < 100 else 0)}{NBSP}{unit}"
    raise AssertionError("unreachable")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 page``, ``0 page``, ``2 pages``: French takes the singular below 2."""
    word = singular if abs(count) < 2 else (plural_form or singular + "s")
    return f"{number(count)} {word}"


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def date_fr(value) -> str:
    """``2024-04-16`` (or a datetime, or its ISO text) -> ``16 avril 2024``; ``1er`` for the first."""
    if not value:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    year, month, day = (int(part) for part in text[:10].split("-"))
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"
