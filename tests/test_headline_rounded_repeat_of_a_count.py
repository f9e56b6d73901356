"""A count of people stated twice, rounder in a title then finer in the text ("près de 4 000
visiteurs" as a title, then "quelque 3 860 visiteurs ont arpenté les allées"): one attendance,
the finer count, not the sum of both. A rounder count more than a tenth away is another count.
Made-up texts."""

from .support import headline_figures


def test_a_rounder_title_count_gives_way_to_the_finer_count_of_the_text():
    text = ("Foire aux plantes de Trévanne : près de 4 000 visiteurs sous le soleil\n\n"
            "Quelque 3 860 visiteurs ont arpenté les allées de la 6e foire aux plantes qui s'est tenue "
            "le 12 avril 2031 à Trévanne.\n")
    figures = headline_figures(text)
    assert ("visitors", 3860) in figures
    assert ("visitors", 4000) not in figures
    assert ("visitors", 7860) not in figures


def test_a_rounder_count_more_than_a_tenth_away_is_not_the_finer_one_rounded():
    text = ("Foire aux plantes de Trévanne : près de 5 000 visiteurs sur les deux jours\n\n"
            "Quelque 3 860 visiteurs ont arpenté les allées de la 6e foire aux plantes qui s'est tenue "
            "le 12 avril 2031 à Trévanne.\n")
    figures = headline_figures(text)
    assert ("visitors", 3860) not in figures
