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



def test_an_attendance_rounded_to_a_threshold_nearly_reached_is_the_exact_count_again():
    # round 339: a block stating "4 700 visiteurs" (a title) and "en frôlant la barre des 5 000
    # visiteurs": the threshold nearly reached rounds the exact count, one attendance, not 9 700
    from pipelines.extract.headline import _sum_by_metric
    from pipelines.extract.numbers import number_at
    from pipelines.extract.headline_terms import HeadlineFigure
    rounded = number_at("frôlant la barre des 5 000 visiteurs")
    assert rounded.approximate and rounded.comparator == "<"
    figure = lambda value, approximate, start: HeadlineFigure(
        "visitors", value, "people", approximate, "<" if approximate else None, "q", 1, start, start + 10, "visiteurs")
    summed = _sum_by_metric([figure(4700, False, 0), figure(5000, True, 50)])
    assert [(f.metric, f.value) for f in summed] == [("visitors", 4700)]
    # two exact counts of one metric (two days) are still added up
    assert [f.value for f in _sum_by_metric([figure(4700, False, 0), figure(5000, False, 50)])] == [9700]
