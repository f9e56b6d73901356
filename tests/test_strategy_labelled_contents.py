"""The entries of a table of contents that label the axes on lines of their own, each closed by its
page after a wide blank or "p." ("Axe N° 1 Consolider les atouts  52"), numbered 1, 2, 3... in
order, are the strategy's axes; a title ending on a number after a single space is no entry.
Made-up texts."""

from .support import axes

TITLE = "Stratégie numérique de Valbrune 2031-2036\n\nSommaire\n\n"


def test_labelled_entries_with_their_pages_are_the_axes():
    text = TITLE + ("   Partie II   Orientations stratégiques       Axe N° 1 Consolider les atouts de la ville  52\n\n"
                    "  Axe N° 2 Développer de nouveaux projets  53\n\n  Axe N° 3 Accompagner les habitants   p. 55\n")
    assert axes(text) == ["Consolider les atouts de la ville", "Développer de nouveaux projets", "Accompagner les habitants"]


def test_entries_without_a_page_or_out_of_order_are_no_axes():
    assert axes(TITLE + "Axe N° 1 Consolider les atouts de la ville 52\nAxe N° 2 Développer 40 projets\n") == []
    assert axes(TITLE + "Axe N° 2 Développer de nouveaux projets  53\nAxe N° 1 Consolider les atouts  52\n") == []
