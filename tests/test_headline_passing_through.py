"""People passing through the event one group after another, in the present of a report: "quelque
900 collégiens se succèdent sur les stands" is the event's attendance; the same verb after a count
of the programme ("quatre conférences se succèdent") counts sessions, not people. Invented text."""

from __future__ import annotations

from .support import figures_between

_TITLE = "Forum des métiers de Valbrune"


def test_people_passing_through_count_the_attendance():
    sentence = "Au gymnase de Valbrune, près de 740 collégiens se succèdent toute la matinée devant les stands."
    assert ("participants", 740) in figures_between(_TITLE, sentence, "Le forum ferme à midi.")


def test_sessions_passing_one_after_another_are_no_attendance():
    sentence = "Au gymnase de Valbrune, quatre conférences se succèdent toute la matinée."
    assert ("participants", 4) not in figures_between(_TITLE, sentence, "Le forum ferme à midi.")
