"""Sessions a press article lists in one sentence between quotation marks after a programme's
lead-in and a colon, on made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.session_quoted_list import quoted_programme_list

from .support import doc_of


def listed(text: str) -> list[tuple[str, str]]:
    return [(kind, title) for title, _, _, kind in quoted_programme_list(doc_of(text))]


def test_quoted_titles_after_a_programme_lead_in():
    text = ("La soirée a réuni une trentaine de curieux à Valbrune.\n\n"
            "Trois exposés étaient au programme de cette soirée : \"Les mares de Kerval\", "
            "« Cartographier les haies » et “Compter les hérissons ?”.\n\nLe premier ...\n")
    assert listed(text) == [("other", "Les mares de Kerval"), ("other", "Cartographier les haies"),
                            ("other", "Compter les hérissons ?")]


def test_the_session_word_of_the_lead_in_types_the_titles():
    text = "Au programme, deux tables rondes : « Habiter Valbois demain » et « Le vélo au village ».\n"
    assert listed(text) == [("round_table", "Habiter Valbois demain"), ("round_table", "Le vélo au village")]


def test_no_programme_word_one_title_or_more_after_the_titles_is_no_list():
    # what people said, not a programme; one title alone; the sentence goes on after the titles
    assert listed("Le maire a déclaré : « Nous tiendrons », « Nous planterons ».\n") == []
    assert listed("Au programme : « Habiter Valbois demain ».\n") == []
    assert listed("Au programme : « Habiter Valbois », « Le vélo » puis un repas à la salle des fêtes.\n") == []
