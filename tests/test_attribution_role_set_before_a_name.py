"""Who said a cited figure whose sentence gives its source by a role alone ("Le maire a rappelé que
..."), when no speaker is titled with that role but the text set it right before one speaker's name,
with its article and no comma ("inaugurée par le maire Armand Queyrel"): that speaker. A role word
the text sets before no name (here "présidente") still gives nobody. Sentences written for these
tests."""

from __future__ import annotations

from .support import cast, said

_PEOPLE = cast(("Armand Queyrel", None), ("Lucie Ferrand", "directrice du chantier"))

_OPENING = ("Samedi, la nouvelle halle couverte de Valbrune a été inaugurée par le maire Armand Queyrel, "
            "en présence de Lucie Ferrand, directrice du chantier, et de nombreux habitants.\n\n"
            "Le chantier a duré plus d'une saison.\n\n")


def test_role_set_before_a_name_gives_that_speaker():
    text = _OPENING + "Le maire a rappelé que le chantier avait pris 37 jours de retard.\n"
    assert said(text, _PEOPLE) == [(37, "queyrel")]


def test_role_set_before_no_name_gives_nobody():
    text = _OPENING + "La présidente a rappelé que le chantier avait pris 37 jours de retard.\n"
    assert said(text, _PEOPLE) == [(37, None)]
