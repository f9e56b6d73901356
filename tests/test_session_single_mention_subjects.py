"""A press article that names, in passing, a round table by its subject, then another round table
by another subject ("la table ronde consacrée aux écoles ... la table ronde consacrée aux routes"),
reports two round tables; the same table said again, or said again without its subject, stays one."""

from tests.support import doc_of, session_titles

TWO_SUBJECTS = """Les élus de la vallée réunis à Valbrune

Le congrès des élus de la vallée s'est ouvert jeudi à Valbrune. La ministre a pris la parole en
préambule à la table ronde consacrée aux écoles rurales, devant trois cents participants.
Le lendemain, le préfet était le grand témoin de la table ronde consacrée à l'entretien des routes
communales. Le président a clos le congrès à midi.
"""

SAME_SUBJECT = """Forum des communes à Trévanne

Le forum s'est tenu samedi à Trévanne. Lucie Marchal a animé une table ronde consacrée aux écoles
rurales. Les maires présents ont salué la table ronde consacrée aux écoles rurales, puis la table
ronde a laissé place au déjeuner.
"""


def test_round_tables_named_by_two_subjects_are_two_sessions():
    assert session_titles(doc_of(TWO_SUBJECTS)) == [
        "table ronde consacrée aux écoles rurales",
        "table ronde consacrée à l'entretien des routes communales"]


def test_one_round_table_said_again_stays_one_session():
    assert session_titles(doc_of(SAME_SUBJECT)) == ["table ronde consacrée aux écoles rurales"]
