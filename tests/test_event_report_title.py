"""Events: a title that reports on an event by its own name and year ("Retour sur le X 2031", "Mon
récap de la X 2031") says the document is about that event, even when the name holds no event noun
(event_report_title.py; round 219, issue 15). Invented text only."""

import pytest

from .support import written_column

_BODY = ("\n\nSprints : 3-4 mai\n\nTalks : 5-6 mai\n\n## Talk court - Les haies du bocage\n\n"
         "Anne Morel, Luc Berthier\n\nDe bons conseils pour planter.\n\n## Talk long - Compter les mares\n\n"
         "Paul Ferrand\n\nUne méthode simple.\n")


@pytest.mark.parametrize("title, name", [
    ("Mon récap de la ValbruneConf Ouest 2031", "ValbruneConf Ouest"),
    ("Retour sur le KervalCamp 2031", "KervalCamp"),
    ("Compte rendu du Capitole des Haies 2031", "Capitole des Haies"),
])
def test_a_title_reporting_on_an_event_by_its_name_and_year(tmp_path, title, name):
    text = "# " + title + _BODY
    assert written_column(tmp_path, "recap.md", text, "events", "name") == [name]
    assert any(t.endswith("Compter les mares") for t in written_column(tmp_path, "recap.md", text, "sessions", "title"))


@pytest.mark.parametrize("title", [
    "Bilan du Plan Haies 2031",              # a plan's report
    "BILAN D'ACTIVITÉ 2031",                 # capitals that tell no name
    "Retour sur le chantier de la halle 2031",  # no name in capitals
    "Retour sur KervalCamp",                 # no year
    "Retour sur le KervalCamp 2031 et ses suites",  # the year closes no title
])
def test_what_reports_on_no_event(tmp_path, title):
    assert written_column(tmp_path, "recap.md", "# " + title + _BODY, "events", "name") == []
