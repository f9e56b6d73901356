"""Who said a cited figure: a quotation said by several people, credited with a verb
in the plural to the first named; the medium set between the verb and the name; a quotation
followed by the reporter's pronoun or by "selon". Invented text, each with a case left alone."""

from pipelines.extract.documents import extract_document

from .support import doc_of

HEAD = "Bilan du salon\n\nLe salon a fermé ses portes dimanche. "


def said(text: str) -> list[tuple]:
    return [(r["value"], r["speaker_id"]) for r in extract_document(doc_of(text))["cited_figures"]]


def test_a_quotation_said_by_several_people_is_credited_to_the_first_named():
    text = HEAD + ("« On a fait 420 entrées vendredi et 1600 le samedi. C'est plus que l'an dernier », se réjouissent "
                   "Marc Delorme, conseiller délégué, et Anne Vidal, adjointe.")
    assert said(text) == [(420, "delorme-marc"), (1600, "delorme-marc")]


def test_a_plural_verb_with_no_name_credits_no_one():
    text = HEAD + "« On a fait 420 entrées vendredi et 1600 le samedi », se réjouissent les organisateurs."
    assert [speaker for _, speaker in said(text)] == [None, None]


def test_the_medium_between_the_verb_and_the_name():
    assert said(HEAD + "« Nous avons vendu 12 000 billets », confie au journal Marc Delorme.") == [(12000, "delorme-marc")]
    assert said(HEAD + "« Nous avons vendu 12 000 billets », explique à la radio Marc Delorme.") == [(12000, "delorme-marc")]


def test_a_name_spoken_to_is_not_the_speaker():
    text = HEAD + "Il a expliqué au maire Jean Vidal que la commune avait vendu 12 000 billets."
    assert said(text) == [(12000, None)]


def test_a_short_quotation_followed_by_the_reporters_pronoun_or_selon_is_speech():
    assert said(HEAD + "« Les exposants ont vendu 12 000 billets », nous explique Marc Delorme.") == [(12000, "delorme-marc")]
    assert said(HEAD + "« Les exposants ont vendu 12 000 billets », selon Marc Delorme.") == [(12000, "delorme-marc")]
    # with neither, a short quotation without a full stop of its own is a title or a slogan: no claim
    assert said(HEAD + "Le slogan « Les exposants ont vendu 12 000 billets » fait sourire.") == []


def test_a_short_quotation_ending_with_a_full_stop_is_speech():
    text = HEAD + "Marc Delorme, directeur du salon, est satisfait. « Nous avons vendu 12 000 billets. »"
    assert said(text) == [(12000, "delorme-marc")]
    assert said(HEAD + "Le slogan « Nous avons vendu 12 000 billets » fait sourire.") == []
