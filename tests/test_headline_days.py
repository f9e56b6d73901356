"""The event's length told by a clause that opens on it ("Les 10-11-12 juin, durant 3 jours,
...", "Tout au long des trois jours, ...", "Pendant ces deux jours, ..."), a comma closing the
duration phrase, or by an event noun given it ("un salon de trois jours"): the `days` key figure
(headline_days.py). Made-up text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.extract.documents import extract_document

from .support import written_doc

OPENING = ("Rencontres de Valbrune 2031\n\n"
           "Les Rencontres de Valbrune se sont tenues au parc des expositions de Valbrune.\n\n")


def key_figures(tmp_path: Path, text: str) -> list[tuple[str, float]]:
    return [(r["metric"], r["value"]) for r in extract_document(written_doc(tmp_path, "report.txt", text))["key_figures"]]


@pytest.mark.parametrize("clause", [
    "Les 10-11-12 juin 2031, durant 3 jours, contributeurs et usagers ont échangé sur les cartes.",
    # under a line of its own with no full stop (a subheading the plain text kept as a line)
    "Conférences : des thématiques très variées\nTout au long des trois jours, de nombreux échanges ont eu lieu.",
    "Le salon, pendant ces deux jours, a présenté les travaux du réseau.",
])
def test_a_clause_opening_on_the_days_gives_their_count(tmp_path, clause):
    found = dict(key_figures(tmp_path, OPENING + clause + "\n"))
    assert found.get("days") == (2 if "deux" in clause else 3)


@pytest.mark.parametrize("clause", [
    # the phrase inside its clause, no comma closing it: the days of something said in passing
    "Les agents se sont formés pendant deux jours à Montreuil avant l'ouverture.",
    # one day is no length worth a figure
    "Pendant 1 jour, les stands ont accueilli le public.",
])
def test_days_said_otherwise_give_none(tmp_path, clause):
    assert "days" not in dict(key_figures(tmp_path, OPENING + clause + "\n"))



def test_days_dated_in_brackets_by_as_many_days_are_the_events_length(tmp_path):
    text = OPENING + "Pendant trois jours (du 25 au 27 mars), les stands ont accueilli les familles du quartier.\n"
    assert ("days", 3) in key_figures(tmp_path, text)
    # a range of another length is not those days restated
    assert not any(m == "days" for m, _ in key_figures(tmp_path, text.replace("au 27 mars", "au 29 mars")))


def test_an_event_set_out_on_its_days_gives_its_length(tmp_path):
    text = ("Organisée sur deux jours par le service des animations, la Fête des associations ouvrira ses portes "
            "le samedi 16 octobre au parc des expositions.\n")
    assert ("days", 2) in key_figures(tmp_path, text)


def test_an_event_noun_given_its_length(tmp_path):
    # round 226: "cet événement ... de deux jours", "un salon de trois jours"
    text = OPENING + "Ce salon IT unique de deux jours a réuni plus de 70 étudiants.\n"
    assert ("days", 2) in key_figures(tmp_path, text)
    assert ("days", 3) in key_figures(tmp_path, text.replace("Ce salon IT unique de deux jours", "Un salon de trois jours"))
    # one day is no length worth a figure; a count of days no event noun is given is not read
    assert not [m for m, _ in key_figures(tmp_path, text.replace("de deux jours", "d'un jour")) if m == "days"]
    assert not [m for m, _ in key_figures(tmp_path, text.replace("Ce salon IT unique de deux jours",
                                                                 "Le train de deux jours")) if m == "days"]
