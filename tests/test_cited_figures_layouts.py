"""Cited figures as real documents write them: scores ("4,2 / 5"), a change from one value to
another ("passée de 700.000 à deux millions d'euros"), a number that is the subject of its verb
("1 200 ont répondu"), sentences and labels cut from their figure by a PDF's or a web page's
layout, and numbers that are not claims (the minutes of "13:30", "#3", a phone line, the count of a
strategy's axes, how long the reported event lasts)."""

from __future__ import annotations

import pytest

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.mentions import find_mentions
from pipelines.document import Document, with_text_blocks

from .support import doc_of


def figures(text: str) -> list[tuple]:
    return [(r["value"], r["value_max"], r["unit"]) for r in cited_figure_rows([doc_of(text + "\n")], [], None)]


def quotes(text: str) -> list[tuple]:
    return [(r["value"], r["quote"]) for r in cited_figure_rows([doc_of(text)], [], None)]


@pytest.mark.parametrize("text, expected", [
    ("La satisfaction atteint 4,2 / 5 selon l'enquête.", [(4.2, None, "count")]),
    ("Les participants ont donné la note de 8/10 à la journée.", [(8, None, "count")]),
    ("La note moyenne est de 4,5 sur 5.", [(4.5, None, "count")]),
    # without a word of scores, "3/4" is no score; "8 élus sur 10" stays a proportion
    ("Le dossier 3/4 est clos.", []),
    ("Près de 8 élus sur 10 se disent satisfaits.", [(80, None, "percent")]),
])
def test_scores(text, expected):
    assert figures(text) == expected


def test_a_score_keeps_its_scale_in_its_measure():
    rows = cited_figure_rows([doc_of("La satisfaction atteint 4,2 / 5 selon l'enquête.\n")], [], None)
    assert rows[0]["measure"] == "/ 5"


@pytest.mark.parametrize("text, expected", [
    ("La facture a grimpé de 700.000 à deux millions d'euros.", [(700000, None, "eur"), (2000000, None, "eur")]),
    ("Les dépenses sont passées de 1,5 à 2 millions d'euros.", [(1500000, None, "eur"), (2000000, None, "eur")]),
    ("La couverture passera de 60 % à 90 % en 2027.", [(60, None, "percent"), (90, None, "percent")]),
    ("Le taux a été réduit de 30 % à 12 %.", [(30, None, "percent"), (12, None, "percent")]),
    # after a verb of amount, "de A à B" with one unit is a range: "réduire de 60 à 70 %"
    ("Cela a permis de réduire de 35 à 40% les déchets.", [(35, 40, "percent")]),
    ("Les travaux coûteront de 3 à 5 M€.", [(3000000, 5000000, "eur")]),
    ("Un million d'euros est prévu pour les écoles.", [(1000000, None, "eur")]),
    # the verb's object between the verb and "de": still a change
    ("La ville veut faire passer la part de repas bio de 20 % à 45 % d'ici cinq ans.",
     [(20, None, "percent"), (45, None, "percent"), (5, None, "year")]),
    # no verb of change before the object: a range
    ("La part de repas bio dans les cantines varie selon les écoles de 20 % à 45 %.", [(20, 45, "percent")]),
])
def test_a_change_from_one_value_to_another_is_two_figures(text, expected):
    assert figures(text) == expected


def test_a_number_that_is_the_subject_of_its_verb():
    assert figures("Au total, 1 200 ont répondu à l'enquête.") == [(1200, None, "count")]
    assert figures("A ce jour, 900 agents sont formés et ils seront 4 000 à la fin de l'année.") == \
        [(900, None, "count"), (4000, None, "count")]
    rows = cited_figure_rows([doc_of("A ce jour, 900 agents sont formés et ils seront 4 000 à la fin de l'année.\n")], [], None)
    assert rows[1]["measure"] == "agents"
    assert figures("Le numéro gagnant, 3 est sorti.") == []       # a verb in the singular counts nothing


