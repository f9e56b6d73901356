"""Numbers the cited-figures pass leaves out because they number a report's parts or restate the
event's own structure and length: a page or section number before the title of a part of any
report ("2 SOMMAIRE", "4 Conclusion"), the parts an event is cut into ("découpée en deux
parties"), and the event's days said again once they are a key figure. Invented texts."""

from __future__ import annotations

from pipelines.extract.headline import extract_headline_figures
from pipelines.extract.mentions import find_mentions

from .support import doc_of


def counts(text: str, event: bool = True) -> list[tuple]:
    return [(m.q.value, m.q.unit, m.measure) for m in find_mentions(doc_of(text), key_figures_published=event)]


# ---------------------------------------------------------------- numbers of a report's parts
def test_a_number_before_the_title_of_a_part_of_a_report_is_no_figure():
    text = ("4 SOMMAIRE Le mot du maire...\n\n"
            "5 AVANT-PROPOS Donner la parole aux habitants de Valbrune.\n\n"
            "La démarche, dont voici le 7 Préambule, a associé 36 familles.\n\n"
            "Les pistes retenues 9 Conclusions du groupe de travail.\n")
    found = counts(text, event=False)
    assert [v for v, _, _ in found] == [36]


def test_a_count_of_parts_written_in_lower_case_or_with_a_qualifier_is_kept():
    text = ("Le rapport comprend 5 annexes techniques sur les réseaux.\n\n"
            "Le jury a lu plus de 40 Synthèses envoyées par les écoles.\n\n"
            "Le cabinet a conduit 12 Diagnosticiens vers les communes.\n")
    values = [v for v, _, _ in counts(text, event=False)]
    assert 5 in values and 40 in values and 12 in values


# ---------------------------------------------------------------- the parts an event is cut into
def test_the_parts_an_event_is_cut_into_are_its_sessions_not_a_claim():
    text = ("La rencontre de Valbrune est découpée en 3 grandes parties : accueil, ateliers, bilan.\n\n"
            "Organisée en deux parties, la soirée a aussi permis de planter 25 arbres.\n")
    found = counts(text)
    assert [(v, m) for v, _, m in found] == [(25, "arbres")]


def test_parts_are_kept_without_an_event_and_stakeholders_are_no_parts():
    text = "La stratégie de Valbrune se décline en 2 parties. Elle associe 14 partenaires.\n"
    assert [v for v, _, _ in counts(text, event=False)] == [2, 14]
    text = "Lors de la journée, 12 parties prenantes ont signé la charte de Valbrune.\n"
    assert [v for v, _, _ in counts(text)] == [12]


# ---------------------------------------------------------------- the event's days said again
FAIR = ("La foire de Valbrune a animé la ville pendant quatre jours, du 3 au 6 octobre.\n\n"
        "{}\n")


def test_the_event_days_said_again_alone_are_left_to_the_key_figures():
    text = FAIR.format("Une affluence record en seulement quatre jours d'ouverture.")
    assert any(f.metric == "days" and f.value == 4 for f in extract_headline_figures(doc_of(text)))
    assert [u for _, u, _ in counts(text)].count("day") == 0


def test_days_that_time_another_figure_or_another_count_of_days_are_kept():
    # the days are the period of another figure of the sentence
    text = FAIR.format("« En quatre jours, nous avons signé 30 contrats », se réjouit un exposant.")
    found = counts(text)
    assert (4, "day", "jours") in [(v, u, m) for v, u, m in found] and 30 in [v for v, _, _ in found]
    # another count of days than the event's
    text = FAIR.format("Les travaux de la halle avaient duré 9 jours en septembre.")
    assert 9 in [v for v, u, _ in counts(text) if u == "day"]
    # no event: every count of days is a claim
    text = FAIR.format("Une affluence record en seulement quatre jours d'ouverture.")
    assert [u for _, u, _ in counts(text, event=False)].count("day") >= 1
