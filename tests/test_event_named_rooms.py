"""A room or a sports complex named after someone, after a place preposition, is the event's venue
when nothing else gives one, its name ending at a hyphenated word; a room that is one place among
several of the text is none. Made-up texts only."""

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_named_room_the_public_filled_is_the_venue():
    doc = _doc("Le forum des métiers a attiré une foule nombreuse à la salle Odile Ravenne, samedi matin.\n",
               title="Forum des métiers")
    assert find_venue(doc) == "salle Odile Ravenne"


def test_a_hyphenated_room_name_ends_before_the_next_sentence_written_without_a_stop():
    doc = _doc("Les maires du canton se retrouvent au complexe Jean-Valmont Trois ateliers les attendent.\n",
               title="Assemblée des maires")
    assert find_venue(doc) == "complexe Jean-Valmont"


def test_a_room_among_several_places_is_no_venue():
    doc = _doc("Ateliers de création à Valbrune, puis soirée de clôture à la salle Odile Ravenne.\n",
               title="Semaine des créateurs")
    assert find_venue(doc) is None
