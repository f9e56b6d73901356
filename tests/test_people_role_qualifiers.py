"""A role word followed by an adjective of its field or standing, then the name ("animé par la
journaliste littéraire Prénom Nom"): the adjective (programme.yaml ``role_qualifiers``) is skipped
between the role and the name, so the host phrase before the role still names the speaker. An
adjective outside the list (a place of origin: "la journaliste valbrunoise") is no such qualifier.
Made-up text."""

from __future__ import annotations


def _speakers_of(text: str) -> set[str]:
    from pipelines.extract.documents import extract_document
    from tests.support import doc_of
    return {s["full_name"] for s in extract_document(doc_of(text))["speakers"]}


def test_a_qualified_role_before_the_name_keeps_the_host_cue():
    text = ("Rencontres du livre de Trévanne\n\n"
            "Les tables rondes seront animées par la journaliste littéraire Ondine Vasseral, "
            "avec les auteurs invités de la saison.")
    assert "Ondine Vasseral" in _speakers_of(text)


def test_an_adjective_outside_the_list_does_not_join_the_role():
    text = ("Rencontres du livre de Trévanne\n\n"
            "Les tables rondes seront animées par la journaliste valbrunoise Ondine Vasseral, "
            "avec les auteurs invités de la saison.")
    assert "Ondine Vasseral" not in _speakers_of(text)
