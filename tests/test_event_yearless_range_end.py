import datetime as dt

from pipelines.extract.event_dates import range_from_day


def test_yearless_days_after_a_dated_first_day():
    text = ("Mardi 4 mai 2032 : ouverture du forum des jardins partagés.\n"
            "Le forum se tiendra à Villebrune les 4, 5 et 6 mai prochains, salle des fêtes.")
    assert range_from_day(text, dt.date(2032, 5, 4)) == dt.date(2032, 5, 6)


def test_yearless_range_not_opening_on_the_day():
    text = "Le 4 mai 2032, réunion publique. Les ateliers auront lieu les 12 et 13 mai."
    assert range_from_day(text, dt.date(2032, 5, 4)) is None
