"""The presenters a slide deck names on its title slide (people_title_slide.py): speakers of the
deck even when it belongs to no event; never a name of a later slide, nor a title page that is no
title slide. Invented decks only."""

from __future__ import annotations

from pipelines.document import Document
from pipelines.extract.people_title_slide import title_slide_presenters
from pipelines.extract.documents import extract_document
from pipelines.extract.programme import programme_rows

from .support import deck_doc


def names(doc: Document, events: list[dict] | None = None) -> list[str]:
    return [s["full_name"] for s in programme_rows([doc], events or [])["speakers"]]


BODY = ["Le contexte\n\nUne carte des réseaux tenue à jour par la commune.", "Les coûts\n\nUn budget voté chaque année.",
        "Merci !"]


def test_a_name_with_its_service_and_body_on_the_title_slide_is_a_speaker_without_an_event():
    doc = deck_doc(["Tenir la carte des réseaux à jour\n\nLes coûts\n\nLéa Brunel - Service cartographie - Agence Kerval"] + BODY)
    assert [p.people[0].full for p in title_slide_presenters(doc)] == ["Léa Brunel"]
    assert names(doc) == ["Léa Brunel"]


def test_names_alone_in_capitals_one_per_line_before_a_date_are_the_presenters():
    doc = deck_doc(["LA CARTE DES RÉSEAUX PARTAGÉE ENTRE LES COMMUNES\n\nCAMILLE ROCHE\nPAUL DROUET\n\n12 MARS 2031"] + BODY)
    assert sorted(n.upper() for n in names(doc)) == ["CAMILLE ROCHE", "PAUL DROUET"]


def test_a_name_with_its_role_after_a_comma_is_a_presenter():
    doc = deck_doc(["Le plan vélo de Valbrune\n\nSophie MARTEAU, cheffe de projet\n\nJeudi 3 avril 2031"] + BODY)
    assert [p.people[0].full for p in title_slide_presenters(doc)] == ["Sophie MARTEAU"]


def test_a_name_cited_in_a_later_slide_is_no_presenter():
    doc = deck_doc(["Le plan vélo de Valbrune\n\nAvril 2031",
                "Le bilan\n\nLéa Brunel - Service cartographie - Agence Kerval a relu la carte.", "Merci !", "Fin"])
    assert title_slide_presenters(doc) == []


def test_a_name_alone_in_mixed_case_or_capitals_without_a_given_name_is_no_presenter():
    mixed = deck_doc(["Le plan vélo de Valbrune\n\nLéa Brunel\n\nAvril 2031"] + BODY)
    caps = deck_doc(["LE PLAN VÉLO\n\nGRAND PORT MARITIME\n\nAVRIL 2031"] + BODY)
    assert title_slide_presenters(mixed) == [] and title_slide_presenters(caps) == []


def test_no_presenter_on_a_short_document_a_bulleted_cover_or_a_list_of_many_people():
    short = deck_doc(["Le plan vélo\n\nLéa Brunel - Agence Kerval", "Merci !"])
    bulleted = deck_doc(["Le plan vélo\n\n• Léa Brunel - Agence Kerval\n\n• Le contexte"] + BODY)
    crowd = deck_doc(["Comité\n\nCAMILLE ROCHE\nPAUL DROUET\nSOPHIE MARTEAU\nLUC BERNARD\nANNE LEROY"] + BODY)
    assert title_slide_presenters(short) == title_slide_presenters(bulleted) == title_slide_presenters(crowd) == []


def test_a_long_first_page_is_no_title_slide():
    doc = deck_doc(["Le plan vélo\n\nIntroduction\n\nLéa Brunel - Agence Kerval\n\nUn\n\nDeux\n\nTrois\n\nQuatre"] + BODY)
    assert title_slide_presenters(doc) == []


def test_names_side_by_side_with_a_wide_gap_are_the_presenters():
    doc = deck_doc(["Les données du plan vélo\n\nLéa Brunel  Paul Drouet\n\nMercredi 3 avril 2031"] + BODY)
    assert names(doc) == ["Léa Brunel", "Paul Drouet"]


def test_names_without_a_wide_gap_or_words_that_are_no_given_names_are_no_presenters():
    glued = deck_doc(["Les données du plan vélo\n\nLéa Brunel Paul Drouet\n\nMercredi 3 avril 2031"] + BODY)
    places = deck_doc(["Les données du plan vélo\n\nGrand Port  Agence Kerval\n\nMercredi 3 avril 2031"] + BODY)
    assert title_slide_presenters(glued) == title_slide_presenters(places) == []


def test_the_figures_of_a_deck_two_people_present_are_no_ones():
    doc = deck_doc(["Les données du plan vélo\n\nLéa Brunel  Paul Drouet\n\nMercredi 3 avril 2031",
                    "Le réseau\n\nLa carte couvre 42 communes.", "Merci !"])
    rows = extract_document(doc)
    assert [(f["value"], f["speaker_id"]) for f in rows["cited_figures"]] == [(42, None)]
