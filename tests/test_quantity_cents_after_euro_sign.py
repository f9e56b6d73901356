"""A price written with its cents after the euro sign ("3€70", "12€50") is one amount in euros and
cents, not two amounts. Invented text."""

from __future__ import annotations

from tests.support import mentions


def test_cents_glued_after_the_euro_sign():
    found = mentions("Le prix du repas passe de 3€70 à 3€95, soit 7 % d'augmentation.\n")
    assert found == {(3.7, "eur"), (3.95, "eur"), (7, "percent")}
    assert mentions("Le ticket coûte 12€50 pour les adultes.\n") == {(12.5, "eur")}


def test_a_number_after_the_sign_and_a_blank_is_another():
    found = mentions("Une aide de 15€ par an, versée 30 fois.\n")
    assert (15, "eur") in found and (30, "count") in found
