"""A name set after a preposition ("reçue par un conseiller de Paul Martin", "avec X") is a
complement, not the subject of the verb of speech that follows it: the figure goes to the subject
the appositions and the relative clause belong to; a name after "par" that a relative pronoun
makes the subject of its own clause ("représenté par X qui a rappelé") still speaks. Made-up texts."""

from .support import cast, said

PEOPLE = cast(("Anne Durand", "présidente"), ("Paul Martin", "ministre"))


def test_the_subject_of_the_verb_is_not_the_name_inside_its_relative_clause():
    text = ("Congrès des maires 2031\n\nAnne Durand, présidente des maires ruraux, qui sera bientôt reçue par un "
            "conseiller de Paul Martin, rappelle le chiffre qui dit tout : les petites communes reçoivent 60 euros "
            "par habitant.\n")
    assert said(text, PEOPLE) == [(60, "durand")]


def test_a_name_after_par_that_opens_a_relative_clause_speaks():
    text = ("Congrès des maires 2031\n\nL'État était représenté par Paul Martin qui a rappelé les 12 missions "
            "menées depuis longtemps.\n")
    assert said(text, PEOPLE) == [(12, "martin")]


def test_a_complement_before_a_verb_of_speech_is_no_speaker_of_the_text():
    from pipelines.extract.people_in_prose import quoted_people

    def names(text: str) -> list[str]:
        return [item.people[0].full for item in quoted_people(text)]

    assert "Paul Martin" not in names("Anne Durand, présidente des maires ruraux, qui sera bientôt reçue par un "
                                      "conseiller de Paul Martin, rappelle le chiffre qui dit tout.\n")
    assert names("L'État était représenté par Paul Martin qui a rappelé les missions.\n") == ["Paul Martin"]
