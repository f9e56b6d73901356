"""Round r36f: a numbered series of labels is no figure ("Salle 1 | Salle 2"), and a number in
words after a determiner that opens its sentence counts ("Les cinq jardins ont ..."). Sentences
written for these tests."""

from __future__ import annotations

from pipelines.document import Document, with_text_blocks
from pipelines.extract.claims import cited_figure_rows


def figures(text: str) -> list[tuple]:
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text),
                                    sha256="0" * 64, text=text + "\n", page_starts=[0]))
    return [(r["value"], r["unit"]) for r in cited_figure_rows([doc], [], None)]


# --------------------------------------------------------------------------- numbered series
def test_a_table_header_of_numbered_rooms_is_no_figure():
    assert figures("| Horaire | Salle 1 | Salle 2 |\n| 10h | Accueil | Visite |") == []


def test_numbered_groups_run_into_one_line_are_no_figures():
    assert figures("Répartition des frais Groupe 1 Groupe 2 Groupe 3 Groupe 4") == []


def test_numbered_measures_each_before_their_title_are_no_figures():
    text = ("Mesure 1 Créer un guichet unique pour les habitants.\n\n"
            "Mesure 2 Ouvrir les jardins partagés le dimanche.")
    assert figures(text) == []


def test_a_count_before_its_noun_stays_a_figure():
    assert figures("Le parc compte 2 serres et 3 vergers.") == [(2, "count"), (3, "count")]


def test_a_word_and_close_numbers_before_a_counted_noun_stay_figures():
    # each number is followed by what it counts: no series of labels
    assert figures("Le premier jour, Valbourg 2 stands, Valbourg 3 stands le lendemain.") == [(2, "count"), (3, "count")]


def test_a_single_numbered_label_without_its_neighbour_is_left_to_other_rules():
    # no "Serre 3" nor "Serre 5": not a series, this rule leaves the 4 to the other rules
    assert (25, "count") in figures("La Serre 4 accueille 25 variétés de tomates.")


# --------------------------------------------------------------------------- counted subjects
def test_a_number_in_words_after_an_article_opening_the_sentence_counts():
    assert figures("Les cinq jardins ont accueilli des classes toute l'année.") == [(5, "count")]


def test_a_number_in_words_after_a_possessive_opening_a_line_counts():
    assert figures("Présentation du réseau\nSes douze antennes couvrent le département.") == [(12, "count")]


def test_a_number_in_words_after_les_mid_sentence_still_refers_back():
    assert figures("Le comité a visité les cinq jardins en une matinée.") == []


def test_ces_and_les_deux_still_refer_back():
    assert figures("Ces quatre projets seront soutenus.") == []
    assert figures("Les deux communes ont signé la convention.") == []
