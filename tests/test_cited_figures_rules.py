"""Cited figures as French minutes, reports and articles write them: votes after each agenda item,
signed amounts, numbers inside names, parts of a whole, factors, "d'une semaine", lists of
references, and the numbers that only date or label something. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.document import Document, with_text_blocks
from pipelines.extract.claims import cited_figure_rows


def rows(text: str) -> list[dict]:
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text + "\n", page_starts=[0]))
    return cited_figure_rows([doc], [], None)


def figures(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in rows(text)]


# --------------------------------------------------------------------------- votes
def test_a_line_of_votes_is_quoted_with_what_was_voted_and_each_vote_is_its_own_row():
    text = ("1/ Vente de bois :\n\nLa coupe rapportera 3 000 €.\n\n9 votes pour\n\n"
            "2/ Tarifs de la salle\n\n9 votes pour\n\n3/ Travaux : Vote : 7 pour, 2 contre\n\n4/ Cantine : Vote : 7 pour")
    out = [(r["value"], r["measure"], r["quote"]) for r in rows(text)]
    assert out == [
        (3000, "€", "La coupe rapportera 3 000 €."),
        (9, "votes", "La coupe rapportera 3 000 €. 9 votes pour"),
        (9, "votes", "2/ Tarifs de la salle 9 votes pour"),
        (7, "pour", "3/ Travaux : Vote : 7 pour, 2 contre"),
        (2, "contre", "3/ Travaux : Vote : 7 pour, 2 contre"),
        (7, "pour", "4/ Cantine : Vote : 7 pour"),
    ]


def test_votes_after_a_long_account_keep_the_end_of_it():
    long_sentence = "Le conseil " + "examine le dossier " * 30 + "de la cantine."
    quote = rows(f"{long_sentence}\n\n2 abstentions 10 votes pour")[-1]["quote"]
    assert quote.endswith("de la cantine. 2 abstentions 10 votes pour") and len(quote) <= 320


# --------------------------------------------------------------------------- signs
@pytest.mark.parametrize("text, expected", [
    ("Le bilan est net : +35% de lauréats sur un an.", [(35, "percent")]),
    ("+4 000 € au compte 615, pour la toiture.", [(4000, "eur")]),
    ("L'écart atteint - 2.340€ sur la section.", []),                 # negative: the table holds none
    ("Virement de -4’210,15€ vers la réserve.", []),                  # not "210,15"
    ("L'équipe a marqué +2 au classement.", []),                      # a signed count: a score or a label
])
def test_signed_numbers(text, expected):
    assert figures(text) == expected


# --------------------------------------------------------------------------- numbers that name or date
@pytest.mark.parametrize("text, expected", [
    ("De Valbourg 3000 Lumières à la place du marché, la fête attire 400 visiteurs.", [(400, "count")]),
    ("Salle B : Atelier Python 3 Premiers Pas", []),
    ("Puis 2018 verra la fin du chantier.", []),
    ("Les clubs de 2015 restent actifs.", []),
    ("Le concert des élèves 2017 terminera la fête.", []),
    ("La ville compte 2000 habitants et 1500 agents.", [(2000, "count"), (1500, "count")]),
    ("Trois actions (3,5,7 ) portent sur les haies.", [(3, "count")]),
    ("Le taux atteint 3,5 % au printemps.", [(3.5, "percent")]),
    ("Le parc ferme entre deux heures et six heures du matin.", []),
    ("Retenons trois chiffres : 64% des bancs sont en bois.", [(64, "percent")]),
    ("Dans la zone, 80 places ont été créées.", [(80, "count")]),
    ("Voir la zone 2 du plan.", []),
])
def test_numbers_that_name_date_or_refer(text, expected):
    assert figures(text) == expected


def test_section_numbers_after_a_page_break_are_not_figures():
    text = ("Ordre du jour\n\n1 Subventions\n\n2 Voirie et 3 chantiers\n\n3 Travaux\n\x0c4 Budget de 40 000 €\n\n"
            "\x0c5 Préparation des élections")
    assert figures(text) == [(3, "count"), (40000, "eur")]


# --------------------------------------------------------------------------- what is counted
def test_a_part_counts_what_its_whole_counts():
    out = [(r["value"], r["measure"]) for r in rows("Au total, 14 sur les 20 dossiers déposés sont retenus.")]
    assert out == [(14, "dossiers déposés"), (20, "dossiers déposés")]
    assert [(r["value"], r["measure"]) for r in rows("La commune de 12 sur 3 niveaux.")] == [(3, "niveaux")]


def test_a_plus_sign_after_a_number_says_more_than():
    row = rows("• 200+ adhérents du réseau")[0]
    assert (row["value"], row["comparator"], row["approximate"], row["measure"]) == (200, ">", True, "adhérents du réseau")


def test_a_factor_is_a_figure_of_unit_factor_not_a_count():
    assert figures("Le coût du gaz serait multiplié par trois cet hiver.") == [(3, "factor")]
    assert figures("La facture a été divisée par 4 grâce aux 35 capteurs.") == [(4, "factor"), (35, "count")]
    assert figures("Trois communes ont voté pour.") == [(3, "count")]


@pytest.mark.parametrize("text, expected", [
    ("Les agents ont suivi un stage d'une semaine.", [(1, "week", None)]),
    ("Le bassin sera chauffé d'un degré de moins.", [(1, "degc", None)]),
    ("La fouille a duré plus d'un mois.", [(1, "month", ">")]),
    ("Un mois plus tard, la ville a rénové 6 gymnases.", [(6, "count", None)]),
    ("Le train part à une heure du matin.", []),
])
def test_one_unit_after_d_apostrophe(text, expected):
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows(text)] == expected


def test_an_adjective_of_order_between_a_number_and_its_unit():
    assert figures("Il faudra 3 M€ sur les 20 prochaines années.") == [(3000000, "eur"), (20, "year")]
    assert figures("Le suivi est gratuit les 6 premiers mois.") == [(6, "month")]


def test_neuf_counts_before_a_plural_noun_only():
    assert figures("La tournée passe par neuf communes du canton.") == [(9, "count")]
    assert figures("Le bâtiment neuf accueille 3 classes.") == [(3, "count")]


def test_a_counted_noun_between_quotation_marks():
    assert [(r["value"], r["measure"]) for r in rows("Les lycéens sont suivis par 12 « parrains ».")] == [(12, "parrains")]


def test_a_table_cell_ends_the_counted_noun():
    # a row "2<tab>Ville de Valbrune": the number is the value of its column, not a count of the name
    assert figures("Nombre de prix\tCommune\n2\tVillebois\n3\tSaint-Arnoux sur Lune\n") == []
    assert figures("La ville compte 12 écoles.") == [(12, "count")]


def test_a_time_alone_in_a_timetable_cell_is_a_clock_time():
    assert figures("PROGRAMME |\n|\n13h |\nAccueil des élus\n|\n14h\nOuverture du forum") == []
    assert figures("La visite dure 2h") == [(2, "hour")]


def test_the_slots_of_a_timetable_run_into_one_paragraph_are_clock_times():
    text = ("mardi 4 mai 14h30 Assemblée des membres au Palais des Congrès. 19h 19h Dîner des membres "
            "mercredi 5 mai 9h Accueil 9h45 Mots de bienvenue 11h Conférence du président")
    assert figures(text) == []
    # a duration before a capitalised word is kept, and so is an "18h" in a text without timetable
    assert figures("Le 9h30 Visite du site. Après 18h30, les élus ont siégé pendant 18h Puis la séance fut levée.") \
        == [(18, "hour")]
    assert figures("Les bénévoles ont travaillé 18h Dimanche.") == [(18, "hour")]


def test_a_time_after_a_slot_title_in_capitals_is_a_clock_time():
    text = "MARDI 4 MAI\n\nACCUEIL DES ÉLUS 9H\n\n9H30 – 11H ATELIERS\n\n14H30 – 16H PLÉNIÈRE\n"
    assert figures(text) == []
    # a duration in a sentence at the end of a line is kept
    assert figures("9H30 – 11H ATELIERS\n\n14H30 – 16H PLÉNIÈRE\n\nLa visite du chantier dure 2h\n") == [(2, "hour")]


def test_a_short_exclamation_after_the_figure_is_quoted_with_it():
    assert [r["quote"] for r in rows("La cérémonie a distingué 40 communes. Un record ! La suite est prévue.")] == \
        ["La cérémonie a distingué 40 communes. Un record !"]
    assert [r["quote"] for r in rows("La cérémonie a distingué 40 communes. La suite est prévue.")] == \
        ["La cérémonie a distingué 40 communes."]


def test_a_number_in_brackets_after_a_share_counts_its_noun():
    out = [(r["value"], r["unit"], r["measure"]) for r in rows("Le pont voit passer 38 % de cyclistes (52) et 62 % d’autos (85).")]
    assert out == [(38, "percent", "% de cyclistes"), (52, "count", "cyclistes"), (62, "percent", "% d’autos"), (85, "count", "autos")]
    assert figures("Le taux atteint 12 % (contre 10).") == [(12, "percent")]


# --------------------------------------------------------------------------- times, dates, ordinals, pages
def test_an_hour_with_its_minutes_after_a_blank_is_a_time_of_day():
    assert figures("Rendez-vous le matin de 9 h 15 à midi.") == []
    assert figures("\n10 h 45 : ouverture des travaux\n") == []
    assert figures("Les bénévoles ont donné 9 h de leur temps.") == [(9, "hour")]


def test_two_hours_side_by_side_are_a_slot_of_a_programme():
    assert figures("\n10H 12H\nVISITE DES STANDS\n\n14H 16H\nASSEMBLÉE\n") == []
    assert figures("Le forum a duré 6 h, pour 40 exposants.") == [(6, "hour"), (40, "count")]


def test_the_first_day_of_a_span_of_days_and_a_day_before_an_abbreviated_month_are_dates():
    assert figures("Dates : 14 au 16 avril") == []
    assert figures("Le salon se tiendra les 3 et 4 juin.") == []
    assert figures("Voir l'arrêté du 12 févr. 2019.") == []
    assert figures("Nous avons compté 14 et 16 stands en avril.") == [(16, "count")]


def test_a_year_before_a_singular_word_dates_it():
    assert figures("L'étude de 2017 portant sur les haies reste la référence.") == []
    assert figures("Le décret de 2016 encadre ces dépenses.") == []
    assert figures("La salle a accueilli 2017 spectateurs.") == [(2017, "count")]


def test_an_ordinal_set_apart_from_its_number_and_a_page_reference_are_no_figures():
    assert figures("La 14 e RENCONTRE DES ÉLUS") == []
    assert figures("Voir le détail p. 7 du dossier.") == []
    assert figures("La 14 e rencontre a réuni 7 élus.") == [(7, "count")]


def test_a_span_of_time_followed_by_plus_tard_is_a_point_in_time():
    assert figures("Trois ans plus tard, la commune éteint ses lampadaires.") == []
    assert figures("Les travaux ont duré trois ans.") == [(3, "year")]



def test_a_number_after_programme_names_the_programme():
    assert figures("Le programme 10 % de la mission réunit 40 agents.") == [(40, "count")]
    assert figures("Le programme a financé 10 % des projets.") == [(10, "percent")]


def test_figures_in_brackets_after_a_key_figure_count_what_it_counts():
    def with_event(text: str) -> list[tuple]:
        doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                       text=text + "\n", page_starts=[0]))
        return [(r["value"], r["measure"]) for r in cited_figure_rows([doc], [{"source_id": "t"}], None)]

    text = "Le forum des usages a réuni cette année 512 participants (410 en 2019, 450 en 2021) venus de la région."
    assert with_event(text) == [(410, "participants"), (450, "participants")]
    assert with_event("Le forum des usages a réuni cette année 512 participants. On comptait 410 en 2019.") == []


def test_a_bare_degree_sign_after_a_or_de_is_a_temperature_not_a_legal_paragraph_nor_an_angle():
    assert figures("Il faut chauffer à 19° les bureaux et baisser de 2° les gymnases.") == [(19, "degc"), (2, "degc")]
    assert figures("\n1° Approuve le règlement\n2° Autorise le maire à signer") == []
    assert figures("Une vision 360° du territoire, au 3° de l'article 12.") == []


def test_a_number_inside_a_web_or_e_mail_address_is_no_figure():
    assert figures("Pour en savoir plus : 10pourcent.exemple.gouv.fr") == []
    assert figures("Voir www.valbourg2030.fr ou écrire à contact2030@valbourg.fr.") == []
    assert figures("Le site de la commune a reçu 4 000 visites.") == [(4000, "count")]


def test_a_number_word_with_a_capital_inside_a_sentence_is_part_of_a_name():
    assert figures("Le journal (Vimeu Trois villes sœurs) a tiré 40 exemplaires.") == [(40, "count")]
    assert figures("La communauté des Sept Vallons compte 12 communes.") == [(12, "count")]
    assert figures("Bilan : Trois communes ont voté pour.") == [(3, "count")]


def test_a_share_alone_on_its_line_after_a_blank_line_is_a_chart_label():
    assert figures("Chiffres clés\n\n24%\n\n7% 46%\n") == []
    assert figures("Part des trajets à vélo\n24 %\n") == [(24, "percent")]


def test_a_short_quotation_after_a_verb_of_being_is_speech_not_a_title():
    assert figures("Cette année, la hausse a été « maintenue à 6 % » par la commune.") == [(6, "percent")]
    assert figures("Un budget qualifié de « en hausse de 3 % » par le maire.") == [(3, "percent")]
    assert figures("Le programme « objectif zéro papier en 2 ans » est lancé.") == []
    assert figures("Notre devise reste « objectif 100 % en ligne ».") == []


def test_a_document_may_open_with_a_figure_and_its_title_is_quoted_from_the_body():
    assert figures("200 000 agents publics utilisent le forfait mobilités.") == [(200000, "count")]
    out = rows("44 communes reçoivent leur label à Valbourg\n\nCette année, 44 communes figurent sur le podium.")
    assert [(r["value"], r["quote"], r["occurrences"]) for r in out] == [
        (44, "Cette année, 44 communes figurent sur le podium.", 2)]
    assert figures("-2 points de retard sur l'objectif.") == []


def test_a_count_after_a_relative_pronoun_and_etre_counts_its_antecedent():
    assert rows("Les communes adhérentes, qui sont 40 cette année, votent le budget.")[0]["measure"] == "communes adhérentes"
    assert figures("Un grand merci aux bénévoles, qui étaient plus de 60 à accueillir le public.") == [(60, "count")]
    assert figures("La salle, qui date de 1930, a été rénovée.") == []


# --------------------------------------------------------------------------- the event's own sessions, times of day
def _mentions(text: str, has_event: bool) -> list[tuple]:
    from pipelines.extract.mentions import find_mentions
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text + "\n", page_starts=[0]))
    return [(m.q.value, m.measure) for m in find_mentions(doc, key_figures_published=has_event)]


def test_a_count_of_the_events_own_sessions_is_left_to_its_key_figures():
    text = ("Au programme de la matinée : 4 ateliers et deux webinaires. "
            "La commune compte 14 jardins partagés.")
    assert [v for v, _ in _mentions(text, has_event=True)] == [14]
    # without an event (an article on a policy), the count of workshops is a cited figure
    assert [v for v, _ in _mentions("La métropole a animé 12 ateliers de quartier en un an.", has_event=False)] == [12]
    # a rate per session counts what is before it, not the sessions
    assert [v for v, _ in _mentions("On a compté 35 inscrits par atelier.", has_event=True)] == [35]


def test_an_hour_right_after_a_date_or_il_etait_is_a_time_of_day():
    assert figures("Les dossiers sont à déposer jusqu'au 14 juin 18h pour concourir.") == []
    assert figures("Il était 8h quand les bénévoles ont ouvert les portes.") == []
    assert figures("Rendez-vous le 3 mai 2025, 9h, devant la mairie.") == []
    # a duration is kept
    assert figures("Les bénévoles ont travaillé 18 heures pour monter la salle.") == [(18, "hour")]


def test_au_cours_d_une_journee_is_how_long_the_reported_event_lasts():
    text = "Le forum a rassemblé les élus du canton au cours d'une journée d'échanges sur les mobilités."
    assert _mentions(text, has_event=True) == []
    # without an event, the span of a day is kept as a duration
    assert [v for v, _ in _mentions(text, has_event=False)] == [1]


def test_a_noun_made_with_a_number_counts_nothing():
    assert figures("Un abri est réservé aux deux roues devant la gare.") == []
    assert figures("Les 2 roues motorisés ont leur propre parking.") == []
    # a number before another noun is a count
    assert figures("Un abri accueille douze vélos devant la gare.") == [(12, "count")]


def test_a_number_before_a_capitalised_label_and_its_number_is_a_page_of_a_table_of_contents():
    text = "Sommaire Préserver la forêt 12 Partie 3 : Rénover les logements 18 Annexe 1 : Glossaire"
    assert figures(text) == []
    # a count before a label in lower case inside a sentence is kept
    assert figures("Le quartier a vu 14 chantiers ouvrir, partie 2 du plan de rénovation.") == [(14, "count")]


def test_a_label_noun_after_an_elided_article_labels_its_number():
    assert figures("La commune progresse sur l’axe 7 des déchets et cite l'article 12 du règlement.") == []
    # the same number counting something after a noun that labels nothing is kept
    assert figures("La commune progresse sur l’entretien de 7 bâtiments des déchets.") == [(7, "count")]


def test_a_web_page_s_counter_alone_on_its_line_is_no_figure():
    assert figures("Publié le 3 mars\n\n1 250 vues\n\nLa commune a planté 40 arbres.") == [(40, "count")]
    # the same count inside a sentence of the text is a figure
    assert figures("La vidéo de la commune a totalisé 1 250 vues en un mois.") == [(1250, "count")]


def test_a_long_sentence_keeps_its_opening_when_the_figure_is_close_to_it():
    long_tail = ", ".join(f"une action pour le quartier numéro {w}" for w in ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"))
    out = rows(f"Ce programme, ce sont 12 chantiers utiles pour la ville, {long_tail}.")
    assert out[0]["value"] == 12 and out[0]["quote"].startswith("Ce programme, ce sont 12 chantiers")
    # a figure far into a long sentence is still quoted from the clause before it
    far = rows(f"Ce programme, {long_tail}, ce sont 12 chantiers utiles pour la ville, et la suite viendra.")
    assert far[0]["value"] == 12 and not far[0]["quote"].startswith("Ce programme")


# --------------------------------------------------------------------------- round 9: precision
def test_a_news_site_s_reading_time_and_age_warning_are_no_figures():
    assert figures("Cet article date de plus de trois ans.\nPublié Temps de lecture : 4min\n"
                   "La commune a rénové 12 logements.") == [(12, "count")]
    # a duration of reading inside the article's own sentence is kept
    assert figures("Les élèves ont consacré 4 heures à la lecture des textes.") == [(4, "hour")]


def test_a_year_before_a_singular_noun_of_time_is_a_year():
    assert figures("Publié le 3 mars 2019 Journée régionale 2019\nLe salon a reçu 300 visiteurs.") == [(300, "count")]
    # a count of days, in the plural, is kept
    assert figures("Le chantier a duré 1500 jours.") == [(1500, "day")]


def test_an_hour_after_a_date_in_figures_and_a_dash_is_a_time_of_day():
    assert figures("Réponse souhaitée le 14/10 – 18H au plus tard. Nous attendons 80 élus.") == [(80, "count")]
    # an hour after no date is a duration
    assert figures("Le forum a duré 6H et réuni 80 élus.") == [(6, "hour"), (80, "count")]


def test_an_hour_after_a_bullet_of_a_programme_run_into_one_line_is_a_time_of_day():
    text = "Déroulé • 9h15 café • 10h mot du maire • 10h30 débat • 12h déjeuner"
    assert figures(text) == []
    # without a bullet, an hour in prose is a duration
    assert figures("Le débat a duré 3h et réuni 40 élus.") == [(3, "hour"), (40, "count")]


def test_a_programme_item_opened_by_its_length_is_no_figure():
    text = "Déroulé :\n• 15mn Accueil des participants\n• 20 min Présentation du diagnostic\n- 1h Ateliers\n"
    assert figures(text) == []
    # a length inside the item's sentence is kept
    assert figures("• Les ateliers dureront 20 min chacun.") == [(20, "minute")]


def test_an_apostrophe_set_apart_by_the_layout_still_elides_a_label_noun():
    assert figures("L 'étape 3 du projet") == []
    assert figures("L 'étape a réuni 3 communes.") == [(3, "count")]


def test_the_scale_letter_before_euros_in_words_is_a_million():
    assert figures("Un plan de 120M d'euros a été voté.") == [(120_000_000, "eur")]
    # a distance in metres is kept as metres
    assert figures("La piste passe à 300 m de la mairie.") == [(300, "m")]


def test_a_number_before_a_fraction_noun_is_no_count():
    assert figures("Les autres deux tiers du réseau seront posés en mai, avec 12 techniciens.") == [(12, "count")]
    # a compound noun is still counted
    assert figures("La région compte 3 tiers-lieux.") == [(3, "count")]


def test_a_bare_number_compared_with_an_amount_takes_its_unit():
    assert figures("La commune paie 9 000 euros par an, contre 7 500 auparavant.") == [(9000, "eur"), (7500, "eur")]
    assert figures("Elle a payé 800 euros pour la salle, contre 650 en 2020.") == [(800, "eur"), (650, "eur")]
    # a number with its own noun after "contre" keeps counting it
    assert figures("Elle a payé 800 euros contre 20 repas.") == [(800, "eur"), (20, "count")]


def test_one_or_two_in_words_is_a_loose_estimate():
    assert figures("Chaque table accueillera un ou deux intervenants et 3 débats.") == [(3, "count")]
    assert figures("Chaque table accueillera deux intervenants.") == [(2, "count")]


def test_the_count_of_a_strategy_s_parts_is_cited_when_the_text_says_how_it_is_built():
    assert figures("Le plan est décliné en 4 axes stratégiques.") == [(4, "count")]
    # stated alone too: the hand-checked documents cite it beside the axes
    assert figures("Les 4 axes du plan sont présentés ici.") == [(4, "count")]


def test_a_footnote_call_after_a_figure_is_no_count():
    assert figures("La ville compte 40 % de foyers raccordés (2).") == [(40, "percent")]
    # a count of two digits in brackets after a share is kept (it counts the share's noun)
    assert figures("Le pont voit passer 38 % de cyclistes (52).") == [(38, "percent"), (52, "count")]


def test_mini_debates_are_sessions_of_the_event():
    from pipelines.extract.mentions import find_mentions
    text = "Le forum proposait 12 mini-débats pour un budget de 3 000 euros.\n"
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text, page_starts=[0]))
    assert [m.q.value for m in find_mentions(doc, key_figures_published=True)] == [3000]
    assert [m.q.value for m in find_mentions(doc)] == [12, 3000]


# --------------------------------------------------------------------------- tables of contents
def test_a_page_number_after_the_dot_leader_of_a_table_of_contents_is_no_figure():
    text = ("Sommaire\n\nMesure 1.1 : Planter des haies champêtres ........................ 14 "
            "Mesure 1.2 : Restaurer les mares . . . . . . . . 17 Mesure 2.1 : Former les agents …… 21\n\n"
            "Le plan prévoit de planter 40 kilomètres de haies.")
    assert figures(text) == [(40, "km")]


def test_an_ellipsis_in_a_sentence_is_no_dot_leader():
    assert (30, "count") in figures("Et puis... 30 bénévoles sont venus prêter main-forte au club.")


# --------------------------------------------------------------------------- a plan's size
def test_a_count_of_a_strategys_parts_chained_to_a_count_of_actions_states_the_plans_size():
    assert figures("Le schéma cyclable\n\n3 AXES - 21 ACTIONS\n\nLe schéma a été voté.") == [(3, "count"), (21, "count")]
    assert figures("Cinq axes de travail et douze actions ont été retenus par le comité.") == [(5, "count"), (12, "count")]
    assert figures("Les 4 orientations, 9 fiches et la méthode sont en ligne.")[:1] == [(4, "count")]


def test_a_count_of_a_strategys_parts_named_back_in_words_refers():
    # "les cinq axes" in words after a determiner refers to parts already named (referring_determiners)
    assert figures("Les cinq axes et la méthode du plan ont été votés.") == []
    # in digits, or in words without the determiner, it is a figure the text cites
    assert figures("Le comité a présenté ses 4 axes, puis la méthode.") == [(4, "count")]
    assert figures("Quatre axes et la méthode du plan ont été votés.") == [(4, "count")]


# --------------------------------------------------------------------------- lists of values
def test_each_value_of_a_list_takes_the_unit_written_after_the_last_one():
    assert figures("Trois devis ont été proposés à 12.000, 45.000 ou 80.000 euros.") == [
        (3, "count"), (12000, "eur"), (45000, "eur"), (80000, "eur")]
    assert figures("Les communes ont reçu 3, 5 ou 10 millions d'euros.") == [
        (3000000, "eur"), (5000000, "eur"), (10000000, "eur")]


def test_two_values_joined_by_ou_stay_one_range():
    out = rows("Il faut compter 2 ou 3 jours de travaux.")
    assert [(r["value"], r["value_max"], r["unit"]) for r in out] == [(2, 3, "day")]


# --------------------------------------------------------------------------- "pendant une heure"
def test_one_unit_of_time_after_pendant_is_a_duration():
    assert (1, "hour") in figures("Pendant une heure, une vingtaine d'habitants ont testé les vélos.")


def test_one_unit_of_time_elsewhere_is_an_article():
    assert figures("Une heure plus tard, une vingtaine d'habitants ont testé les vélos.") == [(20, "count")]
    assert figures("Le marché est ouvert pendant un mois de mai très festif.") == []


def test_a_bare_scaled_amount_in_the_list_under_an_amount_takes_its_unit():
    text = ("Le plan prévoit 40 millions d'euros d'investissements.\nRépartition :\n"
            "- Voirie : 6 millions\n- Réseaux : 7,3 millions\n")
    assert figures(text) == [(40000000, "eur"), (6000000, "eur"), (7300000, "eur")]
    # with its own noun it counts that noun
    assert figures("Le plan prévoit 40 millions d'euros. La ville compte 2 millions de visiteurs par an.") == [
        (40000000, "eur"), (2000000, "count")]
    # far from any amount, a bare scaled number stays a count
    assert figures("Voirie : 6 millions") == [(6000000, "count")]


def test_the_four_corners_of_a_place_is_an_idiom():
    assert figures("Ils venaient des quatre coins du département, 40 communes en tout.") == [(40, "count")]
    # another count of a thing with its noun is kept
    assert figures("La salle compte quatre tables et 40 chaises.") == [(4, "count"), (40, "count")]


def test_items_numbered_without_a_stop_are_no_figures():
    text = ("Ateliers : les étapes clés pour une égalité dès la petite enfance - 2 ateliers au choix\n"
            "1 agir par la formation\n2 agir par le projet\n3 agir ensemble avec les partenaires\n"
            "4 agir en faisant place aux parents\n")
    assert [f[0] for f in figures(text)] == [2]
    # a count opening a line, its neighbours not numbered in sequence, stays a figure; so do counts
    # that follow each other without starting at 1
    assert [f[0] for f in figures("Bilan de la saison\n12 ateliers ont eu lieu en mai.\n3 agents les ont animés.\n")] == [12, 3]
    assert [f[0] for f in figures("Fréquentation\n10 visiteurs le lundi\n11 visiteurs le mardi\n12 visiteurs le mercredi\n")] \
        == [10, 11, 12]
