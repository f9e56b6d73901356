"""A session word, then its title between quotation marks, introduced by a cue followed by the
title's article ("sur le « … »") or set in apposition between commas ("la table ronde, « … »,").
Invented text only."""

from __future__ import annotations

from pipelines.extract.session_prose import _prose_sessions

from .support import written_doc as read


def _titles(doc):
    return [(t, k) for t, _, _, k in _prose_sessions(doc)]


def test_a_cue_then_the_article_outside_the_quotation_marks(tmp_path):
    doc = read(tmp_path, "a.txt", (
        "Journées de Kerbrat\n\nAu menu : une conférence plénière sur la « Gestion des haies bocagères "
        "en commune », puis un repas.\n"))
    assert _titles(doc) == [("Gestion des haies bocagères en commune", "plenary")]


def test_a_title_in_apposition_between_commas(tmp_path):
    doc = read(tmp_path, "b.txt", (
        "Forum de Kerbrat\n\nLa seconde table ronde, « Quel avenir pour les petites gares ? », "
        "réunira trois maires du canton.\n"))
    assert _titles(doc) == [("Quel avenir pour les petites gares ?", "round_table")]


def test_no_session_from_words_quoted_after_a_comma(tmp_path):
    # a quotation after the comma that no comma closes: someone's words, not a title
    doc = read(tmp_path, "c.txt", (
        "Forum de Kerbrat\n\nÀ la sortie de la table ronde, « nous avons beaucoup appris » confiait une élue.\n"))
    assert _titles(doc) == []
    # an article with no cue before it introduces nothing
    doc = read(tmp_path, "d.txt", (
        "Forum de Kerbrat\n\nLa table ronde a repris le « pacte des communes rurales » signé l'an dernier.\n"))
    assert _titles(doc) == []
