"""The subject of an organiser verb whose object is the event's own name organises it, in any
opening sentence ("L'Agence X a organisé le quatrième Atelier Y", "La Région Z organise sa 5e
convention annuelle des maires"), even one the opening rules do not read as about the event
(event_organizer.py `_names_object`; round 239, issue 15). Invented text only."""

from pipelines.extract.event_organizer import find_organizer
from pipelines.extract.events import extract_event

from .support import doc_of as _doc


def test_an_agency_organising_a_numbered_workshop_day():
    doc = _doc("Valoriser les circuits courts Atelier Terroirs - 3 et 4 mai 2031\n\n"
               "L'Agence régionale des terroirs de Valbrune (ARTV) a organisé le troisième Atelier Terroirs "
               "les 3 et 4 mai 2031 à Kerval dans le département.\n\n"
               "Pendant deux jours, les participants ont visité des fermes.\n",
               title="Atelier Terroirs 2031")
    event = extract_event(doc)
    assert event is not None and event.name == "Atelier Terroirs"
    assert event.organizer == "ARTV"


def test_the_region_organising_its_own_convention():
    doc = _doc("La Région Valbrune organise sa 4e convention annuelle des maires lundi 12 mai à Kerval "
               "au Palais des congrès.\n\nLe thème central cette année est la sécurité.\n",
               title="La sécurité au cœur des débats")
    event = extract_event(doc)
    assert event is not None and event.organizer == "Région Valbrune"


def test_an_object_that_is_not_the_event_names_no_organiser():
    doc = _doc("La Région Valbrune organise sa 4e convention annuelle des maires lundi 12 mai à Kerval.\n",
               title="Convention des maires")
    assert find_organizer(doc, "salon des territoires") is None


# round 356: a clause before the subject that names no one (an adjective or a conjunction opening the
# sentence, no capital after its first word) gives way to the later clause that does
def test_a_clause_naming_no_one_before_the_subject_gives_way():
    doc = _doc("Soucieuse de l'avenir des métiers du livre en milieu rural, l'AVLB, agence du livre de "
               "Valbrune, organise le jeudi 12 juin 2031 une journée d'étude à la médiathèque de Kerval.\n\n"
               "Bibliothécaires et auteurs y sont attendus.\n", title="Journée d'étude des bibliothèques")
    assert find_organizer(doc) == "AVLB"
    doc = _doc("Parce que chacun peut un jour aider un proche, le Département de Valbrune organise le "
               "samedi 4 octobre 2031 une journée des aidants à Kerval.\n\nEntrée libre.\n",
               title="Journée des aidants")
    assert find_organizer(doc) == "Département de Valbrune"


def test_a_first_subject_with_its_name_after_an_apostrophe_is_kept():
    # "L'État" names someone: the clause after it does not replace it
    doc = _doc("L'État, la Région Valbrune et la Chambre des métiers ont organisé cette conférence le "
               "mardi 4 mars 2031 à Kerval.\n\nElle a réuni des élus.\n", title="Conférence régionale")
    assert find_organizer(doc) == "État"
