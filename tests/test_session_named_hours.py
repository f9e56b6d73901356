"""A programme told in running prose whose times are said by name: "à midi, pique-nique au verger",
"Minuit, bal sous la halle" open a moment as "à 15 h 30," does; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TITLE = "La fête des moissons de Trévanne"
LEAD = ("La fête des moissons de Trévanne aura lieu samedi 9 août. "
        "Le comité des fêtes a préparé un programme varié.\n\n")


def _titles(body: str) -> list[str]:
    return session_titles(doc_of(LEAD + body, title=TITLE))


def test_noon_and_midnight_open_a_moment_like_a_figured_time():
    titles = _titles("Le programme : à 10 h, concours de boules carrées sur la place ; à midi, pique-nique "
                     "géant au verger communal ; à 16 heures, spectacle de jonglerie. 22 h 30, retraite "
                     "aux lampions. Minuit, bal musette sous la halle.\n")
    assert "pique-nique géant au verger communal" in titles
    assert "bal musette sous la halle" in titles
    assert "spectacle de jonglerie" in titles


def test_a_named_hour_inside_a_word_or_a_sentence_opens_no_moment():
    # "l'après-midi," is a part of the day, not a time; "à midi, les bénévoles ont ..." is a sentence
    titles = _titles("Le programme : à 10 h, concours de boules carrées ; dans l'après-midi, lâcher de "
                     "ballons ; à 16 heures, spectacle de jonglerie ; à 18 h, tirage de la tombola. "
                     "À midi, les bénévoles ont servi la soupe.\n")
    assert "spectacle de jonglerie" in titles
    assert not any("ballons" in t or "bénévoles" in t for t in titles)
