"""Who said a cited figure in a sentence opening with "En effet," right after a sentence that
reports a speaker's words in indirect speech ("X a rappelé que la ligne reste fréquentée. En effet,
elle transporte 640 voyageurs par jour"): the grounds go on with that speaker's words. After a
quotation ("« ... », se réjouit X. En effet, ...") they are the reporter's own figures. Sentences
written for these tests."""

from __future__ import annotations

from .support import cast, said


ROLES = cast(("Hélène Varin", "présidente du syndicat des eaux"), ("Paul Ferrand", "maire de Valbrune"))


def test_en_effet_goes_on_with_the_speaker_reported_in_indirect_speech():
    text = ("La réunion publique s'est tenue à Valbrune jeudi soir.\n\n"
            "Hélène Varin a rappelé que la ressource en eau reste fragile. En effet, elle alimente "
            "640 foyers du plateau.\n")
    assert (640, "varin") in said(text, ROLES)


def test_en_effet_after_a_quotation_is_the_reporters_own():
    text = ("La réunion publique s'est tenue à Valbrune jeudi soir.\n\n"
            "« La ressource en eau reste fragile », s'inquiète Hélène Varin. En effet, elle alimente "
            "640 foyers du plateau.\n")
    assert (640, None) in said(text, ROLES)
