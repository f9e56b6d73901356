"""Who said a cited figure when the press sets the speaker's role between commas after the name,
then a relative clause with a verb of speech ("X, maire de Y, qui a rappelé que ..."): the clause
is the speaker's words, as in "X, maire de Y, a rappelé que ...". Sentences written for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))


def test_a_relative_clause_of_speech_after_the_role_is_the_speaker_s():
    text = ("Le forum des jardins a ouvert samedi. Claire Dumas, maire de Valbois, qui a rappelé que la commune "
            "avait planté 40 arbres cette année, a remercié les bénévoles.\n")
    assert said(text, ROLES) == [(40, "dumas")]
    text = ("Le forum des jardins a ouvert samedi, en présence de Claire Dumas, maire de Valbois, qui souligne "
            "une hausse des visites (plus de 35 % en un an).\n")
    assert said(text, ROLES) == [(35, "dumas")]
    # several roles between commas before the relative clause
    text = ("Claire Dumas, maire de Valbois, présidente du syndicat des eaux, qui a rappelé que le réseau "
            "perd 12 % de son eau, a ouvert la séance.\n")
    assert said(text, ROLES) == [(12, "dumas")]


def test_a_relative_clause_without_a_verb_of_speech_gives_no_speaker():
    # the clause tells what the speaker did, not what she said
    text = ("Le forum des jardins a ouvert samedi. Claire Dumas, maire de Valbois, qui a visité la serre où "
            "poussent 40 arbres, a remercié les bénévoles.\n")
    assert said(text, ROLES) == [(40, None)]
