"""Headline figures as press reports state them: the event named back with a
demonstrative ("Cette conférence a accueilli ..."), the public meeting the exhibitors, a full room,
the people gone to the event, the days of an event opening a sentence whose programme follows.
Each rule on invented text, with a case it must leave alone."""

from .support import headline_figures


LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_a_demonstrative_names_the_event_the_title_names():
    text = LEAD + "Cette conférence a accueilli près de 90 élus pour comparer leurs budgets."
    assert headline_figures(text, "La deuxième conférence des maires du canton") == {("participants", 90)}


def test_a_demonstrative_names_a_session_when_the_title_names_another_event():
    text = LEAD + "Cette conférence a accueilli près de 90 élus pour comparer leurs budgets."
    assert headline_figures(text, "Le forum des maires du canton") == set()
    # the title names the sessions, not one of them as the event
    text = LEAD + "Cet atelier a réuni 40 participants autour du compost."
    assert headline_figures(text, "Les ateliers du forum des solidarités") == set()


def test_the_public_meeting_the_exhibitors():
    assert headline_figures(LEAD + "Les familles sont allées à la rencontre de plus de 35 exposants.") == {("exhibitors", 35)}
    assert headline_figures(LEAD + "L'an dernier, les familles étaient allées à la rencontre de 35 exposants.") == set()


def test_curious_visitors_walking_the_aisles():
    assert headline_figures(LEAD + "Près de 2 000 curieux ont déambulé dans les allées du salon.") == {("participants", 2000)}
    assert headline_figures(LEAD + "Le stand des 2 000 curieux de nature est resté fermé.") == set()


def test_people_gone_to_the_event_or_seated_in_its_room():
    assert headline_figures(LEAD + "Près de 400 personnes se sont rendues au forum samedi.") == {("participants", 400)}
    assert headline_figures(LEAD + "Environ 200 personnes ont pris place dans l'amphithéâtre.") == {("participants", 200)}
    assert headline_figures(LEAD + "L'an dernier, 400 personnes se sont rendues au forum.") == set()


def test_the_public_won_over_and_the_closing_account():
    assert headline_figures(LEAD + "Le forum a séduit 900 visiteurs.") == {("visitors", 900)}
    assert headline_figures(LEAD + "Le salon s'est achevé dimanche sur un bilan de 8 000 visiteurs.") == {("visitors", 8000)}


def test_a_full_room():
    text = LEAD + "Le ministre a conquis une salle pleine de plus de 300 personnes venues des communes voisines."
    assert headline_figures(text) == {("participants", 300)}
    assert headline_figures(LEAD + "Le ministre a conquis une salle pleine de 300 places.") == set()


def test_the_squares_of_a_town_are_no_seats():
    # "les places du centre bourg" are the squares the stands filled; "300 places" are seats
    text = LEAD + "Dès le matin, 70 exposants ont envahi les places du centre bourg."
    assert headline_figures(text) == {("exhibitors", 70)}
    assert headline_figures(LEAD + "Dès le matin, 70 exposants ont envahi une halle de 300 places.") == set()


def test_days_opening_a_sentence_whose_programme_follows():
    assert headline_figures(LEAD + "Pendant deux jours, ateliers et conférences se succéderont sur le thème de l'eau.") == {("days", 2)}
    assert headline_figures(LEAD + "Durant trois jours alterneront ateliers et conférences sur le thème de l'eau.") == {("days", 3)}
    assert headline_figures(LEAD + "Pendant deux jours, les agents ont préparé la salle.") == set()
