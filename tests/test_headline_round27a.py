"""Headline figures (round 27a): a count with a complement of a few words, then "et" and the next
count of the same list ("40 exposants sous la grande halle du marché et 900 visiteurs"). Invented
text, each with a case left alone."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.headline import extract_headline_figures


def _doc(text: str, title: str | None = None) -> Document:
    return with_text_blocks(Document("t", "t.txt", "text/plain", len(text.encode()), "0" * 64, text, [0], title=title))


def _figures(text: str, title: str | None = None) -> set[tuple]:
    return {(f.metric, f.value) for f in extract_headline_figures(_doc(text, title))}


LEAD = "Retour sur le salon\n\nLa matinée fut studieuse. "


def test_a_complement_then_et_and_the_next_count():
    text = LEAD + "Avec quelque 40 exposants sous la halle du marché couvert et un peu plus de 900 congressistes, l'édition fut réussie."
    assert _figures(text) == {("exhibitors", 40), ("participants", 900)}
    text = LEAD + "Le salon a réuni 40 exposants sous la halle et 900 visiteurs."
    assert _figures(text) == {("exhibitors", 40), ("visitors", 900)}


def test_a_long_complement_breaks_the_list():
    text = LEAD + ("Avec quelque 40 exposants sous les arcades de la grande halle couverte du vieux marché et "
                   "900 congressistes, l'édition fut réussie.")
    assert ("participants", 900) not in _figures(text)


CHRONOLOGY = ("La Fête du numérique\n\nEn 2004, la première édition avait rassemblé 300 personnes. En 2012, ce rendez-vous, "
              "qui comptait alors 90 stands, avait séduit 2500 personnes sur trois jours.\n"
              "En 2016, les chiffres ont encore gonflé : 200 intervenants, 8 000 visiteurs et 70 conférences.\n")


def test_a_chronology_of_editions_keeps_the_last_ones_counts():
    assert _figures(CHRONOLOGY) == {("speakers", 200), ("visitors", 8000), ("conferences", 70)}


def test_a_single_year_leading_is_the_events_own():
    text = "La Fête du numérique\n\nEn 2012, ce rendez-vous, qui comptait 90 stands, a séduit 2500 personnes sur trois jours.\n"
    assert ("exhibitors", 90) in _figures(text) or ("participants", 2500) in _figures(text)
