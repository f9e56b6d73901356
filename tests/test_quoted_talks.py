"""A list of talks whose lines name who gives the talk, with a role or an organisation, then a
colon and the talk's title between quotation marks ("Prénom Nom, historienne, Université X :
« Titre »"): each talk is a session given by that person, and such a list says the page describes
an event even with no event noun; a page's title written twice over its text, with a full stop,
names it. Made-up texts."""

from pipelines.extract.documents import extract_document
from pipelines.extract.events import describes_event
from pipelines.extract.people_talk_lines import lists_talks

from .support import doc_of

PAGE = ("Quand les rivières reviennent en ville.\n"
        "Quand les rivières reviennent en ville.\n"
        "19:00 (durée : 1h30)\n"
        "Intervenants :\n"
        "Anne Durand, professeure de géographie, Université de Valbrune : « Les rivières urbaines »\n"
        "Paul Martin, ingénieur, Agence de l’eau : « Restaurer les berges : un guide »\n"
        "Lucie Petit, cheffe de service, Ville de Valbrune : « Un plan pour les quais »\n"
        "Entrée libre\n")


def test_each_quoted_title_after_its_speaker_is_a_talk_given_by_them():
    rows = extract_document(doc_of(PAGE))
    assert [s["title"] for s in rows["sessions"]] == [
        "Les rivières urbaines", "Restaurer les berges : un guide", "Un plan pour les quais"]
    given = {link["session_id"].split(":")[-1]: link["speaker_id"] for link in rows["session_speakers"]}
    assert given == {"other-rivieres-urbaines": "durand-anne", "other-restaurer-berges-guide": "martin-paul",
                     "other-plan-quais": "petit-lucie"}


def test_such_a_list_describes_an_event_named_by_the_repeated_title():
    doc = doc_of(PAGE)
    assert lists_talks(doc.text) and describes_event(doc)
    (event,) = extract_document(doc)["events"]
    assert event["name"] == "Quand les rivières reviennent en ville"


def test_one_such_line_or_lines_without_a_role_are_no_list_of_talks():
    one = "Anne Durand, professeure de géographie, Université de Valbrune : « Les rivières urbaines »\n"
    assert not lists_talks(one)
    bare = "Anne Durand : « Les rivières urbaines »\nPaul Martin : « Restaurer les berges »\n"
    assert not lists_talks(bare)


def test_a_slot_naming_its_speaker_then_the_quoted_title_then_the_role():
    from pipelines.extract.session_slot_speakers import speaker_then_quoted_title
    item, title = speaker_then_quoted_title("Anne Durand, « Les rivières urbaines », maîtresse de conférences à l’université de Valbrune")
    assert title == "Les rivières urbaines"
    assert [p.full for p in item.people] == ["Anne Durand"]
    assert item.role.startswith("maîtresse de conférences")
    page = ("Programme du colloque\n"
            "- 09H30 / 10H00 – Anne Durand, « Les rivières urbaines », géographe au CNRS\n"
            "- 10H00 / 10H30 – Paul Martin, « Restaurer les berges », ingénieur à l’Agence de l’eau\n"
            "- 10H30 / 11H00 – Lucie Petit, « Un plan pour les quais », urbaniste à la Ville de Valbrune\n")
    rows = extract_document(doc_of(page))
    assert {s["full_name"]: s["role"] for s in rows["speakers"]} == {
        "Anne Durand": "géographe au CNRS", "Paul Martin": "ingénieur à l’Agence de l’eau",
        "Lucie Petit": "urbaniste à la Ville de Valbrune"}
    assert [s["title"] for s in rows["sessions"]] == ["Les rivières urbaines", "Restaurer les berges", "Un plan pour les quais"]
