"""A time of day written with its minutes after the word "heures" ("10 heures 45 : visite") is no
cited figure; a length in hours and minutes ("2 heures 30 minutes", "a duré 2 heures 30") is read
as one."""

from __future__ import annotations

from .support import cited_figures as figures


def test_hour_with_its_minutes_after_the_word_is_a_time_of_day():
    text = ("La rencontre des jardiniers de Valbrune se tiendra sous la halle du marché couvert.\n"
            "Le matin, 10 heures 45 : visite des serres municipales avec la directrice du service.\n")
    assert [f for f in figures(text) if f[1] == "hour"] == []


def test_length_in_hours_and_minutes_still_read():
    text = "Selon la directrice, la visite des serres municipales a duré 3 heures 20 minutes pour 40 familles."
    got = figures(text)
    assert (3, "hour") in got and (40, "count") in got


def test_a_length_in_hours_and_minutes_after_a_verb_of_lasting():
    text = "Selon l'animatrice, la balade des Saules a duré 2 heures 30 et a réuni 35 marcheurs."
    got = figures(text)
    assert (2.5, "hour") in got and (2, "hour") not in got
