"""A circumstance set between a speaker's name and the verb of speech ("X, avec émotion, a
rappelé"): the name is still the speaker's. Made-up texts only."""

from pipelines.extract.people_in_prose import quoted_people


def test_a_circumstance_between_the_name_and_the_verb_of_speech():
    text = ("Le forum a ouvert ses portes jeudi. Paul Terrier, avec des mots choisis, a rappelé que « nous avons "
            "créé 340 emplois en dix ans ».")
    assert [it.people[0].full for it in quoted_people(text)] == ["Paul Terrier"]
    # a name between the commas is another person, not a circumstance
    other = "Le forum a ouvert ses portes jeudi. Paul Terrier, Lucie Marlin, a rappelé les enjeux."
    assert "Paul Terrier" not in [it.people[0].full for it in quoted_people(other)]
