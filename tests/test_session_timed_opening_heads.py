"""An opening head after the time of its slot, in a programme too short to make a timetable
("9h : mot d'accueil" / "Prénom Nom, maire de X"; "9h30 Discours d'ouverture de Mme Prénom NOM,
présidente de X"), is a session of who gives it; without anyone named it is none. Made-up texts."""

from __future__ import annotations

from .support import written_column


PROGRAMME = ("Rencontres de Valbrune 2032\n\nLes rencontres « Sols vivants » se tiennent le 12 mars 2032 à Valbrune.\n\n"
             "Au fil de la journée.\n\n"
             "8h45 : mot d'accueil\n"
             "Odile Marchal, maire de Valbrune\n\n"
             "9h15 Table ronde n° 1 : Que demandent les sols aux élus ?\n\n"
             "Hugo Brissac, agronome à l'Institut de Trévanne\n")

SPOKEN = ("Rencontres de Valbrune 2032\n\nLes rencontres « Sols vivants » se tiennent le 12 mars 2032 à Valbrune.\n\n"
          "> 8h45 Discours d'ouverture de Mme Odile MARCHAL, maire de Valbrune\n\n"
          "> 9h15 Table ronde n° 1 : Que demandent les sols aux élus ?\n\n"
          "Hugo Brissac, agronome à l'Institut de Trévanne\n")


def test_a_timed_welcome_over_who_gives_it(tmp_path):
    titles = written_column(tmp_path, "programme.txt", PROGRAMME, "sessions", "title")
    assert "mot d'accueil" in titles
    assert "Table ronde n° 1 : Que demandent les sols aux élus ?" in titles


def test_a_timed_opening_naming_its_speaker_after_de_and_a_civility(tmp_path):
    titles = written_column(tmp_path, "spoken.txt", SPOKEN, "sessions", "title")
    assert "Discours d'ouverture de Mme Odile MARCHAL, maire de Valbrune" in titles


def test_a_timed_welcome_with_nobody_named_is_none(tmp_path):
    # the next line is a talk, not a person and a role
    bare = PROGRAMME.replace("Odile Marchal, maire de Valbrune\n\n", "")
    titles = written_column(tmp_path, "bare.txt", bare, "sessions", "title")
    assert "mot d'accueil" not in titles
