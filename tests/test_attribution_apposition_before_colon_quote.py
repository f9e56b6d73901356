"""Who said a cited figure quoted after a colon when the press sets a lower-case apposition after
the speaker's name and runs it into a verb that is no verb of speech, with no second comma
("Prénom Nom, une des animatrices du club rayonne : « ... »"): the person is found as a speaker, so
the figure inside the quotation is credited to them. A second comma in the clause (a looser
clause) is no longer read this way. Sentences written for these tests."""

from __future__ import annotations

from .support import doc_of, figure_speakers


def test_lower_case_apposition_then_colon_quotation_names_the_speaker():
    text = ("La ferme pédagogique de Trévanne ouvrait ses portes samedi.\n"
            "Odile Brassac, une des animatrices du lieu rayonne : « D'habitude nous accueillons "
            "environ 340 enfants chaque printemps. »\n")
    assert figure_speakers(doc_of(text)) == {340: "Odile Brassac"}


def test_two_commas_before_the_colon_give_no_speaker():
    # a second comma in the clause: the name is no longer read as the subject of the quotation
    text = ("La ferme pédagogique de Trévanne ouvrait ses portes samedi.\n"
            "Odile Brassac, une des animatrices du lieu, rayonne devant les visiteurs, heureuse : "
            "« D'habitude nous accueillons environ 340 enfants chaque printemps. »\n")
    assert figure_speakers(doc_of(text)) == {340: None}