def test_a_sentence_cut_by_the_layout_is_quoted_whole():
    text = "Le bilan\n\n4 800 élèves inscrits\n\net accueillis en juin.\n\n1 200 ont répondu à\n\nl'enquête.\n"
    assert quotes(text) == [(4800, "4 800 élèves inscrits et accueillis en juin."),
                            (1200, "1 200 ont répondu à l'enquête.")]
    # a block that ends a sentence, or a next one in capitals, is not joined
    assert quotes("La ville a rénové 12 écoles.\n\nelle a planté 300 arbres.\n")[0] == (12, "La ville a rénové 12 écoles.")
    assert quotes("Nous avons 12 écoles\n\nLa ville a planté 300 arbres.\n")[0] == (12, "Nous avons 12 écoles")


def test_a_figure_alone_in_its_block_is_quoted_with_its_label():
    text = "Actions du plan\n\n1. Rénover les écoles\n\n450 000 €\n/ 2 %\n\n2. Planter des haies\n\n90 000 €\n/ 1 %\n"
    assert quotes(text) == [(450000, "1. Rénover les écoles 450 000 € / 2 %"), (2, "1. Rénover les écoles 450 000 € / 2 %"),
                            (90000, "2. Planter des haies 90 000 € / 1 %"), (1, "2. Planter des haies 90 000 € / 1 %")]


@pytest.mark.parametrize("text", [
    "13:30 Amphi A",
    "Atelier #3 : les données",
    "Tél : 01 23 45 67 89 / 12 34",
])
def test_not_figures(text):
    assert figures(text) == []


def test_the_duration_of_the_reported_event_is_not_a_claim():
    text = "Le salon, c'est aussi pendant 3 jours : 70 stands et 415 repas.\n"
    # "70 stands" is the event's exhibitor count, published among its key figures, not as a claim
    assert [(m.q.value, m.q.unit) for m in find_mentions(doc_of(text), key_figures_published=True)] == \
        [(415, "count")]
    # a document about no event keeps it ("pendant 3 jours" of something else)
    assert (3, "day") in [(m.q.value, m.q.unit) for m in find_mentions(doc_of(text))]


def test_minutes_written_mn():
    assert figures("Une visite en 15 mn du site.") == [(15, None, "minute")]


def test_a_year_between_a_noun_and_its_complement_is_a_date():
    assert figures("Le conseil approuve le bilan 2024 de la communauté.") == []
    # in an enumeration of counts, a number in the years' range still counts
    assert figures("On compte 5120 antennes du réseau A, 2050 du réseau B.") == [(5120, None, "count"), (2050, None, "count")]


def test_thousands_written_with_an_apostrophe():
    assert figures("Le devis atteint 35’000 € pour la toiture.") == [(35000, None, "eur")]
    assert figures("Un virement de 6'120,40 € est voté.") == [(6120.4, None, "eur")]


def test_a_short_sentence_is_quoted_with_the_one_before():
    text = "Le conseil approuve la vente du terrain. 11 votes pour\nLe budget est adopté. 9 votes pour. 3 abstentions\n"
    rows = quotes(text)
    assert rows[0][0] == 11 and "vente du terrain. 11 votes pour" in rows[0][1]
    assert rows[1][0] == 9 and "adopté. 9 votes pour. 3 abstentions" in rows[1][1]
    assert rows[2] == (3, "9 votes pour. 3 abstentions")
    # a sentence of more words stands alone
    assert quotes("La ville est belle. Elle a rénové 12 écoles du centre.\n") == [(12, "Elle a rénové 12 écoles du centre.")]


def test_votes_labels_and_table_cells():
    rows = cited_figure_rows([doc_of("Tarif de la salle : Vote : 11 pour\n\nNombre de réponses reçues : 64\n\n"
                                     "Régions | Inscrits |\nRégion A | 37 |\n\nPage : 12\n")], [], None)
    assert [(r["value"], r["measure"]) for r in rows] == [(11, "pour"), (64, "Nombre de réponses reçues"),
                                                          (37, "Région A")]


