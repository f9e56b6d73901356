"""The future of irregular verbs of speech a programme writes of a debate or an interview to come
("Prénom Nom débattra de ...", "Prénom Nom s'entretiendra avec ..."). Sentences written for these tests."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people


def _people(text: str) -> list[str]:
    return [p.full for item in quoted_people(text) for p in item.people]


def test_a_debate_or_an_interview_to_come_names_its_speaker():
    assert _people("En soirée, la sénatrice Maëlle Quéré débattra des mobilités rurales.") == ["Maëlle Quéré"]
    assert _people("Au salon de Valbrune, Paul Verdier s'entretiendra avec une romancière.") == ["Paul Verdier"]


def test_a_future_of_no_speech_or_a_past_debate_names_nobody():
    # "s'entretiendra" without "avec" is the upkeep of a thing, not an interview
    assert _people("Au salon de Valbrune, Paul Verdier visitera les stands.") == []
    assert _people("Le jardin de Maëlle Quéré s'entretiendra seul.") == []
