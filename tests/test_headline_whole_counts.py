"""People, stands and sessions are counted in whole numbers: a section number before a word of a
metric ("1.1 Les intervenants") is no headline figure; half a day still is one (headline.py;
round 235, issue 15). Invented text only."""

from .support import headline_figures

_TITLE = "Rencontres de l'énergie de Valbrune"


def test_a_section_number_before_a_metric_word_is_no_count():
    text = f"{_TITLE}\n\n1. Le programme\n\n1.1 Les intervenants\n\nLes élus et les techniciens du territoire.\n"
    assert not any(metric == "speakers" for metric, _ in headline_figures(text, title=_TITLE))


def test_whole_counts_are_still_read():
    text = f"{_TITLE}\n\nEn chiffres\n\n12 intervenants\n\n250 participants\n"
    assert {("speakers", 12.0), ("participants", 250.0)} <= headline_figures(text, title=_TITLE)
