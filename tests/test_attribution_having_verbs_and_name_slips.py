"""Who said a cited figure: a verb of having before a figure is no verb of speech ("il compte 300
membres"), a family name with two neighbouring letters swapped is still its speaker's, a quotation
the reporter introduces with a description of their own goes on with the speaker quoted before,
and a later paragraph quoting a few words inside its own sentence does not. Sentences written for
these tests."""

from __future__ import annotations

from .support import cast, said


PEOPLE = cast(("Sophie Brancourt", "présidente du syndicat"))


# --------------------------------------------------------------------------- a verb of having
def test_a_pronoun_before_a_verb_of_having_and_a_figure_names_no_speaker():
    lead = "« Nous voulons écouter chacun », déclare Sophie Brancourt, présidente du syndicat. Le territoire est jeune. "
    assert said(lead + "Il compte largement plus de 4 500 adhérents.\n", PEOPLE) == [(4500, None)]
    assert said(lead + "Il comptait 4 500 adhérents.\n", PEOPLE) == [(4500, None)]
    # a verb of speech there names the speaker last named
    assert said(lead + "Il précise que le syndicat a plus de 4 500 adhérents.\n", PEOPLE) == [(4500, "brancourt")]
    # "compte sur", "compte + infinitive": the subject relies on, intends, as a speaker may say
    assert said(lead + "Elle compte sur 45 bénévoles pour la fête.\n", PEOPLE) == [(45, "brancourt")]


def test_a_name_before_a_verb_of_having_and_a_figure_is_no_source():
    assert said("Sophie Brancourt compte 12 ans de mandat au syndicat.\n", PEOPLE) == [(12, None)]
    assert said("Sophie Brancourt estime que le syndicat a 12 salariés.\n", PEOPLE) == [(12, "brancourt")]


# --------------------------------------------------------------------------- a slip of the keyboard
def test_a_family_name_with_two_neighbouring_letters_swapped_is_its_speaker_s():
    text = ("Le plan a été détaillé par Sophie Brancuort, mardi.\n\n"
            "« Nous planterons 40 arbres », explique l'élue.\n")
    assert said(text, PEOPLE) == [(40, "brancourt")]


def test_another_given_name_or_a_short_family_name_slipped_names_no_one():
    text = ("Le plan a été détaillé par Sylvie Brancuort, mardi.\n\n"
            "« Nous planterons 40 arbres », explique l'élue.\n")
    assert said(text, PEOPLE) == [(40, None)]
    short = cast(("Paul Ravel", "président du club"))
    text = ("Le plan a été détaillé par Paul Ravle, mardi.\n\n"
            "« Nous planterons 40 arbres », explique l'élu.\n")
    assert said(text, short) == [(40, None)]


# --------------------------------------------------------------------------- the reporter's description before a colon
STAND = ('Sophie Brancourt, présidente du syndicat, présente le site : "Nous avons une salle de 300 places." '
         "Le syndicat a aussi aménagé un jardin, ouvert aux écoles depuis le printemps : "
         '"Ce nouveau jardin de 60 m² accueillera les classes".\n')


def test_a_quotation_after_the_reporter_s_description_goes_on_with_the_speaker_before():
    assert said(STAND, PEOPLE) == [(300, "brancourt"), (60, "brancourt")]
    assert said(STAND.replace('"', "«", 1).replace('places."', "places.»"), PEOPLE)[-1] == (60, "brancourt")


def test_a_description_naming_a_person_or_in_a_later_paragraph_gives_no_speaker():
    other = STAND.replace("Le syndicat a aussi aménagé un jardin, ouvert aux écoles depuis le printemps :",
                          "Un parent d'élève décrit le jardin ouvert aux écoles cette année :")
    assert said(other, PEOPLE)[-1] == (60, None)
    later = STAND.replace(' Le syndicat a aussi', "\n\nLe syndicat a aussi")
    assert said(later, PEOPLE)[-1] == (60, None)


# --------------------------------------------------------------------------- a few words quoted in a later paragraph
def test_a_later_paragraph_quoting_words_inside_its_sentence_does_not_go_on_with_the_speaker():
    text = ("« Nous planterons 40 arbres », explique Sophie Brancourt.\n\n"
            "Avec ce plan, la ville adopte une charte «de 18 actions pour les arbres», qui sera votée en juin.\n")
    assert said(text, PEOPLE) == [(40, "brancourt"), (18, None)]
    # a quotation opening its own sentence there still goes on with the speaker
    text = ("« Nous planterons 40 arbres », explique Sophie Brancourt.\n\n"
            "Le chantier démarre en mai. « Nous aurons aussi 23 bancs sur la place. »\n")
    assert said(text, PEOPLE) == [(40, "brancourt"), (23, "brancourt")]


# --------------------------------------------------------------------------- "rapporte": reports or earns
def test_a_quotation_credited_by_rapporte_is_the_named_speaker_s():
    text = "« Les inscriptions ont bondi de 27 % en un an », rapporte Sophie Brancourt, présidente du syndicat.\n"
    assert said(text, PEOPLE) == [(27, "brancourt")]


def test_rapporte_before_a_figure_earns_and_names_no_source():
    lead = "« Nous voulons écouter chacun », déclare Sophie Brancourt. "
    assert said(lead + "Elle rapporte 3 000 euros par an au syndicat.\n", PEOPLE) == [(3000, None)]
