"""A quoted title an event noun announces, ending with "#N" ("le séminaire « Regards sur Valbrune
#3 »"), numbers the event's edition; a "#N" outside such a title (a rank, a hashtag) reads nothing.
Made-up texts only."""

from pipelines.extract.events import extract_event

from .support import doc_of


def test_a_hash_number_closing_a_quoted_event_title_is_its_edition():
    text = ("Retour sur le séminaire « Regards sur Trévanne #3 », tenu le 9 octobre 2031 en ligne.\n\n"
            "Les élus de Trévanne ont échangé sur les commerces de centre-ville.\n")
    assert extract_event(doc_of(text)).edition == 3


def test_a_hash_number_outside_an_event_title_is_no_edition():
    text = ("Retour sur le séminaire « Regards sur Trévanne », tenu le 9 octobre 2031 en ligne.\n\n"
            "La commune figure au rang #3 du classement « Villes de Trévanne #3 ».\n")
    assert extract_event(doc_of(text)).edition != 3
