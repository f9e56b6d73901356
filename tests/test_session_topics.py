"""Sessions a press report names by their subject ("une table ronde a permis d'aborder ..."), on
made-up text (names and places invented)."""

from __future__ import annotations

from pipelines.extract.session_topics import _sessions_on_topics

from .support import doc_of


def topics(text: str) -> list[tuple[str, str]]:
    return [(kind, title) for title, _, _, kind in _sessions_on_topics(doc_of(text))]


def test_sessions_named_by_their_subject():
    text = ("Le congrès des maires de Valbois a réuni 300 élus. Une première table ronde, présidée par "
            "Paul Durand, maire de Valbrune, a permis d'aborder l'avenir des écoles rurales. Enfin un "
            "dernier débat animé par Anne Morel fut consacré au coût de l'énergie dans les communes "
            "puisque les factures ont doublé.\n")
    assert topics(text) == [("round_table", "l'avenir des écoles rurales"),
                            ("round_table", "le coût de l'énergie dans les communes")]


def test_a_name_or_a_session_word_without_such_a_verb_is_no_subject():
    text = ("Le congrès des maires de Valbois a réuni 300 élus. La table ronde fut consacrée à Valbrune, "
            "la ville hôte. Un débat a suivi sur les écoles rurales.\n")
    assert topics(text) == []
