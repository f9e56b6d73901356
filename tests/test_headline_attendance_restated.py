"""The attendance restated after a change ("la fréquentation a baissé de 8 %, soit 2 300 visiteurs
contre 2 500 l'an passé") or after a colon closing a clause about it ("la baisse de fréquentation
par rapport à 2030 : 1 420 entrées payantes contre 1 610"); a difference ("soit 190 visiteurs en
moins") is no attendance. Invented text only."""

from .support import headline_figures


def test_the_attendance_after_soit_in_a_sentence_about_it():
    text = ("Le salon des vergers de Montbrac a fermé ses portes dimanche. La fréquentation du salon a enregistré "
            "une baisse de 8 %, soit 2 300 visiteurs contre 2 500 l'an passé.")
    assert headline_figures(text) == {("visitors", 2300)}
    # a difference restated is no total
    text = ("Le salon des vergers de Montbrac a fermé ses portes dimanche. La fréquentation du salon a baissé "
            "de 8 %, soit 190 visiteurs en moins.")
    assert headline_figures(text) == set()


def test_the_attendance_after_a_colon_closing_a_clause_about_it():
    text = ("La fête des potiers de Montbrac a fermé ses portes. Le premier constat, c'est la baisse de "
            "fréquentation par rapport à la dernière édition : 1 420 entrées payantes contre 1 610 en 2029.")
    assert headline_figures(text) == {("visitors", 1420)}
    # a colon after a clause about anything else announces no attendance
    text = ("La fête des potiers de Montbrac a fermé ses portes. Le premier constat, c'est la hausse des "
            "prix par rapport à la dernière édition : 1 420 entrées payantes contre 1 610 en 2029.")
    assert headline_figures(text) == set()
