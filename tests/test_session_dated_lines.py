"""An agenda whose lines open with a weekday and its date, then a dash and the moment's title
("• SAMEDI 12 MARS - NUIT DU CONTE"): each line a session; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

LEAD = ("La Semaine des sciences revient à la médiathèque de Valbrune du 12 au 19 mars ! Au programme : "
        "ateliers, lectures et rencontres.\n\n")


def test_each_dated_line_is_a_session_titled_after_its_dash():
    text = LEAD + ("  • SAMEDI 12 MARS - NUIT DU CONTE\n\nDes histoires d'étoiles pour petits et grands. "
                   "De 18h à 22h > Médiathèque centrale\n\n"
                   "  • MERCREDI 16 MARS - LES ROBOTS DÉBARQUENT !\n\nAteliers de programmation et "
                   "démonstrations. De 14h à 18h > Médiathèque de Kerbrun\n\n"
                   "  • VENDREDI 18 MARS - CIEL ET POÉSIE\n\nUne soirée de lectures sous le planétarium. "
                   "À 20h > Auditorium\n")
    titles = session_titles(doc_of(text, title="La Semaine des sciences à Valbrune"))
    assert titles == ["NUIT DU CONTE", "LES ROBOTS DÉBARQUENT !", "CIEL ET POÉSIE"]


def test_two_dated_lines_or_a_time_after_the_dash_make_no_agenda():
    text = LEAD + ("  • SAMEDI 12 MARS - 18h\n\n  • MERCREDI 16 MARS - 14h\n\n  • VENDREDI 18 MARS - 20h\n")
    assert not any("18h" in t or "14h" in t for t in session_titles(doc_of(text, title="Semaine des sciences")))
