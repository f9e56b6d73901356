"""A town is no venue, and an edition the text ranks in the past is not the one reported: rules
for event reports and announcements, written for the genre. Made-up texts only."""

from pipelines.extract.event_edition import find_edition
from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


def test_a_town_after_a_verb_of_taking_place_is_no_venue():
    text = "Le salon des artisans s'est tenu à Valbrune le 4 mai. Quarante exposants étaient présents.\n"
    assert find_venue(_doc(text, title="Salon des artisans")) is None
    # a hall, with its article, stays the venue
    hall = text.replace("à Valbrune", "à la halle Marcel Ribot")
    assert find_venue(_doc(hall, title="Salon des artisans")) == "halle Marcel Ribot"


def test_a_town_after_the_events_name_is_no_venue_but_the_hall_after_it_is():
    title = "Rencontres des Lucioles à Valbrune les 3 et 4 juin 2031"
    text = title + "\n\nDeux jours d'échanges entre élus et habitants sur les mobilités.\n"
    assert find_venue(_doc(text, title=title)) is None
    # a word of venue_heads in the phrase: a place, not only a town
    expo = title.replace("à Valbrune", "à Valbrune Expo")
    assert find_venue(_doc(expo + "\n\nDeux jours d'échanges.\n", title=expo)) == "Valbrune Expo"
    # the hall written after the town is the venue
    hall = "Rencontres des Lucioles à Valbrune, au Cloître des Lilas, les 3 et 4 juin 2031"
    assert find_venue(_doc(hall + "\n\nDeux jours d'échanges.\n", title=hall)) == "Cloître des Lilas"


def test_an_edition_after_apres_is_a_past_one():
    text = ("Après une première édition très suivie, le salon des artisans revient en 2031 à Valbrune. "
            "Les exposants seront plus nombreux.\n")
    assert find_edition(text) is None
    assert find_edition(text.replace("Après une première édition très suivie, le", "La première édition du")) == 1
    assert find_edition("Fort du succès de sa deuxième édition, le forum revient. Cette troisième édition "
                        "aura lieu en mai.\n") == 3


def test_an_edition_dated_after_it_by_an_earlier_year_is_a_past_one():
    text = ("Un salon voisin, qui a tenu sa dixième édition en mars 2029, a reçu 9 000 visiteurs. "
            "La Ville organise la première édition du salon de Valbrune du 3 au 5 juin 2031.\n")
    assert find_edition(text) == 1
    # the same year as the text's latest: the edition reported
    assert find_edition(text.replace("mars 2029", "mars 2031")) == 10


def test_a_town_living_or_celebrating_its_numbered_festival_describes_that_event():
    from pipelines.extract.events import extract_event
    text = ("Valbrune. Des rues noires de monde\n\n"
            "Valbrune a vécu, dimanche, sa 12e Fête des châtaignes. La manifestation a débuté par des randonnées.\n")
    event = extract_event(_doc(text))
    assert (event.name, event.edition) == ("Fête des châtaignes", 12)
    # the same verb with no event noun: a town's year, no event
    assert extract_event(_doc("Valbrune a vécu une année difficile. Les commerces ont fermé tôt.\n")) is None
