"""A programme run into one paragraph with its times inline ("PROGRAMME 9h00 : Accueil 10h00 : La
haie ... Échanges avec : ... 11h30 : ..."), as a web page's text export gives it; made-up text."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

PAGE = ("Forum des jardins partagés de Valbrune\n\n"
        "Forum des jardins partagés de Valbrune, le samedi 26 mars 2022 à 09:00\n\n"
        "**Jardiniers ? Le 26 mars 2022 de 9h à 17h à la Maison des associations, venez échanger !** "
        "**{head}** **9h00 :** Accueil café **10h00 :** La haie au jardin : pour quoi faire ? **Echanges avec :** "
        "* **Lucie Marchetti**, présidente des Jardins de Valbrune * **Hugo Delacroix**, paysagiste "
        "**11h30 :** Scène ouverte – Jardins, parlez-nous de ce que vous faites ! **12h30 :** Déjeuner partagé "
        "**14h :** Le compost collectif, un outil pour le quartier / Échanges\n")


def titles(head: str) -> list[str]:
    rows = extract_document(doc_of(PAGE.format(head=head), title="Forum des jardins partagés de Valbrune"))
    return [s["title"] for s in rows["sessions"]]


def test_times_run_into_a_paragraph_under_a_programme_heading_are_its_sessions():
    assert titles("PROGRAMME") == ["La haie au jardin : pour quoi faire ?",
                                   "Scène ouverte – Jardins, parlez-nous de ce que vous faites !",
                                   "Le compost collectif, un outil pour le quartier / Échanges"]


def test_times_without_a_programme_heading_are_no_agenda():
    assert titles("INFOS PRATIQUES") == []
