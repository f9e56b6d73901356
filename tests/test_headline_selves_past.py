"""The people counting themselves in the passé composé of a report ("nous avons été", "ils ont
été", "elles ont été"), right before the count and its noun of people: "Nous avons été près de 160
personnes à suivre les débats" is the attendance, as "nous étions 160 personnes". Not the same verb
with no count after it ("nous avons été accueillis par 160 personnes" is no trigger: the count is
not right after it). Invented text."""

from __future__ import annotations

import pytest

from .support import figures_between

_TITLE = "Les rencontres de l'eau de Valbrune"


@pytest.mark.parametrize("sentence", [
    "Nous avons été près de 160 personnes à suivre les débats à Valbrune.",
    "Cette année, ils ont été 160 participants à rejoindre la halle de Trévanne.",
])
def test_people_counting_themselves_in_the_passe_compose(sentence):
    found = figures_between(_TITLE, sentence, "Le maire a conclu la journée.")
    assert any(value == 160 and metric in ("participants", "attendance") for metric, value in found), found


@pytest.mark.parametrize("sentence", [
    "Nous avons été informés que 160 habitants de Trévanne avaient signé la pétition.",
])
def test_the_verb_without_the_count_right_after_is_no_attendance(sentence):
    found = figures_between(_TITLE, sentence, "Le maire a conclu la journée.")
    assert not any(value == 160 for _, value in found), found
