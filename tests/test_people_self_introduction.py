"""A speaker introducing themselves in a talk's or a webinar's transcript ("Bonjour, je suis A, de
la direction de Y", "je m'appelle A"): A speaks. The phrase must open its clause: inside a
sentence ("ce que je suis ...") it names no one. Invented text."""

from pipelines.extract.people_in_prose import quoted_people


def _names(text):
    return {it.people[0].full for it in quoted_people(text)}


def test_speaker_introducing_themselves_in_a_transcript():
    text = ("00:01:12 Bonjour à toutes et à tous.\n"
            "00:01:15 Je suis Maëlle Quintard de la direction des mobilités de Valbrune et je vais animer\n"
            "00:01:19 cette séance avec vous.")
    assert "Maëlle Quintard" in _names(text)


def test_my_name_is_after_a_greeting():
    assert "Loïc Penvern" in _names("Bonsoir, je m'appelle Loïc Penvern et je coordonne le réseau des jardins de Trévanne.")


def test_the_phrase_inside_a_sentence_names_no_one():
    assert "Loïc Penvern" not in _names("Voilà ce que je suis Loïc Penvern allé chercher à la mairie de Trévanne.")
