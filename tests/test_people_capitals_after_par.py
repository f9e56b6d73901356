"""A name written "Prénom NOM" after "par", "avec" or a session's "de", in a sentence about a
session or speech, is who gives it; on made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

REPORT = "L'Agile Tour de Valbois s'est tenu le 14 novembre 2013 à Valbois.\n\n{text}\n"


def names(text: str) -> list[str]:
    rows = extract_document(doc_of(REPORT.format(text=text), title="Retour sur l'Agile Tour de Valbois"))
    return [r["full_name"] for r in rows["speakers"]]


def test_par_before_a_name_in_capitals_in_a_sentence_about_a_session():
    assert names("Je suis ensuite allé voir la session Scrum ou kanban ? par Alexandre BOUTANT. Très sympa.") \
        == ["Alexandre BOUTANT"]


def test_avec_before_a_name_in_capitals_in_a_sentence_about_a_session():
    assert names("J'ai terminé ma journée avec l'atelier Dessinons ensemble avec Alvin BERTIN.") == ["Alvin BERTIN"]


def test_the_talks_of_a_name_in_capitals():
    assert names("Les deux conférences de Frédéric BOUCHARD ont été très suivies.") == ["Frédéric BOUCHARD"]


def test_de_after_another_noun_is_no_cue():
    assert names("Il a confirmé les priorités de la Région suite à l'élection de Marie DURANTON.") == []


def test_par_outside_a_sentence_about_a_session_is_no_cue():
    assert names("Le café était offert par Marie DURANTON.") == []
