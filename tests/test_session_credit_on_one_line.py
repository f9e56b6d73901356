"""Talks of a web page laid out as a title line, then "par" and the speaker with their role on the
next line ("Les haies du bocage" / "par Paul Durand, écologue, Agence régionale"): each title a
session; a one-word title (a city's turn: "Bâle" / "Par X, directeur ...") is none; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TITLE = "Journée technique nature en ville"
TEXT = ("Cette journée technique a été organisée par Valbrune Métropole le 12 juin 2019.\n"
        "Présentation du réseau des jardins partagés\n"
        "par Marc Dupin, écologue, Agence régionale de la biodiversité\n"
        "Aménager une friche en gardant l'existant : l'exemple du quartier des Tanneurs\n"
        "par Claire Morand, paysagiste\n"
        "La nature dans les écoquartiers, panorama d'actions\n"
        "Par Régis Vernet, CEREMA\n")


def test_a_title_over_its_credited_speaker_is_a_session():
    titles = session_titles(doc_of(TEXT, title=TITLE))
    assert "Présentation du réseau des jardins partagés" in titles
    assert "Aménager une friche en gardant l'existant : l'exemple du quartier des Tanneurs" in titles
    assert "La nature dans les écoquartiers, panorama d'actions" in titles


def test_a_one_word_title_over_a_credit_is_no_session():
    text = TEXT + "Grenoble\nPar Anne Castel, directrice de la mobilité de la ville\n"
    assert "Grenoble" not in session_titles(doc_of(text, title=TITLE))
