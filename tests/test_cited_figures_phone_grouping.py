"""A French phone number is ten digits opening with 0, however its writer groups them ("04 12 34
5678", "0412 345 678"): none of its groups is a count. Invented text."""

from __future__ import annotations

import pytest

from .support import cited_figures


@pytest.mark.parametrize("line", [
    "Renseignements : 04 12 34 5678",
    "Pour tout renseignement, appeler le 0412 345 678 avant vendredi.",
    "Inscriptions auprès de Marie au 06.12.34.5678",
])
def test_a_phone_number_grouped_any_way_is_no_figure(line):
    assert cited_figures("Le forum des Lucioles a lieu à Valbourg.\n" + line) == []


def test_counts_in_a_row_that_make_no_phone_number_are_kept():
    # ten digits in all, but not opening with 0: counts
    found = cited_figures("Le forum des Lucioles a accueilli 4500 jardiniers, 120 exposants et 350 bénévoles.")
    assert (120, "count") in found and (350, "count") in found
