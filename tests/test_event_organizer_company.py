"""An organiser named after a company's or a press group's common noun in lower case ("organisé
par le groupe X", "par la société Y") is read with that noun, as "l'association X" is
(events.yaml `organizer_heads`; round 231, issue 15). Invented text only."""

from pipelines.extract.event_organizer import find_organizer

from .support import doc_of as _doc


def test_a_salon_organised_by_a_press_group():
    text = ("Salon des élus de Valbrune\n\nOrganisé par le groupe Valmedia Presse, ce salon est la première "
            "manifestation professionnelle des élus du département.\n")
    assert find_organizer(_doc(text, title="Salon des élus de Valbrune")) == "groupe Valmedia Presse"


def test_a_forum_organised_by_a_company():
    text = ("Forum de l'emploi\n\nLe forum de l'emploi, organisé par la société Kerval Conseil, a réuni "
            "40 entreprises le 3 mars 2031.\n")
    assert find_organizer(_doc(text, title="Forum de l'emploi")) == "société Kerval Conseil"


def test_a_newspaper_organising_its_forum():
    # round 240: a newspaper named by its common noun in lower case organises its own forum
    text = ("Le journal Valbrune Matin organise les 7 et 8 février à la Cité des congrès de Kerval une "
            "seconde grande rencontre régionale sur la santé.\n\nIl y aura un nouveau thème.\n")
    assert find_organizer(_doc(text, title="Le forum santé revient")) == "journal Valbrune Matin"
