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
