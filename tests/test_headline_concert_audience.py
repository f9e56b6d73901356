"""The audience of concerts counted in "mélomanes" is the attendance in a sentence about the
event's gathering ("le festival aura accueilli près de 800 mélomanes"); made-up text."""

from __future__ import annotations

from tests.support import headline_figures

REPORT = ("Bilan du festival de Valbrune\n\n"
          "La 12e édition du festival de musique de chambre s'est tenue du 3 au 5 octobre 2024 à Valbrune. "
          "Le festival aura donc accueilli près de 650 mélomanes.\n")


def test_music_lovers_gathered_are_the_attendance():
    assert ("participants", 650) in headline_figures(REPORT, "Bilan du festival de Valbrune")


def test_music_lovers_not_gathered_are_no_attendance():
    text = REPORT.replace("Le festival aura donc accueilli près de 650 mélomanes.",
                          "Les 650 mélomanes de l'association répètent chaque mardi.")
    assert ("participants", 650) not in headline_figures(text, "Bilan du festival de Valbrune")
