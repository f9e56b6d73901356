"""A host label may name the part of the event it hosts ("Animation de la journée : Prénom Nom - role",
"Modération des débats : Prénom Nom"): the person after it is a speaker like after "Animation :"; a
label that is no hosting ("Organisation de la journée : ...") names no one. Invented text only."""

from pipelines.extract.documents import extract_document

from .support import doc_of

_PROGRAMME = ("Journée des vergers de Valbrune, le 4 avril 2032.\n\n"
              "{label} : Hélène Garnaud - directrice de l'office des vergers de Trévanne\n"
              "Programme :\n9 h Accueil des participants\n10 h Visite du verger\n")


def _names(label: str) -> list[str]:
    rows = extract_document(doc_of(_PROGRAMME.format(label=label), title="Journée des vergers"))
    return [r["full_name"] for r in rows["speakers"]]


def test_the_host_of_the_day_is_a_speaker():
    assert "Hélène Garnaud" in _names("Animation de la journée")


def test_a_label_that_is_no_hosting_names_no_one():
    assert "Hélène Garnaud" not in _names("Organisation de la journée")
