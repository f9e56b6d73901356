"""Strategy axes on made-up texts (names and places invented): axes with no strategy word near them,
named by a line right over them counting them ("Les 4 axes de Cap Valbois") or by an undertaking
quoted just before them (le projet « Valbois Demain »); and list items bulleted with a lone full stop."""

from __future__ import annotations

from pipelines.document.plaintext import read_plain_text
from pipelines.extract.strategy import strategy_rows

from .support import doc_of


def rows(text: str, title: str | None = None) -> list[dict]:
    return strategy_rows([doc_of(text, title)])


COUNTED_LINE = ("La commune de Valbois a lancé une démarche avec les habitants : Cap Valbois.\n"
                "Les 3 axes de Cap Valbois\n"
                "- Axe 1 : ouvrir les cours d'école le samedi\n"
                "- Axe 2 : planter un verger dans chaque quartier\n"
                "- Axe 3 : réparer les vélos des collégiens\n")


def test_a_line_counting_the_axes_names_their_strategy():
    found = rows(COUNTED_LINE)
    assert [r["axis"] for r in found] == ["ouvrir les cours d'école le samedi", "planter un verger dans chaque quartier",
                                          "réparer les vélos des collégiens"]
    assert {r["strategy_name"] for r in found} == {"Cap Valbois"}


def test_a_line_that_is_a_sentence_or_counts_no_parts_names_nothing():
    # a sentence (its stop), a line counting no axis word, a line with no link word: no name, no axes
    assert rows(COUNTED_LINE.replace("Les 3 axes de Cap Valbois", "Les 3 axes de Cap Valbois sont connus.")) == []
    assert rows(COUNTED_LINE.replace("Les 3 axes de Cap Valbois", "Les 3 ateliers de Cap Valbois")) == []
    assert rows(COUNTED_LINE.replace("Les 3 axes de Cap Valbois", "Les 3 axes")) == []


QUOTED = ("Lancé l'an dernier, le projet « Valbois Demain » réunit une trentaine d'actions.\n\n"
          "Ces actions se répartissent autour de plusieurs axes :\n\n"
          "- la santé des habitants\n"
          "- les transports du quotidien\n"
          "- le sport pour tous\n")


def test_an_undertaking_quoted_before_the_axes_names_their_strategy():
    found = rows(QUOTED)
    assert [r["axis"] for r in found] == ["la santé des habitants", "les transports du quotidien", "le sport pour tous"]
    assert {r["strategy_name"] for r in found} == {"Valbois Demain"}


def test_a_quote_not_naming_an_undertaking_names_nothing():
    # a quoted phrase after another noun (a slogan, a title of a show): no strategy, no axes
    assert rows(QUOTED.replace("le projet « Valbois Demain »", "le slogan « Valbois Demain »")) == []
    # no quote at all
    assert rows(QUOTED.replace("le projet « Valbois Demain »", "le projet")) == []


DOTTED = ("Le projet « Valbois Demain » se décline autour de plusieurs axes :\n\n"
          ". la santé. Des maisons de santé ouvriront.\n\n"
          ". le sport, en rénovant les gymnases.\n\n"
          ". la culture. Une saison itinérante est prévue.\n")


def test_items_bulleted_with_a_lone_full_stop_are_a_list():
    blocks, _ = read_plain_text(DOTTED, [0])
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "list_item", "list_item"]
    found = rows(DOTTED)
    assert len(found) == 3 and found[0]["axis"].startswith("la santé") and found[1]["axis"].startswith("le sport")


def test_a_full_stop_before_a_figure_or_an_ellipsis_is_no_bullet():
    text = "Le budget progresse\n. 12 millions sont prévus.\n... et la suite\n"
    blocks, _ = read_plain_text(text, [0])
    assert all(b.kind != "list_item" for b in blocks)
