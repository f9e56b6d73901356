"""The attendance told by the people counting themselves, the number with no noun, before "à" and a
verb of coming or taking part ("ils n'étaient pas moins de 420 à faire le déplacement", "nous fûmes
une trentaine à nous retrouver"); made-up text."""

from __future__ import annotations

import pytest

from tests.support import headline_figures

TITLE = "Le congrès de Valbrune"
LEAD = "Le congrès de Valbrune s'est tenu le 12 octobre 2021 au centre des congrès. "


@pytest.mark.parametrize("sentence, value", [
    ("Car ils n'étaient pas moins de 420 à faire le déplacement jusqu'à Valbrune.", 420),
    ("Nous fûmes une trentaine à nous retrouver, élus et habitants.", 30),
    ("Ils étaient finalement 150 à s'engager le jour J.", 150),
    ("Elles sont une soixantaine à avoir répondu présentes à l'appel de la commune.", 60),
    # a word of people and a participle of being gathered
    ("Mercredi matin, ils étaient 240 lauréats réunis dans les salons de l'hôtel de ville.", 240),
])
def test_people_counting_themselves_are_the_attendance(sentence, value):
    assert ("participants", value) in headline_figures(LEAD + sentence + "\n", TITLE)


@pytest.mark.parametrize("sentence", [
    # no verb of coming or taking part after "à"
    "Ils étaient 420 à penser que la route était trop longue.",
    # a negation, not a count
    "Ils n'étaient pas 420 à participer, loin de là.",
    # a count of things after the number, no participle of being gathered
    "Ils étaient 420 euros trop chers pour la commune.",
])
def test_other_counts_of_themselves_are_no_attendance(sentence):
    assert ("participants", 420) not in headline_figures(LEAD + sentence + "\n", TITLE)


def test_a_total_then_its_breakdown_after_a_colon():
    # round 338: the total of people before a colon is the attendance; the breakdown after it gives
    # its parts (the delegates) and the exhibitors' own count
    text = LEAD + "Au total, ils étaient 420 à venir : 300 congressistes, 80 exposants et 40 invités.\n"
    found = headline_figures(text, TITLE)
    assert ("participants", 420) in found and ("exhibitors", 80) in found
    assert ("participants", 300) not in found
