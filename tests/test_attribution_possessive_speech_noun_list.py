"""Who said a cited figure in a run of dashed items set on one line after a colon that follows a
possessive and a noun of speech ("X ouvre la séance. Son message aux bénévoles : - ... - ..."):
the one speaker named in the sentence before the possessive says the items. Without the possessive
and noun of speech the colon opens the reporter's own list. Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers

_OPENING = ("Les associations de la vallée se sont retrouvées samedi à Trévanne.\n\n"
            "Plusieurs responsables ont pris la parole, dont Odile Marchetti, présidente de l'union des clubs, "
            "et Bastien Ferrandou, trésorier.\n\n")


def test_possessive_speech_noun_gives_the_dashed_items():
    text = _OPENING + ("Odile Marchetti, présidente de l'union, ouvre la matinée. Son message aux bénévoles : "
                       "- l'union veut rester ouverte à tous - les adhésions ont progressé de 17% en une saison "
                       "- il faudra des bénévoles pour l'été.\n")
    assert figure_speakers(doc_of(text)) == {17: "Odile Marchetti"}


def test_colon_list_without_possessive_speech_noun_gives_nobody():
    # the reporter's own list after a colon: no noun of speech announces it
    text = _OPENING + ("Odile Marchetti, présidente de l'union, ouvre la matinée. Le programme de la saison : "
                       "- l'union veut rester ouverte à tous - les adhésions ont progressé de 17% en une saison "
                       "- il faudra des bénévoles pour l'été.\n")
    assert figure_speakers(doc_of(text)) == {17: None}
