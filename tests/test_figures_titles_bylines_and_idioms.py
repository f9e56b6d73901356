"""Cited and headline figures as press articles and reports write them: a title restating a figure
of the body (one claim), an indicator line "Nombre de X sur le week-end : N." (a headline figure),
"100 % numérique" (a manner, not a share), a byline's numbers (the medium's name), "1001" (an
idiom), and the hour a time of day replaces ("à 8 heures au lieu de 9 heures"). Made-up texts only."""

from pipelines.extract.claims import document_figures

from .support import doc_of, headline_figures, mentions


def test_a_title_restating_a_figure_of_the_body_is_one_claim_quoted_from_the_body():
    text = ("Les 40 ans du club de Valbrune\n\n"
            "Samedi, l'association a fêté ses 40 ans de présence dans le quartier avec ses adhérents.\n")
    rows = document_figures(doc_of(text))
    assert [(r.value, r.occurrences) for r in rows] == [(40, 2)]
    assert rows[0].quote.startswith("Samedi")


def test_two_figures_of_the_body_with_the_same_value_stay_two_claims():
    text = ("Bilan de la saison\n\n"
            "Le club compte 40 adhérents.\n\nLe stade a accueilli 40 matchs.\n")
    assert len(document_figures(doc_of(text))) == 2


def test_a_title_ending_its_sentence_is_no_title_line():
    text = ("Le club a 40 ans.\n\n"
            "Samedi, l'association a fêté ses 40 ans de présence dans le quartier avec ses adhérents.\n")
    assert len(document_figures(doc_of(text))) == 2


LEAD = "Bilan de la journée\n\nLa matinée fut studieuse.\n\n"


def test_an_indicator_line_with_its_scope_and_a_full_stop_is_a_headline_figure():
    assert ("participants", 85) in headline_figures(LEAD + "Nombre de personnes présentes sur le week-end : 85.\n")
    assert ("participants", 85) in headline_figures(LEAD + "Nombre de participants : 85.\n")


def test_an_indicator_line_followed_by_a_sentence_is_not_a_headline_figure():
    assert ("participants", 85) not in headline_figures(
        LEAD + "Nombre de participants sur le week-end : 85. Les ateliers ont commencé à midi avec retard.\n")


def test_a_hundred_percent_online_is_a_manner_not_a_share():
    assert (100, "percent") not in mentions("Titre\n\nLe salon 100 % en ligne a réuni 40 communes.\n")
    assert (100, "percent") in mentions("Titre\n\nLe magazine est 100 % gratuit pour les habitants.\n")
    assert (100, "percent") in mentions("Titre\n\nLes repas sont 100 % bio depuis cette année.\n")


def test_the_numbers_of_a_byline_are_the_medium_s_not_figures():
    text = "Titre\n\nLe maire a inauguré 12 logements.\n\nArticle rédigé par Radio 9 - Radio 9 Valbourg, 4 journalistes\n"
    assert mentions(text) == {(12, "count")}


def test_a_long_line_opening_with_a_byline_cue_is_a_sentence_of_the_article():
    text = ("Titre\n\nRédigé par les élèves, ce guide de 40 pages recense les sentiers de la commune, leurs "
            "accès, leurs dénivelés, leurs points de vue, les espèces à observer au fil des saisons et les règles.\n")
    assert (40, "count") in mentions(text)


def test_a_thousand_and_one_is_an_idiom():
    assert mentions("Titre\n\nLes bénévoles ont assuré les 1001 facettes du métier lors de 12 ateliers.\n") \
        == {(12, "count")}
    assert (1002, "count") in mentions("Titre\n\nLa commune compte 1002 habitants.\n")


def test_the_hour_a_time_of_day_replaces_is_a_time_of_day():
    assert mentions("Titre\n\n- Ouverture du marché à 8 heures au lieu de 9 heures ;\n") == set()


def test_a_duration_compared_with_another_is_kept():
    assert (3, "hour") in mentions("Titre\n\nLa réunion a duré 2 heures au lieu de 3 heures prévues.\n")
