"""The people a sentence announces as taking part in the event's debate, after a colon, each with
their organisation ("Plusieurs acteurs ont participé à la table ronde : Prénom Nom de la DDT, ...");
people only present, or a list of things, are no speakers. Made-up text."""

from pipelines.extract.documents import extract_document

from .support import doc_of

LEAD = "Retour sur la table ronde\n\nUne table ronde s'est tenue le 3 juin 2031 à Valbrune.\n\n"


def _speakers(sentence):
    return {s["full_name"]: s["organization"] for s in extract_document(doc_of(LEAD + sentence + "\n"))["speakers"]}


def test_the_people_announced_after_a_participation_lead():
    assert _speakers("Plusieurs acteurs ont participé à cette table ronde : Claire Fontenay de la DDT de Valbrune, "
                     "Paul Martin de l’Agence de l’eau, Anne Roux du CEREMA.") == {
        "Claire Fontenay": "la DDT de Valbrune", "Paul Martin": "l’Agence de l’eau", "Anne Roux": "CEREMA"}


def test_people_present_or_things_listed_are_no_speakers():
    assert _speakers("Ils étaient présents lors de l’inauguration : Claire Fontenay de la DDT de Valbrune, "
                     "Paul Martin de l’Agence de l’eau.") == {}
    assert _speakers("Les élus ont participé à : la visite du site, le repas, la plantation des haies.") == {}
