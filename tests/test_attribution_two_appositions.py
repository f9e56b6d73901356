"""Who said a cited figure when the press sets two appositions between commas after a speaker's
name before the verb of speech, the first maybe a relative clause ("Prénom Nom, qui en est le
trésorier, chargé des finances, a déclaré que ..."): the person is found as a speaker, so the figure
is credited to them. At most two appositions: a third one is no longer read as the name's.
Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers


def test_two_appositions_before_the_verb_of_speech_name_the_speaker():
    text = ("Le syndicat des eaux de Valbrune a lancé la rénovation de la rue des Tilleuls.\n"
            "Gaston Perrichon, qui en est le trésorier, chargé des finances, a affirmé que "
            "le chantier coûtera environ 412 000 euros.\n")
    assert figure_speakers(doc_of(text)) == {412000: "Gaston Perrichon"}


def test_three_appositions_before_the_verb_give_no_speaker():
    # a third apposition: the clause is too loose to read the name as the verb's subject
    text = ("Le syndicat des eaux de Valbrune a lancé la rénovation de la rue des Tilleuls.\n"
            "Gaston Perrichon, qui en est le trésorier, chargé des finances, "
            "présent depuis le matin, a affirmé que le chantier coûtera environ 412 000 euros.\n")
    assert figure_speakers(doc_of(text)) == {412000: None}
