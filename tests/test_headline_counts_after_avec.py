"""Key figures: counts after the opener "avec" (round r45a, issue 15): a verbless sentence "Avec
(sans doute) plus de N visiteurs." goes on with the sentence before it (metrics.yaml
`event_prose.closing_hedges`), and other counted things may be listed between the opener and the
event's counts. Invented text only."""

from pipelines.document import Document, with_text_blocks
from pipelines.extract.headline import extract_headline_figures


def _figures(text: str, title: str | None = None) -> set[tuple]:
    doc = with_text_blocks(Document("t", "t.txt", "text/plain", len(text), "", text, [0], title=title))
    return {(f.metric, f.value) for f in extract_headline_figures(doc)}


def test_a_verbless_sentence_after_avec_closes_the_sentence_before():
    text = "La foire aux vins de Montbrac a connu une affluence record. Avec plus de 4 200 visiteurs."
    assert _figures(text) == {("visitors", 4200)}
    text = "La kermesse de Brévinec affichait complet cette année. Avec sans doute près de 900 visiteurs."
    assert _figures(text) == {("visitors", 900)}


def test_a_verbless_sentence_after_avec_needs_the_event_before_it():
    # the sentence before names no event nor audience
    assert _figures("Le club a signé une convention de trois ans. Avec 120 personnes.") == set()
    # only the sentence right before is read
    assert _figures("La kermesse de Brévinec affichait complet. La mairie a signé un bail. Avec 900 visiteurs.") == set()
    # people of any kind (a context word) need a gathering verb
    assert _figures("La kermesse de Brévinec affichait complet. Avec 120 personnes.") == set()


def test_other_counted_things_listed_after_avec():
    text = ("Pari tenu. Avec douze projets présentés en atelier, une trentaine d'exposants et 500 participants, "
            "le salon de Brévinec a tenu ses promesses.")
    assert _figures(text) == {("exhibitors", 30), ("participants", 500)}


def test_no_count_listed_after_avec_is_no_opener():
    # a phrase without a count between the opener and the counts
    text = "Pari tenu. Avec le soutien de la ville, 500 participants et la presse, le salon a tenu ses promesses."
    assert _figures(text) == set()
    # a listed item without a count
    text = "Pari tenu. Avec douze projets présentés, la ville et 500 participants, le salon a tenu ses promesses."
    assert _figures(text) == set()


def test_the_counts_alone_close_the_sentence_before_too():
    text = "Le salon du disque de Brévinec a eu lieu samedi. Plus de 650 visiteurs."
    assert _figures(text) == {("visitors", 650)}
    text = "Le forum des métiers de Montbrac s'est tenu jeudi. 420 personnes accueillies."
    assert _figures(text) == {("visitors", 420)}
    # ... not when the sentence before names no event
    assert _figures("La mairie a signé un bail jeudi. Plus de 650 visiteurs.") == set()


def test_one_stand_s_visitors_are_not_the_event_s():
    assert _figures("Le salon du vélo s'est tenu samedi. Le stand du club a accueilli une quarantaine de visiteurs.") == set()
    # ... all the stands are the event
    assert ("visitors", 3000) in _figures("Le salon du vélo s'est tenu samedi. Les 80 stands ont accueilli 3 000 visiteurs.")


def test_people_invited_are_not_the_people_who_came():
    text = "Le forum du tourisme s'est tenu lundi. Des 900 personnes invitées, 250 sont venues."
    assert ("participants", 900) not in _figures(text) and ("visitors", 900) not in _figures(text)
    # "invités" as the noun: they came
    assert _figures("Le forum du tourisme s'est tenu lundi et a réuni 300 invités.") == {("participants", 300)}
