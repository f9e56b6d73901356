"""A web page's button or link text ("S'inscrire à l'événement", "En savoir plus sur ...") read
as a programme line is no session (invented page)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import Document, read_document
from pipelines.document.manifest import SourceEntry

from .support import session_titles as titles


def read(tmp_path: Path, text: str, name: str = "page.md") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


PAGE = ("**Le service bocage est heureux de vous convier au deuxième Café des haies, le 4 juin à Valbrune.**\n\n"
        "Nous vous proposons à cet effet une **table ronde** pour faire le bilan des haies replantées.\n\n"
        "<p align=\"center\"><a href=\"https://example.org/billets\" class=\"button\">{button}</a></p>\n\n"
        "[En savoir plus sur le service bocage](https://example.org/bocage)\n\n"
        "## Intervenants\n\n"
        "* **Léa FONTENAY**, cheffe du service bocage\n"
        "* **Paul DUMAREST**, maire de Valbrune\n\n"
        "## Déroulé\n\n"
        "* Temps 1 – Mot d'accueil [5 minutes] par Léa Fontenay, cheffe du service bocage\n"
        "* Temps 2 – Table ronde [40 minutes] : replanter les haies, avec quels moyens ?\n"
        "* Temps 3 – Questions et échanges avec le public [20 minutes]\n")


def test_a_button_text_is_no_session(tmp_path):
    found = titles(read(tmp_path, PAGE.format(button="S'inscrire à l'événement")))
    assert any("Table ronde" in t for t in found)
    assert not any(t.startswith(("S'inscrire", "En savoir plus")) for t in found)


def test_a_title_opening_with_the_same_verb_otherwise_is_kept():
    from pipelines.extract.programme import _call_to_action
    assert _call_to_action("S'inscrire à l'événement")
    assert _call_to_action("En savoir plus sur la mission bocage")
    assert not _call_to_action("S'inscrire dans la transition : quelles haies pour demain ?")


REPORT = ("Une délégation du réseau était présente aux rencontres des vergers de Valbrune, du lundi 3 au mercredi 5 juin.\n"
          "Plus de 300 personnes se sont réunies pendant trois jours pour faire le point sur les vergers.\n"
          "Plusieurs membres du réseau ont proposé des ateliers :\n"
          "👉 Léa Fontenay a présenté le guide des haies champêtres.\n"
          "👉 Paul Dumarest intervenait dans l’atelier Greffer ensemble sous forme de démonstration.\n"
          "👉 Anne Roussel participait à l’atelier Planter des haies en ville\n")


def test_a_line_telling_what_a_person_did_is_no_session(tmp_path):
    found = titles(read(tmp_path, REPORT, "retour.txt"))
    assert not any("a présenté" in t for t in found)


def test_person_did_needs_a_name_and_a_past_verb():
    from pipelines.extract.programme import _person_did
    assert _person_did("👉 Léa Fontenay a présenté le guide des haies")
    assert not _person_did("Le Réseau a choisi la coopération")
    assert not _person_did("Atelier : les haies ont-elles un avenir ?")


# ---------------------------------------------------------------- the choices a meeting weighs
MINUTES = ("# Atelier de travail : le zonage des quais\n\n"
           "Une table ronde a réuni les services de Valbrune et de Kerval.\n\n"
           "Trois options sont proposées pour cartographier les émissions des quais :\n\n"
           "*   **Option 1 :** Quais seuls, sans les rues voisines\n"
           "*   **Option 2 :** Quais et rues voisines en un seul tracé\n"
           "*   **Option 3 :** Tracé des rues voisines ajouté aux quais\n\n"
           "Louis Caron : l'option 1 est la plus simple à tenir à jour.\n")


def test_the_options_a_meeting_weighs_are_no_sessions(tmp_path):
    assert not any(t.startswith("Option") for t in titles(read(tmp_path, MINUTES)))


def test_a_session_whose_title_merely_holds_the_word_option_stays():
    from pipelines.extract.session_choices import is_choice
    assert is_choice("Option 2 : Quais et rues voisines") and is_choice("Scénario B - le réseau entier")
    assert not is_choice("Options pour le bocage de demain") and not is_choice("Atelier 1 : les options du PLU")
