"""The unit written after a number (numbers.yaml `units`, `scaled_units`: "m3", "%", "k€"), the
scale words ("millions", numbers.yaml `multipliers`) and the adjectives of order that may come
between a number and its unit ("les 6 premiers mois")."""

from __future__ import annotations

import re
from functools import cache

from .quantity_text import _boundary, _lex, _norm

def unit_at(text: str, pos: int, folded: str | None = None) -> tuple[str, float, int] | None:
    """A unit written at ``pos``: (code, scale, end). Longest form first; a form that ends with a
    letter must end a word ("m" is not the start of "membres")."""
    folded = _norm(text) if folded is None else folded
    window = folded[pos:pos + 40]
    if "\n" in window:         # "mètres\ncubes": a unit of several words wrapped by a PDF's text flow
        window = window.replace("\n", " ")
    for form, code, scale in _unit_forms_from(window[:1]):
        if window.startswith(form):
            end = pos + len(form)
            if form[-1].isalnum() and not _boundary(folded, end):
                continue
            if len(form) == 1 and form.isalpha() and folded[end:end + 1] in ("'", "’"):
                continue        # an elided word, not a unit: "la chambre 26 m'a conseillé"
            return code, scale, end
    return None


def _unit_forms() -> list[tuple[str, str, float]]:
    return _UNIT_FORMS or _build_unit_forms()


_UNIT_FORMS: list[tuple[str, str, float]] = []
_UNIT_FORMS_BY_FIRST: dict[str, list[tuple[str, str, float]]] = {}


def _unit_forms_from(first: str) -> list[tuple[str, str, float]]:
    """The unit forms that begin with the character ``first``, in the order of ``_unit_forms``
    (longest first): only they can begin a text that begins with it."""
    if not _UNIT_FORMS_BY_FIRST:
        for form in _unit_forms():
            _UNIT_FORMS_BY_FIRST.setdefault(form[0][:1], []).append(form)
    if "" in _UNIT_FORMS_BY_FIRST:      # an empty form begins every text
        return _unit_forms()
    return _UNIT_FORMS_BY_FIRST.get(first, [])


def _build_unit_forms() -> list[tuple[str, str, float]]:
    forms = []
    for code, surfaces in _lex().get("units", {}).items():
        for s in surfaces:
            forms.append((_norm(str(s)), code, 1.0))
    for surface, (code, scale) in (_lex().get("scaled_units", {}) or {}).items():
        forms.append((_norm(str(surface)), code, float(scale)))
    forms.sort(key=lambda f: -len(f[0]))
    _UNIT_FORMS[:] = forms
    return _UNIT_FORMS


def unit_codes() -> list[str]:
    """The unit vocabulary: "count" and the codes of numbers.yaml `units`."""
    return ["count", *_lex().get("units", {})]


@cache
def _multipliers() -> tuple[tuple[str, float], ...]:
    pairs = sorted(_lex().get("multipliers", {}).items(), key=lambda kv: -len(str(kv[0])))
    return tuple((_norm(str(word)), factor) for word, factor in pairs)


def _multiplier_at(folded: str, pos: int) -> tuple[float, int] | None:
    for word, factor in _multipliers():
        if folded.startswith(word, pos):
            end = pos + len(word)
            # "k" and "md" only glued to a currency sign ("20 k€" is a scaled unit, read there).
            if len(word) <= 2:
                continue
            if _boundary(folded, end):
                return float(factor), end
    return None


@cache
def _order_adjective() -> re.Pattern:
    """An adjective of order between a number and its unit (numbers.yaml `unit_adjectives`:
    "prochaines", "premiers"), and the blanks after it."""
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex().get("unit_adjectives", []), key=len, reverse=True))
    return re.compile(rf"(?:{words})[ \t\u00a0\u202f]+" if words else r"(?!)")
