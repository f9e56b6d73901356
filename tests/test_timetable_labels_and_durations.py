"""Programme sessions as the genre writes them, one rule per test, on made-up texts (names, places
and titles invented): a timetable's label over its title, and a programme timed by durations."""

from __future__ import annotations

from pipelines.extract.programme_timetable import slot_of

from .support import session_titles as sessions, written_doc as read


# ------------------------------------------------------------------ programme sessions
def test_a_timed_label_takes_the_title_on_the_line_below(tmp_path):
    doc = read(tmp_path, "prog.txt", "Programme\n\n"
               "• 9h30 table ronde 1 (salle des fêtes)\nLes haies dans le paysage :\n"
               "– Jeanne Morel, paysagiste.\n"
               "• 11h table ronde 2 (salon bleu)\nLa forêt de demain\n"
               "– Paul Girard, forestier.\n"
               "• 12h30 déjeuner\n")
    assert sessions(doc)[:2] == ["table ronde 1 Les haies dans le paysage", "table ronde 2 La forêt de demain"]


def test_a_timed_label_over_a_speaker_keeps_its_own_words(tmp_path):
    doc = read(tmp_path, "prog.txt", "Programme\n\n"
               "• 9h30 table ronde 1 (salle des fêtes)\n– Jeanne Morel, paysagiste.\n"
               "• 11h table ronde 2 (salon bleu)\n– Paul Girard, forestier.\n"
               "• 12h30 déjeuner\n")
    assert all("Morel" not in t and "Girard" not in t for t in sessions(doc))


def test_a_slot_timed_by_its_length():
    assert slot_of("10 mn Introduction par la directrice") == (6, "Introduction par la directrice", [])
    assert slot_of("3x10min Témoignages des communes")[1] == "Témoignages des communes"
    assert slot_of("à 10 mn de la gare à pied") is None


def test_a_programme_timed_by_durations(tmp_path):
    doc = read(tmp_path, "prog.txt", "Programme détaillé\n\n"
               "  • 10mn Introduction par la directrice du parc\n"
               "  • 20mn Présentation de l'étude sur les mares\n"
               "  • 10mn Questions\n"
               "  • 1h Discussion générale\n")
    assert sessions(doc)[:2] == ["Introduction par la directrice du parc", "Présentation de l'étude sur les mares"]


def test_one_length_in_a_list_of_practical_details_is_no_programme(tmp_path):
    doc = read(tmp_path, "infos.txt", "Infos pratiques\n\n"
               "  • Parking gratuit devant la salle\n"
               "  • 10mn à pied depuis la gare\n"
               "  • Entrée libre sur inscription\n")
    assert sessions(doc) == []
