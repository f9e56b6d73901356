"""An agenda slide: a programme heading at the top of a PDF page, then short lines without
bullets (a deck's bullets are often drawn, not typed) to the page's end, each maybe over a typed
sub-list of its details; its lines are the programme's sessions. The deck of one talk, its
presenter on the title slide, gives the talk's outline instead. Invented decks only."""

import dataclasses

from pipelines.extract.documents import extract_document
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_plain_lists import _listed_sessions

from .support import deck_doc, with_text_blocks


def _titles(pages: list[str]) -> list[str]:
    return [title for title, _, _ in _listed_sessions(_Reader(deck_doc(pages)))]


_TITLE = "Réseau Valbrune Données\n\nAtelier « partage »\nJeudi 12 mars 2031"


def test_the_short_lines_under_an_agenda_heading_are_sessions():
    assert _titles([_TITLE, "Le programme de la matinée\n\nLes avancées du réseau\n\nComment partager les données ?\n\n"
                    "Ateliers sur les usages du plan", "1. Les avancées\n\nLe réseau compte 40 membres."]) == [
        "Les avancées du réseau", "Comment partager les données ?", "Ateliers sur les usages du plan"]


def test_an_item_may_head_its_details_as_a_typed_sub_list():
    # (a line of six words at most over bullets groups them: programme_lists' group label, whose
    # bullets are the sessions; a longer first line is an item of its own)
    assert _titles([_TITLE, "Le programme de la matinée\n\nLes données du plan, un bien commun partagé\n\n- Synthèse des entretiens\n"
                    "- Les usages majeurs\n\nTémoignages des membres\n\n- Ville de Valbrune - Jeanne Martin\n\n"
                    "Ateliers sur les usages", "Suite"]) == [
        "Les données du plan, un bien commun partagé", "Témoignages des membres", "Ateliers sur les usages"]


def test_a_sentence_on_the_slide_or_a_talks_deck_gives_no_sessions():
    # a sentence ending with a full stop is a slide of prose, not an agenda
    assert _titles([_TITLE, "Le programme de la matinée\n\nLes avancées du réseau\n\n"
                    "Le réseau a été créé pour partager les données des communes.", "Suite"]) == []
    # the deck of one talk: its presenter on the title slide, its "programme" is the talk's outline
    talk = "Journée technique Valbrune\n\nLES APPORTS DU PORTAIL\n\nJeanne Martin\n\nJeudi 19 novembre 2031"
    assert _titles([talk, "Notre programme\n\nOrigines du portail\n\nLes perspectives", "Suite"]) == []


def test_the_event_read_as_a_session_does_not_hide_the_agenda():
    # the title slide's "Atelier « partage »" is the event itself: the programme pass drops it and
    # reads the agenda slide, rather than stopping at it
    pages = ["reseau-valbrune.fr\n\nAnimation du réseau\n\nAtelier « partage »\nJeudi 12 mars 2031",
             "Le programme de la matinée\n\nLes avancées du réseau\n\nComment partager les données ?\n\n"
             "Ateliers sur les usages du plan",
             "1. Les avancées\n\nLe réseau compte 40 membres et publie ses données chaque mois."]
    doc = dataclasses.replace(with_text_blocks(deck_doc(pages)), title="Atelier « partage »")
    rows = extract_document(doc)
    assert [e["name"] for e in rows["events"]] == ["Atelier « partage »"]
    assert [s["title"] for s in rows["sessions"]] == [
        "Les avancées du réseau", "Comment partager les données ?", "Ateliers sur les usages du plan"]
