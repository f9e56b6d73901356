"""Two title rules of the event: a title naming a meeting by the work it fills with its day is
that meeting's report or announcement (event_meeting_title.py); a title naming a plan or a
strategy, and no event, makes the document the plan, whose named events are its steps or
occasions (event_plan_title.py). Made-up texts only."""

from pipelines.extract.event_meeting_title import dated_meeting_title, meeting_title
from pipelines.extract.event_plan_title import plan_title, titled_plan
from pipelines.extract.events import describes_event, extract_event

from .support import doc_of as _doc


_NOTES = ("Nous avons fait le point sur les jardins partagés et sur la signalétique du quartier.\n\n"
          "Les prochaines étapes seront définies avec les bailleurs.\n")


def test_a_dated_meeting_title_is_that_meeting():
    doc = _doc("## Points abordés\n\n" + _NOTES,
               title="Notes du bureau (préparation de la réunion du 14 mai)")
    assert meeting_title(doc)
    assert describes_event(doc)
    event = extract_event(doc)
    assert event is not None and event.name == "Réunion du 14 mai"
    workshop = _doc(_NOTES, title="Réseau Valbrune – Atelier « mise en ligne » (mardi 4 juin 2030)")
    event = extract_event(workshop)
    assert event is not None and event.name == "Atelier « mise en ligne »"
    assert event.start_date == "2030-06-04"
    # the series the title opens with is no organiser of the meeting
    assert event.organizer != "Réseau Valbrune"


def test_meeting_titles_without_a_day_or_dated_as_a_page_are_none():
    assert not dated_meeting_title("Atelier des usagers")
    assert not dated_meeting_title("Atelier des usagers, version du 3 mai 2030")
    assert not dated_meeting_title("Le budget voté le 3 mai 2030")
    assert not describes_event(_doc(_NOTES, title="Réunion des bailleurs"))


def test_a_plan_title_drops_the_events_its_opening_names():
    text = ("En juin 2030, Valbrune a eu la fierté d'accueillir le Congrès national des parcs, un rendez-vous "
            "majeur pour la protection des paysages. Ce congrès a renforcé notre ambition.\n\n" + _NOTES)
    assert titled_plan(_doc(text, title="Stratégie départementale des paysages 2030-2035"))
    assert extract_event(_doc(text, title="Stratégie départementale des paysages 2030-2035")) is None
    assert extract_event(_doc(text, title="Le plan paysage de Valbrune")) is None


def test_titles_naming_an_event_or_no_plan_keep_it():
    assert not plan_title("Forum du plan climat de Valbrune")
    assert not plan_title("Valbrune présente son plan vélo")
    assert not plan_title("Programme de la journée des paysages")
    # a site's address that starts with a plan word is no plan's title
    assert not plan_title("schema.valbrune.example")
    assert plan_title("Schéma cyclable de Valbrune")
    text = ("Le Congrès national des parcs s'est tenu à Valbrune le 12 juin 2030. Il a réuni 300 participants.\n\n"
            + _NOTES)
    assert extract_event(_doc(text, title="Congrès national des parcs : retour sur la stratégie des paysages")) is not None
    assert extract_event(_doc(text, title="Retour sur deux jours à Valbrune")) is not None
