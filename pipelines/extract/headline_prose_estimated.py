"""A count the organisers estimate, the counted noun written before it: "le nombre de visiteurs
peut être évalué entre 8 000 et 9 000", "il estime le nombre de participants à plus d'un millier",
"le nombre d'exposants est estimé à 150", or set apart after it ("le nombre d'entrées, 4 210, a
dépassé celui de l'an dernier"). The count is approximate (a range's low bound); a scale word
after it ("à 1,2 million") multiplies it, the noun having been given before."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..lexicons import fold, fold_apostrophes, load
from .headline_terms import HeadlineFigure, count_at, make_figure, term_at

# the preposition that leads to the estimated count
_TO = r"(?P<to>a|entre|autour\s+de|aux\s+alentours\s+de)\s+"
# "le nombre de X ... estimé à N" (at most three words between the noun and the participle: "peut
# être", "a été", "serait") or "estime le nombre de X à N"
_PASSIVE = re.compile(r"(?<![\w'])(?:le\s+)?nombre\s+(?:de\s+|d')(?P<term>[a-z][\w'-]*)\s+(?:[a-z]+\s+){0,3}?"
                      r"(?:estime|evalue)e?s?\s+" + _TO)
# ... or the count set in apposition right after the noun: "le nombre d'entrées, 4 210, a dépassé celui de 2030"
_APPOSED = re.compile(r"(?<![\w'])le\s+nombre\s+(?:de\s+|d')(?P<term>[a-z][\w'-]*)\s*,\s*(?=\d)(?P<to>)")
_ACTIVE = re.compile(r"(?<![\w'])(?:estim|evalu)[a-z]*\s+(?:le\s+|leur\s+)?nombre\s+(?:de\s+|d')(?P<term>[a-z][\w'-]*)\s+" + _TO)


@cache
def _scales() -> dict[str, float]:
    """Scale words of a million or more (numbers.yaml `multipliers`)."""
    return {fold(str(w)): float(v) for w, v in (load("numbers").get("multipliers") or {}).items()
            if float(v) >= 1_000_000 and len(str(w)) > 2}


def estimated_counts(doc, units: dict, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """The counts so estimated (see the module) of a metric ``found`` states nowhere else."""
    text = doc.text
    folded = fold_apostrophes(text)
    stated = {f.metric for f in found}
    out: list[HeadlineFigure] = []
    for pattern in (_PASSIVE, _ACTIVE, _APPOSED):
        for m in pattern.finditer(folded):
            term = term_at(folded, m.start("term"))
            if term is None or term[0] in stated:
                continue
            number = count_at(text, m.end())
            if number is None or number.value <= 0:
                continue
            after = re.match(r"\s+([a-z]+)", folded[number.end:number.end + 20])
            if after and after.group(1) in _scales() and text[number.end - 1:number.end].isdigit():
                number = dataclasses.replace(number, value=number.value * _scales()[after.group(1)],
                                             end=number.end + after.end())
            if pattern is not _APPOSED:
                number = dataclasses.replace(number, approximate=True)      # an estimate
            end = number.end
            if m.group("to") == "entre" and (top := re.match(r"\s+et\s+", folded[end:end + 8])) is not None:
                end = (count_at(text, end + top.end()) or number).end      # the quote holds the range's top
            out.append(make_figure(doc, units, term[0], number, m.start(), end, m.group("term"), 0))
            stated.add(term[0])
    return out
