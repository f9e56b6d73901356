"""The people counting themselves, then "à" and a verb of crowding into the place ("se presser",
"se bousculer", "se masser", "affluer"): "ils étaient 300 à se presser sous le chapiteau" is
the attendance, as "ils étaient 300 à participer". Not a count followed by such a verb without the
people counting themselves, nor a crowd counted with no number. Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "La cérémonie des vœux de Valbrune"


@pytest.mark.parametrize("sentence", [
    "Samedi matin, ils étaient 340 à se presser sous le chapiteau de Valbrune.",
    "Malgré le froid, elles étaient 340 à se bousculer devant les stands de Trévanne.",
    "Ils étaient environ 340 à affluer vers la halle dès l'ouverture.",
])
def test_the_crowd_counting_itself_is_the_attendance(sentence):
    assert ("participants", 340) in figures_between(_TITLE, sentence, "Le maire a présenté ses vœux.")


@pytest.mark.parametrize("sentence", [
    "Ils étaient nombreux à se presser dans la salle des fêtes de Valbrune.",
    "Ils étaient 340 à se plaindre du bruit du chantier de Trévanne.",
])
def test_no_count_or_no_crowding_is_no_attendance(sentence):
    found = figures_between(_TITLE, sentence, "Le maire a présenté ses vœux.")
    assert not any(metric == "participants" for metric, _ in found)
