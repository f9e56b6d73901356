"""Who said a cited figure after a colon when the words before the colon give it to a person by a
noun of speech and her name ("on retiendra le rappel de X, présidente du club : 12 % ..."): the
figure goes to that person. A noun of speech followed by no name gives it to nobody. Sentences
written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers

_OPENING = ("Les clubs de la vallée se sont retrouvés samedi à Valbrune.\n\n"
            "Plusieurs responsables ont pris la parole, dont Odile Marchetti, présidente de l'union des clubs, "
            "et Bastien Ferrandou, trésorier.\n\n")


def test_speech_noun_and_name_before_colon_gives_the_figure():
    text = _OPENING + ("Parmi les interventions, on retiendra le rappel d'Odile Marchetti, présidente de l'union, "
                       "sur les adhésions : de l'ordre de 17% de plus par saison.\n")
    assert figure_speakers(doc_of(text)) == {17: "Odile Marchetti"}


def test_speech_noun_without_name_gives_nobody():
    # no name after the noun: the colon opens the reporter's words
    text = _OPENING + ("Parmi les sujets, on retiendra le rappel du règlement sur les adhésions : "
                       "de l'ordre de 17% de plus par saison.\n")
    assert figure_speakers(doc_of(text)) == {17: None}
