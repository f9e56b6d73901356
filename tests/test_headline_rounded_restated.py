"""A rounded count of a headline metric said again in other words ("Une centaine de conférences"
over a paragraph, then "plus de 100 conférences étaient au programme") is one count, not two parts
added up. Made-up texts."""

from .support import headline_figures

TEXT = ("Salon de l'eau 2031\n\n"
        "Le salon de l'eau s'est tenu les 3 et 4 mars 2031 à Valbrune.\n\n"
        "Une centaine de conférences sur l'eau\n"
        "En ouverture, la présidente a rappelé les enjeux.\n\n"
        "Plus de 100 conférences étaient au programme des deux jours du salon.\n")


def test_a_rounded_count_said_again_is_counted_once():
    assert ("conferences", 100) in headline_figures(TEXT)
    assert ("conferences", 200) not in headline_figures(TEXT)
