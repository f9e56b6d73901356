"""A report's subhead whose paragraph calls what it tells a session ("Cette table ronde ..."), on
made-up text (names and places invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_self_named import self_named_subheads

REPORT = ("La journée des communes de Valbois a réuni 200 élus à Kerval.\n\n"
          "Regards croisés sur la forêt\n"
          "Paul Durand, forestier, et Anne Morel, maire de Valbrune, ont ouvert plusieurs pistes, parfois avec "
          "des visions opposées selon leur expérience du terrain. Cette table ronde a été suivie de nombreuses "
          "questions de la salle sur l'entretien des chemins.\n\n"
          "Un déjeuner convivial\n"
          "Les participants se sont ensuite retrouvés autour d'un buffet préparé par les producteurs du canton, "
          "dans la cour de la mairie, avant de reprendre les échanges de l'après-midi sous le soleil.\n")


def named(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "retour.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id=path.stem, file=path.name, path=path))
    return [(kind, title) for title, _, _, kind in self_named_subheads(_Reader(doc))]


def test_a_subhead_its_paragraph_calls_a_session(tmp_path):
    assert named(tmp_path, REPORT) == [("round_table", "Regards croisés sur la forêt")]


def test_without_the_demonstrative_it_is_no_session(tmp_path):
    assert named(tmp_path, REPORT.replace("Cette table ronde", "La discussion")) == []
    # the session word far down the paragraph (third sentence) does not name it
    later = REPORT.replace("Cette table ronde a été suivie", "Le public a applaudi. Il a posé des questions. "
                                                            "Cette table ronde a été suivie")
    assert named(tmp_path, later) == []


def test_a_demonstrative_pointing_back_or_a_programme_heading_is_none(tmp_path):
    back = REPORT.replace("ont ouvert plusieurs pistes", "ont ouvert un débat sur les chemins")\
        .replace("Cette table ronde a été suivie", "Ce débat a été suivi")
    assert named(tmp_path, back) == []
    assert named(tmp_path, REPORT.replace("Regards croisés sur la forêt", "Les temps forts")) == []


def test_a_subhead_whose_paragraph_narrates_the_next_part_of_the_day(tmp_path):
    text = ("La journée des communes de Valbois a réuni 200 élus à Kerval.\n\n"
            "Bilan des chantiers participatifs\n"
            "La matinée s'est poursuivie par une visite des chantiers menés dans les villages du canton, "
            "présentés par les équipes techniques de trois communes et discutés avec la salle.\n\n"
            "Retour au village\n"
            "Les participants ont ensuite rejoint le parking, où les cars attendaient pour les ramener dans leurs "
            "communes respectives, avant la tombée de la nuit sur les routes du canton.\n")
    assert named(tmp_path, text) == [("other", "Bilan des chantiers participatifs")]


def test_a_sequence_phrase_deep_in_the_paragraph_names_no_subhead(tmp_path):
    text = ("La journée des communes de Valbois a réuni 200 élus à Kerval.\n\n"
            "Un déjeuner convivial\n"
            "Les participants venus de tout le canton et des communes voisines se sont retrouvés autour d'un buffet, "
            "puis la journée s'est poursuivie par une longue promenade dans la cour de la mairie.\n")
    assert named(tmp_path, text) == []
