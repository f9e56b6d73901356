"""Rules of the programme pass written for real documents (pipelines/extract/programme.py): people
quoted in prose or listed with their role, sessions of a plain programme list, a document heading
read as a session title, moderators. Each test uses sentences written for it (made-up names)."""

from __future__ import annotations

import pytest

from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_plain_lists import _listed_sessions
from pipelines.extract.sessions import _item_type
from pipelines.extract.programme_lines import _line_header
from pipelines.extract.people_in_prose import quoted_people
from pipelines.extract.people_listed import _listed_people
from pipelines.extract.programme import programme_rows

from pipelines.document import Document, Heading, with_text_blocks


def doc_of(text: str, headings: list[Heading] | None = None, source_id: str = "doc") -> Document:
    return with_text_blocks(Document(source_id=source_id, file_name=f"{source_id}.txt", media_type="text/plain",
                    bytes=len(text.encode()), sha256="0" * 64, text=text, page_starts=[0], headings=headings or []))


def people_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.full, it.role, it.organization) for it in quoted_people(text) for p in it.people]


# =========================================================================== people in prose
@pytest.mark.parametrize("text, name", [
    ("« Nous avons tout revu », a précisé Léa Morvan, présidente de la Région.", "Léa Morvan"),
    ("Pour Paul Keradec, maire de Trébéhou, la facture a baissé.", "Paul Keradec"),
    ("« Le réseau est prêt », explique Inès Dalbret.", "Inès Dalbret"),
    ("Selon Marc Ouvrard, le chantier durera deux ans.", "Marc Ouvrard"),
    ("Nadia Ferchaud a rappelé que la ville éteint ses lampadaires.", "Nadia Ferchaud"),
    ("« On a réfléchi », explique le maire Hervé Polin, « et on a coupé ».", "Hervé Polin"),
    ("Lors de son intervention, Zoé Lemarquis (ABCD) a présenté le plan.", "Zoé Lemarquis"),
    ("Le coût est connu, nous détaille Anne de Kerval, la maire de la commune.", "Anne de Kerval"),
    ("Le ministre du Budget, Luc Varenne, a souligné la nécessité d'agir.", "Luc Varenne"),
    ("La séance a été conclue par Yves TARDIF, chef du service Climat.", "Yves TARDIF"),
    ("👉 Inès Marland intervenait dans l'atelier Gouvernance partagée.", "Inès Marland"),
    ("Paul Vidal soulignait alors l'importance des données.", "Paul Vidal"),
])
def test_a_person_confirmed_by_a_role_or_a_verb_of_speech(text, name):
    assert [p[0] for p in people_of(text)] == [name]


def test_the_role_and_organisation_after_the_name():
    assert people_of("Léa Morvan, présidente de la Communauté de communes du Val Doré, a précisé.") == [
        ("Léa Morvan", "présidente de la Communauté de communes du Val Doré", "Communauté de communes du Val Doré")]
    # The role stops at the next name of an enumeration.
    found = people_of("Avec Paul Keradec, directeur de Trucmuche et Inès Dalbret, présidente de Bidule.")
    assert [(n, r) for n, r, _ in found] == [("Paul Keradec", "directeur de Trucmuche"),
                                              ("Inès Dalbret", "présidente de Bidule")]


@pytest.mark.parametrize("text", [
    "Rendez-vous à l'Auditorium Félix Garnier, Salle Visio.",
    "Depuis 2018, le Grand Chalonnais a souhaité porter une étude.",
    "Le programme regroupe Plan Climat (PC) et Énergie Verte.",
    "Les entreprises du parc Belle Vue, premier parc certifié de la région.",
    "La Vallée Verte accueille le public.",
])
def test_a_capitalised_phrase_alone_is_no_person(text):
    assert people_of(text) == []


def test_a_given_name_cut_after_its_hyphen_is_joined():
    assert [p[0] for p in people_of("C'est Marie- Claire Vasseur, directeur régional, qui a accueilli.")] == [
        "Marie-Claire Vasseur"]


def test_a_moderator_is_marked():
    items = quoted_people("Table ronde animée par Claire Duvivier, avec les élus.")
    assert [(p.full, it.moderator) for it in items for p in it.people] == [("Claire Duvivier", True)]
    items = quoted_people("« Il faut agir », explique Claire Duvivier.")
    assert [it.moderator for it in items] == [False]


