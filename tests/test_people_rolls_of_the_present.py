"""A roll of who was present names no speakers unless a verb of speech does, on made-up texts (names
and places invented)."""

from __future__ import annotations

from .support import quoted_names


ROLL = ("Ils étaient présents à la remise des prix du tournoi de dimanche : Lucien Ferrand (président du club), "
        "Nadia Vernet (adjointe aux sports), Paul Terrier (directeur de l'office des sports).")


def test_a_roll_of_who_was_present_names_no_speakers():
    assert quoted_names(ROLL) == []


def test_the_same_people_with_a_verb_of_speech_are_speakers():
    # not a roll: the sentence says they spoke
    spoke = ROLL.replace("Ils étaient présents à", "Ont pris la parole à")
    assert "Lucien Ferrand" in quoted_names(spoke)


def test_people_present_before_a_role_or_beside_the_speaker_are_no_speakers():
    text = ("En présence du recteur et de maires du canton (dont Lucien Ferrand, conseiller départemental, "
            "et Nadia Vernet, députée), le président Paul Terrier a rappelé l'histoire du syndicat.")
    assert quoted_names(text) == ["Paul Terrier"]
    beside = ("Aux côtés de Lucien Ferrand, adjoint au maire, et de Nadia Vernet, sous-préfète, "
              "Paul Terrier a rappelé l'importance des clubs.")
    assert quoted_names(beside) == ["Paul Terrier"]
