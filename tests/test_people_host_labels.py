"""Moderators named under a host's label, on its line or alone above them, and a person with a
known given name listed under a speaker label with an organisation that opens with no role word,
on made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

SESSION = ("Rencontres de la santé environnementale de Valbois, le 21 juin 2023.\n\n"
           "Les risques chimiques : de la surveillance aux actions locales\n\n"
           "{people}")


def speakers(people: str) -> list[tuple[str, str | None]]:
    rows = extract_document(doc_of(SESSION.format(people=people), title="Rencontres de Valbois"))
    return [(r["full_name"], r.get("organization")) for r in rows["speakers"]]


def test_a_plural_host_label_on_its_line_names_the_moderators():
    assert [n for n, _ in speakers("Modérateurs : Thierry Carlier (Santé publique Valbois) et "
                                   "Catherine Vignal (INRAE)\n")] == ["Thierry Carlier", "Catherine Vignal"]


def test_a_host_label_alone_on_its_line_lists_the_moderators_below_it():
    assert speakers("Modératrices\n\nSolène Garrigue, Observatoire régional de santé\n\n"
                    "Catherine Vignal, INRAE\n") == [
        ("Solène Garrigue", "Observatoire régional de santé"), ("Catherine Vignal", "INRAE")]


def test_under_a_speaker_label_a_known_given_name_and_a_capitalised_phrase_are_a_person_and_body():
    assert speakers("Intervenants\n\nThierry Carlier, Santé publique Valbois\n\nCatherine Vignal, INRAE\n") == [
        ("Thierry Carlier", "Santé publique Valbois"), ("Catherine Vignal", "INRAE")]


def test_an_unknown_first_word_before_the_comma_is_no_person():
    assert speakers("Intervenants\n\nQualité Carlier, Santé publique Valbois\n") == []


def test_under_a_host_label_an_organisation_then_a_person_after_the_comma():
    # round 272: "Organisme, Prénom Nom", the organisation first
    assert speakers("Animation :\n\n- Atelier rural du Valbois, Solène Garrigue\n") == [
        ("Solène Garrigue", "Atelier rural du Valbois")]
    # a role word before the comma makes no organisation of it
    assert speakers("Animation :\n\n- Directrice adjointe, Solène Garrigue\n") == []