def test_numbered_agenda_items_are_not_figures():
    text = ("Ordre du jour\n1. Subventions\n2. Budget\n3. Archivage\n\n1 Subventions\nLe conseil vote 3 subventions.\n"
            "2 Budget\nLe budget atteint 40 000 €.\n3 Archivage\n3.1 Salle\n3.2 Dossiers\n3.3 Tarifs\n")
    assert figures(text) == [(3, None, "count"), (40000, None, "eur")]
    # cards of a slide ("12 Communes adhérentes") are no numbering
    assert figures("Bilan\n\n12 Communes adhérentes\n30 Agents formés\n") == [(12, None, "count"), (30, None, "count")]


def test_a_series_in_brackets_counts_what_the_figure_before_counts():
    rows = cited_figure_rows([doc_of("Le salon a accueilli 510 visiteurs (430 en 2021, 470 en 2023).\n")], [], None)
    assert [(r["value"], r["measure"]) for r in rows] == [(510, "visiteurs"), (430, "visiteurs"),
                                                          (470, "visiteurs")]


def test_a_scaled_number_without_its_unit_takes_the_unit_of_the_one_before_it():
    assert figures("Le pont coûte 12 millions d'euros à la région et 8 millions à la commune.") == \
        [(12000000, None, "eur"), (8000000, None, "eur")]
    # a noun after "de" is what it counts; another scale word keeps it a count
    assert figures("Le pays compte 12 millions d'euros de dettes et 8 millions de foyers.") == \
        [(12000000, None, "eur"), (8000000, None, "count")]
    assert figures("La ville a reçu 12 millions d'euros et 8 000 visiteurs.") == \
        [(12000000, None, "eur"), (8000, None, "count")]


def test_key_figures_in_long_list_items_leave_their_sentences_other_figures():
    """Key figures stated in list items that are whole sentences: only the key figures' own
    numbers are left to the key figures; the other numbers of those sentences are claims. The
    same figures in a box of short lines leave the whole box out."""
    from pipelines.extract.documents import extract_document

    def cited(text: str) -> list[float]:
        rows = extract_document(with_text_blocks(Document("b", "b.txt", "text/plain", len(text), "", text, [0],
                                         title="Bilan des Rencontres de Valbrune 2031")))
        return sorted(r["value"] for r in rows["cited_figures"])

    sentences = ("Bilan des Rencontres de Valbrune 2031\n\nLes Rencontres de Valbrune se sont tenues le 4 mars 2031.\n\n"
                 "  • 6 ateliers pour construire ensemble des réponses locales, choisis parmi 31 propositions reçues "
                 "durant l'automne par l'équipe d'organisation et ses partenaires associatifs.\n"
                 "  • 420 participants aux débats, soit une moyenne de 70 personnes par séance, un peu plus que les "
                 "prévisions qui nous permettent d'assurer l'équilibre du budget de l'édition.\n")
    assert {31, 70} <= set(cited(sentences))
    assert 6 not in cited(sentences) and 420 not in cited(sentences)
    box = ("Bilan des Rencontres de Valbrune 2031\n\nLes Rencontres de Valbrune se sont tenues le 4 mars 2031.\n\n"
           "En chiffres\n6 ateliers\n420 participants\n70 personnes par séance\n")
    assert cited(box) == []


@pytest.mark.parametrize("text, expected", [
    # what a plan is made of, in any form of the verb
    ("Le schéma comporte 3 volets d'action.", [(3, None, "count")]),
    ("Un plan communal reposant sur 4 piliers a été voté.", [(4, None, "count")]),
    ("Le projet comprend 5 axes.", [(5, None, "count")]),
    # in words, or stated alone: the hand-checked documents cite the count beside the axes
    ("Un plan communal reposant sur quatre piliers a été voté.", [(4, None, "count")]),
    ("Les 5 orientations de la ville", [(5, None, "count")]),
    ("Trois ambitions ont été retenues par les élus.", [(3, None, "count")]),
    # an adjective before the parts' noun
    ("Trois grands axes de travail ont été retenus.", [(3, None, "count")]),
    # named back with a determiner, in words, it refers to parts already counted
    ("Les trois axes sont présentés plus bas.", []),
    ("Les trois grands axes sont présentés plus bas.", []),
    # a dotted number before a part's noun numbers a section
    ("Sommaire : 4.2 Orientation 2 – agir pour le climat", []),
])
def test_the_count_of_a_strategys_parts_stated_with_how_it_is_built(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of time opening its sentence before "après"/"avant" and a determiner dates what follows
    ("Trois ans après l'ouverture du marché, la halle attire 900 clients.", [(900, None, "count")]),
    ("À peine six mois après la fête, la ville a planté 40 arbres.", [(40, None, "count")]),
    ("Six mois avant la fin des travaux, 12 logements sont livrés.", [(12, None, "count")]),
    # mid-sentence, the span states a delay and is kept
    ("Les documents arrivent 3 jours avant le conseil.", [(3, None, "day")]),
    ("La halle a ouvert ses portes. Trois ans durant, elle a accueilli 900 clients.", [(3, None, "year"), (900, None, "count")]),
])
def test_a_span_of_time_opening_its_sentence_before_apres_is_a_date(text, expected):
    assert figures(text) == expected


