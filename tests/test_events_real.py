"""The event pass on the shapes of real documents: whether a document describes an event at
all, and the name, dates, venue, organiser and edition read from titles, page metadata, opening
headings and sentences. Every text here is made up (short, invented names and figures)."""

from __future__ import annotations

import pytest

from pipelines.extract.events import describes_event, extract_event
from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry


def _read(tmp_path, text: str, name: str = "page.md", **entry):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id=path.stem, file=name, path=path, **entry))


# --------------------------------------------------------------------------- no event
@pytest.mark.parametrize("text, title", [
    # an article on savings
    ("Face à la hausse des prix, la commune de Valbrune éteint ses lampadaires à minuit. "
     "Elle espère économiser 12 000 euros par an, explique Paul Nardin, adjoint au maire.\n",
     "Éclairage public : Valbrune coupe la lumière"),
    # a collectivité's sheet: capitalised headings, a portrait, no event
    ("# VILLE DE\n\n# BRUNEVAL\n\n## Une politique climat ambitieuse\n\n## PORTRAIT\n\n"
     "Statut : commune\nHabitants : 12 000\nLabellisée en 2019\n",
     "Ville de Bruneval : une politique climat ambitieuse"),
    # an article on a plan, with a price and a committee date in passing
    ("La Région Valmer consacre 20 M€ à son plan vélo. Le comité de pilotage du 3 mai 2021 "
     "a retenu douze projets.\n", "Tarifs de l'énergie : la Région Valmer présente son plan"),
])
def test_a_document_that_describes_no_event_gets_none(tmp_path, text, title):
    doc = _read(tmp_path, text, title=title)
    assert not describes_event(doc)
    assert extract_event(doc) is None


def test_lower_case_months_and_launches_are_not_events(tmp_path):
    doc = _read(tmp_path, "Au mois de mai 2022, le lancement du chantier a été validé par le conseil.\n",
                title="Le chantier de la piscine avance")
    assert extract_event(doc) is None


@pytest.mark.parametrize("text", [
    "# Programme\n\n- 9h00 : accueil\n- 9h30 : ouverture\n- 10h15 : atelier données\n",
    "Valbrune numérique\n\nJeudi 9 octobre 2025\n\nUne journée pour les agents.\n",
    "Le Mois de l'innovation locale aura lieu en novembre avec trente rendez-vous.\n",
])
def test_event_evidence_without_an_event_title(tmp_path, text):
    """A schedule, a date standing alone at the top, a capitalised named event."""
    assert describes_event(_read(tmp_path, text, title="Valbrune"))


# --------------------------------------------------------------------------- name
@pytest.mark.parametrize("title, name", [
    ("Retour sur la Journée Régionale des Communes 2024", "Journée Régionale des Communes"),
    ("Webinaire « Données et climat », le 12/03 avec l'Agence Valmer", "Données et climat"),
    ("Réduire la facture d'eau des écoles (diaporama du webinaire)", "Réduire la facture d'eau des écoles"),
    ("Table ronde Eau potable au Forum de la ville sobre", "Forum de la ville sobre"),
    ("Les 5e assises du Climat scrutent les budgets verts", "assises du Climat"),
])
def test_the_name_an_event_noun_opens_in_the_title(tmp_path, title, name):
    doc = _read(tmp_path, "Un texte sans autre indication.\n", title=title)
    assert extract_event(doc).name == name


def test_the_event_a_title_reports_on_and_its_acronym_spelled_out(tmp_path):
    text = ("Cap sur Valbrune pour cette nouvelle édition des Rencontres Régionales des Communes (RRC). "
            "La 7e RRC a réuni 300 participants le 4 juin 2024.\n")
    info = extract_event(_read(tmp_path, text, title="Forum des idées, remise des prix : retour sur les RRC 2024"))
    assert (info.name, info.edition) == ("Rencontres Régionales des Communes", 7)


def test_the_place_after_the_date_of_an_opening_sentence_not_a_speakers_line(tmp_path):
    text = ("# Journée des aidants numériques\n\nLe 20 mai 2025 à la Maison des associations de Valbrune.\n\n"
            "- Julien Perrin, conseiller numérique, Pôle emploi de Valbrune\n")
    assert extract_event(_read(tmp_path, text, name="j.md")).venue == "Maison des associations de Valbrune"


