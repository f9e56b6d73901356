"""A welcome or opening address named "allocution(s) d'accueil" heads a session like the other
opening heads (made-up text: names, places and events invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_opening_heads import opening_head_lines


def titles(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "actes.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id="actes", file=path.name, path=path))
    return [title for title, _, _, _ in opening_head_lines(_Reader(doc))]


def test_a_welcome_address_naming_its_speaker(tmp_path):
    text = ("Journée des vergers de Valbois\n\n"
            "Allocution d'accueil par Paul Garnier\n\n"
            "Adjoint au maire de Kerval\n")
    assert titles(tmp_path, text) == ["Allocution d'accueil par Paul Garnier"]


def test_welcome_addresses_then_a_person_and_a_role(tmp_path):
    text = ("Les rencontres de Valbois\n\n"
            "Allocutions d'accueil\n\n"
            "> MARTINE DUVERGER, présidente du syndicat des eaux de Valbois\n\n"
            "Le syndicat a rappelé ses priorités pour les années à venir.\n")
    assert titles(tmp_path, text) == ["Allocutions d'accueil"]
