"""A price written with its cents after the euro sign ("2€40", "12€50") is one amount in euros and
cents, not two amounts. Invented text."""

from __future__ import annotations

from tests.support import mentions


def test_cents_glued_after_the_euro_sign():
    found = mentions("Le ticket de cantine passe de 2€40 à 2€65, soit 10 % de hausse.\n")
    assert found == {(2.4, "eur"), (2.65, "eur"), (10, "percent")}
    assert mentions("Le ticket coûte 12€50 pour les adultes.\n") == {(12.5, "eur")}


def test_a_number_after_the_sign_and_a_blank_is_another():
    found = mentions("Une aide de 15€ par an, versée 30 fois.\n")
    assert (15, "eur") in found and (30, "count") in found