def test_the_name_of_an_event_named_in_an_opening_sentence(tmp_path):
    text = ("« Les lampes sont à changer », a indiqué Léa Morvan lors d'un point presse le 2 juin au "
            "congrès des élus ruraux. Les communes rénovent leurs lampadaires.\n")
    event = extract_event(_read(tmp_path, text, "article.txt", title="Éclairage : les villes témoignent"))
    assert event.name == "congrès des élus ruraux"
    assert event.start_date is None            # no year anywhere: no full date


def test_the_title_of_a_page_whose_metadata_calls_it_an_event(tmp_path):
    text = ("---\ntitle: Ouverture de l'Atlas Valmer\ndescription: Événement de présentation de l'Atlas\n---\n\n"
            "La Région Valmer vous présente son nouvel atlas.\n")
    event = extract_event(_read(tmp_path, text))
    assert event.name == "Ouverture de l'Atlas Valmer"
    assert event.organizer == "Région Valmer"


def test_an_event_heading_is_preferred_to_an_event_mentioned_in_passing(tmp_path):
    text = ("# Nos rendez-vous\n\nEn mars 2024, l'équipe présente son offre à l'occasion de l'événement "
            "Villes en Réseau.\n\n## Le 14 mars aura lieu le webinaire \"Piloter ses données\"\n\nInscriptions ouvertes.\n")
    event = extract_event(_read(tmp_path, text, title="Nos rendez-vous"))
    assert event.name == "Piloter ses données"
    assert event.start_date == "2024-03-14"   # the year of the opening


# --------------------------------------------------------------------------- dates without a year
def test_a_day_and_month_take_the_publication_year(tmp_path):
    text = "# Retour sur la 4ème Journée des Rivières\n\n## La 4ème Journée des Rivières s'est tenue le 12 mai à Valbrune.\n"
    event = extract_event(_read(tmp_path, text, date="2024-06-20"))
    assert (event.start_date, event.venue, event.edition) == ("2024-05-12", "Valbrune", 4)


@pytest.mark.parametrize("published, expected", [("2024-04-10", "2024-03-12"), ("2024-03-01", "2023-03-12")])
def test_dernier_is_a_past_date(tmp_path, published, expected):
    text = "Le 12 mars dernier, la Mission Valmer a organisé la journée « Données ouvertes ».\n"
    event = extract_event(_read(tmp_path, text, "article.txt", title="Retour sur une journée", date=published))
    assert event.start_date == expected
    assert event.name == "Données ouvertes"
    assert event.organizer == "Mission Valmer"


def test_a_range_without_year_a_place_after_it_and_an_organiser_with_its_acronym(tmp_path):
    text = ("Du 3 au 5 octobre dernier, à Brunois, la FNVX (Fédération nationale des villes x) a organisé "
            "son 12e congrès. Deux cents élus étaient présents.\n")
    event = extract_event(_read(tmp_path, text, "article.txt", title="« Agir ensemble » — Congrès FNVX 2023",
                                publisher="La Revue des Lampes"))
    assert event.name == "Congrès FNVX"
    assert (event.start_date, event.end_date) == ("2023-10-03", "2023-10-05")
    assert (event.venue, event.organizer, event.edition) == ("Brunois", "FNVX", 12)


def test_the_dates_of_a_section_on_other_events_are_not_the_events(tmp_path):
    text = ("# Atelier sobriété (diaporama du webinaire)\n\nQuelques bonnes pratiques.\n\n"
            "## Prochains rendez-vous\n\n### Formation de base\n\nLe 9 février 2022 de 14h à 16h\n")
    event = extract_event(_read(tmp_path, text))
    assert event.start_date is None


def test_a_news_pages_most_read_links_of_a_plain_text_are_other_events(tmp_path):
    # "Les plus lus" over the page's links to other articles, a line of its own in a plain text:
    # a weekday's date there is another article's, not the event's (the year guessed from the text)
    text = ("Le comice de Valbrune entre les gouttes\n\n"
            "Le comice agricole de Valbrune s'est déroulé samedi, sous la pluie. Le prochain comice est prévu "
            "en juin 2031 à Brunois.\n\nLes plus lus\n\nUn dimanche à la campagne\n"
            "Ce dimanche 24 août, le quai du port accueille un marché.\n")
    event = extract_event(_read(tmp_path, text, "article.txt"))
    assert event is not None and event.start_date is None


