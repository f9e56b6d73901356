"""Numbers a cited-figures pass leaves out because they say again what is already published or
name back people just named: the attendance rounded down to a floor ("plus de 400 personnes"
for 450), another key figure named back ("les 60 exposants"), and "tous deux" / "toutes trois"
after the people they stand for. Invented texts."""

from __future__ import annotations

from pipelines.extract.headline import _others_restated
from pipelines.extract.mentions import find_mentions

from .support import doc_of


def counts(text: str, event: bool = True) -> list[tuple]:
    return [(m.q.value, m.measure) for m in find_mentions(doc_of(text), key_figures_published=event)]


def test_a_floor_a_little_under_the_published_attendance_is_the_same_attendance():
    text = ("Plus de 400 personnes au marché des artisans de Valbrune\n\n"
            "Environ 460 visiteurs sont venus samedi au marché des artisans de Valbrune.\n\n"
            "La ville a aussi planté plus de 400 arbres.\n")
    assert counts(text) == [(400, "arbres")]


def test_a_floor_far_under_the_attendance_or_without_plus_de_is_a_claim():
    # half the attendance: another count, not the same one rounded down
    text = ("Environ 900 visiteurs sont venus samedi au marché des artisans de Valbrune.\n\n"
            "Plus de 400 personnes ont assisté à la démonstration du potier.\n")
    assert (400, "personnes") in counts(text)
    # no floor word: "420 personnes" is a count of its own
    text = ("Environ 460 visiteurs sont venus samedi au marché des artisans de Valbrune.\n\n"
            "Le concours a retenu 420 personnes pour la finale.\n")
    assert (420, "personnes") in counts(text)


def test_another_key_figure_named_back_is_left_to_the_key_figures():
    text = ("Les 70 exposants, soit la capacité maximale de la halle, attendent le public.\n\n"
            "Merci aux 70 exposants et à 70 bénévoles.\n\nLa commune compte 70 associations.\n")
    doc = doc_of(text)
    # only the count named back by "les" before a word of the published metric
    assert sorted(_others_restated(doc, {("exhibitors", 70.0)}, set())) == [(4, 6)]
    # another value, or nothing published: nothing is left out
    assert _others_restated(doc, {("exhibitors", 80.0)}, set()) == set()
    assert _others_restated(doc, set(), set()) == set()


def test_a_document_without_an_event_keeps_every_count():
    text = ("Le salon de Valbrune a accueilli 70 exposants et 3 000 visiteurs ce week-end.\n\n"
            "Les 70 exposants, venus de toute la région, ont présenté leurs savoir-faire.\n")
    assert sum(v == 70 for v, _ in counts(text, event=False)) == 2


def test_tous_deux_names_back_the_people_just_named():
    assert counts("Léa Morin et Paul Vidal, tous deux adjoints au maire, ont signé la convention.\n", False) == []
    assert counts("Les deux régies, toutes trois certifiées, ont répondu à l'appel.\n", False) == []


def test_a_count_after_other_words_still_counts():
    assert counts("Deux adjoints au maire ont signé la convention avec trois associations.\n", False) == [
        (2, "adjoints"), (3, "associations")]
    # in digits, "tous" before a count is no pronoun's apposition: the rule reads numbers in words
    assert counts("Ils ont tous 3 ateliers gratuits par an.\n", False) == [(3, "ateliers gratuits par an")]
