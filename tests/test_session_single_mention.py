"""A press article that names, in passing, the one round table or plenary an event held ("X a
animé une table ronde sur le thème de ...") gives that session, titled with what qualifies it;
the words a text also uses for a genre or a body ("des conférences", "la Conférence des maires",
"la conférence de presse") give none."""

from tests.support import doc_of, session_titles

ARTICLE = """Les maires du département réunis à Melun

Le congrès départemental des maires s'est tenu samedi à Melun. Plus de deux cents élus ont fait
le déplacement. Paul Aubert, maire de Vernay, a animé une table ronde sur le thème de l'eau et de
l'assainissement, avec les présidents des syndicats. La table ronde a duré deux heures.
"""

QUOTED = """Rencontres de la forêt à Gérardmer

Les rencontres ont réuni les propriétaires forestiers de la vallée. L'après-midi s'est achevé par
une table ronde autour du film « Quelle forêt en 2050 ? Quels choix pour les communes ? » qui a
réuni quatre intervenants.
"""

PLENARY = """Assises régionales de la mobilité

La conférence plénière a réuni les représentants des régions et des intercommunalités. Les
participants ont ensuite visité les stands.
"""

NO_SESSION = """Salon des collectivités à Dijon

La Conférence des maires de l'agglomération a présenté le salon lors de la conférence de presse.
Le salon propose des conférences et des tables rondes sur la transition écologique.
"""


def test_a_round_table_named_in_passing_is_a_session_with_its_complement():
    assert session_titles(doc_of(ARTICLE)) == ["table ronde sur le thème de l'eau et de l'assainissement"]


def test_a_quoted_title_in_the_complement_is_kept_whole():
    assert session_titles(doc_of(QUOTED)) == [
        "table ronde autour du film « Quelle forêt en 2050 ? Quels choix pour les communes ? »"]


def test_the_plenary_named_alone_is_a_session():
    assert session_titles(doc_of(PLENARY)) == ["conférence plénière"]


def test_a_genre_word_a_body_or_a_press_conference_is_no_session():
    assert session_titles(doc_of(NO_SESSION)) == []
