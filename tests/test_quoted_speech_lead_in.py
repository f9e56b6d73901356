"""A short quotation whose source the sentence names before it opens ("Pour X, role, « … »",
"Selon X, « … »", "X a rappelé : « … »") is reported speech: its figures are claims, not a
title's or a slogan's. Made-up texts only."""

from .support import cast, cited_figures, said


def test_a_short_quotation_after_pour_or_selon_and_its_source_is_speech():
    for lead in ("Pour Marc Goff, vice-président de l'agglomération,", "Selon Marc Goff,", "D'après Marc Goff,"):
        text = f"{lead} « 30 % des fuites ont été réparées »."
        assert cited_figures(text) == [(30, "percent")], lead
        assert said(text, cast(("Marc Goff", None))) == [(30, "goff")], lead


def test_a_short_quotation_after_a_verb_of_speech_and_a_colon_is_speech():
    assert cited_figures("Le maire a rappelé : « 40 bâtiments rénovés cette année »") == [(40, "count")]


def test_a_short_title_between_quotation_marks_stays_a_title():
    assert cited_figures("La commune a lancé le programme « objectif 100 % local » cette année.") == []
    assert cited_figures("Pour la commune, le label « 100 % local » est une fierté.") == []
