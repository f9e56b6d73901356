"""A speaker telling the audience a feeling or a news ("fait part", "exprime"): a verb of speech,
so the figure of that sentence is credited to its named subject; not when nobody is named
("Le comité fait part de ..."). Made-up texts."""

from .support import cast, said

PEOPLE = cast(("Jean Trémel", "président"))


def test_fait_part_credits_the_named_subject():
    text = ("Assemblée générale de l'amicale des boulistes de Valbrune, 2031\n\n"
            "Jean Trémel fait part aux adhérents de sa joie d'avoir accueilli 420 exposants cette année.\n")
    assert said(text, PEOPLE) == [(420, "trémel")]


def test_fait_part_with_no_named_subject_credits_nobody():
    text = ("Assemblée générale de l'amicale des boulistes de Valbrune, 2031\n\n"
            "Le comité fait part aux adhérents de sa joie d'avoir accueilli 420 exposants cette année.\n")
    assert said(text, PEOPLE) == [(420, None)]
