"""A closing day given alone ("Fin : 31 mai 2031") that ends the one range of a few days the text
writes without its year ("du 29 au 31 mai") is the event's last day; the range's first day is its
first. Made-up texts only."""

from pipelines.extract.event_dates import range_to_day
from pipelines.extract.events import extract_event

from .support import doc_of as _doc

import datetime as dt


_TEXT = ("Rencontres des jardins partagés de Valbrune\n\n"
         "Clôture des inscriptions le 31 mai 2031 à 12:00\n\n"
         "Rendez-vous du 29 au 31 mai à la halle aux grains de Valbrune pour trois jours d'ateliers, "
         "de visites et de débats sur les jardins de quartier.\n")


def test_a_closing_day_alone_takes_the_first_day_of_the_range_it_ends():
    assert range_to_day(_TEXT, dt.date(2031, 5, 31)) == dt.date(2031, 5, 29)
    event = extract_event(_doc(_TEXT, title="Rencontres des jardins partagés de Valbrune"))
    assert (event.start_date, event.end_date) == ("2031-05-29", "2031-05-31")


def test_a_day_that_ends_no_range_or_one_of_several_ranges_stays_alone():
    # the range opens on the day, it does not close on it
    assert range_to_day(_TEXT, dt.date(2031, 5, 29)) is None
    # two ranges of a few days: a series of sessions, not one event's days
    several = _TEXT + "Une seconde session se tiendra du 12 au 14 juin.\n"
    assert range_to_day(several, dt.date(2031, 5, 31)) is None
    # no range at all
    alone = ("Fête du quartier de Valbrune\n\nLe samedi 31 mai 2031, les habitants se retrouvent "
             "place de la mairie pour un pique-nique.\n")
    assert range_to_day(alone, dt.date(2031, 5, 31)) is None
