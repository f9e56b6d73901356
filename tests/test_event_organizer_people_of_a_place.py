"""After "organisé par", a noun of people or bodies in lower case whose complement is a proper
name organises ("organisée par les bénévoles de Kerval"), as round 384 reads such a subject;
after a phrase that says no "organis" ("proposé par"), such a noun names a troupe or a guest, not
the organiser (event_organizer.py `_people_of_named`; round 386, issue 15). Invented text only."""

from pipelines.extract.event_organizer import _headed_organization, find_organizer

from .support import doc_of as _doc


def test_people_of_a_named_place_after_organised_by():
    doc = _doc("La Fête des lanternes 2031\n\nLa Fête des lanternes, organisée par les bénévoles de Kerval, "
               "a réuni les familles le 4 juin 2031 dans la cour de l'école.\n",
               title="La Fête des lanternes 2031")
    assert find_organizer(doc) == "bénévoles de Kerval"


def test_the_noun_is_read_only_after_a_phrase_of_organising():
    text = "par les conteurs de Noirmont, pour finir"
    start = text.index("les ") + 4
    assert _headed_organization(text, start, organised=True) == "conteurs de Noirmont"
    assert _headed_organization(text, start) is None
