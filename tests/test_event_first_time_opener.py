"""A sentence that opens on "pour la première fois" and introduces the event by an indefinite article
at once followed by an event noun says it is the first edition; an other subject (a club taking part
in a salon) says nothing of the event's editions. Made-up texts only."""

from pipelines.extract.event_first_time import first_time_held

from .support import doc_of as _doc


def test_for_the_first_time_a_forum_is_held():
    text = ("Forum des métiers de Valbrune\n\nPour la première fois, un forum des métiers se tenait samedi "
            "à la halle de Valbrune, avec une trentaine d'exposants.\n")
    assert first_time_held(_doc(text, title="Forum des métiers de Valbrune")) == 1


def test_for_the_first_time_a_club_takes_part_says_nothing():
    text = ("Salon de Trévanne\n\nPour la première fois, le club de Trévanne participait au salon des "
            "associations, avec un stand de démonstration.\n")
    assert first_time_held(_doc(text, title="Salon de Trévanne")) is None
