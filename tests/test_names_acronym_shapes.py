"""A line of capitalised words is no person's name when its capitals are acronyms: short capital
words after a word that is no given name ("Licence ABC XYZ"), or a word in capitals before two
words that are no given names ("SIGLE Outil Gestion"); real names of both shapes stay names.
Made-up names."""

from pipelines.extract.names import parse_name


def test_short_capital_words_after_a_word_are_acronyms():
    assert parse_name("Licence ABC XYZ") is None
    assert parse_name("Marie LE GALL") is not None          # a particle and a longer family name
    assert parse_name("Paul ROY") is not None               # a short family name beside a given name


def test_capitals_before_two_words_that_are_no_given_names():
    assert parse_name("SIGLE Outil Gestion", allow_mixed=True) is None
    assert parse_name("DURAND Anne Sophie", allow_mixed=True) is not None
    assert parse_name("DURAND Anne", allow_mixed=True) is not None
