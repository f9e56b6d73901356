"""A capitalised phrase whose first word opens a place or a thing ("Saint-Romain de Valbrune",
"Guide de l'ANVA", "Crise COVID") is no person's name; the same word inside a family name
("Yves Saint Laurent") is; nor is a role in capitals ("SÉNATEUR DE X"); a title in capitals after a
name in lower case ("Prénom Nom DGS") is its role. Made-up names and places."""

from pipelines.extract.names import parse_name


def test_a_place_a_guide_or_a_crisis_is_no_person():
    for text in ("Saint-Romain de Valbrune", "Sainte Valmont", "Saint Valbrune", "Guide Valbrune",
                 "Guide de l’ANVA", "Crise COVID"):
        assert parse_name(text, allow_mixed=True) is None, text


def test_the_same_words_inside_a_family_name_keep_the_person():
    assert parse_name("Yves Saint Laurent", allow_mixed=True).family == "Saint Laurent"
    assert parse_name("Jeanne Saint-Cyr", allow_mixed=True).given == "Jeanne"
    assert parse_name("Jean-Marc Dupont", allow_mixed=True).given == "Jean-Marc"


def test_a_role_in_capitals_is_no_person():
    for text in ("SÉNATEUR DE VALBRUNE", "MAIRE DE VALBRUNE", "DIRECTEUR GÉNÉRAL"):
        assert parse_name(text, allow_mixed=True, caps_ok=True) is None, text
    # a name in capitals, or a family name in capitals first, is still a person's
    assert parse_name("JEANNE VALMONT", allow_mixed=True, caps_ok=True).given == "JEANNE"
    assert parse_name("LE GALL Jeanne", allow_mixed=True, caps_ok=True).given == "Jeanne"


def test_a_title_in_capitals_after_a_name_in_lower_case_is_no_family_name():
    name = parse_name("Jeanne Valmont DGS", allow_mixed=True)
    assert (name.given, name.family) == ("Jeanne", "Valmont")
    # a family name in capitals after the given name stays one
    assert parse_name("Jeanne VALMONT", allow_mixed=True).family == "VALMONT"
