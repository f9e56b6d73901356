"""A count over a number of years ("Depuis 33 ans, près de 400 conférenciers sont venus") is a
total over a period, not the event's figure, as "depuis 2010" already was (headline_terms
`period`; round 236, issue 15). Invented text only."""

from .support import headline_figures

_TITLE = "Cycle de conférences de Valbrune"


def test_a_count_over_years_is_no_headline_figure():
    text = (f"{_TITLE}\n\nLe cycle de conférences de Valbrune reprend le 3 juillet 2031. Depuis 33 ans, près de "
            "400 conférenciers bénévoles sont venus parler d'histoire et d'art.\n")
    assert not any(metric == "speakers" for metric, _ in headline_figures(text, title=_TITLE))


def test_a_count_of_this_years_cycle_is_still_read():
    text = (f"{_TITLE}\n\nLe cycle de conférences de Valbrune reprend le 3 juillet 2031 : cette année, 12 "
            "conférenciers bénévoles sont venus parler d'histoire et d'art.\n")
    assert ("speakers", 12.0) in headline_figures(text, title=_TITLE)
