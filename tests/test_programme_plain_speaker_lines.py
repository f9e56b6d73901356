"""Speakers written on a plain line under a timed talk, the family name in lower case and only an
organisation after the comma ("10h00 : Les haies du bocage" / "Paule Durand, Université de
Kerval"); made-up text (names invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

PROGRAMME = (
    "Programme\n"
    "9h00 : Accueil des participants\n"
    "9h30 : Ouverture de la journée\n"
    "Marc Delorme, Université de Valbrune\n"
    "10h00 : Les rivières urbaines et leurs usages\n"
    "Sophie Arnal, LGEV, UVB\n"
    "10h30 : La gestion des berges en ville\n"
    "Paul Merlin, ONVX\n"
    "11h00 : Discussion\n"
)


def speakers(text: str) -> set[str]:
    rows = extract_document(doc_of(text, title="Journée d'étude : les rivières en ville"))
    return {s["full_name"] for s in rows["speakers"]}


def test_a_plain_line_under_a_timed_talk_names_its_speaker():
    assert {"Marc Delorme", "Sophie Arnal", "Paul Merlin"} <= speakers(PROGRAMME)


def test_the_wrapped_end_of_a_bulleted_line_is_not_a_speaker_line():
    text = ("Conférences et ateliers de la fête\n"
            "Le samedi, cet événement propose :\n"
            "• Conférences grand public, avec Marc Olivier de Valbrune Libre, Lise Caron du Centre Kerval, etc. \n"
            "• Conférences techniques, avec Paul Rouvière de Valbrune Réseaux, Lucie Marin de Kerval Net, \n"
            "Adèle Ferrand de Kerval Libre, Tom Jacq à propos des forges, etc. \n"
            "• Conférences multimédias, avec des présentations autour du dessin, etc.\n")
    found = speakers(text)
    assert "Adèle Ferrand" in found
    assert not any("Kerval Libre" in name for name in found)


def test_one_plain_line_alone_under_a_timed_talk_names_no_one():
    text = PROGRAMME.replace("Sophie Arnal, LGEV, UVB\n", "").replace("Paul Merlin, ONVX\n", "")
    assert "Marc Delorme" not in speakers(text)
