"""A level of attendance forecast at the close of the event, after "devoir" in the conditional:
"le salon devrait frôler les 12 000 visiteurs", "devrait dépasser les 4 500 entrées". Not a
forecast of something other than the event's public (a commune's inhabitants). Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Le Salon du vélo à Valbrune"


@pytest.mark.parametrize("sentence, figure", [
    ("Pour sa troisième édition, le Salon du vélo devrait frôler les 12 000 visiteurs sur le week-end.",
     ("visitors", 12000)),
    ("Selon les organisateurs, le salon devrait dépasser les 4 500 entrées cette année.", ("visitors", 4500)),
])
def test_the_forecast_level_is_the_attendance(sentence, figure):
    assert figure in figures_between(_TITLE, sentence, "Les exposants étaient ravis.")


def test_a_forecast_of_inhabitants_is_no_attendance():
    sentence = "La commune de Trévanne devrait dépasser les 12 000 habitants en 2030."
    assert not figures_between(_TITLE, sentence, "Les exposants étaient ravis.")
