"""Who said a cited figure in a sentence where a role set after the speaker's name by a comma is
never closed, when the body of the role is spelled out in brackets after its acronym and the verb
of speech takes "être" ("X, présidente de l'ALVB (Association des ...) est revenue sur ..."): the
brackets count as one word of the role, and "est revenue sur" is a verb of speech as "a rappelé"
is. Sentences written for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Claire Dumas", "présidente de l'ALVB"), ("Marc Lenoir", "préfet"))


def test_an_unclosed_role_with_a_bracketed_body_before_est_revenue_sur():
    text = ("Le salon fermier de Valbrune s'est tenu samedi. Claire Dumas, présidente de l'ALVB "
            "(Association des laiteries du val de Brune et des fermes de Trévanne réunies en réseau) "
            "est revenue sur le travail des 35 fermes du réseau pour la vente directe.\n")
    assert said(text, ROLES) == [(35, "dumas")]


def test_an_unclosed_role_before_a_verb_with_etre_that_tells_no_speech():
    # "est arrivée" tells no speech: the figure stays the reporter's
    text = ("Le salon fermier de Valbrune s'est tenu samedi. Claire Dumas, présidente de l'ALVB "
            "(Association des laiteries du val de Brune et des fermes de Trévanne réunies en réseau) "
            "est arrivée avec 35 fermes du réseau pour la vente directe.\n")
    assert said(text, ROLES) == [(35, None)]
