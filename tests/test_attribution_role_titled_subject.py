"""Who said a cited figure quoted after a colon when the clause before the colon opens with a role
that titles the speaker's name ("Le directeur du marché Prénom Nom est arrivé confiant : « … »"):
the role and the name are one subject, so the figure inside the quotation is the named person's.
A name that is not right after the role (another person, the object of the clause) gives none.
Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers


def test_role_with_complement_then_name_before_colon_quotation():
    text = ("La brocante de Vérissac a rouvert dimanche sous un grand soleil.\n"
            "Le directeur du marché Anselme Tourneval est arrivé plein d'allant : « Nous voulons "
            "accueillir 4 700 promeneurs sur la journée. »\n")
    assert figure_speakers(doc_of(text)) == {4700: "Anselme Tourneval"}


def test_role_then_name_before_colon_quotation():
    text = ("La brocante de Vérissac a rouvert dimanche sous un grand soleil.\n"
            "La présidente Ondine Malavert nous confiait aussi: « nous avons loué 85 emplacements "
            "cette année. »\n")
    assert figure_speakers(doc_of(text)) == {85: "Ondine Malavert"}


def test_name_far_after_the_role_gives_no_speaker():
    # the name is the object of the clause, not titled by the role: no speaker
    text = ("La brocante de Vérissac a rouvert dimanche sous un grand soleil.\n"
            "Le directeur du marché a longuement remercié Anselme Tourneval pour son aide : « Il "
            "faudra 4 700 promeneurs sur la journée. »\n")
    assert figure_speakers(doc_of(text)) == {4700: None}
