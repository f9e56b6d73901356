"""A role word glued after a name ("Pascal Morin Sociologue"), as a page reads once the boxes of a
name and of its role are joined, is no part of the name; a particle before it keeps it (invented names)."""

from __future__ import annotations

from pipelines.extract.names import parse_name


def test_a_capitalised_role_word_after_a_name_is_left_out():
    name = parse_name("Pascal Morin Sociologue", allow_mixed=True)
    assert name is not None and (name.full, name.given, name.family) == ("Pascal Morin", "Pascal", "Morin")
    assert parse_name("Pierre Gaudin Député", allow_mixed=True).full == "Pierre Gaudin"


def test_a_family_name_after_a_particle_stays_whole():
    assert parse_name("Marie Le Maire", allow_mixed=True).full == "Marie Le Maire"
