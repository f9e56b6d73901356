"""Speakers of a programme's list of talks written "Prénom Nom : titre", of a list item whose given
name the list of first names lacks, of a lecture's line "Conférence de Prénom Nom", and of talks
whose "par" stands alone on its line above the names. Texts written for these tests (names,
bodies and titles invented)."""

from __future__ import annotations

from pipelines.extract.documents import extract_document
from pipelines.extract.people_talk_lines import talk_speakers
from pipelines.extract.people_unlisted_given import unlisted_given_item

from .support import doc_of


def speakers(text: str) -> list[str]:
    return [s["full_name"] for s in extract_document(doc_of(text)).get("speakers", [])]


# --------------------------------------------------------------------------- "Prénom Nom : titre"
TALKS = ("Au programme :\n\n1. Ouverture\n2. Une saison de chantiers\n"
         "● Odile Marchal : que retenir des travaux de l'été ?\n"
         "● Lucien Ferrand : quelles aides pour les petites communes ?\n"
         "● Nadia Vernet - Paul Terrier : le réseau de chaleur de Valbourg\n3. Perspectives\n")


def test_a_list_of_talks_names_who_gives_each():
    assert speakers(TALKS) == ["Odile Marchal", "Lucien Ferrand", "Nadia Vernet", "Paul Terrier"]


def test_one_talk_line_alone_is_not_enough():
    assert speakers("Au programme :\n● Odile Marchal : que retenir des travaux de l'été ?\n") == []


def test_lines_with_a_colon_that_are_no_talk():
    assert talk_speakers("Contact : Odile Marchal") is None                  # a label, then a name
    assert talk_speakers("Odile Marchal : 06 12 34 56 78") is None           # a phone number
    assert talk_speakers("Odile Marchal : directrice de l'Agence Valbois") is None   # a role
    assert talk_speakers("Lieu : salle des fêtes de Valbourg") is None       # no name before the colon
    assert talk_speakers("Ateliers Pratiques : la cuisine des restes") is None


# --------------------------------------------------------------------------- a given name the list lacks
def test_an_unlisted_given_name_among_people_with_roles():
    text = ("### Intervenants\n* Paul Martin, chef de mission, Agence Valbois\n"
            "* Oyelan De Kerbrat, docteur en droit, Gendarmerie\n* Marie Dupont, experte, Agence Valbois\n\nSuite\n")
    assert speakers(text) == ["Paul Martin", "Oyelan De Kerbrat", "Marie Dupont"]


def test_an_unlisted_given_name_alone_in_its_list_is_not_read():
    assert speakers("### Intervenants\n* Oyelan Kerbrat, directrice de l'Agence Valbois\n") == []


def test_lines_that_stay_no_person():
    assert unlisted_given_item("Paul Durand, maire de Valbourg") is None      # a listed given name: read elsewhere
    assert unlisted_given_item("Oyelan Kerbrat, Agence Valbois") is None      # no role
    assert unlisted_given_item("Office Municipal, directeur des sports") is None
    assert unlisted_given_item("Salle Verte, 2e étage") is None


# --------------------------------------------------------------------------- "Conférence de Prénom Nom"
def test_a_lecture_line_names_its_speaker():
    text = "Programme de la journée\n\n• Accueil des participants\n\n• Conférence de Paul Valmont\n\n• Table ronde sur les haies\n"
    assert speakers(text) == ["Paul Valmont"]


def test_a_press_conference_or_a_place_is_no_speaker():
    assert speakers("La conférence de presse aura lieu à 10h. Conférence de Paris sur le climat.\n") == []


# --------------------------------------------------------------------------- "par" alone on its line
def test_par_alone_on_its_line_then_the_names():
    text = ("Conférences\nLa cuisine des îles\npar\nMarie DURAND\nLe parler des ports\npar\nPaul MARTIN\n"
            "Lucien FERRAND\nConférence décalée\n")
    assert speakers(text) == ["Marie DURAND", "Paul MARTIN", "Lucien FERRAND"]


def test_a_capitalised_par_opens_a_byline_and_a_cue_needs_a_line_above():
    assert speakers("Un article\nPar\nMarie Durand\nLe forum a eu lieu.\n") == []
    assert speakers("par\nMarie DURAND\n") == []


def test_a_list_of_talks_each_over_its_speaker_is_an_event_s_programme():
    # a page of talks and nothing else saying an event is held: the talks are its programme
    text = ("Jeudi 4 mai\n\nInterventions\n\n"
            "  • Comment planter une haie en ville ?\n    Marc Olier, Université de Valbrune\n"
            "  • Les haies et les oiseaux : premiers résultats\n    Nadia Vernet, Ligue des oiseaux\n")
    rows = extract_document(doc_of(text))
    assert len(rows["events"]) == 1
    assert [s["title"] for s in rows["sessions"]] == ["Comment planter une haie en ville ?",
                                                      "Les haies et les oiseaux : premiers résultats"]
    # one talk alone is no programme
    rows = extract_document(doc_of(text.split("  • Les haies")[0]))
    assert rows["events"] == [] and rows["sessions"] == []


def test_talks_in_plain_lines_after_an_announcing_line_and_with_a_label_of_their_speakers():
    text = ("Atelier des cantines\n\n"
            "Voici les exposés de la matinée :\n"
            "Des légumes de saison dans les cantines\n"
            "Interventions :\n"
            "Marc Olier, Gérant de la cuisine centrale de Valbrune\n"
            "Moins de gaspillage à la cantine du collège\n"
            "Intervention :\n"
            "Nadia Vernet, Chargée de mission au syndicat des Lilas\n")
    rows = extract_document(doc_of(text))
    assert [s["title"] for s in rows["sessions"]] == ["Des légumes de saison dans les cantines",
                                                      "Moins de gaspillage à la cantine du collège"]
