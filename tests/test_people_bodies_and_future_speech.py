"""A speaker named with the body they come from or speak for, written without commas
("Prénom Nom de la coopérative X, à Valbourg, évoquera ...", "Prénom Nom pour l'Agence Y ont
présenté ..."), the future of the verbs of speech an announcement uses, and the speaker of a figure
whose name is followed by several appositions before the verb. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people

from .support import cast, said


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.full, item.organization) for item in quoted_people(text) for p in item.people]


# --------------------------------------------------------------------------- the future of speech
def test_the_future_of_a_verb_of_speech_confirms_a_speaker():
    assert _people("Au cours de la soirée, Maëlle Quéré évoquera son parcours.") == [("Maëlle Quéré", None)]
    assert _people("Ensuite, Maëlle Quéré et Paul Verdier détailleront le projet.")[-1:] == [("Paul Verdier", None)]


def test_a_future_that_is_no_speech_names_nobody():
    assert _people("Au cours de la soirée, Maëlle Quéré visitera les stands.") == []


# --------------------------------------------------------------------------- the body without commas
def test_a_body_after_the_name_then_a_place_then_a_verb_of_speech():
    text = "Trois témoins suivront. Paul Verdier de la coopérative de Valbrune, à Saint-Ouen, évoquera le métier."
    assert _people(text) == [("Paul Verdier", "coopérative de Valbrune")]


def test_a_body_read_in_the_capitalised_run_then_a_verb_of_speech():
    text = "Ensuite, Paul Verdier de la Maison Roussel à Valbrune racontera son métier."
    assert _people(text) == [("Paul Verdier", "la Maison Roussel")]


def test_a_body_spoken_for_in_an_enumeration_sharing_a_plural_verb():
    text = "Lucie Marchand, directrice de l'Office, et Paul Verdier pour la Société Roussel ont présenté leurs actions."
    assert ("Paul Verdier", "Société Roussel") in _people(text)


def test_a_body_without_a_verb_of_speech_names_nobody():
    assert _people("Paul Verdier de la commune voisine est venu en voisin.") == []
    assert _people("Paul Verdier de la Maison Roussel visitera les stands.") == []
    # "pour" and its article then a word in lower case: no body, a circumstance
    assert _people("Paul Verdier pour la première fois a visité les stands.") == []


# --------------------------------------------------------------------------- appositions before the verb
PEOPLE = cast(("Claire Dumas", "maire de Valbois"), ("Marc Lenoir", "préfet"))


def test_a_figure_after_a_name_its_appositions_and_a_verb_of_speech():
    text = ("La conseillère Claire Dumas elle aussi, au nom du syndicat des eaux, vice-présidente du comité, "
            "a souligné la baisse des fuites, avec 240 réparations.\n")
    assert said(text, PEOPLE) == [(240, "dumas")]


def test_appositions_naming_another_speaker_or_no_verb_give_no_speaker():
    text = ("La conseillère Claire Dumas elle aussi, comme Marc Lenoir et le syndicat, vice-présidente du comité, "
            "a souligné la baisse des fuites, avec 240 réparations.\n")
    assert said(text, PEOPLE) == [(240, None)]
    # another speaker named as a preposition's complement ("à l'invitation de X") is not the verb's
    # subject: the subject the appositions belong to speaks (round 167)
    text = ("La conseillère Claire Dumas elle aussi, à l'invitation de Marc Lenoir et du syndicat, vice-présidente du comité, "
            "a souligné la baisse des fuites, avec 240 réparations.\n")
    assert said(text, PEOPLE) == [(240, "dumas")]
    text = ("La conseillère Claire Dumas elle aussi, au nom du syndicat des eaux, vice-présidente du comité, "
            "a visité le chantier, avec 240 réparations.\n")
    assert said(text, PEOPLE) == [(240, None)]


# --------------------------------------------------------------------------- a speaker not yet confirmed
def test_a_pending_mark_between_the_name_and_its_role_keeps_the_role():
    assert _people("Lucie Marchand (sous réserve), ministre de la culture") == [("Lucie Marchand", None)]
    text = "Lucie Marchand (à confirmer), directrice de l'Office de Valbrune"
    assert [(p.full, item.role) for item in quoted_people(text) for p in item.people] == \
        [("Lucie Marchand", "directrice de l'Office de Valbrune")]


def test_a_pending_mark_after_a_thing_names_nobody():
    assert _people("La Maison Roussel (sous réserve), sera ouverte au public.") == []
    assert _people("Lucie Marchand (sous réserve) sera ouverte au public.") == []