def test_a_line_opening_with_its_own_figure_after_the_key_figures_is_a_claim():
    def found(text):
        return [(m.q.value, m.q.unit) for m in find_mentions(doc_of(text), key_figures_published=True)]

    block = "Bilan du forum :\n\n520 participants\n40 intervenants\n12 ateliers\n"
    assert found(block + "80 % des visiteurs conquis\n\nLa suite en 2031.\n") == [(80, "percent")]
    # a short line describing the last key figure stays with the block, and so does every line of
    # a box announced as the key figures
    assert found(block + "soit 20 % de plus\n\nLa suite en 2031.\n") == []
    boxed = block.replace("Bilan du forum :", "Le forum en chiffres")
    assert found(boxed + "80 % des visiteurs conquis\n\nLa suite en 2031.\n") == []


def test_one_unit_and_a_half_written_in_words_is_a_figure():
    assert figures("La piste cyclable compte un mètre et demi de large.") == [(1.5, None, "m")]
    assert figures("Un an après, le réseau compte 3 km de tuyaux.") == [(3, None, "km")]


def test_the_attendance_restated_in_people_anywhere_is_left_to_the_key_figures():
    text = ("Le forum de Valbrune a rassemblé 650 participants samedi.\n\n"
            "Valbrune : plus de 650 personnes à la foire aux plantes\n\nLa ville a aussi planté 650 arbres.\n")
    found = [(m.q.value, m.measure) for m in find_mentions(doc_of(text), key_figures_published=True)]
    assert found == [(650, "arbres")]
    # a document without an event publishes no key figure: every count is a claim
    assert len(find_mentions(doc_of(text))) == 3


def test_the_attendance_restated_in_words_is_left_to_the_key_figures():
    text = ("Le salon de Valbrune a réuni plus d'un millier de personnes samedi.\n\n"
            "Le maire a salué la belle affluence (plus d'un millier de personnes) et les 30 stands.\n\n"
            "La ville a aussi planté un millier d'arbres.\n")
    found = [(m.q.value, m.measure) for m in find_mentions(doc_of(text), key_figures_published=True)]
    assert (1000, "personnes") not in found
    # the same count of another thing is a claim
    assert (1000, "arbres") in found


def test_a_collective_whose_noun_was_given_before_it_counts_that_noun():
    assert figures("Il a publié plus de 300 articles, dont une centaine dans des revues savantes.") == [
        (300, None, "count"), (100, None, "count")]
    assert figures("Nous avons une soixantaine d'inscrits pour la ferme et une trentaine pour le musée.") == [
        (60, None, "count"), (30, None, "count")]
    # no count before it in the sentence: nothing tells what it counts
    assert figures("Une trentaine pour le musée, voilà ce que nous voulions.") == []


def test_a_count_in_brackets_after_a_plural_noun_counts_it():
    text = "Le réseau regroupe à la fois des communes (plus de 300) et des régies de transport (45).\n"
    assert [(m.q.value, m.measure) for m in find_mentions(doc_of(text))] == [
        (300, "communes"), (45, "régies de transport")]
    # a note's call, or a year, in brackets: no count
    assert find_mentions(doc_of("Les collectivités (1) sont concernées par la mesure.\n")) == []
    assert find_mentions(doc_of("Les communes (2019) ont signé la charte.\n")) == []
    # after a capitalised word, the bracket gives a place's département code, not a count
    assert find_mentions(doc_of("Les assises des communes de Villebois (33) ont réuni les élus.\n")) == []