# --------------------------------------------------------------------------- venue and organiser
def test_a_place_after_the_name_in_the_title(tmp_path):
    doc = _read(tmp_path, "Les inscriptions sont ouvertes.\n",
                title="La Journée des Territoires à Valbrune les 13 et 14 septembre 2023 : un programme riche")
    event = extract_event(doc)
    # the town after the name is no venue (a hall takes an article: "au Palais X")
    assert (event.name, event.venue) == ("Journée des Territoires", None)
    assert (event.start_date, event.end_date) == ("2023-09-13", "2023-09-14")
    doc = _read(tmp_path, "Les inscriptions sont ouvertes.\n",
                title="La Journée des Territoires au Palais Lumen les 13 et 14 septembre 2023 : un programme riche")
    assert extract_event(doc).venue == "Palais Lumen"


def test_a_lower_case_venue_head_after_the_verb(tmp_path):
    text = "Les assises du Vélo se tiendront les 6 et 7 juin au palais des Sports de Valbrune.\n"
    event = extract_event(_read(tmp_path, text, "article.txt", title="Les assises du Vélo"))
    assert event.venue == "palais des Sports de Valbrune"


def test_a_venue_item_next_to_the_date_item(tmp_path):
    text = ("Le Réseau Valmer vous présente son nouvel outil.\n\n- Le 8 avril 2025\n"
            "- Au Centre Lumière – 12 rue des Lilas, Valbrune\n- De 14h à 17h\n")
    event = extract_event(_read(tmp_path, text, title="Lancement Outil Valmer"))
    assert event.venue == "Centre Lumière"
    assert event.start_date == "2025-04-08"


def test_the_organiser_of_an_organisation_word_and_a_proper_name(tmp_path):
    text = "Les assises du Vélo auront lieu en mai. Elles sont organisées par l'agence régionale Mobilis, qui fédère les clubs.\n"
    event = extract_event(_read(tmp_path, text, "article.txt", title="Les assises du Vélo"))
    assert event.organizer == "agence régionale Mobilis"


def test_porte_par_outside_an_event_sentence_is_not_the_organiser(tmp_path):
    text = ("La Journée des Rivières aura lieu le 3 juin 2025.\n\n"
            "Le label Rivières propres est porté par le Syndicat Lumen.\n")
    event = extract_event(_read(tmp_path, text, "article.txt", title="La Journée des Rivières",
                                publisher="Le Journal des Berges"))
    assert event.organizer is None


@pytest.mark.parametrize("name, who, organizer", [
    ("bilan.txt", "la CUV", "Communauté Urbaine de Valbrune"),     # its initials are in the text
    ("bilan.html", "la CUV", None),                                # a web page: a post of a website
    # a web page writing its publisher's name in full: the publisher's own page on its event
    ("bilan.html", "la Communauté Urbaine de Valbrune", "Communauté Urbaine de Valbrune"),
])
def test_the_publisher_is_the_organiser_of_its_own_report(tmp_path, name, who, organizer):
    text = f"Une rencontre le 5 mars 2024 sur le plan vélo de {who}.\n"
    if name.endswith(".html"):
        text = f"<html><body><main><p>{text}</p></main></body></html>"
    doc = _read(tmp_path, text, name, title="Journée Numérique Valbrune", publisher="Communauté Urbaine de Valbrune")
    assert extract_event(doc).organizer == organizer


def test_the_title_short_form_takes_the_spelling_the_text_writes_out(tmp_path):
    text = ("La Journée Régionale des communes rurales Valmer a réuni 80 élus le 4 mai 2024.\n\n"
            "Rendez-vous à la prochaine Journée Régionale Valmer !\n")
    event = extract_event(_read(tmp_path, text, "article.txt", title="Succès de la Journée Régionale Valmer 2024"))
    assert event.name == "Journée Régionale des communes rurales Valmer"


def test_the_place_of_a_cleft_sentence(tmp_path):
    text = "C'est cette année au Moulin Bleu à Valbrune que s'est tenue la Journée des Rivières.\n"
    event = extract_event(_read(tmp_path, text, "article.txt", title="La Journée des Rivières"))
    assert event.venue == "Moulin Bleu"


