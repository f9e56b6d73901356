"""Who said a cited figure in a quotation whose incise puts an adverb between the inverted verb of
speech and the role standing for the speaker ("« … », souligne d'ailleurs le maire"): the one
speaker holding that role. An adverb outside the list (here "prudemment") still hides the role,
so the figure keeps no speaker. Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers

_OPENING = ("La commune de Valbrune a inauguré samedi sa nouvelle halle couverte.\n\n"
            "Armand Queyrel, maire de Valbrune, a coupé le ruban devant les habitants.\n\n"
            "Le chantier a duré plus d'une saison.\n\n")


def test_adverb_between_incise_verb_and_role_gives_the_holder():
    text = _OPENING + ("\"Avec cette halle, nous accueillerons 37 exposants chaque dimanche\", "
                       "souligne d'ailleurs le maire.\n")
    assert figure_speakers(doc_of(text)) == {37: "Armand Queyrel"}


def test_adverb_outside_the_list_gives_nobody():
    text = _OPENING + ("\"Avec cette halle, nous accueillerons 37 exposants chaque dimanche\", "
                       "souligne prudemment le maire.\n")
    assert figure_speakers(doc_of(text)) == {37: None}
