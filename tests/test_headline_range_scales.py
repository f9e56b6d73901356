"""A range whose scale is written once, after its upper bound ("40 à 50 000 visiteurs"), starts at
40 000, not 40 (headline_prose_counts `_elided_scale`; round 252, issue 15); and a count of days
with an ordinal ("pendant les trois premiers jours") is some of the event's days, not its length
(headline_prose `_FIRST_OR_LAST`; round 253). Invented text only."""

from .support import headline_figures

_TITLE = "Congrès de Valbrune"


def test_the_lower_bound_takes_the_scale_of_the_upper_one():
    text = (f"{_TITLE}\n\nLe congrès s'est achevé samedi. C'est un succès populaire, avec 40 à 50 000 "
            "visiteurs au parc des expositions.\n")
    figures = headline_figures(text, title=_TITLE)
    assert ("visitors", 40000.0) in figures and ("visitors", 40.0) not in figures


def test_a_range_of_one_order_keeps_its_lower_bound():
    text = f"{_TITLE}\n\nLe congrès a accueilli de 300 à 350 visiteurs samedi au parc des expositions.\n"
    assert ("visitors", 300.0) in headline_figures(text, title=_TITLE)


def test_the_first_days_are_not_the_events_length():
    text = (f"{_TITLE}\n\nLe congrès s'est achevé samedi. C'est un succès, avec 4 000 visiteurs pendant "
            "les trois premiers jours.\n")
    figures = headline_figures(text, title=_TITLE)
    assert ("visitors", 4000.0) in figures and ("days", 3.0) not in figures
    text = f"{_TITLE}\n\nLe congrès a accueilli 4 000 visiteurs pendant trois jours.\n"
    assert ("days", 3.0) in headline_figures(text, title=_TITLE)
