"""The roll call of minutes, the verb of being present put before its count of people at the start of
a sentence: "Étaient présents 42 adhérents", the event's attendance; not the same words inside a
sentence, where the count may be of something else. Invented text."""

from __future__ import annotations

from .support import figures_between

_TITLE = "Assemblée générale des Amis de Trévanne"


def test_a_roll_call_counts_the_attendance():
    sentence = "Étaient présents 42 adhérents de l'amicale, venus des villages du canton."
    assert ("participants", 42) in figures_between(_TITLE, sentence, "Le président ouvre la séance.")


def test_present_inside_a_sentence_is_no_roll_call():
    sentence = "Les bénévoles qui étaient présents 42 minutes avant l'ouverture ont rangé la salle."
    assert ("participants", 42) not in figures_between(_TITLE, sentence, "Le président ouvre la séance.")
