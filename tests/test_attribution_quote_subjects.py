"""Who says a quotation with no credit of its own: the speaker whose name opens the sentence just
before it, and no one for a pull quote set apart on its line. Sentences written for these tests."""

from __future__ import annotations

from tests.test_attribution_cues import cast, said

TWO = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))


# --------------------------------------------------------------------------- the subject of the sentence before
def test_a_quotation_after_a_sentence_opened_by_a_speaker_is_that_speakers():
    text = ("Le club de Valbois a fêté ses dix ans samedi.\n\nClaire Dumas, maire de Valbois, commente la saison du club. "
            "« Le club a gagné 40 licences cette année. » Les travaux du gymnase reprennent en juin.\n")
    assert (40, "dumas") in said(text, TWO)


def test_a_role_before_the_name_still_makes_it_the_subject():
    text = ("Le gymnase a rouvert.\n\nLe préfet de région Marc Lenoir a présenté le bilan de son mandat. "
            "« Sept saisons et 40 licences de plus. » La soirée s'est poursuivie au foyer.\n")
    assert (40, "lenoir") in said(text, TWO)


def test_a_sentence_naming_two_speakers_credits_none():
    text = ("Le club a fêté ses dix ans.\n\nClaire Dumas a reçu Marc Lenoir à la mairie. "
            "« Le club a gagné 40 licences cette année. » La soirée a suivi.\n")
    assert (40, None) in said(text, TWO)


def test_a_quotation_inside_the_reporters_sentence_or_credited_to_another_is_not_the_subjects():
    inside = ("Le club a fêté ses dix ans.\n\nClaire Dumas revient sur la saison. "
              "Le club a gagné « au moins 40 licences » cette année.\n")
    assert (40, None) in said(inside, TWO)
    other = ("Le club a fêté ses dix ans.\n\nClaire Dumas revient sur la saison. "
             "« Le club a gagné 40 licences », explique un bénévole.\n")
    assert (40, None) in said(other, TWO)


def test_a_sentence_of_what_the_speaker_does_or_giving_their_words_in_a_clause_credits_none():
    does = ("Le club a fêté ses dix ans.\n\nClaire Dumas a visité le nouveau gymnase. "
            "« Le club a gagné 40 licences cette année. » La soirée a suivi.\n")
    assert (40, None) in said(does, TWO)
    clause = does.replace("a visité le nouveau gymnase", "assure que le gymnase ouvrira en mai")
    assert (40, None) in said(clause, TWO)


def test_a_narrative_infinitive_shows_the_subject_speaking():
    text = ("Le club a fêté ses dix ans.\n\nClaire Dumas, maire de Valbois, de revenir sur une saison chargée. "
            "« Le club a gagné 40 licences cette année. » La soirée a suivi.\n")
    assert (40, "dumas") in said(text, TWO)


def test_a_sentence_opened_by_something_else_than_a_speaker_credits_none():
    text = ("Le club a fêté ses dix ans.\n\nLa saison a été longue pour le club de Claire Dumas. "
            "« Le club a gagné 40 licences cette année. » La soirée a suivi.\n")
    assert (40, None) in said(text, TWO)


# --------------------------------------------------------------------------- a pull quote
def test_a_pull_quote_does_not_go_on_with_the_quotation_before_it():
    text = ("Le conseil s'est réuni lundi. « Nous avons planté 25 arbres », explique Claire Dumas.\n\n"
            "« Un budget de 30 000 euros pour les écoles »\n\n"
            "La suite de la séance a porté sur les travaux de voirie.\n")
    assert (30000, None) in said(text, TWO)


def test_a_quotation_in_the_paragraph_still_goes_on_with_the_quotation_before_it():
    text = ("Le conseil s'est réuni lundi. « Nous avons planté 25 arbres », explique Claire Dumas. "
            "Le chantier a duré un mois. « Nous planterons 60 arbres de plus l'an prochain. »\n")
    assert (60, "dumas") in said(text, TWO)
