"""A press article's reporter meeting or asking the person named right after ("Notre journal a
rencontré A, ...", "Nous avons posé la question à A"): A answers, a speaker. Invented text."""

from pipelines.extract.people_in_prose import quoted_people


def _names(text):
    return {it.people[0].full for it in quoted_people(text)}


def test_reporter_met_the_person_named_next():
    assert "Hélène Vasseur" in _names("Le journal local a rencontré Hélène Vasseur, pilier de la kermesse depuis dix ans.")


def test_question_asked_to_the_person_named_next():
    assert "Gilles Morvan" in _names("Le pari est-il tenu ? Nous avons posé la question à Gilles Morvan, l'organisateur du salon.")


def test_we_interviewed_the_person_named_next():
    assert "Sonia Kergoat" in _names("Pour en savoir plus, nous avons interviewé Sonia Kergoat à la sortie de la salle.")


def test_a_body_after_the_phrase_is_no_speaker():
    assert _names("Nous avons interrogé la Fondation Lambert sur ce point.") == set()


def test_a_name_not_right_after_the_phrase_is_no_speaker():
    assert "Gilles Morvan" not in _names("Le journal a rencontré les bénévoles du club, dont le trésorier Gilles Morvan est absent.")


def test_a_question_asked_of_a_place_is_no_speaker():
    assert _names("Nous avons posé la question à Saint-Brieuc comme ailleurs.") == set()