def test_a_dateline_and_a_repeated_acronym_are_no_event(tmp_path):
    text = ("12 octobre 2023\n\nLe PCAET fixe les objectifs du territoire. Le PCAET prévoit aussi "
            "une baisse de 20 % des consommations.\n")
    doc = _read(tmp_path, text, "article.txt", title="Climat : le plan de Valbrune", date="2023-10-12")
    assert extract_event(doc) is None


def test_an_organiser_verb_outside_a_sentence_about_the_event_is_not_read(tmp_path):
    text = ("La Journée des Rivières aura lieu le 3 juin 2025.\n\n"
            "La commune organise aussi la collecte des déchets verts.\n")
    event = extract_event(_read(tmp_path, text, "article.txt", title="La Journée des Rivières"))
    assert event.organizer is None


def test_a_repeated_upper_case_name_next_to_an_event_word(tmp_path):
    text = ("Le VALCAMP a accueilli 300 visiteurs. Pour cette seconde édition du VALCAMP, les ateliers "
            "étaient complets.\n")
    event = extract_event(_read(tmp_path, text, "bilan.txt"))
    assert (event.name, event.edition) == ("VALCAMP", 2)


def test_event_date_from_front_matter_and_edition_from_the_title(tmp_path):
    text = ("---\ntitle: L'Agence à la 4e édition du Salon des communes\ndate: 2023-03-27\n"
            "event_start_date: 2023-06-01 09:00:00 +02:00\n---\n\nL'Agence participera au Salon des communes, "
            "un événement pour les élus.\n")
    event = extract_event(_read(tmp_path, text, "salon.md"))
    assert (event.start_date, event.edition) == ("2023-06-01", 4)


def test_an_upper_case_body_cited_as_a_source_is_not_the_event(tmp_path):
    text = ("La rencontre nationale des fablabs s'est tenue du 3 au 5 mai 2022 à Valbrune. Une experte du "
            "CNRV a ouvert les débats. Selon le CNRV, la sobriété reste à construire.\n")
    assert extract_event(_read(tmp_path, text, "bilan.txt")).name != "CNRV"


@pytest.mark.parametrize("opening", [
    "Les Rencontres de la Sobriété ont rassemblé élus, agents et habitants le 7 novembre 2022.\n",
    "Le Carrefour de l'Eau s'est tenu le lundi 5 mai 2025 à Valbrune.\n",
])
def test_plural_event_verbs_and_carrefours_open_an_event(tmp_path, opening):
    doc = _read(tmp_path, " SYNDICAT MIXTE DE VALBRUNE\n\n" + opening + "\nLe bilan est positif.\n", name="bilan.txt")
    assert describes_event(doc) and extract_event(doc) is not None


def test_the_day_a_fair_closed_is_its_last_day(tmp_path):
    # "Le marché ferme ses portes, ce mardi 24 décembre": the day it closed, its first day not told
    text = ("Bilan de la foire-expo de Valbrune 2031\n\n"
            "Un excellent cru pour la foire-expo de Valbrune 2031. La foire ferme ses portes ce mercredi "
            "24 décembre 2031, après dix jours de fête.\n")
    event = extract_event(_read(tmp_path, text, "article.txt"))
    assert (event.start_date, event.end_date) == (None, "2031-12-24") and event.year == 2031
    # a day the fair opens on stays its first
    opened = text.replace("ferme ses portes", "ouvre ses portes")
    assert extract_event(_read(tmp_path, opened, "article.txt")).start_date == "2031-12-24"


def test_entretiens_with_a_capital_name_a_series_of_talks(tmp_path):
    # "Les Entretiens territoriaux de Valbrune": an event; "des entretiens d'embauche" are interviews
    text = ("Bilan des Entretiens territoriaux de Valbrune\n\n"
            "Général :\n1 372 participants, 76 intervenants, 25 rencontres\n")
    event = extract_event(_read(tmp_path, text, "bilan.txt"))
    assert event is not None and event.name == "Entretiens territoriaux de Valbrune"
    lower = "Le service emploi de Valbrune\n\nLes candidats ont passé des entretiens d'embauche avec 12 entreprises.\n"
    assert extract_event(_read(tmp_path, lower, "emploi.txt")) is None
