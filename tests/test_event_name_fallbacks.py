"""When no sentence names the event, the name comes from the document's titles: an acronym the
text gives officers ("la présidente du SEVAL") is a body, not the event; a day's heading
("Samedi 3 juin, place des Tilleuls") and a section word before a dash ("Programme – X") name no
event. Made-up texts only."""

from pipelines.extract.event_name import find_event_name
from pipelines.extract.event_titles import clean_title

from .support import doc_of, written_doc


def test_an_acronym_with_officers_is_a_body_not_the_event():
    text = ("Le SEVAL a réuni ses partenaires samedi pour la Rando des Vergers.\n\n"
            "Le SEVAL remercie les bénévoles. La présidente du SEVAL a ouvert la marche.\n")
    assert find_event_name(doc_of(text, title="Rando des Vergers")) == "Rando des Vergers"
    # an acronym nobody holds an office in stays the event's name
    text = "Le VALBRUNCAMP a réuni ses partenaires samedi. Le VALBRUNCAMP reviendra l'an prochain.\n"
    assert find_event_name(doc_of(text, title="Rando des Vergers")) == "VALBRUNCAMP"


def test_a_day_heading_is_no_name(tmp_path):
    text = ("---\ntitle: Cyclo en fête\n---\n\n## Samedi 3 juin, place des Tilleuls\n\n"
            "Nous serons présents tout l'après-midi avec l'atelier de réparation.\n")
    assert find_event_name(written_doc(tmp_path, "cyclo.md", text)) == "Cyclo en fête"


def test_a_section_word_before_a_dash_gives_way_to_the_name():
    assert clean_title("Programme – Rencontres de Valbrune 2031") == "Rencontres de Valbrune"
    assert clean_title("Rencontres de Valbrune – Programme") == "Rencontres de Valbrune"
    assert clean_title("Programme") == "Programme"


def test_a_weekday_alone_is_a_day_heading_not_a_name(tmp_path):
    from pipelines.document import read_document
    from pipelines.document.manifest import SourceEntry
    path = tmp_path / "congres.txt"
    path.write_text("Vendredi\n10h00 Assemblée générale – salle des Tilleuls\n14h00 Ouverture du congrès – salle des Tilleuls\n"
                    "Samedi\n9h30 Plénière – salle des Tilleuls\n", encoding="utf-8")
    # a title that is no name either, a section word first: the title is kept over the day
    doc = read_document(SourceEntry(id="congres", file=path.name, path=path, title="Programme des Amis de Valbrune"))
    assert find_event_name(doc) == "Programme des Amis de Valbrune"
