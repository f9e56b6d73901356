"""Counts of the event told by its organisers in the present ("Pour cette édition, nous comptons
280 exposants"), its contents in the past of a report ("il comprenait une soixantaine de stands"),
a record attendance ("Affluence record avec plus de 300 élus"); one number counts one word ("280
exposants représentants 400 marques" gives no second count of 280). Made-up texts."""

from .support import headline_figures

LEAD = "Salon de la forêt de Valbrune 2031\n\nLe salon de la forêt de Valbrune s'est tenu le 12 mai 2031 au parc. "


def test_the_organisers_count_for_this_edition():
    figures = headline_figures(LEAD + "« Pour cette édition, nous comptons 180 exposants représentants 300 marques », "
                                      "dit le président.\n")
    assert ("exhibitors", 180) in figures
    assert not any(value == 180 and metric != "exhibitors" for metric, value in figures)


def test_what_the_fair_held_and_a_record_attendance():
    assert ("exhibitors", 60) in headline_figures(
        LEAD + "Adossé à l'assemblée des maires, il comprenait une soixantaine de stands d'exposants.\n")
    figures = headline_figures(LEAD + "Affluence record avec plus de 300 élus sur le salon.\n")
    assert any(value == 300 for _, value in figures)
