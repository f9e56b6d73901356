"""A meeting a host organises or offers on a day ("L'association X a organisé, mardi 4 mars, une
réunion d'information", event_hosted_meeting.py) is the event reported or announced; a title
whose part after a separator, or after its subject and a verb of having, is a plan with its
article ("Valbrune – Une feuille de route pour l'eau", "Valbrune a sa charte") is the plan's
(event_plan_title.py). Made-up texts only."""

from pipelines.extract.event_hosted_meeting import hosted_meeting, hosted_meeting_host, hosted_meeting_name
from pipelines.extract.event_plan_title import plan_title
from pipelines.extract.events import describes_event, extract_event

from .support import doc_of as _doc


def test_a_meeting_organised_on_a_day_is_the_event_with_its_host():
    doc = _doc("L'Association des Amis de Valbrune a organisé, mardi 4 mars 2031, une réunion d'information "
               "sur l'entretien des haies en mairie.\n\nTrente habitants ont posé leurs questions.\n",
               title="Les haies en questions")
    assert hosted_meeting(doc) and describes_event(doc)
    event = extract_event(doc)
    assert event is not None
    assert event.name == "Réunion d'information sur l'entretien des haies"
    assert event.organizer == "Association des Amis de Valbrune"
    assert event.start_date == "2031-03-04"


def test_an_offered_evening_with_a_day_is_an_event():
    doc = _doc("Le conseil de quartier de Valbrune propose une soirée d'échanges jeudi 12 à la salle des fêtes.\n",
               title="Comment vivre ensemble ?")
    assert hosted_meeting(doc)
    assert hosted_meeting_host(doc) == "conseil de quartier de Valbrune"


def test_a_morning_on_the_titles_theme_is_named_by_its_theme():
    doc = _doc("Jeanne Valmont, conseillère régionale, a organisé une matinée d'échanges autour du thème "
               "« Les haies de demain » avec les élus du canton.\n", title="Les haies de demain")
    assert hosted_meeting(doc)
    assert hosted_meeting_name(doc) == "Les haies de demain"
    assert extract_event(doc).organizer == "Jeanne Valmont"


def test_a_host_told_by_a_pronoun_is_not_read():
    doc = _doc("C'est dans ce cadre qu'il avait organisé fin mai dernier, une réunion d'information – et de "
               "« travail », dit-il – sur les haies.\n", title="Des haies pour Valbrune")
    assert hosted_meeting(doc)
    assert hosted_meeting_host(doc) is None
    assert hosted_meeting_name(doc) == "Réunion d'information"


def test_a_meeting_organised_at_no_told_time_or_not_hosted_is_no_event():
    # a plan's step: organised meetings with no day nor month
    assert not hosted_meeting(_doc("La ville a organisé des ateliers avec les habitants pour écrire son plan.\n",
                                   title="Le plan des haies de Valbrune"))
    # a meeting merely named, no host organising it
    assert not hosted_meeting(_doc("La réunion de mardi 4 mars a été annulée faute de salle.\n", title="Annulation"))
    assert not describes_event(_doc("Le compte rendu de la réunion est en ligne depuis le 4 mars.\n", title="Documents"))


def test_a_title_part_with_an_article_and_a_plan_word_is_a_plan():
    assert plan_title("Valbrune – Une feuille de route pour l'eau")
    assert plan_title("Projet de la vallée de l'Orbize : le plan d'actions")
    assert plan_title("Le département de l'Orbize a sa feuille de route pour le sport")
    assert plan_title("Valbrune se dote d'une charte de la donnée")


def test_a_site_name_a_presentation_or_an_event_title_is_no_plan():
    # a part with no article after a dash: the site's or the series' name
    assert not plan_title("Journée des haies mardi 4 mars 2031 - Plan Régional Haies")
    assert not plan_title("Valbrune présente son plan vélo")
    assert not plan_title("Forum de Valbrune – une feuille de route pour l'eau")
    assert not plan_title("Journée des mobilités : le plan vélo")


def test_a_plan_in_a_title_part_drops_the_event_its_opening_names():
    text = "Les Jeux régionaux de 2031 auront lieu à Valbrune et le département veut profiter de cet événement.\n"
    assert extract_event(_doc(text, title="Le département de l'Orbize a sa feuille de route pour les Jeux")) is None
