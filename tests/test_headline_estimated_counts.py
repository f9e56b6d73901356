"""A count the organisers estimate after the noun it counts ("le nombre de visiteurs est estimé à
12 000", "il estime le nombre de visiteurs à plus d'1,5 million", "peut être évalué entre 10 000 et
15 000") is that metric's figure, approximate; a qualifier elided before a digit ("plus d'1,5")
is read as the qualifier. Made-up texts."""

from pipelines.extract.numbers import number_at

from .support import headline_figures

LEAD = "Foire de Valbourg 2031\n\nLa 12e foire de Valbourg s'est tenue le dimanche 12 mai 2031 au parc des expositions. "


def test_an_estimated_count_after_its_noun():
    assert ("visitors", 12000) in headline_figures(LEAD + "Le nombre de visiteurs est estimé à 12 000.\n")
    assert ("visitors", 10000) in headline_figures(
        LEAD + "Nous pensons que le nombre de visiteurs peut être évalué entre 10 000 et 15 000.\n")
    assert ("visitors", 1500000) in headline_figures(
        LEAD + "Le président estime le nombre de visiteurs à plus d'1,5 million avec des pics le samedi.\n")
    assert ("exhibitors", 150) in headline_figures(LEAD + "Le nombre d'exposants est estimé à 150.\n")


def test_a_count_set_apart_after_its_noun():
    figures = headline_figures(LEAD + "Selon le président, le nombre d'entrées, 6150, a dépassé celui de l'an dernier.\n")
    assert ("visitors", 6150) in figures


def test_a_metric_stated_otherwise_is_not_estimated_again():
    figures = headline_figures(LEAD + "Elle a accueilli 9 000 visiteurs. Le nombre de visiteurs est estimé à 12 000.\n")
    assert ("visitors", 9000) in figures and ("visitors", 12000) not in figures


def test_a_qualifier_elided_before_a_digit():
    number = number_at("plus d’1,5 million de visiteurs")
    assert (number.value, number.comparator, number.approximate) == (1.5, ">", True)
    assert number_at("moins d'1 km").comparator == "<"
