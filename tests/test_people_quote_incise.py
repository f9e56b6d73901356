"""A person named right after the incise of a quotation ("« … », tranche X", "« … », ont réagi X et Y"):
who said it, with the people joined to them; and a role noun in a later incise ("», a prévenu la
maire") taken by the speaker holding that role, not by the people quoted in between. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people

from .support import cast, said


def names(text: str) -> list[str]:
    return [it.people[0].full for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # a verb a reporter keeps for the incise (claims.yaml `incise_verbs`), then the name
    ("« Le parking ouvrira en mars », alerte Odile Francart.", ["Odile Francart"]),
    ("« Rien n'est joué », pose Odile Francart en ouverture.", ["Odile Francart"]),
    # the same verbs in the past, two people joined by "et"
    ("« Les écoles vont en pâtir », ont réagi Gaston Leblay et Irène Vautrin.", ["Gaston Leblay", "Irène Vautrin"]),
    ("« Les écoles vont en pâtir », a déploré Gaston Leblay.", ["Gaston Leblay"]),
])
def test_a_name_after_the_incise_of_a_quotation_speaks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # the verb in running prose, no quotation before it: another sense ("pose" a thing, "alerte" someone)
    "Le jardinier pose Odile Francart au bord du bassin sur la photo.",
    "Le syndicat alerte Odile Francart du retard des travaux.",
    # a gesture in the incise (names.yaml `incise_gestures`), not words
    "« Le parking ouvrira en mars », sourit Odile Francart.",
    # a quotation, but no verb of speech after it
    "« Le parking », rue Odile Francart, ouvrira en mars.",
])
def test_no_speaker_without_a_quotation_and_its_incise(text):
    assert names(text) == []


def test_a_role_in_a_later_incise_goes_to_its_holder_not_to_the_people_quoted_between():
    people = cast(("Claire Dumas", "maire"), ("Paul Giraud", None), ("Anne Roux", None))
    text = ("Le conseil municipal s'est réuni mardi. La maire Claire Dumas a présenté le budget. "
            "« Les clubs vont souffrir », ont réagi Paul Giraud et Anne Roux. Autre mesure, une baisse des effectifs. "
            "« La commune emploie 64 agents. Ils vont encore baisser », a prévenu la maire.\n")
    assert said(text, people) == [(64, "dumas")]


def test_a_role_noun_no_speaker_holds_keeps_the_last_speaker_named():
    people = cast(("Claire Dumas", "adjointe"), ("Paul Giraud", None))
    text = ("Le conseil municipal s'est réuni mardi. Claire Dumas a présenté le budget. "
            "« La commune emploie 64 agents », a prévenu la trésorière.\n")
    assert said(text, people) == [(64, "dumas")]
