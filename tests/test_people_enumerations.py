"""Speakers named in an enumeration: "animé par A, B et C" (the cue before A names every bare name
up to the one joined by "et") and "A et B, membres de X, ont ..." (a role in the plural after B is
A's too), on made-up texts (names and bodies invented)."""

from __future__ import annotations

from .support import quoted_names


def test_every_bare_name_of_an_enumeration_after_animated_by():
    text = "- « Jardins partagés » animé par Lucien Ferrand, Nadia Vernet et Paul Terrier"
    assert quoted_names(text) == ["Lucien Ferrand", "Nadia Vernet", "Paul Terrier"]


def test_an_enumeration_of_names_in_capitals_after_presented_by():
    text = "La conférence présentée par Lucien FERRAND, Nadia VERNET, Julie BRAS et Paul TERRIER."
    assert quoted_names(text) == ["Lucien FERRAND", "Nadia VERNET", "Julie BRAS", "Paul TERRIER"]


def test_two_names_joined_by_et_still_read():
    assert quoted_names("Atelier animé par Marc Olier et Julie Bras.") == ["Marc Olier", "Julie Bras"]


def test_a_comma_then_a_body_is_no_enumeration_of_names():
    # the words after the comma are a body: the name after "et" is not joined to the cue
    names = quoted_names("Atelier animé par Lucien Ferrand, Office Régional du Sport et Nadia Vernet.")
    assert "Nadia Vernet" not in names
    assert "Office Régional" not in " ".join(names)


def test_a_comma_without_a_closing_et_joins_nothing():
    assert quoted_names("Selon Lucien Ferrand, Valbourg reste attractive.") == ["Lucien Ferrand"]


def test_a_plural_role_after_two_names_is_shared_mid_sentence():
    text = ("Pendant une heure, Lucien FERRAND, historien des sols, Nadia VERNET et Paul TERRIER, "
            "membres fondateurs du collectif Abc, ont passionné la salle.")
    names = quoted_names(text)
    assert "Nadia VERNET" in names and "Paul TERRIER" in names


def test_a_singular_role_after_the_second_name_is_not_shared():
    text = "Hier, Nadia Vernet et Paul Terrier, directeur du port, a parlé du chantier."
    assert quoted_names(text) == ["Paul Terrier"]


def test_a_talk_s_de_said_again_before_the_second_name():
    text = "Les deux conférences de Lucien FERRAND et de Nadia VERNET ont ouvert la journée."
    assert quoted_names(text) == ["Lucien FERRAND", "Nadia VERNET"]
