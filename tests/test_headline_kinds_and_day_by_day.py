"""Headline figures: the kinds of people counted, in brackets, between the count and
its verb; people listed and where they come from together; a webinar's page calling it a
web-conference; the event's length before the attendance as subject; an earlier success's counts;
organisations of several kinds at a fair added up, the place the stands fill, the edition this one
follows; the attendance given day by day. Invented text, each with a case left alone."""

from .support import headline_figures


LEAD = "Retour sur la journée\n\nLa matinée fut studieuse. "


def test_the_kinds_of_people_in_brackets_before_the_verb():
    text = LEAD + "Le 4 avril, plus de 70 acteurs du bassin (maires, infirmiers, associations…) se sont réunis à Valbrune."
    assert headline_figures(text) == {("participants", 70)}
    text = LEAD + "Le 4 avril, près de 70 acteurs (maires, infirmiers, etc.) se sont réunis à Valbrune."
    assert headline_figures(text) == {("participants", 70)}


def test_a_bracket_before_another_verb_is_no_attendance():
    assert headline_figures(LEAD + "Le 4 avril, les 70 élus du conseil (maires, adjoints…) ont voté le budget.") == set()


def test_people_listed_and_where_they_come_from():
    text = LEAD + "Quelque 60 élus, chargés de mission et techniciens venus de toute la région se sont retrouvés au moulin."
    assert headline_figures(text) == {("participants", 60)}


def test_people_listed_without_a_gathering_verb_are_not_counted():
    text = LEAD + "Quelque 60 élus, chargés de mission et techniciens venus de toute la région ont voté la motion."
    assert headline_figures(text) == set()


WEBINAR = "Bilan du webinaire des jardins partagés"


def test_a_webinar_called_a_web_conference_is_the_event():
    text = WEBINAR + "\n\nLe 3 mars, le réseau a animé un webinaire. Cette visioconférence a rassemblé près de 70 participants."
    assert headline_figures(text, WEBINAR) == {("participants", 70)}


def test_a_web_conference_under_another_title_is_one_session():
    title = "Retour sur la journée des jardins partagés"
    text = title + "\n\nLe 3 mars, le réseau a tenu sa journée. Cette web-conférence a réuni près de 70 participants."
    assert headline_figures(text, title) == set()


def test_the_event_length_before_its_attendance_as_subject():
    assert headline_figures(LEAD + "Pendant trois jours, les participants ont arpenté les sentiers du parc.") == {("days", 3)}


def test_a_length_before_other_people_is_not_the_event():
    assert headline_figures(LEAD + "Pendant trois jours, les élus ont arpenté les sentiers du parc.") == set()


def test_an_earlier_success_counts_are_not_the_event():
    text = LEAD + ("Fort du succès du premier salon, qui avait compté plus de neuf mille visiteurs en trois jours, "
                   "l'organisateur a lancé celui-ci. Trente exposants ont déjà donné leur accord.")
    assert headline_figures(text) == {("exhibitors", 30)}


def test_counts_without_an_earlier_success_are_the_event():
    text = LEAD + ("Il y a eu plus de neuf mille visiteurs en trois jours, un record pour le salon. "
                   "Trente exposants ont déjà donné leur accord.")
    assert headline_figures(text) == {("exhibitors", 30), ("visitors", 9000), ("days", 3)}


FAIR = "Le forum de l'emploi de Valbrune"


def test_organisations_of_several_kinds_at_a_fair_are_one_count_of_exhibitors():
    text = FAIR + "\n\nLe forum a accueilli 45 entreprises et 12 organismes de formation."
    assert headline_figures(text, FAIR) == {("exhibitors", 57)}


def test_a_part_of_the_organisations_is_not_added():
    text = FAIR + "\n\nLe forum a accueilli 45 entreprises, dont 12 organismes de formation."
    assert headline_figures(text, FAIR) == {("exhibitors", 45)}
    assert headline_figures(FAIR + "\n\nLe forum a accueilli 45 exposants et 12 associations.", FAIR) == {("exhibitors", 45)}


def test_the_stands_filling_the_place_after_the_edition_this_one_follows():
    text = FAIR + ("\n\nDeux ans après l'édition précédente, le forum revient à la halle que 45 entreprises "
                   "vont investir pour proposer leurs offres.")
    assert headline_figures(text, FAIR) == {("exhibitors", 45)}


def test_an_earlier_edition_counts_are_not_the_event():
    text = FAIR + "\n\nLors de sa précédente édition, le forum accueillait 45 entreprises dans la halle."
    assert headline_figures(text, FAIR) == set()
    assert headline_figures(FAIR + "\n\nLa ville a investi 40 millions dans la halle.", FAIR) == set()


def test_the_attendance_given_day_by_day_is_added_up():
    assert headline_figures(LEAD + "La fête a attiré 380 visiteurs le samedi et 240 le dimanche après-midi.") == {("visitors", 620)}
    text = LEAD + "La fête a attiré 380 visiteurs le samedi, 240 visiteurs le dimanche et 90 le lundi matin."
    assert headline_figures(text) == {("visitors", 710)}


def test_one_day_or_another_count_after_it_is_not_added():
    assert headline_figures(LEAD + "La fête a attiré 380 visiteurs le samedi.") == {("visitors", 380)}
    assert headline_figures(LEAD + "La fête a attiré 380 visiteurs le samedi et 240 euros de dons le dimanche.") == {("visitors", 380)}
