"""A slide deck whose title slide names its one presenter is that person's talk: the figures of
its slides are the presenter's (deck_speaker in speeches.py), whether or not the deck names an
event or its talk, unless a sentence names someone else. Invented decks only."""

from __future__ import annotations

from pipelines.extract.documents import extract_document

from .support import deck_doc

SLIDES = ["Le contexte\n\nLa carte couvre 42 communes du syndicat.",
          "Les coûts\n\nUn budget de 80 000 € par an pour la mise à jour.",
          "Merci !"]


def credited(pages: list[str]) -> dict[float, str | None]:
    rows = extract_document(deck_doc(pages))
    names = {s["speaker_id"]: s["full_name"] for s in rows["speakers"]}
    return {f["value"]: names.get(f["speaker_id"]) for f in rows["cited_figures"]}


def test_the_figures_of_a_deck_with_one_presenter_are_the_presenters():
    got = credited(["Tenir la carte des réseaux à jour\n\nLéa Brunel - Service cartographie - Agence Kerval"] + SLIDES)
    assert got == {42: "Léa Brunel", 80000: "Léa Brunel"}


def test_a_presenter_after_a_date_and_a_bullet_separator_is_the_presenter():
    got = credited(["12 mars 2031 • Léa Brunel, cheffe de projet cartographie"] + SLIDES)
    assert got == {42: "Léa Brunel", 80000: "Léa Brunel"}


def test_a_sentence_that_names_another_speaker_keeps_that_speaker():
    slides = list(SLIDES)
    slides[0] = "Le contexte\n\n« La carte couvre 42 communes », a rappelé Paul Drouet, président du syndicat."
    got = credited(["Tenir la carte des réseaux à jour\n\nLéa Brunel - Service cartographie - Agence Kerval"] + slides)
    assert got[80000] == "Léa Brunel" and got[42] != "Léa Brunel"


def test_a_deck_whose_title_slide_names_no_presenter_credits_no_one():
    got = credited(["Tenir la carte des réseaux à jour\n\nService cartographie\n\nMars 2031"] + SLIDES)
    assert got == {42: None, 80000: None}
