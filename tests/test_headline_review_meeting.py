"""The people of a later meeting held to look back on the event ("pour le bilan de la fête") are
not counted as the event's attendance, whose own count may then be read; made-up text."""

from __future__ import annotations

from tests.support import headline_figures

TITLE = "Fête des jardins"
REVIEW = ("La 4e fête des jardins a eu lieu au parc de Trévanne cet été. Un mois plus tard, seuls 11 "
          "participants se sont retrouvés en mairie pour faire le bilan de la fête. ")


def test_people_of_the_review_meeting_are_not_the_attendance():
    text = REVIEW + "La fréquentation a reculé : 835 visiteurs contre plus de 900 l'an dernier."
    figures = headline_figures(text, TITLE)
    assert ("visitors", 835.0) in figures
    assert not any(value == 11.0 for _, value in figures)


def test_people_present_for_the_event_itself_still_count():
    # the limit: present "pour la fête" (the event), not "pour le bilan" of it
    text = ("La 4e fête des jardins s'est déroulée le dimanche 4 septembre au parc de Trévanne. "
            "Ils étaient 640 visiteurs, présents pour la fête malgré la pluie.")
    assert ("visitors", 640.0) in headline_figures(text, TITLE)
