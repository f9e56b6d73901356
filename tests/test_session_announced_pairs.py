"""Two timed lines right under a programme heading are a timetable of two sessions, on made-up
text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from tests.support import doc_of

DAY = ("La journée de l'agro-écologie de Valbois se tient le samedi 14 octobre 2023 au pavillon des\n"
       "Transitions.\n\n"
       "{heading}\n\n"
       "# LES TABLES RONDES\n\n"
       "> 10h15 Les graines paysannes\n\n"
       "Pourquoi les variétés anciennes ont-elles disparu ?\n\n"
       "Animée par Fabienne Carrelet (bénévole de l'association)\n\n"
       "> 14h {second}\n\n"
       "Animée par Delphine Marteau\n")


def titles(text: str) -> list[str]:
    rows = extract_document(doc_of(text, title="Journée de l'agro-écologie de Valbois"))
    return [r["title"] for r in rows["sessions"]]


def test_two_timed_lines_under_a_programme_heading_are_two_sessions():
    assert titles(DAY.format(heading="Programme", second="Manger local toute l'année")) == [
        "Les graines paysannes", "Manger local toute l'année"]


def test_the_detail_of_the_programme_is_a_programme_heading():
    assert titles(DAY.format(heading="LE DÉTAIL DU PROGRAMME", second="Manger local toute l'année")) == [
        "Les graines paysannes", "Manger local toute l'année"]


def test_two_timed_lines_without_a_programme_heading_are_no_timetable():
    assert titles(DAY.format(heading="Une journée ouverte à tous", second="Manger local toute l'année")) == []


def test_a_break_among_two_timed_lines_makes_no_timetable():
    assert titles(DAY.format(heading="Programme", second="Déjeuner sur place")) == []
