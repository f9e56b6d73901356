"""Short upper-case initials the text repeats with a determiner ("le FVAL", "du FVAL") name the
event only when written beside an event noun or "édition" once at least; a body's or a plan's
initials never so written ("le SMVB", "du SMVB") are not the event's name, a longer upper-case word
("le VALRIVIERES") is a name of its own. And a
session title holding the event's name as the complement of another noun ("L'avenir des métiers
et de l'Agriculture durable") is a session, not the event itself. Made-up texts only."""

from pipelines.extract.event_name import find_event_name
from pipelines.extract.session_event_itself import is_the_event

from .support import doc_of


def test_a_bodys_acronym_never_beside_an_event_noun_is_not_the_name():
    text = ("Des rivières en bon état\n\nLe 4 mars 2031, le SMVB a réuni ses partenaires. "
            "Les techniciens du SMVB ont présenté les travaux de l'année. Le SMVB remercie les communes.\n")
    assert find_event_name(doc_of(text)) != "SMVB"
    # short initials written beside "édition" are the event's own name; a longer word is a name of its own
    text = ("Des données en bon état\n\nLe 4 mars 2031, le FVAL a réuni 300 curieux. Cette 3e édition du "
            "FVAL a tenu ses promesses. Le FVAL reviendra en 2032.\n")
    assert find_event_name(doc_of(text)) == "FVAL"
    text = "Des rivières en bon état\n\nLe VALRIVIERES a réuni ses partenaires. Le VALRIVIERES reviendra.\n"
    assert find_event_name(doc_of(text)) == "VALRIVIERES"


def test_the_events_name_as_the_complement_of_another_noun_is_a_session():
    name = "L'Agriculture durable"
    assert not is_the_event("L'avenir des métiers et de l'Agriculture durable", name)
    assert is_the_event("Retour sur la journée de l'Agriculture durable", name)
    assert is_the_event("Agriculture durable : ce qu'il faut retenir", name)
