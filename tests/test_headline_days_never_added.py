"""Headline figures: the days of an event are one duration. A block that states them more than
once (said again, or a part of them given) keeps the longest and never adds them up; other metrics
of the block are still added up. Invented text."""

from .support import headline_figures


HEAD = "Le forum en chiffres\n\n"


def test_days_said_again_are_not_added():
    text = HEAD + "3 jours\n120 exposants\n45 conférences\n3 jours de forum\n"
    assert headline_figures(text) == {("days", 3), ("exhibitors", 120), ("conferences", 45)}


def test_a_part_of_the_days_gives_way_to_the_whole():
    text = HEAD + "2 jours\n120 exposants\n45 conférences\n4 jours\n"
    assert ("days", 4) in headline_figures(text)
    assert ("days", 6) not in headline_figures(text)


def test_other_metrics_of_a_block_are_still_added():
    text = HEAD + "3 jours\n40 exposants\n20 exposants\n45 conférences\n"
    found = headline_figures(text)
    assert ("exhibitors", 60) in found
    assert ("days", 3) in found


def test_a_single_statement_of_days_is_kept():
    text = HEAD + "5 jours\n120 exposants\n45 conférences\n"
    assert ("days", 5) in headline_figures(text)
