"""A span of time after "à" and before "du", "des", "de la" or "de l'" counts down to something ("À
trois jours de l'ouverture", "à un an du scrutin"): a point in time, not a quantity. A range, a
limit or a measure stays a figure. Invented text."""

from __future__ import annotations

import pytest

from tests.support import mentions


@pytest.mark.parametrize("text", [
    "A 4 jours de l’ouverture, les bénévoles montent les stands.",
    "Le forum tombe à un an du scrutin régional.",
    "À deux semaines de la fête, tout est prêt.",
])
def test_a_countdown_is_no_figure(text):
    assert not {u for _, u in mentions(text + "\n")} & {"day", "week", "year"}


@pytest.mark.parametrize("text, figure", [
    ("Il faut compter 3 à 4 semaines de chantier.", (3, "week")),
    ("La réserve tient jusqu’à 12 jours d’autonomie.", (12, "day")),
    ("Nous étions à 15 jours de réserve en eau.", (15, "day")),
    ("Il a 25 ans de métier derrière lui.", (25, "year")),
])
def test_a_range_a_limit_or_a_measure_stays(text, figure):
    assert figure in mentions(text + "\n")
