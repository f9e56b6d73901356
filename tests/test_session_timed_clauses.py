"""A programme told in running prose, each moment after its time and a comma ("à 15 h 30,
spectacle de marionnettes ; à 17 heures, concert de la fanfare ; à 19 h 30, feu d'artifice,
suivi du bal"): each moment a session; made-up text."""

from __future__ import annotations

from pipelines.extract.events import extract_event
from pipelines.extract.session_timed_clauses import timed_clauses
from tests.support import doc_of, session_titles

TITLE = "La fête de la Saint-Jean de Valbrune"
LEAD = ("La fête de la Saint-Jean de Valbrune aura lieu ce week-end, samedi 22 et dimanche 23 juin. "
        "Le comité des fêtes a préparé un programme varié.\n\n")


def _titles(body: str) -> list[str]:
    """The session titles of the fête's article, ``body`` after its lead."""
    return session_titles(doc_of(LEAD + body, title=TITLE))


def test_each_timed_moment_of_the_prose_is_a_session():
    titles = _titles("Le dimanche, de nombreuses animations sont prévues : à 15 h 30, spectacle de marionnettes "
                     "pour les enfants sous le préau ; à 17 heures, concert de la fanfare municipale ; "
                     "à19 h 30, feu d'artifice au bord du lac, suivi du bal populaire.\n")
    assert "spectacle de marionnettes pour les enfants sous le préau" in titles
    assert "concert de la fanfare municipale" in titles
    assert "feu d'artifice au bord du lac" in titles


def test_sentences_breaks_and_places_after_a_time_are_no_moments():
    text = LEAD + ("À 10 h, les élus ont visité la station d'épuration. À 12 heures, repas champêtre ; "
                   "à 14 heures, salle des fêtes ; à 16 h, concert de la chorale.\n")
    titles = session_titles(doc_of(text, title=TITLE))
    assert not any("élus" in t or "repas" in t or t.lower().startswith("salle") for t in titles)
    assert "concert de la chorale" not in titles        # one moment left: no programme


def test_a_programme_told_in_timed_moments_is_an_event_of_its_own():
    # a preparatory meeting's article: no sentence says the fête is held, only its moments do
    text = ("Les bénévoles de l'association Valbrune Animations ont bouclé le programme de la fête du "
            "hameau lors de leur dernière réunion.\n\nSamedi, dès 15 heures, tournoi de pétanque sur la "
            "place ; vers 19 heures, animation musicale avec le groupe Les Zéphyrs et à partir de "
            "22 heures, feu d'artifice au-dessus de l'étang.\n")
    doc = doc_of(text, title="Valbrune. Le hameau prépare sa fête")
    assert extract_event(doc) is not None
    titles = session_titles(doc)
    assert "animation musicale avec le groupe Les Zéphyrs" in titles
    assert "feu d'artifice au-dessus de l'étang" in titles


def test_a_place_after_a_time_is_where_not_what():
    # a list of public meetings, each with its time and then its hall: no programme of moments
    text = ("Quatre réunions publiques sont prévues :\n\n• le mardi 4 mai, de 18 h à 20 h, en salle du "
            "conseil de Valbrune ;\n\n• le jeudi 6 mai, de 18 h à 20 h, au foyer de Kerbrun ;\n\n• le "
            "samedi 8 mai, de 10 h à 12 h, dans la cour de l'école Jean-Moulin ;\n\n• le lundi 10 mai, "
            "de 14 h à 16 h, espace Roger Valmont.\n")
    assert timed_clauses(doc_of(text, title="Concertation sur le plan de circulation")) == []


def test_a_bare_time_opening_each_sentence_tells_a_moment_too():
    titles = _titles("Le programme 10 h, balade commentée autour du lavoir. 12 h 30, pique-nique au bord de "
                     "l'étang. 15 h, atelier de vannerie avec l'association Brins d'Osier. 18 h, concert de la "
                     "chorale des Tilleuls. 22 h, feu de la Saint-Jean.\n")
    assert "atelier de vannerie avec l'association Brins d'Osier" in titles
    assert "concert de la chorale des Tilleuls" in titles
    assert "feu de la Saint-Jean" in titles
