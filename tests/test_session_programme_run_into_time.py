"""A bare time right after the word "programme" or a colon, in a programme told in running prose
("Le programme 9 h, rallye des écoles. 11 h, ..."): its moment is a session too; a bare time run
into a sentence's words is not; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TITLE = "La fête des moissons de Trévanne"
LEAD = ("La fête des moissons de Trévanne aura lieu ce dimanche 14 juillet sur la place du village. "
        "L'association des Amis du Four a préparé une journée chargée.\n\n")


def _titles(body: str) -> list[str]:
    return session_titles(doc_of(LEAD + body, title=TITLE))


def test_a_bare_time_after_the_word_programme_opens_a_moment():
    titles = _titles("Le programme 9 h, rallye pédestre des écoles. 11 h, démonstration de battage à "
                     "l'ancienne. 14 h, concours de pétanque en doublettes. 17 h, bal musette avec "
                     "l'orchestre Les Cigales.\n")
    assert "rallye pédestre des écoles" in titles
    assert "démonstration de battage à l'ancienne" in titles


def test_a_bare_time_after_other_words_opens_no_moment():
    titles = _titles("Les bénévoles sont là depuis 9 h, rallye pédestre compris. 11 h, démonstration de "
                     "battage à l'ancienne. 14 h, concours de pétanque en doublettes. 17 h, bal musette "
                     "avec l'orchestre Les Cigales.\n")
    assert "démonstration de battage à l'ancienne" in titles
    assert not any(t.startswith("rallye pédestre") for t in titles)
