"""A press article that names a round table in passing, its subject given after a comma of
apposition or after who organised it ("la table ronde, sur ...", "la table ronde animée par
l'agence sur ..."), titles it by that subject, the comma or the credit left out; a subject that a
full stop has already cut off from the table names nothing."""

from tests.support import doc_of, session_titles

COMMA = """Journée des mobilités rurales à Valbrune

La journée s'est tenue mardi à Valbrune devant cent vingt élus. Le moment fort de l'après-midi fut
la table ronde, sur l'avenir des petites lignes ferroviaires, avant la clôture par le maire.
"""

CREDIT = """Salon des communes à Trévanne

Les trois journées du salon ont attiré de nombreux visiteurs. On retiendra la table ronde animée
par l'agence de Trévanne sur les "chemins ruraux: entretien et usages". Le salon fermera samedi.
"""

CUT_OFF = """Salon des communes à Trévanne

Les trois journées du salon ont attiré de nombreux visiteurs. On retiendra la table ronde animée
par l'agence de Trévanne. Sur les chemins ruraux, les avis divergent.
"""


def test_subject_after_a_comma_titles_the_round_table():
    assert session_titles(doc_of(COMMA)) == [
        "table ronde sur l'avenir des petites lignes ferroviaires"]


def test_subject_after_the_organiser_titles_the_round_table():
    assert session_titles(doc_of(CREDIT)) == [
        'table ronde sur les "chemins ruraux: entretien et usages"']


def test_a_subject_in_another_sentence_names_nothing():
    assert session_titles(doc_of(CUT_OFF)) == ["table ronde"]
