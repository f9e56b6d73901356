"""Who said a cited figure when the reporter credits it by an inverted pronoun after the quotation
(whatever its verb, or a verb cut short where an excerpt ends), by a narrative infinitive opening
the sentence ("Et de préciser que ..."), or by a pronoun or a noun standing for a person named with
a role in the sentence before. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people

from .support import cast, said

ONE = cast(("Claire Dumas", "maire de Valbois"))
TWO = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))


# --------------------------------------------------------------------------- an inverted pronoun after a quotation
def test_an_inverted_pronoun_after_a_quotation_credits_the_subject_before_whatever_its_verb():
    intro = "Le gymnase a rouvert.\n\nMarc Lenoir, préfet, a visité le chantier avec Claire Dumas à ses côtés. "
    for incise in ("a-t-il griffonné", "sourit-il", "ronchonne-t-il"):
        text = intro + f"« Le chantier du gymnase et de ses vestiaires a duré 14 mois en tout », {incise}.\n"
        assert (14, "lenoir") in said(text, TWO), incise


def test_an_excerpt_cut_inside_the_participle_of_the_incise_still_credits_the_subject():
    text = ("Le gymnase a rouvert.\n\nMarc Lenoir, préfet, a visité le chantier. "
            "« Le chantier du gymnase et de ses vestiaires a duré 14 mois en tout », a-t-il pré")
    assert (14, "lenoir") in said(text, TWO)


def test_an_inverted_pronoun_away_from_a_quotation_credits_no_one():
    # a hedge or a question, not an incise
    hedge = ("Le gymnase a rouvert.\n\nMarc Lenoir, préfet, a visité le chantier. "
             "Le chantier a duré, semble-t-il, 14 mois.\n")
    assert (14, None) in said(hedge, TWO)
    question = ("Le gymnase a rouvert.\n\nMarc Lenoir, préfet, a visité le chantier. "
                "Combien de mois a-t-il fallu ? Le chantier a duré 14 mois.\n")
    assert (14, None) in said(question, TWO)


# --------------------------------------------------------------------------- a narrative infinitive
def test_a_sentence_opening_with_a_narrative_infinitive_of_speech_is_the_subject_befores():
    text = ("Le forum a ouvert ses portes.\n\nClaire Dumas, maire de Valbois, a accueilli les exposants. "
            "« Le forum grandit chaque année », dit-elle. Et de montrer que la ville compte 45 entreprises nouvelles.\n")
    assert (45, "dumas") in said(text, TWO)
    text = ("Le forum a ouvert ses portes.\n\nClaire Dumas, maire de Valbois, a accueilli les exposants. "
            "Et d'ajouter que 45 entreprises sont venues.\n")
    assert (45, "dumas") in said(text, TWO)


def test_a_narrative_infinitive_naming_its_own_speaker_or_of_no_speech_credits_none_by_it():
    named = ("Le forum a ouvert ses portes.\n\nClaire Dumas, maire de Valbois, a accueilli les exposants. "
             "Et de construire avec Marc Lenoir 45 logements.\n")
    assert (45, "dumas") not in said(named, TWO)
    other = ("Le forum a ouvert ses portes.\n\nClaire Dumas, maire de Valbois, a accueilli les exposants. "
             "Et de construire 45 logements au bord du canal.\n")
    assert (45, None) in said(other, TWO)


# --------------------------------------------------------------------------- the next sentence speaking
def people(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


def test_a_person_named_by_a_role_who_speaks_in_the_next_sentence_is_a_speaker():
    assert people("La foule a visité les stands sous le regard du maire Paul Terrier, ravi de la journée. "
                  "Après un tour des allées, l'élu explique : « Nous reviendrons l'an prochain. »\n") == ["Paul Terrier"]
    assert people("La foule a visité les stands avec la directrice Nadia Vernet, ravie de la journée. "
                  "Elle précise que le salon reviendra.\n") == ["Nadia Vernet"]


def test_a_person_named_by_a_role_whose_next_sentence_does_not_speak_or_names_another_is_no_speaker():
    assert people("La foule a visité les stands sous le regard du maire Paul Terrier, ravi de la journée. "
                  "Le soleil était de la partie.\n") == []
    assert "Paul Terrier" not in people("La foule a visité les stands sous le regard du maire Paul Terrier, ravi de la "
                                        "journée. Avec Lucie Marlin, elle explique que le salon reviendra.\n")
    # a role word after "du" without speech anywhere near: named, not speaking
    assert people("La salle porte le nom du maire Paul Terrier depuis dix ans.\n") == []


def test_the_pronoun_of_the_next_sentence_may_take_an_object_pronoun_before_its_verb():
    assert people("La foule a visité les stands avec la directrice Nadia Vernet, ravie de la journée. "
                  "Elle les détaille dans sa lettre aux exposants.\n") == ["Nadia Vernet"]
    assert people("La foule a visité les stands avec la directrice Nadia Vernet, ravie de la journée. "
                  "Elle l'a rappelé devant les bénévoles.\n") == ["Nadia Vernet"]
    # an object pronoun before a verb that says nothing is no speech
    assert people("La foule a visité les stands avec la directrice Nadia Vernet, ravie de la journée. "
                  "Elle les range dans sa voiture.\n") == []


def test_a_mayor_named_in_one_sentence_and_speaking_by_a_noun_in_the_next_gets_the_quotation():
    text = ("Le salon a ouvert.\n\nLes visiteurs sont venus sous les yeux de la maire Claire Dumas, fière du travail accompli. "
            "Après un tour des stands, la première magistrate explique : « Nous avons accueilli 45 exposants. »\n")
    assert (45, "dumas") in said(text, ONE)


# --------------------------------------------------------------------------- a that-clause going on into a quotation
def test_a_quotation_opened_a_few_words_into_a_that_clause_is_the_subjects():
    text = ("Le festival a fermé ses portes.\n\nMarc Lenoir, préfet, a salué les bénévoles. "
            "Claire Dumas a expliqué qu'après trois années en déficit \"on se pose des questions. "
            "Cette année, la programmation comptait seize artistes. Une tête d'affiche coûte 90 000 €, "
            "c'est notre budget !\"\n")
    assert (16, "dumas") in said(text, TWO)
    assert (90000, "dumas") in said(text, TWO)
    # a sentence between the clause and the quotation: the quotation is no part of it
    apart = text.replace("en déficit \"on", "en déficit. La salle est pleine. \"on")
    assert (16, "dumas") not in said(apart, TWO)


def test_the_figures_a_speaker_gives_after_a_colon_are_theirs():
    text = ("Le festival a fermé ses portes.\n\nMarc Lenoir, préfet, a salué les bénévoles. "
            "Claire Dumas a donné quelques chiffres : neuf jours de montage, 150 bénévoles et 3 000 festivaliers.\n")
    assert (150, "dumas") in said(text, TWO)


# --------------------------------------------------------------------------- reported speech going on
def test_a_sentence_opening_with_a_connective_goes_on_with_the_speaker_reported_before():
    text = ("Le conseil municipal a débattu du budget.\n\n"
            "Claire Dumas a noté une augmentation de la dette. Toutefois, la dette par habitant (1142 euros) "
            "reste sous la moyenne.\n")
    assert (1142, "dumas") in said(text, TWO)
    # no connective: a sentence of the reporter's own
    plain = text.replace("Toutefois, la dette", "La dette")
    assert (1142, None) in said(plain, TWO)
    # the sentence before reports no one's words
    unsaid = text.replace("Claire Dumas a noté une", "Le document montre une")
    assert (1142, None) in said(unsaid, TWO)
