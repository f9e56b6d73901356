"""A verb of speech whose object is a figure shows things, it does not say them: "elle expose 16
bovins" after a quotation of a breeder is the reporter's fact, not her words; "elle explique que
..." still gives her (attribution_roles.counts_not_says; round 232, issue 15). Invented text only."""

from .support import doc_of, figure_speakers

_TEXT = ("Comice agricole de Valbrune\n\n"
         "Samedi, le comice agricole de Valbrune a réuni plusieurs centaines de visiteurs. « Le comice est "
         "le jour où nous montrons notre métier », raconte Léa Brunel, éleveuse. Cette année, elle expose "
         "16 bovins dont quatre vaches laitières.\n")


def _credited(text: str) -> dict:
    return figure_speakers(doc_of(text, title="Comice agricole de Valbrune"))


def test_a_speech_verb_with_a_figure_for_object_names_no_source():
    got = _credited(_TEXT)
    assert 16 in got and got[16] is None


def test_a_speech_verb_before_what_is_said_still_names_its_source():
    text = _TEXT.replace("elle expose 16 bovins", "elle explique que la ferme compte 16 bovins")
    assert _credited(text)[16] == "Léa Brunel"
