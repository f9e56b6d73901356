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


def test_a_room_right_after_the_date_without_a_preposition_is_the_venue():
    # the press writes a day's room after its date: "le 16 juin salle X", "le 25 mars, salle Y,"
    text = "La journée des présidents d'agglomération a réuni 160 élus le 16 juin 2022 salle Victor Hugo."
    assert extract_event(doc_of(text, "Retour sur la journée")).venue == "salle Victor Hugo"
    text = "Le forum de l'emploi saisonnier a eu lieu le 25 mars 2015, salle Jean-Bouin, à Valbrune."
    assert extract_event(doc_of(text, "Retour sur le forum")).venue == "salle Jean-Bouin"


def test_the_room_of_the_next_event_is_not_this_ones():
    text = ("Le vide-greniers de l'Amicale de Valbrune a eu lieu le dimanche 17 avril 2016.\n\n"
            "Prochaine manifestation organisée par l'Amicale : le Salon des collectionneurs dimanche 9 octobre salle de l'Avault.")
    assert extract_event(doc_of(text, "Retour sur le vide-greniers")).venue is None