def test_among_a_count_of_things_is_a_count():
    assert figures("Le projet vise à mutualiser biens et services entre 36 entreprises du parc.") == [(36, None, "count")]
    # "entre" with its upper bound stays a range; with none and no noun, nothing is read
    assert figures("Le coût sera entre 3 et 4 millions d'euros.") == [(3000000, 4000000, "eur")]
    assert figures("Le chantier se situe entre 36 et la rocade.") == []


def test_the_attendance_restated_after_its_word_and_a_comma_is_left_to_the_key_figures():
    text = ("Le salon de Valbrune a accueilli 1 200 élèves jeudi.\n\n"
            "La halle a été investie par des centaines d'élèves, 1 200 exactement, venus des collèges voisins.\n\n"
            "La région a financé des cars, 1 200 places au total.\n")
    found = [(m.q.value, m.measure) for m in find_mentions(doc_of(text), key_figures_published=True)]
    # the same number after another word is a claim
    assert found == [(1200, "places")]


def test_an_outline_run_into_one_line_numbers_sections():
    # "3.1", "3.2" before capitalised titles, run into one line: section numbers
    text = ("Sommaire 2. Cadre 3. Diagnostic 3.1 Contexte régional 3.2 Démographie locale 3.3 Équipements "
            "publics 4. Enjeux. La commune compte 1 250 logements.")
    assert figures(text) == [(1250, None, "count")]


def test_a_dotted_decimal_without_a_neighbour_is_kept():
    # no "2.4" nor "2.6" in the text: a decimal written with a dot, not a section (a count with
    # a decimal part is no count, figure_exclusions.py: the decimal keeps its unit here)
    assert [f[0] for f in figures("Le réseau du quartier atteint 7.5 km de pistes Cyclables cette année.")] == [7.5]


def test_a_contents_run_into_a_paragraph_with_three_dot_leaders():
    text = ("SOMMAIRE Ouverture... 3 Jean MARTIN, Agence de l'eau... 5 Le diagnostic partagé... 8 "
            "Liste des participants... 24\n\nLe séminaire a réuni 120 participants.")
    assert figures(text) == [(120, None, "count")]


def test_a_single_ellipsis_before_a_figure_is_prose():
    assert (300, None, "count") in figures("Ils étaient nombreux... 300 Valbourgeois ont répondu à l'appel.")


def test_a_posts_reading_time_is_the_sites_chrome():
    text = "- Rédaction\n- il y a 2 jours\n- 4 min de lecture\nLa fête a accueilli 3 000 visiteurs."
    assert figures(text) == [(3000, None, "count")]


def test_minutes_of_reading_in_a_sentence_are_kept():
    text = "Chaque matin, les élèves font 20 minutes de lecture silencieuse avec leur enseignant dans toutes les classes."
    assert (20, None, "minute") in figures(text)


def test_a_file_size_in_kibibytes_is_no_figure():
    assert figures("Le plan en images (JPEG - 98.2 kio). Le plan prévoit 400 arbres.") == [(400, None, "count")]


def test_a_year_after_courant_is_a_date():
    assert figures("La commune a organisé courant 2019 six réunions publiques avec 250 habitants.") == [
        (6, None, "count"), (250, None, "count")]


def test_a_number_after_n_whose_sign_was_lost_is_a_label():
    assert figures("La Revue des territoires n 212 consacre un dossier aux 35 communes du bassin.") == [(35, None, "count")]


def test_a_count_inside_a_name_after_a_small_word():
    text = "- Association Le Moulin à 4 Ailes (29)\n- La fête a réuni 300 visiteurs."
    assert figures(text) == [(300, None, "count")]


def test_a_count_after_a_small_word_before_a_common_noun_is_kept():
    assert (40, None, "count") in figures("Le comité de Valbourg a réuni 40 maires à 4 reprises.")
