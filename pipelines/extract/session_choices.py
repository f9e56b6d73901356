"""The choices a meeting weighs, listed like sessions ("Option 1 : un zonage seul", "Scénario B -
le réseau entier"): a label of ``choice_labels`` (lexicons/sessions.yaml), a number or a letter,
then a colon or a dash. Minutes list them to compare or vote on them; none is a session."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_vocabulary import _f


@cache
def _choice() -> re.Pattern:
    labels = sorted({_f(str(w).lower()) for w in load("sessions").get("choice_labels") or []}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in labels) + r")\s+(?:\d{1,2}|[a-z])\s*[:.)–-]")


def is_choice(title: str) -> bool:
    """Does the title open with a choice's label ("Option 2 :", "Variante b)")?"""
    return bool(load("sessions").get("choice_labels")) and _choice().match(_f(title.lower())) is not None
