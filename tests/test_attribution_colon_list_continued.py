"""Who said a cited figure in a sentence opening with a figure, right after a sentence whose verb
of speech opens a colon followed by figures ("Il détaille le coût : 40 € par élève. 25 € viennent
de la commune ; 15 € de l'État."): the enumeration goes on over the next sentences, said by the
same speaker. Sentences written for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Claire Dumas", "maire de Valbrune"), ("Marc Lenoir", "préfet"))


def test_figures_going_on_after_a_colon_of_speech_are_the_speaker_s():
    text = ("La cantine de Valbrune a rouvert lundi. Claire Dumas a présenté le chantier. "
            "Elle détaille le coût d'un repas : 9 € par enfant. 4 € viennent de la commune ; "
            "3 € du département. Et 2 € restent aux familles.\n")
    assert said(text, ROLES) == [(9, "dumas"), (4, "dumas"), (3, "dumas"), (2, "dumas")]


def test_a_sentence_opening_with_words_after_the_colon_is_the_reporter_s():
    # the figure does not open the sentence: the reporter speaks again
    text = ("La cantine de Valbrune a rouvert lundi. Claire Dumas a présenté le chantier. "
            "Elle détaille le coût d'un repas : 9 € par enfant. La salle compte 4 tables "
            "de plus qu'avant.\n")
    assert said(text, ROLES) == [(9, "dumas"), (4, None)]
    # no verb of speech before the colon: a list of the reporter's
    text = ("La cantine de Valbrune a rouvert lundi avec Claire Dumas. "
            "Le menu de la semaine : 9 plats. 4 desserts sont servis le vendredi.\n")
    assert said(text, ROLES) == [(9, None), (4, None)]
