"""A title or a dateline that gives an event's first day alone ("12 MAI 2031 FÊTE DES JARDINS")
is completed by the few days' range the text writes from that same day ("les 12 et 13 mai 2031").
Made-up texts."""

from pipelines.extract.events import extract_event

from .support import doc_of

PAGE = ("Actualités\n\n12 MAI 2031 FÊTE DES JARDINS PARTAGÉS\n\n  |   Quartier\n\n"
        "Les 12 et 13 mai 2031, nous avons accueilli les habitants dans les jardins de Valbourg pour "
        "des ateliers et un pique-nique.\n")


def test_a_first_day_in_the_title_takes_the_range_the_text_writes():
    event = extract_event(doc_of(PAGE, "FÊTE DES JARDINS PARTAGÉS"))
    assert (event.start_date, event.end_date) == ("2031-05-12", "2031-05-13")


def test_a_range_opening_another_day_does_not_extend_it():
    other = PAGE.replace("Les 12 et 13 mai 2031", "Les 20 et 21 mai 2031")
    event = extract_event(doc_of(other, "FÊTE DES JARDINS PARTAGÉS"))
    assert (event.start_date, event.end_date) == ("2031-05-12", None)


def test_a_series_of_sessions_gives_no_end_from_its_first_session():
    series = ("Actualités\n\n4 OCTOBRE 2031 CYCLE DE CONFÉRENCES\n\n"
              "Session 1 : les 4 et 5 octobre 2031. Session 2 : les 8 et 9 novembre 2031.\n")
    event = extract_event(doc_of(series, "CYCLE DE CONFÉRENCES"))
    assert event.end_date != "2031-10-05"
