"""A timetable entry's people may come after its description: "15h30 - 17h00 : Titre" / sentences
describing the session / "A - rôle" lines, some separated by a blank line (paragraphs of a web
page holding one speaker each), before the next entry (programme_reader
`people_after_description`, `_same_shape`; round 248, issue 15). Invented text only."""

from pipelines.extract.documents import extract_document

from .support import doc_of as _doc

_PROGRAMME = (
    "Programme des Assises\n\nVendredi 9 octobre :\n\n"
    "14h30 - 15h30 : Ouverture des Assises\n\nOuverture des Assises par Paul VALMONT (Président de Valbrune Sport)\n\n"
    "15h30 - 17h00 : Attractivité - Comment le sport fait-il vivre les villages ?\n\n"
    "Par ce titre nous voulons affirmer que le sport fait vivre les villages !\n\n"
    "En sommes-nous sûrs ?\n\n"
    "Anne KERVAL - Vice-présidente du Comité sportif de Valbrune\n"
    "Marc LILAS - Chargé de missions, Parc naturel des Lilas\n\n"
    "Jeanne ROCHER - Vice-présidente du Conseil départemental de Valbrune\n\n"
    "17h15 - 18h45 : Équipements : comment aménager le territoire\n"
)


def test_the_people_below_a_described_entry_are_its_speakers():
    rows = extract_document(_doc(_PROGRAMME, title="Programme des Assises"))
    names = [r["full_name"] for r in rows["speakers"]]
    assert names == ["Paul VALMONT", "Anne KERVAL", "Marc LILAS", "Jeanne ROCHER"]
    titles = {r["session_id"]: r["title"] for r in rows["sessions"]}
    linked = {titles[r["session_id"]] for r in rows["session_speakers"] if r["speaker_id"].startswith("rocher")}
    assert linked == {"Attractivité - Comment le sport fait-il vivre les villages ?"}


def test_a_sentence_naming_someone_after_the_description_is_no_list():
    text = _PROGRAMME.replace("Anne KERVAL - Vice-présidente du Comité sportif de Valbrune\n"
                              "Marc LILAS - Chargé de missions, Parc naturel des Lilas\n\n"
                              "Jeanne ROCHER - Vice-présidente du Conseil départemental de Valbrune\n\n", "")
    rows = extract_document(_doc(text, title="Programme des Assises"))
    assert [r["full_name"] for r in rows["speakers"]] == ["Paul VALMONT"]
