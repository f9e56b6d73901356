"""Sessions a report counts, then narrates sentence by sentence by their rank ("Deux ateliers ont
rythmé l'après-midi. Le premier portait sur ..."). Invented texts."""

from __future__ import annotations

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.session_prose import _sessions_by_ordinal


def _doc(tmp_path, text: str):
    path = tmp_path / "rapport.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id="rapport", file=path.name, path=path))


def test_ranks_opening_sentences_give_their_topic_as_title(tmp_path):
    # the rank alone ("La première évoquait ...") or with the counted session word ("La seconde
    # table ronde portait sur ...", "La première table ronde tentera de définir ..."): the topic
    # after the verb is the title
    text = ("Le forum des Vergers a réuni les maires du canton.\n\n"
            "Deux tables rondes ont rythmé l'après-midi.\n\n"
            "La première évoquait le partage des bassins de baignade entre communes voisines. "
            "Un juriste a répondu aux questions.\n\n"
            "La seconde table ronde portait sur l'entretien des chemins ruraux, avec trois élus.\n")
    assert [(t, k) for t, _, _, k in _sessions_by_ordinal(_doc(tmp_path, text))] == [
        ("le partage des bassins de baignade entre communes voisines", "round_table"),
        ("l'entretien des chemins ruraux", "round_table")]


def test_a_day_counted_in_parts_then_a_rank_with_its_form(tmp_path):
    text = ("La rencontre de Valbois s'est déroulée en deux temps.\n\n"
            "Le premier était consacré à la présentation d'une étude sur les commerces de\n"
            "centre-bourg. Une urbaniste l'a commentée.\n\n"
            "La deuxième séquence, sous forme de débat public, a permis aux habitants de s'exprimer.\n")
    assert [(t, k) for t, _, _, k in _sessions_by_ordinal(_doc(tmp_path, text))] == [
        ("la présentation d'une étude sur les commerces de centre-bourg", "other"),
        ("deuxième séquence, sous forme de débat public", "round_table")]


def test_ranks_without_a_count_or_a_topic_verb_are_no_sessions(tmp_path):
    # no count of sessions nor of parts of the day: a rank opening a sentence is anything
    uncounted = ("Le syndicat a voté deux délibérations.\n\n"
                 "La première portait sur les tarifs de l'eau. La seconde évoquait les travaux du réservoir.\n")
    assert _sessions_by_ordinal(_doc(tmp_path, uncounted)) == []
    # a count, but the ranks neither open a sentence on a topic verb nor name a session word
    untitled = ("Trois ateliers ont suivi.\n\n"
                "Les élus ont cité la première idée du public et la deuxième proposition du bureau.\n")
    assert _sessions_by_ordinal(_doc(tmp_path, untitled)) == []
    # one rank alone is no list of sessions
    alone = ("Deux temps forts ont marqué la soirée.\n\nLe premier était consacré à la remise des prix du concours.\n")
    assert _sessions_by_ordinal(_doc(tmp_path, alone)) == []
