"""A verb of speech in a compound past that the verb lists leave out (names.yaml
`speech_past_words`: a pledge, a reporter's word for the speaker's tone) confirms a speaker."""

from __future__ import annotations

from pipelines.extract.people_in_prose import quoted_people
from pipelines.extract.people_listed import _byline_people
from pipelines.extract.programme_reader import _Reader

from .support import doc_of


def _names(text: str) -> list[str]:
    return [p.full for item in quoted_people(text) for p in item.people]


def test_pledge_after_the_name_confirms_a_speaker():
    text = "Au terme des débats, la présidente du syndicat, Maëlle Quéré, a promis une nouvelle étude."
    assert _names(text) == ["Maëlle Quéré"]


def test_tone_verb_after_a_quotation_confirms_a_speaker():
    text = "L'opération a connu « un bel écho », s'est réjouie Maëlle Quéré."
    assert _names(text) == ["Maëlle Quéré"]


def test_the_same_sentence_without_a_verb_of_speech_names_nobody():
    assert _names("Au terme des débats, Maëlle Quéré a rejoint une nouvelle étude.") == []
    assert _names("L'opération a connu « un bel écho » grâce à Maëlle Quéré.") == []


def test_a_body_that_promises_is_no_person():
    assert _names("Le Syndicat Mixte du Lac a promis une nouvelle étude.") == []


def _bylined(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.full, it.role, it.organization) for it in _byline_people(_Reader(doc_of(text))) for p in it.people]


def test_a_speaker_label_and_its_people_on_one_line():
    text = ("Atelier : le commerce de centre-bourg\n"
            "Intervenante : Maëlle Quéré – déléguée générale – Agence Kerval.\n")
    assert _bylined(text) == [("Maëlle Quéré", "déléguée générale", "Agence Kerval")]


def test_a_label_line_may_name_a_whole_panel_however_long():
    """A byline is short, but a line opening with a speaker label may list a panel: each person
    "Prénom Nom de Organisation", the line past 200 characters."""
    panel = ("Maëlle Quéré de la Direction départementale des territoires du Valbois, Paul Kerval de "
             "l'Office régional de la biodiversité, Anne Lozac'h de l'Agence de l'eau Valbois-Armor, Yann "
             "Morvan du Syndicat mixte du bassin du Trieux, Lucie Marteau de l'Agence de la transition")
    assert len(panel) > 200
    assert [name for name, _, _ in _bylined(f"Table ronde : l'eau\nIntervenants : {panel}.\n")] == [
        "Maëlle Quéré", "Paul Kerval", "Anne Lozac'h", "Yann Morvan", "Lucie Marteau"]
    # a long line without the label is no byline
    assert _bylined(f"Table ronde : l'eau\nAvec {panel}.\n") == []


def test_a_label_line_without_role_or_organisation_or_of_attendees_names_nobody():
    assert _bylined("Atelier : le commerce\nIntervenante : Maëlle Quéré\n") == []
    assert _bylined("Atelier : le commerce\nParticipants : Maëlle Quéré – déléguée générale – Agence Kerval.\n") == []
    assert _bylined("Atelier : le commerce\nThème : Maëlle Quéré – déléguée générale – Agence Kerval.\n") == []


def test_an_adverb_after_the_auxiliary_and_a_tone_verb_in_the_present():
    assert _names("Au salon, Maëlle Quéré s'est ainsi félicitée de la coopération.") == ["Maëlle Quéré"]
    assert _names("« On ne vend plus rien ici », clame Maëlle Quéré, gérante de Kerval.") == ["Maëlle Quéré"]


def test_a_tone_verb_without_quotation_or_name_as_its_object_names_nobody():
    assert _names("Le collectif clame Maëlle Quéré comme modèle de la commune.") == []


def test_a_timetable_line_naming_who_gives_the_session_by_role_then_name():
    text = "9h30 – Ouverture des travaux par la Présidente de l'Union Kerval, Maëlle Quéré\n"
    assert _names(text) == ["Maëlle Quéré"]


def test_par_and_a_titled_role_in_running_prose_is_no_speaker():
    text = "Le stand a été monté par la présidente de l'Union Kerval, Maëlle Quéré, avant l'arrivée du public.\n"
    assert _names(text) == []


_PRESENT = ("Le salon a ouvert ses portes jeudi.\n"
            "{head} : Maëlle Quéré (Union Kerval), Paul Le Goff (Agence Valbrune), Léa Brunel (présidente "
            "de l'Union), Noé Vasseur, (conseiller régional aux routes), Rose Aubert (présente du Département), "
            "Hugo Marchal (président de l'Association des maires de la côte), Inès Tardieu (présidente de "
            "l'Association des maires ruraux de la vallée).\nLe maire a rappelé l'enjeu.\n")


def test_a_long_list_opened_by_a_longer_head_of_presence_names_attendees():
    # the head has more than six words, and the last people stand several hundred characters after it
    text = _PRESENT.format(head="Nous étions présents à la remise des prix de mardi")
    assert _names(text) == []


def test_the_same_list_after_a_speaking_head_names_speakers():
    text = _PRESENT.format(head="Sont intervenus à la remise des prix de mardi")
    assert "Inès Tardieu" in _names(text)
