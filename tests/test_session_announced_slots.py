"""Timed paragraphs after a programme lead-in, and a timed session word whose title is the line
below it, on made-up text (names, places and events invented)."""

from __future__ import annotations

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme import programme_rows
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_announced_slots import announced_timed_slots


def doc_of(tmp_path: Path, text: str, name: str = "article.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=path.name, path=path))


def slots(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(kind, title) for title, _, _, kind in announced_timed_slots(_Reader(doc_of(tmp_path, text)))]


ARTICLE = ("Le département de Valbois réunit ses maires jeudi à Kerval pour sa convention annuelle.\n\n"
           "Le programme des tables rondes :\n\n"
           "10 h 30 : « Habiter Valbois demain » en présence de Paul Durand, maire de Valbrune, et "
           "Anne Morel, architecte\n\n"
           "11 h 15 : « Le vélo au village, une utopie ?\n")


def test_timed_paragraphs_after_a_programme_lead_in(tmp_path):
    assert slots(tmp_path, ARTICLE) == [("round_table", "« Habiter Valbois demain »"),
                                        ("round_table", "« Le vélo au village, une utopie ?")]


def test_without_the_lead_in_or_with_one_timed_line_there_is_no_run(tmp_path):
    assert slots(tmp_path, ARTICLE.replace("Le programme des tables rondes :", "Les maires sont attendus.")) == []
    one = ARTICLE.split("11 h 15")[0] + "Un repas suivra.\n"
    assert slots(tmp_path, one) == []
    # a lead-in naming no session ("Le programme des réjouissances :") is none either
    assert slots(tmp_path, ARTICLE.replace("tables rondes", "réjouissances")) == []


def test_a_timed_session_word_takes_the_title_below(tmp_path):
    text = ("# Journées de Valbois\n\n"
            "9h00-9h30 : accueil-café\n"
            "9h30 : ouverture par Paul Durand\n"
            "09h45-11h15 : Table-ronde\n"
            "Vivre, travailler, habiter : la commune de demain\n"
            "Un long paragraphe qui présente les échanges de la matinée entre élus et habitants.\n"
            "11h30-12h30 : Atelier : les jardins partagés de Kerval\n")
    doc = doc_of(tmp_path, text, "programme.md")
    rows = programme_rows([doc], [{"event_id": "ev", "source_id": doc.source_id, "name": "Journées de Valbois"}])
    titles = [s["title"] for s in rows["sessions"]]
    assert any("Vivre, travailler, habiter : la commune de demain" in t for t in titles), titles
