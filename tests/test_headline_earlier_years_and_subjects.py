"""Headline figures as press reports state them: a count told of an event held in an
earlier year, the event's attendance named with the definite article as the subject of a clause,
people of any kind opening a sentence that says what they did at the event. Each rule on invented
text, with a case it must leave alone."""

from .support import headline_figures


LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "
TITLE = "Le salon des élus de Valbrune 2031"


def test_a_count_of_an_event_held_in_an_earlier_year_is_not_the_events():
    text = LEAD + "Le salon de Montferrand, qui s'est tenu en 2029 au port, a accueilli plus de 9 000 visiteurs."
    assert headline_figures(text, TITLE) == set()
    text = LEAD + "Un salon voisin, qui avait tenu son congrès annuel à Lyon en mai 2029, a accueilli plus de 9 000 visiteurs."
    assert headline_figures(text, TITLE) == set()


def test_a_paragraph_of_several_metrics_leaves_out_the_sentence_of_an_earlier_year():
    text = (LEAD + "Le salon de Montferrand, qui a tenu son congrès en septembre 2029, a accueilli 9 000 visiteurs. "
            "Cette année, quarante exposants et douze conférences attendent le public pendant trois jours.")
    assert ("visitors", 9000) not in headline_figures(text, TITLE)


def test_the_same_year_or_a_founding_year_leaves_the_count_to_the_event():
    text = LEAD + "Le salon, qui s'est tenu en mai 2031 au port, a accueilli plus de 9 000 visiteurs."
    assert headline_figures(text, TITLE) == {("visitors", 9000)}
    text = LEAD + "Créé en 2020, le salon a accueilli plus de 9 000 visiteurs."
    assert headline_figures(text, TITLE) == {("visitors", 9000)}


def test_the_attendance_named_with_the_definite_article_as_a_subject():
    assert headline_figures(LEAD + "Au matin, les 45 participants se sont répartis en équipes.") == {("participants", 45)}
    assert headline_figures(LEAD + "Au matin, les 45 hackathoniens se sont mis au travail.") == {("participants", 45)}


def test_the_definite_article_before_people_of_another_kind_or_time():
    assert headline_figures(LEAD + "Au matin, les 45 élus se sont répartis en équipes.") == set()
    assert headline_figures(LEAD + "Au matin, les 45 participants du premier atelier se sont répartis en équipes.") == set()
    assert headline_figures(LEAD + "L'an dernier, les 45 participants se sont répartis en équipes.") == set()


def test_people_of_any_kind_opening_a_sentence_about_what_they_did_at_the_event():
    text = LEAD + "Quarante étudiants en design de l'école ont rivalisé d'idées lors du hackathon."
    assert headline_figures(text) == {("participants", 40)}


def test_people_of_any_kind_elsewhere_than_at_the_event():
    assert headline_figures(LEAD + "Quarante étudiants en design de l'école ont rivalisé d'idées au lycée.") == set()
    assert headline_figures(LEAD + "Selon le maire, quarante étudiants ont rivalisé d'idées lors du hackathon.") == set()


def test_days_opening_a_sentence_that_lists_sessions_of_several_kinds():
    text = LEAD + "Tout au long des trois jours, le public trouvera des ateliers, des conférences et des visites de terrain."
    assert headline_figures(text) == {("days", 3)}
    text = LEAD + "Pendant trois jours, le public trouvera des ateliers, des conférences et des visites de terrain."
    assert headline_figures(text) == {("days", 3)}


def test_days_before_one_kind_of_session_or_not_opening_the_sentence():
    assert headline_figures(LEAD + "Tout au long des trois jours, le public trouvera des ateliers pour les enfants.") == set()
    text = LEAD + "Le public trouvera des ateliers et des conférences tout au long des trois jours de vacances."
    assert headline_figures(text) == set()


def test_the_figure_put_forward_counts_the_attendance():
    text = LEAD + "Mardi, le commissaire du salon avançait le chiffre de 50 000 visiteurs sur quatre jours."
    assert headline_figures(text, TITLE) == {("visitors", 50000), ("days", 4)}


def test_a_count_given_as_an_earlier_editions_is_not_the_events():
    text = LEAD + "Le chiffre de 4 500 visiteurs de l'édition 2029 sera largement dépassé."
    assert headline_figures(text, TITLE) == set()
    # the edition of the document's own year is the event's
    text = LEAD + "Le chiffre de 4 500 visiteurs de l'édition 2031 est un record."
    assert headline_figures(text, TITLE) == {("visitors", 4500)}
