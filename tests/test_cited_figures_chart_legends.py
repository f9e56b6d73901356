"""A chart's legend or axis read as lines of text ("5 étoiles" over "3 étoiles" over "2 étoiles"):
its ticks are not figures the text cites; a box of key figures, a column of a table out of order,
two lines only and a sentence are kept."""

from __future__ import annotations

import pytest

from pipelines.extract.claims import cited_figure_rows
from pipelines.extract.figure_exclusion_labels import _legend_run

from .support import doc_of


def figures(text: str) -> list[tuple]:
    return [(r["value"], r["unit"]) for r in cited_figure_rows([doc_of(text + "\n")], [], None)]


@pytest.mark.parametrize("text", [
    "Niveau visé\n\n5 étoiles\n\n3 étoiles\n\n2 étoiles\n\nLa commune de Valbrune poursuit son action.",
    "Longueur des pistes\n10 km\n20 km\n30 km\n40 km\nSource : service voirie",
    "Échelle\n- 1 étoiles\n- 2 étoiles\n- 3 étoiles\n- 4 étoiles",
])
def test_a_charts_ticks_are_not_figures(text):
    assert [f for f in figures(text) if f[1] != "count"] == []


def test_the_rule_reads_the_whole_run():
    text = "objectif\n\n6 niveaux\n\n4 niveaux\n\n1 niveaux\n\nfin"
    line = text.find("4 niveaux")
    assert _legend_run(text, line, text.find("\n", line))


@pytest.mark.parametrize("text, kept", [
    # a sentence
    ("La commune de Valbrune a obtenu 5 étoiles au label cette année.", (5, "star")),
    # two lines only
    ("Niveau\n\n5 étoiles\n\n3 étoiles\n\nLa suite du texte.", (5, "star")),
    # a column of a table, not in order
    ("Pistes\n12 km\n35 km\n8 km\nTotal", (35, "km")),
])
def test_what_is_no_legend_is_kept(text, kept):
    assert kept in figures(text)


def test_a_box_of_different_things_is_no_legend():
    text = "Le territoire\n12 communes\n45 élus\n300 agents\n"
    line = text.find("45 élus")
    assert not _legend_run(text, line, text.find("\n", line))


@pytest.mark.parametrize("text", [
    "Fiche de la commune\n\nTaux global\n\n64.2%\n\nRégion\n\nValbrune",
    "Indicateurs\n\nPart modale\n\n12 %\n\nSource\n",
])
def test_a_value_under_its_title_across_a_blank_line_is_kept(text):
    assert [f for f in figures(text) if f[1] == "percent"] != []


@pytest.mark.parametrize("text", [
    # a chart's label: no title right over it
    "Le graphique ci-dessous.\n\n24 %\n\n31 %\n",
    # the line over the blank is a sentence, not a title
    "La part du vélo a progressé, selon l'enquête.\n\n24 %\n",
    # no blank line and no word on the line before
    "2021\n24 %\n",
])
def test_a_chart_label_without_a_title_stays_out(text):
    assert [f for f in figures(text) if f[1] == "percent"] == []


def test_a_title_over_a_series_of_values_is_a_chart():
    # more values under the figure: the chart's figures, its title over them
    assert figures("Répartition\n\n24%\n\n7% 46%\n") == []


def test_a_long_ordered_list_is_an_inventory_not_a_legend():
    # a chart has a handful of ticks; twenty ordered lines are the writer's own list, and a long
    # run costs the rule a few lines per figure, not the run's length
    text = "Lampadaires remplacés, rue par rue\n" + "".join(f"- {i} lampadaires\n" for i in range(1, 21))
    line = text.find("- 5 lampadaires")
    assert not _legend_run(text, line, text.find("\n", line))
    assert len(figures(text)) == 20
    short = "Échelle\n- 1 lampadaires\n- 2 lampadaires\n- 3 lampadaires\n"
    line = short.find("- 2 lampadaires")
    assert _legend_run(short, line, short.find("\n", line))
