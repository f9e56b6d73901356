"""The agenda items of a general assembly's minutes, each a heading line over its own prose, as
sessions (session_assembly_items.py), on made-up text (names and places invented)."""

from __future__ import annotations

from .support import session_titles, written_doc

MINUTES = ("Compte rendu de l'assemblée générale du club de randonnée de Valbrune\n\n"
           "Une trentaine d'adhérents étaient réunis dans la salle des fêtes de Trévanne ce samedi matin.\n\n"
           "1. Rapport d'activité de la saison écoulée\n\n"
           "La secrétaire retrace les sorties de l'année, les nouveaux sentiers balisés et l'accueil des "
           "familles. Le rapport est adopté à l'unanimité des présents.\n\n"
           "2. Rapport financier\n\n"
           "Le trésorier présente les comptes de la saison, en léger excédent grâce aux cotisations et "
           "à la subvention communale. Les comptes sont approuvés sans opposition.\n")


def test_numbered_agenda_items_of_a_general_assembly_are_sessions(tmp_path):
    titles = session_titles(written_doc(tmp_path, "ag.txt", MINUTES))
    assert "Rapport d'activité de la saison écoulée" in titles
    assert "Rapport financier" in titles


def test_the_same_items_outside_a_general_assembly_are_no_sessions(tmp_path):
    text = MINUTES.replace("l'assemblée générale", "la réunion de bureau")
    titles = session_titles(written_doc(tmp_path, "bureau.txt", text))
    assert "Rapport financier" not in titles
    assert "Rapport d'activité de la saison écoulée" not in titles
