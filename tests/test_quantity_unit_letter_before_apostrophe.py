"""A one-letter unit followed by an apostrophe is an elided word ("la chambre 26 m'a conseillé":
"m'", not metres); a unit letter before a blank stays a unit. Invented text."""

from __future__ import annotations

from tests.support import mentions


def test_a_letter_before_an_apostrophe_is_no_unit():
    assert (26, "m") not in mentions("Au salon, la chambre 26 m'a conseillé pour mon dossier.\n")


def test_a_unit_letter_before_a_blank_stays():
    assert (3, "m") in mentions("Le mur du jardin fait 3 m de haut.\n")