# =========================================================================== lists
def test_bulleted_people_with_their_organisation():
    reader = _Reader(doc_of("Intervenants du forum\n\n- Léa Morvan, ABCD\n- Paul Keradec et Inès Dalbret, Ville de "
                            "Trébéhou\n- Lutte contre le bruit, Trébéhou\n- Directeur Général, ABCD\n"))
    found = [(p.full, it.organization) for it in _listed_people(reader) for p in it.people]
    assert found == [("Léa Morvan", "ABCD"), ("Paul Keradec", "Ville de Trébéhou"),
                     ("Inès Dalbret", "Ville de Trébéhou")]


def test_sessions_of_a_plain_programme_list():
    text = ("Programme :\n\n- 8h : café\n- 8h45 : mot d'accueil de Léa Morvan (ABCD)\n- Bilan de l'outil\n"
            "- Paul Keradec, ABCD\n- trois visites guidées du site\n- et plus encore !\n\nFin du programme.\n")
    titles = [t for t, _, _ in _listed_sessions(_Reader(doc_of(text)))]
    assert titles == ["café", "mot d'accueil de Léa Morvan (ABCD)", "Bilan de l'outil"]


def test_a_list_without_a_programme_heading_gives_no_session():
    assert _listed_sessions(_Reader(doc_of("Nos engagements :\n\n- Réduire la facture\n- Éteindre la nuit\n"))) == []


def test_lettered_items_are_sessions():
    text = ("Les témoignages :\n– A. Les îlots de chaleur. Ville de Trébéhou – Léa MORVAN, cheffe de projet.\n"
            "– B. Une monnaie locale ? Ville de Kerval – Paul KERADEC, adjoint.\n"
            "– C. La cantine bio. Ville de Morlan – Inès DALBRET, adjointe.\n")
    titles = [t for t, _, _ in _listed_sessions(_Reader(doc_of(text)))]
    assert titles == ["Les îlots de chaleur", "Une monnaie locale ?", "La cantine bio"]
    # Two letters are no series.
    assert _listed_sessions(_Reader(doc_of("– A. Première idée.\n– B. Seconde idée.\n"))) == []


@pytest.mark.parametrize("title, kind", [
    ("ateliers pratiques du logiciel", "workshop"), ("Table ronde sur l'eau", "round_table"), ("accueil", "other")])
def test_type_of_a_listed_session(title, kind):
    assert _item_type(title) == kind


def test_a_document_heading_is_read_as_a_session_title_however_long():
    text = "Table ronde « Eau potable », les mécanismes pour la préserver demain\n"
    reader = _Reader(doc_of(text, [Heading(2, text.strip(), 0)]))
    assert _line_header(reader.lines[0]) is None                      # a long line of prose
    assert _line_header(_Reader(doc_of("Table ronde sur l eau. Elle a lieu demain", [Heading(2, "x", 0)])).lines[0], heading=True) is None
    found = _line_header(reader.lines[0], heading=True)
    assert found and found[0].type == "round_table"


# =========================================================================== rows
def test_a_document_without_event_gives_its_quoted_speakers():
    doc = doc_of("« La facture a baissé », a précisé Léa Morvan, présidente de la Région.\n")
    rows = programme_rows([doc], [])
    assert rows["sessions"] == [] and rows["session_speakers"] == []
    assert [(s["full_name"], s["role"]) for s in rows["speakers"]] == [("Léa Morvan", "présidente de la Région")]


def test_listed_sessions_link_the_people_they_name_and_the_moderator():
    text = ("Programme\n\n- 8h50 : discours de Léa Morvan (ABCD)\n- Table ronde animée par Paul Keradec, "
            "et en présence des élus\n\nFin.\n")
    rows = programme_rows([doc_of(text)], [{"event_id": "forum-2025", "source_id": "doc"}])
    assert [s["title"] for s in rows["sessions"]] == ["discours de Léa Morvan (ABCD)",
                                                       "Table ronde animée par Paul Keradec, et en présence des élus"]
    names = {s["speaker_id"]: s["full_name"] for s in rows["speakers"]}
    links = {(r["session_id"].split(":")[1][:5], names[r["speaker_id"]], r["role"]) for r in rows["session_speakers"]}
    assert ("other", "Léa Morvan", None) in links
    assert ("round", "Paul Keradec", "animation") in links


