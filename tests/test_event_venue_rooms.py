"""A line that only numbers rooms ("SALLE E303  SALLE E305", "Amphi 2", "Salle B") or names a
venue's head alone ("SALLE") is the rooms of a timetable, not the event's venue; a room with a
name is one. Made-up texts."""

from pipelines.extract.events import extract_event

from .support import doc_of

GRID = ("Rencontres des cartographes libres\n\nVendredi 13 juin 2031\n\nHORAIRE\n\nSALLE E303  SALLE E305\n\n"
        "09:00 Accueil\n10:00 Cartes des sentiers\n11:00 Atlas des haies\n")


def test_numbered_rooms_are_no_venue():
    assert extract_event(doc_of(GRID, "Rencontres des cartographes libres")).venue is None
    for rooms in ("Amphi 2", "Salle B", "SALLE"):
        assert extract_event(doc_of(GRID.replace("SALLE E303  SALLE E305", rooms), "Rencontres des cartographes libres")).venue is None


def test_a_named_room_is_the_venue():
    named = GRID.replace("SALLE E303  SALLE E305", "Salle Victor Hugo")
    assert extract_event(doc_of(named, "Rencontres des cartographes libres")).venue == "Salle Victor Hugo"
