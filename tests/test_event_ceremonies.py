"""An inauguration or the laying of a first stone is an event: the ceremony, its speeches and its
guests (round 340); a sentence opening with "Autre événement" is about another event than the
text's, whatever event noun it goes on with. A web address given as the publisher is the site that
reports, no organiser (round 341). Made-up texts only."""

from pipelines.extract.event_organizer import find_organizer
from pipelines.extract.events import extract_event

from .support import doc_of, written_doc


def test_an_inauguration_is_an_event():
    text = ("Inauguration de la médiathèque de Kerval\n\nSamedi 12 octobre 2030, le maire Paul Durand a "
            "inauguré la nouvelle médiathèque de Kerval en présence du préfet. Les travaux ont coûté 1,2 "
            "million d'euros.\n")
    event = extract_event(doc_of(text, "Inauguration de la médiathèque de Kerval"))
    assert event is not None and event.name.lower().startswith("inauguration")
    assert event.start_date == "2030-10-12"


def test_a_first_stone_is_an_event():
    text = ("Résidence Les Tilleuls\n\nJeudi 4 avril 2030, la pose de la première pierre de la résidence "
            "Les Tilleuls a réuni les élus de Kerval.\n")
    event = extract_event(doc_of(text, "Résidence Les Tilleuls"))
    assert event is not None and "première pierre" in event.name


def test_another_event_named_at_the_head_of_a_sentence_is_not_the_texts():
    text = ("Fréquentation des monuments\n\nLes monuments de Kerval ont accueilli 70 000 visites en 2030. "
            "Autre événement marquant : l'inauguration, le 12 juin 2030, du moulin de Kerval par la préfète.\n")
    assert extract_event(doc_of(text, "Fréquentation des monuments")) is None
    text = text.replace("l'inauguration", "le forum des moulins")
    assert extract_event(doc_of(text, "Fréquentation des monuments")) is None


def test_a_web_address_as_publisher_organises_nothing():
    text = ("Atelier des usagers\n\nL'atelier des usagers de kerval-data.fr s'est tenu le 3 mars 2030 à "
            "Kerval.\n")
    doc = doc_of(text, "Atelier des usagers")
    doc.publisher = "kerval-data.fr"
    assert find_organizer(doc, "Atelier des usagers") is None
    doc.publisher = "Kerval Data"
    text = text.replace("kerval-data.fr", "Kerval Data")
    doc2 = doc_of(text, "Atelier des usagers")
    doc2.publisher = "Kerval Data"
    assert find_organizer(doc2, "Atelier des usagers") == "Kerval Data"


def test_a_general_assembly_and_a_national_convention_are_events():
    text = ("Retour sur notre assemblée générale\n\nL'assemblée générale de l'Amicale des pêcheurs de Kerval "
            "s'est tenue le samedi 4 mai 2030 à la salle des fêtes. Les adhérents ont voté le budget.\n")
    event = extract_event(doc_of(text))
    assert event is not None and event.name.lower().startswith("assemblée générale")
    assert event.start_date == "2030-05-04"
    text = "La 12e convention nationale des jardiniers se tiendra les 3 et 4 juin 2030 au palais des congrès de Kerval.\n"
    event = extract_event(doc_of(text))
    assert event is not None and event.edition == 12 and event.end_date == "2030-06-04"
    # a convention alone is a contract
    assert extract_event(doc_of("La commune a signé une convention avec le syndicat des eaux le 3 juin 2030.\n")) is None


def test_a_heading_in_lower_case_is_no_title_naming_an_event(tmp_path):
    # a list item's second line the reader took for a heading, in lower case
    doc = written_doc(tmp_path, "missions.md", "# Nos missions\n\nLe réseau aide les communes à publier leurs données.\n\n"
                      "## assemblée générale, élections du bureau et vote du budget\n\n"
                      "Chaque commune membre a une voix.\n")
    assert [h.text for h in doc.headings][1].startswith("assemblée")
    assert extract_event(doc) is None


def test_a_council_meeting_dated_in_the_opening_sentence_is_the_event():
    text = ("Un budget serré à Kerval\n\nLe conseil municipal du 12 mars a surtout parlé des écoles. Le maire a "
            "présenté les comptes de l'année.\n")
    event = extract_event(doc_of(text, "Un budget serré à Kerval"))
    assert event is not None and event.name == "conseil municipal"
    event = extract_event(doc_of("Le conseil communautaire d'avril a voté le budget des écoles.\n"))
    assert event is not None and event.name == "conseil communautaire"
    # a meeting named in passing is none
    assert extract_event(doc_of("Le budget des écoles a été adopté au conseil municipal du 12 mars.\n")) is None
    assert extract_event(doc_of("Le conseil municipal a voté l'extinction de l'éclairage la nuit.\n")) is None


def test_a_page_whose_front_matter_names_an_event_template_is_an_event_s_entry(tmp_path):
    body = "## Résumé\n\nUne soirée sur les haies, à la Maison des Lilas, avec deux jardiniers.\n"
    front = "---\ntemplate: {}\ntitle: Les haies du bocage\ndate: 2030-11-23\n---\n\n"
    event = extract_event(written_doc(tmp_path, "soiree.md", front.format("event.html") + body))
    assert event is not None and event.start_date == "2030-11-23"
    # a page of another template is none
    assert extract_event(written_doc(tmp_path, "article.md", front.format("article.html") + body)) is None
