"""Key figures: the attendance of a narrated report, in the simple past ("qui rassemblèrent"), of
people keeping the appointment ("étaient au rendez-vous") or of a festival's public
("festivaliers"), and a count after "après une édition précédente" read as this edition's
(metrics.yaml `event_prose`, headline_prose.py; round r41a, issue 15). Invented text only."""

import pytest

from .support import headline_figures as _figures


@pytest.mark.parametrize("text, expected", [
    ("Les journées de Vierzon, qui rassemblèrent plus de 400 congressistes, furent un succès.",
     {("participants", 400)}),
    ("Le colloque réunit alors une centaine d'élus et attira 80 exposants.", {("participants", 100), ("exhibitors", 80)}),
    ("Au printemps, 250 élus participèrent aux débats du congrès.", {("participants", 250)}),
])
def test_the_simple_past_of_a_narrated_report(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "Environ 120 personnes étaient au rendez-vous tout au long de la journée du colloque.",
    "Près de 120 personnes étaient au RDV pour cette rencontre régionale.",
    # ... or given to each other, with no event word but the place and the days
    "Du vendredi au dimanche, plus de 120 participants se sont donné rendez-vous à la halle des Tisserands.",
])
def test_people_keeping_the_appointment(text):
    assert _figures(text) == {("participants", 120)}


def test_the_public_of_a_festival():
    assert _figures("Le festival a accueilli plus de 40 000 festivaliers sur le week-end.") == {("visitors", 40000)}
    assert _figures("Plus de 3 000 festivaliers ont assisté aux concerts en plein air.") == {("visitors", 3000)}


def test_an_edition_followed_is_not_whose_count_it_is():
    text = ("Après une édition précédente à Quimper, c'est à Tours que se tenaient les assises, qui "
            "rassemblèrent plus de 400 participants.")
    assert _figures(text) == {("participants", 400)}


def test_what_must_not_fire():
    # a rate, a stock, another edition's count
    assert _figures("La commune compte 1 200 festivaliers par an.") == set()
    assert _figures("L'édition précédente avait réuni 300 participants.") == set()
    # the appointment kept by people counted with no event word: a team, not an audience
    assert _figures("Le maire a remercié les 12 agents de l'équipe technique.") == set()
    # the simple past of another verb: no gathering
    assert _figures("En 1990, 300 élus votèrent la création du syndicat.") == set()


@pytest.mark.parametrize("text", [
    "C'est sous le regard attentif de 200 acteurs et partenaires du territoire que s'est tenue la journée départementale.",
    "C'est devant 200 élus que s'est déroulé le congrès départemental, jeudi 27 novembre.",
])
def test_the_event_held_before_them_in_a_cleft_sentence(text):
    assert _figures(text) == {("participants", 200)}


@pytest.mark.parametrize("text, expected", [
    ("C'est dans la ferme du Pont-Gravier qu'une vingtaine d'exposants ont installé leurs stands.", {("exhibitors", 20)}),
    ("Sur 42 000 m2, se retrouveront plus de 400 exposants venus de toute la France.", {("exhibitors", 400)}),
])
def test_the_exhibitors_setting_up_their_stands_or_gathering_after_the_verb(text, expected):
    assert _figures(text) == expected


def test_the_event_letting_its_public_come():
    text = "Le salon de l'emploi a permis à une quarantaine d'entreprises de rencontrer les candidats."
    assert _figures(text) == {("exhibitors", 40)}
