"""Who said a cited figure in a sentence opening with "Le tout," right after a sentence that
reports a speaker's words ("X a souligné la hausse des loyers. Le tout, avec un loyer moyen de
410 €"): the summing-up goes on with that speaker's words, as after "Toutefois,". Sentences written
for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Claire Dumas", "présidente du département"), ("Marc Lenoir", "préfet"))


def test_a_sentence_opening_with_le_tout_goes_on_with_the_speaker_reported_before():
    text = ("Le budget de Trévanne a été voté lundi.\n\n"
            "Claire Dumas a souligné la hausse des loyers sociaux. Le tout, avec l'objectif "
            "de garder 7 % de logements vacants.\n")
    assert (7, "dumas") in said(text, ROLES)


def test_le_tout_after_a_sentence_that_reports_no_one_is_the_reporter_s():
    # the sentence before reports no one's words: "Le tout" sums up the reporter's own account
    text = ("Le budget de Trévanne a été voté lundi avec Claire Dumas.\n\n"
            "Le document montre une hausse des loyers sociaux. Le tout, avec "
            "7 % de logements vacants.\n")
    assert (7, None) in said(text, ROLES)
