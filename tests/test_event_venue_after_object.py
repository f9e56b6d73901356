"""The venue a sentence names after its verb: the hall after the event a verb of organising or
taking place names first ("Le club a organisé son tournoi annuel au gymnase X"), after a past week
("s'est déroulé la semaine dernière au Lucioscope"), or where the event's people gathered ("étaient
réunis au Moulin X"); not a place after a long clause or a comma, after a date that is no event, nor
an event's name after its people. Made-up texts only."""

import pytest

from pipelines.extract.event_place import find_venue

from .support import doc_of as _doc


@pytest.mark.parametrize("text, title, venue", [
    # round 367: the hall after the organised event, or after an inverted subject
    ("Dimanche 4 mai, les bénévoles du comité ont organisé la 12e édition de leur bourse aux vélos "
     "au gymnase des Tilleuls. Les visiteurs ont été nombreux.\n", "Bourse aux vélos", "gymnase des Tilleuls"),
    ("Mardi 3 juin s'est tenue une après-midi des aidants à la salle Marcel Orly. Trente familles "
     "y ont participé.\n", "Une après-midi pour les aidants", "salle Marcel Orly"),
    # ... a date, then the organised event, then the hall
    ("Le syndicat des eaux est né de la fusion de six régies. Il conseille une centaine de communes.\n"
     "Pour ses dix ans, le syndicat a organisé le 3 avril une journée d'échanges au gymnase "
     "Léo Vert.\n", "Colloque des dix ans du syndicat des eaux", "gymnase Léo Vert"),
    # round 368: a past week between the verb and the hall
    ("Les maires des bourgs ont voulu voir loin. Leur congrès, qui s'est déroulé la semaine dernière "
     "au Lucioscope, a réuni les élus.\n", "Les maires des bourgs voient loin", "Lucioscope"),
    # round 373: the people of the event gathered in a hall
    ("Rencontre des jardiniers\n\nLe week-end dernier, quelque 90 jardiniers amateurs étaient réunis "
     "au Moulin des Saules pour échanger graines et conseils.\n", None, "Moulin des Saules"),
    ("Salon des vins\n\nSamedi et dimanche, 4 200 amateurs de vins se sont rendus au Manège "
     "de la Tour pour la troisième édition.\n", None, "Manège de la Tour"),
])
def test_the_venue_after_the_verb(text, title, venue):
    assert find_venue(_doc(text, title=title)) == venue


@pytest.mark.parametrize("text, title", [
    # a place after a long clause or after a comma is not taken
    ("Le comité a organisé des navettes pour tous les habitants des hameaux du plateau jusqu'à la "
     "fin de la soirée au départ de la gare. Le comité a organisé un goûter, à la salle Orly.\n", "Fête des hameaux"),
    # a date after the verb is no organised event
    ("Les forums de la rentrée ont fait le plein. Le club de rugby donne rendez-vous le 12 octobre "
     "pour une grande journée au stade Léo Vert.\n", "Les forums des associations"),
    # an event's name after its people is the gathering, not its place
    ("Une belle affluence\n\nPlus de 300 visiteurs se sont rendus au Salon des Lucioles samedi.\n", None),
])
def test_no_venue_after_the_verb(text, title):
    assert find_venue(_doc(text, title=title)) is None
