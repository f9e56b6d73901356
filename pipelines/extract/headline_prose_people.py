"""What describes the people counted in prose about the event, between their count and their
verb: their ages, the kinds of them in brackets, an apposition, their mix ("surtout des élus, mais
aussi ..."), where they come from; and a bracket naming only the event's own side ("(invités,
intervenants, exposants)"), whose count is no attendance. Read by ``headline_prose``."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import fold_apostrophes, load
from .headline_prose_counts import provenance_phrase

_norm = fold_apostrophes


# An apposition set between commas right before the verb ("300 habitants du quartier, venus en
# famille pour la plupart, ont participé"): it describes the people counted and is left out of the
# gap between the counts and their verb.
_APPOSITION_BEFORE_VERB = re.compile(r",[^,.;:!?()«»\"]{1,80},\s*$")


def _provenance_out(gap: str) -> str:
    """The gap between counts of people and their verb without where the people come from, at its
    end ("... et techniciens venus de toute la vallée | ont échangé"): ``provenance_phrase`` of
    at most four words."""
    return _provenance_at_end().sub(" ", gap)


@cache
def _provenance_at_end() -> re.Pattern:
    return re.compile(provenance_phrase(4) + r"\s*$")


# The kinds of people counted, in brackets right after their word: "quelque 35 acteurs (bénévoles,
# commerçants, clubs…) ont participé"; left out of the gap between the counts and their verb.
_PEOPLE_BRACKETED = re.compile(r"\s*\([^()\n]{1,120}\)")


@cache
def _mix_leads() -> str:
    """The alternation of metrics.yaml `mix_leads`, the words opening the mix of the people counted."""
    leads = (load("metrics").get("event_prose") or {}).get("mix_leads") or []
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(leads, key=len, reverse=True)) or "(?!)"


@cache
def _mix_described() -> re.Pattern:
    """The mix of the people counted, from a comma and a lead word (``mix_leads``) up to their verb:
    "120 personnes, surtout des riverains, mais aussi quelques commerçants | ont participé"."""
    return re.compile(r"^\s*,\s*(?:%s)\s[^.;:!?()«»\"]{1,160}$" % _mix_leads(), re.I)


@cache
def _mix_opening() -> re.Pattern:
    """A comma and a lead word (``mix_leads``) opening the mix of the people counted."""
    return re.compile(r"\s*,\s*(?:%s)\s" % _mix_leads(), re.I)


def _mix_lead(after: str) -> bool:
    """Whether the words after the count open the mix of its people: ", surtout des ..."."""
    return _mix_opening().match(after) is not None


def _described_out(gap: str) -> str:
    """The gap between counts of people and their verb without what describes the people counted:
    their ages, the kinds of them in brackets, an apposition between commas, where they come from
    (a list of kinds of people may remain: "élus, techniciens et agents venus de tout le pays")."""
    gap = _mix_described().sub(" ", gap)
    return _provenance_out(_APPOSITION_BEFORE_VERB.sub("", _PEOPLE_BRACKETED.sub(" ", _age_out(gap))))


# The ages of the people counted, right after their word: "45 jeunes de 12 à 17 ans ont participé",
# "65 enfants âgés de 6 à 10 ans", "140 jeunes entre 9 et 15 ans"; left out of the gap between the
# counts and their verb, as a description of the people.
_AGE_RANGE = re.compile(r"^\s*,?\s*(?:(?:age|agee|ages|agees)\s+)?(?:de|entre)\s+\d{1,2}\s+(?:a|et)\s+\d{1,2}\s+ans(?![\w'])")


def _age_out(gap: str) -> str:
    """The gap after a count of people without the ages of the people counted (``_AGE_RANGE``)."""
    m = _AGE_RANGE.match(gap)
    return gap[m.end():] if m else gap


@cache
def _staff_bracketed() -> re.Pattern:
    """A bracket right after a count of people listing only the event's own side (metrics.yaml
    `event_prose.staff_bracketed`, joined by commas, dashes, slashes or "et"): "35 personnes (invités,
    intervenants et exposants)" (not "(élus, habitants, exposants)", where the audience is listed too)."""
    words = (load("metrics").get("event_prose") or {}).get("staff_bracketed") or []
    alt = "|".join(re.escape(_norm(w)) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    sep = r"\s*(?:[,/–—-]|\bet\b)\s*"
    return re.compile(r"\s*\(\s*(?:%s)(?:%s(?:%s))*\s*\)" % (alt, sep, alt), re.I)
