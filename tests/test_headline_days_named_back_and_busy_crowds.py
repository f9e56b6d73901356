"""Headline figures from prose: the event's days named back with "des" ("le déroulé des trois
journées"), and the people counted at work at the event or passing through it ("planchent",
"défilent"). Each rule on invented text, with cases it must leave alone."""

from .support import headline_figures


LEAD = "Retour sur le congrès\n\nLa matinée fut studieuse. "


def test_the_days_named_back_with_the_contracted_article():
    assert headline_figures(LEAD + "Mot d'accueil et présentation des 3 jours.") == {("days", 3)}
    assert headline_figures(LEAD + "Le fil rouge des deux journées sera assuré par une dessinatrice.") == {("days", 2)}


def test_a_time_limit_or_a_recent_span_is_no_length_of_the_event():
    assert headline_figures(LEAD + "Le délai des 10 jours francs n'a pas été respecté.") == set()
    assert headline_figures(LEAD + "Les délais des 10 jours sont trop courts.") == set()
    assert headline_figures(LEAD + "Au cours des 15 derniers jours, la commune a fermé la piscine.") == set()


def test_people_at_work_at_the_event():
    assert headline_figures(LEAD + "Ce sont plus de 300 bibliothécaires qui planchent au palais des sports.") \
        == {("participants", 300)}
    assert headline_figures(LEAD + "Près de 80 élus ont planché sur la mobilité.") == {("participants", 80)}


def test_people_passing_through_the_event():
    assert headline_figures(LEAD + "On y croise les quelque 4 000 élus locaux qui défilent dans les allées.") \
        == {("participants", 4000)}


def test_things_that_parade_are_no_attendance():
    assert headline_figures(LEAD + "Une trentaine de chars défilent dans les rues du bourg.") == set()
    assert headline_figures(LEAD + "L'an dernier, 300 élus ont planché sur le budget.") == set()


def test_a_span_of_time_before_the_days_is_left_to_the_duration_words():
    assert headline_figures(LEAD + "Au cours des 4 jours de congés, la médiathèque reste ouverte.") == set()
    assert headline_figures(LEAD + "Lors des 4 jours de fermeture, le parc sera inaccessible.") == set()
