"""Who said a figure inside a quotation whose incise names its speaker ("« … », assurait X."),
when the next sentence names someone else after a verb of speech ("Il a cité Y ..."): the reach
past the quotation is for its incise only, the sentence after it is not read. Sentences written
for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Claire Dumas", "présidente du club de Valbrune"), ("Marc Lenoir", "éleveur à Trévanne"))


def test_a_name_in_the_sentence_after_the_incise_is_not_the_quotation_s_speaker():
    text = ("La fête du club de Valbrune a fermé ses portes dimanche. "
            "« Nous avons accueilli 12 exposants venus de toute la région », assurait Claire Dumas. "
            "Elle a ensuite cité Marc Lenoir et son troupeau primé.\n")
    assert said(text, ROLES) == [(12, "dumas")]


def test_two_speakers_in_the_incise_itself_still_give_none():
    # the limit: both names inside the incise's own sentence, no speaker can be chosen
    text = ("La fête du club de Valbrune a fermé ses portes dimanche. "
            "« Nous avons accueilli 12 exposants venus de toute la région », assuraient Claire Dumas "
            "et Marc Lenoir.\n")
    assert said(text, ROLES) == [(12, None)]
