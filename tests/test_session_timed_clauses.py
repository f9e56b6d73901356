"""A programme told in running prose, each moment after its time and a comma ("à 15 h 30,
spectacle de marionnettes ; à 17 heures, concert de la fanfare ; à 19 h 30, feu d'artifice,
suivi du bal"): each moment a session; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TITLE = "La fête de la Saint-Jean de Valbrune"
LEAD = ("La fête de la Saint-Jean de Valbrune aura lieu ce week-end, samedi 22 et dimanche 23 juin. "
        "Le comité des fêtes a préparé un programme varié.\n\n")


def test_each_timed_moment_of_the_prose_is_a_session():
    text = LEAD + ("Le dimanche, de nombreuses animations sont prévues : à 15 h 30, spectacle de marionnettes "
                   "pour les enfants sous le préau ; à 17 heures, concert de la fanfare municipale ; "
                   "à19 h 30, feu d'artifice au bord du lac, suivi du bal populaire.\n")
    titles = session_titles(doc_of(text, title=TITLE))
    assert "spectacle de marionnettes pour les enfants sous le préau" in titles
    assert "concert de la fanfare municipale" in titles
    assert "feu d'artifice au bord du lac" in titles


def test_sentences_breaks_and_places_after_a_time_are_no_moments():
    text = LEAD + ("À 10 h, les élus ont visité la station d'épuration. À 12 heures, repas champêtre ; "
                   "à 14 heures, salle des fêtes ; à 16 h, concert de la chorale.\n")
    titles = session_titles(doc_of(text, title=TITLE))
    assert not any("élus" in t or "repas" in t or t.lower().startswith("salle") for t in titles)
    assert "concert de la chorale" not in titles        # one moment left: no programme
