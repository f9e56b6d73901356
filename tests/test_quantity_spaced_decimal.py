"""A decimal comma a blank follows, before a scale of money or a scale word ("25, 3 M€", "2, 17
millions d'euros"), is one number; elsewhere the comma still parts two numbers. Made-up text."""

from pipelines.extract.mentions import find_mentions

from .support import doc_of


def _values(text: str) -> list[tuple]:
    return [(m.q.value, m.q.unit) for m in find_mentions(doc_of(text))]


def test_a_spaced_decimal_before_a_scale_is_one_amount():
    assert _values("La commune de Valbois va investir 41, 7 M€ en 2031.") == [(41_700_000, "eur")]
    assert _values("La chaufferie aura coûté 3, 45 millions d’euros.") == [(3_450_000, "eur")]
    assert _values("Il reste 6, 5 M d’euros pour le foncier.") == [(6_500_000, "eur")]


def test_a_comma_and_a_blank_elsewhere_part_two_numbers():
    # a list of numbers: the last one is read with its noun, as before
    assert _values("Les salles 1, 2 ou 3 seront ouvertes aux associations.") == [(3, "count")]
    # a decimal part of three digits is no spaced decimal
    assert (41_700_000, "eur") not in _values("La commune de Valbois va investir 41, 700 M€ en 2031.")