def test_a_name_alone_on_its_line_with_the_role_below():
    found = people_of("Les intervenants\n\nLéa MORVAN\nDirectrice de l'Agence Truc\n\nMarine Dupuis\nLe projet commence.\n")
    assert [(n, r) for n, r, _ in found] == [("Léa MORVAN", "Directrice de l'Agence Truc")]


def test_a_timetable_gives_its_slots_with_their_speakers_in_their_span():
    text = ("Le déroulé\n\n[8h15–9h00] 1ère séquence plénière : Les réseaux de demain\n"
            "Léa MORVAN, directrice – Agence Truc\n10h00 – Table ronde sur l'eau\n10h45 : Pause\n"
            "11h00 : Ouverture des ateliers\n\nInformations pratiques.\n")
    slots = _listed_sessions(_Reader(doc_of(text)))
    # the break is a slot of the timetable but no session
    assert [t for t, _, _ in slots] == ["1ère séquence plénière : Les réseaux de demain", "Table ronde sur l'eau",
                                        "Ouverture des ateliers"]
    first_start, first_end = slots[0][1], slots[0][2]
    assert first_start < text.index("Léa MORVAN") < first_end
    # Two timed lines are no timetable.
    assert _listed_sessions(_Reader(doc_of("9h00 : Accueil\n10h00 : Départ\n"))) == []


def _report(headings_text: list[tuple[int, str, str]]) -> Document:
    text, heads = "", []
    for level, title, body in headings_text:
        heads.append(Heading(level, title, len(text)))
        text += f"{title}\n\n{body}\n\n"
    return doc_of(text, heads)


def test_a_report_heading_whose_section_lists_speakers_is_a_session():
    doc = _report([
        (1, "Retour sur la journée", "La journée a réuni 80 personnes."),
        (2, "Quelle affluence !", "Léa Morvan, présidente du réseau, a ouvert la journée."),
        (2, "Comment partager la donnée ?", "Animée par Claire Duvivier, avec :\n"
                                            "- Paul KERADEC, directeur de la Régie Truc ;\n- Inès DALBRET, adjointe au maire ;"),
        (2, "Le webinaire Donnée aura lieu en mars", "- Yves TARDIF, directeur, ABCD\n- Anne LOUBET, cheffe, ABCD"),
        (2, "Les enjeux", "« Il faut agir », explique Marc Ouvrard, maire de Kerval."),
        (2, "Nos contacts", "- Rémi FAVIER, chargé de communication, ABCD\n- Julie MARCHAL, attachée de presse, ABCD"),
    ])
    rows = programme_rows([doc], [{"event_id": "journee-2025", "source_id": "doc"}])
    assert [s["title"] for s in rows["sessions"]] == ["Comment partager la donnée ?"]
    names = {s["speaker_id"]: s["full_name"] for s in rows["speakers"]}
    linked = {(names[r["speaker_id"]], r["role"]) for r in rows["session_speakers"]}
    assert linked == {("Claire Duvivier", "animation"), ("Paul KERADEC", "directeur de la Régie Truc"),
                      ("Inès DALBRET", "adjointe au maire")}
    # Everyone the report quotes is a speaker of the document, linked to a session or not.
    assert {"Léa Morvan", "Marc Ouvrard", "Yves TARDIF"} <= set(names.values())


def test_sessions_named_in_prose_with_a_quoted_title():
    from pipelines.extract.sessions import _prose_sessions

    text = ("Le congrès a proposé une table ronde (TR4) : « Comment financer la rénovation des écoles ? » "
            "Elle a fait salle comble.\n\nUne autre table ronde est à signaler. Son thème : « Quelles aides pour "
            "les petites communes ? »\n\nLe maire a cité le rapport « Tout ce qui compte vraiment ».\n\n"
            "Une plénière « Le climat et nous » a clos la journée.\n\nL'atelier du jour portera sur la "
            "thématique “Réparer plutôt que jeter”.\n")
    found = [(title, kind) for title, _, _, kind in _prose_sessions(doc_of(text))]
    assert found == [("Comment financer la rénovation des écoles ?", "round_table"),
                     ("Quelles aides pour les petites communes ?", "round_table"),
                     ("Le climat et nous", "plenary"), ("Réparer plutôt que jeter", "workshop")]
