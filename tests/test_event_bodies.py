"""A "conférence" that is a standing body (a public policy's regional conference that sits and
decides) is no event; a conference held is one. Made-up texts only."""

from pipelines.extract.event_bodies import names_body
from pipelines.extract.events import describes_event
from pipelines.lexicons import fold_apostrophes

from .support import doc_of as _doc


def _body(sentence: str) -> bool:
    folded = fold_apostrophes(sentence)
    start = folded.index("conference")
    return names_body(folded, start, start + len("conference"))


def test_a_conference_that_votes_or_is_set_up_is_a_body():
    assert _body("La Conférence régionale de l'eau vote son schéma directeur")
    assert _body("La Conférence régionale de l'eau, présidée par Mme Lune, a voté le 4 mai son schéma.")
    assert _body("Le 3 mars 2029, la région installait la toute nouvelle conférence régionale de l'eau.")


def test_a_conference_held_is_no_body():
    assert not _body("La conférence sur l'eau s'est tenue le 4 mai à Valbrune.")
    assert not _body("La conférence où le conseil a voté le budget s'est tenue le 4 mai.")


def test_an_article_on_a_plan_a_conference_voted_reports_no_event():
    doc = _doc("La Conférence régionale de l'eau, présidée par Mme Lune, a voté le 4 mars son schéma.\n\n"
               "Depuis la création de la Conférence régionale de l'eau, la séance du 4 mars fut décisive.\n",
               title="Valbrune : un schéma de l'eau pour dix ans")
    assert not describes_event(doc)


def test_a_conference_held_is_still_an_event():
    doc = _doc("La conférence régionale de l'eau s'est tenue le 4 mars 2029 à Valbrune.\n",
               title="Valbrune : un schéma de l'eau pour dix ans")
    assert describes_event(doc)
