"""A timetable whose timed lines name who speaks and announce the talk with a colon, its title on
the line below ("9h15 : Dr Prénom NOM, rôle :" / "Titre de l'exposé"): the title is the session's;
made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TEXT = """Journée régionale de la santé des aînés

PROGRAMME
8h30 : Accueil des participants
9h00 : Dr Léonie GARNIER Directrice de la santé publique à l'Agence
régionale de Valbrune :
Prévenir les chutes à domicile
9h30 : Paul MAREUIL, Observatoire régional de la santé :
Ce que disent les chiffres du vieillissement
10h00 : Dr Iris KERBRAT cheffe de service au centre hospitalier de Kerval :
Le parcours de soins après une hospitalisation
10h30 : Pause
"""


def test_the_line_under_a_speaker_and_colon_titles_the_slot():
    titles = " | ".join(session_titles(doc_of(TEXT, title="Journée régionale de la santé des aînés")))
    assert "Prévenir les chutes à domicile" in titles
    assert "Ce que disent les chiffres du vieillissement" in titles
    assert "Le parcours de soins après une hospitalisation" in titles


def test_a_slot_that_names_a_theme_before_its_colon_takes_no_line_below():
    text = TEXT.replace("9h30 : Paul MAREUIL, Observatoire régional de la santé :",
                        "9h30 : Les chiffres clés :")
    titles = session_titles(doc_of(text, title="Journée régionale de la santé des aînés"))
    assert not any("Ce que disent" in t and "chiffres clés" in t for t in titles)
