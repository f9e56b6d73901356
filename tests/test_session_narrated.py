"""Sessions a report narrates in the order of its day ("La matinée a débuté par ...", "s'est
poursuivie avec ...", "s'est achevée sur « ... »"). Invented texts."""

from __future__ import annotations

from pipelines.extract.session_narrated import narrated_sessions


def test_sessions_narrated_in_the_order_of_the_day():
    text = ("La matinée a débuté par une séance d'ouverture en présence du maire. "
            "La journée s'est poursuivie avec la conférence de Jeanne Morvan, géographe, sur les rivières. "
            "Le forum s'est achevé sur « Demain, des villages sans voiture ? ».\n")
    assert [(t, k) for t, _, _, k in narrated_sessions(text)] == [
        ("une séance d'ouverture", "other"), ("la conférence de Jeanne Morvan", "other"),
        ("Demain, des villages sans voiture ?", "other")]


def test_what_a_day_narrates_that_is_no_session():
    text = ("La matinée a débuté par un accueil café. La journée s'est achevée par un cocktail. "
            "Le chantier a commencé par la démolition du hangar.\n")
    assert narrated_sessions(text) == []


def test_parts_of_the_day_given_to_a_session_and_who_gave_it():
    text = ("La matinée a démarré par une introduction générale réalisée par la présidente du syndicat. "
            "L'après-midi était dédiée à des ateliers participatifs par quartier. "
            "Deux adjoints ont complété la séquence d'ouverture en présentant le budget.\n")
    assert [(t, k) for t, _, _, k in narrated_sessions(text)] == [
        ("une introduction générale", "other"), ("des ateliers participatifs par quartier", "workshop"),
        ("la séquence d'ouverture", "other")]


def test_a_part_of_the_day_given_to_something_else_is_no_session():
    text = ("La matinée était consacrée à la visite du chantier. L'après-midi a été dédié à un repas partagé. "
            "Le budget a complété la présentation du maire.\n")
    assert narrated_sessions(text) == []
