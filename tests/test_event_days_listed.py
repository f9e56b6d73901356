"""Every day of an event written out: "12-13-14 mai 2031" runs from the 12th, "lundi 12, mardi 13
et mercredi 14 mai 2031" too; a single day written first that falls within a few days' range the
text gives too is one of its days, while a season's range (an exhibition's months) does not take
the event's day. Made-up texts."""

import datetime as dt

from pipelines.extract.event_dates import find_event_dates


def _days(text):
    found = find_event_dates(text)
    return tuple(d.isoformat() if d else None for d in found) if found else None


def test_days_joined_by_dashes_start_at_the_first():
    assert _days("Les Rencontres du compost se tiennent les 12-13-14 mai 2031 à Valbourg.") == ("2031-05-12", "2031-05-14")
    assert _days("Marché des potiers : 3 – 4 – 5 octobre 2031, place du Four.") == ("2031-10-03", "2031-10-05")


def test_weekdays_inside_a_list_of_days():
    text = "Le marché aux plantes ouvrira lundi 12, mardi 13 et mercredi 14 mai 2031 sur la place des Tilleuls."
    assert _days(text) == ("2031-05-12", "2031-05-14")


def test_a_day_within_the_range_written_later_is_one_of_its_days():
    text = ("Festival des jardins partagés\n\nVisite guidée du potager : dimanche 18 mai 2031, 15 h.\n\n"
            "Au parc des Aulnes, samedi 17 et dimanche 18 mai 2031 : ateliers, troc de graines et concerts.\n")
    assert _days(text) == ("2031-05-17", "2031-05-18")


def test_a_season_that_holds_the_day_is_not_the_event_s_dates():
    text = ("Le musée présente ses herbiers du 3 mars au 30 juin 2031.\n\n"
            "Conférence sur les argiles : samedi 12 avril 2031, salle du four.\n")
    assert find_event_dates(text)[0] == dt.date(2031, 4, 12)
