"""A programme that heads its days ("Vendredi 9 juin 2031" / "Samedi 10 juin 2031") runs from the
first to the last of the days headed one after another; "10, 11 & 12 juin 2031" is three days as
"10, 11 et 12 juin 2031" is. Made-up texts."""

from pipelines.extract.event_dates import find_event_dates
from pipelines.extract.events import extract_event

from .support import doc_of

GRID = ("Rencontres des cartographes libres\n\nVendredi 13 juin 2031\n\n09:00 Accueil\n10:00 Cartes des sentiers\n\n"
        "Samedi 14 juin 2031\n\n09:30 Atlas des haies\n\nDimanche 15 juin 2031\n\n10:00 Balade commentée\n")


def test_the_days_a_programme_heads_one_after_another():
    event = extract_event(doc_of(GRID, "Rencontres des cartographes libres"))
    assert (event.start_date, event.end_date) == ("2031-06-13", "2031-06-15")
    # a day not headed on a line of its own, or not the next one, does not extend it
    apart = GRID.replace("Samedi 14 juin 2031", "Le samedi 14 juin 2031, une balade est prévue.")
    assert (lambda e: (e.start_date, e.end_date))(extract_event(doc_of(apart, "Rencontres des cartographes libres"))) \
        == ("2031-06-13", None)


def test_days_joined_by_an_ampersand():
    assert find_event_dates("Rencontres des cartographes\n\n10, 11 & 12 JUIN 2031\n\nValbourg")[1].day == 12
