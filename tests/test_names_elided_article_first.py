"""An elided article opening a name ("l'Outil ZORBA") marks a thing."""
from pipelines.extract.names import parse_name


def test_elided_article_opening_is_no_name():
    assert parse_name("l'Outil ZORBA") is None
    assert parse_name("l’Application KIWALO") is None


def test_real_names_kept():
    assert parse_name("Anne d’ORVALLE") is not None
    assert parse_name("Jeanne de LA TOUR") is not None
